package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// dailyRate is one row of a Bank of Russia daily rate series: the rate in
// force on one business day.
type dailyRate struct {
	Date    calendar.Date
	Percent decimal.Decimal
	Line    int // where the row is in the input, for messages
}

// The highest plausible annual rates: the key rate has never passed 20 %
// (2022), and 100 % keeps a misplaced decimal point out; the refinancing
// rate peaked at 210 % (15.10.1993).
var (
	maxKeyPercent         = decimal.New(100, 0)
	maxRefinancingPercent = decimal.New(300, 0)
)

// parseRateValue reads a rate as published: 1–3 digits, then optionally a
// decimal point or comma (the SOAP service writes "21.00", the cbr.ru
// tables "21,00") and 1–6 more digits. No sign, no exponent, no grouping.
func parseRateValue(s string) (decimal.Decimal, error) {
	s = strings.TrimSpace(s)
	intPart, frac, hasFrac := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if len(intPart) < 1 || len(intPart) > 3 || !allDigits(intPart) ||
		(hasFrac && (len(frac) < 1 || len(frac) > 6 || !allDigits(frac))) {
		return decimal.Decimal{}, fmt.Errorf("rate %q: accepted is a number per year such as 21.00 or 21,00", law.Clip(s))
	}
	if !hasFrac {
		return decimal.NewFromString(intPart)
	}
	return decimal.NewFromString(intPart + "." + frac)
}

// checkPercent says whether p is a plausible annual rate of kind: more
// than 0, at most 100 (300 for the refinancing rate of the 1990s), at most
// 2 decimals (the Bank of Russia sets rates in steps of 0.25 or 0.5 and
// publishes two decimals).
func checkPercent(p decimal.Decimal, kind string) error {
	limit := maxKeyPercent
	if kind == kindRefinancing {
		limit = maxRefinancingPercent
	}
	if !p.IsPositive() || p.GreaterThan(limit) || !p.Equal(p.Round(2)) {
		return fmt.Errorf("rate %s: accepted is more than 0 and at most %s per year, with at most 2 decimals", p, limit)
	}
	return nil
}

// formatPercent writes p as the data files do: two decimals ("5.50"),
// more only when p has them.
func formatPercent(p decimal.Decimal) string {
	if p.Equal(p.Round(2)) {
		return p.StringFixed(2)
	}
	return p.String()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// The kinds of rate, as the kind column of the rate files writes them
// (penalty.LoadRates reads the same words).
const (
	kindKey         = "key"
	kindRefinancing = "refinancing"
	kindNone        = "none" // no verified rate: a final row ends the known history
)

// ratePeriod is one row of a rate history: a rate in force from From until
// the next row's From.
type ratePeriod struct {
	From    calendar.Date
	Percent decimal.Decimal // zero for kindNone
	Kind    string
	Source  string
}

// rateHistory is a rate history in strictly increasing order of From; a
// final kindNone row ends the known history. It mirrors penalty.Rates so
// that this program depends on the library only where it must (library.go).
type rateHistory []ratePeriod

// openEnd is KnownThrough of a history without a final none row: whoever
// wrote it vouches for its last rate.
var openEnd = calendar.NewDate(9999, 12, 31)

// knownThrough returns the last day with a known rate.
func (h rateHistory) knownThrough() calendar.Date {
	switch {
	case len(h) == 0:
		return calendar.Date{}
	case h[len(h)-1].Kind == kindNone:
		return h[len(h)-1].From.AddDays(-1)
	}
	return openEnd
}

// at returns the period in force on d; false before the first period or
// in a none period.
func (h rateHistory) at(d calendar.Date) (ratePeriod, bool) {
	i, found := slices.BinarySearchFunc(h, d, func(p ratePeriod, d calendar.Date) int { return p.From.Compare(d) })
	if !found {
		i--
	}
	if i < 0 || h[i].Kind == kindNone {
		return ratePeriod{}, false
	}
	return h[i], true
}

// lastChange returns the From of the last period with a rate.
func (h rateHistory) lastChange() calendar.Date {
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Kind != kindNone {
			return h[i].From
		}
	}
	return calendar.Date{}
}

// validate checks that h is a history of kind: dates strictly increasing,
// every row of kind with a positive rate, a none row only at the end. (The
// library's own bounds are checked by reading the written file back with
// penalty.LoadRates.)
func (h rateHistory) validate(kind string) error {
	for i, p := range h {
		switch {
		case i > 0 && !p.From.After(h[i-1].From):
			return fmt.Errorf("the period from %s does not follow the one from %s: accepted are dates in strictly increasing order", p.From, h[i-1].From)
		case p.Kind == kindNone && i != len(h)-1:
			return fmt.Errorf("a none row from %s before the last row: accepted is one none row, at the end", p.From)
		case p.Kind != kindNone && p.Kind != kind:
			return fmt.Errorf("a %s rate from %s: accepted are %s rates and a final none row", p.Kind, p.From, kind)
		case p.Kind != kindNone && !p.Percent.IsPositive():
			return fmt.Errorf("the rate %s from %s: accepted is a positive rate", p.Percent, p.From)
		}
	}
	return nil
}
