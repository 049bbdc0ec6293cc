package main

import (
	"bytes"
	"html"
	"strings"
)

// htmlTable is a table of an HTML page reduced to the text of its cells:
// enough to read the cbr.ru history tables with the standard library,
// without depending on their exact markup (which is not documented).
type htmlTable struct {
	rows []htmlRow
}

// htmlRow is one tr: the line it starts on and the text of its th/td cells.
type htmlRow struct {
	line  int
	cells []string
}

// htmlTables returns every table of page, innermost tables separately.
// It is a tolerant scanner, not a validating parser: unclosed cells and
// rows end at the next one, comments, scripts and styles are skipped, and
// entities are decoded. Cell text has its white space collapsed.
func htmlTables(page []byte) []htmlTable {
	s := &tableScanner{page: page, line: 1}
	s.scan()
	return s.tables
}

type tableScanner struct {
	page    []byte
	pos     int // next byte to read
	line    int // line of pos
	counted int // bytes up to which line is counted
	tables  []htmlTable
	open    []int // indexes of the open tables, innermost last
	inRow   bool
	inCell  bool
	cell    strings.Builder
}

// lineAt returns the line of byte offset i (i never decreases).
func (s *tableScanner) lineAt(i int) int {
	s.line += bytes.Count(s.page[s.counted:i], []byte("\n"))
	s.counted = i
	return s.line
}

func (s *tableScanner) scan() {
	for s.pos < len(s.page) {
		lt := bytes.IndexByte(s.page[s.pos:], '<')
		if lt < 0 {
			s.text(s.page[s.pos:])
			return
		}
		s.text(s.page[s.pos : s.pos+lt])
		s.pos += lt
		s.tag()
	}
	s.endTable()
}

// text adds character data to the open cell.
func (s *tableScanner) text(b []byte) {
	if s.inCell {
		s.cell.Write(b)
	}
}

// tag reads the markup at s.pos ('<').
func (s *tableScanner) tag() {
	rest := s.page[s.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		s.skipPast("-->")
		return
	case bytes.HasPrefix(rest, []byte("<!")), bytes.HasPrefix(rest, []byte("<?")):
		s.skipPast(">")
		return
	}
	start := s.pos
	i := 1
	closing := i < len(rest) && rest[i] == '/'
	if closing {
		i++
	}
	j := i
	for j < len(rest) && isNameByte(rest[j]) {
		j++
	}
	if j == i {
		// A lone '<' is text.
		s.text(rest[:1])
		s.pos++
		return
	}
	name := strings.ToLower(string(rest[i:j]))
	s.pos += j
	s.skipTagRest()
	switch {
	case !closing && (name == "script" || name == "style"):
		s.skipPastFold("</" + name)
		s.skipTagRest()
	case name == "table" && !closing:
		s.endRow()
		s.tables = append(s.tables, htmlTable{})
		s.open = append(s.open, len(s.tables)-1)
	case name == "table":
		s.endTable()
	case len(s.open) == 0:
	case name == "tr" && !closing:
		s.startRow(start)
	case name == "tr":
		s.endRow()
	case (name == "td" || name == "th") && !closing:
		s.endCell()
		if !s.inRow {
			s.startRow(start)
		}
		s.inCell = true
	case name == "td" || name == "th":
		s.endCell()
	case name == "br" || name == "p" || name == "div":
		s.text([]byte(" "))
	}
}

// skipTagRest moves past the '>' that ends the tag, minding quoted
// attribute values.
func (s *tableScanner) skipTagRest() {
	var quote byte
	for s.pos < len(s.page) {
		c := s.page[s.pos]
		s.pos++
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return
		}
	}
}

func (s *tableScanner) skipPast(end string) {
	if k := bytes.Index(s.page[s.pos:], []byte(end)); k >= 0 {
		s.pos += k + len(end)
		return
	}
	s.pos = len(s.page)
}

// skipPastFold skips to just after end, ignoring ASCII case.
func (s *tableScanner) skipPastFold(end string) {
	for k := s.pos; k+len(end) <= len(s.page); k++ {
		if bytes.EqualFold(s.page[k:k+len(end)], []byte(end)) {
			s.pos = k + len(end)
			return
		}
	}
	s.pos = len(s.page)
}

// startRow opens a row at byte offset start in the innermost open table.
func (s *tableScanner) startRow(start int) {
	s.endRow()
	s.inRow = true
	t := &s.tables[s.open[len(s.open)-1]]
	t.rows = append(t.rows, htmlRow{line: s.lineAt(start)})
}

func (s *tableScanner) endCell() {
	if !s.inCell {
		return
	}
	s.inCell = false
	text := html.UnescapeString(s.cell.String())
	text = strings.ReplaceAll(text, "\u00a0", " ")
	s.cell.Reset()
	t := &s.tables[s.open[len(s.open)-1]]
	r := &t.rows[len(t.rows)-1]
	r.cells = append(r.cells, strings.Join(strings.Fields(text), " "))
}

// endRow closes the open row; a row without cells is dropped.
func (s *tableScanner) endRow() {
	s.endCell()
	if !s.inRow {
		return
	}
	s.inRow = false
	t := &s.tables[s.open[len(s.open)-1]]
	if n := len(t.rows); n > 0 && len(t.rows[n-1].cells) == 0 {
		t.rows = t.rows[:n-1]
	}
}

func (s *tableScanner) endTable() {
	if len(s.open) == 0 {
		return
	}
	s.endRow()
	s.open = s.open[:len(s.open)-1]
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
