package penalty_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

// naiveDay is what accrues on day d of a single debt, computed from the
// rule's public data without rows: the base after every payment before d;
// the exclusion, moratorium or grace tier; the era and tier of the day;
// the reference rate of the day (or of the fixed day, or of the payment of
// each part) capped by the special period of the day.
func naiveDay(t *testing.T, r penalty.Rule, in penalty.Input, table penalty.Rates, d calendar.Date) (daily *big.Rat, excluded bool) {
	base := in.Base.Rat()
	var later []penalty.Payment
	for _, p := range in.Payments {
		if p.On.Before(d) {
			base.Sub(base, p.Amount.Rat())
		} else {
			later = append(later, p)
		}
	}
	for _, e := range in.Exclude {
		if e.Contains(d) {
			return new(big.Rat), true
		}
	}
	var cap *penalty.SpecialPeriod
	for i, s := range r.Special {
		if !d.Before(s.From) && !d.After(s.To) {
			if s.Kind == penalty.Moratorium {
				return new(big.Rat), true
			}
			cap = &r.Special[i]
		}
	}
	k := d.Sub(in.From) + 1
	var tier penalty.Tier
	if len(r.Eras) == 0 {
		tier = penalty.Tier{FromDay: 1, Fixed: r.Rate}
	} else {
		found := false
		for _, e := range r.Eras {
			if (e.From.IsZero() || !d.Before(e.From)) && (e.To.IsZero() || !d.After(e.To)) && (e.DueFrom.IsZero() || !in.From.Before(e.DueFrom)) {
				for _, tr := range e.Tiers {
					if tr.FromDay <= k {
						tier = tr
					}
				}
				found = true
			}
		}
		require.True(t, found, "no era for %s", d)
	}
	if tier.Fixed.IsZero() && tier.Share.IsZero() {
		return new(big.Rat), true
	}
	if !tier.Fixed.IsZero() {
		return base.Mul(base, tier.Fixed.Rat()), false
	}
	rateOf := func(day calendar.Date) *big.Rat {
		p, err := table.At(day)
		require.NoError(t, err, "rate on %s", day)
		pct := p.Percent.Rat()
		if cap != nil && (cap.Kind == penalty.RateFixed || cap.Percent.Rat().Cmp(pct) < 0) {
			pct = cap.Percent.Rat()
		}
		return pct.Quo(pct, big.NewRat(100, 1))
	}
	mult := int64(1)
	if r.Multiplier > 1 {
		mult = int64(r.Multiplier)
	}
	per := func(amount *big.Rat, rate *big.Rat) *big.Rat {
		x := new(big.Rat).Mul(amount, rate)
		x.Mul(x, big.NewRat(mult, 1))
		if tier.Share.Annual() {
			return x.Quo(x, big.NewRat(int64(calendar.DaysInYear(d.Year())), 1))
		}
		return x.Mul(x, big.NewRat(int64(tier.Share.Num), int64(tier.Share.Den)))
	}
	switch r.RateOn {
	case penalty.RateOnDayBeforeFrom:
		return per(base, rateOf(in.From.AddDays(-1))), false
	case penalty.RateOnTo:
		return per(base, rateOf(in.To)), false
	case penalty.RateOnPayment:
		sum := new(big.Rat)
		rest := new(big.Rat).Set(base)
		for _, p := range later {
			sum.Add(sum, per(p.Amount.Rat(), rateOf(p.On)))
			rest.Sub(rest, p.Amount.Rat())
		}
		return sum.Add(sum, per(rest, rateOf(in.To))), false
	}
	return per(base, rateOf(d)), false
}

// roundHalfUp rounds a non-negative rational to kopecks.
func roundHalfUp(r *big.Rat) decimal.Decimal {
	q := new(big.Rat).Mul(r, big.NewRat(100, 1))
	whole, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	if rem.Lsh(rem, 1).Cmp(q.Denom()) >= 0 {
		whole.Add(whole, big.NewInt(1))
	}
	return decimal.NewFromBigInt(whole, -2)
}

// TestPropertyAgainstNaive prices random single debts under every rule
// family and checks each row against the naive day-by-day amounts: every
// day of a row accrues the same, and the row is that sum rounded once.
func TestPropertyAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2016))
	type family struct {
		rule  penalty.Rule
		table penalty.Rates
		first calendar.Date
	}
	families := []family{
		{penalty.Goods(), nil, calendar.NewDate(2019, 1, 1)},
		{penalty.Prepayment(), nil, calendar.NewDate(2019, 1, 1)},
		{penalty.OSAGO(), nil, calendar.NewDate(2019, 1, 1)},
		{penalty.Alimony(), nil, calendar.NewDate(2017, 1, 1)},
		{penalty.Art395(), penalty.Art395Rates(), calendar.NewDate(2016, 8, 1)},
		{penalty.StatutoryInterest(), penalty.RefinancingRateSeries(), calendar.NewDate(2016, 8, 1)},
		{penalty.Wages(), penalty.RefinancingRateSeries(), calendar.NewDate(2014, 1, 1)},
		{penalty.TaxIndividual(), penalty.RefinancingRateSeries(), calendar.NewDate(2014, 1, 1)},
		{penalty.TaxOrganisation(), penalty.RefinancingRateSeries(), calendar.NewDate(2016, 1, 1)},
		{penalty.DDU(), penalty.RefinancingRateSeries(), calendar.NewDate(2016, 1, 1)},
		{penalty.DDUCitizen(), penalty.RefinancingRateSeries(), calendar.NewDate(2019, 1, 1)},
		{penalty.Utilities(), penalty.RefinancingRateSeries(), calendar.NewDate(2016, 2, 1)},
		{penalty.CapitalRepair(), penalty.RefinancingRateSeries(), calendar.NewDate(2016, 2, 1)},
		{penalty.ProcurementCustomer(), penalty.RefinancingRateSeries(), calendar.NewDate(2016, 2, 1)},
	}
	last := penalty.KeyRateSeries().KnownThrough()
	n := 150
	if testing.Short() {
		n = 20
	}
	for _, f := range families {
		for iter := range n {
			from := f.first.AddDays(rng.IntN(last.Sub(f.first) - 30))
			to := from.AddDays(rng.IntN(min(900, last.Sub(from))))
			in := penalty.Input{Base: decimal.New(int64(1+rng.IntN(100_000_000)), -2), From: from, To: to}
			if f.rule.Base.ReducedByPayments() && rng.IntN(2) == 0 {
				left := in.Base
				for range 1 + rng.IntN(3) {
					amt := decimal.New(int64(1+rng.IntN(int(left.Shift(2).IntPart()))), -2)
					if !amt.LessThan(left) {
						break
					}
					in.Payments = append(in.Payments, penalty.Payment{On: from.AddDays(rng.IntN(to.Sub(from) + 1)), Amount: amt})
					left = left.Sub(amt)
				}
			}
			if rng.IntN(3) == 0 {
				s := from.AddDays(rng.IntN(to.Sub(from) + 1))
				in.Exclude = []penalty.Period{{From: s, To: s.AddDays(rng.IntN(60))}}
			}
			if f.rule.Reference == penalty.NoReference {
				in.Rounding = penalty.Rounding(rng.IntN(2))
			}
			c, err := f.rule.Compute(in)
			require.NoError(t, err, "%s #%d %+v", f.rule.ID, iter, in)
			next := from
			for i, row := range c.Rows {
				if row.From != next && c.Rows[i-1].From != row.From { // part rows share their days
					t.Fatalf("%s #%d: row %d starts %s, want %s", f.rule.ID, iter, i, row.From, next)
				}
				next = row.To.AddDays(1)
			}
			require.Equal(t, to.AddDays(1), next, "rows cover the period")
			// Per level of rows (part rows share days), the naive days sum to the rows' exact sum.
			for i := 0; i < len(c.Rows); {
				j := i
				sum := decimal.Zero
				for j < len(c.Rows) && c.Rows[j].From == c.Rows[i].From {
					sum = sum.Add(c.Rows[j].Amount)
					j++
				}
				exact := new(big.Rat)
				var first *big.Rat
				for d := c.Rows[i].From; !d.After(c.Rows[i].To); d = d.AddDays(1) {
					daily, excluded := naiveDay(t, f.rule, in, f.table, d)
					if excluded != c.Rows[i].Excluded {
						t.Fatalf("%s #%d row %d day %s: excluded %v, naive %v\n%s", f.rule.ID, iter, i, d, c.Rows[i].Excluded, excluded, c)
					}
					if first == nil {
						first = daily
					} else if first.Cmp(daily) != 0 {
						t.Fatalf("%s #%d row %d: day %s accrues %s, the row's first day %s\n%s", f.rule.ID, iter, i, d, daily.FloatString(6), first.FloatString(6), c)
					}
					exact.Add(exact, daily)
				}
				if j == i+1 && c.Rows[i].Rounding == penalty.RoundEachRow {
					if want := roundHalfUp(exact); !want.Equal(sum) {
						t.Fatalf("%s #%d row %d: %s, naive %s (%s)\n%s", f.rule.ID, iter, i, sum, want, exact.FloatString(6), c)
					}
				} else {
					diff := new(big.Rat).Sub(sum.Rat(), exact)
					limit := big.NewRat(int64(c.Rows[i].Days*(j-i)), 200)
					if new(big.Rat).Abs(diff).Cmp(limit) > 0 {
						t.Fatalf("%s #%d row %d: %s, naive %s\n%s", f.rule.ID, iter, i, sum, exact.FloatString(6), c)
					}
				}
				i = j
			}
		}
	}
}
