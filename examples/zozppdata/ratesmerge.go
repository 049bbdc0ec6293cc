package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// rateDiff is one difference between a publication and a rate history,
// within the days the publication covers.
type rateDiff struct {
	Op       byte // '+' only in the publication, '-' only in the history, '~' another rate
	From     calendar.Date
	Old, New decimal.Decimal // the history's and the publication's rate, where they have one
	Why      string
}

func (d rateDiff) String() string {
	switch d.Op {
	case '+':
		return fmt.Sprintf("+ %s  %6s  %s", d.From, formatPercent(d.New), d.Why)
	case '-':
		return fmt.Sprintf("- %s  %6s  %s", d.From, formatPercent(d.Old), d.Why)
	}
	return fmt.Sprintf("~ %s  %6s → %s  %s", d.From, formatPercent(d.Old), formatPercent(d.New), d.Why)
}

// diffRates compares a publication with a history of its kind over
// the days the publication covers: a change only one of them has, the same
// day with another rate, and — for a daily series, which starts inside a
// period — the rate in force on its first day. The notes say what is not a
// difference but worth knowing: that the publication covers days past the
// history's KnownThrough with no change.
func diffRates(history rateHistory, obs observedRates) ([]rateDiff, []string) {
	var diffs []rateDiff
	changes := obs.Periods
	if obs.OpenStart {
		first := changes[0]
		changes = changes[1:]
		at, ok := history.at(obs.First)
		switch {
		case !ok:
			diffs = append(diffs, rateDiff{Op: '+', From: obs.First, New: first.Percent,
				Why: fmt.Sprintf("in force on the publication's first day; the history has no verified rate then (known through %s)", history.knownThrough())})
		case !at.Percent.Equal(first.Percent):
			diffs = append(diffs, rateDiff{Op: '~', From: obs.First, Old: at.Percent, New: first.Percent,
				Why: fmt.Sprintf("in force on the publication's first day (the history's period from %s)", at.From)})
		}
	}
	inWindow := func(d calendar.Date) bool {
		if obs.OpenStart && d == obs.First {
			return false
		}
		return !d.Before(obs.First) && !d.After(obs.Last)
	}
	historyAt := map[calendar.Date]ratePeriod{}
	for _, p := range history {
		if p.Kind != kindNone && inWindow(p.From) {
			historyAt[p.From] = p
		}
	}
	seen := map[calendar.Date]bool{}
	for _, c := range changes {
		seen[c.From] = true
		h, ok := historyAt[c.From]
		switch {
		case !ok:
			diffs = append(diffs, rateDiff{Op: '+', From: c.From, New: c.Percent, Why: fmt.Sprintf("a change in the publication (line %d), not in the history", c.Line)})
		case !h.Percent.Equal(c.Percent):
			diffs = append(diffs, rateDiff{Op: '~', From: c.From, Old: h.Percent, New: c.Percent, Why: fmt.Sprintf("another rate on the same day (publication line %d)", c.Line)})
		}
	}
	for _, p := range history {
		if p.Kind != kindNone && inWindow(p.From) && !seen[p.From] {
			diffs = append(diffs, rateDiff{Op: '-', From: p.From, Old: p.Percent, Why: "a change in the history that the publication does not show (source: " + law.Clip(p.Source) + ")"})
		}
	}
	slices.SortStableFunc(diffs, func(a, b rateDiff) int { return a.From.Compare(b.From) })
	var notes []string
	if known := history.knownThrough(); obs.EndsHistory && obs.Last.After(known) {
		notes = append(notes, fmt.Sprintf("the publication covers the days through %s; the history is verified through %s", obs.Last, known))
	}
	return diffs, notes
}

// mergeRates returns base with the publication's days replaced by what the
// publication says. A base row the publication confirms (same day, same
// rate) is kept with its source; base rows outside the publication's days
// are kept. For a publication that ends the history (a daily series), the
// final none row moves to the day after its last day unless base already
// knows more.
func mergeRates(base rateHistory, obs observedRates) (rateHistory, error) {
	if err := base.validate(obs.Kind); err != nil {
		return nil, fmt.Errorf("the history to update: %w", err)
	}
	var out rateHistory
	for _, p := range base {
		if p.Kind != kindNone && p.From.Before(obs.First) {
			out = append(out, p)
		}
	}
	changes := obs.Periods
	if obs.OpenStart {
		at, ok := base.at(obs.First)
		switch {
		case !ok:
			return nil, fmt.Errorf("the publication starts on %s, where the history has no verified rate (known through %s): ask for days from an earlier date (-from) so that the series starts inside the known history", obs.First, base.knownThrough())
		case !at.Percent.Equal(changes[0].Percent):
			return nil, fmt.Errorf("on %s, its first day, the publication shows %s %% but the history %s %% (from %s): the change lies before the publication's first day, which cannot date it: ask for days from an earlier date (-from)", obs.First, formatPercent(changes[0].Percent), formatPercent(at.Percent), at.From)
		}
		changes = changes[1:]
	}
	byDate := map[calendar.Date]ratePeriod{}
	for _, p := range base {
		byDate[p.From] = p
	}
	for _, c := range changes {
		if b, ok := byDate[c.From]; ok && b.Kind == obs.Kind && b.Percent.Equal(c.Percent) {
			out = append(out, b)
			continue
		}
		out = append(out, ratePeriod{From: c.From, Percent: c.Percent, Kind: obs.Kind, Source: c.Source})
	}
	for _, p := range base {
		if p.Kind != kindNone && p.From.After(obs.Last) {
			out = append(out, p)
		}
	}
	if n := len(base); n > 0 && base[n-1].Kind == kindNone {
		end := base[n-1]
		if obs.EndsHistory && !end.From.After(obs.Last.AddDays(1)) {
			end = ratePeriod{From: obs.Last.AddDays(1), Kind: kindNone, Source: obs.EndSource}
		}
		out = append(out, end)
	}
	if err := out.validate(obs.Kind); err != nil {
		return nil, fmt.Errorf("the merged history is not valid: %w", err)
	}
	return out, nil
}

// printRateReport writes the differences and notes, one per line.
func printRateReport(w io.Writer, against string, diffs []rateDiff, notes []string) {
	if len(diffs) == 0 {
		fmt.Fprintf(w, "no difference from %s over the publication's days\n", against)
	} else {
		fmt.Fprintf(w, "%d difference(s) from %s (+ only in the publication, - only in the history, ~ another rate):\n", len(diffs), against)
		for _, d := range diffs {
			fmt.Fprintln(w, "  "+d.String())
		}
	}
	for _, n := range notes {
		fmt.Fprintln(w, "note: "+n)
	}
}
