package claimtype_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

func d(s string) calendar.Date {
	v, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

type golden struct {
	Claim struct {
		Type claimtype.ID `json:"claim_type"`
		claimtype.Claim
	} `json:"claim"`
	Expected struct {
		Error           string        `json:"error"`
		ErrorField      string        `json:"error_field"`
		Due             calendar.Date `json:"due"`
		Status          string        `json:"status"`
		DaysOverdue     int           `json:"days_overdue"`
		PenaltyTotal    *string       `json:"penalty_total"`
		PenaltyUncapped *string       `json:"penalty_uncapped"`
		InterestTotal   *string       `json:"interest_total"`
		Fine            *string       `json:"fine"`
		Provisional     bool          `json:"provisional"`
	} `json:"expected"`
	Source string `json:"source"`
}

// sentinels names the errors golden cases expect.
var sentinels = map[string]error{
	"invalid claim":                          claimtype.ErrInvalidClaim,
	"no fixed term":                          claimtype.ErrNoFixedTerm,
	"term required":                          claimtype.ErrTermRequired,
	"term longer than the statutory maximum": deadline.ErrTermTooLong,
	"invalid input":                          penalty.ErrInvalidInput,
}

// TestGolden runs testdata/claims.json: at least one worked case for every
// claim type, each naming the articles its expected figures come from. Due
// dates were computed independently from the reference production calendar,
// amounts by hand (base × rate × days, rounded half away from zero). An
// error case names the field and the sentinel it expects.
func TestGolden(t *testing.T) {
	data, err := os.ReadFile("../testdata/claims.json")
	require.NoError(t, err)
	var cases []golden
	require.NoError(t, json.Unmarshal(data, &cases))
	covered := map[claimtype.ID]bool{}
	for _, tc := range cases {
		covered[tc.Claim.Type] = true
		t.Run(string(tc.Claim.Type)+"/"+tc.Claim.Event.String(), func(t *testing.T) {
			typ, err := claimtype.Get(tc.Claim.Type)
			require.NoError(t, err)
			a, err := typ.Assess(tc.Claim.Claim)
			if tc.Expected.Error != "" {
				require.Error(t, err, tc.Source)
				sentinel, ok := sentinels[tc.Expected.Error]
				require.True(t, ok, "unknown sentinel %q", tc.Expected.Error)
				assert.ErrorIs(t, err, sentinel, tc.Source)
				assert.ErrorIs(t, err, claimtype.ErrInvalidClaim, "every caller error is an invalid claim: %s", tc.Source)
				var fe *claimtype.FieldError
				require.ErrorAs(t, err, &fe, tc.Source)
				assert.Equal(t, tc.Expected.ErrorField, fe.Field, tc.Source)
				return
			}
			require.NoError(t, err, tc.Source)
			assert.Equal(t, tc.Expected.Due, a.Deadline.Due, "due (%s)", tc.Source)
			assert.Equal(t, tc.Expected.Status, string(a.Status), "status (%s)", tc.Source)
			assert.Equal(t, tc.Expected.DaysOverdue, a.DaysOverdue, "days overdue (%s)", tc.Source)
			assert.Equal(t, tc.Expected.Provisional, a.Deadline.Provisional, "provisional (%s)", tc.Source)
			checkMoney(t, "penalty", tc.Expected.PenaltyTotal, a.Penalty, func(c *penalty.Calculation) decimal.Decimal { return c.Total }, tc.Source)
			checkMoney(t, "uncapped", tc.Expected.PenaltyUncapped, a.Penalty, func(c *penalty.Calculation) decimal.Decimal { return c.Uncapped }, tc.Source)
			checkMoney(t, "interest", tc.Expected.InterestTotal, a.Interest, func(c *penalty.Calculation) decimal.Decimal { return c.Total }, tc.Source)
			if tc.Expected.Fine == nil {
				assert.Nil(t, a.Fine, "no fine expected (%s)", tc.Source)
			} else {
				require.NotNil(t, a.Fine, "fine (%s)", tc.Source)
				assert.Equal(t, *tc.Expected.Fine, a.Fine.Total.StringFixed(2), "fine (%s)", tc.Source)
			}
			// The JSON reads back into an equal value, in both languages.
			for _, lang := range []law.Lang{law.Russian, law.English} {
				var back claimtype.Assessment
				require.NoError(t, json.Unmarshal(a.AppendJSON(nil, lang), &back), tc.Source)
				assert.Equal(t, a, back, "round trip (%s)", tc.Source)
			}
		})
	}
	for _, typ := range claimtype.All() {
		assert.True(t, covered[typ.ID], "no golden case for %s", typ.ID)
	}
}

func checkMoney(t *testing.T, what string, want *string, calc *penalty.Calculation, get func(*penalty.Calculation) decimal.Decimal, source string) {
	t.Helper()
	if want == nil {
		assert.Nil(t, calc, "%s: none expected (%s)", what, source)
		return
	}
	require.NotNil(t, calc, "%s expected (%s)", what, source)
	assert.Equal(t, *want, get(calc).StringFixed(2), "%s (%s)", what, source)
}

func TestCatalog(t *testing.T) {
	all := claimtype.All()
	require.Len(t, all, 58)
	seen := map[claimtype.ID]bool{}
	for i, typ := range all {
		assert.False(t, seen[typ.ID], "duplicate %s", typ.ID)
		seen[typ.ID] = true
		assert.NotEmpty(t, typ.Title)
		assert.NotEmpty(t, typ.TitleEN)
		assert.NotEmpty(t, typ.Basis)
		assert.Equal(t, typ.Subject != claimtype.SubjectComplaint, typ.Statutory, typ.ID)
		got, err := claimtype.Get(typ.ID)
		require.NoError(t, err)
		assert.Equal(t, typ, got)
		if i > 0 {
			assert.LessOrEqual(t, all[i-1].Subject, typ.Subject, "stable order by subject at %s", typ.ID)
		}
		if typ.TermKind == claimtype.TermWindow {
			assert.Nil(t, typ.Penalty, "a window carries no penalty: %s", typ.ID)
		}
	}
	// The exported constants name every entry.
	for _, id := range []claimtype.ID{claimtype.GoodsRefund, claimtype.OSAGOClaim, claimtype.ServicesDefects, claimtype.ComplaintRetention} {
		assert.True(t, seen[id], id)
	}
	// Rules follow their articles.
	refund, _ := claimtype.Get(claimtype.GoodsRefund)
	assert.Equal(t, deadline.Days(10), refund.Term, "ЗоЗПП ст. 22")
	assert.Equal(t, "0.01", refund.Penalty.Rate.String(), "ЗоЗПП ст. 23 п. 1")
	osago, _ := claimtype.Get(claimtype.OSAGOClaim)
	assert.Equal(t, deadline.DaysExceptHolidays(20), osago.Term, "ФЗ № 40-ФЗ ст. 12 п. 21")
	defects, _ := claimtype.Get(claimtype.ServicesDefects)
	assert.Equal(t, claimtype.TermSetByConsumer, defects.TermKind, "ЗоЗПП ст. 30: no default 20 days since ФЗ № 212-ФЗ")
	assert.True(t, defects.Penalty.CapToBase, "ЗоЗПП ст. 28 п. 5")
}

func TestCatalogImmutable(t *testing.T) {
	a, _ := claimtype.Get(claimtype.GoodsRefund)
	a.Penalty.Rate = decimal.NewFromInt(1)
	a.Penalty.Basis[0].Article = "999"
	a.Basis[0].Article = "999"
	a.Title = "x"
	b, _ := claimtype.Get(claimtype.GoodsRefund)
	assert.Equal(t, "0.01", b.Penalty.Rate.String())
	assert.Equal(t, "23", b.Penalty.Basis[0].Article)
	assert.Equal(t, "22", b.Basis[0].Article)
	assert.NotEqual(t, "x", b.Title)
}

func TestGetUnknown(t *testing.T) {
	_, err := claimtype.Get("goods.refun")
	require.ErrorIs(t, err, claimtype.ErrUnknown)
	assert.Contains(t, err.Error(), `closest: goods.refund,`)
	_, err = claimtype.Get("")
	assert.ErrorIs(t, err, claimtype.ErrUnknown)
	_, err = claimtype.Get(claimtype.ID(strings.Repeat("x", 5000)))
	assert.ErrorIs(t, err, claimtype.ErrUnknown)
}

func TestDeadlineKinds(t *testing.T) {
	far, _ := claimtype.Get(claimtype.GoodsReplaceFarNorth)
	_, err := far.Deadline(claimtype.Claim{Event: d("2025-01-10")})
	require.ErrorIs(t, err, claimtype.ErrNoFixedTerm)

	defects, _ := claimtype.Get(claimtype.ServicesDefects)
	_, err = defects.Deadline(claimtype.Claim{Event: d("2025-01-10")})
	require.ErrorIs(t, err, claimtype.ErrTermRequired)
	assert.Contains(t, err.Error(), "consumer_term")
	assert.NotContains(t, err.Error(), "deadline.", "no Go identifiers in messages")
	_, err = defects.Deadline(claimtype.Claim{Event: d("2025-01-10"), AgreedTerm: deadline.Days(5)})
	assertField(t, err, "agreed_term", "a consumer's term, not an agreed one")

	redo, _ := claimtype.Get(claimtype.ServicesRedo)
	_, err = redo.Deadline(claimtype.Claim{Event: d("2025-01-10"), ConsumerTerm: deadline.Days(5)})
	assertField(t, err, "consumer_term", "an agreed term, not a consumer's one")
	_, err = redo.Deadline(claimtype.Claim{Event: d("2025-01-10")})
	assert.ErrorIs(t, err, claimtype.ErrTermRequired)
	assertField(t, err, "agreed_term", "services.redo needs the contract's term")

	window, _ := claimtype.Get(claimtype.GoodsProperQualityExchange)
	r, err := window.Deadline(claimtype.Claim{Event: d("2025-03-01")})
	require.NoError(t, err)
	assert.Equal(t, d("2025-03-17"), r.Due, "ЗоЗПП ст. 25 п. 1: 14 days; 15.03.2025 is a Saturday (ГК РФ ст. 193)")

	repair, _ := claimtype.Get(claimtype.GoodsRepair)
	r, err = repair.Deadline(claimtype.Claim{Event: d("2025-03-03")})
	require.NoError(t, err)
	assert.Equal(t, d("2025-04-17"), r.Due)
	r, err = repair.Deadline(claimtype.Claim{Event: d("2025-03-03"), AgreedTerm: deadline.Days(20)})
	require.NoError(t, err)
	assert.Equal(t, deadline.CodeLimit, r.Steps()[1].Code, "ЗоЗПП ст. 20 п. 1: the 45-day maximum is its own step")

	_, err = repair.Deadline(claimtype.Claim{})
	assertField(t, err, "event", "no event")
	_, err = repair.Deadline(claimtype.Claim{Event: d("2040-01-01")})
	assert.ErrorIs(t, err, deadline.ErrOutOfRange)
	assertField(t, err, "event", "outside the calendar")
}

// assertField checks that err is a *FieldError on field.
func assertField(t *testing.T, err error, field, msg string) {
	t.Helper()
	var fe *claimtype.FieldError
	require.ErrorAs(t, err, &fe, msg)
	assert.Equal(t, field, fe.Field, msg)
	assert.ErrorIs(t, err, claimtype.ErrInvalidClaim, msg)
}

func TestAssessInterestOutOfRange(t *testing.T) {
	// ст. 395 interest past the last known key rate is not guessed: the
	// assessment says so in a coded warning with the through-date and keeps
	// the deadline (issue 12).
	dist, _ := claimtype.Get(claimtype.GoodsDistanceRefund)
	through := penalty.Art395Rates().KnownThrough()
	a, err := dist.Assess(claimtype.Claim{Event: through.AddDays(-30), Base: decimal.NewFromInt(1000), AsOf: through.AddDays(40)})
	require.NoError(t, err)
	assert.Nil(t, a.Interest)
	assert.Equal(t, claimtype.StatusOverdue, a.Status)
	require.Len(t, a.Warnings, 1)
	assert.Equal(t, claimtype.WarnRatesStale, a.Warnings[0].Code)
	assert.Equal(t, through, a.Warnings[0].Through)
	// With the explicit policy, the rows after the through-date are assumed.
	a, err = dist.Assess(claimtype.Claim{Event: through.AddDays(-30), Base: decimal.NewFromInt(1000), AsOf: through.AddDays(40), AssumeLastRate: true})
	require.NoError(t, err)
	require.NotNil(t, a.Interest)
	assert.Equal(t, claimtype.WarnRatesAssumed, a.Warnings[0].Code)
}

func TestAssessOutput(t *testing.T) {
	refund, _ := claimtype.Get(claimtype.GoodsRefund)
	a, err := refund.Assess(claimtype.Claim{Event: d("2024-12-25"), Base: decimal.NewFromInt(59990), PerformedOn: d("2025-02-03"), BaseAwarded: true})
	require.NoError(t, err)
	s := a.String()
	for _, want := range []string{"Возврат уплаченной за товар суммы (Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 22)",
		"Срок исполнения — по 09.01.2025 включительно. Просрочка: 25 дней, с 10.01.2025.", "14 997,50", "37 493,75"} {
		assert.Contains(t, s, want)
	}
	en := a.Text(law.English)
	for _, want := range []string{"Refund of the price of goods (Law of the Russian Federation of 7 February 1992 No. 2300-1",
		"Due by 9 January 2025 inclusive. Delay: 25 days, from 10 January 2025.", "14,997.50"} {
		assert.Contains(t, en, want)
	}
	var m map[string]any
	require.NoError(t, json.Unmarshal(a.AppendJSON(nil, law.English), &m))
	assert.Equal(t, "overdue", m["status"])
	assert.Equal(t, "2025-01-09", m["deadline"].(map[string]any)["due"])
	assert.Equal(t, "goods.refund", m["claim_type"].(map[string]any)["id"])
	assert.Equal(t, []any{}, m["warnings"])
	assert.NotContains(t, m, "text", "the whole explanation only on request")
	require.NoError(t, json.Unmarshal(a.AppendJSONWithText(nil, law.English), &m))
	assert.Equal(t, en, m["text"])
}

func TestDaysOverdueWording(t *testing.T) {
	refund, _ := claimtype.Get(claimtype.GoodsRefund)
	for _, tc := range []struct {
		performed, want string
	}{
		{"2025-01-10", "Просрочка: 1 день,"},
		{"2025-01-12", "Просрочка: 3 дня,"},
		{"2025-01-20", "Просрочка: 11 дней,"},
		{"2025-01-30", "Просрочка: 21 день,"},
	} {
		a, err := refund.Assess(claimtype.Claim{Event: d("2024-12-25"), Base: decimal.NewFromInt(100), PerformedOn: d(tc.performed)})
		require.NoError(t, err)
		assert.Contains(t, a.String(), tc.want)
	}
}
