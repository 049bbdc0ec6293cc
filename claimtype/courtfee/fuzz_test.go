package courtfee

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

func FuzzCompute(f *testing.F) {
	f.Add("59990", "2025-02-03", true)
	f.Add("100000.50", "2024-09-09", false)
	f.Add("-1", "2010-01-28", false)
	f.Add("1e30", "2099-12-31", true)
	f.Add("0e300000000", "2025-03-03", true) // reliability review D1: must not expand 10^300000000
	f.Add("200E800000000", "0001-01-01", true)
	f.Fuzz(func(t *testing.T, claim, filed string, consumer bool) {
		p, err := decimal.NewFromString(claim)
		if err != nil {
			return
		}
		d, err := calendar.ParseDate(filed)
		if err != nil {
			return
		}
		var opts []Option
		if consumer {
			opts = append(opts, Consumer())
		}
		fee, err := Compute(p, d, opts...)
		if err != nil {
			return
		}
		if fee.Amount.IsNegative() || !fee.Amount.Equal(fee.Amount.Round(0)) || fee.Full.LessThan(fee.Exempt) {
			t.Fatalf("Compute(%s, %s) = %+v", claim, filed, fee)
		}
		if fee.Full.GreaterThan(decimal.NewFromInt(900_000)) {
			t.Fatalf("fee above every scale's maximum: %s", fee.Full)
		}
	})
}

func FuzzLoad(f *testing.F) {
	f.Add(string(builtinData))
	f.Add(`{"reviewed":"2026-01-01","scales":[{"from":"2010-01-29","basis":"НК РФ ст. 52 п. 6","brackets":[{"over":"0","fixed":"1","percent":"0","text":"x","mark":"U"}]}]}`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, data string) {
		s, err := Load(strings.NewReader(data))
		if err != nil {
			return
		}
		// Whatever loads computes without panicking.
		for _, sc := range s.Scales() {
			_, _ = Compute(decimal.NewFromInt(1_000_000), sc.From, WithScales(s), Consumer())
		}
	})
}
