package calendar

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Moscow and every other zone, whatever the host has

	"github.com/zozpp/zozpp/calendar/law"
)

// Errors of working-hour arithmetic; test for them with errors.Is.
var (
	// ErrInvalidSchedule: opening hours that cannot be a day's hours
	// (overlapping, out of order, past 24:00), a missing calendar, or a
	// zero or nil Schedule.
	ErrInvalidSchedule = errors.New("invalid schedule")
	// ErrNotCovered: a moment, or the result of an operation, whose date in
	// the schedule's time zone lies outside the calendar's covered range.
	// Nothing is guessed there.
	ErrNotCovered = errors.New("outside the calendar's covered range")
)

// Clock is a time of day on the wall clock, in minutes after midnight: 540
// is 09:00 and 1440 is the midnight that ends the day (24:00). Build one
// with At or ParseClock.
type Clock int16

// EndOfDay is 24:00, the midnight that ends a day.
const EndOfDay Clock = 24 * 60

// At returns the wall-clock time hour:minute. Values out of range make a
// Clock that NewSchedule rejects (hour 0–24, minute 0–59, at most 24:00).
func At(hour, minute int) Clock {
	if hour < 0 || hour > 24 || minute < 0 || minute > 59 {
		return -1
	}
	return Clock(hour*60 + minute)
}

// ParseClock reads "09:00", "9:00" or "24:00".
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hour, okH := smallNumber(h, 2)
	minute, okM := smallNumber(m, 2)
	if !ok || !okH || !okM || len(m) != 2 || hour > 24 || minute > 59 || hour*60+minute > int(EndOfDay) {
		return -1, fmt.Errorf("calendar: %w: time of day %q: accepted is HH:MM from 00:00 to 24:00", ErrInvalidSchedule, law.Clip(s))
	}
	return Clock(hour*60 + minute), nil
}

// smallNumber reads 1 to width decimal digits.
func smallNumber(s string, width int) (int, bool) {
	if len(s) == 0 || len(s) > width {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func (c Clock) valid() bool { return c >= 0 && c <= EndOfDay }

// String returns c as "09:00" ("24:00" for EndOfDay, "invalid" outside
// 00:00–24:00).
func (c Clock) String() string {
	if !c.valid() {
		return "invalid"
	}
	return string(c.appendText(make([]byte, 0, 5)))
}

func (c Clock) appendText(b []byte) []byte {
	h, m := int(c)/60, int(c)%60
	return append(b, byte('0'+h/10), byte('0'+h%10), ':', byte('0'+m/10), byte('0'+m%10))
}

// Interval is a stretch of working time within a day, from Start to End
// (End not included): {At(9, 0), At(13, 0)} is 09:00–13:00.
type Interval struct {
	Start, End Clock
}

// String returns "09:00-13:00".
func (iv Interval) String() string { return iv.Start.String() + "-" + iv.End.String() }

// ParseHours reads a day's opening hours: intervals "HH:MM-HH:MM" separated
// by commas, in order, a break between them: "09:00-13:00, 14:00-18:00".
// "" and "closed" are a day without working hours (nil).
func ParseHours(s string) ([]Interval, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "closed") {
		return nil, nil
	}
	if len(s) > 256 {
		return nil, fmt.Errorf("calendar: %w: opening hours of %d bytes: accepted is a few intervals \"09:00-13:00, 14:00-18:00\"", ErrInvalidSchedule, len(s))
	}
	var out []Interval
	for _, part := range strings.Split(s, ",") {
		from, to, ok := strings.Cut(part, "-")
		if !ok {
			return nil, fmt.Errorf("calendar: %w: opening hours %q: accepted is \"HH:MM-HH:MM\", several separated by commas", ErrInvalidSchedule, law.Clip(part))
		}
		start, err := ParseClock(from)
		if err != nil {
			return nil, err
		}
		end, err := ParseClock(to)
		if err != nil {
			return nil, err
		}
		out = append(out, Interval{start, end})
	}
	if err := checkHours(out); err != nil {
		return nil, fmt.Errorf("calendar: %w: opening hours %q: %s", ErrInvalidSchedule, law.Clip(s), err)
	}
	return out, nil
}

// maxIntervals bounds the intervals of one day: a day with more breaks than
// this is not an office's opening hours.
const maxIntervals = 8

// checkHours requires intervals in order, each non-empty, not overlapping.
func checkHours(hours []Interval) error {
	if len(hours) > maxIntervals {
		return fmt.Errorf("%d intervals; at most %d", len(hours), maxIntervals)
	}
	for i, iv := range hours {
		switch {
		case !iv.Start.valid() || !iv.End.valid():
			return fmt.Errorf("%s: a time of day is outside 00:00–24:00", iv)
		case iv.End <= iv.Start:
			return fmt.Errorf("%s ends before it starts; an interval cannot cross midnight", iv)
		case i > 0 && iv.Start < hours[i-1].End:
			return fmt.Errorf("%s starts before %s ends; list the intervals in order, without overlaps", iv, hours[i-1])
		}
	}
	return nil
}

// Week is the opening hours of each day of the week, indexed by
// time.Weekday. Saturday and Sunday stay empty: the production calendar is
// the five-day week of ТК РФ ст. 111, and a Saturday or Sunday that a
// transfer makes a working day works the hours of the weekday it replaces.
type Week [7][]Interval

// Weekdays returns a Week with the same hours Monday to Friday.
func Weekdays(hours ...Interval) Week {
	var w Week
	for wd := time.Monday; wd <= time.Friday; wd++ {
		w[wd] = append([]Interval(nil), hours...)
	}
	return w
}

// ScheduleOption adjusts NewSchedule.
type ScheduleOption func(*scheduleConfig)

type scheduleConfig struct {
	loc     *time.Location
	shorten time.Duration
}

// InLocation sets the time zone in which the opening hours are read (the
// office's zone); nil means Europe/Moscow, the default.
func InLocation(loc *time.Location) ScheduleOption {
	return func(c *scheduleConfig) { c.loc = loc }
}

// ShortenedBy sets how much a pre-holiday working day (Day.Shortened) is
// cut from the end of its hours. The default is one hour, the rule of ТК РФ
// ст. 95 ч. 1; 0 keeps such days whole, as in continuous operations where
// the hour is compensated instead (ст. 95 ч. 2).
func ShortenedBy(d time.Duration) ScheduleOption {
	return func(c *scheduleConfig) { c.shorten = d }
}

var moscowZone = sync.OnceValues(func() (*time.Location, error) { return time.LoadLocation("Europe/Moscow") })

// Schedule is an office's working hours over a production calendar, in a
// time zone: the hours of each weekday (with breaks) on the calendar's
// working days, a pre-holiday day cut by an hour (ТК РФ ст. 95 ч. 1), no
// hours on days off. A Saturday or Sunday made a working day by a transfer
// decree works the hours of the weekday its day off moved to (the decree
// swaps the two days).
//
// Working time is read on the wall clock of the schedule's zone, so a day
// on which the zone changes its offset has the working time the clock
// shows. The queries (Add, Between, NextOpen, IsOpen, On) take constant or
// logarithmic time in the number of days and allocate nothing: the
// per-day working time and its prefix sums are computed once, by
// NewSchedule. A Schedule is immutable and safe for concurrent use. The
// zero Schedule has no calendar; its methods return ErrInvalidSchedule.
type Schedule struct {
	cal     *Calendar
	loc     *time.Location
	week    Week
	shorten time.Duration
	first   Date
	// Per day i of the calendar: the hours applied (an index into
	// templates, 0 for no hours), whether the wall clock runs irregularly
	// (the zone's offset changes that day, or its midnight does not
	// exist), and the working time before it.
	tmpl      []uint8
	irregular []bool
	// mid[i] is the Unix second of the start of day i in loc; mid[n] is
	// the end of the last day.
	mid       []int64
	prefix    []time.Duration
	templates [1 + 7*2]dayHours
}

// dayHours is one day's intervals in seconds after the local midnight.
type dayHours struct {
	n          int
	start, end [maxIntervals]int32
}

// NewSchedule returns the schedule of week's hours over c's working days,
// in Europe/Moscow unless InLocation says otherwise. c may be Russia(), a
// regional calendar (Region) or any calendar built by New or Load; its
// view decides the working days (with CivilView the special non-working
// days of 2020–2021 count as open).
func NewSchedule(c *Calendar, week Week, opts ...ScheduleOption) (*Schedule, error) {
	if c == nil || !c.Covers(c.First()) {
		return nil, fmt.Errorf("calendar: %w: no calendar; give calendar.Russia(), a regional calendar or one built by New or Load", ErrInvalidSchedule)
	}
	cfg := scheduleConfig{shorten: time.Hour}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.loc == nil {
		loc, err := moscowZone()
		if err != nil {
			return nil, fmt.Errorf("calendar: %w: loading Europe/Moscow: %v", ErrInvalidSchedule, err)
		}
		cfg.loc = loc
	}
	if cfg.shorten < 0 || cfg.shorten > 24*time.Hour || cfg.shorten%time.Second != 0 {
		return nil, fmt.Errorf("calendar: %w: pre-holiday shortening %v: accepted is 0 to 24h in whole seconds (ТК РФ ст. 95 ч. 1: one hour)", ErrInvalidSchedule, cfg.shorten)
	}
	s := &Schedule{cal: c, loc: cfg.loc, shorten: cfg.shorten, first: c.First()}
	for wd := range week {
		if err := checkHours(week[wd]); err != nil {
			return nil, fmt.Errorf("calendar: %w: %s: %s", ErrInvalidSchedule, strings.ToLower(time.Weekday(wd).String()), err)
		}
		if (time.Weekday(wd) == time.Saturday || time.Weekday(wd) == time.Sunday) && len(week[wd]) > 0 {
			return nil, fmt.Errorf("calendar: %w: %s has hours; the production calendar's week is Monday–Friday (ТК РФ ст. 111), "+
				"and a Saturday or Sunday made a working day by a transfer works the hours of the weekday it replaces", ErrInvalidSchedule, strings.ToLower(time.Weekday(wd).String()))
		}
		s.week[wd] = append([]Interval(nil), week[wd]...)
		s.templates[1+2*wd] = hoursOf(week[wd], 0)
		s.templates[2+2*wd] = hoursOf(week[wd], int32(cfg.shorten/time.Second))
	}
	s.build(swappedWeekdays(c))
	return s, nil
}

// hoursOf converts a day's intervals to seconds, cutting cut seconds from
// the end of the day.
func hoursOf(hours []Interval, cut int32) dayHours {
	var h dayHours
	for _, iv := range hours {
		h.start[h.n], h.end[h.n] = int32(iv.Start)*60, int32(iv.End)*60
		h.n++
	}
	for h.n > 0 && cut > 0 {
		k := h.n - 1
		if l := h.end[k] - h.start[k]; l > cut {
			h.end[k] -= cut
			break
		} else {
			cut -= l
			h.n--
		}
	}
	return h
}

// swappedWeekdays maps each working Saturday or Sunday of c to the weekday
// its day off was transferred to.
func swappedWeekdays(c *Calendar) map[Date]time.Weekday {
	m := map[Date]time.Weekday{}
	for _, a := range c.Definition().Acts {
		for _, t := range a.Transfers {
			if c.Day(t.From).Kind == WorkingWeekend {
				m[t.From] = t.To.Weekday()
			}
		}
	}
	return m
}

// build derives the per-day tables.
func (s *Schedule) build(swapped map[Date]time.Weekday) {
	n := s.cal.Last().Sub(s.first) + 1
	s.tmpl = make([]uint8, n)
	s.irregular = make([]bool, n)
	s.mid = make([]int64, n+1)
	s.prefix = make([]time.Duration, n+1)
	s.midnights()
	for i := 0; i < n; i++ {
		d := s.first.AddDays(i)
		if s.cal.IsWorkday(d) {
			wd := d.Weekday()
			if wd == time.Saturday || wd == time.Sunday {
				wd = s.standIn(swapped, d)
			}
			t := 1 + 2*int(wd)
			if s.shorten > 0 && s.cal.Day(d).Shortened {
				t++
			}
			if s.templates[t].n > 0 {
				s.tmpl[i] = uint8(t)
			}
		}
		work := time.Duration(0)
		h := &s.templates[s.tmpl[i]]
		for k := 0; k < h.n; k++ {
			a, b := s.bounds(i, h, k)
			work += time.Duration(b-a) * time.Second
		}
		s.prefix[i+1] = s.prefix[i] + work
	}
}

// standIn returns the weekday whose hours a working Saturday or Sunday
// works: the one its day off moved to, else the first weekday with hours.
func (s *Schedule) standIn(swapped map[Date]time.Weekday, d Date) time.Weekday {
	if wd, ok := swapped[d]; ok && wd != time.Saturday && wd != time.Sunday {
		return wd
	}
	for wd := time.Monday; wd <= time.Friday; wd++ {
		if len(s.week[wd]) > 0 {
			return wd
		}
	}
	return time.Monday
}

// unixEpochDay is the day number (Date.n) of 1970-01-01.
var unixEpochDay = int64(NewDate(1970, time.January, 1).n)

// midnights fills mid and irregular. Within one period of the zone (a
// constant offset) a local midnight is plain arithmetic; time.Date is
// consulted only where the offset changes, a few times a year at most.
func (s *Schedule) midnights() {
	n := len(s.mid) - 1
	var off, periodStart, periodEnd int64
	known := false
	for i := 0; i <= n; i++ {
		local := (int64(s.first.n) + int64(i) - unixEpochDay) * 86400
		m, prevEnd := local-off, periodEnd
		if !known || m < periodStart || (periodEnd != 0 && m >= periodEnd) {
			m = s.midnight(s.first.AddDays(i))
			t := time.Unix(m, 0).In(s.loc)
			_, o := t.Zone()
			start, end := t.ZoneBounds()
			off, periodStart, periodEnd, known = int64(o), start.Unix(), 0, true
			if start.IsZero() {
				periodStart = m
			}
			if !end.IsZero() {
				periodEnd = end.Unix()
			}
			if i < n && (t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0) {
				s.irregular[i] = true
			}
		}
		s.mid[i] = m
		if i > 0 && prevEnd != 0 && prevEnd < m {
			s.irregular[i-1] = true // the offset changed during the day before
		}
	}
}

// midnight returns the Unix second at which d starts in s.loc: its local
// midnight, or the first instant of d where the zone skips midnight.
func (s *Schedule) midnight(d Date) int64 {
	y, m, dd := d.Date()
	t := time.Date(y, m, dd, 0, 0, 0, 0, s.loc)
	if ty, tm, td := t.Date(); ty != y || tm != m || td != dd {
		// Normalised back into the day before: d starts when the zone
		// period containing t ends.
		if _, end := t.ZoneBounds(); !end.IsZero() {
			return end.Unix()
		}
	}
	return t.Unix()
}

// bounds returns interval k of h on day i as seconds after the day's start.
func (s *Schedule) bounds(i int, h *dayHours, k int) (int64, int64) {
	if !s.irregular[i] {
		return int64(h.start[k]), int64(h.end[k])
	}
	length := s.mid[i+1] - s.mid[i]
	a := min(max(s.wall(i, h.start[k]), 0), length)
	b := min(max(s.wall(i, h.end[k]), a), length)
	return a, b
}

// wall returns the instant the wall clock shows sec seconds after midnight
// on day i, as seconds after the day's start.
func (s *Schedule) wall(i int, sec int32) int64 {
	if sec >= int32(EndOfDay)*60 {
		return s.mid[i+1] - s.mid[i]
	}
	y, m, d := s.first.AddDays(i).Date()
	return time.Date(y, m, d, int(sec/3600), int(sec%3600/60), int(sec%60), 0, s.loc).Unix() - s.mid[i]
}

// ok reports whether s was built by NewSchedule.
func (s *Schedule) ok() bool { return s != nil && s.cal != nil && len(s.mid) > 1 }

var errZeroSchedule = fmt.Errorf("calendar: %w: a zero Schedule; build one with NewSchedule", ErrInvalidSchedule)

// Calendar returns the calendar s counts working days on.
func (s *Schedule) Calendar() *Calendar {
	if !s.ok() {
		return nil
	}
	return s.cal
}

// Location returns the time zone s reads its hours in.
func (s *Schedule) Location() *time.Location {
	if !s.ok() {
		return nil
	}
	return s.loc
}

// Week returns a copy of the weekly hours.
func (s *Schedule) Week() Week {
	var w Week
	if s.ok() {
		for wd := range s.week {
			w[wd] = append([]Interval(nil), s.week[wd]...)
		}
	}
	return w
}

// Shortening returns how much a pre-holiday day is cut (ShortenedBy).
func (s *Schedule) Shortening() time.Duration {
	if !s.ok() {
		return 0
	}
	return s.shorten
}

// locate returns the day of t and t's offset from that day's start.
func (s *Schedule) locate(t time.Time) (int, time.Duration, bool) {
	n := len(s.mid) - 1
	u := t.Unix()
	if u < s.mid[0] || u >= s.mid[n] {
		return 0, 0, false
	}
	// Days are 24 hours give or take an offset change, so the guess is off
	// by at most a day or two.
	i := min(int((u-s.mid[0])/86400), n-1)
	for i > 0 && u < s.mid[i] {
		i--
	}
	for i < n-1 && u >= s.mid[i+1] {
		i++
	}
	return i, time.Duration(u-s.mid[i])*time.Second + time.Duration(t.Nanosecond()), true
}

// elapsed returns the working time from the calendar's first day to
// offset pos of day i.
func (s *Schedule) elapsed(i int, pos time.Duration) time.Duration {
	h := &s.templates[s.tmpl[i]]
	w := s.prefix[i]
	for k := 0; k < h.n; k++ {
		a, b := s.bounds(i, h, k)
		start, end := time.Duration(a)*time.Second, time.Duration(b)*time.Second
		if pos <= start {
			break
		}
		w += min(pos, end) - start
	}
	return w
}

// moment returns the instant at which the working time counted from the
// calendar's first day reaches w: the earliest such instant (the end of the
// last piece of work, for Add forward), or with latest the last one (the
// start of the next piece of work, for NextOpen and Add backward).
// 0 < w <= total, or 0 <= w < total with latest.
func (s *Schedule) moment(w time.Duration, latest bool) time.Time {
	// Smallest k with prefix[k] >= w (earliest) or > w (latest).
	lo, hi := 0, len(s.prefix)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.prefix[m] > w || (!latest && s.prefix[m] == w) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	j := lo - 1
	r := w - s.prefix[j]
	h := &s.templates[s.tmpl[j]]
	var done time.Duration
	for k := 0; k < h.n; k++ {
		a, b := s.bounds(j, h, k)
		l := time.Duration(b-a) * time.Second
		if r < done+l || (!latest && r == done+l) {
			pos := time.Duration(a)*time.Second + r - done
			return time.Unix(s.mid[j], int64(pos)).In(s.loc)
		}
		done += l
	}
	// Unreachable for w in range: day j holds the working time sought.
	return time.Unix(s.mid[j+1], 0).In(s.loc)
}

// outside describes a moment outside the covered range.
func (s *Schedule) outside(what string, t time.Time) error {
	return fmt.Errorf("calendar: %w: %s %s: the schedule covers %s to %s in %s",
		ErrNotCovered, what, t.Format(time.RFC3339), s.first, s.cal.Last(), s.loc)
}

// IsOpen reports whether t lies within working hours: on a working day,
// inside one of its intervals (the start included, the end not). It
// reports false outside the covered range.
func (s *Schedule) IsOpen(t time.Time) bool {
	if !s.ok() {
		return false
	}
	i, pos, ok := s.locate(t)
	if !ok {
		return false
	}
	h := &s.templates[s.tmpl[i]]
	for k := 0; k < h.n; k++ {
		a, b := s.bounds(i, h, k)
		if pos >= time.Duration(a)*time.Second && pos < time.Duration(b)*time.Second {
			return true
		}
	}
	return false
}

// NextOpen returns t itself when it is within working hours, else the
// start of the next working interval: after a break, the next morning,
// the next working day. The result is in the schedule's zone.
func (s *Schedule) NextOpen(t time.Time) (time.Time, error) {
	if !s.ok() {
		return time.Time{}, errZeroSchedule
	}
	i, pos, ok := s.locate(t)
	if !ok {
		return time.Time{}, s.outside("the moment", t)
	}
	w := s.elapsed(i, pos)
	if w >= s.prefix[len(s.prefix)-1] {
		return time.Time{}, s.outside("no working hours after", t)
	}
	return s.moment(w, true), nil
}

// Add returns the moment at which d of working time counted from t is
// done: 2 hours from 17:00 on a 09:00–18:00 day end at 10:00 the next
// working day. Time outside working hours does not count; t itself need
// not be within them. The result is the end of the last working minute,
// never the start of the next interval: 9 hours from 09:00 end at 18:00
// the same day.
//
// A negative d counts back and gives the start of the working time:
// −1 hour from 10:00 is 09:00, from 09:00 it is 17:00 of the previous
// working day. d == 0 gives t. The result is in the schedule's zone;
// ErrNotCovered when t or the result falls outside the calendar.
func (s *Schedule) Add(t time.Time, d time.Duration) (time.Time, error) {
	if !s.ok() {
		return time.Time{}, errZeroSchedule
	}
	i, pos, ok := s.locate(t)
	if !ok {
		return time.Time{}, s.outside("the moment", t)
	}
	if d == 0 {
		return t.In(s.loc), nil
	}
	w := s.elapsed(i, pos)
	total := s.prefix[len(s.prefix)-1]
	if d > 0 {
		if d > total-w {
			return time.Time{}, fmt.Errorf("calendar: %w: %v of working time from %s ends after %s, the last day of the calendar",
				ErrNotCovered, d, t.Format(time.RFC3339), s.cal.Last())
		}
		return s.moment(w+d, false), nil
	}
	if -d > w {
		return time.Time{}, fmt.Errorf("calendar: %w: %v of working time before %s starts before %s, the first day of the calendar",
			ErrNotCovered, -d, t.Format(time.RFC3339), s.first)
	}
	return s.moment(w+d, true), nil
}

// Between returns the working time from from to to: positive when to is
// after from, negative when it is before (Between(a, b) == −Between(b, a)).
func (s *Schedule) Between(from, to time.Time) (time.Duration, error) {
	if !s.ok() {
		return 0, errZeroSchedule
	}
	i, p, ok := s.locate(from)
	if !ok {
		return 0, s.outside("the moment", from)
	}
	j, q, ok := s.locate(to)
	if !ok {
		return 0, s.outside("the moment", to)
	}
	return s.elapsed(j, q) - s.elapsed(i, p), nil
}

// Opening is one day's working hours as moments in the schedule's zone.
type Opening struct {
	Date Date
	// Open and Close are the start of the first working interval and the
	// end of the last; both zero on a day without working hours.
	Open, Close time.Time
	// Work is the day's working time, breaks excluded.
	Work time.Duration
	// Shortened is set when the day was cut as a pre-holiday day
	// (ТК РФ ст. 95 ч. 1).
	Shortened bool
}

// On returns the working hours of d; ErrNotCovered outside the calendar.
func (s *Schedule) On(d Date) (Opening, error) {
	if !s.ok() {
		return Opening{}, errZeroSchedule
	}
	i := d.Sub(s.first)
	if d.IsZero() || i < 0 || i >= len(s.tmpl) {
		return Opening{}, fmt.Errorf("calendar: %w: the day %s: the schedule covers %s to %s", ErrNotCovered, d, s.first, s.cal.Last())
	}
	o := Opening{Date: d, Work: s.prefix[i+1] - s.prefix[i], Shortened: s.tmpl[i] != 0 && s.tmpl[i]%2 == 0}
	if h := &s.templates[s.tmpl[i]]; h.n > 0 {
		a, _ := s.bounds(i, h, 0)
		_, b := s.bounds(i, h, h.n-1)
		o.Open = time.Unix(s.mid[i]+a, 0).In(s.loc)
		o.Close = time.Unix(s.mid[i]+b, 0).In(s.loc)
	}
	return o, nil
}

// Date returns the date of t in the schedule's zone: the day whose hours
// apply at t.
func (s *Schedule) Date(t time.Time) Date {
	if !s.ok() {
		return Date{}
	}
	return DateOf(t.In(s.loc))
}
