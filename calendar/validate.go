package calendar

import (
	"fmt"
	"time"
)

// validate checks what can be checked of def without deriving its days.
func validate(def *Definition) error {
	switch {
	case def.FirstYear < minYear || def.FirstYear >= maxYear:
		return invalid("first_year", "%d; accepted: a year 1–9998", def.FirstYear)
	case def.LastYear < def.FirstYear || def.LastYear >= maxYear:
		return invalid("last_year", "%d; accepted: a year from first_year (%d) to 9998", def.LastYear, def.FirstYear)
	case def.LastYear-def.FirstYear >= maxSpanYears:
		return invalid("last_year", "%d: a calendar covers at most %d years from first_year %d", def.LastYear, maxSpanYears, def.FirstYear)
	case def.WorkdayBasis == "" || def.WeekendBasis == "" || def.ShortenedBasis == "":
		return invalid("workday_basis, weekend_basis, shortened_basis", "all three must cite their rule")
	}
	for i, r := range def.WeekendShift {
		path := fmt.Sprintf("weekend_shift[%d]", i)
		if err := checkYears(path, r.From, r.To, r.Basis); err != nil {
			return err
		}
	}
	for i, s := range def.Holidays {
		path := fmt.Sprintf("holidays[%d]", i)
		if err := checkYears(path, s.From, s.To, s.Basis); err != nil {
			return err
		}
		if s.Name == "" {
			return invalid(path+".name", "empty; every holiday has a name")
		}
		if s.Month < time.January || s.Month > time.December {
			return invalid(path+".month", "%d; accepted: 1–12", s.Month)
		}
		if len(s.Days) == 0 {
			return invalid(path+".days", "empty; list the days of the month")
		}
		for j, d := range s.Days {
			// 29 February does not recur every year; a statute cannot list it.
			if d < 1 || d > daysIn(2001, s.Month) {
				return invalid(fmt.Sprintf("%s.days[%d]", path, j), "%d; accepted: 1–%d for %s", d, daysIn(2001, s.Month), s.Month)
			}
		}
	}
	first := NewDate(def.FirstYear, time.January, 1)
	last := NewDate(def.LastYear, time.December, 31)
	inRange := func(path string, d Date) error {
		if d.IsZero() {
			return invalid(path, "missing; accepted: a date YYYY-MM-DD")
		}
		if d.Before(first) || d.After(last) {
			return invalid(path, "%s is outside the calendar's years %d–%d", d, def.FirstYear, def.LastYear)
		}
		return nil
	}
	for i, a := range def.Acts {
		path := fmt.Sprintf("acts[%d]", i)
		if a.Year < def.FirstYear || a.Year > def.LastYear {
			return invalid(path+".year", "%d is outside the calendar's years %d–%d", a.Year, def.FirstYear, def.LastYear)
		}
		if a.Citation == "" {
			return invalid(path+".citation", "empty; every act is cited (it becomes the Basis of its days)")
		}
		for j, t := range a.Transfers {
			p := fmt.Sprintf("%s.transfers[%d]", path, j)
			if err := inRange(p+".from", t.From); err != nil {
				return err
			}
			if err := inRange(p+".to", t.To); err != nil {
				return err
			}
		}
		for j, s := range a.NonWorking {
			p := fmt.Sprintf("%s.non_working[%d]", path, j)
			if err := inRange(p+".from", s.From); err != nil {
				return err
			}
			if err := inRange(p+".to", s.To); err != nil {
				return err
			}
			if s.To.Before(s.From) {
				return invalid(p, "to %s is before from %s", s.To, s.From)
			}
		}
		for j, h := range a.Holidays {
			p := fmt.Sprintf("%s.holidays[%d]", path, j)
			if err := inRange(p+".date", h.Date); err != nil {
				return err
			}
			if h.Name == "" {
				return invalid(p+".name", "empty; every holiday has a name")
			}
		}
		for j, s := range a.Shortened {
			if err := inRange(fmt.Sprintf("%s.shortened[%d].date", path, j), s.Date); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkYears(path string, from, to int, basis string) error {
	if from < minYear || from > maxYear {
		return invalid(path+".from", "%d; accepted: a year 1–9999", from)
	}
	if to != 0 && to < from {
		return invalid(path+".to", "%d is before from %d; use 0 for still in force", to, from)
	}
	if basis == "" {
		return invalid(path+".basis", "empty; every rule cites its article")
	}
	return nil
}
