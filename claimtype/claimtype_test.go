package claimtype_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
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

// TestGolden runs testdata/claims.json: at least one worked case for every
// claim type, each naming the articles its expected figures come from. Due
// dates were computed independently from the reference production calendar,
// amounts by hand (base × rate × days, rounded half away from zero).
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
				assert.Contains(t, err.Error(), tc.Expected.Error, tc.Source)
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
				assert.True(t, a.Fine.IsZero(), "no fine expected (%s)", tc.Source)
			} else {
				assert.Equal(t, *tc.Expected.Fine, a.Fine.StringFixed(2), "fine (%s)", tc.Source)
			}
			assert.Equal(t, typ.Basis, a.Deadline.Steps[0].Rule, "the type's basis leads the steps")
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
	require.Len(t, all, 46)
	seen := map[claimtype.ID]bool{}
	for i, typ := range all {
		assert.False(t, seen[typ.ID], "duplicate %s", typ.ID)
		seen[typ.ID] = true
		assert.NotEmpty(t, typ.Title)
		assert.NotEmpty(t, typ.TitleEN)
		assert.NotEmpty(t, typ.Basis)
		assert.Equal(t, typ.Subject != claimtype.Complaint, typ.Statutory, typ.ID)
		got, err := claimtype.Get(typ.ID)
		require.NoError(t, err)
		assert.Equal(t, typ, got)
		if i > 0 {
			assert.LessOrEqual(t, all[i-1].Subject, typ.Subject, "stable order by subject at %s", typ.ID)
		}
		if typ.TermKind == claimtype.Window {
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
	assert.Equal(t, claimtype.SetByConsumer, defects.TermKind, "ЗоЗПП ст. 30: no default 20 days since ФЗ № 212-ФЗ")
	assert.True(t, defects.Penalty.CapToBase, "ЗоЗПП ст. 28 п. 5")
}

func TestCatalogImmutable(t *testing.T) {
	a, _ := claimtype.Get(claimtype.GoodsRefund)
	a.Penalty.Rate = decimal.NewFromInt(1)
	a.Title = "x"
	b, _ := claimtype.Get(claimtype.GoodsRefund)
	assert.Equal(t, "0.01", b.Penalty.Rate.String())
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
	_, err := far.Deadline(d("2025-01-10"))
	require.ErrorIs(t, err, claimtype.ErrNoFixedTerm)
	assert.Contains(t, err.Error(), "очередной доставки")

	defects, _ := claimtype.Get(claimtype.ServicesDefects)
	_, err = defects.Deadline(d("2025-01-10"))
	require.ErrorIs(t, err, claimtype.ErrTermRequired)
	assert.Contains(t, err.Error(), "deadline.WithConsumerTerm")
	_, err = defects.Deadline(d("2025-01-10"), deadline.WithAgreedTerm(deadline.Days(5)))
	assert.ErrorIs(t, err, claimtype.ErrTermRequired, "a consumer's term, not an agreed one")

	redo, _ := claimtype.Get(claimtype.ServicesRedo)
	_, err = redo.Deadline(d("2025-01-10"), deadline.WithConsumerTerm(deadline.Days(5)))
	assert.ErrorIs(t, err, claimtype.ErrTermRequired)

	window, _ := claimtype.Get(claimtype.GoodsProperQualityExchange)
	r, err := window.Deadline(d("2025-03-01"))
	require.NoError(t, err)
	assert.Contains(t, r.Steps[0].Text, "потребитель вправе действовать в течение 14 календарных дней")

	repair, _ := claimtype.Get(claimtype.GoodsRepair)
	r, err = repair.Deadline(d("2025-03-03"))
	require.NoError(t, err)
	assert.Contains(t, r.Steps[0].Text, "не может превышать 45 календарных дней")
	assert.Equal(t, d("2025-04-17"), r.Due)

	_, err = repair.Deadline(calendar.Date{})
	assert.ErrorIs(t, err, deadline.ErrInvalidTerm)
	_, err = repair.Deadline(d("2040-01-01"))
	assert.ErrorIs(t, err, deadline.ErrOutOfRange)
}

func TestAssessErrors(t *testing.T) {
	refund, _ := claimtype.Get(claimtype.GoodsRefund)
	for _, tc := range []struct {
		name  string
		claim claimtype.Claim
		field string
	}{
		{"both dates", claimtype.Claim{Event: d("2025-01-10"), PerformedOn: d("2025-02-01"), AsOf: d("2025-02-01")}, "performed_on, as_of"},
		{"both terms", claimtype.Claim{Event: d("2025-01-10"), ConsumerTerm: deadline.Days(3), AgreedTerm: deadline.Days(3)}, "consumer_term, agreed_term"},
		{"no base", claimtype.Claim{Event: d("2025-01-10"), PerformedOn: d("2025-02-01")}, "base"},
		{"negative base", claimtype.Claim{Event: d("2025-01-10"), PerformedOn: d("2025-02-01"), Base: decimal.NewFromInt(-5)}, "base"},
	} {
		_, err := refund.Assess(tc.claim)
		require.ErrorIs(t, err, claimtype.ErrInvalidClaim, tc.name)
		var fe *claimtype.FieldError
		require.True(t, errors.As(err, &fe), tc.name)
		assert.Equal(t, tc.field, fe.Field, tc.name)
	}
	// An error from the penalty package keeps its sentinel.
	_, err := refund.Assess(claimtype.Claim{Event: d("2025-01-10"), PerformedOn: d("2025-02-01"), Base: decimal.NewFromInt(1000),
		Payments: []claimtype.Payment{{On: d("2025-01-25"), Amount: decimal.NewFromInt(10)}}})
	assert.ErrorIs(t, err, penalty.ErrInvalidInput, "payments do not lower a price of goods")
}

func TestAssessInterestOutOfRange(t *testing.T) {
	// ст. 395 interest past the last known key rate is not guessed: the
	// assessment says so in a note and keeps the deadline.
	dist, _ := claimtype.Get(claimtype.GoodsDistanceRefund)
	a, err := dist.Assess(claimtype.Claim{Event: d("2026-12-01"), Base: decimal.NewFromInt(1000), AsOf: d("2027-02-01")})
	require.NoError(t, err)
	assert.Nil(t, a.Interest)
	assert.Equal(t, claimtype.Overdue, a.Status)
	assert.Contains(t, strings.Join(a.Notes, "\n"), "Проценты по ГК РФ ст. 395 не рассчитаны")
}

func TestAssessOutput(t *testing.T) {
	refund, _ := claimtype.Get(claimtype.GoodsRefund)
	a, err := refund.Assess(claimtype.Claim{Event: d("2024-12-25"), Base: decimal.NewFromInt(59990), PerformedOn: d("2025-02-03"), BaseAwarded: true})
	require.NoError(t, err)
	s := a.String()
	for _, want := range []string{"Возврат уплаченной за товар суммы (Закон РФ от 07.02.1992 № 2300-1, ст. 22)",
		"Срок исполнения — по 09.01.2025 включительно. Просрочка: 25 дней, с 10.01.2025.", "14 997,50", "37 493,75 руб."} {
		assert.Contains(t, s, want)
	}
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "overdue", m["status"])
	assert.Equal(t, "37493.75", m["fine"])
	assert.Equal(t, "2025-01-09", m["deadline"].(map[string]any)["due"])
	assert.Equal(t, "goods.refund", m["claim_type"].(map[string]any)["id"])
	assert.Equal(t, s, m["text"])
	assert.Equal(t, []any{}, nonNilNotes(t, refund))
}

func nonNilNotes(t *testing.T, typ claimtype.Type) []any {
	a, err := typ.Assess(claimtype.Claim{Event: d("2025-01-10")})
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m["notes"].([]any)
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
