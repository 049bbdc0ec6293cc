package penalty

import (
	"bytes"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// Targets (issue 4): Goods.Compute over a one-year delay ≤ 2 µs/op;
// Interest395 over ten years with five payments ≤ 30 µs/op. Run:
//
//	go test -run '^$' -bench . -benchmem ./penalty/

func BenchmarkGoodsCompute(b *testing.B) {
	in := Input{Base: decimal.RequireFromString("59990.00"), From: calendar.NewDate(2025, 1, 1), To: calendar.NewDate(2025, 12, 31)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Goods.Compute(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInterest395TenYearsFivePayments(b *testing.B) {
	debt := decimal.RequireFromString("1000000.00")
	from, to := calendar.NewDate(2016, 8, 1), calendar.NewDate(2026, 7, 31)
	payments := []Payment{
		{On: calendar.NewDate(2017, 3, 15), Amount: decimal.RequireFromString("100000")},
		{On: calendar.NewDate(2018, 11, 1), Amount: decimal.RequireFromString("150000")},
		{On: calendar.NewDate(2020, 6, 30), Amount: decimal.RequireFromString("50000.50")},
		{On: calendar.NewDate(2022, 2, 14), Amount: decimal.RequireFromString("200000")},
		{On: calendar.NewDate(2024, 12, 31), Amount: decimal.RequireFromString("99999.99")},
	}
	rates := KeyRates()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Interest395(debt, from, to, payments, rates); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCalculationString(b *testing.B) {
	c, err := Interest395(decimal.RequireFromString("1000000"), calendar.NewDate(2016, 8, 1), calendar.NewDate(2026, 7, 31), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.String()
	}
}

func BenchmarkLoadRates(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadRates(bytes.NewReader(keyRateCSV)); err != nil {
			b.Fatal(err)
		}
	}
}
