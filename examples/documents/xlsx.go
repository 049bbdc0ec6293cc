package documents

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// ContentTypeXLSX is the media type of the files WriteXLSX writes.
const ContentTypeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// The columns of the calculation sheet.
const (
	colNo       = "A"
	colFrom     = "B"
	colTo       = "C"
	colDays     = "D"
	colBase     = "E"
	colRate     = "F"
	colPer      = "G"
	colYearDays = "H"
	colAmount   = "I"
	colNote     = "J"
	lastCol     = colNote
)

var colWidths = []float64{5, 11.5, 11.5, 7, 14, 9, 13, 8, 14, 42}

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// 28.02.1900: serial 45667 is 10.01.2025.
var excelEpoch = calendar.NewDate(1899, 12, 30)

// WriteXLSX writes d as an Excel workbook a court clerk can recheck: on the
// first sheet, each calculation as a table whose amount column holds the
// formula ROUND(days × base × rate, 2) — divided by the days of the year
// for an annual rate — and whose days are To − From + 1; totals as SUM
// formulas, a cap as MIN, a share (the fine) as ROUND(total × share, 2).
// Each formula carries its value as computed by the library, to the
// kopeck, and the workbook asks Excel to recalculate on opening. Dates are
// real dates (dd.mm.yyyy), amounts numbers (# ##0.00), rates percentages.
// The explanation is on the second sheet. It validates d first.
func WriteXLSX(w io.Writer, d Document) error {
	if err := d.Validate(); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	x := &xlsxWriter{f: f, d: d, l: labelsFor(d.Lang)}
	if err := x.write(); err != nil {
		return fmt.Errorf("documents: xlsx: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("documents: xlsx: %w", err)
	}
	return nil
}

type xlsxWriter struct {
	f *excelize.File
	d Document
	l labels
	s struct {
		title, bold, text, wrap, small, header, date, days, money, rate, cell, cellWrap, totalLabel, totalMoney, totalDays int
	}
	sw  *excelize.StreamWriter
	row int
}

func (x *xlsxWriter) styles() error {
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	fmtDate, fmtMoney, fmtRate, fmtInt := "dd.mm.yyyy", "#,##0.00", "0.00##%", "0"
	font := func(bold bool, size float64) *excelize.Font {
		return &excelize.Font{Family: "Arial", Size: size, Bold: bold}
	}
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&x.s.title, excelize.Style{Font: font(true, 13), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&x.s.bold, excelize.Style{Font: font(true, 10), Alignment: wrapTop}},
		{&x.s.text, excelize.Style{Font: font(false, 10), Alignment: top}},
		{&x.s.wrap, excelize.Style{Font: font(false, 10), Alignment: wrapTop}},
		{&x.s.small, excelize.Style{Font: &excelize.Font{Family: "Arial", Size: 9, Italic: true}, Alignment: wrapTop}},
		{&x.s.header, excelize.Style{Font: font(true, 10), Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&x.s.date, excelize.Style{Font: font(false, 10), Border: border, CustomNumFmt: &fmtDate, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
		{&x.s.days, excelize.Style{Font: font(false, 10), Border: border, CustomNumFmt: &fmtInt, Alignment: top}},
		{&x.s.money, excelize.Style{Font: font(false, 10), Border: border, CustomNumFmt: &fmtMoney, Alignment: top}},
		{&x.s.rate, excelize.Style{Font: font(false, 10), Border: border, CustomNumFmt: &fmtRate, Alignment: top}},
		{&x.s.cell, excelize.Style{Font: font(false, 10), Border: border, Alignment: top}},
		{&x.s.cellWrap, excelize.Style{Font: font(false, 10), Border: border, Alignment: wrapTop}},
		{&x.s.totalLabel, excelize.Style{Font: font(true, 10), Border: border, Alignment: wrapTop}},
		{&x.s.totalMoney, excelize.Style{Font: font(true, 10), Border: border, CustomNumFmt: &fmtMoney, Alignment: top}},
		{&x.s.totalDays, excelize.Style{Font: font(true, 10), Border: border, CustomNumFmt: &fmtInt, Alignment: top}},
	} {
		id, err := x.f.NewStyle(&s.style)
		if err != nil {
			return err
		}
		*s.id = id
	}
	return nil
}

func (x *xlsxWriter) write() error {
	f, d, l := x.f, x.d, x.l
	if err := x.styles(); err != nil {
		return err
	}
	sheet := l.Sheet
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	a4, landscape, one, zero := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	lang := "ru-RU"
	if d.Lang == law.English {
		lang = "en-GB"
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: d.Title, Creator: "zozpp", Language: lang,
		Created: zipEpoch.Format("2006-01-02T15:04:05Z"), Modified: zipEpoch.Format("2006-01-02T15:04:05Z")}); err != nil {
		return err
	}
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	x.sw = sw
	for i, w := range colWidths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := x.merged(d.Title, x.s.title, 2); err != nil {
		return err
	}
	if !d.Date.IsZero() {
		if err := x.fact(l.Date, d.Date); err != nil {
			return err
		}
	}
	for _, fact := range d.Facts {
		if err := x.fact(fact.Label, oneLine(fact.Value)); err != nil {
			return err
		}
	}
	totals := make([]string, len(d.Calculations)) // the cell holding each calculation's total
	for i, c := range d.Calculations {
		x.row++ // a blank row between parts
		if totals[i], err = x.calculation(c); err != nil {
			return err
		}
	}
	if len(d.Totals) > 0 {
		x.row++
	}
	for _, t := range d.Totals {
		if err := x.total(t, totals); err != nil {
			return err
		}
	}
	if len(d.Notes) > 0 {
		x.row++
		if err := x.merged(l.Notes, x.s.bold, 1); err != nil {
			return err
		}
		for _, n := range d.Notes {
			if err := x.merged("— "+oneLine(n), x.s.small, 0); err != nil {
				return err
			}
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return x.explanation()
}

// next starts the next row.
func (x *xlsxWriter) next() string {
	x.row++
	return strconv.Itoa(x.row)
}

// merged writes text across all columns, with a height for its lines.
func (x *xlsxWriter) merged(text string, style int, minLines int) error {
	r := x.next()
	if err := x.sw.SetRow(colNo+r, []any{excelize.Cell{Value: text, StyleID: style}}, excelize.RowOpts{Height: rowHeight(text, 150, minLines)}); err != nil {
		return err
	}
	return x.sw.MergeCell(colNo+r, lastCol+r)
}

// rowHeight estimates the height of a wrapped text in a width of chars.
func rowHeight(text string, chars, minLines int) float64 {
	lines := max(1, minLines, (utf8.RuneCountInString(text)*11/10+chars-1)/chars)
	return 13.5 * float64(lines)
}

func (x *xlsxWriter) fact(label string, value any) error {
	r := x.next()
	style := x.s.wrap
	if dt, ok := value.(calendar.Date); ok {
		value, style = serial(dt), x.s.date
	}
	text, _ := value.(string)
	if err := x.sw.SetRow(colNo+r, []any{excelize.Cell{Value: label, StyleID: x.s.bold}, nil, nil, excelize.Cell{Value: value, StyleID: style}},
		excelize.RowOpts{Height: rowHeight(text, 115, 1)}); err != nil {
		return err
	}
	if err := x.sw.MergeCell(colNo+r, colTo+r); err != nil {
		return err
	}
	if style == x.s.date {
		return nil
	}
	return x.sw.MergeCell(colDays+r, lastCol+r)
}

func serial(d calendar.Date) int { return d.Sub(excelEpoch) }

func (x *xlsxWriter) calculation(c Calculation) (totalCell string, err error) {
	l, lang := x.l, x.d.Lang
	if err := x.merged(c.Title, x.s.bold, 1); err != nil {
		return "", err
	}
	for _, b := range c.Basis {
		if err := x.merged(oneLine(b), x.s.wrap, 1); err != nil {
			return "", err
		}
	}
	if len(c.Refs) > 0 {
		if err := x.merged(l.Basis+": "+cite(c.Refs, lang), x.s.wrap, 1); err != nil {
			return "", err
		}
	}
	header := []string{l.No, l.From, l.To, l.Days, l.Base, l.Rate, l.Per, l.YearDays, l.Amount, l.Note}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = excelize.Cell{Value: h, StyleID: x.s.header}
	}
	if err := x.sw.SetRow(colNo+x.next(), cells, excelize.RowOpts{Height: 27}); err != nil {
		return "", err
	}
	first := x.row + 1
	var excluded []string
	for i, row := range c.Rows {
		r := x.next()
		days := excelize.Cell{Value: row.Days, StyleID: x.s.days}
		if row.Days == row.To.Sub(row.From)+1 {
			days.Formula = colTo + r + "-" + colFrom + r + "+1" // both ends inclusive
		}
		per := l.PerDay
		var yearDays any = excelize.Cell{StyleID: x.s.cell}
		if row.Rate.Per == PerYear {
			per = l.PerYear
			yearDays = excelize.Cell{Value: row.Rate.YearDays, StyleID: x.s.days}
		}
		if row.Rate.Divisor > 1 {
			per = fmt.Sprintf("1/%d, %s", row.Rate.Divisor, per)
		}
		note := oneLine(row.Note)
		amount := excelize.Cell{Value: row.Amount.InexactFloat64(), StyleID: x.s.money, Formula: amountFormula(r, row.Rate)}
		if row.Excluded {
			amount = excelize.Cell{Value: 0, StyleID: x.s.money}
			note = strings.TrimSpace(l.Excluded + ". " + note)
			excluded = append(excluded, colDays+r)
		}
		if err := x.sw.SetRow(colNo+r, []any{
			excelize.Cell{Value: i + 1, StyleID: x.s.cell},
			excelize.Cell{Value: serial(row.From), StyleID: x.s.date},
			excelize.Cell{Value: serial(row.To), StyleID: x.s.date},
			days,
			excelize.Cell{Value: row.Base.InexactFloat64(), StyleID: x.s.money},
			excelize.Cell{Value: row.Rate.Value.InexactFloat64(), StyleID: x.s.rate},
			excelize.Cell{Value: per, StyleID: x.s.cell},
			yearDays,
			amount,
			excelize.Cell{Value: note, StyleID: x.s.cellWrap},
		}, excelize.RowOpts{Height: rowHeight(note, 40, 1)}); err != nil {
			return "", err
		}
	}
	last := x.row
	r := x.next()
	span := func(col string) string { return fmt.Sprintf("%s%d:%s%d", col, first, col, last) }
	daysFormula := "SUM(" + span(colDays) + ")"
	if len(excluded) > 0 {
		daysFormula += "-SUM(" + strings.Join(excluded, ",") + ")"
	}
	sumCell := colAmount + r
	if err := x.sw.SetRow(colNo+r, []any{
		excelize.Cell{Value: l.Total, StyleID: x.s.totalLabel}, excelize.Cell{StyleID: x.s.totalLabel}, excelize.Cell{StyleID: x.s.totalLabel},
		excelize.Cell{Formula: daysFormula, Value: c.Days, StyleID: x.s.totalDays},
		excelize.Cell{StyleID: x.s.cell}, excelize.Cell{StyleID: x.s.cell}, excelize.Cell{StyleID: x.s.cell}, excelize.Cell{StyleID: x.s.cell},
		excelize.Cell{Formula: "SUM(" + span(colAmount) + ")", Value: c.Uncapped().InexactFloat64(), StyleID: x.s.totalMoney},
		excelize.Cell{StyleID: x.s.cell},
	}); err != nil {
		return "", err
	}
	if err := x.sw.MergeCell(colNo+r, colTo+r); err != nil {
		return "", err
	}
	totalCell = sumCell
	if c.Cap != nil {
		text := l.Cap + ": " + oneLine(c.Cap.Text)
		lr := x.next()
		if err := x.labelled(lr, text, excelize.Cell{Value: c.Cap.Limit.InexactFloat64(), StyleID: x.s.money}, x.s.cellWrap); err != nil {
			return "", err
		}
		cr := x.next()
		if err := x.labelled(cr, l.CappedTotal, excelize.Cell{Formula: "MIN(" + sumCell + "," + colAmount + lr + ")", Value: c.Total.InexactFloat64(), StyleID: x.s.totalMoney}, x.s.totalLabel); err != nil {
			return "", err
		}
		totalCell = colAmount + cr
	}
	if c.Method != "" {
		if err := x.merged(l.Method+": "+oneLine(c.Method), x.s.small, 1); err != nil {
			return "", err
		}
	}
	return totalCell, nil
}

// labelled writes a label across A:H and a value in the amount column.
func (x *xlsxWriter) labelled(r, label string, value excelize.Cell, labelStyle int) error {
	cells := []any{excelize.Cell{Value: label, StyleID: labelStyle}}
	for range 7 {
		cells = append(cells, excelize.Cell{StyleID: labelStyle})
	}
	cells = append(cells, value)
	if err := x.sw.SetRow(colNo+r, cells, excelize.RowOpts{Height: rowHeight(label, 100, 1)}); err != nil {
		return err
	}
	return x.sw.MergeCell(colNo+r, colYearDays+r)
}

// amountFormula is ROUND(days × base × rate [/ divisor] [/ year days], 2)
// for the row r, or ROUND(base × rate …, 2) × days when the daily amount
// is rounded first.
func amountFormula(r string, rate Rate) string {
	s := colBase + r + "*" + colRate + r
	if rate.Divisor > 1 {
		s += "/" + strconv.Itoa(rate.Divisor)
	}
	if rate.Per == PerYear {
		s += "/" + colYearDays + r
	}
	if rate.RoundDaily {
		return "ROUND(" + s + ",2)*" + colDays + r
	}
	return "ROUND(" + colDays + r + "*" + s + ",2)"
}

func (x *xlsxWriter) total(t Total, totals []string) error {
	r := x.next()
	value := excelize.Cell{Value: t.Amount.InexactFloat64(), StyleID: x.s.totalMoney}
	label := t.Label
	if !t.Share.IsZero() {
		var terms []string
		for _, j := range t.Of {
			terms = append(terms, totals[j])
		}
		if !t.Plus.IsZero() {
			terms = append(terms, t.Plus.String())
		}
		value.Formula = "ROUND((" + strings.Join(terms, "+") + ")*" + t.Share.String() + ",2)"
		label += " (" + percent(t.Share, x.d.Lang) + ")"
	}
	if t.Note != "" {
		label += ": " + oneLine(t.Note)
	}
	label = withRefs(label, t.Refs, x.d.Lang)
	return x.labelled(r, label, value, x.s.totalLabel)
}

// explanation writes the steps on a sheet of their own.
func (x *xlsxWriter) explanation() error {
	d, l := x.d, x.l
	if len(d.Explanation.Steps) == 0 {
		return nil
	}
	sheet := l.Steps
	if _, err := x.f.NewSheet(sheet); err != nil {
		return err
	}
	sw, err := x.f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, w := range []float64{5, 100, 60} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	title := d.Explanation.Title
	if title == "" {
		title = l.ExplanationDefault
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{Value: title, StyleID: x.s.bold}}); err != nil {
		return err
	}
	for i, s := range d.Explanation.Steps {
		text := oneLine(s.Text)
		refs := cite(s.Refs, d.Lang)
		h := max(rowHeight(text, 95, 1), rowHeight(refs, 55, 1))
		if err := sw.SetRow("A"+strconv.Itoa(i+2), []any{
			excelize.Cell{Value: i + 1, StyleID: x.s.text},
			excelize.Cell{Value: text, StyleID: x.s.wrap},
			excelize.Cell{Value: refs, StyleID: x.s.small},
		}, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
	}
	return sw.Flush()
}
