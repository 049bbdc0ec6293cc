package penalty

import (
	"cmp"
	"math"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Compute prices a delay under the rule: the rate times the base for each
// day from in.From through in.To, both included (Пленум ВС РФ от
// 24.03.2016 № 7, п. 65). Rows split wherever a fact changes — a payment
// lowers a debt-type base (from the next day), an exclusion or moratorium
// starts or ends (its own row, with its act), the rate or its tier changes,
// a year ends for an annual rate — and each row is rounded to kopecks once
// (or per day with RoundDailyAmount). Uncapped is the sum of the rows;
// Total is Uncapped lowered to the cap — the base when the rule has
// CapToBase, in.Cap when positive, the smaller of the two when both apply.
// With in.Debts the calculation is a schedule: each debt accrues from the
// day after its due day, payments go to the debt they name or else to the
// oldest, and the rows come debt by debt.
//
// Errors are *InputError naming the field: ErrInvalidInput for a bad rule,
// base, payment, cap or option; ErrInvalidPeriod for a bad or inverted
// period or overlapping exclusions; ErrInvalidRates for a malformed
// in.Rates; ErrOutOfRange for a day the rates (field "to" past the known
// rates, "from" before them) or the rule's wordings do not cover.
func (r Rule) Compute(in Input) (Calculation, error) {
	if err := r.validate(); err != nil {
		return Calculation{}, err
	}
	var p prepared
	if err := p.prepare(&r, &in); err != nil {
		return Calculation{}, err
	}
	var e engine
	e.init(&r, &in)
	e.table, e.lookup, e.to, e.excl = p.table, p.lookup, p.to, p.excl
	if p.table != nil {
		e.known = p.table.KnownThrough()
	}

	c := Calculation{Rule: r.ID, Name: r.Name, Base: r.Base, Rounding: in.Rounding, DayCount: in.DayCount,
		RateOn: r.RateOn, RateDate: in.RateDate, EndExclusive: in.EndExclusive}
	if p.table != nil {
		c.RatesKnownThrough = e.known
	}
	var sum decimal.Decimal
	if len(in.Debts) == 0 {
		e.rows = make([]Row, 0, e.rowsBound(in.From, e.to, len(p.pays)))
		bk, _ := kopecks(p.base)
		days, total, err := e.debt(0, in.From, e.to, p.base, bk, p.pays)
		if err != nil {
			return Calculation{}, err
		}
		c.Days, sum = days, total
	} else {
		if err := p.schedule(&e, &in, &c); err != nil {
			return Calculation{}, err
		}
		var k int64
		for _, d := range c.Debts {
			c.Days += d.Days
			if dk, ok := kopecks(d.Total); ok && k <= math.MaxInt64-dk {
				k += dk
			} else {
				sum = sum.Add(d.Total)
			}
		}
		sum = canonMoney(sum.Add(money(k)))
	}
	c.Rows, c.ExcludedDays = e.rows, e.excluded
	c.Uncapped, c.Total = sum, sum
	c.Basis = r.basisUsed(e.erasUsed, r.Eras)
	c.applyCap(&r, &in, p.base)
	if !in.Performed.IsZero() {
		c.Notes = append(c.Notes, Note{Code: NoteLessPerformed, Amount: canonMoney(in.Performed), Of: canonMoney(in.Base), Basis: slices.Clone(procurementSupplierRefs)})
	}
	if e.assumed {
		c.Notes = append(c.Notes, Note{Code: RatesAssumed, Date: e.known})
	}
	return c, nil
}

// applyCap sets the ceiling and the cap line's code and basis.
func (c *Calculation) applyCap(r *Rule, in *Input, base decimal.Decimal) {
	if r.CapToBase {
		c.Cap, c.CapCode, c.CapBasis = base, CapToBase, r.CapBasis
	}
	if in.Cap.Sign() > 0 && (c.Cap.Sign() == 0 || in.Cap.LessThan(c.Cap)) {
		c.Cap, c.CapCode, c.CapBasis = canonMoney(in.Cap), CapLimit, in.CapBasis
		if len(c.CapBasis) == 0 {
			c.CapBasis = r.LimitBasis
		}
	}
	if c.Cap.Sign() == 0 {
		switch {
		case len(r.LimitBasis) > 0:
			c.CapCode, c.CapBasis = CapLimitNotApplied, r.LimitBasis
		case len(r.CapBasis) > 0:
			c.CapCode, c.CapBasis = CapUnlimited, r.CapBasis
		}
		return
	}
	if c.Uncapped.GreaterThan(c.Cap) {
		c.Total, c.Capped = c.Cap, true
	}
}

// basisUsed is the rule's Basis followed by the Basis of every era that
// priced a day, without repeats.
func (r *Rule) basisUsed(used uint64, eras []Era) []law.Ref {
	out := r.Basis
	copied := false
	for i, era := range eras {
		if i >= 64 || used&(1<<uint(i)) == 0 {
			continue
		}
		for _, ref := range era.Basis {
			if slices.Contains(out, ref) {
				continue
			}
			if !copied {
				out, copied = slices.Clip(slices.Clone(out)), true
			}
			out = append(out, ref)
		}
	}
	return out
}

// prepared is a validated Input.
type prepared struct {
	base   decimal.Decimal // the base after Performed
	to     calendar.Date   // the last day of accrual
	pays   []portion       // a single debt's payments, sorted and merged
	excl   []Period
	table  Rates
	lookup Rates
}

// prepare checks every field of in against the rule, bounding each value
// before anything formats or multiplies it.
func (p *prepared) prepare(r *Rule, in *Input) error {
	if in.Rounding >= roundingEnd {
		return fieldError(ErrInvalidInput, "rounding", itoa(int(in.Rounding)), ": accepted are each-row and daily-amount")
	}
	if in.DayCount >= dayCountEnd {
		return fieldError(ErrInvalidInput, "day_count", itoa(int(in.DayCount)), ": accepted are actual and 30/360")
	}
	if in.To.IsZero() {
		return fieldError(ErrInvalidPeriod, "to", "no date: accepted is the day of performance or the calculation date (inclusive)")
	}
	schedule := len(in.Debts) > 0
	if schedule {
		switch {
		case len(in.Debts) > maxDebts:
			return fieldError(ErrInvalidInput, "debts", itoa(len(in.Debts)), " debts: accepted are at most 100000")
		case !in.Base.IsZero():
			return fieldError(ErrInvalidInput, "base", "a schedule takes its amounts from debts: accepted is no base with debts")
		case !in.From.IsZero():
			return fieldError(ErrInvalidInput, "from", "a schedule's delays start the day after each debt's due day: accepted is no from with debts")
		case r.CapToBase:
			return fieldError(ErrInvalidInput, "debts", "a rule capped at its base prices one debt at a time: accepted is no debts")
		case !r.Base.ReducedByPayments():
			return fieldError(ErrInvalidInput, "debts", "a schedule is a series of debts: accepted is a rule whose base payments lower (debt, prepaid amount, insurance payout)")
		}
	} else {
		if err := checkMoney("base", in.Base, false); err != nil {
			return err
		}
		if in.From.IsZero() {
			return fieldError(ErrInvalidPeriod, "from", "no date: accepted is the first day of delay (the day after the due day)")
		}
		if in.To.Before(in.From) {
			return fieldError(ErrInvalidPeriod, "to", in.To.String(), " is before from ", in.From.String(), ": accepted is to on or after from (both days are included)")
		}
	}
	p.to = in.To
	if in.EndExclusive {
		p.to = in.To.AddDays(-1)
		if !schedule && p.to.Before(in.From) {
			return fieldError(ErrInvalidPeriod, "to", "with end_exclusive the day of performance is not counted: accepted is to after from")
		}
	}
	if err := checkMoney("cap", in.Cap, true); err != nil {
		return err
	}
	if len(in.CapBasis) > 16 {
		return fieldError(ErrInvalidInput, "cap_basis", "more than 16 citations")
	}
	p.base = canonMoney(in.Base)
	if !in.Performed.IsZero() || r.Base == UnperformedPrice {
		if r.Base != UnperformedPrice {
			return fieldError(ErrInvalidInput, "performed", "only a base of the contract price less the part performed (44-ФЗ ст. 34 ч. 7) takes it")
		}
		if err := checkMoney("performed", in.Performed, true); err != nil {
			return err
		}
		if !schedule && !in.Performed.LessThan(in.Base) {
			return fieldError(ErrInvalidInput, "performed", showDecimal(in.Performed), ": accepted is less than the price ", showDecimal(in.Base), " (a contract performed in full accrues no penalty)")
		}
		p.base = canonMoney(in.Base.Sub(in.Performed))
	}
	if len(in.Payments) > maxPayments {
		return fieldError(ErrInvalidInput, "payments", itoa(len(in.Payments)), " payments: accepted are at most 100000")
	}
	if len(in.Payments) > 0 && !r.Base.ReducedByPayments() {
		return fieldError(ErrInvalidInput, "payments", itoa(len(in.Payments)), " payments given for a sanction on the ", r.Base.Text(law.English),
			", which payments do not lower: accepted are payments only for a debt, a prepaid amount or an insurance payout")
	}
	if !schedule {
		var err error
		if p.pays, err = normalizePayments(in.Payments, p.base, in.From, in.To); err != nil {
			return err
		}
	}
	var err error
	if p.excl, err = normalizeExclusions(in.Exclude); err != nil {
		return err
	}
	return p.rates(r, in)
}

// rates chooses the reference tables and checks the rate options.
func (p *prepared) rates(r *Rule, in *Input) error {
	annual := r.annual()
	if in.DayCount == Days360 && !annual {
		return fieldError(ErrInvalidInput, "day_count", "30/360 applies to an annual rate (ГК РФ ст. 395, 317.1): accepted is actual")
	}
	if r.Reference == NoReference {
		switch {
		case in.Rates != nil:
			return fieldError(ErrInvalidInput, "rates", "the rule has fixed rates: accepted is no rate table")
		case in.District != "":
			return fieldError(ErrInvalidInput, "district", "the rule has fixed rates: accepted is no district")
		case !in.RateDate.IsZero():
			return fieldError(ErrInvalidInput, "rate_date", "the rule has fixed rates: accepted is no rate date")
		}
		return nil
	}
	if in.District != "" && (r.Reference != ReferenceArt395 || in.Rates != nil) {
		return fieldError(ErrInvalidInput, "district", "a district picks the 2015–16 deposit rates of the embedded ст. 395 history: accepted is no district here")
	}
	switch {
	case in.Rates != nil:
		if err := in.Rates.Validate(); err != nil {
			return err
		}
		p.table = in.Rates
	case r.Reference == ReferenceKeyRate:
		p.table = builtin().key
	case r.Reference == ReferenceRefinancingRate:
		p.table = builtin().refinancing
	default:
		d := in.District
		if d == "" {
			d = Central
		}
		t, ok := builtin().art395[d]
		if !ok {
			return fieldError(ErrInvalidInput, "district", law.Clip(string(d)), ": accepted are ЦФО, СЗФО, ЮФО, СКФО, ПФО, УФО, СФО, ДФО, КФО")
		}
		p.table = t
	}
	p.lookup = p.table
	if !in.RateDate.IsZero() && r.RateOn == RatePerPeriod {
		if r.Reference != ReferenceArt395 || in.To.After(depositEraStart.AddDays(-1)) {
			return fieldError(ErrInvalidInput, "rate_date", "the rule takes the rate in force on each day: accepted is no rate date (one rate for the whole delay is ГК РФ ст. 395 in its wording before 01.06.2015 only)")
		}
		if in.Rates == nil {
			p.lookup = builtin().refinancing
		}
	}
	return nil
}

// normalizePayments validates a single debt's payments and returns them
// sorted with same-day payments merged. nil in, nil out.
func normalizePayments(pays []Payment, debt decimal.Decimal, from, to calendar.Date) ([]portion, error) {
	if len(pays) == 0 {
		return nil, nil
	}
	type item struct {
		i int
		p Payment
	}
	sorted := make([]item, 0, len(pays))
	for i, p := range pays {
		if p.On.IsZero() || p.On.Before(from) || p.On.After(to) {
			return nil, fieldError(ErrInvalidInput, paymentField(i, "on"), quoteDate(p.On), ": accepted is a day from ", from.String(), " to ", to.String(),
				", the period of delay (an earlier payment lowers the base itself)")
		}
		if !validMoney(p.Amount, false) {
			return nil, checkMoney(paymentField(i, "amount"), p.Amount, false)
		}
		if !p.For.IsZero() {
			return nil, fieldError(ErrInvalidInput, paymentField(i, "for"), "names a debt, but there is one debt: accepted is no for without debts")
		}
		sorted = append(sorted, item{i, p})
	}
	slices.SortStableFunc(sorted, func(a, b item) int { return a.p.On.Compare(b.p.On) })
	out := make([]portion, 0, len(sorted))
	left := debt
	for _, s := range sorted {
		left = left.Sub(s.p.Amount)
		switch {
		case left.Sign() < 0:
			return nil, fieldError(ErrInvalidInput, paymentField(s.i, "amount"), "payments through ", s.p.On.String(), " total more than the debt ", debt.StringFixed(2),
				": accepted are payments that add up to at most the debt")
		case left.Sign() == 0 && s.p.On != to:
			return nil, fieldError(ErrInvalidInput, paymentField(s.i, "on"), "payments clear the debt ", debt.StringFixed(2), " on ", s.p.On.String(), " but to is ", to.String(),
				": the day the debt is paid is the last day of delay, so accepted is to = ", s.p.On.String())
		}
		k, _ := kopecks(s.p.Amount)
		if n := len(out); n > 0 && out[n-1].on == s.p.On {
			out[n-1].k += k
			out[n-1].d = decimal.Decimal{}
			continue
		}
		out = append(out, portion{on: s.p.On, k: k, d: canonMoney(s.p.Amount)})
	}
	return out, nil
}

func paymentField(i int, f string) string { return indexed("payments", i, f) }

func quoteDate(d calendar.Date) string {
	if d.IsZero() {
		return "no date"
	}
	return d.String()
}

// normalizeExclusions validates exclusions, rejects overlaps, and returns
// them sorted by From.
func normalizeExclusions(ex []Period) ([]Period, error) {
	if len(ex) == 0 {
		return nil, nil
	}
	if len(ex) > maxExclusions {
		return nil, fieldError(ErrInvalidPeriod, "exclude", itoa(len(ex)), " periods: accepted are at most 100000")
	}
	type item struct {
		i int
		p Period
	}
	sorted := make([]item, 0, len(ex))
	for i, p := range ex {
		if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
			return nil, fieldError(ErrInvalidPeriod, indexed("exclude", i, ""), quoteDate(p.From), "–", quoteDate(p.To), ": accepted is a period with both dates, from on or before to")
		}
		if len(p.Basis) > 16 {
			return nil, fieldError(ErrInvalidInput, indexed("exclude", i, "basis"), "more than 16 citations")
		}
		sorted = append(sorted, item{i, p})
	}
	slices.SortStableFunc(sorted, func(a, b item) int { return cmp.Or(a.p.From.Compare(b.p.From), a.p.To.Compare(b.p.To)) })
	out := make([]Period, len(sorted))
	for k, s := range sorted {
		if k > 0 && !s.p.From.After(sorted[k-1].p.To) {
			return nil, fieldError(ErrInvalidPeriod, indexed("exclude", s.i, ""), s.p.String(), " overlaps ", sorted[k-1].p.String(), ": accepted are periods that share no day")
		}
		out[k] = s.p
	}
	return out, nil
}
