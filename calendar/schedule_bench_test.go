package calendar_test

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// The working-hours benchmarks run the same work on both libraries: an
// office open 09:00–18:00 without a break (rickar/cal has one interval a
// day) on the Russian production calendar, the pre-holiday day closing at
// 17:00. rickar/cal gets our calendar through BusinessCalendar and the
// shortened days through WorkdayEndFunc, so both answer the same question
// and TestRickarAgrees checks that they answer it the same way.

func flatWeek() calendar.Week {
	return calendar.Weekdays(calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(18, 0)})
}

func rickarOffice(c *calendar.Calendar) *cal.BusinessCalendar {
	bc := c.BusinessCalendar()
	bc.SetWorkHours(9*time.Hour, 18*time.Hour)
	bc.WorkdayEndFunc = func(t time.Time) time.Time {
		y, m, d := t.Date()
		end := 18 * time.Hour
		if c.Day(calendar.NewDate(y, m, d)).Shortened {
			end = 17 * time.Hour
		}
		return time.Date(y, m, d, 0, 0, 0, 0, t.Location()).Add(end)
	}
	return bc
}

// benchMoments are 64 moments through 2024–2025, within and outside hours.
func benchMoments(loc *time.Location) []time.Time {
	out := make([]time.Time, 64)
	start := time.Date(2024, 1, 3, 10, 17, 0, 0, loc)
	for i := range out {
		out[i] = start.Add(time.Duration(i) * (11*24*time.Hour + 5*time.Hour + 7*time.Minute))
	}
	return out
}

// TestRickarAgrees: on the benchmarks' work both libraries give the same
// answers, so the comparison is fair. (rickar/cal's IsWorkTime counts the
// closing instant as working time; ours does not, so it is not compared.)
func TestRickarAgrees(t *testing.T) {
	msk := zone(t, "Europe/Moscow")
	s := schedule(t, calendar.Russia(), "Europe/Moscow", flatWeek())
	bc := rickarOffice(calendar.Russia())
	for _, at := range benchMoments(msk) {
		for _, d := range []time.Duration{30 * time.Minute, 8 * time.Hour, 40 * time.Hour} {
			ours, err := s.Add(at, d)
			require.NoError(t, err)
			theirs := bc.AddWorkHours(at, d)
			assert.True(t, ours.Equal(theirs), "%s + %v: ours %s, rickar %s", at, d, ours, theirs)
		}
		to := at.Add(31 * 24 * time.Hour)
		ours, err := s.Between(at, to)
		require.NoError(t, err)
		assert.Equal(t, bc.WorkHoursInRange(at, to), ours, "%s → %s", at, to)
	}
}

func BenchmarkAddWorkHours(b *testing.B) {
	msk := zone(b, "Europe/Moscow")
	moments := benchMoments(msk)
	for _, d := range []time.Duration{time.Hour, 40 * time.Hour, 400 * time.Hour} {
		b.Run("zozpp/"+d.String(), func(b *testing.B) {
			s := schedule(b, calendar.Russia(), "Europe/Moscow", flatWeek())
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_, _ = s.Add(moments[i&63], d)
				i++
			}
		})
		b.Run("rickar/"+d.String(), func(b *testing.B) {
			bc := rickarOffice(calendar.Russia())
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				_ = bc.AddWorkHours(moments[i&63], d)
				i++
			}
		})
	}
}

func BenchmarkWorkHoursInRange(b *testing.B) {
	msk := zone(b, "Europe/Moscow")
	moments := benchMoments(msk)
	for _, span := range []struct {
		name string
		d    time.Duration
	}{{"week", 7 * 24 * time.Hour}, {"month", 31 * 24 * time.Hour}, {"year", 365 * 24 * time.Hour}} {
		b.Run("zozpp/"+span.name, func(b *testing.B) {
			s := schedule(b, calendar.Russia(), "Europe/Moscow", flatWeek())
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				at := moments[i&63]
				_, _ = s.Between(at, at.Add(span.d))
				i++
			}
		})
		b.Run("rickar/"+span.name, func(b *testing.B) {
			bc := rickarOffice(calendar.Russia())
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				at := moments[i&63]
				_ = bc.WorkHoursInRange(at, at.Add(span.d))
				i++
			}
		})
	}
}

func BenchmarkNextOpen(b *testing.B) {
	msk := zone(b, "Europe/Moscow")
	moments := benchMoments(msk)
	b.Run("zozpp", func(b *testing.B) {
		s := schedule(b, calendar.Russia(), "Europe/Moscow", flatWeek())
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_, _ = s.NextOpen(moments[i&63])
			i++
		}
	})
	b.Run("rickar/NextWorkdayStart", func(b *testing.B) {
		bc := rickarOffice(calendar.Russia())
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = bc.NextWorkdayStart(moments[i&63])
			i++
		}
	})
}

func BenchmarkIsOpen(b *testing.B) {
	msk := zone(b, "Europe/Moscow")
	moments := benchMoments(msk)
	b.Run("zozpp", func(b *testing.B) {
		s := schedule(b, calendar.Russia(), "Europe/Moscow", flatWeek())
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = s.IsOpen(moments[i&63])
			i++
		}
	})
	b.Run("rickar/IsWorkTime", func(b *testing.B) {
		bc := rickarOffice(calendar.Russia())
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			_ = bc.IsWorkTime(moments[i&63])
			i++
		}
	})
}

// BenchmarkScheduleBreaks: a lunch break and a regional calendar cost
// nothing extra per query.
func BenchmarkScheduleBreaks(b *testing.B) {
	moments := benchMoments(zone(b, "Europe/Moscow"))
	s := schedule(b, region(b, "RU-TA"), "Europe/Moscow", office())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		at := moments[i&31] // 2024–2025, inside the regional calendar
		_, _ = s.Add(at, 40*time.Hour)
		i++
	}
}

// BenchmarkNewSchedule is the one-off cost: per-day tables for 1999–2032.
func BenchmarkNewSchedule(b *testing.B) {
	msk := zone(b, "Europe/Moscow")
	c := calendar.Russia()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = calendar.NewSchedule(c, office(), calendar.InLocation(msk))
	}
}
