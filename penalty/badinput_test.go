package penalty_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// TestBadInputAnswersFast runs the reliability review's reproductions for
// this package (D1, D8, D10, D11 and the harness's huge-exponent cases) and
// more adversarial input: each must answer within a few milliseconds with
// a clear, short error — never a panic, a hang or an expanded number.
func TestBadInputAnswersFast(t *testing.T) {
	huge := decimal.New(1, 2_000_000_000)
	from, to := calendar.NewDate(2025, 3, 1), calendar.NewDate(2025, 3, 31)
	goods := penalty.Goods()
	tests := []struct {
		name  string
		call  func() error
		want  error
		field string
	}{
		{"D8 FormatAmount(1e20000000)", func() error {
			if s := penalty.FormatAmount(decimal.New(1, 20_000_000)); len(s) > 40 {
				return errors.New("expanded: " + s[:40])
			}
			return nil
		}, nil, ""},
		{"D8 FormatRub of a 1e-2000000000", func() error {
			if s := penalty.FormatRub(decimal.New(1, -2_000_000_000)); len(s) > 60 {
				return errors.New("expanded")
			}
			return nil
		}, nil, ""},
		{"D8 CourtFine(1e20000000)", func() error { _, err := penalty.CourtFine(decimal.New(1, 20_000_000)); return err }, penalty.ErrInvalidInput, "awarded"},
		{"D8 Rule{Rate: 1e2000000000}", func() error {
			_, err := penalty.Rule{Name: "x", Base: penalty.Debt, Rate: huge}.Compute(penalty.Input{Base: dec("1"), From: from, To: to})
			return err
		}, penalty.ErrInvalidInput, "rule.rate"},
		{"D8 Rule tier Fixed 1e2000000000", func() error {
			_, err := penalty.Rule{Base: penalty.Debt, Eras: []penalty.Era{{Tiers: []penalty.Tier{{FromDay: 1, Fixed: huge}}}}}.Compute(penalty.Input{Base: dec("1"), From: from, To: to})
			return err
		}, penalty.ErrInvalidInput, "rule.eras[0].tiers[0].fixed"},
		{"D1 base 0e300000000", func() error {
			_, err := goods.Compute(penalty.Input{Base: decimal.New(0, 300_000_000), From: from, To: to})
			return err
		}, penalty.ErrInvalidInput, "base"},
		{"D1 base -1e1000000000", func() error {
			_, err := goods.Compute(penalty.Input{Base: decimal.New(-1, 1_000_000_000), From: from, To: to})
			return err
		}, penalty.ErrInvalidInput, "base"},
		{"huge cap", func() error {
			_, err := goods.Compute(penalty.Input{Base: dec("1"), From: from, To: to, Cap: huge})
			return err
		}, penalty.ErrInvalidInput, "cap"},
		{"huge payment", func() error {
			_, err := penalty.Prepayment().Compute(penalty.Input{Base: dec("1"), From: from, To: to, Payments: []penalty.Payment{{On: from, Amount: huge}}})
			return err
		}, penalty.ErrInvalidInput, "payments[0].amount"},
		{"huge performed", func() error {
			_, err := penalty.ProcurementSupplier().Compute(penalty.Input{Base: dec("100"), From: from, To: to, Performed: huge})
			return err
		}, penalty.ErrInvalidInput, "performed"},
		{"huge debt in a schedule", func() error {
			_, err := penalty.Alimony().Compute(penalty.Input{To: to, Debts: []penalty.Charge{{Due: from, Amount: huge}}})
			return err
		}, penalty.ErrInvalidInput, "debts[0].amount"},
		{"huge rate table percent", func() error {
			_, err := penalty.Art395().Compute(penalty.Input{Base: dec("1"), From: from, To: to, Rates: penalty.Rates{{From: from, Percent: huge}}})
			return err
		}, penalty.ErrInvalidRates, "rates[0]"},
		{"huge special percent", func() error {
			r := penalty.DDU()
			r.Special[1].Percent = huge
			_, err := r.Compute(penalty.Input{Base: dec("1"), From: from, To: to})
			return err
		}, penalty.ErrInvalidInput, "rule.special[1].percent"},
		{"huge fine parts", func() error { _, err := penalty.ConsumerFine(penalty.ConsumerFineInput{Losses: huge}); return err }, penalty.ErrInvalidInput, "losses"},
		{"huge ОСАГО payout", func() error { _, err := penalty.OSAGOFine(huge, decimal.Zero); return err }, penalty.ErrInvalidInput, "court_payout"},
		{"huge ДДУ award", func() error { _, err := penalty.DDUFine(huge); return err }, penalty.ErrInvalidInput, "awarded"},
		{"huge write-off price", func() error { _, err := penalty.ProcurementWriteOff(huge, decimal.Zero, true); return err }, penalty.ErrInvalidInput, "price"},
		{"D4 penalty from year 1", func() error {
			_, err := goods.Compute(penalty.Input{Base: dec("1000"), From: calendar.NewDate(1, 1, 1), To: calendar.NewDate(9999, 12, 31)})
			return err
		}, nil, ""},
		{"a wage delay of 8 000 years", func() error {
			_, err := penalty.Wages().Compute(penalty.Input{Base: dec("1000"), From: calendar.NewDate(2002, 2, 1), To: calendar.NewDate(9999, 12, 31), AssumeLastRate: true})
			return err
		}, nil, ""},
		{"an ст. 395 delay of 1 000 years with 20 000 exclusions", func() error {
			in := penalty.Input{Base: dec("1000"), From: calendar.NewDate(2016, 8, 1), To: calendar.NewDate(3016, 8, 1), AssumeLastRate: true}
			for i := range 20_000 {
				d := calendar.NewDate(2017, 1, 1).AddDays(3 * i)
				in.Exclude = append(in.Exclude, penalty.Period{From: d, To: d})
			}
			_, err := penalty.Art395().Compute(in)
			return err
		}, nil, ""},
		{"20 000 payments", func() error {
			in := penalty.Input{Base: dec("1000000"), From: calendar.NewDate(2020, 1, 1), To: calendar.NewDate(2025, 1, 1)}
			for i := range 20_000 {
				in.Payments = append(in.Payments, penalty.Payment{On: in.From.AddDays(i % 1800), Amount: dec("0.01")})
			}
			_, err := penalty.OSAGO().Compute(in)
			return err
		}, nil, ""},
		{"a 2 000-bill schedule", func() error {
			in := penalty.Input{To: calendar.NewDate(2025, 1, 1)}
			for i := range 2000 {
				in.Debts = append(in.Debts, penalty.Charge{Due: calendar.NewDate(1997, 1, 10).AddDays(5 * i), Amount: dec("100")})
			}
			_, err := penalty.Alimony().Compute(in)
			return err
		}, nil, ""},
		{"ParseAmount of 1 MiB", func() error { _, err := penalty.ParseAmount(strings.Repeat("9", 1<<20)); return err }, penalty.ErrInvalidInput, ""},
		{"LoadSchedule of 1 MiB of commas", func() error {
			_, err := penalty.LoadSchedule(strings.NewReader(strings.Repeat(",", 1<<20+10)))
			return err
		}, penalty.ErrInvalidInput, ""},
		{"a rule with 10 000 eras", func() error {
			r := penalty.Rule{Base: penalty.Debt, Eras: make([]penalty.Era, 10000)}
			_, err := r.Compute(penalty.Input{Base: dec("1"), From: from, To: to})
			return err
		}, penalty.ErrInvalidInput, "rule.eras"},
		{"Unmarshal of a huge total", func() error {
			var c penalty.Calculation
			return c.UnmarshalJSON([]byte(`{"total":"1e2000000000"}`))
		}, penalty.ErrInvalidInput, "total"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			var err error
			require.NotPanics(t, func() { err = tc.call() })
			limit := 20 * time.Millisecond
			if strings.Contains(tc.name, "years") || strings.Contains(tc.name, "000") || strings.Contains(tc.name, "MiB") {
				limit = 500 * time.Millisecond // much data, bounded work
			}
			assert.Less(t, time.Since(start), limit, "bounded work")
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
			assert.Less(t, len(err.Error()), 400, "a short message: %.80s", err.Error())
			var ie *penalty.InputError
			require.True(t, errors.As(err, &ie), "an *InputError: %v", err)
			if tc.field != "" {
				assert.Equal(t, tc.field, ie.Field)
			}
		})
	}
}

// TestImmutableData: nothing a caller does to returned values changes the
// package's data (review D11).
func TestImmutableData(t *testing.T) {
	a := penalty.Art395Rates()
	for i := range a {
		a[i].Percent = dec("99")
	}
	s := penalty.SpecialPeriods()
	s["ddu"][0].From = s["ddu"][0].To
	s["ddu"][0].Basis[0].Act.Number = "x"
	c, err := penalty.DDU().Compute(penalty.Input{Base: dec("1000000"), From: calendar.NewDate(2020, 3, 1), To: calendar.NewDate(2020, 5, 1)})
	require.NoError(t, err)
	assert.Equal(t, "pp423", c.Rows[1].Special.ID)
	assert.Equal(t, "423", c.Rows[1].Special.Basis[0].Act.Number)
	codes := penalty.Codes()
	codes[0].Meaning = "x"
	assert.NotEqual(t, "x", penalty.Codes()[0].Meaning)
	assert.NotEmpty(t, law.Join(penalty.Moratorium2022().Basis, law.Russian))
}

// TestCodesDocumented: every code a result can carry is in the table.
func TestCodesDocumented(t *testing.T) {
	seen := map[penalty.Code]bool{}
	for _, d := range penalty.Codes() {
		assert.False(t, seen[d.Code], "%s twice", d.Code)
		seen[d.Code] = true
		assert.NotEmpty(t, d.Meaning)
		assert.Equal(t, d.Meaning, d.Code.Meaning())
	}
	for _, file := range []string{"penalties.json", "penalties-keyrate.json"} {
		for _, tc := range loadGolden(t, file) {
			if tc.Want == nil || (tc.Kind != "" && tc.Kind != "rule" && tc.Kind != "interest395") {
				continue
			}
			c, err := tc.compute(t)
			require.NoError(t, err)
			for _, r := range c.Rows {
				assert.True(t, seen[r.Reason], "row reason %s of %s", r.Reason, tc.Name)
			}
			for _, m := range c.Method() {
				assert.True(t, seen[m], "method %s", m)
			}
			for _, n := range c.Notes {
				assert.True(t, seen[n.Code], "note %s", n.Code)
			}
			if c.CapCode != "" {
				assert.True(t, seen[c.CapCode], "cap %s", c.CapCode)
			}
		}
	}
}
