package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// The «Производственный календарь» open data set of data.gov.ru (id
// 7708660670-proizvcalendar, https://data.gov.ru/opendata/7708660670-proizvcalendar)
// is a CSV with one row per year. xmlcalendar.ru serves the same columns
// per year, which is the default address here.
const dataGovURL = "https://xmlcalendar.ru/data/ru/%d/calendar.csv"

// The columns of the data set.
const (
	dataGovYear    = "Год/Месяц"
	dataGovWork    = "Всего рабочих дней"
	dataGovOff     = "Всего праздничных и выходных дней"
	dataGovHours40 = "Количество рабочих часов при 40-часовой рабочей неделе"
)

var dataGovMonths = [12]string{"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"}

// parseDataGovCSV reads the data.gov.ru production calendar: a header row,
// then per year the column Год/Месяц, one column per month listing the
// days that are not ordinary working days, and the year's totals. A month
// cell lists every day off (weekends, holidays, transferred days — a
// transferred one may carry "+") and every shortened working day, marked
// "*": "1,2,3,4,5,6,7,8,9+,10,11,17,18,24,25,31". Unlisted days are working
// days. The totals are checked against the cells: working days, days off,
// and — when the column is there — the hours of a 40-hour week (8 per
// working day, one less on a shortened one). Errors name the line.
func parseDataGovCSV(data []byte) ([]*publishedYear, error) {
	if len(data) > maxInput {
		return nil, fmt.Errorf("the file exceeds %d bytes", maxInput)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, errors.New("empty file: accepted is the data.gov.ru production calendar CSV with a header row")
	}
	if err != nil {
		return nil, fmt.Errorf("not CSV: %v", err)
	}
	cols, err := dataGovColumns(header)
	if err != nil {
		return nil, err
	}
	var years []*publishedYear
	yearLine := map[int]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not CSV: %v", err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			return nil, fmt.Errorf("line %d: %d fields, the header has %d", line, len(rec), len(header))
		}
		y, err := dataGovRow(rec, cols, line)
		if err != nil {
			return nil, err
		}
		if prev, dup := yearLine[y.Year]; dup {
			return nil, fmt.Errorf("lines %d and %d: two rows for %d", prev, line, y.Year)
		}
		yearLine[y.Year] = line
		years = append(years, y)
	}
	if len(years) == 0 {
		return nil, errors.New("no year rows after the header")
	}
	slices.SortFunc(years, func(a, b *publishedYear) int { return a.Year - b.Year })
	return years, nil
}

// dataGovColumnIndex locates the columns by their names.
type dataGovColumnIndex struct {
	year, work, off, hours40 int
	months                   [12]int
}

func dataGovColumns(header []string) (dataGovColumnIndex, error) {
	at := map[string]int{}
	for i, h := range header {
		at[strings.TrimSpace(h)] = i
	}
	find := func(name string) (int, error) {
		i, ok := at[name]
		if !ok {
			return 0, fmt.Errorf("line 1: no column %q: accepted is the data.gov.ru production calendar header (Год/Месяц, Январь … Декабрь, Всего рабочих дней, …)", name)
		}
		return i, nil
	}
	var c dataGovColumnIndex
	var err error
	for _, p := range []struct {
		name string
		at   *int
	}{{dataGovYear, &c.year}, {dataGovWork, &c.work}, {dataGovOff, &c.off}} {
		if *p.at, err = find(p.name); err != nil {
			return c, err
		}
	}
	for m, name := range dataGovMonths {
		if c.months[m], err = find(name); err != nil {
			return c, err
		}
	}
	c.hours40 = -1
	if i, ok := at[dataGovHours40]; ok {
		c.hours40 = i
	}
	return c, nil
}

// dataGovRow reads one year's row and checks its totals.
func dataGovRow(rec []string, cols dataGovColumnIndex, line int) (*publishedYear, error) {
	year, err := strconv.Atoi(strings.TrimSpace(rec[cols.year]))
	if err != nil || year < 1900 || year > 2200 {
		return nil, fmt.Errorf("line %d: year %q: accepted is a year such as 2026", line, law.Clip(rec[cols.year]))
	}
	y := newPublishedYear(year, fmt.Sprintf("data.gov.ru production calendar %d", year))
	y.NonWorkingAsOff = true
	for i := range y.Days {
		y.Days[i] = statusWorking
	}
	for m, col := range cols.months {
		if err := dataGovMonth(y, time.Month(m+1), rec[col]); err != nil {
			return nil, fmt.Errorf("line %d, %s %d: %v", line, dataGovMonths[m], year, err)
		}
	}
	work, off, shortened := 0, 0, 0
	for _, s := range y.Days {
		switch s {
		case statusOff:
			off++
		case statusShortened:
			shortened++
			work++
		default:
			work++
		}
	}
	for _, t := range []struct {
		name string
		col  int
		want int
	}{{dataGovWork, cols.work, work}, {dataGovOff, cols.off, off}} {
		got, err := strconv.Atoi(strings.TrimSpace(rec[t.col]))
		if err != nil {
			return nil, fmt.Errorf("line %d: %s %q: accepted is a whole number", line, t.name, law.Clip(rec[t.col]))
		}
		if got != t.want {
			return nil, fmt.Errorf("line %d: %s for %d is %d, but the month cells give %d", line, t.name, year, got, t.want)
		}
	}
	if cols.hours40 >= 0 {
		got, err := decimal.NewFromString(strings.TrimSpace(rec[cols.hours40]))
		want := decimal.NewFromInt(int64(8*work - shortened))
		if err != nil {
			return nil, fmt.Errorf("line %d: %s %q: accepted is a number", line, dataGovHours40, law.Clip(rec[cols.hours40]))
		}
		if !got.Equal(want) {
			return nil, fmt.Errorf("line %d: %s for %d is %s, but the month cells give %s (8 h a working day, 7 h a shortened one)", line, dataGovHours40, year, got, want)
		}
	}
	return y, nil
}

// dataGovMonth applies one month cell.
func dataGovMonth(y *publishedYear, month time.Month, cell string) error {
	cell = strings.TrimSpace(cell)
	if cell == "" {
		return nil
	}
	seen := map[int]bool{}
	for _, item := range strings.Split(cell, ",") {
		item = strings.TrimSpace(item)
		orig, mark := item, byte(0)
		if n := len(item); n > 0 && (item[n-1] == '*' || item[n-1] == '+') {
			item, mark = item[:n-1], item[n-1]
		}
		day, err := strconv.Atoi(item)
		if err != nil || !allDigits(item) || day < 1 || day > daysIn(y.Year, month) {
			return fmt.Errorf("day %q: accepted is a day of the month, optionally followed by * (shortened) or + (transferred day off)", law.Clip(orig))
		}
		if seen[day] {
			return fmt.Errorf("day %d listed twice", day)
		}
		seen[day] = true
		d := calendar.NewDate(y.Year, month, day)
		if mark == '*' {
			y.set(d, statusShortened)
		} else {
			y.set(d, statusOff)
		}
	}
	return nil
}
