package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

func TestCrossCheck(t *testing.T) {
	isdayoff, err := parseIsDayOff(sample(t, "isdayoff-2026.DERIVED.txt"), 2026)
	require.NoError(t, err)
	embedded, err := calendarYear(calendar.Russia(), 2026, "the embedded calendar")
	require.NoError(t, err)
	xml2026 := xmlYear(t, "xmlcalendar-ru-2026.xml")
	changed := xmlYear(t, "xmlcalendar-ru-2026-one-day-changed.DERIVED.xml")
	tests := []struct {
		name string
		a, b *publishedYear
		want []disagreement
	}{
		{"xmlcalendar and isdayoff", xml2026, isdayoff, nil},
		{"xmlcalendar and the embedded calendar", xml2026, embedded, nil},
		{"one day changed, against isdayoff", changed, isdayoff, []disagreement{{Date: date(t, "2026-05-11"), A: statusWorking, B: statusOff}}},
		{"one day changed, against the embedded calendar", changed, embedded, []disagreement{{Date: date(t, "2026-05-11"), A: statusWorking, B: statusOff}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, crossCheck(tt.a, tt.b))
		})
	}
}

func TestCrossCheckNonWorkingDays(t *testing.T) {
	// Указ Президента РФ от 02.04.2020 № 239: 04.04–30.04.2020 non-working.
	embedded, err := calendarYear(calendar.Russia(), 2020, "the embedded calendar")
	require.NoError(t, err)
	assert.Equal(t, statusNonWorking, embedded.status(date(t, "2020-04-15")))
	assert.Empty(t, crossCheck(xmlYear(t, "xmlcalendar-ru-2020.xml"), embedded), "xmlcalendar shows them as days off and says so")

	strict := xmlYear(t, "xmlcalendar-ru-2020.xml")
	strict.NonWorkingAsOff = false
	assert.Len(t, crossCheck(strict, embedded), 29, "a source that tells them apart must do so")
}

func TestPrintDisagreements(t *testing.T) {
	changed := xmlYear(t, "xmlcalendar-ru-2026-one-day-changed.DERIVED.xml")
	isdayoff, err := parseIsDayOff(sample(t, "isdayoff-2026.DERIVED.txt"), 2026)
	require.NoError(t, err)
	var b bytes.Buffer
	printDisagreements(&b, changed, isdayoff, crossCheck(changed, isdayoff))
	assert.Equal(t, `2026: xmlcalendar ru/2026 (2025.09.30) and isdayoff 2026 disagree on 1 day(s):
  date        weekday      xmlcalendar ru/2026 (2025.09.30)  isdayoff 2026
  2026-05-11  понедельник  working                           off
`, b.String())

	b.Reset()
	printDisagreements(&b, isdayoff, isdayoff, nil)
	assert.Equal(t, "2026: isdayoff 2026 and isdayoff 2026 agree on every day\n", b.String())
}
