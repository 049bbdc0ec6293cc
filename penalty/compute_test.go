package penalty_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

func TestRulesCiteTheirArticles(t *testing.T) {
	tests := []struct {
		rule      penalty.Rule
		rate      string
		base      penalty.Base
		capToBase bool
		article   string
		source    string
	}{
		{penalty.Goods(), "0.01", penalty.PriceOfGoods, false, "ст. 23 п. 1", "ЗоЗПП ст. 23 п. 1: 1 % of the price, no cap (Пленум ВС № 17 п. 32)"},
		{penalty.Prepayment(), "0.005", penalty.PrepaidAmount, true, "ст. 23.1 п. 3", "ЗоЗПП ст. 23.1 п. 3: 0.5 % of the prepayment, capped at it"},
		{penalty.Services(), "0.03", penalty.PriceOfWork, true, "ст. 28 п. 5", "ЗоЗПП ст. 28 п. 5: 3 % of the price, capped at it; ст. 31 п. 3"},
		{penalty.OSAGO(), "0.01", penalty.InsurancePayout, false, "№ 58, п. 78", "40-ФЗ ст. 12 п. 21 абз. 2: 1 % of the payout; start per Пленум № 58 п. 78 (restated in № 31)"},
		{penalty.OSAGORepair(), "0.005", penalty.RepairCost, true, "ст. 12 п. 15.2 абз. 2", "40-ФЗ ст. 12 п. 21 абз. 2 cross-refers to «абзацем вторым пункта 15.2» (law-issue10 §4.1, V)"},
		{penalty.OSAGOSanction(), "0.0005", penalty.InsuredSum, false, "ст. 12 п. 21 абз. 3", "40-ФЗ ст. 12 п. 21 абз. 3: 0.05 % of the insured sum"},
	}
	for _, tc := range tests {
		t.Run(string(tc.rule.ID), func(t *testing.T) {
			assert.True(t, tc.rule.Rate.Equal(dec(tc.rate)), tc.source)
			assert.Equal(t, tc.base, tc.rule.Base, tc.source)
			assert.Equal(t, tc.capToBase, tc.rule.CapToBase, tc.source)
			assert.Contains(t, law.Join(tc.rule.Basis, law.Russian), tc.article, tc.source)

			c, err := tc.rule.Compute(penalty.Input{Base: dec("1000"), From: day(t, "2025-01-10"), To: day(t, "2025-01-11")})
			require.NoError(t, err)
			assert.Equal(t, tc.rule.Basis, c.Basis, "the calculation carries the rule's citation")
			assert.Equal(t, tc.rule.ID, c.Rule)
			assert.Contains(t, c.Method(), penalty.MethodDaysInclusive, "the day-count convention is stated")
			assert.Contains(t, c.String(), tc.article)
			assert.NotContains(t, c.Text(law.English), "ст. ", "English text has no Russian citations")
		})
	}
}

func TestStatutoryRulesAreFreshCopies(t *testing.T) {
	// Issue 8 item 4: the law is immutable — a caller changing what a rule
	// function returned changes nothing for the next caller (review D11).
	g := penalty.Goods()
	g.Rate = dec("0.5")
	g.Basis[0].Article = "999"
	assert.True(t, penalty.Goods().Rate.Equal(dec("0.01")))
	assert.Equal(t, "23", penalty.Goods().Basis[0].Article)

	m := penalty.Moratorium2022()
	m.To = m.From
	m.Basis[0].Act.Number = "0"
	assert.Equal(t, 184, penalty.Moratorium2022().Days(), "ПП РФ № 497: 01.04.2022–01.10.2022")
	assert.Equal(t, "497", penalty.Moratorium2022().Basis[0].Act.Number)

	u := penalty.Utilities()
	u.Eras[0].Tiers[1].Share.Den = 1
	u.Special[0].From = u.Special[0].To
	assert.Equal(t, 300, penalty.Utilities().Eras[0].Tiers[1].Share.Den)
	assert.NotEqual(t, penalty.Utilities().Special[0].From, penalty.Utilities().Special[0].To)

	for _, r := range penalty.Rules() {
		got, ok := penalty.RuleByID(r.ID)
		require.True(t, ok)
		assert.Equal(t, r, got)
		assert.NotEqual(t, "", r.ID)
	}
}

func TestComputeCaps(t *testing.T) {
	tests := []struct {
		name       string
		rule       penalty.Rule
		base, cap  string
		from, to   string
		wantTotal  string
		wantCap    string
		wantCapped bool
		wantCode   penalty.Code
		source     string
	}{
		{"goods has no cap", penalty.Goods(), "1000", "", "2025-01-01", "2025-12-31", "3650.00", "0", false, penalty.CapUnlimited,
			"Пленум ВС РФ № 17 п. 32: ст. 23 penalty «без ограничения какой-либо суммой»; 1 000 × 1 % × 365"},
		{"services capped at the price", penalty.Services(), "1000", "", "2025-01-01", "2025-02-03", "1000.00", "1000", true, penalty.CapToBase,
			"ЗоЗПП ст. 28 п. 5: 1 000 × 3 % × 34 = 1 020 > 1 000"},
		{"explicit cap below the base wins", penalty.Services(), "1000", "500", "2025-01-01", "2025-02-03", "500.00", "500", true, penalty.CapLimit,
			"the smaller of two statutory ceilings binds"},
		{"base below the explicit cap wins", penalty.Services(), "1000", "5000", "2025-01-01", "2025-02-03", "1000.00", "1000", true, penalty.CapToBase,
			"ЗоЗПП ст. 28 п. 5 ceiling is lower than the caller's"},
		{"ОСАГО limit of ст. 16.1 п. 6", penalty.OSAGO(), "300000", "400000", "2023-01-01", "2023-07-19", "400000.00", "400000", true, penalty.CapLimit,
			"40-ФЗ ст. 16.1 п. 6: 300 000 × 1 % × 200 = 600 000 > 400 000"},
		{"ОСАГО without a cap passed", penalty.OSAGO(), "300000", "", "2023-01-01", "2023-07-19", "600000.00", "0", false, penalty.CapLimitNotApplied,
			"the caller decides whether ст. 16.1 п. 6 applies"},
		{"exactly at the cap is not capped", penalty.Services(), "1000", "", "2025-01-01", "2025-01-30", "900.00", "1000", false, penalty.CapToBase,
			"ЗоЗПП ст. 28 п. 5: 1 000 × 3 % × 30 = 900 ≤ 1 000"},
		{"a key-rate rule states no cap", penalty.Wages(), "1000", "", "2025-01-01", "2025-01-30", "42.00", "0", false, "",
			"ТК РФ ст. 236 sets no ceiling; 1 000 × 21 % / 150 × 30 = 42"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := penalty.Input{Base: dec(tc.base), From: day(t, tc.from), To: day(t, tc.to)}
			if tc.cap != "" {
				in.Cap = dec(tc.cap)
				in.CapBasis = law.MustRefs("ГК РФ ст. 330")
			}
			c, err := tc.rule.Compute(in)
			require.NoError(t, err)
			assert.Equal(t, tc.wantTotal, c.Total.StringFixed(2), tc.source)
			assert.True(t, c.Cap.Equal(dec(tc.wantCap)), "cap %s; %s", c.Cap, tc.source)
			assert.Equal(t, tc.wantCapped, c.Capped, tc.source)
			assert.Equal(t, tc.wantCode, c.CapCode, tc.source)
			assert.True(t, c.Uncapped.GreaterThanOrEqual(c.Total))
			if tc.wantCapped {
				assert.Contains(t, c.String(), "Итого к взысканию: "+penalty.FormatRub(c.Total))
				assert.Contains(t, c.Text(law.English), "Total due: "+penalty.FormatMoney(c.Total, law.English))
			}
			if tc.wantCode == penalty.CapLimit {
				assert.Equal(t, in.CapBasis, c.CapBasis, "the caller's cap carries the caller's citation")
			}
		})
	}
}

func TestCapLines(t *testing.T) {
	in := penalty.Input{Base: dec("300000"), From: day(t, "2023-01-01"), To: day(t, "2023-07-19")}
	tests := []struct {
		name   string
		rule   penalty.Rule
		cap    string
		want   []string
		source string
	}{
		{"ОСАГО with the ст. 16.1 п. 6 limit", penalty.OSAGO(), "400000", []string{"не более 400 000,00 руб.", "ст. 16.1 п. 6"}, "40-ФЗ ст. 16.1 п. 6 is the rule's LimitBasis"},
		{"ОСАГО sanction with the limit", penalty.OSAGOSanction(), "1000", []string{"ст. 16.1 п. 6"}, "40-ФЗ ст. 16.1 п. 6 covers the sanction too"},
		{"ОСАГО without a limit", penalty.OSAGO(), "", []string{"в расчёте не применялось", "ст. 11.1 п. 4", "ст. 16.1 п. 5"},
			"audit §1 i: the europrotocol limit of ст. 11.1 п. 4 and the release of ст. 16.1 п. 5"},
		{"goods limited by the claimant", penalty.Goods(), "300000", []string{"ограничение, принятое в расчёте"}, "ЗоЗПП sets no ceiling for ст. 23"},
		{"goods without a limit", penalty.Goods(), "", []string{"размер неустойки суммой не ограничен", "№ 17, п. 32"}, "Пленум ВС № 17 п. 32"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := in
			if tc.cap != "" {
				in.Cap = dec(tc.cap)
			}
			c, err := tc.rule.Compute(in)
			require.NoError(t, err)
			for _, w := range tc.want {
				assert.Contains(t, c.String(), w, tc.source)
			}
		})
	}
}

func TestComputePaymentsAndExclusionsSplitRows(t *testing.T) {
	c, err := penalty.Prepayment().Compute(penalty.Input{
		Base: dec("100000"), From: day(t, "2022-03-25"), To: day(t, "2022-10-05"),
		Payments: []penalty.Payment{
			{On: day(t, "2022-10-03"), Amount: dec("30000")}, // unsorted on purpose
			{On: day(t, "2022-03-28"), Amount: dec("10000")},
			{On: day(t, "2022-03-28"), Amount: dec("10000")}, // same day: merged
			{On: day(t, "2022-05-10"), Amount: dec("5000")},  // inside the moratorium
		},
		Exclude: []penalty.Period{penalty.Moratorium2022()},
	})
	require.NoError(t, err)
	type row struct {
		from, to string
		base     string
		excluded bool
		reason   penalty.Code
	}
	want := []row{
		{"2022-03-25", "2022-03-28", "100000", false, penalty.RowStart},
		{"2022-03-29", "2022-03-31", "80000", false, penalty.RowPayment},
		{"2022-04-01", "2022-05-10", "80000", true, penalty.RowExcluded},
		{"2022-05-11", "2022-10-01", "75000", true, penalty.RowPayment},
		{"2022-10-02", "2022-10-03", "75000", false, penalty.RowResumed},
		{"2022-10-04", "2022-10-05", "45000", false, penalty.RowPayment},
	}
	require.Len(t, c.Rows, len(want), "%s", c)
	for i, w := range want {
		r := c.Rows[i]
		assert.Equal(t, w.from, r.From.String(), "row %d", i)
		assert.Equal(t, w.to, r.To.String(), "row %d", i)
		assert.True(t, r.Base.Equal(dec(w.base)), "row %d base %s", i, r.Base)
		assert.Equal(t, w.excluded, r.Excluded, "row %d", i)
		assert.Equal(t, w.reason, r.Reason, "row %d", i)
		if r.Excluded {
			assert.True(t, r.Amount.IsZero())
			assert.Contains(t, c.RowNote(i, law.Russian), "№ 497", "an excluded row names its act")
			assert.Equal(t, "не начисляется", r.Formula(law.Russian))
			require.NotNil(t, r.Exclusion)
			assert.Equal(t, penalty.Moratorium2022().Basis, r.Exclusion.Basis)
		}
	}
	assert.Equal(t, day(t, "2022-03-28"), c.Rows[1].PaidOn)
	assert.Equal(t, "20000.00", c.Rows[1].Paid.StringFixed(2), "same-day payments merge")
	assert.Contains(t, c.RowNote(1, law.Russian), "28.03.2022 оплачено 20 000,00 руб., остаток 80 000,00 руб.")
	assert.Contains(t, c.RowNote(1, law.English), "28 March 2022: paid 20,000.00 RUB, remaining 80,000.00 RUB")
	assert.Contains(t, c.RowNote(3, law.Russian), "10.05.2022 оплачено 5 000,00 руб.")
	// ЗоЗПП ст. 23.1 п. 3: 0.5 % — 100000×4 + 80000×3 + 75000×2 + 45000×2 = 880 000 ruble-days.
	assert.Equal(t, "4400.00", c.Total.StringFixed(2))
	assert.Equal(t, 11, c.Days)
	assert.Equal(t, 184, c.ExcludedDays)
	assert.True(t, c.Cap.Equal(dec("100000")), "the cap stays the whole prepaid amount")
	assert.Contains(t, c.Method(), penalty.MethodPayments)
}

func TestComputeExclusionsAreClipped(t *testing.T) {
	goods := penalty.Goods()
	// Moratorium2022 reaches beyond the period on both sides.
	c, err := goods.Compute(penalty.Input{Base: dec("1000"), From: day(t, "2022-05-01"), To: day(t, "2022-05-31"), Exclude: []penalty.Period{penalty.Moratorium2022()}})
	require.NoError(t, err)
	require.Len(t, c.Rows, 1)
	assert.Equal(t, "2022-05-01", c.Rows[0].From.String())
	assert.Equal(t, "2022-05-31", c.Rows[0].To.String())
	assert.Equal(t, 0, c.Days)
	assert.Equal(t, 31, c.ExcludedDays)

	// An exclusion outside the period is ignored.
	c, err = goods.Compute(penalty.Input{Base: dec("1000"), From: day(t, "2024-05-01"), To: day(t, "2024-05-31"), Exclude: []penalty.Period{penalty.Moratorium2022()}})
	require.NoError(t, err)
	require.Len(t, c.Rows, 1)
	assert.False(t, c.Rows[0].Excluded)
	assert.Equal(t, "310.00", c.Total.StringFixed(2))

	// Adjacent exclusions do not overlap; one without a basis gets a generic note.
	c, err = goods.Compute(penalty.Input{Base: dec("1000"), From: day(t, "2025-01-01"), To: day(t, "2025-01-10"),
		Exclude: []penalty.Period{{From: day(t, "2025-01-03"), To: day(t, "2025-01-04")}, {From: day(t, "2025-01-05"), To: day(t, "2025-01-05"), Basis: law.MustRefs("ГК РФ ст. 401")}}})
	require.NoError(t, err)
	require.Len(t, c.Rows, 4)
	assert.Equal(t, "период исключён из расчёта", c.RowNote(1, law.Russian))
	assert.Equal(t, "период исключён из расчёта: ГК РФ ст. 401", c.RowNote(2, law.Russian))
	assert.Equal(t, "period excluded from the calculation: Civil Code of the Russian Federation, Art. 401", c.RowNote(2, law.English))
	assert.Equal(t, 7, c.Days)
}

func TestComputeRoundingFormulas(t *testing.T) {
	tests := []struct {
		name     string
		rounding penalty.Rounding
		base     string
		days     int
		formula  string
		english  string
		amount   string
		source   string
	}{
		{"exact", penalty.RoundEachRow, "59990.00", 14, "59 990,00 × 1 % × 14 = 8 398,60", "59,990.00 × 1% × 14 = 8,398.60", "8398.60", "59 990,00 × 1 % × 14"},
		{"rounded once per row", penalty.RoundEachRow, "12345.67", 3, "12 345,67 × 1 % × 3 = 370,3701 ≈ 370,37", "12,345.67 × 1% × 3 = 370.3701 ≈ 370.37", "370.37", "370,3701 half away from zero"},
		{"daily amount first", penalty.RoundDailyAmount, "12345.67", 3, "12 345,67 × 1 % = 123,4567 ≈ 123,46 в день; 123,46 × 3 = 370,38",
			"12,345.67 × 1% = 123.4567 ≈ 123.46 per day; 123.46 × 3 = 370.38", "370.38", "123,4567 → 123,46, × 3"},
		{"daily amount exact", penalty.RoundDailyAmount, "22999.00", 361, "22 999,00 × 1 % = 229,99 в день; 229,99 × 361 = 83 026,39",
			"22,999.00 × 1% = 229.99 per day; 229.99 × 361 = 83,026.39", "83026.39", "Тольятти 2-1655/2022 (research E1)"},
		{"half a kopeck up", penalty.RoundEachRow, "0.50", 1, "0,50 × 1 % × 1 = 0,005 ≈ 0,01", "0.50 × 1% × 1 = 0.005 ≈ 0.01", "0.01", "half away from zero: 0,005 → 0,01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from := day(t, "2025-01-01")
			c, err := penalty.Goods().Compute(penalty.Input{Base: dec(tc.base), From: from, To: from.AddDays(tc.days - 1), Rounding: tc.rounding})
			require.NoError(t, err)
			require.Len(t, c.Rows, 1)
			assert.Equal(t, tc.formula, c.Rows[0].Formula(law.Russian), tc.source)
			assert.Equal(t, tc.english, c.Rows[0].Formula(law.English), tc.source)
			assert.Equal(t, tc.amount, c.Total.StringFixed(2), tc.source)
			assert.Equal(t, tc.rounding, c.Rows[0].Rounding)
			if tc.rounding == penalty.RoundDailyAmount {
				assert.Contains(t, c.Method(), penalty.MethodRoundDailyAmount)
				assert.Contains(t, c.String(), "Сумма за день округлена")
			} else {
				assert.Contains(t, c.Method(), penalty.MethodRoundEachRow)
				assert.Contains(t, c.String(), "Сумма каждой строки округлена")
			}
		})
	}
}

func TestKeyRateFormulas(t *testing.T) {
	c, err := penalty.DDUCitizen().Compute(penalty.Input{Base: dec("4000000"), From: day(t, "2021-12-01"), To: day(t, "2022-02-24")})
	require.NoError(t, err)
	require.Len(t, c.Rows, 1)
	r := c.Rows[0]
	assert.Equal(t, "4 000 000,00 × 7,5 % × 1/300 × 2 × 86 = 172 000,00", r.Formula(law.Russian), "214-ФЗ ст. 6 ч. 2, rate of 30.11.2021")
	assert.Equal(t, "4,000,000.00 × 7.5% × 1/300 × 2 × 86 = 172,000.00", r.Formula(law.English))
	assert.Equal(t, day(t, "2021-11-30"), r.RateDate, "the last day of the term (Определение ВС № 127-КГ23-18-К4)")
	assert.Equal(t, penalty.KeyRate, r.RatePeriod.Kind)
	assert.Contains(t, c.RowNote(0, law.Russian), "ключевая ставка Банка России на 30.11.2021")
	assert.Contains(t, c.Method(), penalty.MethodRateOnDay)
	assert.Contains(t, c.String(), "в последний день срока исполнения обязательства (Определение ВС РФ от 27.02.2024 № 127-КГ23-18-К4)")

	w, err := penalty.Wages().Compute(penalty.Input{Base: dec("85000"), From: day(t, "2025-07-01"), To: day(t, "2025-07-31"), Rounding: penalty.RoundDailyAmount})
	require.NoError(t, err)
	require.Len(t, w.Rows, 2)
	assert.Equal(t, "85 000,00 × 20 % × 1/150 ≈ 113,33 в день; 113,33 × 27 = 3 059,91", w.Rows[0].Formula(law.Russian))
	assert.Equal(t, penalty.RowRateChange, w.Rows[1].Reason, "key rate 18 % from 28.07.2025")
}

func TestComputeRejectsBadInput(t *testing.T) {
	good := penalty.Input{Base: dec("1000"), From: day(t, "2025-03-01"), To: day(t, "2025-03-31")}
	tests := []struct {
		name    string
		rule    penalty.Rule
		edit    func(*penalty.Input)
		want    error
		field   string
		message string
	}{
		{"zero base", penalty.Goods(), func(in *penalty.Input) { in.Base = decimal.Zero }, penalty.ErrInvalidInput, "base", "0: accepted is a positive amount"},
		{"negative base", penalty.Goods(), func(in *penalty.Input) { in.Base = dec("-1") }, penalty.ErrInvalidInput, "base", "-1"},
		{"fractions of a kopeck", penalty.Goods(), func(in *penalty.Input) { in.Base = dec("10.005") }, penalty.ErrInvalidInput, "base", "at most two decimals"},
		{"absurd base", penalty.Goods(), func(in *penalty.Input) { in.Base = decimal.New(1, 2_000_000_000) }, penalty.ErrInvalidInput, "base", "exponent 2000000000"},
		{"too large", penalty.Goods(), func(in *penalty.Input) { in.Base = decimal.New(1, 16) }, penalty.ErrInvalidInput, "base", "not above 10^15"},
		{"negative cap", penalty.Services(), func(in *penalty.Input) { in.Cap = dec("-5") }, penalty.ErrInvalidInput, "cap", "-5"},
		{"to before from", penalty.Goods(), func(in *penalty.Input) { in.To = day(t, "2025-02-28") }, penalty.ErrInvalidPeriod, "to", "2025-02-28 is before from 2025-03-01"},
		{"zero from", penalty.Goods(), func(in *penalty.Input) { in.From = in.From.AddDays(-1e9) }, penalty.ErrInvalidPeriod, "from", "the first day of delay"},
		{"zero to", penalty.Goods(), func(in *penalty.Input) { in.To = in.To.AddDays(-1e9) }, penalty.ErrInvalidPeriod, "to", "no date"},
		{"payment before from", penalty.Prepayment(), func(in *penalty.Input) { in.Payments = []penalty.Payment{{On: day(t, "2025-02-28"), Amount: dec("1")}} },
			penalty.ErrInvalidInput, "payments[0].on", "accepted is a day from 2025-03-01 to 2025-03-31"},
		{"payment after to", penalty.Prepayment(), func(in *penalty.Input) { in.Payments = []penalty.Payment{{On: day(t, "2025-04-01"), Amount: dec("1")}} },
			penalty.ErrInvalidInput, "payments[0].on", "2025-04-01"},
		{"zero payment", penalty.Prepayment(), func(in *penalty.Input) {
			in.Payments = []penalty.Payment{{On: day(t, "2025-03-02"), Amount: decimal.Zero}}
		},
			penalty.ErrInvalidInput, "payments[0].amount", "0: accepted"},
		{"payments exceed the debt", penalty.Prepayment(), func(in *penalty.Input) {
			in.Payments = []penalty.Payment{{On: day(t, "2025-03-02"), Amount: dec("600")}, {On: day(t, "2025-03-03"), Amount: dec("401")}}
		}, penalty.ErrInvalidInput, "payments[1].amount", "total more than the debt 1000.00"},
		{"debt cleared before to", penalty.Prepayment(), func(in *penalty.Input) {
			in.Payments = []penalty.Payment{{On: day(t, "2025-03-10"), Amount: dec("1000")}}
		},
			penalty.ErrInvalidInput, "payments[0].on", "accepted is to = 2025-03-10"},
		{"payments on a price", penalty.Goods(), func(in *penalty.Input) {
			in.Payments = []penalty.Payment{{On: day(t, "2025-03-10"), Amount: dec("100")}}
		},
			penalty.ErrInvalidInput, "payments", "payments do not lower"},
		{"payments on a repair in kind", penalty.OSAGORepair(), func(in *penalty.Input) {
			in.Payments = []penalty.Payment{{On: day(t, "2025-03-10"), Amount: dec("100")}}
		},
			penalty.ErrInvalidInput, "payments", "payments do not lower"},
		{"a payment naming a debt without debts", penalty.Prepayment(), func(in *penalty.Input) {
			in.Payments = []penalty.Payment{{On: day(t, "2025-03-10"), Amount: dec("100"), For: day(t, "2025-03-01")}}
		}, penalty.ErrInvalidInput, "payments[0].for", "there is one debt"},
		{"inverted exclusion", penalty.Goods(), func(in *penalty.Input) {
			in.Exclude = []penalty.Period{{From: day(t, "2025-03-10"), To: day(t, "2025-03-09")}}
		},
			penalty.ErrInvalidPeriod, "exclude[0]", "from on or before to"},
		{"overlapping exclusions", penalty.Goods(), func(in *penalty.Input) {
			in.Exclude = []penalty.Period{{From: day(t, "2025-03-05"), To: day(t, "2025-03-10")}, {From: day(t, "2025-03-10"), To: day(t, "2025-03-12")}}
		}, penalty.ErrInvalidPeriod, "exclude[1]", "overlap"},
		{"bad rounding", penalty.Goods(), func(in *penalty.Input) { in.Rounding = 7 }, penalty.ErrInvalidInput, "rounding", "accepted are each-row and daily-amount"},
		{"bad day count", penalty.Art395(), func(in *penalty.Input) { in.DayCount = 9 }, penalty.ErrInvalidInput, "day_count", "accepted are actual and 30/360"},
		{"30/360 on a daily rate", penalty.Goods(), func(in *penalty.Input) { in.DayCount = penalty.Days360 }, penalty.ErrInvalidInput, "day_count", "annual rate"},
		{"rates for a fixed rule", penalty.Goods(), func(in *penalty.Input) { in.Rates = penalty.KeyRateSeries() }, penalty.ErrInvalidInput, "rates", "fixed rates"},
		{"rate date for a fixed rule", penalty.Goods(), func(in *penalty.Input) { in.RateDate = in.From }, penalty.ErrInvalidInput, "rate_date", "fixed rates"},
		{"rate date for a per-period rule", penalty.Wages(), func(in *penalty.Input) { in.RateDate = in.From }, penalty.ErrInvalidInput, "rate_date", "each day"},
		{"district outside ст. 395", penalty.Wages(), func(in *penalty.Input) { in.District = penalty.NorthCaucasian }, penalty.ErrInvalidInput, "district", "deposit rates"},
		{"unknown district", penalty.Art395(), func(in *penalty.Input) { in.District = "XX" }, penalty.ErrInvalidInput, "district", "accepted are ЦФО"},
		{"malformed rates", penalty.Art395(), func(in *penalty.Input) {
			in.Rates = penalty.Rates{{From: day(t, "2020-01-01"), Percent: dec("5")}, {From: day(t, "2019-01-01"), Percent: dec("6")}}
		}, penalty.ErrInvalidRates, "rates[1]", "strictly increasing"},
		{"empty rates", penalty.Art395(), func(in *penalty.Input) { in.Rates = penalty.Rates{} }, penalty.ErrInvalidRates, "rates", "empty"},
		{"performed on a price", penalty.Goods(), func(in *penalty.Input) { in.Performed = dec("10") }, penalty.ErrInvalidInput, "performed", "44-ФЗ"},
		{"performed in full", penalty.ProcurementSupplier(), func(in *penalty.Input) { in.Performed = dec("1000") }, penalty.ErrInvalidInput, "performed", "less than the price"},
		{"end exclusive of one day", penalty.Goods(), func(in *penalty.Input) { in.To = in.From; in.EndExclusive = true }, penalty.ErrInvalidPeriod, "to", "end_exclusive"},
		{"schedule with a base", penalty.Utilities(), func(in *penalty.Input) { in.Debts = []penalty.Charge{{Due: in.From, Amount: dec("1")}} }, penalty.ErrInvalidInput, "base", "debts"},
		{"schedule for a capped rule", penalty.Prepayment(), func(in *penalty.Input) {
			in.Base, in.From = decimal.Decimal{}, in.From.AddDays(-1e9)
			in.Debts = []penalty.Charge{{Due: day(t, "2025-03-01"), Amount: dec("1")}}
		}, penalty.ErrInvalidInput, "debts", "capped at its base"},
		{"zero rule", penalty.Rule{}, func(*penalty.Input) {}, penalty.ErrInvalidInput, "rule.base", "a zero Rule is not a rule"},
		{"rule without a rate", penalty.Rule{Name: "x", Base: penalty.Debt}, func(*penalty.Input) {}, penalty.ErrInvalidInput, "rule.rate", "daily rate 0"},
		{"rule above 100 % a day", penalty.Rule{Name: "x", Base: penalty.Debt, Rate: dec("1.5")}, func(*penalty.Input) {}, penalty.ErrInvalidInput, "rule.rate", "(0, 1]"},
		{"rule share without a reference", penalty.Rule{Name: "x", Base: penalty.Debt, Eras: []penalty.Era{{Tiers: []penalty.Tier{{FromDay: 1, Share: penalty.Share{Num: 1, Den: 300}}}}}},
			func(*penalty.Input) {}, penalty.ErrInvalidInput, "rule.reference", "need a reference"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := good
			tc.edit(&in)
			_, err := tc.rule.Compute(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.ErrorIs(t, err, penalty.ErrInvalidInput, "every bad input is an ErrInvalidInput")
			var ie *penalty.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tc.field, ie.Field, err.Error())
			assert.Contains(t, err.Error(), tc.message)
			assert.True(t, strings.HasPrefix(err.Error(), "penalty: "+tc.field+": "), err.Error())
			assert.NotContains(t, err.Error(), "Input.", "messages name fields, not Go identifiers")
		})
	}
}

func TestCustomRules(t *testing.T) {
	// A contractual penalty of 0.1 % of the debt a day, capped at 10 % of it
	// by the contract — a Rule value plus Input.Cap.
	contract := penalty.Rule{Name: "Договорная неустойка (п. 5.2 договора)", Rate: dec("0.001"), Base: penalty.Debt, Basis: law.MustRefs("ГК РФ ст. 330")}
	c, err := contract.Compute(penalty.Input{Base: dec("200000"), From: day(t, "2025-01-01"), To: day(t, "2025-12-31"),
		Payments: []penalty.Payment{{On: day(t, "2025-06-30"), Amount: dec("100000")}}, Cap: dec("20000")})
	require.NoError(t, err)
	// 200 000 × 0.1 % × 181 + 100 000 × 0.1 % × 184 = 36 200 + 18 400 = 54 600 → 20 000.
	assert.Equal(t, "54600.00", c.Uncapped.StringFixed(2))
	assert.Equal(t, "20000.00", c.Total.StringFixed(2))
	assert.Equal(t, "Договорная неустойка (п. 5.2 договора)", c.Title(law.English), "a caller's rule is shown by its name")
	assert.Contains(t, c.String(), "не более 20 000,00 руб. — ограничение, принятое в расчёте")

	// A contractual 1/300 of the key rate, the form most supply contracts use.
	keyShare := penalty.Rule{Name: "Пеня 1/300 ключевой ставки (п. 7.1 договора)", Base: penalty.Debt, Reference: penalty.ReferenceKeyRate,
		Eras: []penalty.Era{{Tiers: []penalty.Tier{{FromDay: 1, Share: penalty.Share{Num: 1, Den: 300}}}}}}
	c, err = keyShare.Compute(penalty.Input{Base: dec("300000"), From: day(t, "2025-06-01"), To: day(t, "2025-06-30")})
	require.NoError(t, err)
	// 300 000 × 21 % / 300 × 8 + 300 000 × 20 % / 300 × 22 = 1 680 + 4 400 = 6 080.
	assert.Equal(t, "6080.00", c.Total.StringFixed(2), "key rate 20 % from 09.06.2025")
}

func TestBaseAndEnums(t *testing.T) {
	assert.Equal(t, "price_of_goods", penalty.PriceOfGoods.String())
	assert.Equal(t, "цена товара", penalty.PriceOfGoods.Text(law.Russian))
	assert.Equal(t, "price of the goods", penalty.PriceOfGoods.Text(law.English))
	assert.Equal(t, "Base(0)", penalty.Base(0).String())
	for b := penalty.PriceOfGoods; b <= penalty.UnperformedPrice; b++ {
		assert.NotContains(t, b.String(), "Base(")
		text, err := b.MarshalText()
		require.NoError(t, err)
		var back penalty.Base
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, b, back)
	}
	assert.False(t, penalty.PriceOfGoods.ReducedByPayments(), "ЗоЗПП ст. 23 п. 1: the price, not what is unpaid")
	assert.False(t, penalty.PriceOfWork.ReducedByPayments())
	assert.False(t, penalty.InsuredSum.ReducedByPayments())
	assert.False(t, penalty.RepairCost.ReducedByPayments(), "audit item e: a repair is done, not paid")
	assert.False(t, penalty.ContractPrice.ReducedByPayments())
	assert.True(t, penalty.PrepaidAmount.ReducedByPayments())
	assert.True(t, penalty.InsurancePayout.ReducedByPayments())
	assert.True(t, penalty.Debt.ReducedByPayments())

	assert.Equal(t, "each-row", penalty.RoundEachRow.String())
	assert.Equal(t, "daily-amount", penalty.RoundDailyAmount.String())
	assert.Equal(t, "Rounding(9)", penalty.Rounding(9).String())
	assert.Equal(t, "30/360", penalty.Days360.String())
	assert.Equal(t, "on_payment", penalty.RateOnPayment.String())
	assert.Equal(t, "1/300", penalty.Share{Num: 1, Den: 300}.String())
	assert.Equal(t, "refinancing_rate", penalty.ReferenceRefinancingRate.String())
}

func TestPeriod(t *testing.T) {
	m := penalty.Moratorium2022()
	assert.Equal(t, 184, m.Days(), "ПП РФ № 497: 01.04.2022–01.10.2022 inclusive")
	assert.Equal(t, "01.04.2022–01.10.2022", m.String())
	assert.Equal(t, "Постановление Правительства РФ от 28.03.2022 № 497; Постановление Пленума ВС РФ от 24.12.2020 № 44, п. 7", law.Join(m.Basis, law.Russian))
	assert.True(t, m.Contains(day(t, "2022-10-01")))
	assert.False(t, m.Contains(day(t, "2022-10-02")))
	assert.Equal(t, 0, penalty.Period{}.Days())
	assert.Equal(t, 0, penalty.Period{From: day(t, "2022-10-02"), To: day(t, "2022-10-01")}.Days())
}

func TestZeroValues(t *testing.T) {
	var c penalty.Calculation
	assert.NotPanics(t, func() { _ = c.String(); _ = c.Text(law.English); _ = c.Method() })
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(data), `"total":"0.00"`)
	var back penalty.Calculation
	require.NoError(t, back.UnmarshalJSON(data))
	assert.Equal(t, c, back, "the zero Calculation reads back as itself")

	_, err = penalty.Rule{}.Compute(penalty.Input{})
	assert.ErrorIs(t, err, penalty.ErrInvalidInput, "a zero Rule is an error, not a panic")
	var f penalty.Fine
	assert.NotPanics(t, func() { _ = f.String(); _, _ = f.MarshalJSON() })
	assert.Equal(t, "", c.RowNote(3, law.Russian))
}
