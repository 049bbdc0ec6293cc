package calendar_test

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

// office is 09:00–18:00 with a lunch break 13:00–14:00, Monday to Friday:
// an 8-hour day of ТК РФ ст. 91 (40 hours a week).
func office() calendar.Week {
	return calendar.Weekdays(
		calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(13, 0)},
		calendar.Interval{Start: calendar.At(14, 0), End: calendar.At(18, 0)},
	)
}

func schedule(t testing.TB, c *calendar.Calendar, loc string, week calendar.Week, opts ...calendar.ScheduleOption) *calendar.Schedule {
	t.Helper()
	s, err := calendar.NewSchedule(c, week, append([]calendar.ScheduleOption{calendar.InLocation(zone(t, loc))}, opts...)...)
	require.NoError(t, err)
	return s
}

func region(t testing.TB, code string) *calendar.Calendar {
	t.Helper()
	c, err := calendar.Russia().Region(code)
	require.NoError(t, err)
	return c
}

func moment(t testing.TB, s string) time.Time {
	t.Helper()
	m, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return m
}

// TestScheduleGolden: working-time arithmetic across the days the law makes
// special; each case states its source or reasoning. Office hours are
// 09:00–13:00 and 14:00–18:00 unless a case says otherwise.
func TestScheduleGolden(t *testing.T) {
	for _, tc := range []struct {
		name      string
		cal       *calendar.Calendar
		zone      string
		from      string
		add       time.Duration
		want      string
		source    string
		reasoning string
	}{
		{
			name: "shortened pre-holiday Friday", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2025-03-07T16:00:00+03:00", add: 2 * time.Hour, want: "2025-03-10T10:00:00+03:00",
			source:    "ТК РФ ст. 95 ч. 1; 08.03.2025 is a Saturday holiday whose day off moved to 13.06 (Постановление Правительства РФ от 04.10.2024 № 1335), so Monday 10.03 works",
			reasoning: "07.03 closes at 17:00: 1 h; Monday 10.03 09:00 + 1 h",
		},
		{
			name: "New Year holidays", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2025-12-30T17:30:00+03:00", add: time.Hour, want: "2026-01-12T09:30:00+03:00",
			source: "ТК РФ ст. 112 ч. 1 (1–8 January); 31.12.2025 day off from 05.01.2025 (Постановление № 1335); 09.01.2026 day off from 03.01.2026 (Постановление Правительства РФ от 24.09.2025 № 1466)",
			reasoning: "30.12.2025 is not shortened (31.12 is a transferred day off, not a holiday): 17:30–18:00 is 30 min; " +
				"31.12–11.01 are days off; 12.01.2026 09:00 + 30 min",
		},
		{
			name: "working shortened Saturday", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2024-11-01T17:00:00+03:00", add: 2 * time.Hour, want: "2024-11-02T10:00:00+03:00",
			source:    "Постановление Правительства РФ от 10.08.2023 № 1314: Saturday 02.11.2024 works (its day off moved to 30.04.2024) and is shortened before 04.11 (ТК РФ ст. 95 ч. 1)",
			reasoning: "Friday 17:00–18:00: 1 h; Saturday 02.11 09:00 + 1 h",
		},
		{
			name: "whole working Saturday, then the holiday", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2024-11-01T17:00:00+03:00", add: 9 * time.Hour, want: "2024-11-05T10:00:00+03:00",
			source:    "Постановление № 1314; ТК РФ ст. 112 ч. 1 (04.11 День народного единства)",
			reasoning: "Friday 1 h; Saturday 02.11 is 7 h (shortened); 03.11 Sunday, 04.11 holiday; Tuesday 05.11 09:00 + 1 h",
		},
		{
			name: "regional holiday in Tatarstan", cal: region(t, "RU-TA"), zone: "Europe/Moscow",
			from: "2025-06-05T16:30:00+03:00", add: 2 * time.Hour, want: "2025-06-09T10:30:00+03:00",
			source:    "Курбан-байрам 06.06.2025, нерабочий праздничный день в Республике Татарстан (Указ Раиса РТ на 2025 год, Закон РТ от 19.02.1992 № 1448-XII); 05.06 shortened by ТК РФ ст. 95 ч. 1",
			reasoning: "05.06 closes at 17:00: 30 min; 06.06 holiday, 07–08.06 weekend; Monday 09.06 09:00 + 1 h 30 min",
		},
		{
			name: "the same moment on the federal calendar", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2025-06-05T16:30:00+03:00", add: 2 * time.Hour, want: "2025-06-06T09:30:00+03:00",
			source:    "federal calendar: 06.06.2025 is an ordinary Friday",
			reasoning: "05.06 16:30–18:00: 1 h 30 min; Friday 06.06 09:00 + 30 min",
		},
		{
			name: "Bashkortostan, Ufa time (UTC+5), a moved regional day off", cal: region(t, "RU-BA"), zone: "Asia/Yekaterinburg",
			from: "2025-10-10T16:00:00+05:00", add: 3 * time.Hour, want: "2025-10-14T11:00:00+05:00",
			source:    "Закон РБ от 27.02.1992 № ВС-10/21: 11.10.2025 (Saturday) День Республики, day off moved to 13.10; 10.10 shortened (Минсемтруд РБ, 23.09.2025)",
			reasoning: "10.10 closes at 17:00 Ufa time: 1 h; 11–13.10 days off; Tuesday 14.10 09:00 + 2 h",
		},
		{
			name: "Vladivostok (UTC+10): Moscow's evening is the office's night", cal: calendar.Russia(), zone: "Asia/Vladivostok",
			from: "2025-12-30T17:30:00+03:00", add: time.Hour, want: "2026-01-12T10:00:00+10:00",
			source:    "the office's wall clock decides the day (ГК РФ ст. 194 п. 1 reads the term where the act is done)",
			reasoning: "17:30 in Moscow is 00:30 on 31.12 in Vladivostok, a day off; the office next opens 12.01.2026 09:00 local",
		},
		{
			name: "Kaliningrad (UTC+2): still within the day", cal: calendar.Russia(), zone: "Europe/Kaliningrad",
			from: "2025-12-30T17:30:00+03:00", add: time.Hour, want: "2025-12-30T17:30:00+02:00",
			source:    "Europe/Kaliningrad is one hour behind Moscow",
			reasoning: "17:30 Moscow is 16:30 in Kaliningrad: 16:30 + 1 h = 17:30 local",
		},
		{
			name: "Moscow's last change of offset", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2014-10-24T17:00:00+04:00", add: 2 * time.Hour, want: "2014-10-27T10:00:00+03:00",
			source:    "Федеральный закон от 21.07.2014 № 248-ФЗ: Moscow time UTC+3 from 02:00 on Sunday 26.10.2014 (UTC+4 before); tzdata Europe/Moscow",
			reasoning: "Friday 17:00–18:00 (+04:00) is 1 h; Monday 09:00 (+03:00) + 1 h: the zone, not a fixed offset, decides",
		},
		{
			name: "through the lunch break", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2025-12-29T12:30:00+03:00", add: time.Hour, want: "2025-12-29T14:30:00+03:00",
			source:    "the office's break 13:00–14:00 is not working time",
			reasoning: "12:30–13:00 is 30 min, the rest from 14:00",
		},
		{
			name: "exactly the day's work ends at closing, not the next morning", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2025-12-29T09:00:00+03:00", add: 8 * time.Hour, want: "2025-12-29T18:00:00+03:00",
			source:    "Add returns the end of the last working minute",
			reasoning: "09:00–13:00 and 14:00–18:00 are 8 h",
		},
		{
			name: "counting back over a weekend", cal: calendar.Russia(), zone: "Europe/Moscow",
			from: "2025-12-29T10:00:00+03:00", add: -2 * time.Hour, want: "2025-12-26T17:00:00+03:00",
			source:    "a negative duration counts back to the start of the working time",
			reasoning: "Monday 09:00–10:00 is 1 h; Friday 26.12 17:00–18:00 the other",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := schedule(t, tc.cal, tc.zone, office())
			from, want := moment(t, tc.from), moment(t, tc.want)
			got, err := s.Add(from, tc.add)
			require.NoError(t, err, tc.source)
			assert.True(t, want.Equal(got), "%s: got %s, want %s (%s)", tc.source, got, want, tc.reasoning)
			assert.Equal(t, tc.zone, got.Location().String(), "results are in the office's zone")
			back, err := s.Between(from, got)
			require.NoError(t, err)
			assert.Equal(t, tc.add, back, "Between undoes Add: %s", tc.reasoning)
		})
	}
}

// TestScheduleOn: the hours of single days, as On reports them.
func TestScheduleOn(t *testing.T) {
	// Monday–Thursday 09:00–18:00, Friday 09:00–16:45, as many offices
	// keep a 40-hour week (ТК РФ ст. 91).
	week := calendar.Weekdays(calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(18, 0)})
	week[time.Friday] = []calendar.Interval{{Start: calendar.At(9, 0), End: calendar.At(16, 45)}}
	s := schedule(t, calendar.Russia(), "Europe/Moscow", week)
	for _, tc := range []struct {
		day         calendar.Date
		open, close string
		work        time.Duration
		shortened   bool
		source      string
	}{
		{calendar.NewDate(2024, 4, 27), "09:00", "18:00", 9 * time.Hour, false,
			"Saturday 27.04.2024 works; its day off moved to Monday 29.04 (Постановление № 1314): it works Monday's hours, not Friday's"},
		{calendar.NewDate(2024, 12, 28), "09:00", "18:00", 9 * time.Hour, false,
			"Saturday 28.12.2024 works for Monday 30.12 (Постановление № 1314)"},
		{calendar.NewDate(2024, 11, 2), "09:00", "17:00", 8 * time.Hour, true,
			"Saturday 02.11.2024 works for Tuesday 30.04 and is shortened before 04.11 (ТК РФ ст. 95 ч. 1)"},
		{calendar.NewDate(2025, 3, 7), "09:00", "15:45", 6*time.Hour + 45*time.Minute, true,
			"Friday 07.03.2025 before the 08.03 holiday: Friday's hours, one hour shorter"},
		{calendar.NewDate(2025, 12, 31), "", "", 0, false, "31.12.2025 is a day off (Постановление № 1335)"},
		{calendar.NewDate(2026, 1, 7), "", "", 0, false, "Рождество Христово (ТК РФ ст. 112 ч. 1)"},
	} {
		o, err := s.On(tc.day)
		require.NoError(t, err, tc.source)
		assert.Equal(t, tc.work, o.Work, tc.source)
		assert.Equal(t, tc.shortened, o.Shortened, tc.source)
		if tc.open == "" {
			assert.True(t, o.Open.IsZero() && o.Close.IsZero(), tc.source)
			continue
		}
		assert.Equal(t, tc.open, o.Open.Format("15:04"), tc.source)
		assert.Equal(t, tc.close, o.Close.Format("15:04"), tc.source)
		assert.Equal(t, tc.day, calendar.DateOf(o.Open), tc.source)
	}
}

// TestScheduleNoShortening: ТК РФ ст. 95 ч. 2 lets continuous operations
// keep the pre-holiday day whole; ShortenedBy(0) models that.
func TestScheduleNoShortening(t *testing.T) {
	s := schedule(t, calendar.Russia(), "Europe/Moscow", office(), calendar.ShortenedBy(0))
	o, err := s.On(calendar.NewDate(2025, 3, 7))
	require.NoError(t, err)
	assert.Equal(t, 8*time.Hour, o.Work)
	assert.False(t, o.Shortened)
	assert.Equal(t, time.Duration(0), s.Shortening())

	// A two-hour cut takes the afternoon interval back to 16:00.
	s = schedule(t, calendar.Russia(), "Europe/Moscow", office(), calendar.ShortenedBy(2*time.Hour))
	o, err = s.On(calendar.NewDate(2025, 3, 7))
	require.NoError(t, err)
	assert.Equal(t, 6*time.Hour, o.Work)
	assert.Equal(t, "16:00", o.Close.Format("15:04"))
}

// TestScheduleIsOpenAndNextOpen: the edges of the hours.
func TestScheduleIsOpenAndNextOpen(t *testing.T) {
	s := schedule(t, calendar.Russia(), "Europe/Moscow", office())
	for _, tc := range []struct {
		at, next string
		open     bool
		why      string
	}{
		{"2025-12-29T09:00:00+03:00", "2025-12-29T09:00:00+03:00", true, "the opening instant is open"},
		{"2025-12-29T08:59:59+03:00", "2025-12-29T09:00:00+03:00", false, "before opening"},
		{"2025-12-29T12:59:59+03:00", "2025-12-29T12:59:59+03:00", true, "the last second before the break"},
		{"2025-12-29T13:00:00+03:00", "2025-12-29T14:00:00+03:00", false, "the break starts: the end of an interval is not in it"},
		{"2025-12-29T18:00:00+03:00", "2025-12-30T09:00:00+03:00", false, "closing"},
		{"2025-12-30T17:59:00+03:00", "2025-12-30T17:59:00+03:00", true, "30.12.2025 is a whole day"},
		{"2025-12-30T18:00:00+03:00", "2026-01-12T09:00:00+03:00", false, "then the New Year holidays"},
		{"2025-03-07T17:00:00+03:00", "2025-03-10T09:00:00+03:00", false, "a shortened day closes at 17:00"},
		{"2025-12-29T06:00:00Z", "2025-12-29T09:00:00+03:00", true, "09:00 in Moscow given in UTC"},
	} {
		at := moment(t, tc.at)
		assert.Equal(t, tc.open, s.IsOpen(at), tc.why)
		next, err := s.NextOpen(at)
		require.NoError(t, err, tc.why)
		assert.True(t, moment(t, tc.next).Equal(next), "%s: got %s", tc.why, next)
	}
}

// TestScheduleIrregularDays: a zone that changes its offset inside a working
// day. Iran kept daylight saving until 2022: on Monday 22.03.2021 its clocks
// went from 00:00 to 01:00 and on Tuesday 21.09.2021 from 24:00 back to
// 23:00, so with round-the-clock hours those days have 23 and 25 hours.
// Russian zones have no daylight saving since 2014, but nothing assumes it.
func TestScheduleIrregularDays(t *testing.T) {
	allDay := calendar.Weekdays(calendar.Interval{Start: calendar.At(0, 0), End: calendar.EndOfDay})
	s := schedule(t, calendar.Russia(), "Asia/Tehran", allDay)
	for _, tc := range []struct {
		day  calendar.Date
		work time.Duration
	}{
		{calendar.NewDate(2021, 3, 22), 23 * time.Hour},
		{calendar.NewDate(2021, 3, 23), 24 * time.Hour},
		{calendar.NewDate(2021, 9, 21), 25 * time.Hour},
		{calendar.NewDate(2021, 9, 22), 24 * time.Hour},
	} {
		o, err := s.On(tc.day)
		require.NoError(t, err)
		assert.Equal(t, tc.work, o.Work, tc.day.String())
	}
	// Office hours read on the wall clock stay 9 hours on those days.
	s = schedule(t, calendar.Russia(), "Asia/Tehran", calendar.Weekdays(calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(18, 0)}))
	o, err := s.On(calendar.NewDate(2021, 3, 22))
	require.NoError(t, err)
	assert.Equal(t, 9*time.Hour, o.Work)
	assert.Equal(t, "09:00 +0430", o.Open.Format("15:04 -0700"))
	got, err := s.Add(moment(t, "2021-03-19T17:00:00+03:30"), 2*time.Hour)
	require.NoError(t, err)
	assert.Equal(t, "2021-03-22T10:00:00+04:30", got.Format(time.RFC3339), "Friday 17:00–18:00, then Monday after the change")
}

// TestScheduleMidnightGap: zones whose clocks skip midnight (Santiago moves
// from 24:00 to 01:00 in September) still number their days correctly.
func TestScheduleMidnightGap(t *testing.T) {
	allDay := calendar.Weekdays(calendar.Interval{Start: calendar.At(0, 0), End: calendar.EndOfDay})
	for _, name := range []string{"America/Santiago", "America/Havana", "Asia/Beirut", "America/Asuncion"} {
		s := schedule(t, calendar.Russia(), name, allDay)
		loc := zone(t, name)
		var total time.Duration
		for d := calendar.NewDate(2019, 1, 1); d.Year() < 2021; d = d.AddDays(1) {
			o, err := s.On(d)
			require.NoError(t, err)
			if o.Work == 0 {
				continue
			}
			assert.Equal(t, d, calendar.DateOf(o.Open), "%s %s opens on its own date", name, d)
			assert.True(t, o.Work >= 23*time.Hour && o.Work <= 25*time.Hour, "%s %s: %v", name, d, o.Work)
			total += o.Work
		}
		from := calendar.NewDate(2019, 1, 1).In(loc)
		to := calendar.NewDate(2021, 1, 1).In(loc)
		between, err := s.Between(from, to)
		require.NoError(t, err)
		assert.Equal(t, total, between, name)
	}
}

// TestScheduleAgainstNaive compares Add, Between, NextOpen and IsOpen with a
// plain day-by-day implementation on random moments, in several zones and
// on a regional calendar.
func TestScheduleAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2025))
	for _, tc := range []struct {
		cal  *calendar.Calendar
		zone string
	}{
		{calendar.Russia(), "Europe/Moscow"},
		{calendar.Russia(), "Asia/Vladivostok"},
		{calendar.Russia(), "Asia/Tehran"},
		{calendar.Russia(), "Europe/Berlin"},
		{region(t, "RU-TA"), "Europe/Moscow"},
		{region(t, "RU-BA"), "Asia/Yekaterinburg"},
	} {
		s := schedule(t, tc.cal, tc.zone, office())
		n := naiveHours{cal: tc.cal, loc: s.Location(), week: office(), shorten: time.Hour}
		first, last := tc.cal.First().In(s.Location()).Unix()+100*86400, tc.cal.Last().In(s.Location()).Unix()-100*86400
		for range 400 {
			at := time.Unix(first+rng.Int64N(last-first), int64(rng.IntN(1e9))).In(time.UTC)
			d := time.Duration(rng.Int64N(int64(80 * time.Hour)))
			if rng.IntN(4) == 0 {
				d = d.Truncate(time.Minute)
			}
			want := n.add(at, d)
			got, err := s.Add(at, d)
			require.NoError(t, err)
			require.True(t, want.Equal(got), "%s %s + %v: got %s, want %s", tc.zone, at, d, got, want)

			other := at.Add(time.Duration(rng.Int64N(int64(180*24*time.Hour))) - 90*24*time.Hour)
			between, err := s.Between(at, other)
			require.NoError(t, err)
			require.Equal(t, n.between(at, other), between, "%s %s → %s", tc.zone, at, other)

			require.Equal(t, n.isOpen(at), s.IsOpen(at), "%s %s", tc.zone, at)
			next, err := s.NextOpen(at)
			require.NoError(t, err)
			require.True(t, n.nextOpen(at).Equal(next), "%s next open after %s: got %s, want %s", tc.zone, at, next, n.nextOpen(at))

			if s.IsOpen(at) && d > 0 {
				back, err := s.Add(got, -d)
				require.NoError(t, err)
				require.True(t, back.Equal(at), "%s: Add(Add(t, d), −d) is t within hours: %s, got %s", tc.zone, at, back)
			}
		}
	}
}

// naiveHours is the working-time arithmetic written the obvious way: day by day,
// each day's intervals built with time.Date.
type naiveHours struct {
	cal     *calendar.Calendar
	loc     *time.Location
	week    calendar.Week
	shorten time.Duration
}

// intervals returns the working intervals of d as instants.
func (n naiveHours) intervals(d calendar.Date) [][2]time.Time {
	if !n.cal.IsWorkday(d) {
		return nil
	}
	wd := d.Weekday()
	if wd == time.Saturday || wd == time.Sunday {
		wd = time.Monday
		for _, a := range n.cal.Definition().Acts {
			for _, tr := range a.Transfers {
				if tr.From == d {
					wd = tr.To.Weekday()
				}
			}
		}
	}
	hours := append([]calendar.Interval(nil), n.week[wd]...)
	if n.cal.Day(d).Shortened {
		cut := calendar.Clock(n.shorten / time.Minute)
		for len(hours) > 0 && cut > 0 {
			last := &hours[len(hours)-1]
			if l := last.End - last.Start; l > cut {
				last.End -= cut
				cut = 0
			} else {
				cut -= l
				hours = hours[:len(hours)-1]
			}
		}
	}
	y, m, dd := d.Date()
	var out [][2]time.Time
	for _, iv := range hours {
		at := func(c calendar.Clock) time.Time {
			if c == calendar.EndOfDay {
				return time.Date(y, m, dd+1, 0, 0, 0, 0, n.loc)
			}
			return time.Date(y, m, dd, int(c)/60, int(c)%60, 0, 0, n.loc)
		}
		out = append(out, [2]time.Time{at(iv.Start), at(iv.End)})
	}
	return out
}

func (n naiveHours) between(a, b time.Time) time.Duration {
	sign := time.Duration(1)
	if b.Before(a) {
		a, b, sign = b, a, -1
	}
	var w time.Duration
	for d := calendar.DateOf(a.In(n.loc)); !d.After(calendar.DateOf(b.In(n.loc))); d = d.AddDays(1) {
		for _, iv := range n.intervals(d) {
			s, e := iv[0], iv[1]
			if s.Before(a) {
				s = a
			}
			if e.After(b) {
				e = b
			}
			if e.After(s) {
				w += e.Sub(s)
			}
		}
	}
	return sign * w
}

func (n naiveHours) add(a time.Time, d time.Duration) time.Time {
	if d == 0 {
		return a
	}
	for day := calendar.DateOf(a.In(n.loc)); ; day = day.AddDays(1) {
		for _, iv := range n.intervals(day) {
			s, e := iv[0], iv[1]
			if !e.After(a) {
				continue
			}
			if s.Before(a) {
				s = a
			}
			if l := e.Sub(s); l >= d {
				return s.Add(d)
			} else {
				d -= l
			}
		}
	}
}

func (n naiveHours) isOpen(a time.Time) bool {
	for _, iv := range n.intervals(calendar.DateOf(a.In(n.loc))) {
		if !a.Before(iv[0]) && a.Before(iv[1]) {
			return true
		}
	}
	return false
}

func (n naiveHours) nextOpen(a time.Time) time.Time {
	for day := calendar.DateOf(a.In(n.loc)); ; day = day.AddDays(1) {
		for _, iv := range n.intervals(day) {
			if !a.Before(iv[0]) && a.Before(iv[1]) {
				return a
			}
			if iv[0].After(a) {
				return iv[0]
			}
		}
	}
}

// TestScheduleErrors: nothing panics; every bad input is an error that says
// what was given and what is accepted.
func TestScheduleErrors(t *testing.T) {
	at := moment(t, "2025-12-29T10:00:00+03:00")
	var zero calendar.Schedule
	var nilSchedule *calendar.Schedule
	for _, s := range []*calendar.Schedule{&zero, nilSchedule} {
		_, err := s.Add(at, time.Hour)
		assert.ErrorIs(t, err, calendar.ErrInvalidSchedule)
		_, err = s.Between(at, at)
		assert.ErrorIs(t, err, calendar.ErrInvalidSchedule)
		_, err = s.NextOpen(at)
		assert.ErrorIs(t, err, calendar.ErrInvalidSchedule)
		_, err = s.On(calendar.NewDate(2025, 1, 1))
		assert.ErrorIs(t, err, calendar.ErrInvalidSchedule)
		assert.False(t, s.IsOpen(at))
		assert.Nil(t, s.Calendar())
		assert.Nil(t, s.Location())
		assert.True(t, s.Date(at).IsZero())
	}

	for _, tc := range []struct {
		name string
		cal  *calendar.Calendar
		week calendar.Week
		opts []calendar.ScheduleOption
		want string
	}{
		{"nil calendar", nil, office(), nil, "no calendar"},
		{"zero calendar", &calendar.Calendar{}, office(), nil, "no calendar"},
		{"overlap", calendar.Russia(), calendar.Weekdays(
			calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(14, 0)},
			calendar.Interval{Start: calendar.At(13, 0), End: calendar.At(18, 0)}), nil, "starts before"},
		{"backwards", calendar.Russia(), calendar.Weekdays(calendar.Interval{Start: calendar.At(18, 0), End: calendar.At(9, 0)}), nil, "cannot cross midnight"},
		{"past 24:00", calendar.Russia(), calendar.Weekdays(calendar.Interval{Start: calendar.At(9, 0), End: calendar.At(25, 0)}), nil, "outside 00:00–24:00"},
		{"saturday hours", calendar.Russia(), func() calendar.Week {
			w := office()
			w[time.Saturday] = []calendar.Interval{{Start: calendar.At(10, 0), End: calendar.At(14, 0)}}
			return w
		}(), nil, "saturday has hours"},
		{"negative shortening", calendar.Russia(), office(), []calendar.ScheduleOption{calendar.ShortenedBy(-time.Hour)}, "pre-holiday shortening"},
	} {
		_, err := calendar.NewSchedule(tc.cal, tc.week, tc.opts...)
		require.ErrorIs(t, err, calendar.ErrInvalidSchedule, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
	}

	s := schedule(t, calendar.Russia(), "Europe/Moscow", office())
	for _, m := range []time.Time{{}, moment(t, "1998-12-31T23:00:00+03:00"), moment(t, "2033-01-01T00:00:00+03:00")} {
		_, err := s.Add(m, time.Hour)
		assert.ErrorIs(t, err, calendar.ErrNotCovered, m.String())
		_, err = s.Between(at, m)
		assert.ErrorIs(t, err, calendar.ErrNotCovered, m.String())
		_, err = s.NextOpen(m)
		assert.ErrorIs(t, err, calendar.ErrNotCovered, m.String())
		assert.False(t, s.IsOpen(m))
	}
	_, err := s.Add(at, 100000*time.Hour)
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.Contains(t, err.Error(), "2032-12-31")
	_, err = s.Add(at, -100000*time.Hour)
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	_, err = s.Add(at, time.Duration(1<<62))
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	_, err = s.NextOpen(moment(t, "2032-12-31T19:00:00+03:00"))
	require.ErrorIs(t, err, calendar.ErrNotCovered, "no opening after the calendar's last working hour")
	_, err = s.On(calendar.NewDate(2040, 1, 1))
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	_, err = s.On(calendar.Date{})
	require.ErrorIs(t, err, calendar.ErrNotCovered)

	// The regional calendar covers 2024–2026 only; its schedule too.
	rs := schedule(t, region(t, "RU-TA"), "Europe/Moscow", office())
	_, err = rs.Add(moment(t, "2023-12-29T10:00:00+03:00"), time.Hour)
	require.ErrorIs(t, err, calendar.ErrNotCovered)
	assert.True(t, errors.Is(err, calendar.ErrNotCovered))
}

func TestParseClockAndHours(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want calendar.Clock
		ok   bool
	}{
		{"09:00", 540, true}, {"9:00", 540, true}, {"24:00", calendar.EndOfDay, true}, {"00:00", 0, true}, {" 13:30 ", 810, true},
		{"24:01", 0, false}, {"9", 0, false}, {"9:0", 0, false}, {"09:60", 0, false}, {"-1:00", 0, false}, {"", 0, false}, {"１0:00", 0, false},
	} {
		c, err := calendar.ParseClock(tc.in)
		if !tc.ok {
			assert.ErrorIs(t, err, calendar.ErrInvalidSchedule, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, c, tc.in)
		assert.Equal(t, c, calendar.At(int(c)/60, int(c)%60))
	}
	assert.Equal(t, "09:05", calendar.At(9, 5).String())
	assert.Equal(t, "invalid", calendar.At(25, 0).String())

	h, err := calendar.ParseHours("09:00-13:00, 14:00-18:00")
	require.NoError(t, err)
	assert.Equal(t, []calendar.Interval{{Start: 540, End: 780}, {Start: 840, End: 1080}}, h)
	assert.Equal(t, "09:00-13:00", h[0].String())
	for _, closed := range []string{"", "closed", " Closed "} {
		h, err := calendar.ParseHours(closed)
		require.NoError(t, err)
		assert.Nil(t, h)
	}
	for _, bad := range []string{"09:00", "09:00-08:00", "09:00-13:00,12:00-18:00", "9-18", "09:00-13:00;14:00-18:00"} {
		_, err := calendar.ParseHours(bad)
		assert.ErrorIs(t, err, calendar.ErrInvalidSchedule, bad)
	}
}

// TestScheduleAllocs: the queries allocate nothing.
func TestScheduleAllocs(t *testing.T) {
	s := schedule(t, calendar.Russia(), "Europe/Moscow", office())
	at := moment(t, "2025-12-30T17:30:00+03:00")
	later := moment(t, "2026-02-20T11:00:00+03:00")
	day := calendar.NewDate(2025, 3, 7)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = s.Add(at, 40*time.Hour) }), "Add")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = s.Add(at, -40*time.Hour) }), "Add back")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = s.Between(at, later) }), "Between")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = s.NextOpen(at) }), "NextOpen")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = s.IsOpen(at) }), "IsOpen")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = s.On(day) }), "On")
}

// TestScheduleImmutable: the week passed in and the one returned are copies.
func TestScheduleImmutable(t *testing.T) {
	week := office()
	s := schedule(t, calendar.Russia(), "Europe/Moscow", week)
	week[time.Monday][0].Start = calendar.At(5, 0)
	got := s.Week()
	assert.Equal(t, calendar.At(9, 0), got[time.Monday][0].Start)
	got[time.Monday][0].Start = calendar.At(6, 0)
	assert.Equal(t, calendar.At(9, 0), s.Week()[time.Monday][0].Start)
	assert.Same(t, calendar.Russia(), s.Calendar())
	assert.Equal(t, time.Hour, s.Shortening())
	assert.Equal(t, calendar.NewDate(2025, 12, 31), s.Date(moment(t, "2025-12-30T22:30:00Z")), "the office's date, not UTC's")
}

// TestScheduleDefaultZone: without InLocation the office is in Moscow.
func TestScheduleDefaultZone(t *testing.T) {
	s, err := calendar.NewSchedule(calendar.Russia(), office(), calendar.InLocation(nil), nil)
	require.NoError(t, err)
	assert.Equal(t, "Europe/Moscow", s.Location().String())
}

// FuzzScheduleAdd: for any moment and duration, Add either fails with a
// sentinel or returns a moment that Between measures back to the duration;
// NextOpen returns a moment within hours.
func FuzzScheduleAdd(f *testing.F) {
	msk := zone(f, "Europe/Moscow")
	s := schedule(f, calendar.Russia(), "Asia/Yekaterinburg", office())
	f.Add(time.Date(2025, 12, 30, 17, 30, 0, 0, msk).Unix(), int64(0), int64(time.Hour))
	f.Add(time.Date(2024, 11, 2, 12, 0, 0, 0, msk).Unix(), int64(999), int64(-40*time.Hour))
	f.Add(int64(0), int64(0), int64(0))
	f.Add(int64(-1<<40), int64(1), int64(1<<62))
	f.Fuzz(func(t *testing.T, sec, nsec, d int64) {
		at := time.Unix(sec, nsec%1e9)
		got, err := s.Add(at, time.Duration(d))
		if err != nil {
			if !errors.Is(err, calendar.ErrNotCovered) {
				t.Fatalf("Add(%s, %v): %v", at, time.Duration(d), err)
			}
			return
		}
		back, err := s.Between(at, got)
		if err != nil || back != time.Duration(d) {
			t.Fatalf("Between(%s, Add(…, %v) = %s) = %v, %v", at, time.Duration(d), got, back, err)
		}
		if (d > 0 && got.Before(at)) || (d < 0 && got.After(at)) {
			t.Fatalf("Add(%s, %v) = %s went the wrong way", at, time.Duration(d), got)
		}
		if next, err := s.NextOpen(at); err == nil && !s.IsOpen(next) {
			t.Fatalf("NextOpen(%s) = %s is not open", at, next)
		}
	})
}
