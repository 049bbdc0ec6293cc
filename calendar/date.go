package calendar

import (
	"time"
)

// Date is a civil date: a year, a month and a day, with no time of day and
// no time zone, so no conversion can shift it by a day.
//
// Dates are comparable with == and usable as map keys. The zero value means
// "no date" and reports IsZero; every valid date lies in years 1 through
// 9999. Arithmetic that would leave that range yields the zero Date.
type Date struct {
	// n counts days from 0001-01-01 (n == 1) onwards; 0 is "no date".
	n int32
}

const (
	minYear = 1
	maxYear = 9999
	// lastN is the day number of 9999-12-31.
	lastN = 3652059
)

// NewDate returns the date of the given year, month and day. Like time.Date
// it normalises values out of their usual ranges: 31 April is 1 May, month
// 13 is January of the next year. A result outside years 1–9999 is the zero
// Date.
func NewDate(year int, month time.Month, day int) Date {
	// Normalise the month into [1, 12], carrying into the year.
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	if year < minYear-1 || year > maxYear+1 {
		return Date{}
	}
	return fromDayNumber(int64(daysFromCivil(year, m+1, 1)) + int64(day) - 1)
}

// DateOf returns the date of t in t's own location: 23:30 on 31 December in
// Kaliningrad is 31 December even where Vladivostok is already in 1 January.
// Convert t with t.In first to read the date of another place.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// fromDayNumber wraps a day count (1 = 0001-01-01), returning the zero Date
// outside the supported range.
func fromDayNumber(n int64) Date {
	if n < 1 || n > lastN {
		return Date{}
	}
	return Date{n: int32(n)}
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.n == 0 }

// civil splits d into year, month and day. The zero Date is 0000-00-00.
func (d Date) civil() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n))
	return y, time.Month(m), dd
}

// Date returns the year, month and day of d.
func (d Date) Date() (year int, month time.Month, day int) { return d.civil() }

// Year returns the year of d (0 for the zero Date).
func (d Date) Year() int { y, _, _ := d.civil(); return y }

// Month returns the month of d (0 for the zero Date).
func (d Date) Month() time.Month { _, m, _ := d.civil(); return m }

// Day returns the day of the month of d (0 for the zero Date).
func (d Date) Day() int { _, _, dd := d.civil(); return dd }

// Weekday returns the day of the week of d. 0001-01-01 was a Monday in the
// proleptic Gregorian calendar.
func (d Date) Weekday() time.Weekday { return time.Weekday(d.n % 7) }

// YearDay returns the day of the year of d, in [1, 365] or [1, 366].
func (d Date) YearDay() int {
	if d.n == 0 {
		return 0
	}
	return int(d.n) - daysFromCivil(d.Year(), 1, 1) + 1
}

// AddDays returns the date n days after d (before d when n < 0). The zero
// Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	return fromDayNumber(int64(d.n) + int64(n))
}

// AddMonths returns the date n months after d with the same day number, or
// the last day of the target month when it is shorter — the rule of ГК РФ
// ст. 192 п. 3: 31 January + 1 month is 29 February in a leap year and
// 28 February otherwise. Unlike time.Time.AddDate it never spills into the
// following month.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return d
	}
	y, m, day := d.civil()
	months := int64(y)*12 + int64(m) - 1 + int64(n)
	if months < minYear*12 || months > maxYear*12+11 {
		return Date{}
	}
	ty, tm := int(months/12), time.Month(months%12+1)
	day = min(day, daysIn(ty, tm))
	return Date{n: int32(daysFromCivil(ty, int(tm), day))}
}

// AddYears returns the same month and day n years after d (ГК РФ ст. 192
// п. 1); 29 February in a year without one becomes 28 February, by analogy
// with ст. 192 п. 3.
func (d Date) AddYears(n int) Date {
	if n > maxYear || n < -maxYear {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// Sub returns the number of days from e to d: positive when d is after e.
// Either being the zero Date gives 0.
func (d Date) Sub(e Date) int {
	if d.n == 0 || e.n == 0 {
		return 0
	}
	return int(d.n - e.n)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// In returns midnight at the start of d in loc. It panics like time.Date
// when loc is nil; the zero Date gives the zero time.Time.
func (d Date) In(loc *time.Location) time.Time {
	if d.n == 0 {
		return time.Time{}
	}
	y, m, day := d.civil()
	return time.Date(y, m, day, 0, 0, 0, 0, loc)
}

// daysIn returns the number of days in the given month of the given year.
func daysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DaysInYear returns 366 for a leap year and 365 otherwise; ст. 395 ГК РФ
// interest divides by it.
func DaysInYear(year int) int {
	if isLeap(year) {
		return 366
	}
	return 365
}

// isLeap reports whether year is a leap year of the Gregorian calendar.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysFromCivil returns the day number (1 = 0001-01-01) of a valid
// proleptic Gregorian date. The algorithm is H. Hinnant's "days_from_civil".
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	// era*146097 + doe counts from 0000-03-01; 0001-01-01 is day 306 there.
	return era*146097 + doe - 305
}

// civilFromDays is the inverse of daysFromCivil for 1 <= n <= lastN. It is
// the Neri–Schneider algorithm ("Euclidean affine functions and their
// application to calendar algorithms", 2022): multiplications and shifts
// instead of most divisions, because every deadline converts dates.
func civilFromDays(n int) (y, m, d int) {
	z := uint32(n + 305) // days since 0000-03-01
	n1 := 4*z + 3
	c := n1 / 146097
	nc := n1 % 146097 / 4
	n2 := 4*nc + 3
	p2 := uint64(2939745) * uint64(n2)
	yc := uint32(p2 >> 32)
	ny := uint32(p2) / 2939745 / 4
	n3 := 2141*ny + 197913
	y, m, d = int(100*c+yc), int(n3>>16), int(n3&0xffff/2141)+1
	if ny >= 306 {
		y, m = y+1, m-12
	}
	return y, m, d
}
