package penalty_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// The catalog summaries of the rates, against the articles they cite.
func TestRuleRateText(t *testing.T) {
	on := calendar.NewDate(2026, time.November, 30)
	tests := []struct {
		rule   penalty.Rule
		ru, en string
		source string
	}{
		{penalty.Goods(), "1 % в день", "1% a day", "ЗоЗПП ст. 23 п. 1"},
		{penalty.Prepayment(), "0,5 % в день; не может превышать сумму предварительной оплаты товара", "0.5% a day, at most the prepaid amount", "ЗоЗПП ст. 23.1 п. 3"},
		{penalty.Wages(), "1/150 ставки рефинансирования в день", "1/150 of the refinancing rate a day", "ТК РФ ст. 236 (ред. ФЗ № 272-ФЗ)"},
		{penalty.Utilities(), "с 31-го дня 1/300, с 91-го дня 1/130 ставки рефинансирования в день", "from day 31: 1/300, from day 91: 1/130 of the refinancing rate a day", "ЖК РФ ст. 155 ч. 14"},
		{penalty.DDUCitizen(), "2 × 1/300 ставки рефинансирования в день", "2 × 1/300 of the refinancing rate a day", "214-ФЗ ст. 6 ч. 2"},
		{penalty.TaxOrganisation(), "1/300, с 31-го дня 1/150, с 91-го дня 1/300 ставки рефинансирования в день", "1/300, from day 31: 1/150, from day 91: 1/300 of the refinancing rate a day", "НК РФ ст. 75 п. 4 (ред. 2025–2026)"},
		{penalty.Alimony(), "0,1 % в день", "0.1% a day", "СК РФ ст. 115 п. 2 (ред. № 224-ФЗ)"},
		{penalty.Art395(), "ставка ГК РФ ст. 395 п. 1, годовых", "the rate of ГК РФ ст. 395 п. 1, a year", "ГК РФ ст. 395 п. 1"},
	}
	for _, tc := range tests {
		t.Run(string(tc.rule.ID), func(t *testing.T) {
			assert.Equal(t, tc.ru, tc.rule.RateText(on, law.Russian), tc.source)
			assert.Equal(t, tc.en, tc.rule.RateText(on, law.English), tc.source)
		})
	}
	assert.Equal(t, "правило не действует на 01.01.1990", penalty.Wages().RateText(calendar.NewDate(1990, time.January, 1), law.Russian))
}
