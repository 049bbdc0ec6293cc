package calendar

import (
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

// maxSpanYears bounds a calendar's range so that a hostile document cannot
// make Load allocate without limit.
const maxSpanYears = 200

// deriver derives the days of a Definition, year by year, in the order the
// law applies: weekly rest days, holidays, the weekend shift, decrees,
// Presidential non-working days, then the pre-holiday shortening.
type deriver struct {
	def   *Definition
	refs  *citations
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
	refs := parseCitations(def)
	first := NewDate(def.FirstYear, time.January, 1)
	end := NewDate(def.LastYear+1, time.December, 31)
	dr := &deriver{def: def, refs: refs, first: first, days: make([]draft, end.Sub(first)+1)}
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
			dr.days[i] = draft{kind: Weekend, basis: dr.refs.weekend}
		} else {
			dr.days[i] = draft{kind: Workday, basis: dr.refs.workday}
		}
	}
}

// holidays marks the statutory holidays of each year (ТК РФ ст. 112 ч. 1).
func (dr *deriver) holidays() {
	for i, s := range dr.def.Holidays {
		for y := max(s.From, dr.first.Year()); y <= dr.def.LastYear+1 && s.inForce(y); y++ {
			for _, day := range s.Days {
				*dr.at(NewDate(y, s.Month, day)) = draft{kind: Holiday, name: s.Name, nameEN: s.NameEN, basis: dr.refs.holidays[i]}
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
			*p = draft{kind: Holiday, name: h.Name, nameEN: h.NameEN, basis: dr.refs.acts[i]}
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
		for y := max(s.From, dr.first.Year()); y <= dr.def.LastYear+1 && s.inForce(y); y++ {
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
		holiday := p.name
		if p.nameEN != "" {
			holiday = p.nameEN
		}
		for j := i + 1; j < len(dr.days); j++ {
			if dr.days[j].kind == Workday {
				dr.days[j] = draft{
					kind: DayOff,
					name: fmt.Sprintf("перенос выходного дня с %s (%s совпало с праздником «%s»)",
						h.Russian(), WeekdayText(wd, law.Russian), p.name),
					nameEN: fmt.Sprintf("day off moved from %s, a %s that coincided with the holiday “%s”",
						h.Text(law.English), WeekdayText(wd, law.English), holiday),
					basis: dr.refs.shifts[rule],
				}
				break
			}
		}
	}
}

// shiftRule returns the index of the weekend-shift rule in force in year.
func (dr *deriver) shiftRule(year int) (int, bool) {
	for i, r := range dr.def.WeekendShift {
		if year >= r.From && (r.To == 0 || year <= r.To) {
			return i, true
		}
	}
	return 0, false
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
			note, noteEN := "", ""
			if t.Note != "" {
				note, noteEN = " ("+t.Note+")", " ("+t.Note+")"
				if t.NoteEN != "" {
					noteEN = " (" + t.NoteEN + ")"
				}
			}
			worked := draft{
				name:   "рабочий день: выходной перенесён на " + t.To.Russian() + note,
				nameEN: "working day: the day off moved to " + t.To.Text(law.English) + noteEN,
				basis:  dr.refs.acts[i],
			}
			switch from.kind {
			case Holiday:
				// The owed day off was recorded by owedDaysOff; the holiday stays.
			case Weekend:
				worked.kind = WorkingWeekend
				*from = worked
			case DayOff:
				worked.kind = Workday
				*from = worked
			default:
				return invalid(path+".from", "%s (%s) is a %s; a transfer moves a day off from a weekend, a weekend holiday or a shifted day off", t.From, t.From.Weekday(), from.kind)
			}
			*to = draft{
				kind:   DayOff,
				name:   "перенос выходного дня с " + t.From.Russian() + note,
				nameEN: "day off moved from " + t.From.Text(law.English) + noteEN,
				basis:  dr.refs.acts[i],
			}
		}
	}
	return nil
}

// nonWorking marks the working days inside the Presidential decrees' periods.
func (dr *deriver) nonWorking() {
	for i, a := range dr.def.Acts {
		for _, s := range a.NonWorking {
			for d := s.From; !d.After(s.To); d = d.AddDays(1) {
				if p := dr.at(d); p.kind == Workday {
					*p = draft{kind: NonWorking, name: "нерабочий день с сохранением заработной платы",
						nameEN: "non-working day with pay retained", basis: dr.refs.acts[i]}
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
				p.name, p.nameEN = s.Name, s.NameEN
			}
			p.basis = dr.refs.acts[i]
		}
	}
	for i := range dr.days {
		if p := &dr.days[i]; p.shortened && p.kind == Workday && p.basis == dr.refs.workday {
			p.name, p.nameEN, p.basis = "предпраздничный день, сокращён на один час", "pre-holiday day, one hour shorter", dr.refs.shortened
		}
	}
	return nil
}

// citations are the Definition's references, read once by law.ParseRef.
type citations struct {
	workday, weekend, shortened law.Ref
	shifts                      []law.Ref // per WeekendShift rule
	holidays                    []law.Ref // per Holidays statute
	acts                        []law.Ref // per act
}

// parseCitations reads every basis and citation of def with
// law.ParseRef. One in another form (a regional act, an act whose number
// is unknown) is kept as text, with an act's CitationEN for English; the
// embedded federal data has only the forms ParseRef reads, which a test
// checks.
func parseCitations(def *Definition) *citations {
	cite := func(ru, en string) law.Ref {
		if r, err := law.ParseRef(ru); err == nil {
			return r
		}
		if en == "" {
			en = ru
		}
		return law.Ref{Act: law.Act{Kind: law.Text, Title: ru, TitleEN: en}}
	}
	c := &citations{
		workday:   cite(def.WorkdayBasis, ""),
		weekend:   cite(def.WeekendBasis, ""),
		shortened: cite(def.ShortenedBasis, ""),
	}
	for _, r := range def.WeekendShift {
		c.shifts = append(c.shifts, cite(r.Basis, ""))
	}
	for _, s := range def.Holidays {
		c.holidays = append(c.holidays, cite(s.Basis, ""))
	}
	for _, a := range def.Acts {
		c.acts = append(c.acts, cite(a.Citation, a.CitationEN))
	}
	return c
}
