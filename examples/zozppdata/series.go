package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// observedRates is what one publication says about a rate: its periods,
// each from the first day the publication shows the new value, and the days
// it covers.
type observedRates struct {
	Kind    string
	Periods []observedPeriod // ascending From
	// First and Last bound the days the publication covers.
	First, Last calendar.Date
	// OpenStart: Periods[0] may have begun before First. A daily series
	// starts where its window starts, not where a rate changed.
	OpenStart bool
	// EndsHistory: nothing is known after Last, so a final none row
	// (kind none) belongs on the day after it.
	EndsHistory bool
	// EndSource explains that none row.
	EndSource string
}

// observedPeriod is one rate period of a publication.
type observedPeriod struct {
	From    calendar.Date
	Percent decimal.Decimal
	Source  string
	Line    int
}

// maxReported bounds how many validation errors are listed.
const maxReported = 20

// validationErrors lists every problem found in a publication, one per
// line, each naming where it is.
type validationErrors []string

func (v validationErrors) Error() string {
	list := v
	more := ""
	if len(list) > maxReported {
		list, more = list[:maxReported], fmt.Sprintf("\n  … and %d more", len(v)-maxReported)
	}
	return fmt.Sprintf("%d problem(s) in the publication:\n  %s%s", len(v), strings.Join(list, "\n  "), more)
}

func (v *validationErrors) add(format string, args ...any) {
	*v = append(*v, fmt.Sprintf(format, args...))
}

// orNil returns v as an error, or nil when it is empty.
func (v validationErrors) orNil() error {
	if len(v) == 0 {
		return nil
	}
	return v
}

// fromDailySeries turns a daily series (one row per business day, in any
// order) into rate periods: a period starts on the first day whose rate
// differs from the day before. It checks that no date repeats, that every
// rate is plausible and that no more than maxGap business days of cal are
// missing between two rows (maxGap < 0 skips that check): a silent gap
// could hide a change. A change that took effect on a day off shows first
// on the next business day, so the series dates it there.
func fromDailySeries(rows []dailyRate, kind string, source string, maxGap int, cal *calendar.Calendar) (observedRates, error) {
	if len(rows) == 0 {
		return observedRates{}, errors.New("the series has no rows")
	}
	rows = slices.Clone(rows)
	slices.SortStableFunc(rows, func(a, b dailyRate) int { return a.Date.Compare(b.Date) })
	var problems validationErrors
	for i, r := range rows {
		if err := checkPercent(r.Percent, kind); err != nil {
			problems.add("line %d (%s): %v", r.Line, r.Date, err)
		}
		if i == 0 {
			continue
		}
		prev := rows[i-1]
		if prev.Date == r.Date {
			problems.add("lines %d and %d: two rows for %s: accepted is one row per day", prev.Line, r.Line, r.Date)
			continue
		}
		if maxGap >= 0 {
			if missing := cal.Workdays(prev.Date.AddDays(1), r.Date.AddDays(-1)); missing > maxGap {
				problems.add("lines %d and %d: %d business days missing between %s and %s (accepted: at most %d, -max-gap)", prev.Line, r.Line, missing, prev.Date, r.Date, maxGap)
			}
		}
	}
	if err := problems.orNil(); err != nil {
		return observedRates{}, err
	}
	obs := observedRates{
		Kind: kind, First: rows[0].Date, Last: rows[len(rows)-1].Date, OpenStart: true, EndsHistory: true,
		EndSource: fmt.Sprintf("no later rate verified: the series (%s) ends on %s", source, rows[len(rows)-1].Date.Russian()),
	}
	for i, r := range rows {
		if i == 0 || !r.Percent.Equal(rows[i-1].Percent) {
			obs.Periods = append(obs.Periods, observedPeriod{From: r.Date, Percent: r.Percent, Source: source, Line: r.Line})
		}
	}
	return obs, nil
}

// fromPeriodTable turns a table of periods (one row per change) into rate
// periods. Rows before since are left out; rows after refinancingEnd
// belong to the key rate and are left out with a note.
func fromPeriodTable(rows []tableRate, kind string, since calendar.Date) (observedRates, []string, error) {
	var notes []string
	var kept []tableRate
	for _, r := range rows {
		switch {
		case !since.IsZero() && r.Date.Before(since):
		case r.Date.After(refinancingEnd):
			notes = append(notes, fmt.Sprintf("line %d: the period from %s is left out: from 01.01.2016 the refinancing rate equals the key rate (Указание Банка России от 11.12.2015 № 3894-У)", r.Line, r.Date.Russian()))
		default:
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return observedRates{}, notes, fmt.Errorf("no period of the table starts between %s and %s", orStart(since), refinancingEnd)
	}
	slices.SortStableFunc(kept, func(a, b tableRate) int { return a.Date.Compare(b.Date) })
	var problems validationErrors
	for i, r := range kept {
		if err := checkPercent(r.Percent, kind); err != nil {
			problems.add("line %d (from %s): %v; pass -from to leave out older rows", r.Line, r.Date, err)
		}
		if i > 0 && kept[i-1].Date == r.Date {
			problems.add("lines %d and %d: two periods from %s: accepted is one row per period", kept[i-1].Line, r.Line, r.Date)
		}
	}
	if err := problems.orNil(); err != nil {
		return observedRates{}, notes, err
	}
	obs := observedRates{Kind: kind, First: kept[0].Date, Last: refinancingEnd}
	for _, r := range kept {
		obs.Periods = append(obs.Periods, observedPeriod{From: r.Date, Percent: r.Percent, Source: r.Source, Line: r.Line})
	}
	return obs, notes, nil
}

func orStart(d calendar.Date) string {
	if d.IsZero() {
		return "the start"
	}
	return d.String()
}
