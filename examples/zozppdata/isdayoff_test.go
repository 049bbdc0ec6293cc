package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseIsDayOff(t *testing.T) {
	y, err := parseIsDayOff(sample(t, "isdayoff-2026.DERIVED.txt"), 2026)
	require.NoError(t, err)
	assert.Equal(t, "isdayoff 2026", y.Source)
	require.Len(t, y.Days, 365)
	// source: isdayoff.ru/20260109 → 1, /20260430?pre=1 → 2, /20260511 → 1 (research notes, A4)
	for d, s := range map[string]dayStatus{
		"2026-01-09": statusOff, "2026-04-30": statusShortened, "2026-05-11": statusOff,
		"2026-01-12": statusWorking, "2026-12-31": statusOff,
	} {
		assert.Equal(t, s, y.status(date(t, d)), d)
	}

	covid := "0" + strings.Repeat("4", 365)
	y, err = parseIsDayOff([]byte(covid+"\n"), 2020)
	require.NoError(t, err, "a leap year has 366 days; a final newline is allowed")
	assert.Equal(t, statusNonWorking, y.status(date(t, "2020-04-29")), "isdayoff.ru/20200429?covid=1 → 4")
	assert.False(t, y.NonWorkingAsOff)
}

func TestParseIsDayOffErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		year int
		want string
	}{
		{"a month, not a year", strings.Repeat("0", 31), 2026, "31 characters for 2026, which has 365 days"},
		{"leap year", strings.Repeat("0", 365), 2024, "365 characters for 2024, which has 366 days"},
		{"separator", strings.Repeat("0,", 365), 2026, "730 characters"},
		{"bad digit", "00003" + strings.Repeat("0", 360), 2026, `position 5 (2026-01-05): '3': accepted digits are 0 (working), 1 (non-working), 2 (shortened), 4`},
		{"error code 101", "101", 2026, "the service answered error 101: no data for that date"},
		{"error code 100", "100\n", 2026, "error 100: a wrong date"},
		{"no year", "0", 0, "year 0: accepted is the year the answer is for"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseIsDayOff([]byte(tt.data), tt.year)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
