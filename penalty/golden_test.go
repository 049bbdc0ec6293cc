package penalty_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// goldenCase is one case of ../testdata/penalties*.json. The older file
// (penalties.json) names rules by their Go name and spells the input out;
// the key-rate file (penalties-keyrate.json) names rules by RuleID and
// gives the penalty.Input as its JSON ("input").
type goldenCase struct {
	Name       string          `json:"name"`
	Source     string          `json:"source"`
	Arithmetic string          `json:"arithmetic"`
	Kind       string          `json:"kind"` // rule, interest395, fine, consumer_fine, osago_fine, ddu_fine, writeoff
	Rule       string          `json:"rule"`
	Input      *penalty.Input  `json:"input"`
	Moratorium bool            `json:"moratorium2022"` // add Moratorium2022() to input.exclude
	Base       decimal.Decimal `json:"base"`
	Awarded    decimal.Decimal `json:"awarded"`
	From       calendar.Date   `json:"from"`
	To         calendar.Date   `json:"to"`
	Payments   []struct {
		On     calendar.Date   `json:"on"`
		Amount decimal.Decimal `json:"amount"`
	} `json:"payments"`
	Exclude   []json.RawMessage          `json:"exclude"` // "moratorium2022" or {"from", "to"}
	Cap       decimal.Decimal            `json:"cap"`
	Rounding  string                     `json:"rounding"`
	District  penalty.District           `json:"district"`
	Fine      *penalty.ConsumerFineInput `json:"consumer_fine"`
	Payout    decimal.Decimal            `json:"court_payout"`
	Paid      decimal.Decimal            `json:"paid_voluntarily"`
	Price     decimal.Decimal            `json:"price"`
	Penalties decimal.Decimal            `json:"penalties"`
	Performed *bool                      `json:"performed_in_full"`
	Want      *struct {
		Days         int             `json:"days"`
		ExcludedDays int             `json:"excluded_days"`
		Uncapped     decimal.Decimal `json:"uncapped"`
		Total        decimal.Decimal `json:"total"`
		Capped       bool            `json:"capped"`
		Code         string          `json:"code"`
		Payable      decimal.Decimal `json:"payable"`
		Rows         []struct {
			From   calendar.Date   `json:"from"`
			To     calendar.Date   `json:"to"`
			Days   int             `json:"days"`
			Base   string          `json:"base"`
			Rate   string          `json:"rate"`
			Reason string          `json:"reason"`
			Amount decimal.Decimal `json:"amount"`
		} `json:"rows"`
		Debts []struct {
			Due   calendar.Date   `json:"due"`
			Days  int             `json:"days"`
			Total decimal.Decimal `json:"total"`
		} `json:"debts"`
		Notes []string `json:"notes"`
	} `json:"want"`
	WantError string `json:"want_error"`
	WantField string `json:"want_field"`
}

var goldenRules = map[string]func() penalty.Rule{
	"Goods": penalty.Goods, "Prepayment": penalty.Prepayment, "Services": penalty.Services,
	"OSAGO": penalty.OSAGO, "OSAGORepair": penalty.OSAGORepair, "OSAGOSanction": penalty.OSAGOSanction,
}

var goldenErrors = map[string]error{
	"ErrInvalidInput": penalty.ErrInvalidInput, "ErrInvalidPeriod": penalty.ErrInvalidPeriod,
	"ErrInvalidRates": penalty.ErrInvalidRates, "ErrOutOfRange": penalty.ErrOutOfRange,
}

func loadGolden(t *testing.T, file string) []goldenCase {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + file)
	require.NoError(t, err)
	var doc struct {
		About string       `json:"about"`
		Cases []goldenCase `json:"cases"`
	}
	dec := json.NewDecoder(bytesReader(data))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&doc), file)
	return doc.Cases
}

// compute runs a case; c is the zero Calculation for fines.
func (tc goldenCase) compute(t *testing.T) (penalty.Calculation, error) {
	t.Helper()
	if tc.Input != nil {
		rule, ok := penalty.RuleByID(penalty.RuleID(tc.Rule))
		if !ok {
			f, ok := goldenRules[tc.Rule]
			require.True(t, ok, "unknown rule %q", tc.Rule)
			rule = f()
		}
		in := *tc.Input
		if tc.Moratorium {
			in.Exclude = append(in.Exclude, penalty.Moratorium2022())
		}
		return rule.Compute(in)
	}
	var rounding penalty.Rounding
	require.NoError(t, rounding.UnmarshalText([]byte(tc.Rounding)))
	var exclude []penalty.Period
	for _, raw := range tc.Exclude {
		if string(raw) == `"moratorium2022"` {
			exclude = append(exclude, penalty.Moratorium2022())
			continue
		}
		var p struct{ From, To calendar.Date }
		require.NoError(t, json.Unmarshal(raw, &p))
		exclude = append(exclude, penalty.Period{From: p.From, To: p.To})
	}
	var payments []penalty.Payment
	for _, p := range tc.Payments {
		payments = append(payments, penalty.Payment{On: p.On, Amount: p.Amount})
	}
	in := penalty.Input{Base: tc.Base, From: tc.From, To: tc.To, Payments: payments, Exclude: exclude, Cap: tc.Cap, Rounding: rounding}
	switch tc.Kind {
	case "rule":
		f, ok := goldenRules[tc.Rule]
		require.True(t, ok, "unknown rule %q", tc.Rule)
		return f().Compute(in)
	case "interest395":
		in.District = tc.District
		return penalty.Art395().Compute(in)
	}
	t.Fatalf("unknown kind %q", tc.Kind)
	return penalty.Calculation{}, nil
}

// TestGolden checks every golden case, and that every calculation reads
// back from its JSON, in both languages, into an equal value.
func TestGolden(t *testing.T) {
	counts := map[string]int{}
	for _, file := range []string{"penalties.json", "penalties-keyrate.json"} {
		cases := loadGolden(t, file)
		counts[file] = len(cases)
		for _, tc := range cases {
			t.Run(tc.Name, func(t *testing.T) {
				require.NotEmpty(t, tc.Source, "every golden case names its source")
				require.True(t, (tc.Want == nil) != (tc.WantError == ""), "a case has exactly one of want and want_error")
				switch tc.Kind {
				case "fine", "consumer_fine", "osago_fine", "ddu_fine", "writeoff":
					tc.checkFine(t)
					return
				}
				c, err := tc.compute(t)
				if tc.WantError != "" {
					want, ok := goldenErrors[tc.WantError]
					require.True(t, ok, "unknown error %q", tc.WantError)
					require.Error(t, err, tc.Source)
					assert.ErrorIs(t, err, want, tc.Source)
					var ie *penalty.InputError
					require.True(t, errors.As(err, &ie), "every input error is an *InputError: %v", err)
					if tc.WantField != "" {
						assert.Equal(t, tc.WantField, ie.Field, err.Error())
					}
					return
				}
				require.NoError(t, err, tc.Source)
				w := tc.Want
				assert.Equal(t, w.Total.StringFixed(2), c.Total.StringFixed(2), "total; source: %s\n%s", tc.Source, c)
				assert.Equal(t, w.Uncapped.StringFixed(2), c.Uncapped.StringFixed(2), "uncapped; source: %s", tc.Source)
				assert.Equal(t, w.Capped, c.Capped, "capped")
				assert.Equal(t, w.Days, c.Days, "days")
				assert.Equal(t, w.ExcludedDays, c.ExcludedDays, "excluded days")
				if w.Rows != nil {
					require.Len(t, c.Rows, len(w.Rows), "rows:\n%s", c)
					for i, wr := range w.Rows {
						got := c.Rows[i]
						assert.Equal(t, wr.From, got.From, "row %d from", i)
						assert.Equal(t, wr.To, got.To, "row %d to", i)
						assert.Equal(t, wr.Days, got.Days, "row %d days", i)
						assert.Equal(t, wr.Amount.StringFixed(2), got.Amount.StringFixed(2), "row %d amount\n%s", i, c)
						if wr.Base != "" {
							assert.Equal(t, dec(wr.Base).StringFixed(2), got.Base.StringFixed(2), "row %d base", i)
						}
						if wr.Rate != "" {
							assert.True(t, dec(wr.Rate).Equal(got.Rate), "row %d rate %s, want %s", i, got.Rate, wr.Rate)
						}
						if wr.Reason != "" {
							assert.Equal(t, penalty.Code(wr.Reason), got.Reason, "row %d reason", i)
						}
					}
				}
				if w.Debts != nil {
					require.Len(t, c.Debts, len(w.Debts))
					for i, wd := range w.Debts {
						assert.Equal(t, wd.Due, c.Debts[i].Due, "debt %d due", i)
						assert.Equal(t, wd.Days, c.Debts[i].Days, "debt %d days", i)
						assert.Equal(t, wd.Total.StringFixed(2), c.Debts[i].Total.StringFixed(2), "debt %d total", i)
					}
				}
				for _, n := range w.Notes {
					found := false
					for _, cn := range c.Notes {
						found = found || string(cn.Code) == n
					}
					assert.True(t, found, "note %s in %v", n, c.Notes)
				}
				roundTrip(t, c)
			})
		}
	}
	assert.GreaterOrEqual(t, counts["penalties.json"], 55, "the consumer cases stay")
	assert.GreaterOrEqual(t, counts["penalties-keyrate.json"], 60, "issue 11 asks for at least 60 key-rate cases")
}

// roundTrip marshals c in both languages and reads it back.
func roundTrip(t *testing.T, c penalty.Calculation) {
	t.Helper()
	for _, lang := range []law.Lang{law.Russian, law.English} {
		data := c.AppendJSON(nil, lang)
		require.True(t, json.Valid(data), "valid JSON: %s", data)
		var back penalty.Calculation
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, c, back, "the JSON (%s) reads back into an equal calculation", lang)
	}
}

func (tc goldenCase) checkFine(t *testing.T) {
	t.Helper()
	var f penalty.Fine
	var err error
	switch tc.Kind {
	case "fine":
		got, err := penalty.CourtFine(tc.Awarded)
		require.NoError(t, err)
		assert.Equal(t, tc.Want.Total.StringFixed(2), got.StringFixed(2), tc.Source)
		return
	case "consumer_fine":
		f, err = penalty.ConsumerFine(*tc.Fine)
	case "osago_fine":
		f, err = penalty.OSAGOFine(tc.Payout, tc.Paid)
	case "ddu_fine":
		f, err = penalty.DDUFine(tc.Awarded)
	case "writeoff":
		w, err := penalty.ProcurementWriteOff(tc.Price, tc.Penalties, tc.Performed == nil || *tc.Performed)
		if tc.WantError != "" {
			assert.ErrorIs(t, err, goldenErrors[tc.WantError], tc.Source)
			return
		}
		require.NoError(t, err)
		assert.Equal(t, tc.Want.Code, string(w.Code), tc.Source)
		assert.Equal(t, tc.Want.Payable.StringFixed(2), w.Payable.StringFixed(2), tc.Source)
		return
	}
	if tc.WantError != "" {
		assert.ErrorIs(t, err, goldenErrors[tc.WantError], tc.Source)
		return
	}
	require.NoError(t, err)
	assert.Equal(t, tc.Want.Total.StringFixed(2), f.Total.StringFixed(2), "%s\n%s", tc.Source, f)
	for _, n := range tc.Want.Notes {
		found := false
		for _, fn := range f.Notes {
			found = found || string(fn.Code) == n
		}
		assert.True(t, found, "note %s", n)
	}
	data := f.AppendJSON(nil, law.English)
	var back penalty.Fine
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, f, back, "a fine reads back from its JSON")
}
