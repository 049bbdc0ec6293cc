package penalty

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

var fuzzEpoch = calendar.NewDate(2016, 1, 1)

// fuzzDecimal turns fuzz input into a decimal, possibly an absurd one.
func fuzzDecimal(s string) decimal.Decimal {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero
	}
	return d
}

// checkResult asserts the invariants every successful calculation keeps
// and that every failure is one of the package's errors.
func checkResult(t *testing.T, c Calculation, err error, from, to calendar.Date) {
	t.Helper()
	if err != nil {
		if !errors.Is(err, ErrInvalidInput) && !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("error is neither ErrInvalidInput nor ErrOutOfRange: %v", err)
		}
		if !strings.HasPrefix(err.Error(), "penalty: ") {
			t.Fatalf("error without the package prefix: %v", err)
		}
		return
	}
	sum := decimal.Zero
	for _, r := range c.Rows {
		sum = sum.Add(r.Amount)
		if r.Amount.Sign() < 0 || r.Amount.Exponent() < -2 {
			t.Fatalf("row amount %s is negative or not in kopecks", r.Amount)
		}
	}
	if !sum.Equal(c.Uncapped) || c.Total.GreaterThan(c.Uncapped) {
		t.Fatalf("totals: rows %s, uncapped %s, total %s", sum, c.Uncapped, c.Total)
	}
	if c.Days+c.ExcludedDays != to.Sub(from)+1 {
		t.Fatalf("days %d + %d for %s–%s", c.Days, c.ExcludedDays, from, to)
	}
	_ = c.String()
	if _, err := c.MarshalJSON(); err != nil {
		t.Fatal(err)
	}
}

func FuzzCompute(f *testing.F) {
	f.Add(uint8(0), "59990.00", int32(3000), int32(13), int32(0), "", int32(0), int32(0), "", uint8(0))
	f.Add(uint8(1), "50000", int32(2270), int32(200), int32(5), "10000", int32(2282), int32(183), "", uint8(1))
	f.Add(uint8(2), "40000", int32(10), int32(39), int32(0), "", int32(-5), int32(3), "30000", uint8(0))
	f.Add(uint8(3), "86177", int32(2498), int32(118), int32(118), "86177", int32(0), int32(0), "400000", uint8(0))
	f.Add(uint8(4), "-1", int32(-800000), int32(-3), int32(0), "1e9", int32(0), int32(-1), "-2", uint8(7))
	f.Add(uint8(5), "1e2147483647", int32(0), int32(0), int32(0), "", int32(0), int32(0), "", uint8(0))
	rules := []Rule{Goods, Prepayment, Services, OSAGO, OSAGORepair, OSAGOSanction, {Name: "x", Rate: decimal.New(1, -3), Base: Debt}}
	f.Fuzz(func(t *testing.T, ruleIdx uint8, base string, fromOff, days, payOff int32, payAmt string, exOff, exDays int32, cap string, rounding uint8) {
		rule := rules[int(ruleIdx)%len(rules)]
		from := fuzzEpoch.AddDays(int(fromOff))
		to := from.AddDays(int(days))
		in := Input{Base: fuzzDecimal(base), From: from, To: to, Cap: fuzzDecimal(cap), Rounding: Rounding(rounding)}
		if payAmt != "" {
			in.Payments = []Payment{{On: from.AddDays(int(payOff)), Amount: fuzzDecimal(payAmt)}}
		}
		if exDays != 0 {
			s := fuzzEpoch.AddDays(int(exOff))
			in.Exclude = []Period{{From: s, To: s.AddDays(int(exDays))}, Moratorium2022}
		}
		c, err := rule.Compute(in)
		checkResult(t, c, err, from, to)
	})
}

func FuzzInterest395(f *testing.F) {
	f.Add("100000", int32(3100), int32(91), int32(10), "30000", int32(0), int32(0), uint8(0), "")
	f.Add("250000", int32(3622), int32(120), int32(0), "", int32(2282), int32(183), uint8(1), "")
	f.Add("1000", int32(-1500), int32(4000), int32(0), "", int32(0), int32(0), uint8(0), "СКФО")
	f.Add("1000", int32(-1000000), int32(5), int32(0), "", int32(0), int32(0), uint8(0), "from,percent\n0001-01-01,5\n")
	f.Add("0.01", int32(0), int32(-1), int32(0), "5", int32(0), int32(2), uint8(3), "[]")
	f.Fuzz(func(t *testing.T, debt string, fromOff, days, payOff int32, payAmt string, exOff, exDays int32, rounding uint8, rates string) {
		from := fuzzEpoch.AddDays(int(fromOff))
		to := from.AddDays(int(days) % 20000) // keep a run within a fuzz budget: at most ~55 years of rows
		var r Rates
		switch {
		case District(rates).Valid():
			r, _ = KeyRatesFor(District(rates))
		case rates != "":
			r, _ = LoadRates(strings.NewReader(rates))
		}
		var pays []Payment
		if payAmt != "" {
			pays = []Payment{{On: from.AddDays(int(payOff)), Amount: fuzzDecimal(payAmt)}}
		}
		var opts []Option
		if exDays != 0 {
			s := fuzzEpoch.AddDays(int(exOff))
			opts = append(opts, Excluding(Period{From: s, To: s.AddDays(int(exDays))}))
		}
		opts = append(opts, WithRounding(Rounding(rounding)))
		c, err := Interest395(fuzzDecimal(debt), from, to, pays, r, opts...)
		checkResult(t, c, err, from, to)
	})
}

func FuzzLoadRates(f *testing.F) {
	// Small seeds: the fuzzer minimises whatever it finds interesting, and
	// minimising the whole embedded files would eat a short fuzz budget.
	f.Add([]byte("# key rate\nfrom,percent,kind,source\n2016-06-14,10.50,key,CBR\n2026-09-24,,none,end\n"))
	f.Add([]byte("from,percent,kind,district,source\n2015-06-01,10.46,deposit,СКФО,consultant\n"))
	f.Add([]byte(`[{"from":"2016-08-01","percent":"10.5"},{"from":"2026-09-24","kind":"none"}]`))
	f.Add([]byte("from,percent,kind,district\n01.06.2015,\"10,46\",deposit,СКФО\n"))
	f.Add([]byte("from,percent\n2020-01-01,1e400\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := LoadRates(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrInvalidRates) {
				t.Fatalf("LoadRates error is not ErrInvalidRates: %v", err)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("LoadRates returned an invalid table: %v", err)
		}
		_ = r.KnownThrough()
		if _, err := KeyRates().With(r); err != nil && !errors.Is(err, ErrInvalidRates) {
			t.Fatal(err)
		}
	})
}
