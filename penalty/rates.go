package penalty

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// RateKind says which rate ГК РФ ст. 395 п. 1 used for a period; the law
// changed it twice.
type RateKind uint8

const (
	// KeyRate: ключевая ставка Банка России, from 01.08.2016 (ред. ФЗ от
	// 03.07.2016 № 315-ФЗ). The zero RateKind, so rates a caller loads
	// without a kind are key rates.
	KeyRate RateKind = iota
	// RefinancingRate: учётная ставка банковского процента, i.e. the Bank
	// of Russia refinancing rate, for delay days up to 31.05.2015 (ст. 395
	// п. 1 before ФЗ от 08.03.2015 № 42-ФЗ).
	RefinancingRate
	// DepositRate: the average rate on individuals' deposits published by
	// the Bank of Russia for a federal district, 01.06.2015–31.07.2016 (ред.
	// ФЗ № 42-ФЗ).
	DepositRate
	// NoRate marks days for which no verified rate is known: after the last
	// verified decision, or the 2015–16 deposit rates of a district not in
	// the data. Interest over such a day is ErrOutOfRange.
	NoRate
)

// String returns the kind's name as LoadRates accepts it: "key",
// "refinancing", "deposit", "none".
func (k RateKind) String() string {
	switch k {
	case KeyRate:
		return "key"
	case RefinancingRate:
		return "refinancing"
	case DepositRate:
		return "deposit"
	case NoRate:
		return "none"
	}
	return fmt.Sprintf("RateKind(%d)", uint8(k))
}

func parseRateKind(s string) (RateKind, bool) {
	for k := KeyRate; k <= NoRate; k++ {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

// RatePeriod is one dated value of the ст. 395 rate: in force from From
// until the next period's From.
type RatePeriod struct {
	From     calendar.Date   // the first day the rate is in force
	Percent  decimal.Decimal // per year, in percent: 15.5 means 15.5 % годовых; zero for NoRate
	Kind     RateKind
	District District // for DepositRate: the district whose table it is
	Source   string   // the act or publication the value comes from
}

// note is the Russian row note for the rate, a constant string.
func (p RatePeriod) note() string {
	switch p.Kind {
	case KeyRate:
		return "ключевая ставка Банка России"
	case RefinancingRate:
		return "ставка рефинансирования (учётная ставка) Банка России"
	case DepositRate:
		return p.District.depositNote()
	}
	return ""
}

// Rates is a history of the ст. 395 rate: periods in strictly increasing
// order of From, each in force until the next. A final NoRate period marks
// where the known history ends. KeyRates returns the embedded one;
// LoadRates reads one; With extends one.
type Rates []RatePeriod

// maxPercent bounds an annual rate.
var maxPercent = decimal.New(100, 0)

// Validate checks that r is a usable history: not empty; dates real and
// strictly increasing; each percent in [0, 100] with at most 6 decimals
// (zero for NoRate); a district exactly on deposit rates. The error wraps
// ErrInvalidRates and names the first bad period.
func (r Rates) Validate() error {
	if len(r) == 0 {
		return fmt.Errorf("penalty: %w: the table is empty: accepted is at least one dated rate", ErrInvalidRates)
	}
	for i, p := range r {
		if p.From.IsZero() || (i > 0 && !p.From.After(r[i-1].From)) || !p.valid() {
			return r.invalid(i)
		}
	}
	return nil
}

// valid checks one period on its own, cheaply: Interest395 validates the
// caller's table on every call.
func (p RatePeriod) valid() bool {
	if p.Kind == NoRate {
		return p.Percent.IsZero() && p.District == ""
	}
	if p.Kind > NoRate || (p.Kind == DepositRate) != (p.District != "") || (p.Kind == DepositRate && !p.District.Valid()) {
		return false
	}
	c, e, ok := smallInt(p.Percent)
	switch {
	case !ok || e > 2:
		return decimalSane(p.Percent) && p.Percent.Exponent() >= -6 && p.Percent.Sign() >= 0 && p.Percent.LessThanOrEqual(maxPercent)
	case e < -6 || c < 0:
		return false
	case e >= 0:
		return uint64(c)*pow10[e] <= 100
	}
	return uint64(c) <= 100*pow10[-e]
}

// invalid explains why period i of r is not acceptable.
func (r Rates) invalid(i int) error {
	p := r[i]
	at := fmt.Sprintf("period %d (from %q)", i+1, p.From.String())
	switch {
	case p.From.IsZero():
		return fmt.Errorf("penalty: %w: %s has no date: accepted is the first day the rate is in force", ErrInvalidRates, at)
	case i > 0 && !p.From.After(r[i-1].From):
		return fmt.Errorf("penalty: %w: %s does not follow %s: accepted are dates in strictly increasing order", ErrInvalidRates, at, r[i-1].From)
	case p.Kind > NoRate:
		return fmt.Errorf("penalty: %w: %s has kind %d: accepted are key, refinancing, deposit, none", ErrInvalidRates, at, uint8(p.Kind))
	case p.Kind == NoRate && !p.Percent.IsZero():
		return fmt.Errorf("penalty: %w: %s is kind none but has percent %s: accepted is no percent for an unknown rate", ErrInvalidRates, at, showDecimal(p.Percent))
	case p.Kind != NoRate && (!decimalSane(p.Percent) || p.Percent.Exponent() < -6 || p.Percent.Sign() < 0 || p.Percent.GreaterThan(maxPercent)):
		return fmt.Errorf("penalty: %w: %s has percent %s: accepted is 0 to 100 per year with at most 6 decimals", ErrInvalidRates, at, showDecimal(p.Percent))
	case p.Kind == DepositRate && !p.District.Valid():
		return fmt.Errorf("penalty: %w: %s is a deposit rate of district %q: accepted districts are %v", ErrInvalidRates, at, string(p.District), districts)
	case p.Kind != DepositRate && p.District != "":
		return fmt.Errorf("penalty: %w: %s is a %s rate with district %q: only deposit rates have a district", ErrInvalidRates, at, p.Kind, string(p.District))
	}
	return fmt.Errorf("penalty: %w: %s is not a valid rate", ErrInvalidRates, at)
}

// KnownThrough returns the last day covered by a known rate: the day
// before a final NoRate period, or 9999-12-31 when the last rate is open
// (the caller who supplied it vouches for it). Interest for a later day is
// ErrOutOfRange. The zero Date for an empty table.
func (r Rates) KnownThrough() calendar.Date {
	switch {
	case len(r) == 0:
		return calendar.Date{}
	case r[len(r)-1].Kind == NoRate:
		return r[len(r)-1].From.AddDays(-1)
	}
	return lastDate
}

// index returns the position of the period in force on d, or -1 before the
// first period.
func (r Rates) index(d calendar.Date) int {
	i, found := slices.BinarySearchFunc(r, d, func(p RatePeriod, d calendar.Date) int { return p.From.Compare(d) })
	if found {
		return i
	}
	return i - 1
}

// At returns the rate in force on d. It is ErrOutOfRange when d is before
// the table, or falls in a NoRate period (after KnownThrough, or in a
// district's unverified 2015–16 table).
func (r Rates) At(d calendar.Date) (RatePeriod, error) {
	if d.IsZero() {
		return RatePeriod{}, fmt.Errorf("penalty: %w: the zero date has no rate: accepted is a real date", ErrInvalidPeriod)
	}
	i := r.index(d)
	if i < 0 {
		return RatePeriod{}, r.noRateError(d, i)
	}
	if r[i].Kind == NoRate {
		return RatePeriod{}, r.noRateError(d, i)
	}
	return r[i], nil
}

// noRateError explains why there is no rate for d (i as from index).
func (r Rates) noRateError(d calendar.Date, i int) error {
	switch {
	case len(r) == 0:
		return fmt.Errorf("penalty: %w: no ст. 395 rate for %s: the rate table is empty", ErrOutOfRange, d)
	case i < 0:
		return fmt.Errorf("penalty: %w: no ст. 395 rate for %s: the rate table starts on %s; supply older rates with LoadRates", ErrOutOfRange, d, r[0].From)
	case i == len(r)-1:
		return fmt.Errorf("penalty: %w: no ст. 395 rate for %s: the rates are known through %s; supply newer ones with LoadRates and Rates.With", ErrOutOfRange, d, r.KnownThrough())
	case r[i].Source != "":
		return fmt.Errorf("penalty: %w: no ст. 395 rate for %s: %s", ErrOutOfRange, d, r[i].Source)
	}
	return fmt.Errorf("penalty: %w: no ст. 395 rate for %s: the table marks %s–%s unknown", ErrOutOfRange, d, r[i].From, r[i+1].From.AddDays(-1))
}

// With returns r extended by newer: r's periods before newer's first day,
// then all of newer. Use it to add key-rate decisions made after the
// release: penalty.KeyRates().With(loaded). Both tables must be valid; r
// and newer are not changed.
func (r Rates) With(newer Rates) (Rates, error) {
	if err := newer.Validate(); err != nil {
		return nil, err
	}
	cut := r.index(newer[0].From)
	if cut >= 0 && r[cut].From == newer[0].From {
		cut--
	}
	out := make(Rates, 0, cut+1+len(newer))
	out = append(out, r[:cut+1]...)
	out = append(out, newer...)
	if err := out.Validate(); err != nil {
		return nil, err
	}
	return out, nil
}
