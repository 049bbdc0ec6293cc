package claimtype_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
)

func ExampleGet() {
	t, err := claimtype.Get(claimtype.GoodsRefund)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Title, "|", t.Term, "|", t.Basis, "|", t.Penalty.Basis)
	_, err = claimtype.Get("goods.refun")
	fmt.Println(err)
	// Output:
	// Возврат уплаченной за товар суммы | 10 календарных дней | Закон РФ от 07.02.1992 № 2300-1, ст. 22 | Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1
	// claimtype: unknown claim type "goods.refun"; closest: goods.refund, goods.repair, goods.replace (the full list: All, or claimcalc -list)
}

// The deadline of a replacement when the goods are out of stock: one month
// from 31 January 2025 ends on 28 February (ГК РФ ст. 192 п. 3).
func ExampleType_Deadline() {
	t, _ := claimtype.Get(claimtype.GoodsReplaceOutOfStock)
	r, err := t.Deadline(calendar.NewDate(2025, time.January, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Due)
	for _, s := range r.Steps[:3] {
		fmt.Println(s.Rule)
	}
	// Output:
	// 2025-02-28
	// Закон РФ от 07.02.1992 № 2300-1, ст. 21 п. 1 абз. 1
	// ГК РФ ст. 191
	// ГК РФ ст. 192 п. 3
}

// A defect in a service, with a reasonable term of 14 days set by the
// consumer (ЗоЗПП ст. 30).
func ExampleType_Deadline_consumerTerm() {
	t, _ := claimtype.Get(claimtype.ServicesDefects)
	_, err := t.Deadline(calendar.NewDate(2025, time.March, 3))
	fmt.Println(err)
	r, _ := t.Deadline(calendar.NewDate(2025, time.March, 3), deadline.WithConsumerTerm(deadline.Days(14)))
	fmt.Println(r.Due)
	// Output:
	// claimtype: services.defects: term required: срок назначает потребитель; pass it with deadline.WithConsumerTerm (the consumer's term)
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
	fmt.Println(a.Penalty.Total, a.Penalty.Basis)
	fmt.Println(a.Fine)
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
