package deadline

import (
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Shift says how the last day of a term became its due day.
type Shift uint8

// How ГК РФ ст. 193 (or ТК РФ ст. 136 ч. 8) applied to the last day.
const (
	// ShiftNotNeeded: the last day is a working day; it is the due day.
	ShiftNotNeeded Shift = iota
	// ShiftForward: the last day is not a working day; the term ends on the
	// next working day (ГК РФ ст. 193).
	ShiftForward
	// ShiftBackward: the last day (a payday) is not a working day; payment
	// is due on the working day before it (ТК РФ ст. 136 ч. 8; ShiftBack).
	ShiftBackward
	// ShiftSpecialDay: the last day is a special non-working day of
	// 2020–2021, which does not move a term (Обзор ВС РФ № 1 от 21.04.2020,
	// вопрос 5).
	ShiftSpecialDay
	// ShiftOff: NoShift was given; the last day is the due day whatever it is.
	ShiftOff
)

var shiftNames = [...]string{ShiftNotNeeded: "not_needed", ShiftForward: "forward", ShiftBackward: "backward", ShiftSpecialDay: "special_day", ShiftOff: "off"}

// String returns the name used in JSON: "not_needed", "forward",
// "backward", "special_day", "off".
func (s Shift) String() string {
	if int(s) < len(shiftNames) {
		return shiftNames[s]
	}
	return "unknown"
}

// Result is a computed term with every fact its explanation rests on. The
// reasoning is data: [Result.Steps] lists the rules applied, each with its
// code, citation and facts; [Result.Text] renders it in Russian or English.
type Result struct {
	// Event is the day of the event the term runs from: the claim received,
	// the goods handed over, the demand presented. It is the zero Date for a
	// term set by a calendar date (OnDate).
	Event calendar.Date
	// Term is the term computed (the consumer's or the agreed one when SetBy
	// says so); zero for OnDate.
	Term Term
	// SetBy says who set Term: the law, the consumer or the parties.
	SetBy Setter
	// Start is the first day of the term, the day after Event (ГК РФ ст. 191).
	Start calendar.Date
	// End is the last day of the term by arithmetic (ст. 191, 192), or the
	// date itself for OnDate.
	End calendar.Date
	// Due is the last day on which performance is on time: End, moved to
	// the next working day when End is not one (ст. 193).
	Due calendar.Date
	// Shift says how End became Due.
	Shift Shift
	// EndDay is what the calendar says about End: its kind, name and the
	// act that made it so — the facts behind Shift.
	EndDay calendar.Day
	// Limit is the statutory maximum the term was checked against
	// (NotLongerThan); zero when none.
	Limit Limit
	// Provisional is set when Due lies in a year with no transfer decree in
	// the calendar's data: a later decree may move it.
	Provisional bool
	// Tax marks a term of the Tax Code (TaxTerm): ст. 6.1 п. 7 moves it.
	Tax bool
	// Place is the time zone of the place of performance (AtPlace; Europe/
	// Moscow by default); Overdue judges "now" there.
	Place *time.Location
}

// OverdueFrom returns the first day of delay, Due + 1: the first day on
// which a daily penalty accrues (ГК РФ ст. 191, 193; the penalty then runs
// through the day of actual performance inclusive, Пленум ВС РФ от
// 24.03.2016 № 7, п. 65). The zero Result gives the zero Date.
func (r Result) OverdueFrom() calendar.Date { return r.Due.AddDays(1) }

// DaysOverdue returns the days of delay from OverdueFrom through on, both
// inclusive; 0 when on is not after Due, or for the zero Result.
func (r Result) DaysOverdue(on calendar.Date) int {
	if on.IsZero() || r.Due.IsZero() || !on.After(r.Due) {
		return 0
	}
	return on.Sub(r.Due)
}

// ExpiresAt returns the moment the term expires: 00:00 of the day after Due
// in loc, the place where the claim is to be satisfied (ГК РФ ст. 194 п. 1:
// the act may be done until 24:00 of the last day). If the act must be done
// in an organisation, the term ends earlier, when it closes that day (ст. 194
// п. 1, second sentence); that hour is not in the calendar. nil loc means
// Europe/Moscow; the zero Result gives the zero time.
func (r Result) ExpiresAt(loc *time.Location) time.Time {
	if loc == nil {
		loc = moscow
	}
	return r.OverdueFrom().In(loc)
}

// Overdue reports whether the term has expired at the instant now, judged in
// the place of performance (Result.Place), so that services in any time
// zone agree: 23:30 in Vladivostok on 10 January is still 16:30 on 10
// January in Moscow. The zero Result, which has no due day, is never
// overdue.
func (r Result) Overdue(now time.Time) bool {
	if r.Due.IsZero() {
		return false
	}
	return !now.Before(r.ExpiresAt(r.Place))
}

// String returns the explanation in Russian, one line per step with its
// citation, ready to paste into a claim.
func (r Result) String() string { return r.Text(law.Russian) }

// Text returns the explanation in lang, one line per step, each ending with
// the provisions it applies in brackets.
func (r Result) Text(lang law.Lang) string { return string(r.AppendText(nil, lang)) }

// AppendText appends Text(lang) to b.
func (r Result) AppendText(b []byte, lang law.Lang) []byte {
	var buf [8]Step
	for i, s := range r.steps(buf[:0]) {
		if i > 0 {
			b = append(b, '\n')
		}
		b = s.appendLine(b, lang)
	}
	return b
}
