// Package calendar provides a civil Date and the Russian production
// calendar (производственный календарь) with constant-time working-day
// arithmetic.
//
// # Dates
//
// A Date is a year, month and day with no time and no zone, so converting it
// can never shift it by a day. Build one with NewDate, ParseDate ("2006-01-02"
// or "02.01.2006", nothing else) or DateOf(time.Time). AddMonths follows the
// Civil Code (ГК РФ ст. 192 п. 3): 31 January plus one month is the last day
// of February.
//
// # The production calendar
//
// Russia returns the federal calendar, 1999 onwards, derived from the law
// rather than listed: the statutory holidays of ТК РФ ст. 112 (КЗоТ РСФСР
// ст. 65 before 2002) with the years each wording was in force, the weekend
// shift of ст. 112 ч. 2, every Government transfer decree and the
// Presidential decrees on special non-working days of 2020–2021. Every Day
// carries the act it comes from in Basis. Years after OfficialThrough have no
// decree yet and are Provisional.
//
// The data is embedded (data/russia.json) in the format documented at Load.
// Next year's decree or a regional holiday is applied with With, which
// returns a new Calendar; a Calendar never changes after it is built and is
// safe for concurrent use.
//
// # Working days
//
// IsWorkday, IsHoliday, NextWorkday, AddWorkdays, Workdays and the ОСАГО
// counting AddDaysExceptHolidays take constant time and allocate nothing:
// per-day tables with prefix counts are built once. Outside the covered range
// nothing is guessed (Kind Unknown, false, or the zero Date); the deadline and
// penalty packages turn that into ErrOutOfRange.
//
// The special non-working days of 2020–2021 are days off in the production
// calendar but, in the Supreme Court's view, not "нерабочие дни" for the Civil
// Code's terms; NonWorkingAsWorkdays returns that view.
//
// # rickar/cal
//
// BusinessCalendar returns a *cal.BusinessCalendar of github.com/rickar/cal/v2
// that agrees with this calendar on every covered day, for code that already
// uses that library. Its own ru package is not a correct Russian calendar: it
// knows neither the New Year holidays after 1 January nor any decree.
package calendar
