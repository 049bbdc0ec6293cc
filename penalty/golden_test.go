package penalty

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// goldenCase is one case of ../testdata/penalties.json.
type goldenCase struct {
	Name     string          `json:"name"`
	Source   string          `json:"source"`
	Kind     string          `json:"kind"` // rule, interest395, fine
	Rule     string          `json:"rule"`
	Base     decimal.Decimal `json:"base"`
	Awarded  decimal.Decimal `json:"awarded"`
	From     calendar.Date   `json:"from"`
	To       calendar.Date   `json:"to"`
	Payments []struct {
		On     calendar.Date   `json:"on"`
		Amount decimal.Decimal `json:"amount"`
	} `json:"payments"`
	Exclude  []json.RawMessage `json:"exclude"` // "moratorium2022" or {"from", "to"}
	Cap      decimal.Decimal   `json:"cap"`
	Rounding string            `json:"rounding"`
	District District          `json:"district"`
	Want     *struct {
		Days         int             `json:"days"`
		ExcludedDays int             `json:"excluded_days"`
		Uncapped     decimal.Decimal `json:"uncapped"`
		Total        decimal.Decimal `json:"total"`
		Capped       bool            `json:"capped"`
		Rows         []struct {
			From   calendar.Date   `json:"from"`
			To     calendar.Date   `json:"to"`
			Days   int             `json:"days"`
			Amount decimal.Decimal `json:"amount"`
		} `json:"rows"`
	} `json:"want"`
	WantError string `json:"want_error"`
}

var goldenRules = map[string]Rule{
	"Goods": Goods, "Prepayment": Prepayment, "Services": Services,
	"OSAGO": OSAGO, "OSAGORepair": OSAGORepair, "OSAGOSanction": OSAGOSanction,
}

var goldenErrors = map[string]error{
	"ErrInvalidInput": ErrInvalidInput, "ErrInvalidPeriod": ErrInvalidPeriod,
	"ErrInvalidRates": ErrInvalidRates, "ErrOutOfRange": ErrOutOfRange,
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	data, err := os.ReadFile("../testdata/penalties.json")
	require.NoError(t, err)
	var doc struct {
		Cases []goldenCase `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	return doc.Cases
}

func TestGolden(t *testing.T) {
	cases := loadGolden(t)
	require.GreaterOrEqual(t, len(cases), 40, "issue 4 asks for at least 40 golden cases")
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			require.NotEmpty(t, tc.Source, "every golden case names its source")
			require.True(t, (tc.Want == nil) != (tc.WantError == ""), "a case has exactly one of want and want_error")

			if tc.Kind == "fine" {
				require.NotNil(t, tc.Want)
				assert.Equal(t, tc.Want.Total.StringFixed(2), CourtFine(tc.Awarded).StringFixed(2), tc.Source)
				return
			}
			rounding := RoundEachRow
			switch tc.Rounding {
			case "", "each-row":
			case "daily-amount":
				rounding = RoundDailyAmount
			default:
				t.Fatalf("unknown rounding %q", tc.Rounding)
			}
			var exclude []Period
			for _, raw := range tc.Exclude {
				if string(raw) == `"moratorium2022"` {
					exclude = append(exclude, Moratorium2022)
					continue
				}
				var p struct{ From, To calendar.Date }
				require.NoError(t, json.Unmarshal(raw, &p))
				exclude = append(exclude, Period{From: p.From, To: p.To})
			}
			var payments []Payment
			for _, p := range tc.Payments {
				payments = append(payments, Payment{On: p.On, Amount: p.Amount})
			}

			var c Calculation
			var err error
			switch tc.Kind {
			case "rule":
				rule, ok := goldenRules[tc.Rule]
				require.True(t, ok, "unknown rule %q", tc.Rule)
				c, err = rule.Compute(Input{Base: tc.Base, From: tc.From, To: tc.To, Payments: payments, Exclude: exclude, Cap: tc.Cap, Rounding: rounding})
			case "interest395":
				rates := KeyRates()
				if tc.District != "" {
					rates, err = KeyRatesFor(tc.District)
					require.NoError(t, err)
				}
				c, err = Interest395(tc.Base, tc.From, tc.To, payments, rates, Excluding(exclude...), WithRounding(rounding))
			default:
				t.Fatalf("unknown kind %q", tc.Kind)
			}

			if tc.WantError != "" {
				want, ok := goldenErrors[tc.WantError]
				require.True(t, ok, "unknown error %q", tc.WantError)
				assert.ErrorIs(t, err, want, tc.Source)
				return
			}
			require.NoError(t, err, tc.Source)
			w := tc.Want
			assert.Equal(t, w.Total.StringFixed(2), c.Total.StringFixed(2), "total; source: %s", tc.Source)
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
					assert.Equal(t, wr.Amount.StringFixed(2), got.Amount.StringFixed(2), "row %d amount", i)
				}
			}
		})
	}
}
