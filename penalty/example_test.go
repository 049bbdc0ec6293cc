package penalty_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

// A refund for a defective phone (ЗоЗПП ст. 22: 10 days) paid 14 days
// late: 1 % of the price for each day, the day of the refund included.
func ExampleRule_Compute_refund() {
	calc, err := penalty.Goods.Compute(penalty.Input{
		Base: decimal.RequireFromString("59990.00"),
		From: calendar.NewDate(2025, 3, 17), // deadline.Result.OverdueFrom()
		To:   calendar.NewDate(2025, 3, 30), // the day the money came back
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(calc.Days, "days:", penalty.FormatRub(calc.Total))
	fmt.Println(calc.Rows[0].Formula())
	fmt.Println(calc.Basis)
	// Output:
	// 14 days: 8 398,60 руб.
	// 59 990,00 × 1 % × 14 = 8 398,60
	// Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1
}

// A repair service 40 days late: 3 % a day would be 48 000 руб., but the
// penalty may not exceed the price of the service (ЗоЗПП ст. 28 п. 5).
func ExampleRule_Compute_serviceCapped() {
	calc, err := penalty.Services.Compute(penalty.Input{
		Base: decimal.RequireFromString("40000"),
		From: calendar.NewDate(2025, 5, 5),
		To:   calendar.NewDate(2025, 6, 13),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(calc)
	// Output:
	// Неустойка за нарушение сроков выполнения работы (оказания услуги)
	//
	// Период                | Дней | База, руб. | Ставка     | Формула                          | Сумма, руб.
	// ----------------------+------+------------+------------+----------------------------------+------------
	// 05.05.2025–13.06.2025 |   40 |  40 000,00 | 3 % в день | 40 000,00 × 3 % × 40 = 48 000,00 |   48 000,00
	//
	// Итого начислено: 40 дней, 48 000,00 руб.
	// Ограничение: не более 40 000,00 руб. — сумма неустойки не может превышать цену выполнения работы (оказания услуги) или общую цену заказа (Закон РФ № 2300-1, ст. 28 п. 5).
	// Итого к взысканию: 40 000,00 руб.
	// Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 28 п. 5 (ст. 30, ст. 31 п. 3).
	// Порядок расчёта: Период просрочки включает первый день просрочки и день фактического исполнения обязательства (п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7). Сумма каждой строки округлена до копеек (половина копейки — в большую сторону); итог — сумма строк.
}

// Interest under ГК РФ ст. 395 on 100 000 руб. over a summer in which the
// key rate rose twice: one row per rate, each divided by 366 (2024 is a
// leap year).
func ExampleInterest395() {
	calc, err := penalty.Interest395(
		decimal.RequireFromString("100000"),
		calendar.NewDate(2024, 7, 1), calendar.NewDate(2024, 9, 30),
		nil, // no payments
		nil, // the embedded key-rate history
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range calc.Rows {
		fmt.Println(r.From.Russian(), r.To.Russian(), r.Formula())
	}
	fmt.Println("Итого:", penalty.FormatRub(calc.Total))
	// Output:
	// 01.07.2024 28.07.2024 100 000,00 × 16 % × 28 / 366 ≈ 1 224,04
	// 29.07.2024 15.09.2024 100 000,00 × 18 % × 49 / 366 ≈ 2 409,84
	// 16.09.2024 30.09.2024 100 000,00 × 19 % × 15 / 366 ≈ 778,69
	// Итого: 4 412,57 руб.
}

// The 2022 moratorium excluded from a penalty on a claim whose deadline
// passed before 01.04.2022: the excluded days are a row of their own.
func ExampleMoratorium2022() {
	calc, err := penalty.Goods.Compute(penalty.Input{
		Base:    decimal.RequireFromString("50000"),
		From:    calendar.NewDate(2022, 3, 20),
		To:      calendar.NewDate(2022, 10, 10),
		Exclude: []penalty.Period{penalty.Moratorium2022},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range calc.Rows {
		fmt.Println(r.From.Russian(), r.To.Russian(), r.Days, r.Formula())
	}
	fmt.Println(calc.Days, "days accrue,", calc.ExcludedDays, "excluded:", penalty.FormatRub(calc.Total))
	// Output:
	// 20.03.2022 31.03.2022 12 50 000,00 × 1 % × 12 = 6 000,00
	// 01.04.2022 01.10.2022 184 не начисляется
	// 02.10.2022 10.10.2022 9 50 000,00 × 1 % × 9 = 4 500,00
	// 21 days accrue, 184 excluded: 10 500,00 руб.
}

// Key-rate decisions later than the embedded history are added with
// LoadRates and Rates.With. Here the caller vouches that 14 % stayed in
// force until the next regular meeting took effect, so the history runs to
// 25.10.2026.
func ExampleRates_With() {
	newer, err := penalty.LoadRates(strings.NewReader( // in practice os.Open("key-rates.csv")
		"from,percent,kind,source\n" +
			"2026-07-27,14.00,key,Банк России: решение от 24.07.2026; сохранена 11.09.2026\n" +
			"2026-10-26,,none,решение от 23.10.2026 ещё не внесено\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rates, err := penalty.KeyRates().With(newer)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("known through", penalty.KeyRates().KnownThrough(), "→", rates.KnownThrough())
	calc, err := penalty.Interest395(decimal.RequireFromString("100000"),
		calendar.NewDate(2026, 10, 1), calendar.NewDate(2026, 10, 25), nil, rates)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(calc.Rows[0].Formula())
	// Output:
	// known through 2026-09-23 → 2026-10-25
	// 100 000,00 × 14 % × 25 / 365 ≈ 958,90
}

// The fine of ЗоЗПП ст. 13 п. 6: half of everything the court awards —
// here the refund, the penalty and compensation of moral harm.
func ExampleCourtFine() {
	refund := decimal.RequireFromString("22999.00")
	forfeit := decimal.RequireFromString("83026.39")
	moral := decimal.RequireFromString("5000")
	fmt.Println(penalty.FormatRub(penalty.CourtFine(refund.Add(forfeit).Add(moral))))
	// Output:
	// 55 512,70 руб.
}

func ExampleFormatRub() {
	fmt.Println(penalty.FormatRub(decimal.RequireFromString("1234567.891")))
	// Output:
	// 1 234 567,89 руб.
}
