package penalty

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCalculationJSON(t *testing.T) {
	c, err := Services.Compute(Input{Base: dec("40000"), From: day(t, "2022-03-25"), To: day(t, "2022-10-31"), Exclude: []Period{Moratorium2022}})
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)

	var got map[string]any
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, "40000.00", got["total"], "money is a decimal string")
	assert.Equal(t, "40000.00", got["cap"])
	assert.Equal(t, "44400.00", got["uncapped"], "40 000 × 3 % × (7 + 30) days")
	assert.Equal(t, true, got["capped"])
	assert.Equal(t, float64(37), got["days"])
	assert.Equal(t, float64(184), got["excluded_days"])
	assert.Equal(t, "each-row", got["rounding"])
	assert.Contains(t, got["basis"], "ст. 28 п. 5")
	rows := got["rows"].([]any)
	require.Len(t, rows, 3)
	first := rows[0].(map[string]any)
	assert.Equal(t, "2022-03-25", first["from"], "dates are YYYY-MM-DD")
	assert.Equal(t, "2022-03-31", first["to"])
	assert.Equal(t, "40000.00", first["base"])
	assert.Equal(t, "0.03", first["rate"])
	assert.Equal(t, "8400.00", first["amount"])
	assert.Equal(t, "40 000,00 × 3 % × 7 = 8 400,00", first["formula"])
	assert.NotContains(t, first, "year_days")
	excluded := rows[1].(map[string]any)
	assert.Equal(t, true, excluded["excluded"])
	assert.Contains(t, excluded["note"], "№ 497")

	r, err := Interest395(dec("1000"), day(t, "2024-01-01"), day(t, "2024-01-31"), nil, nil)
	require.NoError(t, err)
	data, err = json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"rate":"0.16","year_days":366`)
	assert.NotContains(t, string(data), `"cap"`, "no cap, no cap key")
}

// TestIndependentOfDecimalGlobals flips shopspring/decimal's package-level
// settings: no figure or JSON output may change.
func TestIndependentOfDecimalGlobals(t *testing.T) {
	compute := func() (string, string) {
		c, err := Interest395(dec("250000"), day(t, "2025-12-01"), day(t, "2026-03-31"), nil, nil, WithRounding(RoundDailyAmount))
		require.NoError(t, err)
		data, err := json.Marshal(c)
		require.NoError(t, err)
		return c.String(), string(data)
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

func TestStringTable(t *testing.T) {
	c, err := Prepayment.Compute(Input{Base: dec("80000"), From: day(t, "2022-03-15"), To: day(t, "2022-10-10"),
		Payments: []Payment{{On: day(t, "2022-03-29"), Amount: dec("30000")}}, Exclude: []Period{Moratorium2022}})
	require.NoError(t, err)
	want := `Неустойка за нарушение срока передачи предварительно оплаченного товара

Период                | Дней | База, руб. | Ставка       | Формула                           | Сумма, руб.
----------------------+------+------------+--------------+-----------------------------------+------------
15.03.2022–29.03.2022 |   15 |  80 000,00 | 0,5 % в день | 80 000,00 × 0,5 % × 15 = 6 000,00 |    6 000,00
30.03.2022–31.03.2022 |    2 |  50 000,00 | 0,5 % в день | 50 000,00 × 0,5 % × 2 = 500,00    |      500,00
    примечание: 29.03.2022 оплачено 30 000,00 руб., остаток 50 000,00 руб.
01.04.2022–01.10.2022 |  184 |  50 000,00 | —            | не начисляется                    |        0,00
    примечание: мораторий, введённый Постановлением Правительства РФ от 28.03.2022 № 497: неустойка и проценты не начисляются (п. 7 Постановления Пленума ВС РФ от 24.12.2020 № 44)
02.10.2022–10.10.2022 |    9 |  50 000,00 | 0,5 % в день | 50 000,00 × 0,5 % × 9 = 2 250,00  |    2 250,00

Итого: 26 дней (исключено 184 дня), 8 750,00 руб.
Ограничение: не более 80 000,00 руб. — сумма неустойки не может превышать сумму предварительной оплаты товара (Закон РФ № 2300-1, ст. 23.1 п. 3); не превышено.
Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23.1 п. 3.
Порядок расчёта: Период просрочки включает первый день просрочки и день фактического исполнения обязательства (п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7). Выплата уменьшает базу со следующего дня. Сумма каждой строки округлена до копеек (половина копейки — в большую сторону); итог — сумма строк.
`
	assert.Equal(t, want, c.String(), "golden case «prepayment over the moratorium with a partial refund»: 8 750,00")
	for _, line := range strings.Split(c.String(), "\n") {
		assert.NotContains(t, line, "\t")
	}
}
