package deadline_test

import (
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
)

// A refund demand (ЗоЗПП ст. 22: 10 days) received on 25 December 2024: the
// tenth day falls on the New Year holidays, so the term ends on the first
// working day after them (ГК РФ ст. 193).
func Example_refundOverNewYear() {
	r, err := deadline.Compute(calendar.NewDate(2024, time.December, 25), deadline.Days(10))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("due:", r.Due, "penalty from:", r.OverdueFrom())
	fmt.Println(r)
	// Output:
	// due: 2025-01-09 penalty from: 2025-01-10
	// Течение срока начинается на следующий день после события (25.12.2024): с 26.12.2024. [ГК РФ ст. 191]
	// Срок 10 календарных дней истекает в последний, 10-й день: 04.01.2025. [ГК РФ ст. 190, 191]
	// 04.01.2025 — нерабочий праздничный день (Новогодние каникулы), ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ); днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193]
	// Требование должно быть исполнено до 24:00 09.01.2025 по времени места исполнения; просрочка — с 10.01.2025. [ГК РФ ст. 194 п. 1]
}

// An internal complaint-handling term of 3 working days from Friday
// 27 December 2024: Saturday 28 December was a working day by decree.
func Example_workdays() {
	due, err := deadline.Due(calendar.NewDate(2024, time.December, 27), deadline.Workdays(3))
	fmt.Println(due, err)
	// Output: 2025-01-10 <nil>
}

// A replacement when the goods are out of stock (ЗоЗПП ст. 21 п. 1: one
// month) from 31 January: February has no 31st, so the term ends on its
// last day (ГК РФ ст. 192 п. 3).
func Example_monthFromJanuary31() {
	for _, year := range []int{2024, 2025} {
		r, _ := deadline.Compute(calendar.NewDate(year, time.January, 31), deadline.Months(1))
		fmt.Println(r.End, r.Steps[1].Rule)
	}
	// Output:
	// 2024-02-29 ГК РФ ст. 192 п. 3
	// 2025-02-28 ГК РФ ст. 192 п. 3
}

// ОСАГО: 20 calendar days except нерабочие праздничные дни (ФЗ № 40-ФЗ
// ст. 12 п. 21).
func ExampleDaysExceptHolidays() {
	due, _ := deadline.Due(calendar.NewDate(2025, time.December, 25), deadline.DaysExceptHolidays(20))
	fmt.Println(due)
	// Output: 2026-01-22
}

// A reasonable term set by the consumer (ЗоЗПП ст. 30).
func ExampleWithConsumerTerm() {
	r, _ := deadline.Compute(calendar.NewDate(2025, time.March, 3), deadline.Term{}, deadline.WithConsumerTerm(deadline.Days(14)))
	fmt.Println(r.Due, r.SetByConsumer, r.Steps[0].Text)
	// Output: 2025-03-17 true Срок назначен потребителем: 14 календарных дней.
}

// The special non-working days of spring 2020 do not move a term (ВС РФ,
// Обзор № 1 от 21.04.2020, вопрос 5) unless asked to.
func ExampleSpecialNonWorkingDaysOff() {
	event := calendar.NewDate(2020, time.March, 20)
	byCourt, _ := deadline.Due(event, deadline.Days(10))
	other, _ := deadline.Due(event, deadline.Days(10), deadline.SpecialNonWorkingDaysOff())
	fmt.Println(byCourt, other)
	// Output: 2020-03-30 2020-05-12
}

// ГК РФ ст. 194: "overdue" is judged at the place of performance, so a
// service in Vladivostok agrees with one in Kaliningrad.
func ExampleResult_Overdue() {
	r, _ := deadline.Compute(calendar.NewDate(2024, time.December, 25), deadline.Days(10))
	vladivostok, _ := time.LoadLocation("Asia/Vladivostok")
	fmt.Println(r.ExpiresAt(r.Place))
	fmt.Println(r.Overdue(time.Date(2025, time.January, 10, 6, 30, 0, 0, vladivostok)))
	fmt.Println(r.Overdue(time.Date(2025, time.January, 10, 7, 30, 0, 0, vladivostok)))
	// Output:
	// 2025-01-10 00:00:00 +0300 MSK
	// false
	// true
}

func ExampleTerm_String() {
	fmt.Println(deadline.Days(21), "|", deadline.Workdays(3), "|", deadline.Months(2), "|", deadline.Years(5))
	// Output: 21 календарный день | 3 рабочих дня | 2 месяца | 5 лет
}
