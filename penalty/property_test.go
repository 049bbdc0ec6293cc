package penalty

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// naiveDay is what accrues on one day, computed without rows: the base
// after every payment made before d, and the rate of the rule or of the
// ст. 395 table on d.
func naiveDay(t *testing.T, base decimal.Decimal, pays []Payment, excl []Period, d calendar.Date, rule *Rule, rates Rates) (b decimal.Decimal, perDay *big.Rat, excluded bool) {
	b = base
	for _, p := range pays {
		if p.On.Before(d) {
			b = b.Sub(p.Amount)
		}
	}
	for _, e := range excl {
		if e.Contains(d) {
			return b, new(big.Rat), true
		}
	}
	if rule != nil {
		return b, new(big.Rat).Mul(b.Rat(), rule.Rate.Rat()), false
	}
	p, err := rates.At(d)
	require.NoError(t, err)
	r := new(big.Rat).Mul(b.Rat(), p.Percent.Rat())
	return b, r.Quo(r, big.NewRat(int64(100*calendar.DaysInYear(d.Year())), 1)), false
}

// roundRat rounds a non-negative rational to kopecks, half away from
// zero, exactly.
func roundRat(r *big.Rat) decimal.Decimal {
	q := new(big.Rat).Mul(r, big.NewRat(100, 1))
	whole, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	if rem.Lsh(rem, 1).Cmp(q.Denom()) >= 0 {
		whole.Add(whole, big.NewInt(1))
	}
	return decimal.NewFromBigInt(whole, -2)
}

// TestPropertyAgainstNaive compares Compute and Interest395 with a day-by-
// day computation in exact rationals on random inputs.
func TestPropertyAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2016))
	rules := []Rule{Goods, Prepayment, Services, OSAGO, OSAGORepair, OSAGOSanction}
	rates := KeyRates()
	first, last := day(t, "2016-08-01"), rates.KnownThrough()
	n := 400
	if testing.Short() {
		n = 60
	}
	for i := range n {
		var rule *Rule
		if i%3 != 0 {
			rule = &rules[rng.IntN(len(rules))]
		}
		base := decimal.New(rng.Int64N(1e9)+1, -2)
		from := first.AddDays(rng.IntN(last.Sub(first)))
		to := from.AddDays(rng.IntN(900))
		if to.After(last) {
			to = last
		}
		var pays []Payment
		if rule == nil || rule.Base.ReducedByPayments() {
			left := base
			for range rng.IntN(4) {
				amt := decimal.New(rng.Int64N(left.Shift(2).IntPart()/2+1), -2)
				if amt.Sign() > 0 {
					pays = append(pays, Payment{On: from.AddDays(rng.IntN(to.Sub(from) + 1)), Amount: amt})
					left = left.Sub(amt)
				}
			}
		}
		var excl []Period
		if rng.IntN(2) == 0 {
			s := from.AddDays(rng.IntN(to.Sub(from)+20) - 10)
			excl = append(excl, Period{From: s, To: s.AddDays(rng.IntN(60))})
		}
		rounding := Rounding(rng.IntN(2))

		var c Calculation
		var err error
		if rule != nil {
			c, err = rule.Compute(Input{Base: base, From: from, To: to, Payments: pays, Exclude: excl, Rounding: rounding})
		} else {
			c, err = Interest395(base, from, to, pays, rates, Excluding(excl...), WithRounding(rounding))
		}
		require.NoError(t, err, "case %d", i)

		exact := new(big.Rat)
		next := from
		days, excluded := 0, 0
		sum := decimal.Zero
		for _, row := range c.Rows {
			require.Equal(t, next, row.From, "case %d: rows are contiguous", i)
			require.False(t, row.To.Before(row.From))
			require.Equal(t, row.To.Sub(row.From)+1, row.Days)
			rowExact := new(big.Rat)
			var daily *big.Rat
			for d := row.From; !d.After(row.To); d = d.AddDays(1) {
				b, perDay, ex := naiveDay(t, base, pays, excl, d, rule, rates)
				require.True(t, b.Equal(row.Base), "case %d %s: base %s in a row of %s", i, d, b, row.Base)
				require.Equal(t, ex, row.Excluded, "case %d %s", i, d)
				if daily == nil {
					daily = perDay
				}
				require.Zero(t, daily.Cmp(perDay), "case %d %s: the rate is constant within a row", i, d)
				rowExact.Add(rowExact, perDay)
			}
			want := roundRat(rowExact)
			if rounding == RoundDailyAmount {
				want = roundRat(daily).Mul(decimal.NewFromInt(int64(row.Days)))
			}
			assert.True(t, want.Equal(row.Amount), "case %d row %s: got %s, naive %s", i, row.From, row.Amount, want)
			if row.Excluded {
				excluded += row.Days
			} else {
				days += row.Days
			}
			exact.Add(exact, rowExact)
			sum = sum.Add(row.Amount)
			next = row.To.AddDays(1)
		}
		require.Equal(t, to.AddDays(1), next, "case %d: rows cover the period", i)
		assert.Equal(t, days, c.Days)
		assert.Equal(t, excluded, c.ExcludedDays)
		assert.True(t, sum.Equal(c.Uncapped))
		if rounding == RoundEachRow {
			diff := new(big.Rat).Sub(c.Uncapped.Rat(), exact)
			limit := big.NewRat(int64(len(c.Rows)), 200) // half a kopeck per row
			assert.LessOrEqual(t, new(big.Rat).Abs(diff).Cmp(limit), 0, "case %d", i)
		}
		if c.Cap.Sign() > 0 && c.Uncapped.GreaterThan(c.Cap) {
			assert.True(t, c.Total.Equal(c.Cap) && c.Capped)
		} else {
			assert.True(t, c.Total.Equal(c.Uncapped) && !c.Capped)
		}
	}
}
