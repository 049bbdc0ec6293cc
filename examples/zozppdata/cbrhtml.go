package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/zozpp/zozpp/calendar"
)

// The key-rate history table on cbr.ru. Its markup is not documented; the
// page is described by the scrapers that read it: a table whose header
// cells are «Дата» and «Ставка», then one row per business day, newest
// first, the date as DD.MM.YYYY and the rate with a decimal comma
// ("21,00"). The query selects the window.
const (
	keyRatePageURL = "https://www.cbr.ru/hd_base/KeyRate/?UniDbQuery.Posted=True&UniDbQuery.From=%s&UniDbQuery.To=%s"
	keyRatePageSrc = "Банк России: таблица ключевой ставки по дням (cbr.ru/hd_base/KeyRate)"
)

// keyRatePage returns the URL of the cbr.ru key-rate table for from–to.
func keyRatePage(from, to calendar.Date) string {
	return fmt.Sprintf(keyRatePageURL, from.Format("02.01.2006"), to.Format("02.01.2006"))
}

// parseKeyRateHTML reads the cbr.ru key-rate history table: the first
// table of the page whose header row is Дата, Ставка. Every later row of
// that table must be a date and a rate; an error names the line.
func parseKeyRateHTML(page []byte) ([]dailyRate, error) {
	if len(page) > maxInput {
		return nil, fmt.Errorf("the page exceeds %d bytes", maxInput)
	}
	rows, ok := tableAfterHeader(htmlTables(page), isKeyRateHeader)
	if !ok {
		return nil, errors.New("no table with the header Дата, Ставка: accepted is the cbr.ru key-rate history page (hd_base/KeyRate)")
	}
	if len(rows) == 0 {
		return nil, errors.New("the Дата, Ставка table has no rows: is the window empty?")
	}
	out := make([]dailyRate, 0, len(rows))
	for _, r := range rows {
		if len(r.cells) != 2 {
			return nil, fmt.Errorf("line %d: a row of %d cells %q: accepted is a date and a rate", r.line, len(r.cells), clipCells(r.cells))
		}
		d, err := calendar.ParseDate(r.cells[0])
		if err != nil || len(r.cells[0]) != len("02.01.2006") || r.cells[0][2] != '.' {
			return nil, fmt.Errorf("line %d: date %q: accepted is DD.MM.YYYY", r.line, law.Clip(r.cells[0]))
		}
		p, err := parseRateValue(r.cells[1])
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", r.line, err)
		}
		out = append(out, dailyRate{Date: d, Percent: p, Line: r.line})
	}
	return out, nil
}

func isKeyRateHeader(cells []string) bool {
	return len(cells) == 2 && strings.EqualFold(cells[0], "Дата") && strings.EqualFold(cells[1], "Ставка")
}

// tableAfterHeader finds the first table with a row that isHeader accepts
// and returns the rows after it.
func tableAfterHeader(tables []htmlTable, isHeader func([]string) bool) ([]htmlRow, bool) {
	for _, t := range tables {
		for i, r := range t.rows {
			if isHeader(r.cells) {
				return t.rows[i+1:], true
			}
		}
	}
	return nil, false
}

// clipCells quotes a row briefly for an error message.
func clipCells(cells []string) string {
	return law.Clip(strings.Join(cells, " | "))
}
