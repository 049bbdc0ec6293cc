package calendar

import (
	"errors"
	"fmt"
	"time"
)

// ErrInvalidCalendar is returned, wrapped, when a Definition (or a JSON
// document given to Load) is malformed or contradicts itself; the message
// names the field.
var ErrInvalidCalendar = errors.New("invalid calendar")

// maxSpanYears bounds a calendar's range so that a hostile document cannot
// make Load allocate without limit.
const maxSpanYears = 200

func invalid(path, format string, args ...any) error {
	return fmt.Errorf("calendar: %w: %s: %s", ErrInvalidCalendar, path, fmt.Sprintf(format, args...))
}

// draft is one day while the calendar is being derived.
type draft struct {
	kind      Kind
	shortened bool
	name      string
	basis     string
	// owedTo is where the day off owed for a weekend holiday was moved by a
	// decree (suppresses the automatic weekend shift).
	owedTo Date
}

// deriver derives the days of a Definition, year by year, in the order the
// law applies: weekly rest days, holidays, the weekend shift, decrees,
// Presidential non-working days, then the pre-holiday shortening.
type deriver struct {
	def   *Definition
	first Date
	days  []draft
}

// build validates def and derives its day table. The table covers one year
// more than def.LastYear internally so that 31 December of the last year can
// see the holiday of 1 January; the caller truncates it.
func build(def *Definition) (*table, error) {
	if err := validate(def); err != nil {
		return nil, err
	}
	first := NewDate(def.FirstYear, time.January, 1)
	end := NewDate(def.LastYear+1, time.December, 31)
	dr := &deriver{def: def, first: first, days: make([]draft, end.Sub(first)+1)}
	dr.restDays()
	dr.holidays()
	if err := dr.decreeHolidays(); err != nil {
		return nil, err
	}
	if err := dr.owedDaysOff(); err != nil {
		return nil, err
	}
	dr.weekendShift()
	if err := dr.transfers(); err != nil {
		return nil, err
	}
	dr.nonWorking()
	if err := dr.shortening(); err != nil {
		return nil, err
	}
	last := NewDate(def.LastYear, time.December, 31)
	return newTable(def, first, dr.days[:last.Sub(first)+1]), nil
}

func (dr *deriver) at(d Date) *draft { return &dr.days[d.Sub(dr.first)] }

func (dr *deriver) inRange(d Date) bool {
	return !d.IsZero() && !d.Before(dr.first) && d.Sub(dr.first) < len(dr.days)
}

// restDays marks Saturdays and Sundays (ТК РФ ст. 111) and the weekdays.
func (dr *deriver) restDays() {
	for i := range dr.days {
		d := dr.first.AddDays(i)
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			dr.days[i] = draft{kind: Weekend, basis: dr.def.WeekendBasis}
		} else {
			dr.days[i] = draft{kind: Workday, basis: dr.def.WorkdayBasis}
		}
	}
}

// holidays marks the statutory holidays of each year (ТК РФ ст. 112 ч. 1).
func (dr *deriver) holidays() {
	for _, s := range dr.def.Holidays {
		for y := max(s.From, dr.first.Year()); y <= dr.def.LastYear+1 && (s.To == 0 || y <= s.To); y++ {
			for _, day := range s.Days {
				*dr.at(NewDate(y, s.Month, day)) = draft{kind: Holiday, name: s.Name, basis: s.Basis}
			}
		}
	}
}

// decreeHolidays marks the holidays that acts add on given dates.
func (dr *deriver) decreeHolidays() error {
	for i, a := range dr.def.Acts {
		for j, h := range a.Holidays {
			p := dr.at(h.Date)
			if p.kind == Holiday {
				return invalid(fmt.Sprintf("acts[%d].holidays[%d].date", i, j), "%s is already a holiday (%s)", h.Date, p.name)
			}
			*p = draft{kind: Holiday, name: h.Name, basis: a.Citation}
		}
	}
	return nil
}

// owedDaysOff records the decrees that move the day off owed for a weekend
// holiday elsewhere, so that the weekend shift does not also move it.
func (dr *deriver) owedDaysOff() error {
	for i, a := range dr.def.Acts {
		for j, t := range a.Transfers {
			p := dr.at(t.From)
			if p.kind != Holiday {
				continue
			}
			path := fmt.Sprintf("acts[%d].transfers[%d].from", i, j)
			if wd := t.From.Weekday(); wd != time.Saturday && wd != time.Sunday {
				return invalid(path, "%s is a holiday on a %s; only a holiday falling on a Saturday or Sunday owes a day off to transfer", t.From, wd)
			}
			if !p.owedTo.IsZero() {
				return invalid(path, "the day off owed for %s is already transferred to %s", t.From, p.owedTo)
			}
			p.owedTo = t.To
		}
	}
	return nil
}

// weekendShift moves each weekend that coincides with a holiday to the next
// working day after the holiday (ТК РФ ст. 112 ч. 2; КЗоТ РСФСР ст. 65
// before 2002), unless the holiday is exempt or a decree moved its day off.
func (dr *deriver) weekendShift() {
	exempt := make(map[Date]bool)
	for _, s := range dr.def.Holidays {
		if !s.NoWeekendShift {
			continue
		}
		for y := max(s.From, dr.first.Year()); y <= dr.def.LastYear+1 && (s.To == 0 || y <= s.To); y++ {
			for _, day := range s.Days {
				exempt[NewDate(y, s.Month, day)] = true
			}
		}
	}
	for i := range dr.days {
		h := dr.first.AddDays(i)
		p := &dr.days[i]
		wd := h.Weekday()
		if p.kind != Holiday || (wd != time.Saturday && wd != time.Sunday) || exempt[h] || !p.owedTo.IsZero() {
			continue
		}
		rule, ok := dr.shiftRule(h.Year())
		if !ok {
			continue
		}
		for j := i + 1; j < len(dr.days); j++ {
			if dr.days[j].kind == Workday {
				dr.days[j] = draft{
					kind:  DayOff,
					name:  fmt.Sprintf("перенос выходного дня с %s (%s совпало с праздником «%s»)", h.Russian(), RussianWeekday(wd), p.name),
					basis: rule.Basis,
				}
				break
			}
		}
	}
}

func (dr *deriver) shiftRule(year int) (ShiftRule, bool) {
	for _, r := range dr.def.WeekendShift {
		if year >= r.From && (r.To == 0 || year <= r.To) {
			return r, true
		}
	}
	return ShiftRule{}, false
}

// transfers applies the decrees' transfers of days off (ТК РФ ст. 112 ч. 5).
func (dr *deriver) transfers() error {
	for i, a := range dr.def.Acts {
		for j, t := range a.Transfers {
			path := fmt.Sprintf("acts[%d].transfers[%d]", i, j)
			from, to := dr.at(t.From), dr.at(t.To)
			if wd := t.To.Weekday(); to.kind != Workday {
				return invalid(path+".to", "%s (%s) is already a %s; a transfer moves a day off to a Monday–Friday working day", t.To, wd, to.kind)
			}
			note := ""
			if t.Note != "" {
				note = " (" + t.Note + ")"
			}
			switch from.kind {
			case Holiday:
				// The owed day off was recorded by owedDaysOff; the holiday stays.
			case Weekend:
				*from = draft{kind: WorkingWeekend, name: "рабочий день: выходной перенесён на " + t.To.Russian() + note, basis: a.Citation}
			case DayOff:
				*from = draft{kind: Workday, name: "рабочий день: выходной перенесён на " + t.To.Russian() + note, basis: a.Citation}
			default:
				return invalid(path+".from", "%s (%s) is a %s; a transfer moves a day off from a weekend, a weekend holiday or a shifted day off", t.From, t.From.Weekday(), from.kind)
			}
			*to = draft{kind: DayOff, name: "перенос выходного дня с " + t.From.Russian() + note, basis: a.Citation}
		}
	}
	return nil
}

// nonWorking marks the working days inside the Presidential decrees' periods.
func (dr *deriver) nonWorking() {
	for _, a := range dr.def.Acts {
		for _, s := range a.NonWorking {
			for d := s.From; !d.After(s.To); d = d.AddDays(1) {
				if p := dr.at(d); p.kind == Workday {
					*p = draft{kind: NonWorking, name: "нерабочий день с сохранением заработной платы", basis: a.Citation}
				}
			}
		}
	}
}

// shortening marks the working day right before a holiday (ТК РФ ст. 95
// ч. 1), the weekend day worked in exchange for such a day (it inherits the
// shortening, as Mintrud and every production calendar apply it), and the
// days the acts shorten explicitly.
func (dr *deriver) shortening() error {
	for i := 0; i+1 < len(dr.days); i++ {
		if k := dr.days[i].kind; (k == Workday || k == WorkingWeekend) && dr.days[i+1].kind == Holiday {
			dr.days[i].shortened = true
		}
	}
	for _, a := range dr.def.Acts {
		for _, t := range a.Transfers {
			if dr.at(t.From).kind == WorkingWeekend && dr.inRange(t.To.AddDays(1)) && dr.at(t.To.AddDays(1)).kind == Holiday {
				dr.at(t.From).shortened = true
			}
		}
	}
	for i, a := range dr.def.Acts {
		for j, s := range a.Shortened {
			p := dr.at(s.Date)
			if p.kind != Workday && p.kind != WorkingWeekend {
				return invalid(fmt.Sprintf("acts[%d].shortened[%d].date", i, j), "%s is a %s; only a working day can be shortened", s.Date, p.kind)
			}
			p.shortened = true
			if p.name == "" {
				p.name = s.Name
			}
			p.basis = a.Citation
		}
	}
	for i := range dr.days {
		if p := &dr.days[i]; p.shortened && p.kind == Workday && p.basis == dr.def.WorkdayBasis {
			p.name, p.basis = "предпраздничный день, сокращён на один час", dr.def.ShortenedBasis
		}
	}
	return nil
}
