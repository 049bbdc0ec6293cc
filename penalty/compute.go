package penalty

import "fmt"

// Compute prices a delay under the rule: the rate times the base for each
// day from in.From through in.To, both included (Пленум ВС РФ от
// 24.03.2016 № 7, п. 65). Rows split where a payment lowers a debt-type
// base (from the next day) and around each exclusion, which appears as its
// own row with its act in the note. Each row is rounded to kopecks once
// (or per day with RoundDailyAmount); Uncapped is the sum of the rows;
// Total is Uncapped lowered to the cap — the base when the rule has
// CapToBase, in.Cap when positive, the smaller of the two when both apply.
//
// Errors: ErrInvalidInput for a bad rule, base, payment, cap or rounding;
// ErrInvalidPeriod for a bad or inverted period or overlapping exclusions.
func (r Rule) Compute(in Input) (Calculation, error) {
	if err := r.validate(); err != nil {
		return Calculation{}, err
	}
	if err := checkMoney("base", in.Base, false); err != nil {
		return Calculation{}, err
	}
	if err := checkMoney("cap", in.Cap, true); err != nil {
		return Calculation{}, err
	}
	if err := checkRounding(in.Rounding); err != nil {
		return Calculation{}, err
	}
	if err := checkPeriod(in.From, in.To); err != nil {
		return Calculation{}, err
	}
	if len(in.Payments) > 0 && !r.Base.ReducedByPayments() {
		return Calculation{}, fmt.Errorf("penalty: %w: %d payments given for a penalty on the %s (%s), which payments do not lower: accepted are payments only for PrepaidAmount, InsurancePayout and Debt bases",
			ErrInvalidInput, len(in.Payments), r.Base, r.Basis)
	}
	pays, err := normalizePayments(in.Payments, in.Base, in.From, in.To)
	if err != nil {
		return Calculation{}, err
	}
	excl, err := normalizeExclusions(in.Exclude, in.From, in.To)
	if err != nil {
		return Calculation{}, err
	}
	l, err := accrue(in.Base, in.From, in.To, pays, excl, newDailyRate(r.Rate), in.Rounding)
	if err != nil {
		return Calculation{}, err
	}
	c := Calculation{
		Title:        r.Name,
		Rows:         l.rows,
		Days:         l.days,
		ExcludedDays: l.excluded,
		Uncapped:     l.sum,
		Total:        l.sum,
		CapBasis:     r.CapBasis,
		Basis:        r.Basis,
		Method:       method(false, len(pays) > 0, in.Rounding),
		Rounding:     in.Rounding,
	}
	if r.CapToBase {
		c.Cap = in.Base
	}
	if in.Cap.Sign() > 0 && (c.Cap.Sign() == 0 || in.Cap.LessThan(c.Cap)) {
		c.Cap = in.Cap
		c.CapBasis = in.CapBasis
		if c.CapBasis == "" {
			c.CapBasis = r.LimitBasis
		}
		if c.CapBasis == "" {
			c.CapBasis = "ограничение, принятое в расчёте"
		}
	}
	c.applyCap()
	return c, nil
}

// applyCap lowers Total to Cap when a cap is set and exceeded.
func (c *Calculation) applyCap() {
	if c.Cap.Sign() > 0 && c.Uncapped.GreaterThan(c.Cap) {
		c.Total, c.Capped = c.Cap, true
	}
}
