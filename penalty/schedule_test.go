package penalty_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

func TestScheduleAllocation(t *testing.T) {
	c, err := penalty.Alimony().Compute(penalty.Input{To: day(t, "2025-06-30"),
		Debts: []penalty.Charge{{Due: day(t, "2025-03-31"), Amount: dec("15000")}, {Due: day(t, "2025-02-28"), Amount: dec("15000")}, {Due: day(t, "2025-04-30"), Amount: dec("15000")}},
		Payments: []penalty.Payment{
			{On: day(t, "2025-05-20"), Amount: dec("20000"), For: day(t, "2025-04-30")},
			{On: day(t, "2025-04-05"), Amount: dec("18000")},
		}})
	require.NoError(t, err)
	require.Len(t, c.Debts, 3)
	assert.Equal(t, day(t, "2025-02-28"), c.Debts[0].Due, "debts are ordered by due day")
	want := []penalty.Allocation{
		{Payment: 1, On: day(t, "2025-04-05"), Debt: 0, Amount: dec("15000.00"), Code: penalty.AllocationOldest},
		{Payment: 1, On: day(t, "2025-04-05"), Debt: 1, Amount: dec("3000.00"), Code: penalty.AllocationOldest},
		{Payment: 0, On: day(t, "2025-05-20"), Debt: 2, Amount: dec("15000.00"), Code: penalty.AllocationNamed},
		{Payment: 0, On: day(t, "2025-05-20"), Debt: 1, Amount: dec("5000.00"), Code: penalty.AllocationOldest},
	}
	require.Len(t, c.Allocations, len(want))
	for i, w := range want {
		got := c.Allocations[i]
		assert.Equal(t, w.Payment, got.Payment, "allocation %d", i)
		assert.Equal(t, w.Debt, got.Debt, "allocation %d", i)
		assert.True(t, w.Amount.Equal(got.Amount), "allocation %d: %s", i, got.Amount)
		assert.Equal(t, w.Code, got.Code, "allocation %d", i)
	}
	// Debt 0: 01.03–05.04 (36 days) × 15 = 540,00; debt 2 paid on 20.05: 01.05–20.05 (20) × 15 = 300,00;
	// debt 1: 01.04–05.04 (5) × 15 = 75,00, 06.04–20.05 (45) × 12 = 540,00, 21.05–30.06 (41) × 7 = 287,00.
	assert.Equal(t, "540.00", c.Debts[0].Total.StringFixed(2))
	assert.Equal(t, "902.00", c.Debts[1].Total.StringFixed(2))
	assert.Equal(t, "300.00", c.Debts[2].Total.StringFixed(2))
	assert.Equal(t, day(t, "2025-05-20"), c.Debts[2].To, "a debt paid in full stops there")
	assert.Equal(t, "1742.00", c.Total.StringFixed(2), "СК РФ ст. 115 п. 2: 0,1 % a day")
	roundTrip(t, c)

	_, err = penalty.Alimony().Compute(penalty.Input{To: day(t, "2025-06-30"), Debts: []penalty.Charge{{Due: day(t, "2025-02-28"), Amount: dec("100")}},
		Payments: []penalty.Payment{{On: day(t, "2025-03-10"), Amount: dec("101")}}})
	var ie *penalty.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "payments[0].amount", ie.Field)

	_, err = penalty.Alimony().Compute(penalty.Input{To: day(t, "2025-06-30"), Debts: []penalty.Charge{{Due: day(t, "2025-02-28"), Amount: dec("100")}},
		Payments: []penalty.Payment{{On: day(t, "2025-03-10"), Amount: dec("10"), For: day(t, "2025-03-01")}}})
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "payments[0].for", ie.Field)

	_, err = penalty.Alimony().Compute(penalty.Input{To: day(t, "2025-06-30"), Debts: []penalty.Charge{{Due: day(t, "2025-02-28"), Amount: dec("100")}, {Due: day(t, "2025-02-28"), Amount: dec("5")}}})
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "debts[1].due", ie.Field)
}

// TestSchedulePropertyAgainstNaive prices random schedules and compares
// each debt with a naive day-by-day sum in exact rationals: the allocation
// (named first, then the oldest) and the accrual are implemented again
// here, independently.
func TestSchedulePropertyAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2025))
	rule := penalty.Rule{Name: "0,1 % a day", Rate: dec("0.001"), Base: penalty.Debt}
	n := 300
	if testing.Short() {
		n = 40
	}
	for iter := range n {
		start := calendar.NewDate(2024, 1, 10)
		var debts []penalty.Charge
		for k := range 1 + rng.IntN(8) {
			debts = append(debts, penalty.Charge{Due: start.AddMonths(k), Amount: decimal.New(int64(100+rng.IntN(500000)), -2)})
		}
		to := start.AddMonths(len(debts)).AddDays(rng.IntN(200))
		total := decimal.Zero
		for _, d := range debts {
			total = total.Add(d.Amount)
		}
		var pays []penalty.Payment
		left := total
		for range rng.IntN(6) {
			if left.Sign() <= 0 {
				break
			}
			amt := decimal.New(int64(1+rng.IntN(int(left.Shift(2).IntPart()))), -2)
			p := penalty.Payment{On: start.AddDays(rng.IntN(to.Sub(start) + 1)), Amount: amt}
			if rng.IntN(3) == 0 {
				p.For = debts[rng.IntN(len(debts))].Due
			}
			pays = append(pays, p)
			left = left.Sub(amt)
		}
		c, err := rule.Compute(penalty.Input{To: to, Debts: debts, Payments: pays})
		require.NoError(t, err, "iteration %d", iter)

		// Naive allocation.
		remaining := make([]*big.Rat, len(debts))
		type part struct {
			on  calendar.Date
			amt *big.Rat
		}
		paid := make([][]part, len(debts))
		for i, d := range debts {
			remaining[i] = d.Amount.Rat()
		}
		order := make([]int, len(pays))
		for i := range order {
			order[i] = i
		}
		for i := 1; i < len(order); i++ { // stable insertion sort by day
			for j := i; j > 0 && pays[order[j]].On.Before(pays[order[j-1]].On); j-- {
				order[j], order[j-1] = order[j-1], order[j]
			}
		}
		for _, pi := range order {
			amt := pays[pi].Amount.Rat()
			give := func(k int) {
				take := new(big.Rat).Set(amt)
				if take.Cmp(remaining[k]) > 0 {
					take.Set(remaining[k])
				}
				if take.Sign() == 0 {
					return
				}
				amt.Sub(amt, take)
				remaining[k].Sub(remaining[k], take)
				paid[k] = append(paid[k], part{pays[pi].On, take})
			}
			if !pays[pi].For.IsZero() {
				for k, d := range debts {
					if d.Due == pays[pi].For {
						give(k)
					}
				}
			}
			for k := range debts {
				if amt.Sign() > 0 {
					give(k)
				}
			}
		}
		for k, d := range debts {
			exact := new(big.Rat)
			for day := d.Due.AddDays(1); !day.After(to); day = day.AddDays(1) {
				b := d.Amount.Rat()
				for _, p := range paid[k] {
					if p.on.Before(day) {
						b.Sub(b, p.amt)
					}
				}
				exact.Add(exact, b.Mul(b, big.NewRat(1, 1000)))
			}
			got := c.Debts[k].Total.Rat()
			diff := new(big.Rat).Sub(got, exact)
			rows := 0
			for _, r := range c.Rows {
				if r.Debt == k {
					rows++
				}
			}
			limit := big.NewRat(int64(rows)+1, 200) // half a kopeck per row
			assert.True(t, new(big.Rat).Abs(diff).Cmp(limit) <= 0, "iteration %d debt %d: got %s, exact %s", iter, k, got.FloatString(4), exact.FloatString(4))
		}
	}
}

func TestLoadSchedule(t *testing.T) {
	s, err := penalty.LoadSchedule(strings.NewReader("# bills of 2025\nkind,date,amount,for,note\ndebt,2025-02-10,\"4 250,00\",,January\ndebt,10.03.2025,4300.00,,\npayment,2025-04-20,3000 руб.,2025-03-10,named\n"))
	require.NoError(t, err)
	require.Len(t, s.Debts, 2)
	require.Len(t, s.Payments, 1)
	assert.Equal(t, "4250.00", s.Debts[0].Amount.StringFixed(2))
	assert.Equal(t, day(t, "2025-03-10"), s.Debts[1].Due)
	assert.Equal(t, day(t, "2025-03-10"), s.Payments[0].For)

	for _, tc := range []struct{ in, field, msg string }{
		{"", "line 1", "no header"},
		{"kind,date\n", "line 1", "no amount column"},
		{"kind,date,amount,extra\n", "line 1, column 4", "accepted columns"},
		{"kind,date,amount\ndebt,2025-13-01,5\n", "line 2, column date", "accepted are 2006-01-02"},
		{"kind,date,amount\ndebt,2025-01-01,5.555\n", "line 2, column amount", "more than two decimals"},
		{"kind,date,amount\nbill,2025-01-01,5\n", "line 2, column kind", "accepted are debt and payment"},
		{"kind,date,amount,for\ndebt,2025-01-01,5,2025-01-01\n", "line 2, column for", "empty for"},
		{"kind,date,amount\ndebt,2025-01-01,5\ndebt,2025-02-01\n", "line 3", "wrong number of fields"},
	} {
		_, err := penalty.LoadSchedule(strings.NewReader(tc.in))
		require.Error(t, err, tc.in)
		var ie *penalty.InputError
		require.True(t, errors.As(err, &ie), err.Error())
		assert.Equal(t, tc.field, ie.Field, err.Error())
		assert.Contains(t, err.Error(), tc.msg)
		assert.ErrorIs(t, err, penalty.ErrInvalidInput)
	}
}
