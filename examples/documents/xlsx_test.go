package documents

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

func writeXLSX(t *testing.T, d Document) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteXLSX(&buf, d))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

// cellDecimal reads a cell's stored (cached) value.
func cellDecimal(t *testing.T, f *excelize.File, sheet, cell string) decimal.Decimal {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	d, err := decimal.NewFromString(v)
	require.NoError(t, err, "%s = %q", cell, v)
	return d
}

// recompute evaluates a cell's formula as a spreadsheet would, to kopecks.
func recompute(t *testing.T, f *excelize.File, sheet, cell string) decimal.Decimal {
	t.Helper()
	v, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	require.NoError(t, err, cell)
	d, err := decimal.NewFromString(v)
	require.NoError(t, err, "%s = %q", cell, v)
	return d.Round(2)
}

func formula(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	s, err := f.GetCellFormula(sheet, cell)
	require.NoError(t, err)
	return s
}

func numFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	require.NoError(t, err)
	st, err := f.GetStyle(id)
	require.NoError(t, err)
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// headerRows finds the header row of each calculation table: its first
// cell is the "№" label.
func headerRows(t *testing.T, f *excelize.File, sheet, label string) []int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	var out []int
	for i, r := range rows {
		if len(r) > 0 && r[0] == label {
			out = append(out, i+1)
		}
	}
	return out
}

// checkSheet reads every table back: each row's formulas, their cached
// values and their recomputed values against the document's figures; the
// totals, the cap and the shares the same way. It returns the cell of
// each calculation's final total.
func checkSheet(t *testing.T, f *excelize.File, d Document) []string {
	l := labelsFor(d.Lang)
	sheet := l.Sheet
	headers := headerRows(t, f, sheet, l.No)
	require.Len(t, headers, len(d.Calculations))
	var totalCells []string
	for ci, c := range d.Calculations {
		first := headers[ci] + 1
		for i, row := range c.Rows {
			r := strconv.Itoa(first + i)
			assert.Equal(t, strconv.Itoa(row.From.Sub(excelEpoch)), rawValue(t, f, sheet, "B"+r), "from as a date serial")
			got, err := f.GetCellValue(sheet, "B"+r)
			require.NoError(t, err)
			assert.Equal(t, row.From.Format("02.01.2006"), got, "from formatted as a date")
			assert.Equal(t, "dd.mm.yyyy", numFmt(t, f, sheet, "C"+r))
			assert.Equal(t, "C"+r+"-B"+r+"+1", formula(t, f, sheet, "D"+r))
			assert.True(t, recompute(t, f, sheet, "D"+r).Equal(decimal.NewFromInt(int64(row.Days))), "days %s", r)
			assert.True(t, cellDecimal(t, f, sheet, "E"+r).Equal(row.Base))
			assert.Equal(t, "#,##0.00", numFmt(t, f, sheet, "E"+r))
			assert.True(t, cellDecimal(t, f, sheet, "F"+r).Equal(row.Rate.Value))
			assert.Equal(t, "0.00##%", numFmt(t, f, sheet, "F"+r))
			assert.Equal(t, "#,##0.00", numFmt(t, f, sheet, "I"+r))
			assert.True(t, cellDecimal(t, f, sheet, "I"+r).Equal(row.Amount), "cached amount %s: %s", r, row.Amount)
			if row.Excluded {
				assert.Empty(t, formula(t, f, sheet, "I"+r))
				continue
			}
			assert.Equal(t, amountFormula(r, row.Rate), formula(t, f, sheet, "I"+r))
			assert.True(t, recompute(t, f, sheet, "I"+r).Equal(row.Amount), "recomputed amount %s: want %s", r, row.Amount)
		}
		tr := strconv.Itoa(first + len(c.Rows))
		label, err := f.GetCellValue(sheet, "A"+tr)
		require.NoError(t, err)
		assert.Equal(t, l.Total, label)
		assert.Equal(t, fmt.Sprintf("SUM(I%d:I%s)", first, strconv.Itoa(first+len(c.Rows)-1)), formula(t, f, sheet, "I"+tr))
		assert.True(t, recompute(t, f, sheet, "I"+tr).Equal(c.Uncapped()))
		assert.True(t, cellDecimal(t, f, sheet, "I"+tr).Equal(c.Uncapped()))
		assert.True(t, recompute(t, f, sheet, "D"+tr).Equal(decimal.NewFromInt(int64(c.Days))), "total days")
		total := "I" + tr
		if c.Cap != nil {
			limit := "I" + strconv.Itoa(first+len(c.Rows)+1)
			capped := "I" + strconv.Itoa(first+len(c.Rows)+2)
			assert.True(t, cellDecimal(t, f, sheet, limit).Equal(c.Cap.Limit))
			assert.Equal(t, "MIN(I"+tr+","+limit+")", formula(t, f, sheet, capped))
			assert.True(t, recompute(t, f, sheet, capped).Equal(c.Total))
			assert.True(t, cellDecimal(t, f, sheet, capped).Equal(c.Total))
			total = capped
		}
		totalCells = append(totalCells, total)
	}
	return totalCells
}

func rawValue(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	return v
}

func TestWriteXLSX(t *testing.T) {
	for _, fx := range fixtures() {
		for _, lang := range []law.Lang{law.Russian, law.English} {
			t.Run(fx.name+"/"+lang.String(), func(t *testing.T) {
				d := fx.doc
				d.Lang = lang
				f := writeXLSX(t, d)
				sheet := labelsFor(lang).Sheet
				assert.Equal(t, []string{sheet, labelsFor(lang).Steps}[:1+min(1, len(d.Explanation.Steps))], f.GetSheetList())
				title, err := f.GetCellValue(sheet, "A1")
				require.NoError(t, err)
				assert.Equal(t, d.Title, title)
				totals := checkSheet(t, f, d)
				checkTotals(t, f, d, totals)
			})
		}
	}
}

// checkTotals finds each Total by its label and checks its formula.
func checkTotals(t *testing.T, f *excelize.File, d Document, calcTotals []string) {
	sheet := labelsFor(d.Lang).Sheet
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	for _, tot := range d.Totals {
		found := false
		for i, r := range rows {
			if len(r) == 0 || !strings.HasPrefix(r[0], tot.Label+" (") {
				continue
			}
			found = true
			cell := "I" + strconv.Itoa(i+1)
			var terms []string
			for _, j := range tot.Of {
				terms = append(terms, calcTotals[j])
			}
			if !tot.Plus.IsZero() {
				terms = append(terms, tot.Plus.String())
			}
			assert.Equal(t, "ROUND(("+strings.Join(terms, "+")+")*"+tot.Share.String()+",2)", formula(t, f, sheet, cell))
			assert.True(t, recompute(t, f, sheet, cell).Equal(tot.Amount), "recomputed %s", tot.Label)
			assert.True(t, cellDecimal(t, f, sheet, cell).Equal(tot.Amount))
			assert.Contains(t, r[0], cite(tot.Refs, d.Lang))
		}
		assert.True(t, found, "total %q", tot.Label)
	}
}

func TestWriteXLSXReadme(t *testing.T) {
	d := readmeDocument()
	f := writeXLSX(t, d)
	sheet := "Расчёт"
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	var text []string
	for _, r := range rows {
		text = append(text, strings.Join(r, "|"))
	}
	all := strings.Join(text, "\n")
	assert.Contains(t, all, "Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1")
	assert.Contains(t, all, "Цена товара|||59 990,00 руб.")
	// Row 1 of the table: 10.01.2025–03.02.2025, 25 days, 59 990,00 × 1 % = 14 997,50.
	h := headerRows(t, f, sheet, "№")[0]
	r := strconv.Itoa(h + 1)
	assert.Equal(t, "ROUND(D"+r+"*E"+r+"*F"+r+",2)", formula(t, f, sheet, "I"+r))
	assert.Equal(t, "14997.5", rawValue(t, f, sheet, "I"+r))
	formatted, err := f.GetCellValue(sheet, "I"+r)
	require.NoError(t, err)
	assert.Equal(t, "14,997.50", formatted)
	rate, err := f.GetCellValue(sheet, "F"+r)
	require.NoError(t, err)
	assert.Equal(t, "1.00%", rate)
	steps, err := f.GetRows("Пояснения")
	require.NoError(t, err)
	require.Len(t, steps, 1+len(d.Explanation.Steps))
	assert.Equal(t, "ГК РФ ст. 193", steps[4][2])
}

// TestXLSXRecomputesRandomRows writes many random rows and checks that the
// spreadsheet's floating-point ROUND gives the library's decimal amount
// for every one: the formulas a clerk rechecks agree to the kopeck.
func TestXLSXRecomputesRandomRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rates := []string{"0.01", "0.03", "0.005", "0.0005", "0.16", "0.21", "0.075", "0.0825", "0.165"}
	var rows []Row
	start := calendar.NewDate(2023, 1, 1)
	sum := decimal.Zero
	days := 0
	for range 300 {
		from := start.AddDays(rng.IntN(1000))
		n := 1 + rng.IntN(400)
		r := Row{From: from, To: from.AddDays(n - 1), Days: n, Base: decimal.New(rng.Int64N(10_000_000_00), -2), Rate: Rate{Value: decimal.RequireFromString(rates[rng.IntN(len(rates))])}}
		switch rng.IntN(3) {
		case 1:
			r.Rate.Per, r.Rate.YearDays = PerYear, 365+rng.IntN(2)
		case 2:
			r.Rate.Divisor = 300
		}
		r.Amount = r.expected()
		sum = sum.Add(r.Amount)
		days += n
		rows = append(rows, r)
	}
	d := Document{Title: "random", Calculations: []Calculation{{Title: "random", Rows: rows, Days: days, Total: sum}}}
	require.NoError(t, d.Validate())
	f := writeXLSX(t, d)
	checkSheet(t, f, d)
}

func TestWriteXLSXRefusesInvalid(t *testing.T) {
	d := readmeDocument()
	d.Calculations[0].Rows[0].Amount = money2("1")
	var buf bytes.Buffer
	assert.ErrorIs(t, WriteXLSX(&buf, d), ErrInvalid)
	assert.Zero(t, buf.Len())
}
