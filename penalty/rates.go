package penalty

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// RateKind says which published rate a period holds.
type RateKind uint8

const (
	// KeyRate: ключевая ставка Банка России (since 13.09.2013; ст. 395 uses
	// it from 01.08.2016, ред. ФЗ от 03.07.2016 № 315-ФЗ). The zero
	// RateKind, so rates a caller loads without a kind are key rates.
	KeyRate RateKind = iota
	// RefinancingRate: the refinancing rate of the Bank of Russia, the
	// «учётная ставка банковского процента» of ст. 395 п. 1 before
	// 01.06.2015; equal to the key rate from 01.01.2016.
	RefinancingRate
	// DepositRate: the average rate on individuals' deposits published by
	// the Bank of Russia for a federal district, 01.06.2015–31.07.2016 (ст.
	// 395 п. 1, ред. ФЗ № 42-ФЗ).
	DepositRate
	// NoRate marks days for which no verified rate is known: after the last
	// verified decision, or the 2015–16 deposit rates of a district not in
	// the data. A day in it is ErrOutOfRange.
	NoRate
	rateKindEnd
)

var rateKindNames = [rateKindEnd]string{"key", "refinancing", "deposit", "none"}

// String returns the kind's name as LoadRates accepts it: "key",
// "refinancing", "deposit", "none".
func (k RateKind) String() string {
	if k < rateKindEnd {
		return rateKindNames[k]
	}
	return fmt.Sprintf("RateKind(%d)", uint8(k))
}

// Text names the rate in lang as a row note does: «ключевая ставка Банка
// России», "key rate of the Bank of Russia".
func (k RateKind) Text(lang law.Lang) string {
	en := lang == law.English
	switch k {
	case KeyRate:
		return pick(en, "ключевая ставка Банка России", "key rate of the Bank of Russia")
	case RefinancingRate:
		return pick(en, "ставка рефинансирования (учётная ставка) Банка России", "refinancing rate of the Bank of Russia")
	case DepositRate:
		return pick(en, "средняя ставка по вкладам физических лиц", "average rate on individuals' deposits")
	case NoRate:
		return pick(en, "ставка неизвестна", "rate unknown")
	}
	return k.String()
}

func parseRateKind(s string) (RateKind, bool) {
	for k := KeyRate; k < rateKindEnd; k++ {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

// RatePeriod is one dated value of a reference rate: in force from From
// until the next period's From.
type RatePeriod struct {
	From     calendar.Date   `json:"from"`
	Percent  decimal.Decimal `json:"percent,omitzero"` // per year, in percent: 15.5 means 15.5 % годовых; zero for NoRate
	Kind     RateKind        `json:"kind"`
	District District        `json:"district,omitempty"` // for DepositRate: the district whose table it is
	Source   string          `json:"source,omitempty"`   // the act or publication the value comes from
}

// IsZero reports whether p is the zero RatePeriod (a row with no reference
// rate).
func (p RatePeriod) IsZero() bool {
	return p.From.IsZero() && p.Percent.IsZero() && p.Kind == 0 && p.District == "" && p.Source == ""
}

// Rates is a history of a reference rate: periods in strictly increasing
// order of From, each in force until the next. A final NoRate period marks
// where the known history ends. [KeyRateSeries], [RefinancingRateSeries]
// and [Art395Rates] return the embedded ones; [LoadRates] reads one;
// [Rates.With] extends one.
type Rates []RatePeriod

// validPercent accepts 0 to 1000 per year with at most 6 decimals (the
// refinancing rate reached 210 % in 1993), checking the size of d before
// anything else touches it.
func validPercent(d decimal.Decimal) bool {
	c, e, ok := smallInt(d)
	switch {
	case !ok:
		return false
	case e < -6 || c < 0 || e > 2:
		return false
	case e >= 0:
		return uint64(c)*pow10[e] <= 1000
	}
	return uint64(c) <= 1000*pow10[-e]
}

// Validate checks that r is a usable history: not empty; dates real and
// strictly increasing; each percent in [0, 1000] with at most 6 decimals
// (zero for NoRate); a district exactly on deposit rates. The error is an
// *InputError naming the first bad period ("rates[3]") and wrapping
// ErrInvalidRates.
func (r Rates) Validate() error {
	if len(r) == 0 {
		return fieldError(ErrInvalidRates, "rates", "the table is empty: accepted is at least one dated rate")
	}
	for i, p := range r {
		if p.From.IsZero() || (i > 0 && !p.From.After(r[i-1].From)) || !p.valid() {
			return r.invalid(i)
		}
	}
	return nil
}

// valid checks one period on its own, cheaply.
func (p RatePeriod) valid() bool {
	if p.Kind == NoRate {
		return p.Percent.IsZero() && p.District == ""
	}
	if p.Kind >= rateKindEnd || (p.Kind == DepositRate) != (p.District != "") || (p.Kind == DepositRate && !p.District.Valid()) {
		return false
	}
	return validPercent(p.Percent) && len(p.Source) <= 1<<12
}

// invalid explains why period i of r is not acceptable.
func (r Rates) invalid(i int) error {
	p := r[i]
	field := indexed("rates", i, "")
	switch {
	case p.From.IsZero():
		return fieldError(ErrInvalidRates, field, "no date: accepted is the first day the rate is in force")
	case i > 0 && !p.From.After(r[i-1].From):
		return fieldError(ErrInvalidRates, field, p.From.String(), " does not follow ", r[i-1].From.String(), ": accepted are dates in strictly increasing order")
	case p.Kind >= rateKindEnd:
		return fieldError(ErrInvalidRates, field, fmt.Sprintf("kind %d", uint8(p.Kind)), ": accepted are key, refinancing, deposit, none")
	case p.Kind == NoRate && !p.Percent.IsZero():
		return fieldError(ErrInvalidRates, field, "kind none with percent ", showDecimal(p.Percent), ": accepted is no percent for an unknown rate")
	case p.Kind != NoRate && !validPercent(p.Percent):
		return fieldError(ErrInvalidRates, field, "percent ", showDecimal(p.Percent), ": accepted is 0 to 1000 per year with at most 6 decimals")
	case p.Kind == DepositRate && !p.District.Valid():
		return fieldError(ErrInvalidRates, field, "a deposit rate of district ", strconv.Quote(law.Clip(string(p.District))), ": accepted districts are ЦФО, СЗФО, ЮФО, СКФО, ПФО, УФО, СФО, ДФО, КФО")
	case p.Kind != DepositRate && p.District != "":
		return fieldError(ErrInvalidRates, field, "a ", p.Kind.String(), " rate with a district: only deposit rates have one")
	case len(p.Source) > 1<<12:
		return fieldError(ErrInvalidRates, field, "a source longer than 4 KiB")
	}
	return fieldError(ErrInvalidRates, field, "not a valid rate")
}

// KnownThrough returns the last day covered by a known rate: the day
// before a final NoRate period, or 9999-12-31 when the last rate is open
// (the caller who supplied it vouches for it). A later day is
// ErrOutOfRange unless Input.AssumeLastRate. The zero Date for an empty
// table.
func (r Rates) KnownThrough() calendar.Date {
	switch {
	case len(r) == 0:
		return calendar.Date{}
	case r[len(r)-1].Kind == NoRate:
		return r[len(r)-1].From.AddDays(-1)
	}
	return lastDate
}

// lastDate is the last day calendar.Date can hold.
var lastDate = calendar.NewDate(9999, 12, 31)

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
// the table or falls in a NoRate period.
func (r Rates) At(d calendar.Date) (RatePeriod, error) {
	if d.IsZero() {
		return RatePeriod{}, fieldError(ErrInvalidPeriod, "date", "the zero date has no rate: accepted is a real date")
	}
	i := r.index(d)
	if i < 0 || r[i].Kind == NoRate {
		return RatePeriod{}, r.noRateError(d, i, "date")
	}
	return r[i], nil
}

// noRateError explains why there is no rate for d (i as from index).
func (r Rates) noRateError(d calendar.Date, i int, field string) error {
	day := d.String()
	switch {
	case len(r) == 0:
		return fieldError(ErrOutOfRange, field, "no rate for ", day, ": the rate table is empty")
	case i < 0:
		return fieldError(ErrOutOfRange, field, "no rate for ", day, ": the rate table starts on ", r[0].From.String(), "; supply older rates with LoadRates")
	case i == len(r)-1:
		return fieldError(ErrOutOfRange, field, "no rate for ", day, ": the rates are known through ", r.KnownThrough().String(),
			"; supply newer ones with LoadRates and Rates.With, or assume the last known rate (assume_last_rate)")
	case r[i].Source != "":
		return fieldError(ErrOutOfRange, field, "no rate for ", day, ": ", r[i].Source)
	}
	return fieldError(ErrOutOfRange, field, "no rate for ", day, ": the table marks ", r[i].From.String(), "–", r[i+1].From.AddDays(-1).String(), " unknown")
}

// With returns r extended by newer: r's periods before newer's first day,
// then all of newer. Use it to add key-rate decisions made after the
// release: penalty.KeyRateSeries().With(loaded). Both tables must be
// valid; r and newer are not changed.
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

// pow10 holds 10^0 … 10^19.
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

func pick(en bool, ru, english string) string {
	if en {
		return english
	}
	return ru
}
