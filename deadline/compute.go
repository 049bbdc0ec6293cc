package deadline

import (
	"fmt"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// span is the arithmetic of one term, without the facts an explanation
// adds.
type span struct {
	term       Term
	start, end calendar.Date
	due        calendar.Date
	shift      Shift
}

// Due returns only the due date of Compute: the last day on which
// performance is on time. It is the fast path for batch work: no
// explanation and, without options, no allocation.
func Due(event calendar.Date, t Term, opts ...Option) (calendar.Date, error) {
	if len(opts) == 0 {
		s, err := arithmetic(event, t, defaultView(), shiftForward)
		return s.due, err
	}
	cfg := resolve(opts)
	s, _, err := run(event, t, &cfg)
	return s.due, err
}

// Compute computes the term t running from event under the Civil Code's
// rules (ГК РФ ст. 190–194, see the package doc) and returns the result with
// every fact its explanation rests on: the last day's kind and the act that
// made it so, how ст. 193 moved it, who set the term, the statutory limit.
// [Result.Steps] turns those facts into the coded steps of the reasoning and
// [Result.Text] into Russian or English; nothing is rendered here.
//
// It returns ErrInvalidTerm for a bad term or a missing event (ErrNoTerm
// when no term was given at all, ErrTermTooLong when an agreed term exceeds
// NotLongerThan) and ErrOutOfRange when the event or the end lies outside
// the calendar.
func Compute(event calendar.Date, t Term, opts ...Option) (Result, error) {
	cfg := resolve(opts)
	s, limit, err := run(event, t, &cfg)
	if err != nil {
		return Result{}, err
	}
	cal := cfg.view()
	return Result{
		Event:       event,
		Term:        s.term,
		SetBy:       cfg.setBy,
		Start:       s.start,
		End:         s.end,
		Due:         s.due,
		Shift:       s.shift,
		EndDay:      cal.Day(s.end),
		Limit:       limit,
		Provisional: cal.IsProvisional(s.due),
		Tax:         cfg.tax,
		Place:       cfg.place,
	}, nil
}

// run applies the options' term and limit, then the arithmetic.
func run(event calendar.Date, t Term, cfg *config) (span, Limit, error) {
	if cfg.err != nil {
		return span{}, Limit{}, cfg.err
	}
	if cfg.setBy != ByLaw {
		t = cfg.override
	}
	cal := cfg.view()
	s, err := arithmetic(event, t, cal, cfg.shift)
	if err != nil || cfg.limit == nil {
		return s, Limit{}, err
	}
	max, err := arithmetic(event, cfg.limit.Term, cal, shiftNone)
	if err != nil {
		return span{}, Limit{}, err
	}
	limit := *cfg.limit
	limit.End = max.end
	if s.end.After(max.end) {
		return span{}, Limit{}, fmt.Errorf("deadline: %w: %s from %s ends on %s, after the maximum of %s (%s), which ends on %s",
			ErrTermTooLong, t, event, s.end, limit.Term, limit.Basis.Text(law.Russian), max.end)
	}
	return s, limit, nil
}

// arithmetic applies ГК РФ ст. 191–193 to a term on cal.
func arithmetic(event calendar.Date, t Term, cal *calendar.Calendar, mode shiftMode) (span, error) {
	if t.IsZero() {
		return span{}, fmt.Errorf("deadline: %w: the term is empty and no consumer's or agreed term was given", ErrNoTerm)
	}
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
	return s, s.shiftEnd(cal, mode)
}

// shiftEnd sets due from end: ст. 193 moves a non-working last day to the
// next working day; ShiftBack to the one before; NoShift leaves it.
func (s *span) shiftEnd(cal *calendar.Calendar, mode shiftMode) error {
	s.due = s.end
	switch k := cal.Kind(s.end); {
	case mode == shiftNone:
		s.shift = ShiftOff
		return nil
	case k == calendar.Workday || k == calendar.WorkingWeekend:
		s.shift = ShiftNotNeeded
		return nil
	case k == calendar.NonWorking && cal.IsCivilView():
		s.shift = ShiftSpecialDay
		return nil
	case mode == shiftBack:
		s.shift = ShiftBackward
		s.due = cal.AddWorkdays(s.end, -1)
	default:
		s.shift = ShiftForward
		s.due = cal.NextWorkday(s.end)
	}
	if s.due.IsZero() {
		return outOfRange("the working day next to "+s.end.String(), s.due, cal)
	}
	return nil
}

func outOfRange(what string, d calendar.Date, cal *calendar.Calendar) error {
	if cal.First().IsZero() {
		return fmt.Errorf("deadline: %w: %s: the calendar covers no days (it was not built from the law; use the federal calendar or one loaded from a definition)", ErrOutOfRange, what)
	}
	at := "falls after " + cal.Last().String()
	if !d.IsZero() && d.Before(cal.First()) {
		at = d.String() + " is before " + cal.First().String()
	} else if !d.IsZero() {
		at = d.String() + " is after " + cal.Last().String()
	}
	return fmt.Errorf("deadline: %w: %s: %s; the calendar covers %s to %s (a later year needs a calendar with its transfer decree)",
		ErrOutOfRange, what, at, cal.First(), cal.Last())
}

// OnDate computes a term set by a calendar date (ГК РФ ст. 190) — the
// delivery date of a contract (ЗоЗПП ст. 23.1 п. 1), the completion date of a
// work (ст. 27), a payday: the date is the last day, moved to the next
// working day when it is not one (ст. 193) — or to the one before with
// ShiftBack (ТК РФ ст. 136 ч. 8) — unless NoShift. The Result has no
// Event, Start or Term.
func OnDate(date calendar.Date, opts ...Option) (Result, error) {
	cfg := resolve(opts)
	if cfg.err != nil {
		return Result{}, cfg.err
	}
	cal := cfg.view()
	if date.IsZero() {
		return Result{}, fmt.Errorf("deadline: %w: no date; give the date the contract sets", ErrInvalidTerm)
	}
	if !cal.Covers(date) {
		return Result{}, outOfRange("the date", date, cal)
	}
	s := span{end: date}
	if err := s.shiftEnd(cal, cfg.shift); err != nil {
		return Result{}, err
	}
	return Result{
		End:         date,
		Due:         s.due,
		Shift:       s.shift,
		EndDay:      cal.Day(date),
		Provisional: cal.IsProvisional(s.due),
		Tax:         cfg.tax,
		Place:       cfg.place,
	}, nil
}
