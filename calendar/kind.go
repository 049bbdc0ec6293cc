package calendar

import (
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

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
	// (ВС РФ, Обзор № 1 от 21.04.2020, вопрос 5); see [Calendar.CivilView].
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

var kindText = [...][2]string{
	Unknown:        {"нет данных", "unknown day"},
	Workday:        {"рабочий день", "working day"},
	Weekend:        {"выходной день", "weekend day"},
	Holiday:        {"нерабочий праздничный день", "non-working public holiday"},
	DayOff:         {"перенесённый выходной день", "transferred day off"},
	WorkingWeekend: {"рабочий выходной день (перенос)", "weekend day made a working day"},
	NonWorking:     {"нерабочий день по указу Президента РФ", "non-working day by Presidential decree"},
}

// String returns the English name of k: "workday", "weekend", "holiday",
// "dayoff", "working-weekend", "non-working" or "unknown".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Text names k in lang as explanations write it: "нерабочий праздничный
// день", "non-working public holiday".
func (k Kind) Text(lang law.Lang) string {
	if int(k) >= len(kindText) {
		k = Unknown
	}
	if lang == law.English {
		return kindText[k][1]
	}
	return kindText[k][0]
}

// MarshalText encodes the kind's English name, as String returns it.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText accepts a name returned by String.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("calendar: unknown day kind %q: accepted are %v", law.Clip(string(b)), kindNames[:])
}

// mask returns the bit of k in a set of kinds.
func (k Kind) mask() uint8 { return 1 << k }

// Day is everything the calendar knows about one date.
type Day struct {
	Date Date `json:"date"`
	Kind Kind `json:"kind"`
	// Shortened marks a pre-holiday working day shortened by one hour
	// (ТК РФ ст. 95 ч. 1).
	Shortened bool `json:"shortened,omitempty"`
	// Provisional is set for a year with no transfer decree in the data: the
	// day is derived from the statute alone and a later decree may change it.
	Provisional bool `json:"provisional,omitempty"`
	// Name is the holiday's name or what was transferred, in Russian
	// ("Новогодние каникулы", "перенос выходного дня с 06.01.2024"), and
	// NameEN the same in English; empty for an ordinary day.
	Name   string `json:"name,omitempty"`
	NameEN string `json:"name_en,omitempty"`
	// Basis cites the act the day's kind comes from: ТК РФ ст. 112 ч. 1,
	// Постановление Правительства РФ от 10.08.2023 № 1314.
	Basis law.Ref `json:"basis,omitzero"`
}

// IsWorkday reports whether the day is a working day of the production
// calendar (Workday or WorkingWeekend).
func (d Day) IsWorkday() bool { return d.Kind == Workday || d.Kind == WorkingWeekend }

// NameText returns the day's name in lang (Name or NameEN), falling back
// to the Russian name where no English one is known.
func (d Day) NameText(lang law.Lang) string {
	if lang == law.English && d.NameEN != "" {
		return d.NameEN
	}
	return d.Name
}

var weekdayRU = [...]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"}

// WeekdayText names wd in lang: "понедельник", "суббота"; "Monday",
// "Saturday".
func WeekdayText(wd time.Weekday, lang law.Lang) string {
	if wd < time.Sunday || wd > time.Saturday {
		return ""
	}
	if lang == law.English {
		return wd.String()
	}
	return weekdayRU[wd]
}
