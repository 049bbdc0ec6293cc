package penalty

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInterest395SplitsAtFirstJanuaryEvenWithoutLeapYear(t *testing.T) {
	// 2022 and 2023 both have 365 days, and the rate (7.5 %) did not change
	// from 19.09.2022 to 23.07.2023; the row still splits on 1 January.
	c, err := Interest395(dec("100000"), day(t, "2022-12-20"), day(t, "2023-01-10"), nil, nil)
	require.NoError(t, err)
	require.Len(t, c.Rows, 2)
	assert.Equal(t, "2022-12-31", c.Rows[0].To.String())
	assert.Equal(t, "2023-01-01", c.Rows[1].From.String())
	assert.Equal(t, 365, c.Rows[0].YearDays)
	assert.Equal(t, 365, c.Rows[1].YearDays)
	// 100 000 × 7,5 % × 12/365 = 246,575… → 246,58; × 10/365 = 205,479… → 205,48.
	assert.Equal(t, "246.58", c.Rows[0].Amount.StringFixed(2), "ГК РФ ст. 395 п. 1, key rate 7,5 % from 19.09.2022")
	assert.Equal(t, "205.48", c.Rows[1].Amount.StringFixed(2))
	assert.Equal(t, "452.06", c.Total.StringFixed(2))
	assert.Equal(t, "ключевая ставка Банка России", c.Rows[0].Note, "the rate is named where it starts")
	assert.Empty(t, c.Rows[1].Note, "and not repeated")
}

func TestInterest395Payments(t *testing.T) {
	// Payment day charged on the old debt, reduced debt from the next day
	// (Пленум ВС РФ № 7 п. 65; 395gk.ru, research findings E7).
	c, err := Interest395(dec("100000"), day(t, "2025-01-01"), day(t, "2025-01-31"),
		[]Payment{{On: day(t, "2025-01-10"), Amount: dec("40000")}, {On: day(t, "2025-01-31"), Amount: dec("60000")}}, nil)
	require.NoError(t, err)
	require.Len(t, c.Rows, 2)
	assert.Equal(t, 10, c.Rows[0].Days)
	assert.Equal(t, "100000.00", c.Rows[0].Base.StringFixed(2))
	assert.Equal(t, "60000.00", c.Rows[1].Base.StringFixed(2))
	assert.Contains(t, c.Rows[1].Note, "10.01.2025 оплачено 40 000,00 руб., остаток 60 000,00 руб.")
	// 100 000 × 21 % × 10/365 = 575,34; 60 000 × 21 % × 21/365 = 724,93.
	assert.Equal(t, "575.34", c.Rows[0].Amount.StringFixed(2))
	assert.Equal(t, "724.93", c.Rows[1].Amount.StringFixed(2))
	assert.Contains(t, c.Method, "Выплата уменьшает базу")
}

func TestInterest395Basis(t *testing.T) {
	skfo, err := KeyRatesFor(NorthCaucasian)
	require.NoError(t, err)
	tests := []struct {
		name     string
		from, to string
		rates    Rates
		want     []string
		notWant  []string
		source   string
	}{
		{"key rate only", "2024-01-01", "2024-01-31", nil, []string{"315-ФЗ", "ключевая ставка"}, []string{"42-ФЗ", "рефинансирования"},
			"ГК РФ ст. 395 п. 1 (ред. ФЗ от 03.07.2016 № 315-ФЗ)"},
		{"refinancing rate only", "2015-01-01", "2015-01-31", nil, []string{"до 01.06.2015", "рефинансирования"}, []string{"315-ФЗ"},
			"ГК РФ ст. 395 п. 1 before ФЗ № 42-ФЗ"},
		{"all three eras", "2015-05-30", "2016-08-02", skfo, []string{"до 01.06.2015", "42-ФЗ", "Северо-Кавказский федеральный округ", "315-ФЗ"}, nil,
			"art395-rates.md §1: a delay spanning eras is split, each part uses its own era's rate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Interest395(dec("1000"), day(t, tc.from), day(t, tc.to), nil, tc.rates)
			require.NoError(t, err)
			for _, s := range tc.want {
				assert.Contains(t, c.Basis, s, tc.source)
			}
			for _, s := range tc.notWant {
				assert.NotContains(t, c.Basis, s, tc.source)
			}
			assert.Contains(t, c.String(), "Основание: "+c.Basis)
		})
	}
}

func TestInterest395Errors(t *testing.T) {
	bad := Rates{{From: day(t, "2020-01-01"), Percent: dec("5")}, {From: day(t, "2019-01-01"), Percent: dec("6")}}
	tests := []struct {
		name    string
		debt    string
		from    string
		to      string
		pays    []Payment
		rates   Rates
		opts    []Option
		want    error
		message string
		source  string
	}{
		{"ЦФО era 2 not verified", "1000", "2015-05-25", "2015-06-05", nil, nil, nil, ErrOutOfRange, "Центральный федеральный округ",
			"art395-rates.md §2: the ЦФО table is unverified; never fall back to another district"},
		{"every unverified district fails", "1000", "2016-07-30", "2016-08-02", nil, mustRatesFor(t, Ural), nil, ErrOutOfRange, "Уральский",
			"research findings §1.3: no district but СКФО verified"},
		{"past KnownThrough", "1000", "2026-09-20", "2026-09-24", nil, nil, nil, ErrOutOfRange, "known through 2026-09-23",
			"research findings §2: verified through 23.09.2026"},
		{"before the data", "1000", "2012-09-13", "2012-09-20", nil, nil, nil, ErrOutOfRange, "starts on 2012-09-14",
			"Указание Банка России № 2873-У: 8.25 % from 14.09.2012 is the first rate in the data"},
		{"malformed rates", "1000", "2020-01-01", "2020-02-01", nil, bad, nil, ErrInvalidRates, "strictly increasing", "Rates.Validate"},
		{"empty rates", "1000", "2020-01-01", "2020-02-01", nil, Rates{}, nil, ErrInvalidRates, "empty", "Rates.Validate"},
		{"zero debt", "0", "2020-01-01", "2020-02-01", nil, nil, nil, ErrInvalidInput, "debt 0", "issue 4 §8"},
		{"inverted period", "1000", "2020-02-01", "2020-01-01", nil, nil, nil, ErrInvalidPeriod, "before from", "issue 4 §8"},
		{"payments exceed the debt", "1000", "2020-01-01", "2020-02-01", []Payment{{On: day(t, "2020-01-05"), Amount: dec("1000.01")}}, nil, nil, ErrInvalidInput, "more than the debt", "issue 4 §8"},
		{"overlapping exclusions", "1000", "2022-01-01", "2022-12-31", nil, nil, []Option{Excluding(Moratorium2022, Period{From: day(t, "2022-10-01"), To: day(t, "2022-10-05")})},
			ErrInvalidPeriod, "overlap", "issue 4 §8"},
		{"bad rounding", "1000", "2020-01-01", "2020-02-01", nil, nil, []Option{WithRounding(3)}, ErrInvalidInput, "RoundDailyAmount", "Rounding"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Interest395(dec(tc.debt), day(t, tc.from), day(t, tc.to), tc.pays, tc.rates, tc.opts...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want, tc.source)
			assert.Contains(t, err.Error(), tc.message, tc.source)
		})
	}
}

func mustRatesFor(t *testing.T, d District) Rates {
	t.Helper()
	r, err := KeyRatesFor(d)
	require.NoError(t, err)
	return r
}

func TestInterest395ExcludedDaysNeedNoRate(t *testing.T) {
	// Excluded days accrue nothing, so they need no rate, even past
	// KnownThrough.
	c, err := Interest395(dec("1000"), day(t, "2026-09-20"), day(t, "2026-10-10"), nil, nil,
		Excluding(Period{From: day(t, "2026-09-24"), To: day(t, "2026-10-10"), Basis: "тест"}))
	require.NoError(t, err)
	assert.Equal(t, 4, c.Days)
	assert.Equal(t, 17, c.ExcludedDays)
}

func TestInterest395NilOptionAndNilRates(t *testing.T) {
	a, err := Interest395(dec("1000"), day(t, "2024-01-01"), day(t, "2024-03-01"), nil, nil, nil)
	require.NoError(t, err)
	b, err := Interest395(dec("1000"), day(t, "2024-01-01"), day(t, "2024-03-01"), nil, KeyRates())
	require.NoError(t, err)
	assert.Equal(t, a.String(), b.String(), "nil rates means KeyRates()")
}

func TestConcurrentUse(t *testing.T) {
	// Run with -race: the embedded tables are built once and only read.
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := Interest395(decimal.NewFromInt(int64(1000+i)), day(t, "2016-08-01"), day(t, "2026-07-31"), nil, nil)
			if err == nil && c.Total.Sign() <= 0 {
				err = errors.New("no interest")
			}
			if err == nil {
				_, err = Goods.Compute(Input{Base: dec("100"), From: day(t, "2025-01-01"), To: day(t, "2025-01-02")})
			}
			if r := KeyRates(); err == nil && !strings.Contains(r[0].Source, "2873-У") {
				err = errors.New("unexpected first rate " + r[0].Source)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}
