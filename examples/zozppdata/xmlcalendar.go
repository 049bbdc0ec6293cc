package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/zozpp/zozpp/calendar"
)

// xmlcalendar (https://github.com/xmlcalendar/data, described at
// https://xmlcalendar.ru/ and in the repository's README) publishes one file
// per country and year: ru/YYYY/calendar.xml. Use the ru files, not the
// calendar.en.xml ones: ru/2025/calendar.en.xml says year="2024" and has a
// wrong extra day.
const xmlCalendarURL = "https://raw.githubusercontent.com/xmlcalendar/data/master/ru/%d/calendar.xml"

// parseXMLCalendar reads an xmlcalendar file:
//
//	<calendar year="2026" lang="ru" date="2025.09.30" country="ru">
//	  <holidays><holiday id="1" title="Новогодние каникулы"/>…</holidays>
//	  <days><day d="01.09" t="1" f="01.03"/>…</days>
//	</calendar>
//
// Only the exceptions to the five-day week are listed. d is the day as
// MM.DD (month first); t is 1 a day off, 2 a shortened working day (any
// weekday, also a working Saturday), 3 a working Saturday or Sunday; h
// points to a holiday's id; f is the MM.DD the day off was transferred
// from. The country attribute is missing in some years and not required.
// Errors name the line.
func parseXMLCalendar(data []byte) (*publishedYear, error) {
	if len(data) > maxInput {
		return nil, fmt.Errorf("the file exceeds %d bytes", maxInput)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		y        *publishedYear
		holidays = map[string]bool{}
		dayLine  = map[calendar.Date]int{}
		refs     []holidayRef
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		line, _ := dec.InputPos()
		if err != nil {
			return nil, fmt.Errorf("line %d: not well-formed XML: %v", line, xmlErrorText(err))
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attrs := map[string]string{}
		for _, a := range start.Attr {
			attrs[a.Name.Local] = a.Value
		}
		switch start.Name.Local {
		case "calendar":
			if y != nil {
				return nil, fmt.Errorf("line %d: a second calendar element: accepted is one year per file", line)
			}
			year, err := strconv.Atoi(attrs["year"])
			if err != nil || year < 1900 || year > 2200 {
				return nil, fmt.Errorf("line %d: calendar year %q: accepted is a year such as 2026", line, law.Clip(attrs["year"]))
			}
			source := fmt.Sprintf("xmlcalendar ru/%d", year)
			if v := attrs["date"]; v != "" {
				source += " (" + law.Clip(v) + ")"
			}
			y = newPublishedYear(year, source)
			y.NonWorkingAsOff = true
			y.fillWeek()
		case "holiday":
			holidays[attrs["id"]] = true
		case "day":
			if y == nil {
				return nil, fmt.Errorf("line %d: a day outside a calendar element", line)
			}
			ref, err := xmlCalendarDay(y, attrs, line, dayLine)
			if err != nil {
				return nil, err
			}
			if ref.id != "" {
				refs = append(refs, ref)
			}
		}
	}
	if y == nil {
		return nil, errors.New("no calendar element: accepted is an xmlcalendar file (<calendar year=…><days><day d=… t=…/></days></calendar>)")
	}
	for _, r := range refs {
		if !holidays[r.id] {
			return nil, fmt.Errorf("line %d: h=%q names no holiday of the holidays list", r.line, law.Clip(r.id))
		}
	}
	return y, nil
}

// holidayRef is a day's h attribute, checked once the holidays are known.
type holidayRef struct {
	id   string
	line int
}

// xmlCalendarDay applies one day element to y.
func xmlCalendarDay(y *publishedYear, attrs map[string]string, line int, dayLine map[calendar.Date]int) (holidayRef, error) {
	d, err := monthDay(y.Year, attrs["d"])
	if err != nil {
		return holidayRef{}, fmt.Errorf("line %d: d=%q: %v", line, law.Clip(attrs["d"]), err)
	}
	if prev, dup := dayLine[d]; dup {
		return holidayRef{}, fmt.Errorf("lines %d and %d: two day elements for %s", prev, line, d)
	}
	dayLine[d] = line
	weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
	switch t := attrs["t"]; t {
	case "1":
		y.set(d, statusOff)
	case "2":
		y.set(d, statusShortened)
	case "3":
		if !weekend {
			return holidayRef{}, fmt.Errorf("line %d: t=3 (a working Saturday or Sunday) on %s, a %s", line, d, d.Weekday())
		}
		y.set(d, statusWorking)
	default:
		return holidayRef{}, fmt.Errorf("line %d: t=%q on %s: accepted are 1 (day off), 2 (shortened working day), 3 (working Saturday or Sunday)", line, law.Clip(t), d)
	}
	if f, ok := attrs["f"]; ok {
		if attrs["t"] != "1" {
			return holidayRef{}, fmt.Errorf("line %d: f=%q on %s, which is not a day off (t=%s): only a day off is transferred", line, law.Clip(f), d, attrs["t"])
		}
		from, err := monthDay(y.Year, f)
		if err != nil {
			return holidayRef{}, fmt.Errorf("line %d: f=%q: %v", line, law.Clip(f), err)
		}
		y.MovedFrom[d] = from
	}
	if h, ok := attrs["h"]; ok {
		return holidayRef{id: h, line: line}, nil
	}
	return holidayRef{}, nil
}

// monthDay reads xmlcalendar's MM.DD in year.
func monthDay(year int, s string) (calendar.Date, error) {
	if len(s) != 5 || s[2] != '.' || !allDigits(s[:2]) || !allDigits(s[3:]) {
		return calendar.Date{}, errors.New("accepted is MM.DD, month first, such as 01.09")
	}
	d, err := calendar.ParseDate(fmt.Sprintf("%04d-%s-%s", year, s[:2], s[3:]))
	if err != nil {
		return calendar.Date{}, fmt.Errorf("no such day in %d: accepted is MM.DD, month first", year)
	}
	return d, nil
}
