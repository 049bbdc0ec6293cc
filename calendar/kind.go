package calendar

import "time"

// Kind classifies a day of the production calendar.
type Kind uint8

// The kinds of day. Only Workday and WorkingWeekend are working days of the
// production calendar.
const (
	// Unknown is a day outside the calendar's covered range: nothing is known
	// about it and nothing is guessed.
	Unknown Kind = iota
	// Workday is an ordinary working day, Monday to Friday (ТК РФ ст. 91, 111).
	Workday
	// Weekend is a Saturday or a Sunday, the weekly rest days of the
	// five-day week (ТК РФ ст. 111).
	Weekend
	// Holiday is a нерабочий праздничный день of ТК РФ ст. 112 ч. 1 (КЗоТ
	// РСФСР ст. 65 before 01.02.2002), also when it falls on a weekend.
	Holiday
	// DayOff is a weekday made a day off by a transfer: the automatic move of
	// a weekend that coincided with a holiday (ТК РФ ст. 112 ч. 2) or a
	// Government transfer decree (ТК РФ ст. 112 ч. 5).
	DayOff
	// WorkingWeekend is a Saturday or Sunday made a working day by a
	// Government transfer decree.
	WorkingWeekend
	// NonWorking is a special non-working day with pay kept, declared by a
	// Presidential decree (spring 2020, May and November 2021). It is not a
	// weekend, holiday or transferred day off in the sense of the Civil Code
	// (ВС РФ, Обзор № 1 от 21.04.2020, вопрос 5); see NonWorkingAsWorkdays.
	NonWorking
)

var kindNames = [...]string{
	Unknown:        "unknown",
	Workday:        "workday",
	Weekend:        "weekend",
	Holiday:        "holiday",
	DayOff:         "dayoff",
	WorkingWeekend: "working-weekend",
	NonWorking:     "non-working",
}

var kindRussian = [...]string{
	Unknown:        "нет данных",
	Workday:        "рабочий день",
	Weekend:        "выходной день",
	Holiday:        "нерабочий праздничный день",
	DayOff:         "перенесённый выходной день",
	WorkingWeekend: "рабочий выходной день (перенос)",
	NonWorking:     "нерабочий день по указу Президента РФ",
}

// String returns the English name of k: "workday", "weekend", "holiday",
// "dayoff", "working-weekend", "non-working" or "unknown".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Russian returns the Russian name of k, as used in explanations.
func (k Kind) Russian() string {
	if int(k) < len(kindRussian) {
		return kindRussian[k]
	}
	return kindRussian[Unknown]
}

// mask returns the bit of k in a set of kinds.
func (k Kind) mask() uint8 { return 1 << k }

// Day is everything the calendar knows about one date.
type Day struct {
	Date Date
	Kind Kind
	// Shortened marks a pre-holiday working day shortened by one hour
	// (ТК РФ ст. 95 ч. 1).
	Shortened bool
	// Name is the holiday's name or what was transferred, in Russian:
	// "Новогодние каникулы", "перенос выходного дня с 06.01.2024".
	Name string
	// Basis cites the act the day's kind comes from: "ТК РФ ст. 112 ч. 1",
	// "Постановление Правительства РФ от 10.08.2023 № 1314".
	Basis string
	// Provisional is set for a year with no transfer decree in the data: the
	// day is derived from the statute alone and a later decree may change it.
	Provisional bool
}

// IsWorkday reports whether the day is a working day of the production
// calendar (Workday or WorkingWeekend).
func (d Day) IsWorkday() bool { return d.Kind == Workday || d.Kind == WorkingWeekend }

var weekdaysRussian = [...]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"}

// RussianWeekday returns the Russian name of wd: "понедельник", "суббота".
func RussianWeekday(wd time.Weekday) string {
	if wd < time.Sunday || wd > time.Saturday {
		return ""
	}
	return weekdaysRussian[wd]
}
