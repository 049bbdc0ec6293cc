package penalty

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestFormatRub(t *testing.T) {
	tests := []struct{ in, want string }{
		{"59990", "59 990,00 руб."},
		{"0", "0,00 руб."},
		{"0.005", "0,01 руб."},
		{"-0.005", "-0,01 руб."},
		{"999.994", "999,99 руб."},
		{"999.995", "1 000,00 руб."},
		{"1234567.891", "1 234 567,89 руб."},
		{"-1234.5", "-1 234,50 руб."},
		{"100000", "100 000,00 руб."},
		{"1000000000000000", "1 000 000 000 000 000,00 руб."},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, FormatRub(dec(tc.in)), tc.in)
	}
	assert.Equal(t, "59 990,00", FormatAmount(dec("59990")))
	assert.Equal(t, "0,00 руб.", FormatRub(decimal.Decimal{}), "the zero decimal")
}

func TestFormatPercentAndNumber(t *testing.T) {
	assert.Equal(t, "1 %", formatPercent(dec("0.01")))
	assert.Equal(t, "0,5 %", formatPercent(dec("0.005")))
	assert.Equal(t, "0,05 %", formatPercent(dec("0.0005")))
	assert.Equal(t, "15,5 %", formatPercent(dec("0.155")))
	assert.Equal(t, "8,25 %", formatPercent(dec("0.0825")))
	assert.Equal(t, "370,3701", formatNumber(dec("370.3701")))
	assert.Equal(t, "12 345,6789", formatNumber(dec("12345.6789")))
	assert.Equal(t, "-1 234,567", formatNumber(dec("-1234.567")))
	assert.Equal(t, "5,00", formatNumber(dec("5")))
}

func TestDaysWord(t *testing.T) {
	for n, want := range map[int]string{0: "дней", 1: "день", 2: "дня", 4: "дня", 5: "дней", 11: "дней", 12: "дней", 14: "дней",
		21: "день", 22: "дня", 25: "дней", 101: "день", 111: "дней", 112: "дней", 122: "дня", 184: "дня", 361: "день"} {
		assert.Equal(t, want, daysWord(n), n)
	}
	assert.Equal(t, "14 дней", countDays(14))
}
