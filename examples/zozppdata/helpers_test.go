package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// sample reads a file of testdata/ (see testdata/README.md for where each
// format is documented and whether the file is a capture).
func sample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

// date parses a date or fails the test.
func date(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func pct(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// assertSameHistory compares two histories row by row, rates by value
// (penalty.LoadRates may return 21.00 as 21).
func assertSameHistory(t *testing.T, want, got rateHistory, msgAndArgs ...any) {
	t.Helper()
	require.Len(t, got, len(want), msgAndArgs...)
	for i := range want {
		w, g := want[i], got[i]
		assert.True(t, w.From == g.From && w.Kind == g.Kind && w.Source == g.Source && w.Percent.Equal(g.Percent),
			"row %d: want %s %s %s %q, got %s %s %s %q", i, w.From, w.Percent, w.Kind, w.Source, g.From, g.Percent, g.Kind, g.Source)
	}
}

// xmlYear parses an xmlcalendar sample.
func xmlYear(t testing.TB, name string) *publishedYear {
	t.Helper()
	y, err := parseXMLCalendar(sample(t, name))
	require.NoError(t, err)
	return y
}
