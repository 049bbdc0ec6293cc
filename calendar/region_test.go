package calendar_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

const (
	lawTA = "Закон Республики Татарстан от 19.02.1992 № 1448-XII"
	lawBA = "Закон Республики Башкортостан от 27.02.1992 № ВС-10/21"
)

// TestRegionGolden: days of the regional calendars, each with its source.
func TestRegionGolden(t *testing.T) {
	for _, tc := range []struct {
		code      string
		date      calendar.Date
		kind      calendar.Kind
		shortened bool
		basis     string // a fragment of Day.Basis
		source    string
	}{
		{"RU-TA", calendar.NewDate(2024, 4, 10), calendar.Holiday, false, "Указ Раиса Республики Татарстан",
			"Ураза-байрам 10.04.2024 (среда), указ раиса РТ от 08.02.2024 (kzn.ru)"},
		{"RU-TA", calendar.NewDate(2024, 4, 9), calendar.Workday, true, "ТК РФ ст. 95 ч. 1", "the day before a holiday is one hour shorter"},
		{"RU-TA", calendar.NewDate(2024, 6, 16), calendar.Weekend, false, "ТК РФ ст. 111",
			"Курбан-байрам 16.06.2024 fell on a Sunday: «республиканские праздничные дни отдыха не переносятся» (kzn.ru, 08.02.2024)"},
		{"RU-TA", calendar.NewDate(2024, 6, 17), calendar.Workday, false, "ТК РФ ст. 91", "no day off moved in Tatarstan"},
		{"RU-TA", calendar.NewDate(2024, 8, 30), calendar.Holiday, false, lawTA, "День Республики Татарстан, Закон РТ № 1448-XII"},
		{"RU-TA", calendar.NewDate(2024, 11, 6), calendar.Holiday, false, lawTA, "День Конституции РТ"},
		{"RU-TA", calendar.NewDate(2025, 8, 29), calendar.Workday, true, "ТК РФ ст. 95 ч. 1",
			"Минтруд РТ: 29.08.2025 shortened by ТК РФ ст. 95 ч. 1 before the Saturday holiday (realnoevremya.ru, 15.08.2025)"},
		{"RU-TA", calendar.NewDate(2025, 9, 1), calendar.Workday, false, "ТК РФ ст. 91",
			"Минтруд РТ: 30.08.2025 on a Saturday gives no extra day off"},
		{"RU-TA", calendar.NewDate(2025, 6, 6), calendar.Holiday, false, "Указ Раиса Республики Татарстан", "Курбан-байрам 06.06.2025"},
		{"RU-TA", calendar.NewDate(2026, 3, 20), calendar.Holiday, false, "Указ Раиса Республики Татарстан", "Ураза-байрам 20.03.2026 (mosregtoday.ru, 19.01.2026)"},
		{"RU-TA", calendar.NewDate(2026, 3, 19), calendar.Workday, true, "ТК РФ ст. 95 ч. 1", "evening-kazan.ru, 09.03.2026: 19.03 one hour shorter"},
		{"RU-TA", calendar.NewDate(2026, 8, 28), calendar.Workday, false, "ТК РФ ст. 91", "30.08.2026 is a Sunday: Saturday 29.08 precedes it, nothing is shortened"},
		{"RU-BA", calendar.NewDate(2024, 6, 16), calendar.Holiday, false, "Постановление Правительства Республики Башкортостан от 19.06.2023 № 353",
			"Курбан-байрам 16.06.2024 (КонсультантПлюс, cons_doc_LAW_311098)"},
		{"RU-BA", calendar.NewDate(2024, 6, 17), calendar.DayOff, false, lawBA,
			"17.06.2024 additional day off (Минсемтруд РБ через bashinform.ru, 23.05.2024)"},
		{"RU-BA", calendar.NewDate(2025, 3, 31), calendar.DayOff, false, lawBA, "Ураза-байрам 30.03.2025 on a Sunday: day off 31.03"},
		{"RU-BA", calendar.NewDate(2025, 10, 10), calendar.Workday, true, "ТК РФ ст. 95 ч. 1", "Минсемтруд РБ: 10.10.2025 one hour shorter"},
		{"RU-BA", calendar.NewDate(2025, 10, 11), calendar.Holiday, false, lawBA, "День Республики Башкортостан"},
		{"RU-BA", calendar.NewDate(2025, 10, 13), calendar.DayOff, false, lawBA, "Минсемтруд РБ: day off moved to Monday 13.10.2025 (news.mail.ru, 23.09.2025)"},
		{"RU-BA", calendar.NewDate(2026, 10, 12), calendar.DayOff, false, lawBA, "11.10.2026 is a Sunday; the law moves the day off to the next working day"},
		{"RU-BA", calendar.NewDate(2026, 1, 9), calendar.DayOff, false, "Постановление Правительства РФ от 24.09.2025 № 1466", "federal days stay as they are"},
	} {
		c := region(t, tc.code)
		d := c.Day(tc.date)
		assert.Equal(t, tc.kind, d.Kind, "%s %s: %s", tc.code, tc.date, tc.source)
		assert.Equal(t, tc.shortened, d.Shortened, "%s %s: %s", tc.code, tc.date, tc.source)
		assert.Contains(t, fmt.Sprint(d.Basis), tc.basis, "%s %s: %s", tc.code, tc.date, tc.source)
	}
}

// TestRegionYearTotals: the number of working days per year matches the
// regional production calendars.
func TestRegionYearTotals(t *testing.T) {
	for _, tc := range []struct {
		code     string
		year     int
		workdays int
		source   string
	}{
		{"RU-TA", 2024, 245, "Минтруд РТ, производственный календарь на 2024 год (rt.rbc.ru, 26.10.2023)"},
		{"RU-TA", 2025, 245, "Минтруд РТ, производственный календарь на 2025 год (tatcenter.ru)"},
		{"RU-TA", 2026, 244, "Минтруд РТ, производственный календарь на 2026 год (realnoevremya.ru, 21.11.2025)"},
		{"RU-BA", 2024, 245, "Минсемтруд РБ (bashinform.ru, 23.05.2024)"},
		{"RU-BA", 2025, 244, "federal 247 less 31.03, 06.06 and 13.10 (the days above)"},
		{"RU-BA", 2026, 244, "производственный календарь РБ на 2026 год (news-bash.ru, 25.11.2025)"},
	} {
		c := region(t, tc.code)
		got := c.Workdays(calendar.NewDate(tc.year, 1, 1), calendar.NewDate(tc.year, 12, 31))
		assert.Equal(t, tc.workdays, got, "%s %d: %s", tc.code, tc.year, tc.source)
	}
}

// TestRegionShortenedBashkortostan2024: the full list of shortened days
// published by the republic's ministry (bashinform.ru, 23.05.2024).
func TestRegionShortenedBashkortostan2024(t *testing.T) {
	var got []string
	for _, d := range region(t, "RU-BA").Days(2024) {
		if d.Shortened {
			got = append(got, d.Date.Format("02.01"))
		}
	}
	assert.Equal(t, []string{"22.02", "07.03", "09.04", "08.05", "11.06", "10.10", "02.11"}, got)
}

// TestRegionCitesItsActs: every day a region changes cites the regional act
// (or ТК РФ ст. 95 ч. 1 for a shortened day), never the federal weekend
// shift, and the rest of the calendar is the federal one.
func TestRegionCitesItsActs(t *testing.T) {
	for _, info := range calendar.Regions() {
		c := region(t, info.Code)
		law := lawTA
		if info.Code == "RU-BA" {
			law = "Башкортостан"
		}
		changed := 0
		for d := c.First(); !d.After(c.Last()); d = d.AddDays(1) {
			fed, reg := calendar.Russia().Day(d), c.Day(d)
			if fed.Kind == reg.Kind && fed.Shortened == reg.Shortened {
				assert.Equal(t, fed, reg, "%s %s is federal", info.Code, d)
				continue
			}
			changed++
			basis := fmt.Sprint(reg.Basis)
			assert.NotContains(t, basis, "112 ч. 2", "%s %s", info.Code, d)
			if reg.Kind == fed.Kind {
				assert.Contains(t, basis, "ТК РФ ст. 95 ч. 1", "%s %s: a shortened day", info.Code, d)
			} else {
				assert.True(t, strings.Contains(basis, law) || strings.Contains(basis, info.Name[len("Республика "):len("Республика ")+8]),
					"%s %s cites %q", info.Code, d, basis)
				assert.NotEmpty(t, reg.Name, "%s %s", info.Code, d)
				assert.NotEmpty(t, reg.NameEN, "%s %s", info.Code, d)
			}
		}
		assert.Greater(t, changed, 10, info.Code)
	}
}

func TestRegions(t *testing.T) {
	regions := calendar.Regions()
	require.Len(t, regions, 2)
	assert.Equal(t, "RU-BA", regions[0].Code)
	assert.Equal(t, "RU-TA", regions[1].Code)
	for _, r := range regions {
		assert.Equal(t, 2024, r.FirstYear, r.Code)
		assert.Equal(t, 2026, r.LastYear, r.Code)
		assert.NotEmpty(t, r.Name+r.NameEN+r.Law+r.LawEN+r.WeekendRule+r.WeekendRuleEN, r.Code)
		assert.NotEmpty(t, r.Sources, r.Code)
		perYear := map[string]int{"RU-BA": 3, "RU-TA": 4}[r.Code] // Ураза, Курбан, the republic's day(s)
		assert.Len(t, r.Holidays, 3*perYear, r.Code)
		for _, h := range r.Holidays {
			wd := h.Date.Weekday()
			weekend := wd == time.Saturday || wd == time.Sunday
			if r.Code == "RU-BA" {
				assert.Equal(t, weekend, !h.MovedTo.IsZero(), "%s %s: Bashkortostan moves a weekend holiday", r.Code, h.Date)
			} else {
				assert.True(t, h.MovedTo.IsZero(), "%s %s: Tatarstan moves nothing", r.Code, h.Date)
			}
			assert.NotEmpty(t, h.Basis, h.Date.String())
		}
	}
	// The listing is a copy.
	regions[0].Holidays[0].Name = "changed"
	assert.NotEqual(t, "changed", calendar.Regions()[0].Holidays[0].Name)
}

func TestRegionLookup(t *testing.T) {
	a := region(t, "RU-TA")
	for _, code := range []string{"ru-ta", " TA ", "ta"} {
		b, err := calendar.Russia().Region(code)
		require.NoError(t, err, code)
		assert.Same(t, a, b, "%q: built once and shared", code)
	}
	civil, err := calendar.Russia().CivilView().Region("RU-TA")
	require.NoError(t, err)
	assert.True(t, civil.IsCivilView(), "the view is kept")
	assert.Same(t, a, civil.ProductionView())
	assert.Contains(t, a.Name(), "Республика Татарстан (RU-TA)")
	assert.Equal(t, calendar.NewDate(2024, 1, 1), a.First())
	assert.Equal(t, calendar.NewDate(2026, 12, 31), a.Last())
	assert.False(t, a.Covers(calendar.NewDate(2023, 8, 30)), "no regional data for 2023: nothing is guessed")
	assert.True(t, a.AddWorkdays(calendar.NewDate(2026, 12, 30), 2).IsZero(), "beyond the region's years")

	for _, tc := range []struct{ code, want string }{
		{"RU-CE", "RU-CE is not covered"},
		{"RU-SA", "only for staff"},
		{"RU-XX", "not an ISO 3166-2 code"},
		{"", "not an ISO 3166-2 code"},
		{strings.Repeat("Ю", 100), "not an ISO 3166-2 code"},
	} {
		_, err := calendar.Russia().Region(tc.code)
		require.ErrorIs(t, err, calendar.ErrUnknownRegion, tc.code)
		assert.Contains(t, err.Error(), tc.want, tc.code)
		assert.Contains(t, err.Error(), "covered are RU-BA (Республика Башкортостан, 2024–2026), RU-TA", tc.code)
	}
	_, err = a.Region("RU-BA")
	require.ErrorIs(t, err, calendar.ErrInvalidCalendar, "a regional calendar is not a base for another region")
	_, err = (&calendar.Calendar{}).Region("RU-TA")
	require.ErrorIs(t, err, calendar.ErrInvalidCalendar)
	var nilCal *calendar.Calendar
	_, err = nilCal.Region("RU-TA")
	require.ErrorIs(t, err, calendar.ErrInvalidCalendar)
}

// TestRegionOnOwnCalendar: Region works on any calendar with the federal
// law; such results are built on each call, not shared.
func TestRegionOnOwnCalendar(t *testing.T) {
	own, err := calendar.New(calendar.Russia().Definition())
	require.NoError(t, err)
	a, err := own.Region("RU-BA")
	require.NoError(t, err)
	b, err := own.Region("RU-BA")
	require.NoError(t, err)
	assert.NotSame(t, a, b)
	assert.Equal(t, calendar.DayOff, a.Day(calendar.NewDate(2025, 10, 13)).Kind)

	short := calendar.Russia().Definition()
	short.LastYear = 2020
	short.Acts = nil
	old, err := calendar.New(short)
	require.NoError(t, err)
	_, err = old.Region("RU-TA")
	require.ErrorIs(t, err, calendar.ErrNotCovered, "no year in common")
}

// TestRegionConcurrent: the regional calendars are built once, however many
// goroutines ask at once, and are safe to share.
func TestRegionConcurrent(t *testing.T) {
	got := make(chan *calendar.Calendar, 16)
	for range 16 {
		go func() {
			c, err := calendar.Russia().Region("RU-BA")
			if err != nil {
				got <- nil
				return
			}
			_ = c.Workdays(calendar.NewDate(2025, 1, 1), calendar.NewDate(2025, 12, 31))
			got <- c
		}()
	}
	first := <-got
	require.NotNil(t, first)
	for range 15 {
		assert.Same(t, first, <-got)
	}
}
