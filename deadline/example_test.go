package deadline_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

// A refund demand (ЗоЗПП ст. 22: 10 days) received on 25 December 2024: the
// tenth day falls on the New Year holidays, so the term ends on the first
// working day after them (ГК РФ ст. 193).
func ExampleCompute() {
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
func ExampleDue() {
	due, err := deadline.Due(calendar.NewDate(2024, time.December, 27), deadline.Workdays(3))
	fmt.Println(due, err)
	// Output: 2025-01-10 <nil>
}

// A replacement when the goods are out of stock (ЗоЗПП ст. 21 п. 1: one
// month) from 31 January: February has no 31st, so the term ends on its
// last day (ГК РФ ст. 192 п. 3).
func ExampleMonths() {
	for _, year := range []int{2024, 2025} {
		r, _ := deadline.Compute(calendar.NewDate(year, time.January, 31), deadline.Months(1))
		fmt.Println(r.End, law.Join(r.Steps()[1].Refs, law.Russian))
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
	fmt.Println(r.Due, r.SetBy, r.Steps()[0].Text(law.Russian))
	// Output: 2025-03-17 consumer Срок назначен потребителем: 14 календарных дней.
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

// The same explanation in English, rendered from the same data.
func ExampleResult_Text() {
	r, _ := deadline.Compute(calendar.NewDate(2024, time.December, 25), deadline.Days(10))
	fmt.Println(r.Text(law.English))
	// Output:
	// The term begins on the day after the event (25 December 2024): on 26 December 2024. [Civil Code of the Russian Federation, Art. 191]
	// A term of 10 calendar days expires on its last, 10th day: 4 January 2025. [Civil Code of the Russian Federation, Art. 190, 191]
	// 4 January 2025 is a non-working public holiday (New Year holidays), Labour Code of the Russian Federation, Art. 112, Part 1 (as amended by Federal Law of 23 April 2012 No. 35-FZ); the term therefore ends on the next working day, 9 January 2025. [Civil Code of the Russian Federation, Art. 193]
	// The obligation must be performed by 24:00 on 9 January 2025 at the place of performance; delay runs from 10 January 2025. [Civil Code of the Russian Federation, Art. 194, Cl. 1]
}

// Each step is data: a stable code, the provisions it applies and the
// facts it used; a program can switch on the code.
func ExampleResult_Steps() {
	r, _ := deadline.Compute(calendar.NewDate(2024, time.December, 25), deadline.Days(10))
	for _, s := range r.Steps() {
		fmt.Println(s.Code, law.Join(s.Refs, law.Russian))
	}
	shift := r.Steps()[2]
	fmt.Println(shift.From, shift.Day.Kind, shift.Day.Basis.Act.Kind, shift.Date)
	// Output:
	// gk191.start ГК РФ ст. 191
	// gk191.end_days ГК РФ ст. 190, 191
	// gk193.shift ГК РФ ст. 193
	// gk194.deadline ГК РФ ст. 194 п. 1
	// 2025-01-04 holiday labour_code 2025-01-09
}

// A payday that falls on a day off is paid on the working day before it
// (ТК РФ ст. 136 ч. 8), not after: 5 January 2025 is paid on Saturday
// 28 December 2024, a working day by Постановление Правительства РФ от
// 10.08.2023 № 1314, which also made 30 and 31 December days off.
func ExampleShiftBack() {
	r, _ := deadline.OnDate(calendar.NewDate(2025, time.January, 5), deadline.ShiftBack())
	fmt.Println(r.Due)
	fmt.Println(r.Steps()[1].Text(law.Russian))
	// Output:
	// 2024-12-28
	// 05.01.2025 — нерабочий праздничный день (Новогодние каникулы), ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ); выплата производится накануне этого дня — 28.12.2024.
}

// A repair term agreed in writing may not exceed 45 days (ЗоЗПП ст. 20
// п. 1): the check is its own step, and a longer term is an error.
func ExampleNotLongerThan() {
	maxRepair := deadline.NotLongerThan(deadline.Days(45), law.MustRef("Закон РФ от 07.02.1992 № 2300-1, ст. 20 п. 1"))
	r, err := deadline.Compute(calendar.NewDate(2025, time.March, 3), deadline.Term{}, deadline.WithAgreedTerm(deadline.Days(20)), maxRepair)
	fmt.Println(r.Due, err)
	_, err = deadline.Compute(calendar.NewDate(2025, time.March, 3), deadline.Term{}, deadline.WithAgreedTerm(deadline.Days(60)), maxRepair)
	fmt.Println(errors.Is(err, deadline.ErrTermTooLong))
	// Output:
	// 2025-03-24 <nil>
	// true
}
