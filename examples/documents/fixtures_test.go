package documents

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Hand-built documents whose figures are the library's. Each names its
// source: what produced the figures, and the law behind them.

func day(y int, m time.Month, d int) calendar.Date { return calendar.NewDate(y, m, d) }

func money2(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var (
	zozpp = func(s string) law.Ref { return law.MustRef("Закон РФ от 07.02.1992 № 2300-1, " + s) }
	gk    = func(s string) law.Ref { return law.MustRef("ГК РФ " + s) }
)

// readmeDocument is the README's claim: goods.refund, claim received
// 25.12.2024, price 59 990 ₽, money refunded 03.02.2025. Source: the
// README's claimcalc output (commit d7d73f4): due 09.01.2025 (ЗоЗПП ст. 22;
// ГК РФ ст. 191, 193: 04.01.2025 is a holiday), 25 days × 1 % × 59 990 =
// 14 997,50 ₽ (ЗоЗПП ст. 23 п. 1), fine 50 % = 7 498,75 ₽ (ст. 13 п. 6).
func readmeDocument() Document {
	return Document{
		Title: "Расчёт неустойки по требованию о возврате уплаченной за товар суммы",
		Date:  day(2025, time.February, 3),
		Facts: []Fact{
			{"Требование", "Возврат уплаченной за товар суммы (Закон РФ от 07.02.1992 № 2300-1, ст. 22)"},
			{"Цена товара", "59 990,00 руб."},
			{"Претензия получена продавцом", "25.12.2024"},
			{"Срок удовлетворения", "10 календарных дней — по 09.01.2025 включительно"},
			{"Деньги возвращены", "03.02.2025"},
		},
		Calculations: []Calculation{{
			Title: "Неустойка за нарушение сроков удовлетворения требований потребителя",
			Basis: []string{"1 % цены товара за каждый день просрочки, с 10.01.2025 по день возврата денег 03.02.2025 включительно."},
			Refs:  []law.Ref{zozpp("ст. 23 п. 1")},
			Rows: []Row{{
				From: day(2025, time.January, 10), To: day(2025, time.February, 3), Days: 25,
				Base: money2("59990"), Rate: Rate{Value: money2("0.01")}, Amount: money2("14997.50"),
			}},
			Days:  25,
			Total: money2("14997.50"),
			Method: "Период просрочки включает первый день просрочки и день фактического исполнения обязательства " +
				"(п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7). Сумма строки округлена до копеек; итог — сумма строк.",
		}},
		Totals: []Total{{
			Label: "Штраф", Amount: money2("7498.75"), Share: money2("0.5"), Of: []int{0},
			Refs: []law.Ref{zozpp("ст. 13 п. 6")},
			Note: "предварительно: суд взыскивает 50 % всей суммы, присуждённой потребителю",
		}},
		Explanation: Explanation{Steps: []Step{
			{"Требование «Возврат уплаченной за товар суммы» подлежит удовлетворению в течение 10 календарных дней со дня получения требования (претензии).", []law.Ref{zozpp("ст. 22")}},
			{"Течение срока начинается на следующий день после события (25.12.2024): с 26.12.2024.", []law.Ref{gk("ст. 191")}},
			{"Срок 10 календарных дней истекает в последний, 10-й день: 04.01.2025.", []law.Ref{gk("ст. 190, 191")}},
			{"04.01.2025 — нерабочий праздничный день (Новогодние каникулы); днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025.", []law.Ref{gk("ст. 193")}},
			{"Требование должно быть исполнено до 24:00 09.01.2025; просрочка — с 10.01.2025.", []law.Ref{gk("ст. 194 п. 1")}},
		}},
		Notes: []string{"Штраф рассчитан предварительно: его размер определяет суд."},
	}
}

// interest395Document is ГК РФ ст. 395 interest on 100 000 ₽ from
// 20.07.2024 to 10.02.2025 with 30 000 ₽ paid on 15.11.2024. Source:
// penalty.Interest395 with the embedded key rates (commit d7d73f4): 16 %
// from 18.12.2023, 18 % from 29.07.2024, 19 % from 16.09.2024, 21 % from
// 28.10.2024 (Банк России); 366 days in 2024, 365 in 2025.
func interest395Document() Document {
	key := "ключевая ставка Банка России"
	row := func(from, to calendar.Date, days int, base, rate string, yearDays int, amount, note string) Row {
		return Row{From: from, To: to, Days: days, Base: money2(base), Rate: Rate{Value: money2(rate), Per: PerYear, YearDays: yearDays}, Amount: money2(amount), Note: note}
	}
	return Document{
		Title: "Расчёт процентов за пользование чужими денежными средствами",
		Facts: []Fact{{"Сумма долга", "100 000,00 руб."}, {"Период", "с 20.07.2024 по 10.02.2025"}},
		Calculations: []Calculation{{
			Title: "Проценты за пользование чужими денежными средствами (ст. 395 ГК РФ)",
			Basis: []string{"Ключевая ставка Банка России, действовавшая в соответствующие периоды; число дней в году — фактическое."},
			Refs:  []law.Ref{gk("ст. 395 п. 1")},
			Rows: []Row{
				row(day(2024, 7, 20), day(2024, 7, 28), 9, "100000", "0.16", 366, "393.44", key),
				row(day(2024, 7, 29), day(2024, 9, 15), 49, "100000", "0.18", 366, "2409.84", ""),
				row(day(2024, 9, 16), day(2024, 10, 27), 42, "100000", "0.19", 366, "2180.33", ""),
				row(day(2024, 10, 28), day(2024, 11, 15), 19, "100000", "0.21", 366, "1090.16", ""),
				row(day(2024, 11, 16), day(2024, 12, 31), 46, "70000", "0.21", 366, "1847.54", "15.11.2024 оплачено 30 000,00 руб., остаток 70 000,00 руб."),
				row(day(2025, 1, 1), day(2025, 2, 10), 41, "70000", "0.21", 365, "1651.23", ""),
			},
			Days:   206,
			Total:  money2("9572.54"),
			Method: "Проценты начисляются по день уплаты долга включительно (ГК РФ ст. 395 п. 3); периоды разделены при изменении ставки и на 1 января; выплата уменьшает базу со следующего дня.",
		}},
	}
}

// servicesDocument is a capped ЗоЗПП ст. 28 п. 5 penalty: 3 % a day of a
// 20 000 ₽ service for 40 days is 24 000 ₽, capped at the price; the fine
// is 50 % of the penalty and the 20 000 ₽ refund awarded. Source: ЗоЗПП
// ст. 28 п. 5, ст. 31 п. 3, ст. 13 п. 6; arithmetic.
func servicesDocument() Document {
	return Document{
		Title: "Расчёт неустойки за нарушение срока возврата денег за услугу",
		Calculations: []Calculation{{
			Title: "Неустойка (ЗоЗПП ст. 31 п. 3, ст. 28 п. 5)",
			Refs:  []law.Ref{zozpp("ст. 31 п. 3"), zozpp("ст. 28 п. 5")},
			Rows: []Row{{From: day(2025, 3, 1), To: day(2025, 4, 9), Days: 40, Base: money2("20000"),
				Rate: Rate{Value: money2("0.03")}, Amount: money2("24000.00")}},
			Days:  40,
			Total: money2("20000"),
			Cap:   &Cap{Limit: money2("20000"), Text: "сумма неустойки не может превышать цену услуги (ЗоЗПП ст. 28 п. 5)"},
		}},
		Totals: []Total{{Label: "Штраф", Amount: money2("20000.00"), Share: money2("0.5"), Of: []int{0}, Plus: money2("20000"),
			Refs: []law.Ref{zozpp("ст. 13 п. 6")}, Note: "от неустойки и возвращаемой цены услуги"}},
	}
}

// moratoriumDocument leaves out the 2022 moratorium: 1 % a day of
// 10 000 ₽ from 20.03.2022 to 10.10.2022, nothing from 01.04.2022 to
// 01.10.2022. Source: Постановление Правительства РФ от 28.03.2022 № 497;
// ЗоЗПП ст. 23 п. 1; arithmetic.
func moratoriumDocument() Document {
	return Document{
		Title: "Расчёт неустойки с учётом моратория 2022 года",
		Calculations: []Calculation{{
			Title: "Неустойка (ЗоЗПП ст. 23 п. 1)",
			Rows: []Row{
				{From: day(2022, 3, 20), To: day(2022, 3, 31), Days: 12, Base: money2("10000"), Rate: Rate{Value: money2("0.01")}, Amount: money2("1200")},
				{From: day(2022, 4, 1), To: day(2022, 10, 1), Days: 184, Base: money2("10000"), Rate: Rate{Value: money2("0.01")}, Excluded: true,
					Note: "мораторий: Постановление Правительства РФ от 28.03.2022 № 497"},
				{From: day(2022, 10, 2), To: day(2022, 10, 10), Days: 9, Base: money2("10000"), Rate: Rate{Value: money2("0.01")}, Amount: money2("900")},
			},
			Days:  21,
			Total: money2("2100"),
		}},
	}
}

// keyRateFractionRow is a 1/300-of-the-key-rate daily penalty: 100 000 ₽ ×
// 21 % / 300 × 30 days = 2 100 ₽.
func keyRateFractionDocument() Document {
	return Document{
		Title: "Пени 1/300 ключевой ставки",
		Calculations: []Calculation{{
			Title: "Пени",
			Rows: []Row{{From: day(2025, 1, 1), To: day(2025, 1, 30), Days: 30, Base: money2("100000"),
				Rate: Rate{Value: money2("0.21"), Divisor: 300}, Amount: money2("2100")}},
			Days:  30,
			Total: money2("2100"),
		}},
	}
}

// readmeLetter is the README claim as a refund letter written on
// 03.02.2025, before the money came back: 25 days of delay so far.
func readmeLetter() Letter {
	return Letter{
		Kind:  Refund,
		Place: "г. Москва",
		Date:  day(2025, time.February, 3),
		Seller: Party{Name: "ООО «Электроника»", Address: "123456, г. Москва, ул. Ленина, д. 1",
			TaxID: "7701234567", RegNumber: "1027700000000"},
		Buyer: Party{Name: "Иванов Иван Иванович", Address: "654321, г. Москва, ул. Мира, д. 2, кв. 3",
			Phone: "+7 900 000-00-00", Email: "ivanov@example.com"},
		Subject: Subject{Name: "смартфон «Пример X», серийный номер 123456789", Bought: day(2024, time.December, 20),
			Price: money2("59990"), Document: "кассовый чек № 1234 от 20.12.2024"},
		Defects:     "через три дня после покупки смартфон перестал включаться.",
		Requirement: Requirement{Amount: money2("59990"), Refs: []law.Ref{zozpp("ст. 18 п. 1")}},
		Term: Term{Text: "10 календарных дней", From: day(2024, time.December, 25), Due: day(2025, time.January, 9),
			Refs: []law.Ref{zozpp("ст. 22")}},
		Penalty: &Penalty{Rate: money2("0.01"), Base: money2("59990"), Refs: []law.Ref{zozpp("ст. 23 п. 1")},
			From: day(2025, time.January, 10), To: day(2025, time.February, 3), Days: 25, Amount: money2("14997.50")},
		Fine:        Fine{Share: money2("0.5"), Refs: []law.Ref{zozpp("ст. 13 п. 6")}, Amount: money2("7498.75")},
		Payment:     "р/с 40817810000000000000 в ПАО «Банк», БИК 044525000, к/с 30101810000000000000, получатель Иванов Иван Иванович",
		Attachments: []string{"копия кассового чека № 1234 от 20.12.2024", "копия гарантийного талона"},
	}
}

// letterFor returns a letter of each kind, built from the README letter.
func letterFor(k LetterKind) Letter {
	l := readmeLetter()
	l.Kind = k
	switch k {
	case Replacement:
		l.Requirement = Requirement{Refs: []law.Ref{zozpp("ст. 18 п. 1")}}
		l.Term = Term{Text: "7 календарных дней", From: day(2024, 12, 25), Due: day(2025, 1, 9), Refs: []law.Ref{zozpp("ст. 21 п. 1 абз. 1")}}
	case Repair:
		l.Requirement = Requirement{Refs: []law.Ref{zozpp("ст. 18 п. 1")}}
		l.Term = Term{Text: "45 календарных дней", Refs: []law.Ref{zozpp("ст. 20 п. 1")}}
		l.Penalty = &Penalty{Rate: money2("0.01"), Base: money2("59990"), Refs: []law.Ref{zozpp("ст. 23 п. 1")}}
		l.Fine.Amount = decimal.Zero
	case PriceReduction:
		l.Requirement = Requirement{Amount: money2("15000"), Refs: []law.Ref{zozpp("ст. 18 п. 1")}}
	case Services:
		l.Subject = Subject{Name: "договор оказания услуг по ремонту квартиры № 7", Bought: day(2024, 11, 1), Price: money2("20000")}
		l.Defects = "плитка в ванной уложена с перепадами до 5 мм."
		l.Requirement = Requirement{Text: "соответственно уменьшить цену выполненной работы и вернуть мне 8 000,00 руб.",
			Amount: money2("8000"), Refs: []law.Ref{zozpp("ст. 29 п. 1")}}
		l.Term = Term{Text: "10 календарных дней", From: day(2025, 3, 3), Due: day(2025, 3, 13), Refs: []law.Ref{zozpp("ст. 31 п. 1")}}
		l.Date = day(2025, 4, 22)
		l.Penalty = &Penalty{Rate: money2("0.03"), Base: money2("20000"), Refs: []law.Ref{zozpp("ст. 31 п. 3"), zozpp("ст. 28 п. 5")},
			Cap: "не может превышать цену выполнения работы (оказания услуги)", From: day(2025, 3, 14), To: day(2025, 4, 22), Days: 40, Amount: money2("20000")}
		l.Fine.Amount = money2("10000")
	}
	return l
}

var zeroDate calendar.Date
