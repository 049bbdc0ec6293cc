package main

import (
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// dayStatus is what a published production calendar says about one day.
// Publications differ in detail (xmlcalendar names holidays, isdayoff only
// says working or not), so the sources are compared on what they all say.
type dayStatus uint8

const (
	statusUnknown    dayStatus = iota // not covered
	statusWorking                     // a working day of normal length
	statusShortened                   // a working day shortened by one hour (ТК РФ ст. 95)
	statusOff                         // a weekend, holiday or transferred day off
	statusNonWorking                  // a special non-working day by Presidential decree (2020–2021)
)

var statusNames = [...]string{
	statusUnknown:    "unknown",
	statusWorking:    "working",
	statusShortened:  "shortened",
	statusOff:        "off",
	statusNonWorking: "non-working",
}

func (s dayStatus) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("dayStatus(%d)", uint8(s))
}

// working reports whether the day is a working day, shortened or not.
func (s dayStatus) working() bool { return s == statusWorking || s == statusShortened }

// publishedYear is one year of a production calendar as one source
// publishes it.
type publishedYear struct {
	Year   int
	Source string      // names the publication, for reports
	Days   []dayStatus // Days[i] is 1 January + i
	// MovedFrom gives, for a transferred day off, the day it was moved
	// from — where the source says so (xmlcalendar's f attribute).
	MovedFrom map[calendar.Date]calendar.Date
	// NonWorkingAsOff: the source shows the special non-working days of
	// 2020–2021 as ordinary days off, having no way to tell them apart.
	NonWorkingAsOff bool
}

// newPublishedYear returns a year of unknown days.
func newPublishedYear(year int, source string) *publishedYear {
	return &publishedYear{
		Year: year, Source: source,
		Days:      make([]dayStatus, daysInYear(year)),
		MovedFrom: map[calendar.Date]calendar.Date{},
	}
}

// firstDay returns 1 January of the year.
func (y *publishedYear) firstDay() calendar.Date { return calendar.NewDate(y.Year, time.January, 1) }

// date returns the i-th day of the year, from 0.
func (y *publishedYear) date(i int) calendar.Date { return y.firstDay().AddDays(i) }

// status returns what the source says about d (statusUnknown outside the
// year).
func (y *publishedYear) status(d calendar.Date) dayStatus {
	i := d.Sub(y.firstDay())
	if i < 0 || i >= len(y.Days) {
		return statusUnknown
	}
	return y.Days[i]
}

// set records the status of d, which must be in the year.
func (y *publishedYear) set(d calendar.Date, s dayStatus) { y.Days[d.Sub(y.firstDay())] = s }

// fillWeek gives every day its status under the five-day week: Saturday
// and Sunday off. Sources that list only the exceptions start from it.
func (y *publishedYear) fillWeek() {
	for i := range y.Days {
		switch y.date(i).Weekday() {
		case time.Saturday, time.Sunday:
			y.Days[i] = statusOff
		default:
			y.Days[i] = statusWorking
		}
	}
}

// statusOf maps a day of the library's calendar to a published status.
func statusOf(d calendar.Day) dayStatus {
	switch d.Kind {
	case calendar.Workday, calendar.WorkingWeekend:
		if d.Shortened {
			return statusShortened
		}
		return statusWorking
	case calendar.Weekend, calendar.Holiday, calendar.DayOff:
		return statusOff
	case calendar.NonWorking:
		return statusNonWorking
	}
	return statusUnknown
}

// calendarYear is what the calendar c says about a year, as a publication.
func calendarYear(c *calendar.Calendar, year int, source string) (*publishedYear, error) {
	y := newPublishedYear(year, source)
	if !c.Covers(y.firstDay()) || !c.Covers(y.date(len(y.Days)-1)) {
		return nil, fmt.Errorf("%s does not cover %d (it covers %s–%s)", source, year, c.First(), c.Last())
	}
	for i := range y.Days {
		y.Days[i] = statusOf(c.Day(y.date(i)))
	}
	return y, nil
}

// daysIn returns the number of days of a month.
func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// daysInYear returns 365 or 366.
func daysInYear(year int) int {
	return time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC).YearDay()
}
