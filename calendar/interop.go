package calendar

import (
	"time"

	"github.com/rickar/cal/v2"
)

// BusinessCalendar returns a new github.com/rickar/cal/v2 BusinessCalendar
// that agrees with c on every covered day, for code that already works with
// that library. Its holidays are the нерабочие праздничные дни of c (so its
// IsHoliday reports them) and its WorkdayFunc carries the transfers and
// non-working days. Outside the covered range it falls back to Monday–Friday
// minus the statutory holidays, because rickar/cal's loops need some working
// day to exist; check Covers when that matters.
//
// The returned value belongs to the caller; it is not shared.
func (c *Calendar) BusinessCalendar() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.Name = "ru-zozpp"
	bc.Description = c.Name()
	bc.WorkdayFunc = func(t time.Time) bool {
		d := DateOf(t)
		if c.Covers(d) {
			return c.IsWorkday(d)
		}
		wd := d.Weekday()
		return wd != time.Saturday && wd != time.Sunday
	}
	for _, s := range c.t.def.Holidays {
		for _, day := range s.Days {
			bc.AddHoliday(&cal.Holiday{
				Name:        s.Name,
				Description: s.Basis,
				Type:        cal.ObservancePublic,
				StartYear:   s.From,
				EndYear:     s.To,
				Month:       s.Month,
				Day:         day,
				Func:        cal.CalcDayOfMonth,
			})
		}
	}
	for _, a := range c.t.def.Acts {
		for _, h := range a.Holidays {
			bc.AddHoliday(&cal.Holiday{
				Name:        h.Name,
				Description: a.Citation,
				Type:        cal.ObservancePublic,
				StartYear:   h.Date.Year(),
				EndYear:     h.Date.Year(),
				Month:       h.Date.Month(),
				Day:         h.Date.Day(),
				Func:        cal.CalcDayOfMonth,
			})
		}
	}
	return bc
}
