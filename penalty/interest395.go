package penalty

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// Option adjusts Interest395.
type Option func(*options)

type options struct {
	exclude  []Period
	rounding Rounding
}

// Excluding removes days from accrual, e.g. Moratorium2022 (Пленум ВС РФ
// № 44, п. 7 names ст. 395 interest among what it stops). The periods may
// reach outside [from, to] and must not overlap.
func Excluding(periods ...Period) Option {
	return func(o *options) { o.exclude = append(o.exclude, periods...) }
}

// WithRounding selects the kopeck rounding (RoundEachRow by default).
func WithRounding(r Rounding) Option {
	return func(o *options) { o.rounding = r }
}

// Interest395 computes interest for the use of another's money under ГК РФ
// ст. 395 п. 1 on debt from the first day of delay from through to, the day
// of payment, both included (ст. 395 п. 3; Пленум ВС РФ от 24.03.2016 № 7,
// п. 65). Each row is debt × annual rate × days / days in the year — 365,
// or 366 in a leap year — and rows split at every rate change, on
// 1 January, and after every payment, which lowers the debt from the next
// day. Rows are rounded to kopecks once (or per day with
// RoundDailyAmount); the total is their sum, uncapped.
//
// rates is the rate history; nil means KeyRates(), the Central district.
// For the 01.06.2015–31.07.2016 era pass KeyRatesFor(district) of the
// creditor's district; for days after KeyRates().KnownThrough() extend the
// table with LoadRates and Rates.With.
//
// Errors: ErrInvalidInput for a bad debt, payment or option;
// ErrInvalidPeriod for a bad period or overlapping exclusions;
// ErrInvalidRates for a malformed table; ErrOutOfRange for a day the
// table has no verified rate for.
func Interest395(debt decimal.Decimal, from, to calendar.Date, payments []Payment, rates Rates, opts ...Option) (Calculation, error) {
	var o options
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if err := checkMoney("debt", debt, false); err != nil {
		return Calculation{}, err
	}
	if err := checkRounding(o.rounding); err != nil {
		return Calculation{}, err
	}
	if err := checkPeriod(from, to); err != nil {
		return Calculation{}, err
	}
	if rates == nil {
		rates = builtin().byDistrict[Central]
	} else if err := rates.Validate(); err != nil {
		return Calculation{}, err
	}
	pays, err := normalizePayments(payments, debt, from, to)
	if err != nil {
		return Calculation{}, err
	}
	excl, err := normalizeExclusions(o.exclude, from, to)
	if err != nil {
		return Calculation{}, err
	}
	cur := &rateCursor{rates: rates, i: rates.index(from), rateOf: -1}
	l, err := accrue(debt, from, to, pays, excl, cur, o.rounding)
	if err != nil {
		return Calculation{}, err
	}
	c := Calculation{
		Title:        "Проценты за пользование чужими денежными средствами (ст. 395 ГК РФ)",
		Rows:         l.rows,
		Days:         l.days,
		ExcludedDays: l.excluded,
		Uncapped:     l.sum,
		Total:        l.sum,
		CapBasis:     "ст. 395 ГК РФ не ограничивает размер процентов",
		Basis:        cur.basis(),
		Method:       method(true, len(pays) > 0, o.rounding),
		Rounding:     o.rounding,
	}
	return c, nil
}

// Russian citations of each era of ст. 395 п. 1.
const (
	basisRefinancing = "ГК РФ ст. 395 п. 1 (в редакции, действовавшей до 01.06.2015): учётная ставка банковского процента " +
		"(ставка рефинансирования Банка России)"
	basisDeposit = "ГК РФ ст. 395 п. 1 (в ред. Федерального закона от 08.03.2015 № 42-ФЗ): средние ставки банковского процента " +
		"по вкладам физических лиц, опубликованные Банком России, по месту жительства (нахождения) кредитора"
	basisKey = "ГК РФ ст. 395 п. 1 (в ред. Федерального закона от 03.07.2016 № 315-ФЗ): ключевая ставка Банка России, " +
		"действовавшая в соответствующие периоды"
)

// basis cites the wording of ст. 395 п. 1 behind every rate the cursor
// has handed out.
func (c *rateCursor) basis() string {
	var parts []string
	if c.used&(1<<RefinancingRate) != 0 {
		parts = append(parts, basisRefinancing)
	}
	if c.used&(1<<DepositRate) != 0 {
		b := basisDeposit
		if name := c.district.Name(); name != "" {
			b += " (" + name + ")"
		}
		parts = append(parts, b)
	}
	if c.used&(1<<KeyRate) != 0 {
		parts = append(parts, basisKey)
	}
	if len(parts) == 0 {
		return "ГК РФ ст. 395 п. 1"
	}
	return strings.Join(parts, "; ")
}

// rateCursor walks a validated Rates table forward for Interest395,
// splitting at every rate change and at 1 January.
type rateCursor struct {
	rates    Rates
	i        int
	used     uint8           // bit k set: a rate of kind k was used
	district District        // the district of the deposit rates used
	lastNote string          // the rate note already shown: each kind is named once, where it starts
	rate     decimal.Decimal // rates[rateOf] as a fraction
	rateOf   int
	coef     int64 // rate = coef × 10^exp when fast
	exp      int32
	fast     bool
}

func (c *rateCursor) at(d calendar.Date) (segment, error) {
	rs := c.rates
	for c.i+1 < len(rs) && !rs[c.i+1].From.After(d) {
		c.i++
	}
	if c.i < 0 || rs[c.i].Kind == NoRate {
		return segment{}, rs.noRateError(d, c.i)
	}
	p := rs[c.i]
	if c.i != c.rateOf {
		c.rate, c.rateOf = p.Percent.Shift(-2), c.i
		c.coef, c.exp, c.fast = smallInt(p.Percent)
		c.exp -= 2
	}
	c.used |= 1 << p.Kind
	if p.Kind == DepositRate {
		c.district = p.District
	}
	year := d.Year()
	until := calendar.NewDate(year, 12, 31)
	if c.i+1 < len(rs) {
		if last := rs[c.i+1].From.AddDays(-1); last.Before(until) {
			until = last
		}
	}
	note := p.note()
	if note == c.lastNote {
		note = ""
	} else {
		c.lastNote = note
	}
	return segment{rate: c.rate, yearDays: calendar.DaysInYear(year), until: until, note: note, coef: c.coef, exp: c.exp, fast: c.fast}, nil
}
