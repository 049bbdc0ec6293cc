package penalty_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// day parses "2006-01-02" or "02.01.2006" for tests.
func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// dec parses a decimal for tests.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
