package penalty

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// price is the one place a row's amount is computed: base × rate × n ×
// days / den, rounded to kopecks half away from zero — or, with
// RoundDailyAmount, base × rate × num / den rounded to kopecks and then
// multiplied by days. n and den carry the share (1/300), the multiplier
// and the days of the year (ст. 395). It first tries exact 128-bit integer
// arithmetic, which covers every amount and rate of a real claim without
// allocating, and falls back to decimal when an operand is too large; both
// give the same kopecks (TestPriceFastPathMatchesDecimal). It returns the
// amount, and in kopecks when that fits an int64.
func price(base, rate num, n, den int64, days int, rounding Rounding) (amount decimal.Decimal, k int64, ok bool) {
	if k, ok := priceKopecks(base, rate, n, den, days, rounding); ok {
		return money(k), k, true
	}
	amount = priceDecimal(base.d, rate.d, n, den, days, rounding)
	k, ok = kopecks(amount)
	return amount, k, ok
}

// priceDecimal is price in decimal arithmetic. Division happens once, by
// DivRound, so the result is exact whatever decimal.DivisionPrecision says.
func priceDecimal(base, rate decimal.Decimal, n, den int64, days int, rounding Rounding) decimal.Decimal {
	exact := base.Mul(rate)
	if n != 1 {
		exact = exact.Mul(decimal.NewFromInt(n))
	}
	d := decimal.NewFromInt(int64(days))
	if rounding == RoundDailyAmount {
		return canonMoney(exact.DivRound(decimal.NewFromInt(den), 2).Mul(d))
	}
	return canonMoney(exact.Mul(d).DivRound(decimal.NewFromInt(den), 2))
}

// priceKopecks is price in integers: base in kopecks × the rate's
// coefficient × n × days over 10^-exp × den, rounded half up (all
// operands are non-negative). ok is false when an operand does not fit.
func priceKopecks(base, rate num, n, den int64, days int, rounding Rounding) (int64, bool) {
	bk, ok := kopecksOf(base)
	if !ok || bk < 0 || n <= 0 || den <= 0 || days < 0 {
		return 0, false
	}
	rc, re := rate.c, rate.e
	if !rate.ok || rc < 0 || re > 0 || re < -18 {
		return 0, false
	}
	hi, div := bits.Mul64(pow10[-re], uint64(den))
	if hi != 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(bk), uint64(rc))
	if hi, lo, ok = mul128(hi, lo, uint64(n)); !ok {
		return 0, false
	}
	if rounding == RoundDailyAmount {
		daily, ok := divRound(hi, lo, div)
		if !ok {
			return 0, false
		}
		h, l := bits.Mul64(uint64(daily), uint64(days))
		if h != 0 || l > math.MaxInt64 {
			return 0, false
		}
		return int64(l), true
	}
	if hi, lo, ok = mul128(hi, lo, uint64(days)); !ok {
		return 0, false
	}
	return divRound(hi, lo, div)
}

// mul128 multiplies a 128-bit (hi, lo) by m, reporting overflow.
func mul128(hi, lo, m uint64) (uint64, uint64, bool) {
	h1, l := bits.Mul64(lo, m)
	h2, overflow := bits.Mul64(hi, m)
	if h2 != 0 {
		return 0, 0, false
	}
	h, carry := bits.Add64(h1, overflow, 0)
	if carry != 0 {
		return 0, 0, false
	}
	return h, l, true
}

// divRound divides a 128-bit (hi, lo) by d, rounding half up, when the
// quotient fits in 63 bits.
func divRound(hi, lo, d uint64) (int64, bool) {
	if d == 0 || hi >= d {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, d)
	if r >= d-r { // 2r >= d without overflow
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}
