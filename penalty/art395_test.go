package penalty_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

func TestArt395SplitsOnFirstJanuary(t *testing.T) {
	// 2022 and 2023 both have 365 days, and the rate (7.5 %) did not change
	// from 19.09.2022 to 23.07.2023; the row still splits on 1 January.
	c, err := penalty.Art395().Compute(penalty.Input{Base: dec("100000"), From: day(t, "2022-12-20"), To: day(t, "2023-01-10")})
	require.NoError(t, err)
	require.Len(t, c.Rows, 2)
	assert.Equal(t, "2022-12-31", c.Rows[0].To.String())
	assert.Equal(t, 365, c.Rows[1].YearDays)
	assert.Equal(t, penalty.RowNewYear, c.Rows[1].Reason)
	// 100 000 × 7,5 % × 12/365 = 246,575… → 246,58; × 10/365 = 205,479… → 205,48.
	assert.Equal(t, "246.58", c.Rows[0].Amount.StringFixed(2), "ГК РФ ст. 395 п. 1, key rate 7,5 % from 19.09.2022")
	assert.Equal(t, "205.48", c.Rows[1].Amount.StringFixed(2))
	assert.Equal(t, "ключевая ставка Банка России", c.RowNote(0, law.Russian), "the rate is named where it starts")
	assert.Empty(t, c.RowNote(1, law.Russian), "and not repeated")
}

func TestArt395BasisByEra(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		district penalty.District
		want     []string
		notWant  []string
		source   string
	}{
		{"key rate only", "2024-01-01", "2024-01-31", "", []string{"315-ФЗ"}, []string{"42-ФЗ", "первоначальная"}, "ГК РФ ст. 395 п. 1 (ред. ФЗ от 03.07.2016 № 315-ФЗ)"},
		{"refinancing rate only", "2015-01-01", "2015-01-31", "", []string{"первоначальная редакция"}, []string{"315-ФЗ"}, "ГК РФ ст. 395 п. 1 before ФЗ № 42-ФЗ"},
		{"all three eras", "2015-05-30", "2016-08-02", penalty.NorthCaucasian, []string{"первоначальная редакция", "42-ФЗ", "315-ФЗ"}, nil,
			"art395-rates.md §1: a delay spanning eras is split, each part uses its own era's rate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := penalty.Art395().Compute(penalty.Input{Base: dec("1000"), From: day(t, tc.from), To: day(t, tc.to), District: tc.district})
			require.NoError(t, err)
			basis := law.Join(c.Basis, law.Russian)
			for _, s := range tc.want {
				assert.Contains(t, basis, s, tc.source)
			}
			for _, s := range tc.notWant {
				assert.NotContains(t, basis, s, tc.source)
			}
		})
	}
	c, err := penalty.Art395().Compute(penalty.Input{Base: dec("1000"), From: day(t, "2016-07-30"), To: day(t, "2016-08-02"), District: penalty.NorthCaucasian})
	require.NoError(t, err)
	assert.Contains(t, c.RowNote(0, law.Russian), "средняя ставка по вкладам физических лиц, СКФО")
	assert.Equal(t, penalty.RowEra, c.Rows[1].Reason, "a new wording of ст. 395 п. 1 from 01.08.2016")
}

func TestArt395PreSixteenConventions(t *testing.T) {
	// А19-12919/12: 30/360 and one rate; the debt is reconstructed (law-issue11 §9).
	c, err := penalty.Art395().Compute(penalty.Input{Base: dec("1422925.00"), From: day(t, "2010-12-31"), To: day(t, "2011-05-31"),
		DayCount: penalty.Days360, RateDate: day(t, "2012-10-01")})
	require.NoError(t, err)
	require.Len(t, c.Rows, 1)
	assert.Equal(t, 151, c.Rows[0].Days, "1 + 5 × 30 days")
	assert.Equal(t, 360, c.Rows[0].YearDays)
	assert.Equal(t, "49239.13", c.Total.StringFixed(2), "АС Иркутской области, А19-12919/12")
	assert.Contains(t, c.Method(), penalty.MethodDays360)
	assert.Contains(t, c.Method(), penalty.MethodRateOnDay)
	assert.Contains(t, c.String(), "число дней в году принято равным 360, в месяце — 30")
	assert.Contains(t, c.String(), "ставка, действовавшая на 01.10.2012 (п. 3 Постановления Пленума ВС РФ № 13, Пленума ВАС РФ № 14 от 08.10.1998)")
	assert.Equal(t, "1 422 925,00 × 8,25 % × 151 / 360 ≈ 49 239,13", c.Rows[0].Formula(law.Russian))
}

func TestArt395ExcludedDaysNeedNoRate(t *testing.T) {
	// The ЦФО 2015–16 table is not in the data, but an exclusion over it
	// needs no rate.
	c, err := penalty.Art395().Compute(penalty.Input{Base: dec("1000"), From: day(t, "2015-05-25"), To: day(t, "2016-08-05"),
		Exclude: []penalty.Period{{From: day(t, "2015-06-01"), To: day(t, "2016-07-31")}}})
	require.NoError(t, err)
	assert.Equal(t, 3, len(c.Rows))
}

func TestAssumedRates(t *testing.T) {
	c, err := penalty.Art395().Compute(penalty.Input{Base: dec("300000"), From: day(t, "2026-09-01"), To: day(t, "2026-10-31"), AssumeLastRate: true})
	require.NoError(t, err)
	require.Len(t, c.Rows, 2)
	assert.False(t, c.Rows[0].Assumed)
	assert.True(t, c.Rows[1].Assumed)
	assert.Equal(t, day(t, "2026-09-24"), c.Rows[1].From, "the first day after the known rates")
	assert.Equal(t, penalty.RowAssumed, c.Rows[1].Reason)
	require.Len(t, c.Notes, 1)
	assert.Equal(t, penalty.RatesAssumed, c.Notes[0].Code)
	assert.Equal(t, day(t, "2026-09-23"), c.Notes[0].Date)
	assert.Equal(t, day(t, "2026-09-23"), c.RatesKnownThrough)
	assert.Contains(t, c.String(), "Внимание: ставки известны по 23.09.2026")
	assert.Contains(t, c.RowNote(1, law.Russian), "ставка принята равной последней известной (ставки известны по 23.09.2026)")

	_, err = penalty.Art395().Compute(penalty.Input{Base: dec("300000"), From: day(t, "2026-09-01"), To: day(t, "2026-10-31")})
	assert.ErrorIs(t, err, penalty.ErrOutOfRange)
	assert.Contains(t, err.Error(), "assume_last_rate", "the error names the option")
}
