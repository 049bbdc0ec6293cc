package courtfee

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

type goldenCase struct {
	Name        string `json:"name"`
	Claim       string `json:"claim"`
	Filed       string `json:"filed"`
	Consumer    bool   `json:"consumer"`
	Full        string `json:"full"`
	Exempt      string `json:"exempt"`
	Amount      string `json:"amount"`
	BracketOver string `json:"bracket_over"`
	Unverified  bool   `json:"unverified"`
	Source      string `json:"source"`
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	b, err := os.ReadFile("testdata/golden.json")
	require.NoError(t, err)
	var g struct {
		Comment string       `json:"comment"`
		Cases   []goldenCase `json:"cases"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&g))
	require.NotEmpty(t, g.Cases)
	return g.Cases
}

func dec(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	if s == "" {
		return decimal.Zero
	}
	d, err := decimal.NewFromString(s)
	require.NoError(t, err, s)
	return d
}

func TestGolden(t *testing.T) {
	for _, c := range loadGolden(t) {
		t.Run(c.Name, func(t *testing.T) {
			require.NotEmpty(t, c.Source, "every golden case names its source")
			filed, err := calendar.ParseDate(c.Filed)
			require.NoError(t, err)
			var opts []Option
			if c.Consumer {
				opts = append(opts, Consumer())
			}
			f, err := Compute(dec(t, c.Claim), filed, opts...)
			require.NoError(t, err)
			assert.True(t, dec(t, c.Full).Equal(f.Full), "full: want %s, got %s (%s)", c.Full, f.Full, c.Source)
			assert.True(t, dec(t, c.Exempt).Equal(f.Exempt), "exempt: want %s, got %s", c.Exempt, f.Exempt)
			assert.True(t, dec(t, c.Amount).Equal(f.Amount), "amount: want %s, got %s (%s)", c.Amount, f.Amount, c.Source)
			assert.True(t, dec(t, c.BracketOver).Equal(f.Bracket.Over), "bracket: want over %s, got %s", c.BracketOver, f.Bracket.Over)
			assert.Equal(t, c.Unverified, f.Unverified)
			assert.Equal(t, c.Consumer, f.Consumer)
			assert.True(t, f.Amount.Equal(f.Amount.Round(0)), "whole roubles")
			assert.True(t, f.Exact.Equal(f.Full.Sub(f.Exempt)))
		})
	}
}

func TestCitations(t *testing.T) {
	for _, tc := range []struct {
		name  string
		filed calendar.Date
		opts  []Option
		want  string
	}{
		{"new wording", calendar.NewDate(2025, time.March, 3), nil,
			"НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ); НК РФ ст. 52 п. 6"},
		{"old wording", calendar.NewDate(2024, time.September, 8), nil,
			"НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 27.12.2009 № 374-ФЗ); НК РФ ст. 52 п. 6"},
		{"consumer", calendar.NewDate(2025, time.March, 3), []Option{Consumer()},
			"НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ); НК РФ ст. 333.36 п. 3; НК РФ ст. 333.36 п. 2 пп. 4; " +
				"Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 17 п. 3; НК РФ ст. 52 п. 6"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Compute(decimal.NewFromInt(1_500_000), tc.filed, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.want, law.Join(f.Refs, law.Russian))
			assert.Equal(t, "333.19", f.Refs[0].Article)
			assert.Equal(t, "1", f.Refs[0].Clause)
			assert.Equal(t, "1", f.Refs[0].Subclause)
			assert.Equal(t, law.TaxCode, f.Refs[0].Act.Kind)
		})
	}
}

func TestSteps(t *testing.T) {
	f, err := Compute(decimal.NewFromInt(1_500_000), calendar.NewDate(2025, time.March, 3), Consumer())
	require.NoError(t, err)
	var codes []string
	for _, s := range f.Steps {
		codes = append(codes, s.Code)
		assert.NotEmpty(t, s.Text)
		assert.NotEmpty(t, s.TextEN)
	}
	assert.Equal(t, []string{StepScale, StepBracket, StepConsumerExcess, StepRounding}, codes)
	ru := f.String()
	assert.Contains(t, ru, "Иск подан 03.03.2025: применяется редакция, действующая с 09.09.2024 по настоящее время.")
	assert.Contains(t, ru, "25 000 + (1 500 000 − 1 000 000) × 1 % = 30 000 руб.")
	assert.Contains(t, ru, "30 000 − 25 000 = 5 000 руб.")
	assert.Contains(t, ru, "К уплате в полных рублях: 5 000 руб. [НК РФ ст. 52 п. 6]")
	en := f.Text(law.English)
	assert.Contains(t, en, "Tax Code of the Russian Federation, Art. 333.19, Cl. 1, Subcl. 1")
	assert.Contains(t, en, "Payable in whole roubles: RUB 5,000.")

	capped, err := Compute(decimal.NewFromInt(600_000_000), calendar.NewDate(2020, time.June, 1))
	require.NoError(t, err)
	assert.Equal(t, StepMaximum, capped.Steps[2].Code)
	minimum, err := Compute(decimal.NewFromInt(5_000), calendar.NewDate(2020, time.June, 1))
	require.NoError(t, err)
	assert.Equal(t, StepMinimum, minimum.Steps[2].Code)
	reconstructed, err := Compute(decimal.NewFromInt(10_000_000), calendar.NewDate(2025, time.March, 3))
	require.NoError(t, err)
	assert.Equal(t, StepUnverified, reconstructed.Steps[len(reconstructed.Steps)-1].Code)
}

func TestErrors(t *testing.T) {
	day := calendar.NewDate(2025, time.March, 3)
	for _, tc := range []struct {
		name   string
		claim  decimal.Decimal
		filed  calendar.Date
		target error
		says   string
	}{
		{"zero claim", decimal.Zero, day, ErrInvalidClaim, "accepted is above 0"},
		{"negative claim", decimal.NewFromInt(-5), day, ErrInvalidClaim, "accepted is above 0"},
		{"fraction of a kopeck", decimal.RequireFromString("100.001"), day, ErrInvalidClaim, "at most 2 decimal places"},
		{"huge exponent (reliability review D1)", decimal.New(2, 800000000), day, ErrInvalidClaim, "accepted is above 0"},
		{"huge zero", decimal.New(0, 300000000), day, ErrInvalidClaim, "accepted is above 0"},
		{"too large", decimal.NewFromInt(MaxClaim).Add(decimal.NewFromInt(1)), day, ErrInvalidClaim, "at most 1 000 000 000 000"},
		{"no date", decimal.NewFromInt(100), calendar.Date{}, ErrOutOfRange, "accepted is a date from 29.01.2010"},
		{"before the data", decimal.NewFromInt(100), calendar.NewDate(2010, time.January, 28), ErrOutOfRange, "accepted are dates from 29.01.2010"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compute(tc.claim, tc.filed)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.target), "%v", err)
			assert.Contains(t, err.Error(), tc.says)
		})
	}
}

func TestFiledAfterReviewIsUnverified(t *testing.T) {
	s := Builtin()
	f, err := Compute(decimal.NewFromInt(50_000), s.Reviewed().AddDays(1))
	require.NoError(t, err)
	assert.True(t, f.Unverified, "the law may have changed since the data was reviewed")
	f, err = Compute(decimal.NewFromInt(50_000), s.Reviewed())
	require.NoError(t, err)
	assert.False(t, f.Unverified)
}

// TestScaleProperties checks the builtin scales against a naive reading of
// the brackets: the fee never falls as the price grows, and every price is
// in exactly one bracket.
func TestScaleProperties(t *testing.T) {
	for _, sc := range Builtin().Scales() {
		prev := decimal.Zero
		for _, p := range []int64{1, 399, 10_000, 19_999, 20_000, 20_001, 99_999, 100_000, 100_001, 199_999, 200_000, 300_000, 300_001,
			500_000, 999_999, 1_000_000, 1_000_001, 3_000_000, 8_000_000, 8_000_001, 24_000_000, 50_000_000, 100_000_000, 1_000_000_000, MaxClaim} {
			price := decimal.NewFromInt(p)
			n := 0
			for _, b := range sc.Brackets {
				if b.contains(price) {
					n++
				}
			}
			require.Equal(t, 1, n, "%s: price %d in %d brackets", sc.From, p, n)
			f := sc.fee(price)
			assert.True(t, f.GreaterThanOrEqual(prev), "%s: fee falls at %d", sc.From, p)
			prev = f
		}
	}
}

func TestBuiltinData(t *testing.T) {
	s := Builtin()
	scales := s.Scales()
	require.Len(t, scales, 2)
	assert.Equal(t, calendar.NewDate(2010, time.January, 29), scales[0].From)
	assert.Equal(t, calendar.NewDate(2024, time.September, 8), scales[0].To)
	assert.Equal(t, calendar.NewDate(2024, time.September, 9), scales[1].From)
	assert.True(t, scales[1].To.IsZero())
	for _, sc := range scales {
		assert.NotEmpty(t, sc.Source)
		for _, b := range sc.Brackets {
			assert.NotEmpty(t, b.Text)
			if b.Over.GreaterThanOrEqual(decimal.NewFromInt(8_000_000)) {
				assert.Equal(t, Reconstructed, b.Mark, "lines above 8 000 000 are reconstructed: %s", b.Text)
			}
		}
	}
	require.Len(t, s.Exemptions(), 1)
	assert.True(t, s.Exemptions()[0].Threshold.Equal(decimal.NewFromInt(1_000_000)))
	// Copies: changing them leaves the package's data alone.
	scales[0].Brackets[0].Fixed = decimal.NewFromInt(1)
	assert.True(t, Builtin().Scales()[0].Brackets[0].Fixed.IsZero())
}

func TestLoadRejects(t *testing.T) {
	good := string(builtinData)
	for _, tc := range []struct {
		name, from, to, says string
	}{
		{"typo in a fixed part", `"fixed": "10000", "percent": "2.5"`, `"fixed": "10001", "percent": "2.5"`, "the scale must be continuous"},
		{"gap between brackets", `{"over": "300000", "up_to": "500000"`, `{"over": "300001", "up_to": "500000"`, "does not continue"},
		{"gap between wordings", `"from": "2024-09-09"`, `"from": "2024-09-10"`, "does not follow"},
		{"bad mark", `"mark": "U"`, `"mark": "X"`, "accepted are V, P and U"},
		{"negative amount", `"fixed": "800"`, `"fixed": "-800"`, "accepted is 0 to"},
		{"exponent", `"fixed": "800"`, `"fixed": "8e2"`, "accepted is a number"},
		{"unknown field", `"reviewed"`, `"reviewd"`, "unknown field"},
		{"bad basis", `"basis": "НК РФ ст. 333.36 п. 3"`, `"basis": "Налоговый кодекс 333.36"`, "basis"},
		{"bad date", `"reviewed": "2026-11-30"`, `"reviewed": "30.11.26"`, "reviewed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, good, tc.from)
			_, err := Load(strings.NewReader(strings.Replace(good, tc.from, tc.to, 1)))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidData)
			assert.Contains(t, err.Error(), tc.says)
		})
	}
	_, err := Load(strings.NewReader(strings.Repeat(" ", maxData+1)))
	assert.ErrorIs(t, err, ErrInvalidData)
}

func TestWithScales(t *testing.T) {
	// A later wording loaded without a release: a flat 5 000 from 2027.
	data := strings.Replace(string(builtinData), `"basis": "НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ)",`,
		`"to": "2026-12-31", "basis": "НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ)",`, 1)
	data = strings.Replace(data, `  ],
  "consumer"`, `  ,{"from": "2027-01-01", "basis": "НК РФ ст. 333.19 п. 1 пп. 1", "source": "test",
     "brackets": [{"over": "0", "fixed": "5000", "percent": "0", "text": "5 000 рублей", "mark": "U"}]}
  ],
  "consumer"`, 1)
	s, err := Load(strings.NewReader(data))
	require.NoError(t, err)
	f, err := Compute(decimal.NewFromInt(50_000), calendar.NewDate(2027, time.January, 1), WithScales(s))
	require.NoError(t, err)
	assert.True(t, f.Amount.Equal(decimal.NewFromInt(5000)))
	f, err = Compute(decimal.NewFromInt(50_000), calendar.NewDate(2026, time.December, 31), WithScales(s))
	require.NoError(t, err)
	assert.True(t, f.Amount.Equal(decimal.NewFromInt(4000)))
}

func TestCite(t *testing.T) {
	r, err := cite("НК РФ ст. 333.19 п. 1 пп. 1 (ред. ФЗ от 08.08.2024 № 259-ФЗ)")
	require.NoError(t, err)
	assert.Equal(t, "259-ФЗ", r.Edition.Number)
	assert.Equal(t, "2024-08-08", r.Edition.Date)
	_, err = cite("НК РФ ст.333.19")
	assert.Error(t, err, "a citation that does not render back as written is refused")
}
