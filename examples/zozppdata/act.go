package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// yearlyAct derives the Government's transfer decree for y.Year (ТК РФ
// ст. 112 ч. 5) from a published calendar: the transfers, and the
// shortened days the statute does not explain, that turn the calendar def
// derives from the statute alone into the one y publishes. def's own
// yearly act for that year, if any, is set aside first.
//
// Publications list days, not decrees: a transfer's "to" is a weekday the
// source says is off, its "from" a weekend day the source says is worked,
// or a holiday on a weekend whose day off the source moved elsewhere.
// Where the source says which day a day off came from (xmlcalendar's f),
// that pairs them; otherwise pairTransfers pairs them by rule and a note
// says so. The act is then applied and every day of the year is compared with
// the source: the act is returned only if the two agree on every day.
// The notes are for the reviewer.
func yearlyAct(def calendar.Definition, y *publishedYear, citation, title string) (calendar.Act, []string, error) {
	base := withoutYearly(def, y.Year)
	if y.Year < base.FirstYear {
		return calendar.Act{}, nil, fmt.Errorf("%d is before the calendar's first year %d", y.Year, base.FirstYear)
	}
	statute, err := calendar.New(base)
	if err != nil {
		return calendar.Act{}, nil, fmt.Errorf("the calendar without a decree for %d: %w", y.Year, err)
	}
	shifted := weekendShiftTargets(base, statute, y.Year)
	owesShift := map[calendar.Date]bool{}
	for _, h := range shifted {
		owesShift[h] = true
	}
	var problems validationErrors
	var tos, worked, owed, unseen []calendar.Date
	for i, s := range y.Days {
		d := y.date(i)
		day := statute.Day(d)
		switch {
		case s == statusOff && day.Kind == calendar.NonWorking:
			// A day off moved onto a day a Presidential decree later made
			// non-working (05.11.2021) reads like any other such day; only
			// a source that says where a day off came from tells them apart.
			if _, ok := y.MovedFrom[d]; ok {
				tos = append(tos, d)
			} else {
				unseen = append(unseen, d)
			}
		case !s.working() && day.Kind == calendar.Workday:
			if s == statusNonWorking {
				problems.add("%s: a special non-working day the library's data lacks: add the Presidential decree by hand", d)
				continue
			}
			tos = append(tos, d)
		case s.working() && day.Kind == calendar.Weekend:
			worked = append(worked, d)
		case s.working() && day.Kind == calendar.DayOff:
			h, ok := shifted[d]
			if !ok {
				problems.add("%s: %s says %s, the statute makes it a day off (%s) and no known rule explains the change", d, y.Source, s, day.Name)
				continue
			}
			worked = append(worked, h)
		case s.working() && (day.Kind == calendar.Holiday || day.Kind == calendar.NonWorking):
			problems.add("%s: %s says %s, but it is a %s (%s): a transfer decree cannot change that", d, y.Source, s, day.Kind, day.Basis)
		}
		if day.Kind == calendar.Holiday && isWeekend(d) && !owesShift[d] {
			owed = append(owed, d)
		}
	}
	if err := problems.orNil(); err != nil {
		return calendar.Act{}, nil, err
	}
	transfers, notes, err := pairTransfers(y, tos, worked, owed)
	if err != nil {
		return calendar.Act{}, nil, err
	}
	if len(unseen) > 0 && len(y.MovedFrom) == 0 {
		notes = append(notes, fmt.Sprintf("%s shows the special non-working days %s–%s as days off and does not say where days off came from: a transfer onto one of them cannot be seen — check the decree", y.Source, unseen[0], unseen[len(unseen)-1]))
	}
	act := calendar.Act{Year: y.Year, Citation: citation, Title: title, Yearly: true, Transfers: transfers}
	derived, err := calendar.New(withAct(base, act))
	if err != nil {
		return calendar.Act{}, nil, fmt.Errorf("the derived decree does not apply: %w", err)
	}
	for i, s := range y.Days {
		if d := y.date(i); s == statusShortened && !derived.Day(d).Shortened && derived.IsWorkday(d) {
			act.Shortened = append(act.Shortened, calendar.NamedDate{Date: d, Name: "сокращённый рабочий день по данным " + y.Source})
			notes = append(notes, fmt.Sprintf("%s: shortened in %s but not by ТК РФ ст. 95 as derived: listed in the act's shortened days; check the decree", d, y.Source))
		}
	}
	if len(act.Shortened) > 0 {
		if derived, err = calendar.New(withAct(base, act)); err != nil {
			return calendar.Act{}, nil, fmt.Errorf("the derived decree does not apply: %w", err)
		}
	}
	got, err := calendarYear(derived, y.Year, "the calendar with the derived decree")
	if err != nil {
		return calendar.Act{}, nil, err
	}
	if diffs := crossCheck(y, got); len(diffs) > 0 {
		var v validationErrors
		for _, d := range diffs {
			v.add("%s %s: %s says %s, the calendar with the derived decree %s", d.Date, russianWeekday(d.Date.Weekday()), y.Source, d.A, d.B)
		}
		return calendar.Act{}, nil, fmt.Errorf("no transfer decree reproduces %s: %w", y.Source, v)
	}
	return act, notes, nil
}

// pairTransfers pairs the days off that were moved (tos) with the days
// they were moved from: the worked weekend days and weekend holidays whose
// shifted day off is worked (all of which must be used), then — for the
// January holidays, which the weekend rule does not move — the owed
// weekend holidays, earliest first. A source that names the day a day off
// came from settles its pair. Otherwise a worked Saturday or Sunday is
// paired with a day off at most three days away, the usual "bridge" of the
// decrees (27.04→29.04.2024, 01.11→03.11.2025, 20.02→22.02.2027), and the
// rest in date order; each such pair is noted for review.
func pairTransfers(y *publishedYear, tos, worked, owed []calendar.Date) ([]calendar.Transfer, []string, error) {
	var transfers []calendar.Transfer
	var unpaired []calendar.Date
	used := map[calendar.Date]bool{}
	for _, to := range tos {
		if from, ok := y.MovedFrom[to]; ok && !used[from] {
			transfers = append(transfers, calendar.Transfer{From: from, To: to})
			used[from] = true
			continue
		}
		unpaired = append(unpaired, to)
	}
	var inferred []calendar.Transfer
	for _, from := range worked {
		if used[from] || !y.status(from).working() {
			continue
		}
		best := -1
		for i, to := range unpaired {
			if gap := abs(to.Sub(from)); gap <= 3 && (best < 0 || gap < abs(unpaired[best].Sub(from))) {
				best = i
			}
		}
		if best >= 0 {
			inferred = append(inferred, calendar.Transfer{From: from, To: unpaired[best]})
			used[from] = true
			unpaired = slices.Delete(unpaired, best, best+1)
		}
	}
	var froms []calendar.Date
	for _, d := range worked {
		if !used[d] {
			froms = append(froms, d)
		}
	}
	for _, d := range owed {
		if len(froms) >= len(unpaired) {
			break
		}
		if !used[d] {
			froms = append(froms, d)
		}
	}
	slices.SortFunc(froms, calendar.Date.Compare)
	switch {
	case len(froms) < len(unpaired):
		return nil, nil, fmt.Errorf("%s: days off %v have no weekend day or weekend holiday they could have been moved from", y.Source, unpaired[len(froms):])
	case len(froms) > len(unpaired):
		return nil, nil, fmt.Errorf("%s: the weekend days %v are worked but no day off was moved to a weekday for them", y.Source, froms[len(unpaired):])
	}
	for i, to := range unpaired {
		inferred = append(inferred, calendar.Transfer{From: froms[i], To: to})
	}
	var notes []string
	for _, t := range inferred {
		notes = append(notes, fmt.Sprintf("transfer %s → %s: %s does not say which day this day off came from; paired by rule — check against the decree", t.From, t.To, y.Source))
	}
	transfers = append(transfers, inferred...)
	slices.SortFunc(transfers, func(a, b calendar.Transfer) int { return a.From.Compare(b.From) })
	return transfers, notes, nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// carryOver keeps what a reviewer added to the decree already in the data
// for the year, where the derived act says the same: the act's own fields
// (its English citation, its title unless a new one is given) when the
// citation is unchanged, and each transfer's notes when it is unchanged.
func carryOver(def calendar.Definition, act calendar.Act) calendar.Act {
	i := slices.IndexFunc(def.Acts, func(a calendar.Act) bool { return a.Year == act.Year && a.Yearly })
	if i < 0 {
		return act
	}
	old := def.Acts[i]
	if old.Citation == act.Citation && len(old.NonWorking) == 0 && len(old.Holidays) == 0 {
		kept := old
		kept.Transfers, kept.Shortened = act.Transfers, act.Shortened
		if act.Title != "" {
			kept.Title = act.Title
		}
		act = kept
	}
	act.Transfers = slices.Clone(act.Transfers)
	for j, t := range act.Transfers {
		if k := slices.IndexFunc(old.Transfers, func(o calendar.Transfer) bool { return o.From == t.From && o.To == t.To }); k >= 0 {
			act.Transfers[j] = old.Transfers[k]
		}
	}
	return act
}

// weekendShiftTargets replays the weekend rule of ТК РФ ст. 112 ч. 2 on
// statute (the calendar without a yearly decree): for each day off it made
// on a weekday of year, the holiday it was owed for. Holidays exempt from
// the rule (1–8 January since 2013) make none.
func weekendShiftTargets(def calendar.Definition, statute *calendar.Calendar, year int) map[calendar.Date]calendar.Date {
	targets := map[calendar.Date]calendar.Date{}
	applies := false
	for _, r := range def.WeekendShift {
		applies = applies || (year >= r.From && (r.To == 0 || year <= r.To))
	}
	if !applies {
		return targets
	}
	exempt := map[calendar.Date]bool{}
	for _, s := range def.Holidays {
		if s.NoWeekendShift && year >= s.From && (s.To == 0 || year <= s.To) {
			for _, day := range s.Days {
				exempt[calendar.NewDate(year, s.Month, day)] = true
			}
		}
	}
	first := calendar.NewDate(year, time.January, 1)
	for d := first; d.Year() == year; d = d.AddDays(1) {
		if statute.Day(d).Kind != calendar.Holiday || !isWeekend(d) || exempt[d] {
			continue
		}
		for x := d.AddDays(1); x.Sub(d) <= 14; x = x.AddDays(1) {
			if _, taken := targets[x]; !taken && statute.Day(x).Kind == calendar.DayOff {
				targets[x] = d
				break
			}
		}
	}
	return targets
}

// withoutYearly returns def without its yearly decree for year, covering
// that year.
func withoutYearly(def calendar.Definition, year int) calendar.Definition {
	def.Acts = slices.DeleteFunc(slices.Clone(def.Acts), func(a calendar.Act) bool { return a.Year == year && a.Yearly })
	def.LastYear = max(def.LastYear, year)
	return def
}

// withAct returns def with act in its place among the acts: before the
// first act of the same or a later year, as the embedded data orders them.
func withAct(def calendar.Definition, act calendar.Act) calendar.Definition {
	i := slices.IndexFunc(def.Acts, func(a calendar.Act) bool { return a.Year >= act.Year })
	if i < 0 {
		i = len(def.Acts)
	}
	def.Acts = slices.Insert(slices.Clone(def.Acts), i, act)
	def.LastYear = max(def.LastYear, act.Year)
	return def
}

func isWeekend(d calendar.Date) bool {
	return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
}
