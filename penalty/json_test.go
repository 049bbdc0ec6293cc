package penalty_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

func TestCalculationJSON(t *testing.T) {
	c, err := penalty.Services().Compute(penalty.Input{Base: dec("40000"), From: day(t, "2022-03-25"), To: day(t, "2022-10-31"), Exclude: []penalty.Period{penalty.Moratorium2022()}})
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)

	var got map[string]any
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, "services", got["rule"])
	assert.Equal(t, "40000.00", got["total"], "money is a decimal string")
	assert.Equal(t, "40000.00", got["cap"])
	assert.Equal(t, "44400.00", got["uncapped"], "40 000 × 3 % × (7 + 30) days")
	assert.Equal(t, true, got["capped"])
	assert.Equal(t, "cap.to_base", got["cap_code"])
	assert.Equal(t, float64(37), got["days"])
	assert.Equal(t, float64(184), got["excluded_days"])
	assert.Equal(t, "each-row", got["rounding"])
	assert.Equal(t, "ru", got["lang"])
	basis := got["basis"].([]any)[0].(map[string]any)
	assert.Equal(t, "28", basis["article"], "citations are structured")
	assert.Equal(t, "rf_law", basis["act"].(map[string]any)["kind"])
	rows := got["rows"].([]any)
	require.Len(t, rows, 3)
	first := rows[0].(map[string]any)
	assert.Equal(t, "2022-03-25", first["from"], "dates are YYYY-MM-DD")
	assert.Equal(t, "row.start", first["reason"])
	assert.Equal(t, "40000.00", first["base"])
	assert.Equal(t, "0.03", first["rate"])
	assert.Equal(t, "8400.00", first["amount"])
	assert.Equal(t, "40 000,00 × 3 % × 7 = 8 400,00", first["formula"])
	assert.NotContains(t, first, "year_days")
	excluded := rows[1].(map[string]any)
	assert.Equal(t, true, excluded["excluded"])
	assert.Equal(t, "row.excluded", excluded["reason"])
	assert.Contains(t, excluded["note"], "№ 497")
	method := got["method"].([]any)
	assert.Equal(t, "method.days_inclusive", method[0].(map[string]any)["code"])

	en := c.AppendJSON(nil, law.English)
	require.NoError(t, json.Unmarshal(en, &got))
	assert.Equal(t, "en", got["lang"])
	assert.Equal(t, "40,000.00 × 3% × 7 = 8,400.00", got["rows"].([]any)[0].(map[string]any)["formula"])

	r, err := penalty.Art395().Compute(penalty.Input{Base: dec("1000"), From: day(t, "2024-01-01"), To: day(t, "2024-01-31")})
	require.NoError(t, err)
	data = r.AppendJSON(nil, law.Russian)
	assert.Contains(t, string(data), `"rate":"0.16","year_days":366`)
	assert.Contains(t, string(data), `"rate_period":{"from":"2016-08-01"`[:20])
	assert.Contains(t, string(data), `"rates_known_through":"2026-09-23"`)
	assert.NotContains(t, string(data), `"cap":`, "no cap, no cap key")
}

// TestIndependentOfDecimalGlobals flips shopspring/decimal's package-level
// settings: no figure, text or JSON may change.
func TestIndependentOfDecimalGlobals(t *testing.T) {
	compute := func() (string, string) {
		c, err := penalty.Art395().Compute(penalty.Input{Base: dec("250000"), From: day(t, "2025-12-01"), To: day(t, "2026-03-31"), Rounding: penalty.RoundDailyAmount})
		require.NoError(t, err)
		data, err := json.Marshal(c)
		require.NoError(t, err)
		return c.String() + c.Text(law.English), string(data)
	}
	wantText, wantJSON := compute()

	oldPrecision, oldQuotes := decimal.DivisionPrecision, decimal.MarshalJSONWithoutQuotes
	t.Cleanup(func() { decimal.DivisionPrecision, decimal.MarshalJSONWithoutQuotes = oldPrecision, oldQuotes })
	decimal.DivisionPrecision, decimal.MarshalJSONWithoutQuotes = 1, true

	gotText, gotJSON := compute()
	assert.Equal(t, wantText, gotText)
	assert.Equal(t, wantJSON, gotJSON)
	assert.Contains(t, gotJSON, `"total":"13150.51"`, "E6(ii) inputs with the daily-amount convention (oracle)")
}

func TestUnmarshalRejects(t *testing.T) {
	for _, in := range []string{`{"total":"1e400"}`, `{"rows":[{"amount":"1.234"}]}`, `{"rows":[{"rate":"abc"}]}`, `{"base_kind":"x"}`, `[`, `{"uncapped":"` + string(make([]byte, 100)) + `"}`} {
		var c penalty.Calculation
		err := json.Unmarshal([]byte(in), &c)
		assert.Error(t, err, in)
	}
}

func TestRuleAndInputJSON(t *testing.T) {
	for _, r := range penalty.Rules() {
		data, err := json.Marshal(r)
		require.NoError(t, err)
		require.True(t, json.Valid(data), string(data))
		var got map[string]any
		require.NoError(t, json.Unmarshal(data, &got))
		assert.Equal(t, string(r.ID), got["id"])
		assert.NotEmpty(t, got["title"])
	}
	oldQuotes := decimal.MarshalJSONWithoutQuotes
	t.Cleanup(func() { decimal.MarshalJSONWithoutQuotes = oldQuotes })
	decimal.MarshalJSONWithoutQuotes = true
	data, err := json.Marshal(penalty.Payment{On: day(t, "2025-01-20"), Amount: dec("1000.50"), For: day(t, "2025-01-10")})
	require.NoError(t, err)
	assert.Equal(t, `{"on":"2025-01-20","amount":"1000.5","for":"2025-01-10"}`, string(data), "amounts are strings whatever decimal's globals say")
	var p penalty.Payment
	require.NoError(t, json.Unmarshal(data, &p))
	assert.True(t, p.Amount.Equal(dec("1000.50")))
	data, err = json.Marshal(penalty.Charge{Due: day(t, "2025-02-10"), Amount: dec("4250")})
	require.NoError(t, err)
	assert.Equal(t, `{"due":"2025-02-10","amount":"4250"}`, string(data))
}
