package deadline

import (
	"fmt"

	"github.com/zozpp/zozpp/calendar"
)

// span is the arithmetic of one term, without its explanation.
type span struct {
	term       Term
	start, end calendar.Date
	due        calendar.Date
}

// Due returns only the due date of Compute: the last day on which
// performance is on time. It is the fast path for batch work: no
// explanation and, without options, no allocation.
func Due(event calendar.Date, t Term, opts ...Option) (calendar.Date, error) {
	if len(opts) == 0 {
		s, err := arithmetic(event, t, defaultView(), false)
		return s.due, err
	}
	cfg := resolve(opts)
	if cfg.overrideBy != byLaw {
		t = cfg.override
	}
	s, err := arithmetic(event, t, cfg.view(), cfg.noShift)
	return s.due, err
}

// arithmetic applies ГК РФ ст. 191–193 to a term on cal.
func arithmetic(event calendar.Date, t Term, cal *calendar.Calendar, noShift bool) (span, error) {
	if err := t.Validate(); err != nil {
		return span{}, err
	}
	if event.IsZero() {
		return span{}, fmt.Errorf("deadline: %w: no event date; give the day the term runs from (claim received, goods handed over)", ErrInvalidTerm)
	}
	if !cal.Covers(event) {
		return span{}, outOfRange("the event", event, cal)
	}
	s := span{term: t, start: event.AddDays(1)} // ГК РФ ст. 191
	switch t.Unit {
	case UnitDays:
		s.end = event.AddDays(t.N)
	case UnitWeeks:
		s.end = event.AddDays(7 * t.N) // ст. 192 п. 4
	case UnitMonths:
		s.end = event.AddMonths(t.N) // ст. 192 п. 3
	case UnitYears:
		s.end = event.AddYears(t.N) // ст. 192 п. 1
	case UnitWorkdays:
		s.end = cal.AddWorkdays(event, t.N)
	case UnitDaysExceptHolidays:
		s.end = cal.AddDaysExceptHolidays(event, t.N)
	}
	if s.end.IsZero() || !cal.Covers(s.end) {
		return span{}, outOfRange(fmt.Sprintf("the %s term from %s", t.Unit, event), s.end, cal)
	}
	s.due = s.end
	if !noShift {
		s.due = cal.NextWorkday(s.end) // ст. 193
		if s.due.IsZero() {
			return span{}, outOfRange("the next working day after "+s.end.String(), s.due, cal)
		}
	}
	return s, nil
}

func outOfRange(what string, d calendar.Date, cal *calendar.Calendar) error {
	at := "falls after " + cal.Last().String()
	if !d.IsZero() && d.Before(cal.First()) {
		at = d.String() + " is before " + cal.First().String()
	} else if !d.IsZero() {
		at = d.String() + " is after " + cal.Last().String()
	}
	return fmt.Errorf("deadline: %w: %s: %s; the calendar covers %s to %s (extend it with calendar.(*Calendar).With and WithCalendar)",
		ErrOutOfRange, what, at, cal.First(), cal.Last())
}

// Compute computes the term t running from event under the Civil Code's
// rules and explains every step:
//
//   - the term starts the day after the event (ГК РФ ст. 191);
//   - a term in days ends on its N-th day; in weeks, months and years on the
//     corresponding day of the last week, month or year, or on the last day
//     of a month that has no such number (ст. 192);
//   - a term in working days ends on the N-th working day of the production
//     calendar after the event; an ОСАГО term on the N-th day after it that
//     is not a нерабочий праздничный день;
//   - when the last day is not a working day, the term ends on the next
//     working day (ст. 193), unless NoShift;
//   - performance is on time until 24:00 of that day (ст. 194 п. 1).
//
// It returns ErrInvalidTerm for a bad term or a missing event and
// ErrOutOfRange when the event or the end lies outside the calendar.
func Compute(event calendar.Date, t Term, opts ...Option) (Result, error) {
	cfg := resolve(opts)
	if cfg.overrideBy != byLaw {
		t = cfg.override
	}
	cal := cfg.view()
	s, err := arithmetic(event, t, cal, cfg.noShift)
	if err != nil {
		return Result{}, err
	}
	r := Result{
		Event:          event,
		Term:           s.term,
		Start:          s.start,
		End:            s.end,
		Due:            s.due,
		Provisional:    cal.IsProvisional(s.due),
		SetByConsumer:  cfg.overrideBy == byConsumer,
		SetByAgreement: cfg.overrideBy == byAgreement,
		Place:          cfg.place,
	}
	r.Steps = explain(&r, cal, &cfg)
	return r, nil
}

// OnDate computes a term set by a calendar date (ГК РФ ст. 190) — the
// delivery date of a contract (ЗоЗПП ст. 23.1 п. 1), the completion date of a
// work (ст. 27): the date is the last day, moved to the next working day when
// it is not one (ст. 193) unless NoShift. The Result has no Event, Start or
// Term.
func OnDate(date calendar.Date, opts ...Option) (Result, error) {
	cfg := resolve(opts)
	cal := cfg.view()
	if date.IsZero() {
		return Result{}, fmt.Errorf("deadline: %w: no date; give the date the contract sets", ErrInvalidTerm)
	}
	if !cal.Covers(date) {
		return Result{}, outOfRange("the date", date, cal)
	}
	r := Result{End: date, Due: date, Place: cfg.place}
	if !cfg.noShift {
		if r.Due = cal.NextWorkday(date); r.Due.IsZero() {
			return Result{}, outOfRange("the next working day after "+date.String(), r.Due, cal)
		}
	}
	r.Provisional = cal.IsProvisional(r.Due)
	r.Steps = explain(&r, cal, &cfg)
	return r, nil
}
