package penalty

import "github.com/zozpp/zozpp/calendar"

// Moratorium2022 is the general bankruptcy moratorium of Постановление
// Правительства РФ от 28.03.2022 № 497, 01.04.2022 through 01.10.2022
// inclusive, ready to pass in Input.Exclude or Excluding.
//
// While it lasted, ст. 395 interest, неустойка and other financial
// sanctions do not accrue (Закон о банкротстве ст. 9.1 п. 3 пп. 2, ст. 63
// п. 1 абз. 10; Пленум ВС РФ от 24.12.2020 № 44, п. 7) — but only on
// claims that arose before 01.04.2022, against a debtor it covers: every
// legal entity and citizen except developers in the register of problem
// objects and debtors who published a refusal from it. For a consumer
// claim, courts ask whether the seller's deadline fell before 01.04.2022.
// Whether those conditions hold is the caller's decision; this package
// never applies the moratorium by itself. It does not touch the fine of
// ЗоЗПП ст. 13 п. 6, which is not a daily sanction.
var Moratorium2022 = Period{
	From: calendar.NewDate(2022, 4, 1),
	To:   calendar.NewDate(2022, 10, 1),
	Basis: "мораторий, введённый Постановлением Правительства РФ от 28.03.2022 № 497: " +
		"неустойка и проценты не начисляются (п. 7 Постановления Пленума ВС РФ от 24.12.2020 № 44)",
}
