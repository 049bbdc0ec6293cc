package penalty

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// Period is an inclusive span of days, From through To. As an exclusion it
// names the act that stops accrual in Basis (Russian), which the
// calculation quotes in the row's note.
type Period struct {
	From, To calendar.Date
	Basis    string
}

// Days returns the number of days in p, both ends included (0 when p is
// inverted or has a zero date).
func (p Period) Days() int {
	if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
		return 0
	}
	return p.To.Sub(p.From) + 1
}

// Contains reports whether d lies in p, ends included.
func (p Period) Contains(d calendar.Date) bool {
	return !d.IsZero() && !d.Before(p.From) && !d.After(p.To)
}

// String returns p as Russian documents write it: "01.04.2022–01.10.2022".
func (p Period) String() string { return formatPeriod(p.From, p.To) }

// Payment is money paid towards a debt-type base on a day. The day of
// payment is still charged on the old amount; the base falls from the next
// day (Пленум ВС РФ от 24.03.2016 № 7, п. 65: the day of payment is inside
// the period).
type Payment struct {
	On     calendar.Date
	Amount decimal.Decimal
}

// Rounding selects how a row's amount is rounded to kopecks. Both round
// half away from zero.
type Rounding uint8

const (
	// RoundEachRow, the default: the row's exact amount (base × rate × days)
	// is rounded once, as the reference ст. 395 calculator 395gk.ru does.
	RoundEachRow Rounding = iota
	// RoundDailyAmount: the daily amount is rounded to kopecks first and
	// then multiplied by the days, as many claims and decisions write it
	// («по 229,99 руб. в день»). It can differ from RoundEachRow by a few
	// kopecks.
	RoundDailyAmount
)

// String returns "each-row" or "daily-amount", the names used in JSON.
func (r Rounding) String() string {
	switch r {
	case RoundEachRow:
		return "each-row"
	case RoundDailyAmount:
		return "daily-amount"
	}
	return fmt.Sprintf("Rounding(%d)", uint8(r))
}

// Input is one delay to price with a Rule.
type Input struct {
	// Base is the amount the rate applies to, in rubles (kopecks allowed).
	Base decimal.Decimal
	// From is the first day of delay: deadline.Result.OverdueFrom(), the
	// day after the last day of the term (ГК РФ ст. 191, 193).
	From calendar.Date
	// To is the day of actual performance, or the calculation date;
	// included (Пленум ВС РФ № 7, п. 65).
	To calendar.Date
	// Payments lower a debt-type base (Base.ReducedByPayments) from the day
	// after each payment. Each lies in [From, To]; together they do not
	// exceed Base, and a payment that clears the debt is on To.
	Payments []Payment
	// Exclude lists days on which nothing accrues, e.g. Moratorium2022.
	// They may reach outside [From, To] but must not overlap each other.
	Exclude []Period
	// Cap, when positive, is a ceiling on the total in addition to the
	// rule's own: for ОСАГО, what remains of the insured sum under
	// ФЗ № 40-ФЗ ст. 16.1 п. 6. Zero means no such ceiling.
	Cap decimal.Decimal
	// CapBasis cites Cap (Russian); the rule's LimitBasis when empty, or a
	// plain «ограничение, принятое в расчёте» for a rule without one.
	CapBasis string
	// Rounding selects the kopeck rounding; RoundEachRow by default.
	Rounding Rounding
}

// checkPeriod accepts a non-empty inclusive period of real dates.
func checkPeriod(from, to calendar.Date) error {
	if from.IsZero() || to.IsZero() {
		return fmt.Errorf("penalty: %w: from %q to %q: both dates are required (from = first day of delay, to = day of performance, inclusive)", ErrInvalidPeriod, from.String(), to.String())
	}
	if to.Before(from) {
		return fmt.Errorf("penalty: %w: to %s is before from %s: accepted is to on or after from (both days are included)", ErrInvalidPeriod, to, from)
	}
	return nil
}

func checkRounding(r Rounding) error {
	if r > RoundDailyAmount {
		return fmt.Errorf("penalty: %w: rounding %d: accepted are RoundEachRow and RoundDailyAmount", ErrInvalidInput, uint8(r))
	}
	return nil
}

// normalizePayments validates payments against a debt in [from, to] and
// returns them sorted with same-day payments merged. nil in, nil out.
func normalizePayments(pays []Payment, debt decimal.Decimal, from, to calendar.Date) ([]Payment, error) {
	if len(pays) == 0 {
		return nil, nil
	}
	out := make([]Payment, 0, len(pays))
	for _, p := range pays {
		if p.On.IsZero() || p.On.Before(from) || p.On.After(to) {
			return nil, fmt.Errorf("penalty: %w: payment of %s on %q: accepted is a date from %s to %s, the period of delay (pay earlier amounts by lowering the base)",
				ErrInvalidInput, showDecimal(p.Amount), p.On.String(), from, to)
		}
		if err := checkMoney("payment on "+p.On.String(), p.Amount, false); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b Payment) int { return a.On.Compare(b.On) })
	merged := out[:1]
	for _, p := range out[1:] {
		if last := &merged[len(merged)-1]; last.On == p.On {
			last.Amount = last.Amount.Add(p.Amount)
			continue
		}
		merged = append(merged, p)
	}
	left := debt
	for _, p := range merged {
		left = left.Sub(p.Amount)
		switch {
		case left.Sign() < 0:
			return nil, fmt.Errorf("penalty: %w: payments through %s total more than the debt %s: accepted are payments that add up to at most the debt",
				ErrInvalidInput, p.On, debt.StringFixed(2))
		case left.Sign() == 0 && p.On != to:
			return nil, fmt.Errorf("penalty: %w: payments clear the debt %s on %s but to is %s: the day the debt is paid is the last day of delay, so accepted is to = %s",
				ErrInvalidInput, debt.StringFixed(2), p.On, to, p.On)
		}
	}
	return merged, nil
}

// normalizeExclusions validates exclusions, rejects overlaps, and returns
// them sorted and clipped to [from, to]; those outside it are dropped.
func normalizeExclusions(ex []Period, from, to calendar.Date) ([]Period, error) {
	if len(ex) == 0 {
		return nil, nil
	}
	sorted := make([]Period, 0, len(ex))
	for _, p := range ex {
		if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
			return nil, fmt.Errorf("penalty: %w: exclusion %q–%q: accepted is a period with both dates, from on or before to", ErrInvalidPeriod, p.From.String(), p.To.String())
		}
		sorted = append(sorted, p)
	}
	slices.SortStableFunc(sorted, func(a, b Period) int { return cmp.Or(a.From.Compare(b.From), a.To.Compare(b.To)) })
	for i := 1; i < len(sorted); i++ {
		if a, b := sorted[i-1], sorted[i]; !b.From.After(a.To) {
			return nil, fmt.Errorf("penalty: %w: exclusions %s and %s overlap: accepted are periods that share no day", ErrInvalidPeriod, a, b)
		}
	}
	out := sorted[:0]
	for _, p := range sorted {
		if p.To.Before(from) || p.From.After(to) {
			continue
		}
		if p.From.Before(from) {
			p.From = from
		}
		if p.To.After(to) {
			p.To = to
		}
		out = append(out, p)
	}
	return out, nil
}
