package calendar_test

import (
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// An office open 09:00–18:00 with a lunch break is told of a complaint at
// 17:30 on 30 December 2025 and must react within one working hour: half an
// hour is left that day, and the office next opens after the New Year
// holidays.
func ExampleSchedule_Add() {
	week := calendar.Weekdays(
		calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(13, 0)},
		calendar.Interval{Start: calendar.At(14, 0), End: calendar.At(18, 0)},
	)
	office, err := calendar.NewSchedule(calendar.Russia(), week) // Europe/Moscow
	if err != nil {
		panic(err)
	}
	received := time.Date(2025, 12, 30, 17, 30, 0, 0, office.Location())
	due, _ := office.Add(received, time.Hour)
	fmt.Println(due.Format("02.01.2006 15:04 MST"))
	// Output: 12.01.2026 09:30 MSK
}

// Between counts only working hours: the pre-holiday Friday before
// 8 March 2025 closes an hour early (ТК РФ ст. 95 ч. 1).
func ExampleSchedule_Between() {
	office, _ := calendar.NewSchedule(calendar.Russia(),
		calendar.Weekdays(calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(18, 0)}))
	msk := office.Location()
	week, _ := office.Between(time.Date(2025, 3, 3, 9, 0, 0, 0, msk), time.Date(2025, 3, 10, 9, 0, 0, 0, msk))
	friday, _ := office.On(calendar.NewDate(2025, 3, 7))
	fmt.Println(week, friday.Close.Format("15:04"), friday.Shortened)
	// Output: 44h0m0s 17:00 true
}

// The office's own zone decides the day: 17:30 in Moscow on 30 December is
// already 31 December, a day off, in Vladivostok.
func ExampleSchedule_NextOpen() {
	vladivostok, _ := time.LoadLocation("Asia/Vladivostok")
	office, _ := calendar.NewSchedule(calendar.Russia(),
		calendar.Weekdays(calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(18, 0)}),
		calendar.InLocation(vladivostok))
	moscowEvening := time.Date(2025, 12, 30, 17, 30, 0, 0, time.FixedZone("MSK", 3*3600))
	next, _ := office.NextOpen(moscowEvening)
	fmt.Println(next.Format(time.RFC3339))
	// Output: 2026-01-12T09:00:00+10:00
}

// A regional calendar adds the republic's own non-working days, each citing
// its act, and covers only the years its data covers.
func ExampleCalendar_Region() {
	ufa, err := calendar.Russia().Region("RU-BA")
	if err != nil {
		panic(err)
	}
	for _, d := range []calendar.Date{calendar.NewDate(2025, 10, 11), calendar.NewDate(2025, 10, 13)} {
		day := ufa.Day(d)
		fmt.Println(d, day.Kind, day.Name)
	}
	fmt.Println(ufa.First(), ufa.Last())
	// Output:
	// 2025-10-11 holiday День Республики Башкортостан
	// 2025-10-13 dayoff перенос выходного дня с 11.10.2025 (День Республики совпал с субботой)
	// 2024-01-01 2026-12-31
}

func ExampleRegions() {
	for _, r := range calendar.Regions() {
		fmt.Println(r.Code, r.Name, r.FirstYear, r.LastYear)
	}
	_, err := calendar.Russia().Region("RU-CE")
	fmt.Println(err != nil)
	// Output:
	// RU-BA Республика Башкортостан 2024 2026
	// RU-TA Республика Татарстан 2024 2026
	// true
}
