package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDataGovCSV(t *testing.T) {
	years, err := parseDataGovCSV(sample(t, "datagov-2024-2026.DERIVED.csv"))
	require.NoError(t, err)
	require.Len(t, years, 3)
	for i, want := range []int{2024, 2025, 2026} {
		y := years[i]
		assert.Equal(t, want, y.Year)
		// The data set's cells and totals describe the same days as xmlcalendar.
		other := xmlYear(t, "xmlcalendar-ru-"+y.Source[len(y.Source)-4:]+".xml")
		assert.Empty(t, crossCheck(y, other), "%d", want)
	}
	assert.Equal(t, statusShortened, years[2].status(date(t, "2026-11-03")), "3* is a shortened working day")
	assert.Equal(t, statusOff, years[2].status(date(t, "2026-01-09")), "9+ is a transferred day off")
	assert.Equal(t, statusWorking, years[0].status(date(t, "2024-04-27")), "an unlisted Saturday is worked")
}

func TestParseDataGovCSVErrors(t *testing.T) {
	data := string(sample(t, "datagov-2024-2026.DERIVED.csv"))
	lines := strings.SplitN(data, "\n", 3)
	header, row2024 := lines[0], lines[1]
	with := func(rows ...string) string { return header + "\n" + strings.Join(rows, "\n") + "\n" }
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "empty file"},
		{"no month column", strings.Replace(header, `"Март",`, "", 1) + "\n", `line 1: no column "Март"`},
		{"no year rows", header + "\n", "no year rows"},
		{"bad year", with(strings.Replace(row2024, "2024,", "24,", 1)), `line 2: year "24"`},
		{"no such day", with(strings.Replace(row2024, `"3,4,10,11,17,18,22*,23,24,25"`, `"3,4,10,11,17,18,22*,23,24,25,30"`, 1)), `line 2, Февраль 2024: day "30"`},
		{"bad mark", with(strings.Replace(row2024, "22*", "22#", 1)), `line 2, Февраль 2024: day "22#"`},
		{"day twice", with(strings.Replace(row2024, "22*,23", "23,23", 1)), "line 2, Февраль 2024: day 23 listed twice"},
		{"working days", with(strings.Replace(row2024, ",248,", ",247,", 1)), "line 2: Всего рабочих дней for 2024 is 247, but the month cells give 248"},
		{"days off", with(strings.Replace(row2024, ",118,", ",117,", 1)), "line 2: Всего праздничных и выходных дней for 2024 is 117, but the month cells give 118"},
		{"hours", with(strings.Replace(row2024, ",1979", ",1984", 1)), "line 2: Количество рабочих часов при 40-часовой рабочей неделе for 2024 is 1984, but the month cells give 1979"},
		{"two rows for a year", with(row2024, row2024), "lines 2 and 3: two rows for 2024"},
		{"short row", with("2024,1"), "line 2: 2 fields, the header has 16"},
		{"not CSV", header + "\n2024,\"1,2\n", "not CSV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseDataGovCSV([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
