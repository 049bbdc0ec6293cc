package claimtype_test

import (
	"encoding/json"
	"errors"
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

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestBadClaims runs the reproductions of ../shared/reviews/reliability.md
// (D1–D4, D10) and the other inputs a careless caller sends, whatever the
// status the claim would have: each is a *FieldError on the named field,
// returned without heavy work (the fuzz and benchmark targets bound the
// time; the test itself is not timed).
func TestBadClaims(t *testing.T) {
	refund, _ := claimtype.Get(claimtype.GoodsRefund)
	prepaid, _ := claimtype.Get(claimtype.GoodsPrepaidRefund)
	base := func(c claimtype.Claim) claimtype.Claim {
		c.Event = d("2024-12-25")
		return c
	}
	for _, tc := range []struct {
		name  string
		typ   claimtype.Type
		claim claimtype.Claim
		field string
		is    error
	}{
		{"D1 huge exponent base", refund, base(claimtype.Claim{Base: decimal.New(0, 300000000), PerformedOn: d("2025-02-03")}), "base", nil},
		{"D1 huge negative base", refund, base(claimtype.Claim{Base: decimal.New(-1, 10000000), PerformedOn: d("2025-02-03")}), "base", nil},
		{"D1 huge base, no date", refund, base(claimtype.Claim{Base: decimal.New(1, 1000000000)}), "base", nil},
		{"D2 consumer term on a fixed type", refund, base(claimtype.Claim{ConsumerTerm: deadline.Days(1000), Base: dec("59990"), PerformedOn: d("2025-02-03")}), "consumer_term", nil},
		{"D2 agreed term on a fixed type", refund, base(claimtype.Claim{AgreedTerm: deadline.Years(1)}), "agreed_term", nil},
		{"D3 negative base on time", refund, base(claimtype.Claim{Base: dec("-1"), PerformedOn: d("2024-12-30")}), "base", nil},
		{"D3 fractional kopeck, pending", refund, base(claimtype.Claim{Base: dec("0.001"), AsOf: d("2024-12-30")}), "base", nil},
		{"D3 negative payment in 2030", prepaid, base(claimtype.Claim{Base: dec("1000"), Payments: []penalty.Payment{{On: d("2030-01-01"), Amount: dec("-100")}}}), "payments[0].amount", nil},
		{"D3 payment after the end", prepaid, base(claimtype.Claim{Base: dec("1000"), AsOf: d("2025-01-01"), Payments: []penalty.Payment{{On: d("2025-02-01"), Amount: dec("100")}}}), "payments[0].on", nil},
		{"D3 payments out of order", prepaid, base(claimtype.Claim{Base: dec("1000"), Payments: []penalty.Payment{{On: d("2025-02-01"), Amount: dec("100")}, {On: d("2025-01-20"), Amount: dec("100")}}}), "payments[1].on", nil},
		{"D3 payments over the base", prepaid, base(claimtype.Claim{Base: dec("100"), Payments: []penalty.Payment{{On: d("2025-02-01"), Amount: dec("101")}}}), "payments", nil},
		{"D3 exclusion with zero dates", refund, base(claimtype.Claim{Exclude: []penalty.Period{{}}}), "exclude[0]", nil},
		{"D3 overlapping exclusions", refund, base(claimtype.Claim{Exclude: []penalty.Period{{From: d("2025-01-10"), To: d("2025-01-20")}, {From: d("2025-01-15"), To: d("2025-01-25")}}}), "exclude[1].from", nil},
		{"D3 negative cap", refund, base(claimtype.Claim{Cap: dec("-5")}), "cap", nil},
		{"D3 performed before the event", refund, base(claimtype.Claim{PerformedOn: d("2024-01-01")}), "performed_on", nil},
		{"D3 as_of before the event", refund, base(claimtype.Claim{AsOf: d("2024-12-01")}), "as_of", nil},
		{"D4 penalty_from in year 1", refund, base(claimtype.Claim{Base: dec("59990"), PerformedOn: d("2025-02-03"), PenaltyFrom: d("0001-01-01")}), "penalty_from", nil},
		{"D4 as_of 9999-12-31", refund, base(claimtype.Claim{Base: dec("59990"), AsOf: d("9999-12-31")}), "as_of", nil},
		{"penalty_from after the end", refund, base(claimtype.Claim{Base: dec("59990"), PerformedOn: d("2025-02-03"), PenaltyFrom: d("2025-03-01")}), "penalty_from", nil},
		{"both dates", refund, base(claimtype.Claim{PerformedOn: d("2025-02-01"), AsOf: d("2025-02-01")}), "performed_on", nil},
		{"no event", refund, claimtype.Claim{}, "event", nil},
		{"no base once overdue", refund, base(claimtype.Claim{PerformedOn: d("2025-02-03")}), "base", nil},
		{"negative moral damages", refund, base(claimtype.Claim{MoralDamages: dec("-1")}), "moral_damages", nil},
		{"unknown region", refund, base(claimtype.Claim{Region: "RU-XX"}), "region", calendar.ErrUnknownRegion},
		{"voluntary above the court's payout", refund, base(claimtype.Claim{CourtPayout: dec("100"), PaidVoluntarily: dec("200")}), "paid_voluntarily", nil},
		{"agreed repair term over 45 days", mustGet(t, claimtype.GoodsRepair), base(claimtype.Claim{AgreedTerm: deadline.Days(46)}), "agreed_term", deadline.ErrTermTooLong},
		{"consumer term of 10^6 days", mustGet(t, claimtype.ServicesDefects), base(claimtype.Claim{ConsumerTerm: deadline.Days(1_000_000)}), "consumer_term", deadline.ErrInvalidTerm},
	} {
		_, err := tc.typ.Assess(tc.claim)
		require.Error(t, err, tc.name)
		var fe *claimtype.FieldError
		require.True(t, errors.As(err, &fe), "%s: %v", tc.name, err)
		assert.Equal(t, tc.field, fe.Field, "%s: %v", tc.name, err)
		assert.ErrorIs(t, err, claimtype.ErrInvalidClaim, tc.name)
		if tc.is != nil {
			assert.ErrorIs(t, err, tc.is, tc.name)
		}
		assert.Less(t, len(err.Error()), 600, "%s: the message echoes a short form only", tc.name)
		assert.NotRegexp(t, `(claimtype|deadline|penalty)\.[A-Z]`, err.Error(), "%s: no Go identifiers", tc.name)
	}
}

func mustGet(t *testing.T, id claimtype.ID) claimtype.Type {
	t.Helper()
	typ, err := claimtype.Get(id)
	require.NoError(t, err)
	return typ
}

// TestZeroValues: the zero Type is a sentinel error, not a bare string or a
// panic; the zero Assessment marshals and renders (review D10).
func TestZeroValues(t *testing.T) {
	_, err := claimtype.Type{}.Assess(claimtype.Claim{Event: d("2025-01-01")})
	assert.ErrorIs(t, err, claimtype.ErrInvalidType)
	_, err = claimtype.Type{}.Deadline(claimtype.Claim{Event: d("2025-01-01")})
	assert.ErrorIs(t, err, claimtype.ErrInvalidType)
	var a claimtype.Assessment
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.True(t, json.Valid(b))
	assert.NotPanics(t, func() { _ = a.Text(law.English) })
	b, err = json.Marshal(claimtype.Type{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
}

// TestDecodeClaim: strict where encoding/json is lenient (review D6),
// tolerant where people are (issue 9, item 5).
func TestDecodeClaim(t *testing.T) {
	id, c, err := claimtype.DecodeClaim([]byte(`{"claim_type":"goods.refund","event":"25.12.2024","base":"59 990,00 ₽","performed_on":"2025-02-03T18:30:00+03:00",
		"payments":[{"on":"2025-01-20","amount":1000.5}],"consumer_term":null,"exclude":[{"from":"2022-04-01","to":"2022-10-01","basis":"Постановление Правительства РФ от 28.03.2022 № 497"}]}`))
	require.NoError(t, err)
	assert.Equal(t, claimtype.GoodsRefund, id)
	assert.Equal(t, d("2024-12-25"), c.Event)
	assert.Equal(t, "59990", c.Base.String())
	assert.Equal(t, d("2025-02-03"), c.PerformedOn)
	assert.Equal(t, "1000.5", c.Payments[0].Amount.String())
	assert.Equal(t, law.GovernmentDecree, c.Exclude[0].Basis[0].Act.Kind)

	for body, want := range map[string]string{
		`{"claim_type":"goods.refund","base":"59990"}`:    "59990",
		`{"claim_type":"goods.refund","base":59990}`:      "59990",
		`{"claim_type":"goods.refund","base":"59990.5"}`:  "59990.5",
		`{"claim_type":"goods.refund","base":"1 000,05"}`: "1000.05",
	} {
		_, c, err := claimtype.DecodeClaim([]byte(body))
		require.NoError(t, err, body)
		assert.Equal(t, want, c.Base.String(), body)
	}

	for _, tc := range []struct {
		name, body, field, msg string
		is                     error
	}{
		{"duplicate key", `{"claim_type":"goods.refund","base":"100","base":"59990"}`, "base", "given twice", claimtype.ErrDuplicateField},
		{"duplicate nested key", `{"claim_type":"goods.refund","payments":[{"on":"2025-01-20","amount":"100","amount":"200"}]}`, "payments[0].amount", "given twice", claimtype.ErrDuplicateField},
		{"case-insensitive match", `{"claim_type":"goods.refund","Event":"2024-12-25"}`, "Event", `did you mean "event"`, claimtype.ErrUnknownField},
		{"nested case", `{"claim_type":"goods.refund","payments":[{"ON":"2025-01-20"}]}`, "payments[0].ON", `did you mean "payments[0].on"`, claimtype.ErrUnknownField},
		{"unknown nested field", `{"claim_type":"goods.refund","consumer_term":{"n":3,"unit":"days","x":1}}`, "consumer_term.x", "unknown field", claimtype.ErrUnknownField},
		{"unknown field", `{"claim_type":"goods.refund","perfomed_on":"2025-02-03"}`, "perfomed_on", "accepted:", claimtype.ErrUnknownField},
		{"huge exponent", `{"claim_type":"goods.refund","base":"0e300000000"}`, "base", "accepted are amounts", nil},
		{"bool base", `{"claim_type":"goods.refund","base":true}`, "base", "got a boolean", claimtype.ErrWrongType},
		{"bad date", `{"claim_type":"goods.refund","event":"2024-02-30"}`, "event", "February 2024 has days 01–29", nil},
		{"null body", `null`, "", "accepted is a JSON object", claimtype.ErrWrongType},
		{"array body", `[{}]`, "", "accepted is a JSON object", claimtype.ErrWrongType},
		{"trailing data", `{"claim_type":"goods.refund"} {}`, "", "exactly one object", claimtype.ErrMalformedJSON},
		{"truncated", `{"claim_type":"goods.refund",`, "", "ends early", claimtype.ErrMalformedJSON},
		{"no claim type", `{"event":"2024-12-25"}`, "claim_type", "required", nil},
		{"term n as string", `{"claim_type":"goods.refund","consumer_term":{"n":"3","unit":"days"}}`, "consumer_term.n", "whole number", nil},
		{"term unit", `{"claim_type":"goods.refund","consumer_term":{"n":3,"unit":"hours"}}`, "consumer_term.unit", "accepted: days, workdays", nil},
		{"oversized", `{"claim_type":"` + strings.Repeat("x", claimtype.MaxClaimJSON) + `"}`, "", "at most", claimtype.ErrMalformedJSON},
	} {
		_, _, err := claimtype.DecodeClaim([]byte(tc.body))
		require.Error(t, err, tc.name)
		var fe *claimtype.FieldError
		require.ErrorAs(t, err, &fe, tc.name)
		assert.Equal(t, tc.field, fe.Field, "%s: %v", tc.name, err)
		assert.Contains(t, err.Error(), tc.msg, tc.name)
		assert.Less(t, len(err.Error()), 700, tc.name)
		if tc.is != nil {
			assert.ErrorIs(t, err, tc.is, tc.name)
		}
	}
}
