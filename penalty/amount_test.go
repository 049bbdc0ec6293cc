package penalty_test

import (
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{
		"59990": "59990.00", "59990.00": "59990.00", "59990,5": "59990.50", "59 990,00": "59990.00", "59 990,00 ₽": "59990.00",
		"59 990,00 руб.": "59990.00", "59\u00a0990,00": "59990.00", "59\u202f990,00\u00a0₽": "59990.00", "59\u2009990": "59990.00",
		"1 000 000": "1000000.00", "  42 ": "42.00", "0": "0.00", "0,01": "0.01", "1 000 000 000 000 000": "1000000000000000.00",
		"12руб": "12.00", "7 р.": "7.00", "15 RUB": "15.00",
	} {
		got, err := penalty.ParseAmount(in)
		require.NoError(t, err, "%q", in)
		assert.Equal(t, want, got.StringFixed(2), "%q", in)
	}
	for _, in := range []string{"", " ", "руб.", "-5", "+5", "1e3", "59.990,00", "59 99,00", "5 9990", "59990,", ",5", "59990.505", "1.2.3",
		"1 000 000 000 000 000,01", "99999999999999999", "59990 долларов", "٥٩", "59990\x00", string([]byte{0xff}), "1 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000"} {
		_, err := penalty.ParseAmount(in)
		require.Error(t, err, "%q", in)
		assert.ErrorIs(t, err, penalty.ErrInvalidInput, "%q", in)
		assert.Contains(t, err.Error(), "accepted are amounts such as 59990", "every rejection lists the accepted forms")
		assert.Less(t, len(err.Error()), 400)
	}
}

func TestCheckAmount(t *testing.T) {
	assert.NoError(t, penalty.CheckAmount(dec("59990.00"), false))
	assert.NoError(t, penalty.CheckAmount(decimal.Zero, true))
	assert.Error(t, penalty.CheckAmount(decimal.Zero, false))
	assert.Error(t, penalty.CheckAmount(dec("0.001"), true))
	assert.NoError(t, penalty.CheckAmount(decimal.New(penalty.MaxAmount, 0), false))
	assert.Error(t, penalty.CheckAmount(decimal.New(penalty.MaxAmount, 0).Add(dec("0.01")), false))
	start := time.Now()
	err := penalty.CheckAmount(decimal.New(1, 2_000_000_000), false)
	assert.Less(t, time.Since(start), 50*time.Millisecond, "a huge exponent is judged by its size, never expanded")
	var ie *penalty.InputError
	require.True(t, errors.As(err, &ie))
	assert.Contains(t, ie.Message, "exponent 2000000000")
}

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		in, ru, en string
	}{
		{"59990", "59 990,00 руб.", "59,990.00 RUB"},
		{"-1234.5", "-1 234,50 руб.", "-1,234.50 RUB"},
		{"1234567.891", "1 234 567,89 руб.", "1,234,567.89 RUB"},
		{"0.005", "0,01 руб.", "0.01 RUB"},
		{"-0.005", "-0,01 руб.", "-0.01 RUB"},
		{"999", "999,00 руб.", "999.00 RUB"},
		{"123456789012345678901234.5", "123 456 789 012 345 678 901 234,50 руб.", "123,456,789,012,345,678,901,234.50 RUB"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.ru, penalty.FormatRub(dec(tc.in)), tc.in)
		assert.Equal(t, tc.ru, penalty.FormatMoney(dec(tc.in), law.Russian), tc.in)
		assert.Equal(t, tc.en, penalty.FormatMoney(dec(tc.in), law.English), tc.in)
	}
	assert.Equal(t, "59 990,00", penalty.FormatAmount(dec("59990")))
	// Review D8: a caller-built huge exponent must not be expanded.
	start := time.Now()
	assert.Equal(t, "1e20000000", penalty.FormatAmount(decimal.New(1, 20_000_000)))
	assert.Less(t, time.Since(start), 50*time.Millisecond)
}
