package penalty_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// Targets (issues 8, 9, 11): Goods over one year ≤ 2 µs (≈ 0.5 µs for
// claimtype's Assess); ст. 395 over ten years with five payments ≤ 30 µs;
// AppendJSON of a one-row goods calculation ≤ 3 µs and its Russian Text
// ≤ 5 µs; a utilities schedule of 36 monthly debts and 10 payments over
// three years ≤ 50 µs; wages over one year ≤ 5 µs. Run:
//
//	go test -run '^$' -bench . -benchmem ./penalty/

func BenchmarkGoodsCompute(b *testing.B) {
	rule := penalty.Goods()
	in := penalty.Input{Base: decimal.RequireFromString("59990.00"), From: calendar.NewDate(2025, 1, 1), To: calendar.NewDate(2025, 12, 31)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rule.Compute(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInterest395TenYearsFivePayments keeps the name of the benchmark
// of Interest395 it replaces, for benchstat.
func BenchmarkInterest395TenYearsFivePayments(b *testing.B) {
	rule := penalty.Art395()
	in := penalty.Input{Base: decimal.RequireFromString("1000000.00"), From: calendar.NewDate(2016, 8, 1), To: calendar.NewDate(2026, 7, 31),
		Payments: []penalty.Payment{
			{On: calendar.NewDate(2017, 3, 15), Amount: decimal.RequireFromString("100000")},
			{On: calendar.NewDate(2018, 11, 1), Amount: decimal.RequireFromString("150000")},
			{On: calendar.NewDate(2020, 6, 30), Amount: decimal.RequireFromString("50000.50")},
			{On: calendar.NewDate(2022, 2, 14), Amount: decimal.RequireFromString("200000")},
			{On: calendar.NewDate(2024, 12, 31), Amount: decimal.RequireFromString("99999.99")},
		}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rule.Compute(in); err != nil {
			b.Fatal(err)
		}
	}
}

func goodsOneRow(b *testing.B) penalty.Calculation {
	c, err := penalty.Goods().Compute(penalty.Input{Base: decimal.RequireFromString("59990.00"), From: calendar.NewDate(2025, 3, 17), To: calendar.NewDate(2025, 3, 30)})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func BenchmarkCalculationAppendJSON(b *testing.B) {
	c := goodsOneRow(b)
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		buf = c.AppendJSON(buf[:0], law.Russian)
	}
}

func BenchmarkCalculationTextRussian(b *testing.B) {
	c := goodsOneRow(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = c.Text(law.Russian)
	}
}

// BenchmarkCalculationString renders the ten-year ст. 395 table, as the
// benchmark of the same name did before.
func BenchmarkCalculationString(b *testing.B) {
	c, err := penalty.Art395().Compute(penalty.Input{Base: decimal.RequireFromString("1000000"), From: calendar.NewDate(2016, 8, 1), To: calendar.NewDate(2026, 7, 31)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = c.String()
	}
}

// utilitiesSchedule is 36 monthly bills of 2023–2025 with 10 payments.
func utilitiesSchedule() penalty.Input {
	in := penalty.Input{To: calendar.NewDate(2026, 1, 31)}
	for m := 0; m < 36; m++ {
		due := calendar.NewDate(2023, 2, 10).AddMonths(m)
		in.Debts = append(in.Debts, penalty.Charge{Due: due, Amount: decimal.New(int64(410000+1000*m), -2)})
	}
	for p := 0; p < 10; p++ {
		in.Payments = append(in.Payments, penalty.Payment{On: calendar.NewDate(2023, 4, 20).AddMonths(3 * p), Amount: decimal.New(900000, -2)})
	}
	return in
}

func BenchmarkUtilitiesSchedule(b *testing.B) {
	rule, in := penalty.Utilities(), utilitiesSchedule()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rule.Compute(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWagesOneYear(b *testing.B) {
	rule := penalty.Wages()
	in := penalty.Input{Base: decimal.RequireFromString("85000.00"), From: calendar.NewDate(2024, 7, 11), To: calendar.NewDate(2025, 7, 10)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rule.Compute(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseAmount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := penalty.ParseAmount("59 990,00 руб."); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadRates(b *testing.B) {
	data, err := os.ReadFile("data/key-rate.csv")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := penalty.LoadRates(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
