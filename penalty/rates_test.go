package penalty

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

func TestEmbeddedRatesLoad(t *testing.T) {
	tbl, err := buildRateTables(keyRateCSV, refinancingRateCSV, depositRateCSV)
	require.NoError(t, err, "the embedded data must load and validate")
	require.Len(t, tbl.byDistrict, len(districts), "every district has a history, complete or not")
	for d, r := range tbl.byDistrict {
		require.NoError(t, r.Validate(), d)
		for _, p := range r {
			assert.NotEmpty(t, p.Source, "%s: every period names its source (%s)", d, p.From)
		}
	}
	for _, p := range tbl.key {
		assert.NotEmpty(t, p.Source, "key rate %s names its source", p.From)
	}
}

func TestKeyRatesFacts(t *testing.T) {
	rates := KeyRates()
	tests := []struct {
		on      string
		percent string
		kind    RateKind
		source  string
	}{
		{"2012-09-14", "8.25", RefinancingRate, "Указание Банка России от 13.09.2012 № 2873-У"},
		{"2015-05-31", "8.25", RefinancingRate, "last day of the old wording of ст. 395 п. 1 (ФЗ № 42-ФЗ in force 01.06.2015)"},
		{"2016-08-01", "10.50", KeyRate, "ФЗ № 315-ФЗ: key rate from 01.08.2016; 10.5 % in force since 14.06.2016"},
		{"2016-09-18", "10.50", KeyRate, "key rate 10 % only from 19.09.2016"},
		{"2016-09-19", "10.00", KeyRate, "key-rate.csv (395gk.ru)"},
		{"2022-02-28", "20.00", KeyRate, "extraordinary decision of 28.02.2022, in force the same day"},
		{"2022-05-27", "11.00", KeyRate, "key-rate.csv: 27.05.2022 row present (395GK)"},
		{"2023-08-15", "12.00", KeyRate, "extraordinary decision of 15.08.2023, in force the same day"},
		{"2026-02-16", "15.50", KeyRate, "key-rate.csv: urogay-smol.ru 18.02.2026"},
		{"2026-03-23", "15.00", KeyRate, "research findings §2: CBR press release 20.03.2026"},
		{"2026-04-27", "14.50", KeyRate, "research findings §2: decision 24.04.2026"},
		{"2026-06-22", "14.25", KeyRate, "research findings §2: press release 19.06.2026"},
		{"2026-07-27", "14.00", KeyRate, "research findings §2: press release 24.07.2026"},
		{"2026-09-23", "14.00", KeyRate, "research findings §2: held at 14 % on 11.09.2026; verified through 23.09.2026"},
	}
	for _, tc := range tests {
		t.Run(tc.on, func(t *testing.T) {
			p, err := rates.At(day(t, tc.on))
			require.NoError(t, err, tc.source)
			assert.Equal(t, tc.percent, p.Percent.StringFixed(2), tc.source)
			assert.Equal(t, tc.kind, p.Kind, tc.source)
		})
	}
	assert.Equal(t, "2026-09-23", rates.KnownThrough().String(), "research findings §2: verified through 23.09.2026")
	_, err := rates.At(day(t, "2026-09-24"))
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = rates.At(day(t, "2015-06-01"))
	assert.ErrorIs(t, err, ErrOutOfRange, "the ЦФО deposit table is not verified (art395-rates.md §2)")
	_, err = rates.At(calendar.Date{})
	assert.ErrorIs(t, err, ErrInvalidPeriod)
}

func TestDepositRatesByDistrict(t *testing.T) {
	assert.Equal(t, []District{NorthCaucasian}, DepositRateDistricts(), "only СКФО is verified (research findings §1)")
	skfo, err := KeyRatesFor(NorthCaucasian)
	require.NoError(t, err)
	// consultant.ru LAW_180997, СКФО table (research findings §1.1).
	for on, want := range map[string]string{"2015-06-01": "10.46", "2015-06-14": "10.46", "2015-12-15": "6.34", "2016-07-31": "6.66"} {
		p, err := skfo.At(day(t, on))
		require.NoError(t, err)
		assert.Equal(t, want, p.Percent.StringFixed(2), on)
		assert.Equal(t, DepositRate, p.Kind)
		assert.Equal(t, NorthCaucasian, p.District)
	}
	for _, d := range Districts() {
		r, err := KeyRatesFor(d)
		require.NoError(t, err)
		p := r[r.index(depositEraStart)]
		if d == NorthCaucasian {
			continue
		}
		assert.Equal(t, NoRate, p.Kind, "%s: an unverified table is a NoRate period, never another district's", d)
		assert.Contains(t, p.Source, d.Name())
	}
	_, err = KeyRatesFor("Москва")
	assert.ErrorIs(t, err, ErrInvalidInput)
	assert.False(t, District("Москва").Valid())
	assert.Equal(t, "Центральный федеральный округ", Central.Name())
}

func TestAddingADistrictIsADataChange(t *testing.T) {
	// Appending rows to data/deposit-rate.csv is all it takes: simulate it.
	extra := "2015-06-01,11.11,deposit,УФО,test\n2016-07-15,7.77,deposit,УФО,test\n"
	tbl, err := buildRateTables(keyRateCSV, refinancingRateCSV, append(bytes.Clone(depositRateCSV), extra...))
	require.NoError(t, err)
	r := tbl.byDistrict[Ural]
	p, err := r.At(day(t, "2016-07-01"))
	require.NoError(t, err)
	assert.Equal(t, "11.11", p.Percent.StringFixed(2))
	_, err = tbl.byDistrict[Central].At(day(t, "2016-07-01"))
	assert.ErrorIs(t, err, ErrOutOfRange, "other districts are unaffected")
}

func TestBuildRateTablesRejectsBadData(t *testing.T) {
	tests := []struct {
		name                  string
		key, refinancing, dep string
		message               string
	}{
		{"deposit outside era 2", string(keyRateCSV), string(refinancingRateCSV), "from,percent,kind,district\n2016-08-01,5,deposit,СКФО\n", "01.06.2015–31.07.2016"},
		{"deposit table not starting 01.06.2015", string(keyRateCSV), string(refinancingRateCSV), "from,percent,kind,district\n2015-07-01,5,deposit,СКФО\n", "accepted is a table from 2015-06-01"},
		{"deposit of unknown district", string(keyRateCSV), string(refinancingRateCSV), "from,percent,kind,district\n2015-06-01,5,deposit,МСК\n", "known district"},
		{"key file with a refinancing row", "from,percent,kind\n2016-01-01,5,refinancing\n", string(refinancingRateCSV), string(depositRateCSV), "key-rate.csv"},
		{"key file starting too late", "from,percent\n2017-01-01,5\n", string(refinancingRateCSV), string(depositRateCSV), "no key rate in force on 2016-08-01"},
		{"unsorted refinancing", string(keyRateCSV), "from,percent,kind\n2012-09-14,8,refinancing\n2012-01-01,8,refinancing\n", string(depositRateCSV), "refinancing-rate.csv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := buildRateTables([]byte(tc.key), []byte(tc.refinancing), []byte(tc.dep))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.message)
		})
	}
}

func TestKeyRatesReturnsCopies(t *testing.T) {
	r := KeyRates()
	r[0].Percent = dec("99")
	assert.Equal(t, "8.25", KeyRates()[0].Percent.StringFixed(2), "changing a returned table does not change the package's")
	h := KeyRateHistory()
	h[0].Source = "changed"
	assert.NotEqual(t, "changed", KeyRateHistory()[0].Source)
	assert.Equal(t, "2013-09-13", h[0].From.String(), "key rate introduced 13.09.2013")
	assert.Equal(t, NoRate, h[len(h)-1].Kind)
	d := Districts()
	d[0] = "x"
	assert.Equal(t, Central, Districts()[0])
}

func TestRatesValidate(t *testing.T) {
	d1, d2 := day(t, "2020-01-01"), day(t, "2020-02-01")
	tests := []struct {
		name    string
		rates   Rates
		message string
	}{
		{"empty", nil, "empty"},
		{"zero date", Rates{{Percent: dec("5")}}, "has no date"},
		{"same date twice", Rates{{From: d1, Percent: dec("5")}, {From: d1, Percent: dec("6")}}, "strictly increasing"},
		{"negative", Rates{{From: d1, Percent: dec("-1")}}, "0 to 100"},
		{"over 100", Rates{{From: d1, Percent: dec("100.01")}}, "0 to 100"},
		{"too precise", Rates{{From: d1, Percent: dec("5.0000001")}}, "6 decimals"},
		{"bad kind", Rates{{From: d1, Percent: dec("5"), Kind: 9}}, "kind 9"},
		{"none with percent", Rates{{From: d1, Percent: dec("5")}, {From: d2, Kind: NoRate, Percent: dec("1")}}, "kind none but has percent"},
		{"deposit without district", Rates{{From: d1, Percent: dec("5"), Kind: DepositRate}}, "district"},
		{"key with district", Rates{{From: d1, Percent: dec("5"), District: Central}}, "only deposit rates"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.rates.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidRates)
			assert.ErrorIs(t, err, ErrInvalidInput)
			assert.Contains(t, err.Error(), tc.message)
		})
	}
	open := Rates{{From: d1, Percent: dec("5")}}
	require.NoError(t, open.Validate())
	assert.Equal(t, "9999-12-31", open.KnownThrough().String(), "an open table vouches for every later day")
	assert.True(t, Rates{}.KnownThrough().IsZero())
}

func TestRatesWith(t *testing.T) {
	_, err := LoadRates(strings.NewReader("from,percent\n2026-07-27,14\n2026-10-26,13.5\n2026-11-01,,\n"))
	require.Error(t, err, "a percent must be given unless the kind is none")
	newer, err := LoadRates(strings.NewReader("from,percent,kind\n2026-07-27,14,key\n2026-10-26,13.5,key\n2026-12-01,,none\n"))
	require.NoError(t, err)
	base := KeyRates()
	r, err := base.With(newer)
	require.NoError(t, err)
	assert.Equal(t, "2026-11-30", r.KnownThrough().String())
	p, err := r.At(day(t, "2026-10-30"))
	require.NoError(t, err)
	assert.Equal(t, "13.50", p.Percent.StringFixed(2))
	p, err = r.At(day(t, "2026-07-26"))
	require.NoError(t, err)
	assert.Equal(t, "14.25", p.Percent.StringFixed(2), "older periods are kept")
	assert.Equal(t, "2026-09-23", base.KnownThrough().String(), "With does not change its receiver")

	// Newer rates starting before the table are the whole table.
	early := Rates{{From: day(t, "2000-01-01"), Percent: dec("1")}}
	r, err = base.With(early)
	require.NoError(t, err)
	assert.Len(t, r, 1)

	_, err = base.With(Rates{{From: day(t, "2020-01-01"), Percent: dec("-1")}})
	assert.ErrorIs(t, err, ErrInvalidRates)
}

func TestRateKindString(t *testing.T) {
	for k := KeyRate; k <= NoRate; k++ {
		got, ok := parseRateKind(k.String())
		assert.True(t, ok)
		assert.Equal(t, k, got)
	}
	assert.Equal(t, "RateKind(7)", RateKind(7).String())
}
