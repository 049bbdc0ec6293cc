package penalty

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRulesCiteTheirArticles(t *testing.T) {
	tests := []struct {
		rule      Rule
		rate      string
		base      Base
		capToBase bool
		article   string
		source    string
	}{
		{Goods, "0.01", PriceOfGoods, false, "ст. 23 п. 1", "ЗоЗПП ст. 23 п. 1: 1 % of the price, no cap (Пленум ВС № 17 п. 32)"},
		{Prepayment, "0.005", PrepaidAmount, true, "ст. 23.1 п. 3", "ЗоЗПП ст. 23.1 п. 3: 0.5 % of the prepayment, capped at it"},
		{Services, "0.03", PriceOfWork, true, "ст. 28 п. 5", "ЗоЗПП ст. 28 п. 5: 3 % of the price, capped at it; ст. 31 п. 3"},
		{OSAGO, "0.01", InsurancePayout, false, "ст. 12 п. 21 абз. 2", "40-ФЗ ст. 12 п. 21 абз. 2: 1 % of the payout"},
		{OSAGORepair, "0.005", InsurancePayout, true, "ст. 12 п. 21 абз. 2", "40-ФЗ ст. 12 п. 21 абз. 2: 0.5 %, not above the payout"},
		{OSAGOSanction, "0.0005", InsuredSum, false, "ст. 12 п. 21 абз. 3", "40-ФЗ ст. 12 п. 21 абз. 3: 0.05 % of the insured sum"},
	}
	for _, tc := range tests {
		t.Run(tc.rule.Name, func(t *testing.T) {
			assert.True(t, tc.rule.Rate.Equal(dec(tc.rate)), tc.source)
			assert.Equal(t, tc.base, tc.rule.Base, tc.source)
			assert.Equal(t, tc.capToBase, tc.rule.CapToBase, tc.source)
			assert.Contains(t, tc.rule.Basis, tc.article, tc.source)
			assert.NotEmpty(t, tc.rule.CapBasis, tc.source)

			c, err := tc.rule.Compute(Input{Base: dec("1000"), From: day(t, "2025-01-10"), To: day(t, "2025-01-11")})
			require.NoError(t, err)
			assert.Equal(t, tc.rule.Basis, c.Basis, "the calculation carries the rule's citation")
			assert.Equal(t, tc.rule.Name, c.Title)
			assert.Contains(t, c.Method, "п. 65", "the day-count convention is cited")
			assert.Contains(t, c.String(), tc.article)
		})
	}
}

func TestComputeCaps(t *testing.T) {
	tests := []struct {
		name       string
		rule       Rule
		base, cap  string
		from, to   string
		wantTotal  string
		wantCap    string
		wantCapped bool
		source     string
	}{
		{"goods has no cap", Goods, "1000", "", "2025-01-01", "2025-12-31", "3650.00", "0", false,
			"Пленум ВС РФ № 17 п. 32: ст. 23 penalty «без ограничения какой-либо суммой»; 1 000 × 1 % × 365"},
		{"services capped at the price", Services, "1000", "", "2025-01-01", "2025-02-03", "1000.00", "1000", true,
			"ЗоЗПП ст. 28 п. 5: 1 000 × 3 % × 34 = 1 020 > 1 000"},
		{"explicit cap below the base wins", Services, "1000", "500", "2025-01-01", "2025-02-03", "500.00", "500", true,
			"the smaller of two statutory ceilings binds"},
		{"base below the explicit cap wins", Services, "1000", "5000", "2025-01-01", "2025-02-03", "1000.00", "1000", true,
			"ЗоЗПП ст. 28 п. 5 ceiling is lower than the caller's"},
		{"ОСАГО limit of ст. 16.1 п. 6", OSAGO, "300000", "400000", "2023-01-01", "2023-07-19", "400000.00", "400000", true,
			"40-ФЗ ст. 16.1 п. 6: 300 000 × 1 % × 200 = 600 000 > 400 000"},
		{"ОСАГО without a cap passed", OSAGO, "300000", "", "2023-01-01", "2023-07-19", "600000.00", "0", false,
			"the caller decides whether ст. 16.1 п. 6 applies"},
		{"exactly at the cap is not capped", Services, "1000", "", "2025-01-01", "2025-01-30", "900.00", "1000", false,
			"ЗоЗПП ст. 28 п. 5: 1 000 × 3 % × 30 = 900 ≤ 1 000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Base: dec(tc.base), From: day(t, tc.from), To: day(t, tc.to)}
			if tc.cap != "" {
				in.Cap = dec(tc.cap)
				in.CapBasis = "лимит (тест)"
			}
			c, err := tc.rule.Compute(in)
			require.NoError(t, err)
			assert.Equal(t, tc.wantTotal, c.Total.StringFixed(2), tc.source)
			assert.True(t, c.Cap.Equal(dec(tc.wantCap)), "cap %s; %s", c.Cap, tc.source)
			assert.Equal(t, tc.wantCapped, c.Capped, tc.source)
			assert.True(t, c.Uncapped.GreaterThanOrEqual(c.Total))
			if tc.wantCapped {
				assert.Contains(t, c.String(), "Итого к взысканию: "+FormatRub(c.Total))
			}
			if tc.cap != "" && c.Cap.Equal(dec(tc.cap)) {
				assert.Equal(t, "лимит (тест)", c.CapBasis, "the caller's cap carries the caller's citation")
			}
		})
	}
}

func TestComputePaymentsAndExclusionsSplitRows(t *testing.T) {
	c, err := Prepayment.Compute(Input{
		Base: dec("100000"), From: day(t, "2022-03-25"), To: day(t, "2022-10-05"),
		Payments: []Payment{
			{On: day(t, "2022-10-03"), Amount: dec("30000")}, // unsorted on purpose
			{On: day(t, "2022-03-28"), Amount: dec("10000")},
			{On: day(t, "2022-03-28"), Amount: dec("10000")}, // same day: merged
			{On: day(t, "2022-05-10"), Amount: dec("5000")},  // inside the moratorium
		},
		Exclude: []Period{Moratorium2022},
	})
	require.NoError(t, err)
	type row struct {
		from, to string
		base     string
		excluded bool
	}
	want := []row{
		{"2022-03-25", "2022-03-28", "100000", false},
		{"2022-03-29", "2022-03-31", "80000", false},
		{"2022-04-01", "2022-05-10", "80000", true},
		{"2022-05-11", "2022-10-01", "75000", true},
		{"2022-10-02", "2022-10-03", "75000", false},
		{"2022-10-04", "2022-10-05", "45000", false},
	}
	require.Len(t, c.Rows, len(want), "%s", c)
	for i, w := range want {
		r := c.Rows[i]
		assert.Equal(t, w.from, r.From.String(), "row %d", i)
		assert.Equal(t, w.to, r.To.String(), "row %d", i)
		assert.True(t, r.Base.Equal(dec(w.base)), "row %d base %s", i, r.Base)
		assert.Equal(t, w.excluded, r.Excluded, "row %d", i)
		if r.Excluded {
			assert.True(t, r.Amount.IsZero())
			assert.Contains(t, r.Note, "№ 497", "an excluded row names its act")
			assert.Equal(t, "не начисляется", r.Formula())
		}
	}
	assert.Contains(t, c.Rows[1].Note, "28.03.2022 оплачено 20 000,00 руб., остаток 80 000,00 руб.")
	assert.Contains(t, c.Rows[3].Note, "10.05.2022 оплачено 5 000,00 руб.")
	// ЗоЗПП ст. 23.1 п. 3: 0.5 % — 100000×4 + 80000×3 + 75000×2 + 45000×2 = 880 000 ruble-days.
	assert.Equal(t, "4400.00", c.Total.StringFixed(2))
	assert.Equal(t, 11, c.Days)
	assert.Equal(t, 184, c.ExcludedDays)
	assert.True(t, c.Cap.Equal(dec("100000")), "the cap stays the whole prepaid amount")
	assert.Contains(t, c.Method, "Выплата уменьшает базу со следующего дня")
}

func TestComputeExclusionsAreClipped(t *testing.T) {
	// Moratorium2022 reaches beyond the period on both sides.
	c, err := Goods.Compute(Input{Base: dec("1000"), From: day(t, "2022-05-01"), To: day(t, "2022-05-31"), Exclude: []Period{Moratorium2022}})
	require.NoError(t, err)
	require.Len(t, c.Rows, 1)
	assert.Equal(t, "2022-05-01", c.Rows[0].From.String())
	assert.Equal(t, "2022-05-31", c.Rows[0].To.String())
	assert.Equal(t, 0, c.Days)
	assert.Equal(t, 31, c.ExcludedDays)

	// An exclusion outside the period is ignored.
	c, err = Goods.Compute(Input{Base: dec("1000"), From: day(t, "2024-05-01"), To: day(t, "2024-05-31"), Exclude: []Period{Moratorium2022}})
	require.NoError(t, err)
	require.Len(t, c.Rows, 1)
	assert.False(t, c.Rows[0].Excluded)
	assert.Equal(t, "310.00", c.Total.StringFixed(2))

	// Adjacent exclusions do not overlap; a user exclusion without Basis gets a generic note.
	c, err = Goods.Compute(Input{Base: dec("1000"), From: day(t, "2025-01-01"), To: day(t, "2025-01-10"),
		Exclude: []Period{{From: day(t, "2025-01-03"), To: day(t, "2025-01-04")}, {From: day(t, "2025-01-05"), To: day(t, "2025-01-05"), Basis: "основание"}}})
	require.NoError(t, err)
	require.Len(t, c.Rows, 4)
	assert.Equal(t, "период исключён из расчёта", c.Rows[1].Note)
	assert.Equal(t, "основание", c.Rows[2].Note)
	assert.Equal(t, 7, c.Days)
}

func TestComputeRoundingFormulas(t *testing.T) {
	tests := []struct {
		name     string
		rounding Rounding
		base     string
		days     int
		formula  string
		amount   string
		source   string
	}{
		{"exact", RoundEachRow, "59990.00", 14, "59 990,00 × 1 % × 14 = 8 398,60", "8398.60", "59 990,00 × 1 % × 14"},
		{"rounded once per row", RoundEachRow, "12345.67", 3, "12 345,67 × 1 % × 3 = 370,3701 ≈ 370,37", "370.37", "370,3701 half away from zero"},
		{"daily amount first", RoundDailyAmount, "12345.67", 3, "12 345,67 × 1 % = 123,4567 ≈ 123,46 в день; 123,46 × 3 = 370,38", "370.38", "123,4567 → 123,46, × 3"},
		{"daily amount exact", RoundDailyAmount, "22999.00", 361, "22 999,00 × 1 % = 229,99 в день; 229,99 × 361 = 83 026,39", "83026.39", "Тольятти 2-1655/2022 (research E1)"},
		{"half a kopeck up", RoundEachRow, "0.50", 1, "0,50 × 1 % × 1 = 0,005 ≈ 0,01", "0.01", "half away from zero: 0,005 → 0,01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from := day(t, "2025-01-01")
			c, err := Goods.Compute(Input{Base: dec(tc.base), From: from, To: from.AddDays(tc.days - 1), Rounding: tc.rounding})
			require.NoError(t, err)
			require.Len(t, c.Rows, 1)
			assert.Equal(t, tc.formula, c.Rows[0].Formula(), tc.source)
			assert.Equal(t, tc.amount, c.Total.StringFixed(2), tc.source)
			assert.Equal(t, tc.rounding, c.Rows[0].Rounding)
			if tc.rounding == RoundDailyAmount {
				assert.Contains(t, c.Method, "Сумма за день округлена")
			} else {
				assert.Contains(t, c.Method, "Сумма каждой строки округлена")
			}
		})
	}
}

func TestComputeRejectsBadInput(t *testing.T) {
	good := Input{Base: dec("1000"), From: day(t, "2025-03-01"), To: day(t, "2025-03-31")}
	tests := []struct {
		name    string
		rule    Rule
		edit    func(*Input)
		want    error
		message string
	}{
		{"zero base", Goods, func(in *Input) { in.Base = decimal.Zero }, ErrInvalidInput, "base 0: accepted is a positive amount"},
		{"negative base", Goods, func(in *Input) { in.Base = dec("-1") }, ErrInvalidInput, "base -1"},
		{"fractions of a kopeck", Goods, func(in *Input) { in.Base = dec("10.005") }, ErrInvalidInput, "at most two decimals"},
		{"absurd base", Goods, func(in *Input) { in.Base = decimal.New(1, 2_000_000_000) }, ErrInvalidInput, "exponent 2000000000"},
		{"too large", Goods, func(in *Input) { in.Base = decimal.New(1, 16) }, ErrInvalidInput, "not above 10^15"},
		{"negative cap", Services, func(in *Input) { in.Cap = dec("-5") }, ErrInvalidInput, "cap -5"},
		{"to before from", Goods, func(in *Input) { in.To = day(t, "2025-02-28") }, ErrInvalidPeriod, "to 2025-02-28 is before from 2025-03-01"},
		{"zero from", Goods, func(in *Input) { in.From = in.From.AddDays(-1e9) }, ErrInvalidPeriod, "both dates are required"},
		{"payment before from", Prepayment, func(in *Input) { in.Payments = []Payment{{On: day(t, "2025-02-28"), Amount: dec("1")}} }, ErrInvalidInput, "accepted is a date from 2025-03-01 to 2025-03-31"},
		{"payment after to", Prepayment, func(in *Input) { in.Payments = []Payment{{On: day(t, "2025-04-01"), Amount: dec("1")}} }, ErrInvalidInput, "payment of 1"},
		{"zero payment", Prepayment, func(in *Input) { in.Payments = []Payment{{On: day(t, "2025-03-02"), Amount: decimal.Zero}} }, ErrInvalidInput, "payment on 2025-03-02 0"},
		{"payments exceed the debt", Prepayment, func(in *Input) {
			in.Payments = []Payment{{On: day(t, "2025-03-02"), Amount: dec("600")}, {On: day(t, "2025-03-03"), Amount: dec("401")}}
		}, ErrInvalidInput, "total more than the debt 1000.00"},
		{"debt cleared before to", Prepayment, func(in *Input) { in.Payments = []Payment{{On: day(t, "2025-03-10"), Amount: dec("1000")}} },
			ErrInvalidInput, "accepted is to = 2025-03-10"},
		{"payments on a price", Goods, func(in *Input) { in.Payments = []Payment{{On: day(t, "2025-03-10"), Amount: dec("100")}} },
			ErrInvalidInput, "payments do not lower"},
		{"inverted exclusion", Goods, func(in *Input) { in.Exclude = []Period{{From: day(t, "2025-03-10"), To: day(t, "2025-03-09")}} }, ErrInvalidPeriod, "exclusion"},
		{"overlapping exclusions", Goods, func(in *Input) {
			in.Exclude = []Period{{From: day(t, "2025-03-05"), To: day(t, "2025-03-10")}, {From: day(t, "2025-03-10"), To: day(t, "2025-03-12")}}
		}, ErrInvalidPeriod, "overlap"},
		{"bad rounding", Goods, func(in *Input) { in.Rounding = 7 }, ErrInvalidInput, "accepted are RoundEachRow and RoundDailyAmount"},
		{"zero rule", Rule{}, func(*Input) {}, ErrInvalidInput, "accepted bases"},
		{"rule without a rate", Rule{Name: "x", Base: Debt}, func(*Input) {}, ErrInvalidInput, "daily rate 0"},
		{"rule above 100 % a day", Rule{Name: "x", Base: Debt, Rate: dec("1.5")}, func(*Input) {}, ErrInvalidInput, "(0, 1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := good
			tc.edit(&in)
			_, err := tc.rule.Compute(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.ErrorIs(t, err, ErrInvalidInput, "every bad input is an ErrInvalidInput")
			assert.Contains(t, err.Error(), tc.message)
			assert.True(t, strings.HasPrefix(err.Error(), "penalty: "), err.Error())
		})
	}
}

func TestCustomRule(t *testing.T) {
	// A contractual penalty of 0.1 % of the debt a day, capped at 10 % of it
	// by the contract — a Rule value plus Input.Cap.
	contract := Rule{Name: "Договорная неустойка", Rate: dec("0.001"), Base: Debt, Basis: "п. 5.2 договора; ГК РФ ст. 330"}
	c, err := contract.Compute(Input{Base: dec("200000"), From: day(t, "2025-01-01"), To: day(t, "2025-12-31"),
		Payments: []Payment{{On: day(t, "2025-06-30"), Amount: dec("100000")}}, Cap: dec("20000"), CapBasis: "п. 5.3 договора"})
	require.NoError(t, err)
	// 200 000 × 0.1 % × 181 + 100 000 × 0.1 % × 184 = 36 200 + 18 400 = 54 600 → 20 000.
	assert.Equal(t, "54600.00", c.Uncapped.StringFixed(2))
	assert.Equal(t, "20000.00", c.Total.StringFixed(2))
	assert.Equal(t, "п. 5.3 договора", c.CapBasis)
}

func TestBase(t *testing.T) {
	assert.Equal(t, "цена товара", PriceOfGoods.String())
	assert.Equal(t, "Base(0)", Base(0).String())
	for b := PriceOfGoods; b <= Debt; b++ {
		assert.NotContains(t, b.String(), "Base(")
	}
	assert.False(t, PriceOfGoods.ReducedByPayments(), "ЗоЗПП ст. 23 п. 1: the price, not what is unpaid")
	assert.False(t, PriceOfWork.ReducedByPayments())
	assert.False(t, InsuredSum.ReducedByPayments())
	assert.True(t, PrepaidAmount.ReducedByPayments())
	assert.True(t, InsurancePayout.ReducedByPayments())
	assert.True(t, Debt.ReducedByPayments())
}

func TestPeriod(t *testing.T) {
	assert.Equal(t, 184, Moratorium2022.Days(), "ПП РФ № 497: 01.04.2022–01.10.2022 inclusive")
	assert.Equal(t, "01.04.2022–01.10.2022", Moratorium2022.String())
	assert.Contains(t, Moratorium2022.Basis, "от 28.03.2022 № 497")
	assert.Contains(t, Moratorium2022.Basis, "№ 44")
	assert.True(t, Moratorium2022.Contains(day(t, "2022-10-01")))
	assert.False(t, Moratorium2022.Contains(day(t, "2022-10-02")))
	assert.Equal(t, 0, Period{}.Days())
	assert.Equal(t, 0, Period{From: day(t, "2022-10-02"), To: day(t, "2022-10-01")}.Days())
	assert.Equal(t, "each-row", RoundEachRow.String())
	assert.Equal(t, "daily-amount", RoundDailyAmount.String())
	assert.Equal(t, "Rounding(9)", Rounding(9).String())
}

func TestCapBasisDefaults(t *testing.T) {
	in := Input{Base: dec("300000"), From: day(t, "2023-01-01"), To: day(t, "2023-07-19")}
	tests := []struct {
		name   string
		rule   Rule
		cap    string
		want   string
		source string
	}{
		{"ОСАГО with the ст. 16.1 п. 6 limit", OSAGO, "400000", "ст. 16.1 п. 6", "40-ФЗ ст. 16.1 п. 6 is the rule's LimitBasis"},
		{"ОСАГО sanction with the limit", OSAGOSanction, "1000", "ст. 16.1 п. 6", "40-ФЗ ст. 16.1 п. 6 covers the sanction too"},
		{"ОСАГО repair below its own cap", OSAGORepair, "1000", "ст. 16.1 п. 6", "the smaller ceiling is ст. 16.1 п. 6, not the payout"},
		{"ОСАГО without a limit", OSAGO, "", "в расчёте не применялось", "the caller decides whether ст. 16.1 п. 6 applies"},
		{"goods limited by the claimant", Goods, "300000", "ограничение, принятое в расчёте", "ЗоЗПП sets no ceiling for ст. 23"},
		{"goods without a limit", Goods, "", "п. 32", "Пленум ВС № 17 п. 32"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := in
			if tc.cap != "" {
				in.Cap = dec(tc.cap)
			}
			c, err := tc.rule.Compute(in)
			require.NoError(t, err)
			assert.Contains(t, c.CapBasis, tc.want, tc.source)
			assert.Contains(t, c.String(), tc.want)
		})
	}
}

func TestZeroCalculation(t *testing.T) {
	var c Calculation
	assert.NotPanics(t, func() { _ = c.String() })
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(data), `"total":"0.00"`)
}
