package calendar

import (
	"fmt"
	"time"
)

// Calendar is a production calendar over a covered range of years. It is
// immutable once built and safe for concurrent use; changes (a newer decree,
// a regional holiday) produce a new Calendar with With.
//
// All lookups and working-day arithmetic take constant time and allocate
// nothing: the days are derived once into per-day tables with prefix counts.
// Outside the covered range nothing is guessed: Day reports Kind Unknown,
// IsWorkday reports false and date results are the zero Date. A Calendar
// not built by Russia, New or Load (a zero Calendar, or a nil pointer)
// covers nothing and answers the same way.
type Calendar struct {
	t        *table
	workMask uint8   // kinds that count as working days in this view
	work     counter // working days of this view
	civil    bool    // the CivilView
	other    *Calendar
}

// newCalendar builds the production-calendar view of t and its civil-law
// view in which special non-working days count as working days.
func newCalendar(t *table) *Calendar {
	prod := &Calendar{t: t, workMask: Workday.mask() | WorkingWeekend.mask()}
	prod.work = newCounter(t.kinds, prod.workMask)
	civil := &Calendar{t: t, workMask: prod.workMask | NonWorking.mask(), civil: true}
	civil.work = newCounter(t.kinds, civil.workMask)
	prod.other, civil.other = civil, prod
	return prod
}

// New builds a calendar from a Definition, checking it first. The
// definition is copied; later changes to it do not affect the calendar.
func New(def Definition) (*Calendar, error) {
	t, err := build(&def)
	if err != nil {
		return nil, err
	}
	return newCalendar(t), nil
}

// With returns a new calendar with the given acts added: next year's
// transfer decree, a regional law's holiday. The covered range grows to
// include the acts' years. c itself does not change.
func (c *Calendar) With(acts ...Act) (*Calendar, error) {
	if !c.built() {
		return nil, fmt.Errorf("calendar: %w: With on a calendar that was not built; start from Russia, New or Load", ErrInvalidCalendar)
	}
	def := c.Definition()
	for _, a := range acts {
		def.LastYear = max(def.LastYear, a.Year)
	}
	def.Acts = append(def.Acts, acts...)
	nc, err := New(def)
	if err != nil {
		return nil, err
	}
	if c.civil {
		return nc.other, nil
	}
	return nc, nil
}

// built reports whether c came from Russia, New or Load.
func (c *Calendar) built() bool { return c != nil && c.t != nil }

// Definition returns a copy of the law c was derived from (the zero
// Definition for a calendar that was not built).
func (c *Calendar) Definition() Definition {
	if !c.built() {
		return Definition{}
	}
	return cloneDefinition(&c.t.def)
}

// Name describes the calendar.
func (c *Calendar) Name() string {
	if !c.built() {
		return ""
	}
	return c.t.def.Name
}

// CivilView returns the view of c used for civil-law terms: the special
// non-working days declared by Presidential decrees in 2020–2021 count as
// working days, because they «не могут считаться нерабочими днями в смысле,
// придаваемом этому понятию ГК РФ» and do not move the end of a term under
// ГК РФ ст. 193 (ВС РФ, Обзор № 1 от 21.04.2020, ответ на вопрос 5; ответ
// Президиума ВС РФ от 26.10.2021 for November 2021). Day still reports their
// Kind as NonWorking. Both views are built together; this is free.
func (c *Calendar) CivilView() *Calendar {
	if !c.built() || c.civil {
		return c
	}
	return c.other
}

// ProductionView returns the view of c in which special non-working days
// are days off, as in the production calendar; it undoes CivilView.
func (c *Calendar) ProductionView() *Calendar {
	if !c.built() || !c.civil {
		return c
	}
	return c.other
}

// IsCivilView reports whether c is the view returned by CivilView.
func (c *Calendar) IsCivilView() bool { return c.built() && c.civil }

// index returns d's offset in the tables.
func (c *Calendar) index(d Date) (int, bool) {
	if c == nil || c.t == nil {
		return 0, false
	}
	i := int(d.n) - int(c.t.first.n)
	return i, d.n != 0 && i >= 0 && i < len(c.t.kinds)
}

func (c *Calendar) date(i int) Date { return Date{n: c.t.first.n + int32(i)} }

// First returns the first day of the covered range (the zero Date for a
// calendar that was not built).
func (c *Calendar) First() Date {
	if !c.built() {
		return Date{}
	}
	return c.t.first
}

// Last returns the last day of the covered range (the zero Date for a
// calendar that was not built).
func (c *Calendar) Last() Date {
	if !c.built() {
		return Date{}
	}
	return c.date(len(c.t.kinds) - 1)
}

// Covers reports whether d is inside the covered range.
func (c *Calendar) Covers(d Date) bool { _, ok := c.index(d); return ok }

// OfficialThrough returns the last year whose yearly transfer decree is in
// the data. Later covered years are Provisional.
func (c *Calendar) OfficialThrough() int {
	if !c.built() {
		return 0
	}
	return c.t.officialThrough
}

// Day returns what the calendar knows about d: its kind, whether it is
// shortened, its name and the act it comes from. Outside the covered range
// Kind is Unknown.
func (c *Calendar) Day(d Date) Day {
	i, ok := c.index(d)
	if !ok {
		return Day{Date: d, Kind: Unknown}
	}
	name := &c.t.namePairs[c.t.names[i]]
	return Day{
		Date:        d,
		Kind:        c.t.kinds[i],
		Shortened:   c.t.shortened[i],
		Provisional: d.Year() > c.t.officialThrough,
		Name:        name[0],
		NameEN:      name[1],
		Basis:       c.t.refs[c.t.bases[i]],
	}
}

// Kind returns the kind of d, Unknown outside the covered range: Day
// without the name and citation, for hot paths.
func (c *Calendar) Kind(d Date) Kind {
	i, ok := c.index(d)
	if !ok {
		return Unknown
	}
	return c.t.kinds[i]
}

// IsProvisional reports whether d lies in a covered year that no yearly
// decree in the data governs yet.
func (c *Calendar) IsProvisional(d Date) bool {
	return c.Covers(d) && d.Year() > c.t.officialThrough
}

// IsWorkday reports whether d is a working day: a Workday or a
// WorkingWeekend (and, in the CivilView, a NonWorking day).
// It reports false outside the covered range.
func (c *Calendar) IsWorkday(d Date) bool {
	i, ok := c.index(d)
	return ok && c.workMask&c.t.kinds[i].mask() != 0
}

// IsHoliday reports whether d is a нерабочий праздничный день (ТК РФ
// ст. 112), also when it falls on a weekend — not a weekend, not a
// transferred day off. ОСАГО terms skip exactly these days.
func (c *Calendar) IsHoliday(d Date) bool {
	i, ok := c.index(d)
	return ok && c.t.kinds[i] == Holiday
}

// NextWorkday returns d itself when it is a working day, else the first
// working day after it. It returns the zero Date when d or the result is
// outside the covered range.
func (c *Calendar) NextWorkday(d Date) Date {
	i, ok := c.index(d)
	if !ok {
		return Date{}
	}
	j, ok := c.work.next(i)
	if !ok {
		return Date{}
	}
	return c.date(j)
}

// AddWorkdays returns the n-th working day after d for n > 0, the |n|-th
// working day before d for n < 0, and d itself for n == 0; d need not be a
// working day. It returns the zero Date when d or the result is outside the
// covered range.
func (c *Calendar) AddWorkdays(d Date, n int) Date {
	if !c.built() {
		return Date{}
	}
	return c.addOn(&c.work, d, n)
}

// addOn returns the n-th day marked by k after d (before d for n < 0).
func (c *Calendar) addOn(k *counter, d Date, n int) Date {
	i, ok := c.index(d)
	if !ok {
		return Date{}
	}
	if n == 0 {
		return d
	}
	j, ok := k.add(i, n)
	if !ok {
		return Date{}
	}
	return c.date(j)
}

// Workdays returns the number of working days in [from, to], both
// inclusive; 0 when to is before from. Days outside the covered range are
// not counted (check Covers when that matters).
func (c *Calendar) Workdays(from, to Date) int {
	i, j, ok := c.clip(from, to)
	if !ok {
		return 0
	}
	return c.work.count(i, j)
}

// AddDaysExceptHolidays returns the n-th day after d (n > 0) counting every
// calendar day except нерабочие праздничные дни of ТК РФ ст. 112: weekends
// and transferred days off count. This is the ОСАГО term "календарных дней,
// за исключением нерабочих праздничных дней" (ФЗ № 40-ФЗ ст. 12 п. 21). For
// n < 0 it counts backwards; n == 0 gives d. Outside the covered range it
// returns the zero Date.
func (c *Calendar) AddDaysExceptHolidays(d Date, n int) Date {
	if !c.built() {
		return Date{}
	}
	return c.addOn(&c.t.nonHoliday, d, n)
}

// DaysExceptHolidays returns the number of days in [from, to] that are not
// нерабочие праздничные дни; 0 when to is before from. Days outside the
// covered range are not counted.
func (c *Calendar) DaysExceptHolidays(from, to Date) int {
	i, j, ok := c.clip(from, to)
	if !ok {
		return 0
	}
	return c.t.nonHoliday.count(i, j)
}

// clip returns the offsets of [from, to] cut to the covered range.
func (c *Calendar) clip(from, to Date) (int, int, bool) {
	if !c.built() || from.IsZero() || to.IsZero() || to.Before(from) {
		return 0, 0, false
	}
	i := max(int(from.n)-int(c.t.first.n), 0)
	j := min(int(to.n)-int(c.t.first.n), len(c.t.kinds)-1)
	return i, j, i <= j
}

// Days returns the days of a covered year, 1 January first; nil outside
// the covered range. It allocates; use it for listings, not in loops.
func (c *Calendar) Days(year int) []Day {
	first := NewDate(year, time.January, 1)
	if !c.Covers(first) {
		return nil
	}
	days := make([]Day, 0, DaysInYear(year))
	for d := first; d.Year() == year; d = d.AddDays(1) {
		days = append(days, c.Day(d))
	}
	return days
}
