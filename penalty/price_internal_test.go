package penalty

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// exactPrice is price computed in big.Rat and rounded half up.
func exactPrice(base, rate decimal.Decimal, n, den int64, days int, rounding Rounding) decimal.Decimal {
	round := func(r *big.Rat) *big.Rat {
		q := new(big.Rat).Mul(r, big.NewRat(100, 1))
		whole, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
		if rem.Lsh(rem, 1).Cmp(q.Denom()) >= 0 {
			whole.Add(whole, big.NewInt(1))
		}
		return new(big.Rat).SetFrac(whole, big.NewInt(100))
	}
	x := new(big.Rat).Mul(base.Rat(), rate.Rat())
	x.Mul(x, big.NewRat(n, den))
	if rounding == RoundDailyAmount {
		x = round(x)
		x.Mul(x, big.NewRat(int64(days), 1))
	} else {
		x = round(x.Mul(x, big.NewRat(int64(days), 1)))
	}
	return decimal.NewFromBigRat(x, 2)
}

// TestPriceFastPathMatchesDecimal checks the one pricing function: the
// 128-bit integer path and the decimal path agree with exact rationals on
// random operands, and the fast path is taken for every realistic one.
func TestPriceFastPathMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(128, 64))
	shares := [][2]int64{{1, 1}, {1, 300}, {2, 300}, {1, 150}, {1, 130}, {1, 365}, {1, 366}, {1, 360}, {2, 366}, {10, 1000}}
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	for i := range n {
		base := decimal.New(rng.Int64N(100_000_000_000_000_000), -2) // up to 10^15 rubles
		if rng.IntN(4) == 0 {
			base = decimal.New(rng.Int64N(1_000_000), -int32(rng.IntN(3)))
		}
		rate := decimal.New(rng.Int64N(1_000_000_000)+1, -int32(3+rng.IntN(8)))
		sh := shares[rng.IntN(len(shares))]
		days := rng.IntN(40_000)
		rounding := Rounding(rng.IntN(2))
		want := exactPrice(base, rate, sh[0], sh[1], days, rounding)
		fast, ok := priceKopecks(newNum(base), newNum(rate), sh[0], sh[1], days, rounding)
		slow := priceDecimal(base, rate, sh[0], sh[1], days, rounding)
		require.True(t, want.Equal(slow), "decimal path #%d: %s × %s × %d/%d × %d (%s): %s, want %s", i, base, rate, sh[0], sh[1], days, rounding, slow, want)
		if ok {
			require.True(t, want.Equal(money(fast)), "fast path #%d: %s × %s × %d/%d × %d (%s): %d, want %s", i, base, rate, sh[0], sh[1], days, rounding, fast, want)
		}
		got, _, _ := price(newNum(base), newNum(rate), sh[0], sh[1], days, rounding)
		require.True(t, want.Equal(got), "price #%d", i)
	}
	// Realistic operands take the fast path.
	_, ok := priceKopecks(newNum(decimal.RequireFromString("1000000000000.00")), newNum(decimal.RequireFromString("0.155")), 2, 300, 36500, RoundEachRow)
	assert.True(t, ok)
	// Operands too large for it fall back, with the same answer.
	big1 := decimal.RequireFromString("123456789012345678901234567.89")
	_, ok = priceKopecks(newNum(big1), newNum(decimal.RequireFromString("0.01")), 1, 1, 10, RoundEachRow)
	assert.False(t, ok)
	got, _, _ := price(newNum(big1), newNum(decimal.RequireFromString("0.01")), 1, 1, 10, RoundEachRow)
	assert.True(t, exactPrice(big1, decimal.RequireFromString("0.01"), 1, 1, 10, RoundEachRow).Equal(got))
}

func TestCanonicalForms(t *testing.T) {
	assert.True(t, canon(decimal.RequireFromString("0.0100")).Equal(decimal.New(1, -2)))
	assert.Equal(t, int32(-2), canon(decimal.RequireFromString("0.0100")).Exponent())
	assert.Equal(t, decimal.Decimal{}, canon(decimal.RequireFromString("0.000")))
	assert.Equal(t, decimal.Decimal{}, money(0))
	assert.Equal(t, int32(-2), canonMoney(decimal.RequireFromString("59990")).Exponent())
	for s, want := range map[string]int64{"59990.00": 5999000, "0.01": 1, "1e3": 100000, "-5": -500} {
		k, ok := kopecks(decimal.RequireFromString(s))
		assert.True(t, ok, s)
		assert.Equal(t, want, k, s)
	}
	_, ok := kopecks(decimal.RequireFromString("0.001"))
	assert.False(t, ok)
	_, ok = kopecks(decimal.New(1, 2_000_000_000))
	assert.False(t, ok)
	assert.Equal(t, 151, days360(mustDate("2010-12-31"), mustDate("2011-05-31")), "А19-12919/12: 1 + 5 × 30")
	assert.Equal(t, 30, days360(mustDate("2011-02-01"), mustDate("2011-02-28")), "February counts as 30 days")
	assert.Equal(t, 30, days360(mustDate("2011-01-01"), mustDate("2011-01-31")), "the 31st does not count")
}

func mustDate(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestFormulaIntMatchesDecimal: the integer rendering of a formula writes
// exactly what the decimal rendering writes.
func TestFormulaIntMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	shares := []Share{{}, {1, 300}, {1, 150}, {1, 130}}
	for i := range 20_000 {
		r := Row{Base: money(rng.Int64N(10_000_000_000) + 1), Days: rng.IntN(5000) + 1, Rounding: Rounding(rng.IntN(2))}
		switch rng.IntN(3) {
		case 0: // fixed daily
			r.Rate = canon(decimal.New(rng.Int64N(1000)+1, -int32(2+rng.IntN(4))))
		case 1: // annual
			r.Rate = canon(decimal.New(rng.Int64N(3000)+1, -4))
			r.YearDays = 365 + rng.IntN(2)
		default:
			r.Rate = canon(decimal.New(rng.Int64N(3000)+1, -4))
			r.Share = shares[1+rng.IntN(3)]
			r.Multiplier = rng.IntN(3)
		}
		n, den := int64(max(1, r.Multiplier)), int64(1)
		if r.YearDays > 0 {
			den = int64(r.YearDays)
		} else if !r.Share.IsZero() {
			n, den = int64(r.Share.Num)*n, int64(r.Share.Den)
		}
		r.Amount, _, _ = price(newNum(r.Base), newNum(r.Rate), n, den, r.Days, r.Rounding)
		for _, lang := range []law.Lang{law.Russian, law.English} {
			fast, ok := r.appendFormulaInt(nil, lang)
			require.True(t, ok, "#%d takes the integer path", i)
			slow := r.appendFormulaDecimal(nil, lang)
			require.Equal(t, string(slow), string(fast), "#%d %+v", i, r)
		}
	}
}

func TestAppendJSONBytes(t *testing.T) {
	for _, s := range []string{"a\"b\\c\n\t\x01\r", "кириллица «»", "bad\xffutf8", ""} {
		assert.Equal(t, string(law.AppendJSONString(nil, s)), string(appendJSONBytes(nil, []byte(s))))
	}
}
