// Package calendar provides a civil Date and the Russian production
// calendar (производственный календарь) with constant-time working-day
// arithmetic.
//
// # Dates
//
// A Date is a year, month and day with no time and no zone, so converting it
// can never shift it by a day. Build one with [NewDate], [ParseDate]
// ("2006-01-02", "02.01.2006" or an RFC 3339 date-time read at its own
// offset, nothing else) or [DateOf]. [Date.AddMonths] follows the Civil Code
// (ГК РФ ст. 192 п. 3): 31 January plus one month is the last day of
// February. [Date.Text] writes a date in Russian ("09.01.2025") or English
// ("9 January 2025").
//
// # The production calendar
//
// Russia returns the federal calendar, 1999 onwards, derived from the law
// rather than listed: the statutory holidays of ТК РФ ст. 112 (КЗоТ РСФСР
// ст. 65 before 2002) with the years each wording was in force, the weekend
// shift of ст. 112 ч. 2, every Government transfer decree and the
// Presidential decrees on special non-working days of 2020–2021. Every Day
// carries the act it comes from in Basis, a structured [law.Ref] that
// renders in Russian and English, and its name in both languages. Years
// after OfficialThrough have no decree yet and are Provisional.
//
// The data is embedded (data/russia.json) in the format documented at Load.
// Next year's decree or a regional holiday is applied with [Calendar.With], which
// returns a new Calendar; a Calendar never changes after it is built and is
// safe for concurrent use.
//
// # Working days
//
// IsWorkday, IsHoliday, NextWorkday, AddWorkdays, Workdays and the ОСАГО
// counting AddDaysExceptHolidays take constant time and allocate nothing:
// per-day tables with prefix counts are built once. Outside the covered range
// nothing is guessed (Kind Unknown, false, or the zero Date); the deadline and
// penalty packages turn that into ErrOutOfRange. A Calendar not built by
// Russia, New or Load (a zero value or nil) covers nothing.
//
// The special non-working days of 2020–2021 are days off in the production
// calendar but, in the Supreme Court's view, not "нерабочие дни" for the Civil
// Code's terms; [Calendar.CivilView] returns that view.
//
// # rickar/cal
//
// BusinessCalendar returns a *cal.BusinessCalendar of github.com/rickar/cal/v2
// that agrees with this calendar on every covered day, for code that already
// uses that library. Its own ru package is not a correct Russian calendar: it
// knows neither the New Year holidays after 1 January nor any decree.
package calendar
