package penalty_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/penalty"
)

func TestEmbeddedRates(t *testing.T) {
	for name, r := range map[string]penalty.Rates{"key": penalty.KeyRateSeries(), "refinancing": penalty.RefinancingRateSeries(), "art395": penalty.Art395Rates()} {
		require.NoError(t, r.Validate(), name)
		for _, p := range r {
			assert.NotEmpty(t, p.Source, "%s %s: every rate names its source", name, p.From)
		}
		assert.Equal(t, day(t, "2026-09-23"), r.KnownThrough(), "%s: research of 25.11.2026 — no decision after 11.09.2026 verified", name)
	}
	assert.Equal(t, day(t, "2013-09-13"), penalty.KeyRateSeries()[0].From, "the key rate was introduced on 13.09.2013")
	assert.Equal(t, day(t, "1992-01-01"), penalty.RefinancingRateSeries()[0].From, "the refinancing rate since 1992 (law-issue11 §10)")
	assert.Len(t, penalty.Districts(), 9)
	assert.Equal(t, []penalty.District{penalty.NorthCaucasian}, penalty.DepositRateDistricts(), "only the СКФО table was verified")
}

func TestRateFacts(t *testing.T) {
	tests := []struct {
		rates  penalty.Rates
		on     string
		want   string
		kind   penalty.RateKind
		source string
	}{
		{penalty.KeyRateSeries(), "2024-07-28", "16", penalty.KeyRate, "key 16 % from 18.12.2023"},
		{penalty.KeyRateSeries(), "2024-07-29", "18", penalty.KeyRate, "key 18 % from 29.07.2024"},
		{penalty.KeyRateSeries(), "2022-02-28", "20", penalty.KeyRate, "extraordinary decision of 28.02.2022"},
		{penalty.KeyRateSeries(), "2026-02-16", "15.5", penalty.KeyRate, "key 15,5 % from 16.02.2026 (law-issue11 §11)"},
		{penalty.RefinancingRateSeries(), "1993-10-15", "210", penalty.RefinancingRate, "refinancing 210 % from 15.10.1993 (P, single source)"},
		{penalty.RefinancingRateSeries(), "1997-10-06", "21", penalty.RefinancingRate, "Телеграмма ЦБ РФ от 01.10.1997 № 83-97 (V)"},
		{penalty.RefinancingRateSeries(), "2011-12-26", "8", penalty.RefinancingRate, "Указание № 2758-У (P)"},
		{penalty.RefinancingRateSeries(), "2015-12-31", "8.25", penalty.RefinancingRate, "Указание № 2873-У, unchanged until 31.12.2015"},
		{penalty.RefinancingRateSeries(), "2016-01-01", "11", penalty.KeyRate, "Указание № 3894-У: equal to the key rate from 01.01.2016"},
		{penalty.Art395Rates(), "2015-05-31", "8.25", penalty.RefinancingRate, "ст. 395 era 1"},
		{penalty.Art395Rates(), "2016-08-01", "10.5", penalty.KeyRate, "ФЗ № 315-ФЗ: key rate from 01.08.2016"},
	}
	for _, tc := range tests {
		p, err := tc.rates.At(day(t, tc.on))
		require.NoError(t, err, tc.source)
		assert.True(t, p.Percent.Equal(dec(tc.want)), "%s: %s, want %s", tc.source, p.Percent, tc.want)
		assert.Equal(t, tc.kind, p.Kind, tc.source)
	}

	_, err := penalty.Art395Rates().At(day(t, "2015-06-10"))
	assert.ErrorIs(t, err, penalty.ErrOutOfRange, "the ЦФО deposit table is not verified")
	assert.Contains(t, err.Error(), "Центральный федеральный округ")
	_, err = penalty.Art395Rates().At(day(t, "2012-09-13"))
	assert.ErrorIs(t, err, penalty.ErrOutOfRange, "before 14.09.2012 ст. 395 takes one rate: rate_date")
	assert.Contains(t, err.Error(), "rate_date")
	_, err = penalty.KeyRateSeries().At(day(t, "2026-09-24"))
	assert.ErrorIs(t, err, penalty.ErrOutOfRange)
	assert.Contains(t, err.Error(), "known through 2026-09-23")
}

func TestDepositRatesByDistrict(t *testing.T) {
	skfo, err := penalty.Art395RatesFor(penalty.NorthCaucasian)
	require.NoError(t, err)
	p, err := skfo.At(day(t, "2015-06-15"))
	require.NoError(t, err)
	assert.True(t, p.Percent.Equal(dec("10.7")), "СКФО 10,70 % from 15.06.2015 (consultant.ru LAW_180997)")
	assert.Equal(t, penalty.DepositRate, p.Kind)
	assert.Equal(t, penalty.NorthCaucasian, p.District)

	ural, err := penalty.Art395RatesFor(penalty.Ural)
	require.NoError(t, err)
	_, err = ural.At(day(t, "2015-06-15"))
	assert.ErrorIs(t, err, penalty.ErrOutOfRange, "never another district's rates")

	_, err = penalty.Art395RatesFor("Москва")
	var ie *penalty.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "district", ie.Field)
}

func TestRatesReturnCopies(t *testing.T) {
	r := penalty.KeyRateSeries()
	r[0].Percent = dec("99")
	r[0].Source = "changed"
	assert.True(t, penalty.KeyRateSeries()[0].Percent.Equal(dec("5.5")))
	a := penalty.Art395Rates()
	a[len(a)-2].Percent = dec("1")
	assert.False(t, penalty.Art395Rates()[len(a)-2].Percent.Equal(dec("1")))
}

func TestRatesValidate(t *testing.T) {
	tests := []struct {
		name  string
		rates penalty.Rates
		field string
		msg   string
	}{
		{"empty", penalty.Rates{}, "rates", "empty"},
		{"no date", penalty.Rates{{Percent: dec("5")}}, "rates[0]", "no date"},
		{"not increasing", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("5")}, {From: day(t, "2020-01-02"), Percent: dec("6")}}, "rates[1]", "strictly increasing"},
		{"negative", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("-5")}}, "rates[0]", "0 to 1000"},
		{"too many decimals", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("5.1234567")}}, "rates[0]", "6 decimals"},
		{"huge exponent", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("1e2000000000")}}, "rates[0]", "exponent"},
		{"none with a percent", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("5"), Kind: penalty.NoRate}}, "rates[0]", "kind none"},
		{"deposit without a district", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("5"), Kind: penalty.DepositRate}}, "rates[0]", "district"},
		{"district on a key rate", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("5"), District: penalty.Central}}, "rates[0]", "only deposit rates"},
		{"unknown kind", penalty.Rates{{From: day(t, "2020-01-02"), Percent: dec("5"), Kind: 17}}, "rates[0]", "kind 17"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.rates.Validate()
			require.ErrorIs(t, err, penalty.ErrInvalidRates)
			var ie *penalty.InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tc.field, ie.Field)
			assert.Contains(t, err.Error(), tc.msg)
			assert.Less(t, len(err.Error()), 300)
		})
	}
}

func TestRatesWith(t *testing.T) {
	newer, err := penalty.LoadRates(strings.NewReader("from,percent,kind,source\n2026-07-27,14.00,key,решение 24.07.2026\n2026-10-26,,none,next\n"))
	require.NoError(t, err)
	r, err := penalty.KeyRateSeries().With(newer)
	require.NoError(t, err)
	assert.Equal(t, day(t, "2026-10-25"), r.KnownThrough())
	assert.Equal(t, day(t, "2026-09-23"), penalty.KeyRateSeries().KnownThrough(), "With does not change its receiver")
	_, err = penalty.KeyRateSeries().With(penalty.Rates{})
	assert.ErrorIs(t, err, penalty.ErrInvalidRates)
	assert.Equal(t, "9999-12-31", penalty.Rates{{From: day(t, "2020-01-01"), Percent: dec("5")}}.KnownThrough().String(), "an open last rate")
}

func TestRateKind(t *testing.T) {
	for k, s := range map[penalty.RateKind]string{penalty.KeyRate: "key", penalty.RefinancingRate: "refinancing", penalty.DepositRate: "deposit", penalty.NoRate: "none", 9: "RateKind(9)"} {
		assert.Equal(t, s, k.String())
	}
	assert.Equal(t, "key rate of the Bank of Russia", penalty.KeyRate.Text(1))
}
