package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// decree returns the embedded yearly act for year.
func decree(t *testing.T, year int) calendar.Act {
	def := calendar.Russia().Definition()
	i := slices.IndexFunc(def.Acts, func(a calendar.Act) bool { return a.Year == year && a.Yearly })
	require.GreaterOrEqual(t, i, 0, "no decree for %d in the embedded data", year)
	return def.Acts[i]
}

// transfers lists an act's transfers without their notes.
func transfers(a calendar.Act) []calendar.Transfer {
	out := make([]calendar.Transfer, len(a.Transfers))
	for i, t := range a.Transfers {
		out[i] = calendar.Transfer{From: t.From, To: t.To}
	}
	return out
}

func TestYearlyActFromXMLCalendar(t *testing.T) {
	tests := []struct {
		file      string
		year      int
		notes     int // transfers the source does not pair itself, days it cannot show
		reference string
	}{
		{"xmlcalendar-ru-2020.xml", 2020, 3, "Постановление Правительства РФ от 10.07.2019 № 875"},
		{"xmlcalendar-ru-2021.xml", 2021, 0, "Постановление Правительства РФ от 10.10.2020 № 1648"},
		{"xmlcalendar-ru-2024.xml", 2024, 0, "Постановление Правительства РФ от 10.08.2023 № 1314"},
		{"xmlcalendar-ru-2025.xml", 2025, 0, "Постановление Правительства РФ от 04.10.2024 № 1335"},
		{"xmlcalendar-ru-2026.xml", 2026, 0, "Постановление Правительства РФ от 24.09.2025 № 1466"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			want := decree(t, tt.year)
			act, notes, err := yearlyAct(calendar.Russia().Definition(), xmlYear(t, tt.file), tt.reference, want.Title)
			require.NoError(t, err)
			assert.Equal(t, tt.year, act.Year)
			assert.True(t, act.Yearly)
			assert.Equal(t, tt.reference, act.Citation)
			assert.Equal(t, transfers(want), transfers(act), "the transfers of %s", tt.reference)
			assert.Empty(t, act.Shortened, "every shortened day follows from ТК РФ ст. 95")
			assert.Len(t, notes, tt.notes)
		})
	}
}

func TestYearlyActFromOtherFormats(t *testing.T) {
	isdayoff, err := parseIsDayOff(sample(t, "isdayoff-2026.DERIVED.txt"), 2026)
	require.NoError(t, err)
	datagov, err := parseDataGovCSV(sample(t, "datagov-2024-2026.DERIVED.csv"))
	require.NoError(t, err)
	for _, y := range append([]*publishedYear{isdayoff}, datagov...) {
		t.Run(y.Source, func(t *testing.T) {
			act, notes, err := yearlyAct(calendar.Russia().Definition(), y, "Постановление Правительства РФ (test)", "")
			require.NoError(t, err, "an act is found that reproduces every day")
			assert.Len(t, notes, len(act.Transfers), "without a 'from' every pairing is flagged for review")
			assert.Len(t, act.Transfers, len(decree(t, y.Year).Transfers))
		})
	}
}

func TestYearlyActForAYearOfStatuteOnly(t *testing.T) {
	// The 2027 decree (Постановление Правительства РФ от 17.09.2026 № 1187) as a publication would show it.
	published, err := calendarYear(calendar.Russia(), 2027, "the 2027 calendar")
	require.NoError(t, err)
	want := decree(t, 2027)
	act, _, err := yearlyAct(calendar.Russia().Definition(), published, want.Citation, want.Title)
	require.NoError(t, err)
	assert.Equal(t, transfers(want), transfers(act))
}

func TestYearlyActErrors(t *testing.T) {
	def := calendar.Russia().Definition()
	_, _, err := yearlyAct(def, xmlYear(t, "xmlcalendar-ru-2026-one-day-changed.DERIVED.xml"), "x", "")
	require.Error(t, err, "11.05.2026 worked: the day off owed for Saturday 09.05 went nowhere")
	assert.Contains(t, err.Error(), "the weekend days [2026-05-09] are worked but no day off was moved to a weekday for them")

	holidayWorked := xmlYear(t, "xmlcalendar-ru-2026.xml")
	holidayWorked.set(date(t, "2026-06-12"), statusWorking)
	_, _, err = yearlyAct(def, holidayWorked, "x", "")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "2026-06-12: xmlcalendar ru/2026 (2025.09.30) says working, but it is a holiday")

	extraDayOff := xmlYear(t, "xmlcalendar-ru-2026.xml")
	extraDayOff.set(date(t, "2026-07-15"), statusOff)
	_, _, err = yearlyAct(def, extraDayOff, "x", "")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "days off [2026-07-15] have no weekend day or weekend holiday they could have been moved from")

	tooEarly := newPublishedYear(1990, "old")
	tooEarly.fillWeek()
	_, _, err = yearlyAct(def, tooEarly, "x", "")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "1990 is before the calendar's first year 1999")
}

func TestYearlyActListsAnUnexplainedShortenedDay(t *testing.T) {
	y := xmlYear(t, "xmlcalendar-ru-2026.xml")
	y.set(date(t, "2026-12-30"), statusShortened)
	act, notes, err := yearlyAct(calendar.Russia().Definition(), y, "x", "")
	require.NoError(t, err)
	require.Len(t, act.Shortened, 1)
	assert.Equal(t, date(t, "2026-12-30"), act.Shortened[0].Date)
	require.Len(t, notes, 1)
	assert.Contains(t, notes[0], "not by ТК РФ ст. 95")
}

// TestActJSONIsAcceptedByTheLibrary checks both outputs: the act list
// decodes into []calendar.Act for Calendar.With, and the full definition
// loads with calendar.Load; both give the published days.
func TestActJSONIsAcceptedByTheLibrary(t *testing.T) {
	y := xmlYear(t, "xmlcalendar-ru-2026.xml")
	def := calendar.Russia().Definition()
	act, _, err := yearlyAct(def, y, "Постановление Правительства РФ от 24.09.2025 № 1466", "О переносе выходных дней в 2026 году")
	require.NoError(t, err)

	list, err := marshalCalendarJSON([]calendar.Act{act})
	require.NoError(t, err)
	var acts []calendar.Act
	require.NoError(t, json.Unmarshal(list, &acts))
	without, err := calendar.New(withoutYearly(def, 2026))
	require.NoError(t, err)
	with, err := without.With(acts...)
	require.NoError(t, err)
	got, err := calendarYear(with, 2026, "Calendar.With")
	require.NoError(t, err)
	assert.Empty(t, crossCheck(y, got))
	assert.Equal(t, act.Citation, fmt.Sprint(with.Day(date(t, "2026-01-09")).Basis), "the day cites the decree")

	full, err := marshalCalendarJSON(withAct(withoutYearly(def, 2026), act))
	require.NoError(t, err)
	loaded, err := calendar.Load(bytes.NewReader(full))
	require.NoError(t, err)
	got, err = calendarYear(loaded, 2026, "calendar.Load")
	require.NoError(t, err)
	assert.Empty(t, crossCheck(y, got))
	assert.Equal(t, calendar.Russia().OfficialThrough(), loaded.OfficialThrough())
}

func TestCarryOverKeepsTheReviewersNotes(t *testing.T) {
	def := calendar.Russia().Definition()
	i := slices.IndexFunc(def.Acts, func(a calendar.Act) bool { return a.Year == 2026 && a.Yearly })
	require.GreaterOrEqual(t, i, 0)
	def.Acts[i].Transfers = slices.Clone(def.Acts[i].Transfers)
	def.Acts[i].Transfers[0].Note = "checked against the decree"
	citation, title := def.Acts[i].Citation, def.Acts[i].Title

	act, _, err := yearlyAct(def, xmlYear(t, "xmlcalendar-ru-2026.xml"), citation, "")
	require.NoError(t, err)
	act = carryOver(def, act)
	assert.Equal(t, def.Acts[i], act, "same decree, same transfers: the act in the data is kept as it is")
	assert.Equal(t, title, act.Title)

	act, _, err = yearlyAct(def, xmlYear(t, "xmlcalendar-ru-2026.xml"), "Постановление Правительства РФ (другое)", "")
	require.NoError(t, err)
	act = carryOver(def, act)
	assert.Equal(t, "Постановление Правительства РФ (другое)", act.Citation)
	assert.Empty(t, act.Title, "another decree does not inherit the title")
	assert.Equal(t, "checked against the decree", act.Transfers[0].Note, "an unchanged transfer keeps its note")
}
