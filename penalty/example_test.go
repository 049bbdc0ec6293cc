package penalty_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// A refund for a defective phone (ЗоЗПП ст. 22: 10 days) paid 14 days
// late: 1 % of the price for each day, the day of the refund included.
func ExampleGoods() {
	calc, err := penalty.Goods().Compute(penalty.Input{
		Base: decimal.RequireFromString("59990.00"),
		From: calendar.NewDate(2025, 3, 17), // deadline.Result.OverdueFrom()
		To:   calendar.NewDate(2025, 3, 30), // the day the money came back
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(calc.Days, "days:", penalty.FormatRub(calc.Total))
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	fmt.Println(calc.Rows[0].Formula(law.English))
	fmt.Println(law.Join(calc.Basis, law.Russian))
	// Output:
	// 14 days: 8 398,60 руб.
	// 59 990,00 × 1 % × 14 = 8 398,60
	// 59,990.00 × 1% × 14 = 8,398.60
	// Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1
}

// A repair service 40 days late: 3 % a day would be 48 000 руб., but the
// penalty may not exceed the price of the service (ЗоЗПП ст. 28 п. 5).
func ExampleServices() {
	calc, err := penalty.Services().Compute(penalty.Input{
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
	// Ограничение: не более 40 000,00 руб. — сумма неустойки не может превышать цену выполнения работы (оказания услуги) или общую цену заказа (Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 28 п. 5).
	// Итого к взысканию: 40 000,00 руб.
	// Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 28 п. 5, ст. 30, ст. 31 п. 3.
	// Порядок расчёта: Период просрочки включает первый день просрочки и день фактического исполнения обязательства (п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7). Сумма каждой строки округлена до копеек (половина копейки — в большую сторону); итог — сумма строк.
}

// An ОСАГО payout 119 days late, across the New Year (А50-7639/2023), with
// the limit of 40-ФЗ ст. 16.1 п. 6 passed as the cap.
func ExampleOSAGO() {
	calc, err := penalty.OSAGO().Compute(penalty.Input{
		Base: decimal.RequireFromString("86177"),
		From: calendar.NewDate(2022, 11, 3),
		To:   calendar.NewDate(2023, 3, 1),
		Cap:  decimal.RequireFromString("400000"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	fmt.Println(calc.CapCode, calc.Capped)
	// Output:
	// 86 177,00 × 1 % × 119 = 102 550,63
	// cap.limit false
}

// Interest under ГК РФ ст. 395 on 100 000 руб. over a summer in which the
// key rate rose twice: one row per rate, each divided by 366.
func ExampleArt395() {
	calc, err := penalty.Art395().Compute(penalty.Input{
		Base: decimal.RequireFromString("100000"),
		From: calendar.NewDate(2024, 7, 1),
		To:   calendar.NewDate(2024, 9, 30),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range calc.Rows {
		fmt.Println(r.From.Russian(), r.To.Russian(), r.Reason, r.Formula(law.Russian))
	}
	fmt.Println("Итого:", penalty.FormatRub(calc.Total), "— ставки известны по", calc.RatesKnownThrough)
	// Output:
	// 01.07.2024 28.07.2024 row.start 100 000,00 × 16 % × 28 / 366 ≈ 1 224,04
	// 29.07.2024 15.09.2024 row.rate_change 100 000,00 × 18 % × 49 / 366 ≈ 2 409,84
	// 16.09.2024 30.09.2024 row.rate_change 100 000,00 × 19 % × 15 / 366 ≈ 778,69
	// Итого: 4 412,57 руб. — ставки известны по 2026-09-23
}

// The pre-2016 conventions of ст. 395 — a 360-day year of 30-day months
// and one rate for the whole delay (Пленум ВС № 13 / ВАС № 14 of
// 08.10.1998 п. 2–3) — reproduce the Irkutsk decision А19-12919/12. The
// debt is reconstructed from the court's figure.
func ExampleArt395_days360() {
	calc, err := penalty.Art395().Compute(penalty.Input{
		Base:     decimal.RequireFromString("1422925.00"),
		From:     calendar.NewDate(2010, 12, 31),
		To:       calendar.NewDate(2011, 5, 31),
		DayCount: penalty.Days360,
		RateDate: calendar.NewDate(2012, 10, 1), // a day of the decision's 8,25 %
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	// Output:
	// 1 422 925,00 × 8,25 % × 151 / 360 ≈ 49 239,13
}

// Past the known key rates a calculation fails with ErrOutOfRange on "to",
// unless the caller assumes the last known rate: the rows after it are
// marked and the calculation warns.
func ExampleInput_assumeLastRate() {
	in := penalty.Input{Base: decimal.RequireFromString("300000"), From: calendar.NewDate(2026, 9, 1), To: calendar.NewDate(2026, 10, 31)}
	_, err := penalty.Art395().Compute(in)
	fmt.Println(err != nil)
	in.AssumeLastRate = true
	calc, _ := penalty.Art395().Compute(in)
	for _, r := range calc.Rows {
		fmt.Println(r.From, r.Assumed)
	}
	fmt.Println(calc.Notes[0].Code, calc.Notes[0].Date)
	// Output:
	// true
	// 2026-09-01 false
	// 2026-09-24 true
	// rates_assumed 2026-09-23
}

// Key-rate decisions later than the embedded history are added with
// LoadRates and Rates.With, then passed as Input.Rates.
func ExampleRates_With() {
	newer, err := penalty.LoadRates(strings.NewReader( // in practice os.Open("key-rates.csv")
		"from,percent,kind,source\n" +
			"2026-07-27,14.00,key,Банк России: решение от 24.07.2026; сохранена 11.09.2026\n" +
			"2026-10-26,,none,решение от 23.10.2026 ещё не внесено\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rates, err := penalty.Art395Rates().With(newer)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("known through", penalty.Art395Rates().KnownThrough(), "→", rates.KnownThrough())
	calc, err := penalty.Art395().Compute(penalty.Input{Base: decimal.RequireFromString("100000"),
		From: calendar.NewDate(2026, 10, 1), To: calendar.NewDate(2026, 10, 25), Rates: rates})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	// Output:
	// known through 2026-09-23 → 2026-10-25
	// 100 000,00 × 14 % × 25 / 365 ≈ 958,90
}

// Late wages under ТК РФ ст. 236: 1/150 of the key rate in force on each
// day, from the day after the payday through the day of payment.
func ExampleWages() {
	calc, err := penalty.Wages().Compute(penalty.Input{
		Base: decimal.RequireFromString("64000"),
		From: calendar.NewDate(2023, 7, 6),
		To:   calendar.NewDate(2023, 8, 31),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range calc.Rows {
		fmt.Println(r.Formula(law.Russian))
	}
	fmt.Println(penalty.FormatRub(calc.Total))
	// Output:
	// 64 000,00 × 7,5 % × 1/150 × 18 = 576,00
	// 64 000,00 × 8,5 % × 1/150 × 22 ≈ 797,87
	// 64 000,00 × 12 % × 1/150 × 17 = 870,40
	// 2 244,27 руб.
}

// Housing and utilities under ЖК РФ ст. 155 ч. 14: nothing for days 1–30,
// 1/300 for days 31–90, 1/130 from day 91, at the rate of the day of
// payment capped at 9,5 % (ПП РФ № 474).
func ExampleUtilities() {
	calc, err := penalty.Utilities().Compute(penalty.Input{
		Base: decimal.RequireFromString("10000"),
		From: calendar.NewDate(2025, 2, 11), // the day after the due day
		To:   calendar.NewDate(2025, 6, 10),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range calc.Rows {
		fmt.Printf("%s | %s | %s\n", r.Reason, r.Formula(law.Russian), calc.RowNote(i, law.English))
	}
	fmt.Println(penalty.FormatRub(calc.Total))
	// Output:
	// row.start | не начисляется | days of delay 1-30: nothing accrues (grace period)
	// row.tier | 10 000,00 × 9,5 % × 1/300 × 60 = 190,00 | from day 31 of delay: 1/300 of the rate; key rate of the Bank of Russia on 10 June 2025; the rate is at most 9.5% (Decree of the Government of the Russian Federation of 26 March 2022 No. 474; Decree of the Government of the Russian Federation of 23 September 2022 No. 1681; Decree of the Government of the Russian Federation of 28 December 2022 No. 2479; Decree of the Government of the Russian Federation of 29 December 2023 No. 2382; Decree of the Government of the Russian Federation of 18 March 2025 No. 329)
	// row.tier | 10 000,00 × 9,5 % × 1/130 × 30 ≈ 219,23 | from day 91 of delay: 1/130 of the rate
	// 409,23 руб.
}

// A schedule of monthly bills: each accrues from the day after its due
// day; a payment that names its month goes to it, the rest to the oldest.
func ExampleUtilities_schedule() {
	calc, err := penalty.Utilities().Compute(penalty.Input{
		To: calendar.NewDate(2025, 9, 30),
		Debts: []penalty.Charge{
			{Due: calendar.NewDate(2025, 2, 10), Amount: decimal.RequireFromString("4250")},
			{Due: calendar.NewDate(2025, 3, 10), Amount: decimal.RequireFromString("4300")},
		},
		Payments: []penalty.Payment{
			{On: calendar.NewDate(2025, 4, 20), Amount: decimal.RequireFromString("3000"), For: calendar.NewDate(2025, 3, 10)},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range calc.Debts {
		fmt.Println(d.Due, penalty.FormatRub(d.Total))
	}
	fmt.Println(calc.Allocations[0].Code, penalty.FormatRub(calc.Total))
	// Output:
	// 2025-02-10 521,77 руб.
	// 2025-03-10 143,45 руб.
	// allocation.named 665,22 руб.
}

// Capital-repair contributions: ЖК РФ ст. 155 ч. 14.1 has no 1/130 tier.
func ExampleCapitalRepair() {
	calc, _ := penalty.CapitalRepair().Compute(penalty.Input{Base: decimal.RequireFromString("10000"),
		From: calendar.NewDate(2025, 2, 11), To: calendar.NewDate(2025, 6, 10)})
	fmt.Println(calc.Rows[1].Formula(law.Russian))
	// Output:
	// 10 000,00 × 9,5 % × 1/300 × 90 = 285,00
}

// A developer late in handing over a flat to a citizen (214-ФЗ ст. 6
// ч. 2): 1/300 of the key rate in force on the last day of the term,
// doubled; the Government moratoria and caps apply by themselves.
func ExampleDDUCitizen() {
	calc, err := penalty.DDUCitizen().Compute(penalty.Input{
		Base: decimal.RequireFromString("4000000"),
		From: calendar.NewDate(2022, 3, 2),
		To:   calendar.NewDate(2023, 7, 31),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range calc.Rows {
		special := ""
		if calc.Rows[i].Special != nil {
			special = calc.Rows[i].Special.ID
		}
		fmt.Printf("%s–%s %s %s\n", r.From.Russian(), r.To.Russian(), r.Formula(law.Russian), special)
	}
	fmt.Println(penalty.FormatRub(calc.Total))
	// Output:
	// 02.03.2022–28.03.2022 4 000 000,00 × 9,5 % × 1/300 × 2 × 27 = 68 400,00 pp479_cap
	// 29.03.2022–30.06.2023 не начисляется pp479
	// 01.07.2023–31.07.2023 4 000 000,00 × 7,5 % × 1/300 × 2 × 31 = 62 000,00 pp326_cap
	// 130 400,00 руб.
}

// A developer that is not a citizen's counterpart: 1/300, not doubled.
func ExampleDDU() {
	calc, _ := penalty.DDU().Compute(penalty.Input{Base: decimal.RequireFromString("5000000"),
		From: calendar.NewDate(2020, 1, 1), To: calendar.NewDate(2020, 3, 31)})
	fmt.Println(calc.Rows[0].Formula(law.Russian), calc.Rows[0].RateDate)
	// Output:
	// 5 000 000,00 × 6,25 % × 1/300 × 91 ≈ 94 791,67 2019-12-31
}

// An organisation's late tax in 2025 (НК РФ ст. 75 п. 5.1): 1/300 for the
// first 30 days of delay, 1/150 from day 31.
func ExampleTaxOrganisation() {
	calc, _ := penalty.TaxOrganisation().Compute(penalty.Input{Base: decimal.RequireFromString("100000"),
		From: calendar.NewDate(2025, 1, 29), To: calendar.NewDate(2025, 3, 9)})
	for _, r := range calc.Rows {
		fmt.Println(r.DelayDay, r.Formula(law.Russian))
	}
	// Output:
	// 1 100 000,00 × 21 % × 1/300 × 30 = 2 100,00
	// 31 100 000,00 × 21 % × 1/150 × 10 = 1 400,00
}

// An individual's late tax (НК РФ ст. 75): 1/300 of the rate of each day.
func ExampleTaxIndividual() {
	calc, _ := penalty.TaxIndividual().Compute(penalty.Input{Base: decimal.RequireFromString("48000"),
		From: calendar.NewDate(2024, 12, 2), To: calendar.NewDate(2025, 1, 31)})
	fmt.Println(penalty.FormatRub(calc.Total))
	// Output:
	// 2 049,60 руб.
}

// A supplier late under 44-ФЗ ст. 34 ч. 7: 1/300 of the key rate on the
// day the penalty is paid, of the price less what was performed; then the
// write-off of ПП РФ № 783.
func ExampleProcurementSupplier() {
	calc, _ := penalty.ProcurementSupplier().Compute(penalty.Input{
		Base:      decimal.RequireFromString("1000000"),
		Performed: decimal.RequireFromString("400000"),
		From:      calendar.NewDate(2026, 1, 11),
		To:        calendar.NewDate(2026, 1, 20),
	})
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	w, _ := penalty.ProcurementWriteOff(decimal.RequireFromString("1000000"), calc.Total, true)
	fmt.Println(w.Code, penalty.FormatRub(w.WrittenOff))
	// Output:
	// 600 000,00 × 16 % × 1/300 × 10 = 3 200,00
	// writeoff.full 3 200,00 руб.
}

// A customer paying late under 44-ФЗ ст. 34 ч. 5.
func ExampleProcurementCustomer() {
	calc, _ := penalty.ProcurementCustomer().Compute(penalty.Input{Base: decimal.RequireFromString("750000"),
		From: calendar.NewDate(2025, 9, 2), To: calendar.NewDate(2025, 10, 31)})
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	// Output:
	// 750 000,00 × 16,5 % × 1/300 × 60 = 24 750,00
}

// Alimony in arrears (СК РФ ст. 115 п. 2): 0.1 % a day of each month's
// unpaid alimony.
func ExampleAlimony() {
	calc, _ := penalty.Alimony().Compute(penalty.Input{Base: decimal.RequireFromString("15000"),
		From: calendar.NewDate(2025, 2, 1), To: calendar.NewDate(2025, 4, 1)})
	fmt.Println(calc.Rows[0].Formula(law.Russian))
	// Output:
	// 15 000,00 × 0,1 % × 60 = 900,00
}

// Statutory interest of ГК РФ ст. 317.1 on the ст. 395 engine.
func ExampleStatutoryInterest() {
	calc, _ := penalty.StatutoryInterest().Compute(penalty.Input{Base: decimal.RequireFromString("500000"),
		From: calendar.NewDate(2017, 3, 1), To: calendar.NewDate(2017, 5, 31)})
	fmt.Println(penalty.FormatRub(calc.Total), law.Join(calc.Basis, law.Russian))
	// Output:
	// 12 171,23 руб. ГК РФ ст. 317.1 п. 1 (ред. ФЗ от 03.07.2016 № 315-ФЗ)
}

// The 2022 moratorium excluded from a penalty on a claim whose deadline
// passed before 01.04.2022: the excluded days are a row of their own.
func ExampleMoratorium2022() {
	calc, err := penalty.Goods().Compute(penalty.Input{
		Base:    decimal.RequireFromString("50000"),
		From:    calendar.NewDate(2022, 3, 20),
		To:      calendar.NewDate(2022, 10, 10),
		Exclude: []penalty.Period{penalty.Moratorium2022()},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range calc.Rows {
		fmt.Println(r.From.Russian(), r.To.Russian(), r.Days, r.Formula(law.Russian))
	}
	fmt.Println(calc.Days, "days accrue,", calc.ExcludedDays, "excluded:", penalty.FormatRub(calc.Total))
	// Output:
	// 20.03.2022 31.03.2022 12 50 000,00 × 1 % × 12 = 6 000,00
	// 01.04.2022 01.10.2022 184 не начисляется
	// 02.10.2022 10.10.2022 9 50 000,00 × 1 % × 9 = 4 500,00
	// 21 days accrue, 184 excluded: 10 500,00 руб.
}

// The fine of ЗоЗПП ст. 13 п. 6 from its parts: half of everything the
// court awards the consumer.
func ExampleConsumerFine() {
	fine, err := penalty.ConsumerFine(penalty.ConsumerFineInput{
		Penalty:      decimal.RequireFromString("83026.39"),
		Base:         decimal.RequireFromString("22999.00"),
		MoralDamages: decimal.RequireFromString("5000"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(fine)
	// Output:
	// Штраф: 50 % × (неустойка 83 026,39 руб. + стоимость товара (работы, услуги) 22 999,00 руб. + компенсация морального вреда 5 000,00 руб.) = 55 512,70 руб.
	// Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 13 п. 6; Постановление Пленума ВС РФ от 28.06.2012 № 17, п. 46.
}

// The ОСАГО fine of 40-ФЗ ст. 16.1 п. 3: half of what the insurer withheld.
func ExampleOSAGOFine() {
	fine, _ := penalty.OSAGOFine(decimal.RequireFromString("120000"), decimal.RequireFromString("40000"))
	fmt.Println(penalty.FormatRub(fine.Total))
	// Output:
	// 40 000,00 руб.
}

// The ДДУ fine of 214-ФЗ ст. 10 ч. 3: 5 % since 01.09.2024.
func ExampleDDUFine() {
	fine, _ := penalty.DDUFine(decimal.RequireFromString("236000"))
	fmt.Println(penalty.FormatRub(fine.Total), fine.Notes[0].Code)
	// Output:
	// 11 800,00 руб. fine.ddu_effective
}

func ExampleParseAmount() {
	for _, s := range []string{"59 990,00 ₽", "59990.5", "59 990,00 руб."} {
		d, err := penalty.ParseAmount(s)
		fmt.Println(d.StringFixed(2), err)
	}
	_, err := penalty.ParseAmount("59.990,00")
	fmt.Println(err != nil)
	// Output:
	// 59990.00 <nil>
	// 59990.50 <nil>
	// 59990.00 <nil>
	// true
}

func ExampleFormatMoney() {
	fmt.Println(penalty.FormatMoney(decimal.RequireFromString("1234567.891"), law.Russian))
	fmt.Println(penalty.FormatMoney(decimal.RequireFromString("1234567.891"), law.English))
	// Output:
	// 1 234 567,89 руб.
	// 1,234,567.89 RUB
}

// A calculation's JSON carries codes, data and text, and reads back.
func ExampleCalculation_AppendJSON() {
	calc, _ := penalty.Goods().Compute(penalty.Input{Base: decimal.RequireFromString("1000"),
		From: calendar.NewDate(2025, 1, 10), To: calendar.NewDate(2025, 1, 11)})
	data := calc.AppendJSON(nil, law.English)
	fmt.Println(strings.Contains(string(data), `"formula":"1,000.00 × 1% × 2 = 20.00"`))
	var back penalty.Calculation
	fmt.Println(back.UnmarshalJSON(data) == nil, back.Total.Equal(calc.Total))
	// Output:
	// true
	// true true
}

// A schedule read from CSV.
func ExampleLoadSchedule() {
	s, err := penalty.LoadSchedule(strings.NewReader("kind,date,amount,for\n" +
		"debt,2025-02-10,\"4 250,00\",\n" +
		"payment,2025-04-20,3000,2025-02-10\n"))
	fmt.Println(len(s.Debts), len(s.Payments), s.Payments[0].For, err)
	// Output:
	// 1 1 2025-02-10 <nil>
}
