package claimtype_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
)

func ExampleGet() {
	t, err := claimtype.Get(claimtype.GoodsRefund)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Title, "|", t.Term, "|", law.Join(t.Basis, law.Russian), "|", law.Join(t.Penalty.Basis, law.Russian))
	_, err = claimtype.Get("goods.refun")
	fmt.Println(err)
	// Output:
	// Возврат уплаченной за товар суммы | 10 календарных дней | Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 22 | Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1
	// claimtype: unknown claim type "goods.refun"; closest: goods.refund, goods.repair, goods.replace (GET /v1/claimtypes or claimcalc -list show them all)
}

// The deadline of a replacement when the goods are out of stock: one month
// from 31 January 2025 ends on 28 February (ГК РФ ст. 192 п. 3).
func ExampleType_Deadline() {
	t, _ := claimtype.Get(claimtype.GoodsReplaceOutOfStock)
	r, err := t.Deadline(claimtype.Claim{Event: calendar.NewDate(2025, time.January, 31)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Due)
	for _, s := range r.Steps()[:2] {
		fmt.Println(s.Code, law.Join(s.Refs, law.Russian))
	}
	// Output:
	// 2025-02-28
	// gk191.start ГК РФ ст. 191
	// gk192.end_months_last_day ГК РФ ст. 192 п. 3
}

// A defect in a service, with a reasonable term of 14 days set by the
// consumer (ЗоЗПП ст. 30).
func ExampleType_Deadline_consumerTerm() {
	t, _ := claimtype.Get(claimtype.ServicesDefects)
	_, err := t.Deadline(claimtype.Claim{Event: calendar.NewDate(2025, time.March, 3)})
	fmt.Println(err)
	r, _ := t.Deadline(claimtype.Claim{Event: calendar.NewDate(2025, time.March, 3), ConsumerTerm: deadline.Days(14)})
	fmt.Println(r.Due)
	// Output:
	// claimtype: invalid claim: consumer_term: required for services.defects: the term the consumer set, e.g. {"n": 14, "unit": "days"}
	// 2025-03-17
}

// A refund for a defective phone: claim received on 25 December 2024, price
// 59 990 ₽, money paid back on 3 February 2025.
func ExampleType_Assess() {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	a, err := t.Assess(claimtype.Claim{
		Event:       calendar.NewDate(2024, time.December, 25),
		Base:        decimal.NewFromInt(59990),
		PerformedOn: calendar.NewDate(2025, time.February, 3),
		BaseAwarded: true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Status, a.Deadline.Due, a.DaysOverdue)
	fmt.Println(a.Penalty.Total, law.Join(a.Penalty.Basis, law.Russian))
	fmt.Println(a.Fine.Total)
	// Output:
	// overdue 2025-01-09 25
	// 14997.5 Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1
	// 37493.75
}

// A contractor that missed the consumer's 10-day term to fix defects: the
// 3 % penalty is capped at the price of the work (ЗоЗПП ст. 28 п. 5).
func ExampleType_Assess_capped() {
	t, _ := claimtype.Get(claimtype.ServicesDefects)
	a, _ := t.Assess(claimtype.Claim{
		Event:        calendar.NewDate(2025, time.February, 3),
		ConsumerTerm: deadline.Days(10),
		Base:         decimal.NewFromInt(20000),
		AsOf:         calendar.NewDate(2025, time.March, 31),
	})
	fmt.Println(a.DaysOverdue, a.Penalty.Uncapped, a.Penalty.Total, a.Penalty.Capped)
	// Output: 46 27600 20000 true
}

// The README claim explained in Russian, as a claim quotes it (the deadline
// part of Text).
func ExampleAssessment_Text() {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	a, _ := t.Assess(claimtype.Claim{
		Event:       calendar.NewDate(2024, time.December, 25),
		Base:        decimal.NewFromInt(59990),
		PerformedOn: calendar.NewDate(2025, time.February, 3),
	})
	fmt.Println(a.Deadline.Text(law.Russian))
	// Output:
	// Течение срока начинается на следующий день после события (25.12.2024): с 26.12.2024. [ГК РФ ст. 191]
	// Срок 10 календарных дней истекает в последний, 10-й день: 04.01.2025. [ГК РФ ст. 190, 191]
	// 04.01.2025 — нерабочий праздничный день (Новогодние каникулы), ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ); днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193]
	// Требование должно быть исполнено до 24:00 09.01.2025 по времени места исполнения; просрочка — с 10.01.2025. [ГК РФ ст. 194 п. 1]
}

// The same claim in English, and its penalty and fine lines.
func ExampleAssessment_Text_english() {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	a, _ := t.Assess(claimtype.Claim{
		Event:       calendar.NewDate(2024, time.December, 25),
		Base:        decimal.NewFromInt(59990),
		PerformedOn: calendar.NewDate(2025, time.February, 3),
	})
	fmt.Println(a.Deadline.Text(law.English))
	fmt.Println(a.Penalty.Rows[0].Formula(law.English))
	fmt.Print(a.Fine.Text(law.English))
	// Output:
	// The term begins on the day after the event (25 December 2024): on 26 December 2024. [Civil Code of the Russian Federation, Art. 191]
	// A term of 10 calendar days expires on its last, 10th day: 4 January 2025. [Civil Code of the Russian Federation, Art. 190, 191]
	// 4 January 2025 is a non-working public holiday (New Year holidays), Labour Code of the Russian Federation, Art. 112, Part 1 (as amended by Federal Law of 23 April 2012 No. 35-FZ); the term therefore ends on the next working day, 9 January 2025. [Civil Code of the Russian Federation, Art. 193]
	// The obligation must be performed by 24:00 on 9 January 2025 at the place of performance; delay runs from 10 January 2025. [Civil Code of the Russian Federation, Art. 194, Cl. 1]
	// 59,990.00 × 1% × 25 = 14,997.50
	// Fine: 50% × (penalty 14,997.50 RUB) = 7,498.75 RUB.
	// Basis: Law of the Russian Federation of 7 February 1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 13, Cl. 6; Resolution of the Plenum of the Supreme Court of the Russian Federation of 28 June 2012 No. 17, para. 46.
}
