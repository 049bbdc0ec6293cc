package calendar_test

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ru"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// TestBusinessCalendarAgrees checks the rickar/cal view on every covered day.
func TestBusinessCalendarAgrees(t *testing.T) {
	c := calendar.Russia()
	bc := c.BusinessCalendar()
	msk, err := time.LoadLocation("Europe/Moscow")
	require.NoError(t, err)
	for x := c.First(); !x.After(c.Last()); x = x.AddDays(1) {
		tm := x.In(msk).Add(12 * time.Hour)
		require.Equal(t, c.IsWorkday(x), bc.IsWorkday(tm), "IsWorkday %s", x)
		actual, _, _ := bc.IsHoliday(tm)
		require.Equal(t, c.IsHoliday(x), actual, "IsHoliday %s", x)
	}
	from, to := d("2024-01-01").In(time.UTC), d("2024-12-31").In(time.UTC)
	assert.Equal(t, c.Workdays(d("2024-01-01"), d("2024-12-31")), bc.WorkdaysInRange(from, to))
	assert.Equal(t, c.AddWorkdays(d("2024-12-27"), 3), calendar.DateOf(bc.WorkdaysFrom(d("2024-12-27").In(time.UTC), 3)))
	// Outside the covered range it falls back to Monday–Friday without looping forever.
	assert.Equal(t, "2040-01-09", calendar.DateOf(bc.WorkdaysFrom(d("2040-01-06").In(time.UTC), 1)).String())
}

// rickarRU is rickar/cal/v2's own Russian calendar, as its users build it.
func rickarRU() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.AddHoliday(ru.Holidays...)
	return bc
}

// TestRickarRUDisagreement counts the days of 2015–2026 on which rickar/cal's
// ru package and the production calendar disagree on "working day or not".
// The README quotes this figure; if rickar/cal changes, update both.
func TestRickarRUDisagreement(t *testing.T) {
	c := calendar.Russia()
	theirs := rickarRU()
	disagree, theyWork, theyRest := 0, 0, 0
	for x := d("2015-01-01"); x.Year() <= 2026; x = x.AddDays(1) {
		ours := c.IsWorkday(x)
		if ours != theirs.IsWorkday(x.In(time.UTC).Add(12*time.Hour)) {
			disagree++
			if ours {
				theyRest++
			} else {
				theyWork++
			}
		}
	}
	t.Logf("rickar/cal v2 ru vs production calendar, 2015–2026: %d days differ (%d days off it calls working, %d working days it calls off)", disagree, theyWork, theyRest)
	assert.Equal(t, 135, disagree)
	assert.Equal(t, 120, theyWork)
	assert.Equal(t, 15, theyRest)
}
