package penalty_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

var fuzzEpoch = calendar.NewDate(2016, 1, 1)

// fuzzDecimal turns fuzz input into a decimal, possibly an absurd one.
func fuzzDecimal(s string) decimal.Decimal {
	if len(s) > 64 {
		s = s[:64]
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero
	}
	return d
}

// checkResult asserts the invariants every successful calculation keeps
// and that every failure is one of the package's errors.
func checkResult(t *testing.T, c penalty.Calculation, err error) {
	t.Helper()
	if err != nil {
		var ie *penalty.InputError
		if !errors.As(err, &ie) || !(errors.Is(err, penalty.ErrInvalidInput) || errors.Is(err, penalty.ErrOutOfRange)) {
			t.Fatalf("error is not an *InputError of the package: %v", err)
		}
		if !strings.HasPrefix(err.Error(), "penalty: ") || len(err.Error()) > 1000 {
			t.Fatalf("error without the prefix or too long: %.200s", err)
		}
		return
	}
	sum := decimal.Zero
	for _, r := range c.Rows {
		sum = sum.Add(r.Amount)
		if r.Amount.Sign() < 0 || r.Amount.Exponent() < -2 {
			t.Fatalf("row amount %s is negative or not in kopecks", r.Amount)
		}
		if r.To.Before(r.From) {
			t.Fatalf("row %s–%s inverted", r.From, r.To)
		}
	}
	if !sum.Equal(c.Uncapped) || c.Total.GreaterThan(c.Uncapped) {
		t.Fatalf("totals: rows %s, uncapped %s, total %s", sum, c.Uncapped, c.Total)
	}
	_ = c.String()
	_ = c.Text(law.English)
	data := c.AppendJSON(nil, law.English)
	var back penalty.Calculation
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("the JSON does not read back: %v", err)
	}
}

// Seeds include the reliability review's adversarial values (D1, D8).
var adversarial = []string{"0e300000000", "-1e1000000000", "1e2147483647", "1E1000000000", "0.001", "1e400", "-1", "NaN", "1e15", "1000000000000000.01"}

func FuzzCompute(f *testing.F) {
	f.Add(uint8(0), "59990.00", int32(3000), int32(13), int32(0), "", int32(0), int32(0), "", uint8(0), false, int32(0))
	f.Add(uint8(1), "50000", int32(2270), int32(200), int32(5), "10000", int32(2282), int32(183), "", uint8(1), false, int32(0))
	f.Add(uint8(2), "40000", int32(10), int32(39), int32(0), "", int32(-5), int32(3), "30000", uint8(0), false, int32(0))
	f.Add(uint8(3), "86177", int32(2498), int32(118), int32(118), "86177", int32(0), int32(0), "400000", uint8(0), false, int32(0))
	f.Add(uint8(9), "10000", int32(3330), int32(120), int32(60), "4000", int32(0), int32(0), "", uint8(0), false, int32(0))
	f.Add(uint8(11), "4000000", int32(2250), int32(600), int32(0), "", int32(0), int32(0), "", uint8(0), true, int32(-3))
	f.Add(uint8(14), "100000", int32(3315), int32(400), int32(0), "", int32(0), int32(0), "", uint8(0), false, int32(0))
	for i, a := range adversarial {
		f.Add(uint8(i), a, int32(0), int32(10), int32(1), a, int32(0), int32(1), a, uint8(7), false, int32(0))
	}
	rules := penalty.Rules()
	rules = append(rules, penalty.Rule{Name: "x", Rate: decimal.New(1, -3), Base: penalty.Debt})
	f.Fuzz(func(t *testing.T, ruleIdx uint8, base string, fromOff, days, payOff int32, payAmt string, exOff, exDays int32, cap string, rounding uint8, assume bool, rateOff int32) {
		rule := rules[int(ruleIdx)%len(rules)]
		from := fuzzEpoch.AddDays(int(fromOff))
		to := from.AddDays(int(days) % 40000)
		in := penalty.Input{Base: fuzzDecimal(base), From: from, To: to, Cap: fuzzDecimal(cap), Rounding: penalty.Rounding(rounding), AssumeLastRate: assume}
		if payAmt != "" {
			in.Payments = []penalty.Payment{{On: from.AddDays(int(payOff)), Amount: fuzzDecimal(payAmt)}}
		}
		if exDays != 0 {
			s := fuzzEpoch.AddDays(int(exOff))
			in.Exclude = []penalty.Period{{From: s, To: s.AddDays(int(exDays))}, penalty.Moratorium2022()}
		}
		if rateOff != 0 {
			in.RateDate = from.AddDays(int(rateOff))
		}
		c, err := rule.Compute(in)
		checkResult(t, c, err)
	})
}

func FuzzArt395(f *testing.F) {
	f.Add("100000", int32(3100), int32(91), int32(10), "30000", uint8(0), "", false, int32(0))
	f.Add("250000", int32(3622), int32(120), int32(0), "", uint8(1), "", false, int32(0))
	f.Add("1000", int32(-1500), int32(4000), int32(0), "", uint8(0), "СКФО", false, int32(0))
	f.Add("1422925.00", int32(-1827), int32(151), int32(0), "", uint8(0), "", true, int32(640))
	f.Add("1000", int32(-1000000), int32(5), int32(0), "", uint8(0), "from,percent\n0001-01-01,5\n", false, int32(0))
	f.Add("0.01", int32(0), int32(-1), int32(0), "5", uint8(3), "[]", true, int32(-1))
	for _, a := range adversarial {
		f.Add(a, int32(0), int32(5), int32(1), a, uint8(0), "", false, int32(0))
	}
	f.Fuzz(func(t *testing.T, debt string, fromOff, days, payOff int32, payAmt string, rounding uint8, rates string, d360 bool, rateOff int32) {
		from := fuzzEpoch.AddDays(int(fromOff))
		in := penalty.Input{Base: fuzzDecimal(debt), From: from, To: from.AddDays(int(days) % 20000), Rounding: penalty.Rounding(rounding)}
		switch {
		case penalty.District(rates).Valid():
			in.District = penalty.District(rates)
		case rates != "":
			in.Rates, _ = penalty.LoadRates(strings.NewReader(rates))
		}
		if payAmt != "" {
			in.Payments = []penalty.Payment{{On: from.AddDays(int(payOff)), Amount: fuzzDecimal(payAmt)}}
		}
		if d360 {
			in.DayCount = penalty.Days360
		}
		if rateOff != 0 {
			in.RateDate = from.AddDays(int(rateOff))
		}
		c, err := penalty.Art395().Compute(in)
		checkResult(t, c, err)
	})
}

func FuzzSchedule(f *testing.F) {
	f.Add(uint8(0), int32(400), int32(3), "4250.00", int32(70), "3000", true, int32(60))
	f.Add(uint8(1), int32(-10), int32(10), "1e300000000", int32(5), "-1", false, int32(0))
	f.Add(uint8(2), int32(3300), int32(24), "15000", int32(400), "20000", false, int32(800))
	rules := []penalty.Rule{penalty.Utilities(), penalty.Alimony(), penalty.Wages(), penalty.Art395(), penalty.TaxOrganisation(), penalty.CapitalRepair()}
	f.Fuzz(func(t *testing.T, ruleIdx uint8, startOff, months int32, amount string, payOff int32, payAmt string, named bool, toOff int32) {
		rule := rules[int(ruleIdx)%len(rules)]
		start := fuzzEpoch.AddDays(int(startOff))
		in := penalty.Input{To: start.AddDays(int(toOff) % 5000)}
		for m := range int(months) % 120 {
			in.Debts = append(in.Debts, penalty.Charge{Due: start.AddMonths(m), Amount: fuzzDecimal(amount)})
		}
		if payAmt != "" {
			p := penalty.Payment{On: start.AddDays(int(payOff)), Amount: fuzzDecimal(payAmt)}
			if named && len(in.Debts) > 0 {
				p.For = in.Debts[len(in.Debts)/2].Due
			}
			in.Payments = []penalty.Payment{p}
		}
		c, err := rule.Compute(in)
		checkResult(t, c, err)
	})
}

func FuzzLoadRates(f *testing.F) {
	f.Add([]byte("# key rate\nfrom,percent,kind,source\n2016-06-14,10.50,key,CBR\n2026-09-24,,none,end\n"))
	f.Add([]byte("from,percent,kind,district,source\n2015-06-01,10.46,deposit,СКФО,consultant\n"))
	f.Add([]byte(`[{"from":"2016-08-01","percent":"10.5"},{"from":"2026-09-24","kind":"none"}]`))
	f.Add([]byte("from,percent,kind,district\n01.06.2015,\"10,46\",deposit,СКФО\n"))
	f.Add([]byte("from,percent\n2020-01-01,1e400\n"))
	f.Add([]byte(`[{"from":"2020-01-01","percent":1e2147483647}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := penalty.LoadRates(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, penalty.ErrInvalidRates) {
				t.Fatalf("LoadRates error is not ErrInvalidRates: %v", err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("LoadRates returned an invalid table: %v", err)
		}
		_ = r.KnownThrough()
		if _, err := penalty.KeyRateSeries().With(r); err != nil && !errors.Is(err, penalty.ErrInvalidRates) {
			t.Fatal(err)
		}
	})
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range append([]string{"59990", "59990.00", "59990,5", "59 990,00", "59 990,00 ₽", "59 990,00 руб.", "59\u00a0990,00", "1 000 000 000 000 000", ""}, adversarial...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := penalty.ParseAmount(s)
		if err != nil {
			if !errors.Is(err, penalty.ErrInvalidInput) || !strings.Contains(err.Error(), "accepted are amounts") || len(err.Error()) > 600 {
				t.Fatalf("bad error: %v", err)
			}
			return
		}
		if err := penalty.CheckAmount(d, true); err != nil {
			t.Fatalf("ParseAmount(%q) = %s, which CheckAmount refuses: %v", s, d, err)
		}
		again, err := penalty.ParseAmount(d.StringFixed(2))
		if err != nil || !again.Equal(d) {
			t.Fatalf("%q → %s does not read back: %v", s, d, err)
		}
	})
}

func FuzzLoadSchedule(f *testing.F) {
	f.Add([]byte("kind,date,amount,for\ndebt,2025-02-10,\"4 250,00\",\npayment,2025-04-20,3000,2025-02-10\n"))
	f.Add([]byte("kind,date,amount\ndebt,2025-01-01,0e300000000\n"))
	f.Add([]byte("note,amount,date,kind\nx,1,01.01.2025,payment\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := penalty.LoadSchedule(bytes.NewReader(data))
		if err != nil {
			var ie *penalty.InputError
			if !errors.As(err, &ie) || !errors.Is(err, penalty.ErrInvalidInput) {
				t.Fatalf("bad error: %v", err)
			}
			return
		}
		if len(s.Debts) > 0 {
			c, err := penalty.Alimony().Compute(penalty.Input{To: calendar.NewDate(2030, 1, 1), Debts: s.Debts, Payments: s.Payments})
			checkResult(t, c, err)
		}
	})
}

func FuzzUnmarshalCalculation(f *testing.F) {
	c, _ := penalty.Utilities().Compute(penalty.Input{Base: decimal.RequireFromString("10000"), From: calendar.NewDate(2025, 2, 11), To: calendar.NewDate(2025, 6, 10)})
	f.Add(c.AppendJSON(nil, law.Russian))
	f.Add([]byte(`{"total":"0e300000000","rows":[{"amount":"-1e1000000000"}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c penalty.Calculation
		if err := json.Unmarshal(data, &c); err != nil {
			return
		}
		_ = c.String()
		_ = c.Text(law.English)
		out := c.AppendJSON(nil, law.Russian)
		var back penalty.Calculation
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("what AppendJSON writes does not read back: %v\n%s", err, out)
		}
	})
}

func FuzzFines(f *testing.F) {
	f.Add("8398.60", "59990", "5000", "", "", int32(0))
	for _, a := range adversarial {
		f.Add(a, a, a, a, a, int32(2283))
	}
	f.Fuzz(func(t *testing.T, pen, base, moral, losses, other string, term int32) {
		fine, err := penalty.ConsumerFine(penalty.ConsumerFineInput{Penalty: fuzzDecimal(pen), Base: fuzzDecimal(base), MoralDamages: fuzzDecimal(moral),
			Losses: fuzzDecimal(losses), OtherAwarded: fuzzDecimal(other), TermEnded: fuzzEpoch.AddDays(int(term))})
		if err != nil {
			if !errors.Is(err, penalty.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		_ = fine.Text(law.English)
		var back penalty.Fine
		if err := json.Unmarshal(fine.AppendJSON(nil, law.Russian), &back); err != nil {
			t.Fatal(err)
		}
		if _, err := penalty.OSAGOFine(fuzzDecimal(pen), fuzzDecimal(base)); err != nil && !errors.Is(err, penalty.ErrInvalidInput) {
			t.Fatal(err)
		}
	})
}
