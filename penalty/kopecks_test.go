package penalty

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFastKopecksMatchesDecimal checks the allocation-free arithmetic
// against the decimal path on random rows, both roundings.
func TestFastKopecksMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rates := []string{"0.01", "0.005", "0.03", "0.0005", "0.001", "0.155", "0.0825", "0.1046", "0.000001", "0.123456"}
	for i := range 20000 {
		row := Row{
			Base:     decimal.New(rng.Int64N(1e17)+1, -2),
			Rate:     dec(rates[rng.IntN(len(rates))]),
			Days:     rng.IntN(4000) + 1,
			Rounding: Rounding(rng.IntN(2)),
		}
		if rng.IntN(2) == 0 {
			row.YearDays = 365 + rng.IntN(2)
		}
		base, ok := kopecks(row.Base)
		require.True(t, ok)
		rc, re, ok := smallInt(row.Rate)
		require.True(t, ok)
		k, ok := fastKopecks(base, rc, re, row.YearDays, row.Days, row.Rounding)
		if !ok {
			continue // too large for 128 bits: the decimal path takes it
		}
		assert.Equal(t, row.priceDecimal().StringFixed(2), decimal.New(k, -2).StringFixed(2), "case %d: %+v", i, row)
	}
}

func TestFastKopecksFallsBack(t *testing.T) {
	_, ok := fastKopecks(1, 1, -17, 0, 1, RoundEachRow)
	assert.False(t, ok, "a rate exponent beyond 10^-16")
	_, ok = fastKopecks(-1, 1, -2, 0, 1, RoundEachRow)
	assert.False(t, ok)
	_, ok = fastKopecks(1<<62, 1<<62, 0, 0, 1<<20, RoundEachRow)
	assert.False(t, ok, "beyond 128 bits")
	_, ok = fastKopecks(1<<62, 1<<62, 0, 0, 1<<20, RoundDailyAmount)
	assert.False(t, ok)

	// A rule whose rate has more decimals than the fast path takes still
	// computes, through decimal.
	tiny := Rule{Name: "x", Rate: dec("0.0000000001"), Base: Debt}
	c, err := tiny.Compute(Input{Base: dec("1000000000"), From: day(t, "2025-01-01"), To: day(t, "2025-01-10")})
	require.NoError(t, err)
	assert.Equal(t, "1.00", c.Total.StringFixed(2), "10^9 × 10^-10 × 10 days")

	// The largest accepted base through a full leap year of the largest key rate.
	c, err = Interest395(dec("1000000000000000"), day(t, "2024-01-01"), day(t, "2024-12-31"), nil, nil)
	require.NoError(t, err)
	assert.True(t, c.Total.GreaterThan(dec("100000000000000")))
}

func TestKopecks(t *testing.T) {
	tests := []struct {
		in   decimal.Decimal
		want int64
		ok   bool
	}{
		{dec("59990"), 5999000, true},
		{dec("59990.00"), 5999000, true},
		{dec("0.01"), 1, true},
		{dec("-1.5"), -150, true},
		{dec("1.000000"), 100, true},
		{dec("0.001"), 0, false},
		{decimal.New(1, 30), 0, false},
		{decimal.Decimal{}, 0, true},
		{dec("123456789012345678901234567890"), 0, false},
	}
	for _, tc := range tests {
		got, ok := kopecks(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in.String())
		if ok {
			assert.Equal(t, tc.want, got, tc.in.String())
		}
	}
}
