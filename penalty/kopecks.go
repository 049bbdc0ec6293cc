package penalty

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The arithmetic below is an allocation-free fast path for the common case
// — amounts and rates whose coefficients fit in 64 bits — and gives exactly
// the result of the decimal arithmetic it replaces (a property test checks
// both against exact rationals). Anything larger falls back to decimal.

// smallInt returns d's coefficient and exponent when the coefficient fits
// in an int64.
func smallInt(d decimal.Decimal) (coef int64, exp int32, ok bool) {
	if d.Sign() == 0 {
		return 0, d.Exponent(), true
	}
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}

// kopecks returns d in kopecks when it is a whole number of kopecks that
// fits in an int64.
func kopecks(d decimal.Decimal) (int64, bool) {
	c, e, ok := smallInt(d)
	if !ok || e < -20 || e > 18 {
		return 0, false
	}
	for s := e + 2; s < 0; s++ {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
	}
	for s := e + 2; s > 0; s-- {
		if c > math.MaxInt64/10 || c < math.MinInt64/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// pow10 holds 10^0 … 10^18.
var pow10 = func() (p [19]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

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
	if d == 0 || hi >= d || d > math.MaxInt64 {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, d)
	if 2*r >= d {
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// fastKopecks is base (in kopecks) × rate (rc × 10^re) × days / yearDays
// (1 for a daily rate) in kopecks, rounded half up by the rounding rule.
func fastKopecks(base, rc int64, re int32, yearDays, days int, rounding Rounding) (int64, bool) {
	if base < 0 || rc < 0 || re > 0 || re < -16 || days < 0 {
		return 0, false
	}
	div := pow10[-re]
	if yearDays > 0 {
		var hi uint64
		hi, div = bits.Mul64(div, uint64(yearDays))
		if hi != 0 {
			return 0, false
		}
	}
	hi, lo := bits.Mul64(uint64(base), uint64(rc))
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
	hi, lo, ok := mul128(hi, lo, uint64(days))
	if !ok {
		return 0, false
	}
	return divRound(hi, lo, div)
}
