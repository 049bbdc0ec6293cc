package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

func ExampleParseDate() {
	a, _ := calendar.ParseDate("2024-12-25")
	b, _ := calendar.ParseDate("25.12.2024")
	fmt.Println(a == b, a, b.Russian())
	_, err := calendar.ParseDate("1.3.2024")
	fmt.Println(err)
	// Output:
	// true 2024-12-25 25.12.2024
	// calendar: invalid date "1.3.2024": accepted forms are YYYY-MM-DD, DD.MM.YYYY and an RFC 3339 date-time such as 2024-12-25T10:00:00+03:00
}

// AddMonths applies ГК РФ ст. 192 п. 3: a month from 31 January ends on the
// last day of February.
func ExampleDate_AddMonths() {
	fmt.Println(calendar.NewDate(2024, time.January, 31).AddMonths(1))
	fmt.Println(calendar.NewDate(2025, time.January, 31).AddMonths(1))
	// Output:
	// 2024-02-29
	// 2025-02-28
}

func ExampleCalendar_Day() {
	c := calendar.Russia()
	for _, s := range []string{"2024-04-27", "2024-04-30", "2024-05-01", "2024-11-02"} {
		d, _ := calendar.ParseDate(s)
		day := c.Day(d)
		fmt.Printf("%s %-15s shortened=%-5v %s — %s\n", d.Russian(), day.Kind, day.Shortened, day.Name, day.Basis)
	}
	// Output:
	// 27.04.2024 working-weekend shortened=false рабочий день: выходной перенесён на 29.04.2024 — Постановление Правительства РФ от 10.08.2023 № 1314
	// 30.04.2024 dayoff          shortened=false перенос выходного дня с 02.11.2024 — Постановление Правительства РФ от 10.08.2023 № 1314
	// 01.05.2024 holiday         shortened=false Праздник Весны и Труда — ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ)
	// 02.11.2024 working-weekend shortened=true  рабочий день: выходной перенесён на 30.04.2024 — Постановление Правительства РФ от 10.08.2023 № 1314
}

// The third working day after a claim received on Friday 27 December 2024:
// Saturday 28 December was a working day by decree, 30 and 31 December and
// 1–8 January were days off.
func ExampleCalendar_AddWorkdays() {
	c := calendar.Russia()
	received := calendar.NewDate(2024, time.December, 27)
	fmt.Println(c.AddWorkdays(received, 3))
	fmt.Println(c.Workdays(calendar.NewDate(2025, time.January, 1), calendar.NewDate(2025, time.December, 31)))
	// Output:
	// 2025-01-10
	// 247
}

func ExampleCalendar_NextWorkday() {
	c := calendar.Russia()
	fmt.Println(c.NextWorkday(calendar.NewDate(2026, time.January, 1)))
	// Output: 2026-01-12
}

// The ОСАГО term counts calendar days except нерабочие праздничные дни.
func ExampleCalendar_AddDaysExceptHolidays() {
	c := calendar.Russia()
	fmt.Println(c.AddDaysExceptHolidays(calendar.NewDate(2025, time.December, 25), 20))
	// Output: 2026-01-22
}

// The special non-working days of spring 2020 are days off in the production
// calendar but not for the Civil Code's terms.
func ExampleCalendar_CivilView() {
	c := calendar.Russia()
	sat := calendar.NewDate(2020, time.March, 28)
	fmt.Println(c.NextWorkday(sat), c.CivilView().NextWorkday(sat))
	// Output: 2020-05-12 2020-03-30
}

// Applying next year's decree without a new release.
func ExampleCalendar_With() {
	c, err := calendar.Russia().With(calendar.Act{
		Year:     2028,
		Citation: "Постановление Правительства РФ от 01.09.2027 № 9999 (пример)",
		Yearly:   true,
		Transfers: []calendar.Transfer{
			{From: calendar.NewDate(2028, time.January, 1), To: calendar.NewDate(2028, time.May, 2)},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	day := c.Day(calendar.NewDate(2028, time.May, 2))
	fmt.Println(day.Kind, day.Provisional, day.Basis)
	// Output: dayoff false Постановление Правительства РФ от 01.09.2027 № 9999 (пример)
}

func ExampleLoad() {
	doc := `{"name": "пример", "first_year": 2024, "last_year": 2024,
	  "workday_basis": "ТК РФ ст. 91", "weekend_basis": "ТК РФ ст. 111", "shortened_basis": "ТК РФ ст. 95",
	  "holidays": [{"name": "День России", "month": 6, "days": [12], "from": 2002, "basis": "ТК РФ ст. 112 ч. 1"}]}`
	c, err := calendar.Load(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Day(calendar.NewDate(2024, time.June, 11)).Shortened, c.IsHoliday(calendar.NewDate(2024, time.June, 12)))
	// Output: true true
}

func ExampleCalendar_BusinessCalendar() {
	bc := calendar.Russia().BusinessCalendar()
	jan := time.Date(2025, time.January, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(bc.WorkdaysFrom(jan, 1).Format("2006-01-02"))
	// Output: 2025-01-09
}
