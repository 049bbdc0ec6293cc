package deadline_test

import (
	"errors"
	"testing"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
)

// FuzzCompute: for any event in (and around) the calendar's range, any N and
// any unit, Compute never panics, returns only the documented errors, and
// its result satisfies ГК РФ ст. 191–193 and agrees with Due.
func FuzzCompute(f *testing.F) {
	f.Add(9490, 10, uint8(deadline.UnitDays), false)
	f.Add(9500, 3, uint8(deadline.UnitWorkdays), true)
	f.Add(9531, 1, uint8(deadline.UnitMonths), false)
	f.Add(0, 3650, uint8(deadline.UnitYears), false)
	f.Add(-1, 20, uint8(deadline.UnitDaysExceptHolidays), false)
	f.Add(12400, 3650, uint8(deadline.UnitWeeks), true)
	c := calendar.Russia()
	civil := c.CivilView()
	f.Fuzz(func(t *testing.T, offset, n int, unit uint8, special bool) {
		event := c.First().AddDays(offset % 15000)
		term := deadline.Term{N: n, Unit: deadline.Unit(unit)}
		var opts []deadline.Option
		view := civil
		if special {
			opts = append(opts, deadline.SpecialNonWorkingDaysOff())
			view = c
		}
		r, err := deadline.Compute(event, term, opts...)
		due, dueErr := deadline.Due(event, term, opts...)
		if (err == nil) != (dueErr == nil) {
			t.Fatalf("Compute error %v, Due error %v", err, dueErr)
		}
		if err != nil {
			if !errors.Is(err, deadline.ErrInvalidTerm) && !errors.Is(err, deadline.ErrOutOfRange) {
				t.Fatalf("undocumented error %v", err)
			}
			return
		}
		switch {
		case r.Start != event.AddDays(1):
			t.Fatalf("start %s for event %s", r.Start, event)
		case r.End.Before(r.Start):
			t.Fatalf("end %s before start %s", r.End, r.Start)
		case r.Due.Before(r.End):
			t.Fatalf("due %s before end %s", r.Due, r.End)
		case !view.IsWorkday(r.Due):
			t.Fatalf("due %s is not a working day", r.Due)
		case due != r.Due:
			t.Fatalf("Due %s, Compute %s", due, r.Due)
		case len(r.Steps()) < 3:
			t.Fatalf("only %d steps", len(r.Steps()))
		}
	})
}
