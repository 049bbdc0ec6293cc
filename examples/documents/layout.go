package documents

import (
	"fmt"
	"strconv"
)

// The DOCX and PDF writers print the same layout: a list of blocks —
// titles, paragraphs, lines, numbered items, tables — built once from a
// Document or a Letter.

type align uint8

const (
	alignLeft align = iota
	alignCenter
	alignRight
	alignJustify
)

type blockKind uint8

const (
	blockTitle   blockKind = iota // centered, bold, larger
	blockHeading                  // bold, space before
	blockPara                     // a paragraph: justified, first-line indent in letters
	blockLine                     // a line of its own, no indent: an address, a signature
	blockItem                     // a numbered or bulleted item with a hanging indent
	blockTable
	blockSpace // vertical space
)

type block struct {
	kind   blockKind
	text   string
	label  string // an item's number or bullet
	align  align
	bold   bool
	italic bool
	small  bool
	indent bool // first-line indent
	table  *table
}

type column struct {
	title string
	width float64 // millimetres on an A4 page with 15 mm margins (180 mm in all)
	align align
}

type tableRow struct {
	cells []string
	bold  bool
	note  string // printed in a row of its own below, across the table
}

type table struct {
	cols []column
	rows []tableRow
}

// calcColumns are the columns of a calculation table in DOCX and PDF.
func calcColumns(l labels) []column {
	return []column{
		{l.Period, 40, alignCenter},
		{l.Days, 13, alignRight},
		{l.Base, 24, alignRight},
		{l.Rate, 23, alignCenter},
		{l.Formula, 55, alignLeft},
		{l.Amount, 25, alignRight},
	}
}

// layoutDocument builds the blocks of a calculation document.
func layoutDocument(d Document) []block {
	l := labelsFor(d.Lang)
	var out []block
	out = append(out, block{kind: blockTitle, text: d.Title})
	if !d.Date.IsZero() {
		out = append(out, block{kind: blockLine, text: l.Date + ": " + date(d.Date), align: alignRight})
	}
	for _, f := range d.Facts {
		out = append(out, block{kind: blockLine, text: f.Label + ": " + oneLine(f.Value)})
	}
	for _, c := range d.Calculations {
		out = append(out, block{kind: blockHeading, text: c.Title})
		for _, b := range c.Basis {
			out = append(out, block{kind: blockLine, text: b})
		}
		if len(c.Refs) > 0 {
			out = append(out, block{kind: blockLine, text: l.Basis + ": " + cite(c.Refs, d.Lang)})
		}
		t := &table{cols: calcColumns(l)}
		for _, r := range c.Rows {
			t.rows = append(t.rows, tableRow{
				cells: []string{
					date(r.From) + "–" + date(r.To),
					strconv.Itoa(r.Days),
					money(r.Base, d.Lang),
					rateText(r.Rate, d.Lang),
					formulaText(r, d.Lang),
					money(r.Amount, d.Lang),
				},
				note: oneLine(r.Note),
			})
		}
		t.rows = append(t.rows, tableRow{cells: []string{l.Total, strconv.Itoa(c.Days), "", "", "", money(c.Uncapped(), d.Lang)}, bold: true})
		out = append(out, block{kind: blockTable, table: t})
		if c.Cap != nil {
			out = append(out, block{kind: blockLine, text: fmt.Sprintf("%s: %s — %s %s", l.Cap, oneLine(c.Cap.Text), money(c.Cap.Limit, d.Lang), l.Currency)})
			out = append(out, block{kind: blockLine, bold: true, text: fmt.Sprintf("%s: %s %s", l.CappedTotal, money(c.Total, d.Lang), l.Currency)})
		}
		if c.Method != "" {
			out = append(out, block{kind: blockPara, small: true, text: l.Method + ": " + oneLine(c.Method)})
		}
	}
	if len(d.Totals) > 0 {
		out = append(out, block{kind: blockSpace})
	}
	for _, t := range d.Totals {
		text := fmt.Sprintf("%s: %s %s", t.Label, shareText(t, d), l.Currency)
		if t.Note != "" {
			text += " (" + oneLine(t.Note) + ")"
		}
		out = append(out, block{kind: blockLine, bold: true, text: withRefs(text, t.Refs, d.Lang)})
	}
	if len(d.Explanation.Steps) > 0 {
		title := d.Explanation.Title
		if title == "" {
			title = l.ExplanationDefault
		}
		out = append(out, block{kind: blockHeading, text: title})
		for i, s := range d.Explanation.Steps {
			out = append(out, block{kind: blockItem, label: strconv.Itoa(i+1) + ".", text: withRefs(oneLine(s.Text), s.Refs, d.Lang)})
		}
	}
	if len(d.Notes) > 0 {
		out = append(out, block{kind: blockHeading, text: l.Notes})
		for _, n := range d.Notes {
			out = append(out, block{kind: blockItem, label: "—", small: true, text: oneLine(n)})
		}
	}
	return out
}
