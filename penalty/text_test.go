package penalty_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// TestRussianTable pins the court-ready table lawyers paste: the wording of
// the rows, notes, totals, cap line and method is the reference.
func TestRussianTable(t *testing.T) {
	c, err := penalty.Prepayment().Compute(penalty.Input{Base: dec("80000"), From: day(t, "2022-03-15"), To: day(t, "2022-10-10"),
		Payments: []penalty.Payment{{On: day(t, "2022-03-29"), Amount: dec("30000")}}, Exclude: []penalty.Period{penalty.Moratorium2022()}})
	require.NoError(t, err)
	want := `Неустойка за нарушение срока передачи предварительно оплаченного товара

Период                | Дней | База, руб. | Ставка       | Формула                           | Сумма, руб.
----------------------+------+------------+--------------+-----------------------------------+------------
15.03.2022–29.03.2022 |   15 |  80 000,00 | 0,5 % в день | 80 000,00 × 0,5 % × 15 = 6 000,00 |    6 000,00
30.03.2022–31.03.2022 |    2 |  50 000,00 | 0,5 % в день | 50 000,00 × 0,5 % × 2 = 500,00    |      500,00
    примечание: 29.03.2022 оплачено 30 000,00 руб., остаток 50 000,00 руб.
01.04.2022–01.10.2022 |  184 |  50 000,00 | —            | не начисляется                    |        0,00
    примечание: период исключён из расчёта: Постановление Правительства РФ от 28.03.2022 № 497; Постановление Пленума ВС РФ от 24.12.2020 № 44, п. 7
02.10.2022–10.10.2022 |    9 |  50 000,00 | 0,5 % в день | 50 000,00 × 0,5 % × 9 = 2 250,00  |    2 250,00

Итого: 26 дней (исключено 184 дня), 8 750,00 руб.
Ограничение: не более 80 000,00 руб. — сумма неустойки не может превышать сумму предварительной оплаты товара (Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23.1 п. 3); не превышено.
Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23.1 п. 3.
Порядок расчёта: Период просрочки включает первый день просрочки и день фактического исполнения обязательства (п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7). Выплата уменьшает базу со следующего дня. Сумма каждой строки округлена до копеек (половина копейки — в большую сторону); итог — сумма строк.
`
	assert.Equal(t, want, c.String(), "golden case «prepayment over the moratorium with a partial refund»: 8 750,00")
	for _, line := range strings.Split(c.String(), "\n") {
		assert.NotContains(t, line, "\t")
	}

	wantEN := `Penalty for delay in handing over prepaid goods

Period                | Days | Base, RUB | Rate         | Formula                          | Amount, RUB
----------------------+------+-----------+--------------+----------------------------------+------------
2022-03-15–2022-03-29 |   15 | 80,000.00 | 0.5% per day | 80,000.00 × 0.5% × 15 = 6,000.00 |    6,000.00
2022-03-30–2022-03-31 |    2 | 50,000.00 | 0.5% per day | 50,000.00 × 0.5% × 2 = 500.00    |      500.00
    note: 29 March 2022: paid 30,000.00 RUB, remaining 50,000.00 RUB
2022-04-01–2022-10-01 |  184 | 50,000.00 | —            | does not accrue                  |        0.00
    note: period excluded from the calculation: MORATORIUM
2022-10-02–2022-10-10 |    9 | 50,000.00 | 0.5% per day | 50,000.00 × 0.5% × 9 = 2,250.00  |    2,250.00

Total: 26 days (excluded: 184 days), 8,750.00 RUB
Cap: at most 80,000.00 RUB — the penalty may not exceed the prepaid amount (Law of the Russian Federation of 7 February 1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 23.1, Cl. 3); not reached.
Basis: Law of the Russian Federation of 7 February 1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 23.1, Cl. 3.
Method: The period of delay includes the first day of delay and the day the obligation was performed (Resolution of the Plenum of the Supreme Court of the Russian Federation of 24 March 2016 No. 7, para. 65). A payment lowers the base from the next day. Each row is rounded to kopecks (half a kopeck rounds up); the total is the sum of the rows.
`
	wantEN = strings.Replace(wantEN, "MORATORIUM", law.Join(penalty.Moratorium2022().Basis, law.English), 1)
	en := c.Text(law.English)
	// The English rendering of citations belongs to calendar/law; compare
	// the table exactly and the citations through law.Ref.Text.
	assert.Equal(t, wantEN[:strings.Index(wantEN, "Cap:")], en[:strings.Index(en, "Cap:")])
	assert.Contains(t, en, "Cap: at most 80,000.00 RUB — the penalty may not exceed the prepaid amount ("+law.Join(penalty.Prepayment().CapBasis, law.English)+"); not reached.")
	for _, r := range en {
		assert.False(t, r >= 'а' && r <= 'я', "no Cyrillic in the English text: %q", en)
	}
}

func TestKeyRateTable(t *testing.T) {
	c, err := penalty.Utilities().Compute(penalty.Input{Base: dec("10000"), From: day(t, "2025-02-11"), To: day(t, "2025-06-10")})
	require.NoError(t, err)
	text := c.String()
	for _, want := range []string{
		"11.02.2025–12.03.2025 |   30 |  10 000,00 | —             | не начисляется",
		"примечание: дни просрочки с 1-го по 30-й: пени не начисляются",
		"10 000,00 × 9,5 % × 1/300 × 60 = 190,00",
		"с 31-го дня просрочки — 1/300 ставки; ключевая ставка Банка России на 10.06.2025; ставка не выше 9,5 % (Постановление Правительства РФ от 26.03.2022 № 474",
		"10 000,00 × 9,5 % × 1/130 × 30 ≈ 219,23",
		"Итого: 90 дней (исключено 30 дней), 409,23 руб.",
		"Основание: ЖК РФ ст. 155 ч. 14 (ред. ФЗ от 03.11.2015 № 307-ФЗ).",
		"Применена ставка, действовавшая на день фактической оплаты каждой части долга",
	} {
		assert.Contains(t, text, want)
	}
	en := c.Text(law.English)
	assert.Contains(t, en, "days of delay 1-30: nothing accrues (grace period)")
	assert.Contains(t, en, "from day 31 of delay: 1/300 of the rate; key rate of the Bank of Russia on 10 June 2025; the rate is at most 9.5%")
}

func TestScheduleText(t *testing.T) {
	c, err := penalty.Utilities().Compute(penalty.Input{To: day(t, "2025-09-30"),
		Debts:    []penalty.Charge{{Due: day(t, "2025-02-10"), Amount: dec("4250")}, {Due: day(t, "2025-03-10"), Amount: dec("4300")}},
		Payments: []penalty.Payment{{On: day(t, "2025-04-20"), Amount: dec("3000"), For: day(t, "2025-03-10")}}})
	require.NoError(t, err)
	text := c.String()
	assert.Contains(t, text, "Долг 4 250,00 руб., срок оплаты 10.02.2025; итого по долгу")
	assert.Contains(t, text, "Платёж 20.04.2025: 3 000,00 руб. — в счёт долга со сроком оплаты 10.03.2025 (указан плательщиком).")
	assert.Contains(t, text, "Платежи зачтены в счёт долга, указанного плательщиком")
	assert.Contains(t, c.Text(law.English), "Payment of 20 April 2025: 3,000.00 RUB to the debt due 10 March 2025 (named by the payer).")
}
