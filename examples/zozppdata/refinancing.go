package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/zozpp/zozpp/calendar"
)

// The refinancing-rate history on cbr.ru (https://www.cbr.ru/hd_base/refinancing/)
// is a table of periods, one row per change since 1992: the period («14
// сентября 2012 г. — 31 декабря 2015 г.», «с 1 января 2016 г.»), the rate
// with a decimal comma («8,25») and, on some copies, the Bank of Russia act
// that set it («Указание Банка России от 13.09.2012 № 2873-У»). That layout
// is known only from transcriptions of the page (the markup itself is not
// documented), so the parser looks for the columns by their header words
// and reads the first date of each period cell in either form.
const (
	refinancingPageURL = "https://www.cbr.ru/hd_base/refinancing/"
	refinancingSource  = "Банк России: таблица ставки рефинансирования (cbr.ru/hd_base/refinancing)"
)

// refinancingEnd is the last day the refinancing rate had a value of its
// own: from 01.01.2016 it equals the key rate (Указание Банка России от
// 11.12.2015 № 3894-У), which the key-rate history carries.
var refinancingEnd = calendar.NewDate(2015, time.December, 31)

// tableRate is one row of a table of rate periods.
type tableRate struct {
	dailyRate
	Source string
}

// refinancingColumns are the positions of the columns in the header row.
type refinancingColumns struct {
	period, value, act int
}

// parseRefinancingHTML reads the cbr.ru refinancing-rate history table.
// Each row gives the first day of a period, its rate and, when the table
// has the column, the act that set it (which becomes the row's source).
func parseRefinancingHTML(page []byte) ([]tableRate, error) {
	if len(page) > maxInput {
		return nil, fmt.Errorf("the page exceeds %d bytes", maxInput)
	}
	var cols refinancingColumns
	rows, ok := tableAfterHeader(htmlTables(page), func(cells []string) bool {
		var ok bool
		cols, ok = refinancingHeader(cells)
		return ok
	})
	if !ok {
		return nil, errors.New("no table with a period column (Период…, Дата…) and a rate column (%, Значение, Ставка…): accepted is the cbr.ru refinancing-rate history page (hd_base/refinancing)")
	}
	var out []tableRate
	for _, r := range rows {
		if len(r.cells) <= max(cols.period, cols.value) {
			return nil, fmt.Errorf("line %d: a row of %d cells %q: accepted is a period and a rate", r.line, len(r.cells), clipCells(r.cells))
		}
		from, ok := firstRussianDate(r.cells[cols.period])
		if !ok {
			return nil, fmt.Errorf("line %d: period %q: accepted is a period such as «14 сентября 2012 г. — 31 декабря 2015 г.», «с 1 января 2016 г.» or 14.09.2012", r.line, law.Clip(r.cells[cols.period]))
		}
		p, err := parseRateValue(r.cells[cols.value])
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", r.line, err)
		}
		src := refinancingSource
		if cols.act >= 0 && cols.act < len(r.cells) && r.cells[cols.act] != "" {
			src = r.cells[cols.act] + " (" + refinancingSource + ")"
		}
		out = append(out, tableRate{dailyRate: dailyRate{Date: from, Percent: p, Line: r.line}, Source: src})
	}
	if len(out) == 0 {
		return nil, errors.New("the refinancing-rate table has no rows")
	}
	return out, nil
}

// refinancingHeader recognises the header row and locates the columns.
func refinancingHeader(cells []string) (refinancingColumns, bool) {
	cols := refinancingColumns{period: -1, value: -1, act: -1}
	if isKeyRateHeader(cells) {
		return cols, false
	}
	for i, c := range cells {
		l := strings.ToLower(c)
		switch {
		case cols.period < 0 && (strings.HasPrefix(l, "период") || strings.HasPrefix(l, "дата")):
			cols.period = i
		case cols.value < 0 && (l == "%" || strings.HasPrefix(l, "значение") || strings.HasPrefix(l, "ставка") || strings.HasPrefix(l, "размер")):
			cols.value = i
		case cols.act < 0 && (strings.Contains(l, "документ") || strings.Contains(l, "источник")):
			cols.act = i
		}
	}
	return cols, cols.period >= 0 && cols.value >= 0
}

var (
	numericDate = regexp.MustCompile(`(\d{2})\.(\d{2})\.(\d{4})`)
	wordDate    = regexp.MustCompile(`(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(\d{4})`)
	monthsGen   = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
)

// firstRussianDate returns the first date written in s, as DD.MM.YYYY or
// as «14 сентября 2012».
func firstRussianDate(s string) (calendar.Date, bool) {
	s = strings.ToLower(s)
	n := numericDate.FindStringSubmatchIndex(s)
	w := wordDate.FindStringSubmatchIndex(s)
	if n != nil && (w == nil || n[0] < w[0]) {
		d, err := calendar.ParseDate(s[n[0]:n[1]])
		return d, err == nil
	}
	if w == nil {
		return calendar.Date{}, false
	}
	day, _ := strconv.Atoi(s[w[2]:w[3]])
	year, _ := strconv.Atoi(s[w[6]:w[7]])
	month := 0
	for i, m := range monthsGen {
		if m == s[w[4]:w[5]] {
			month = i + 1
		}
	}
	d, err := calendar.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, month, day))
	return d, err == nil
}
