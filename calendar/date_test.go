package calendar_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

func d(s string) calendar.Date {
	v, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// TestDateAgreesWithTime compares every field and the arithmetic with the
// time package, day by day over 1600–2400 and at random over the whole range.
func TestDateAgreesWithTime(t *testing.T) {
	check := func(tm time.Time) {
		dt := calendar.DateOf(tm)
		y, m, day := tm.Date()
		if dt.Year() != y || dt.Month() != m || dt.Day() != day || dt.Weekday() != tm.Weekday() || dt.YearDay() != tm.YearDay() {
			t.Fatalf("%v: got %d-%d-%d %v yday %d", tm, dt.Year(), dt.Month(), dt.Day(), dt.Weekday(), dt.YearDay())
		}
		if dt.String() != tm.Format("2006-01-02") {
			t.Fatalf("%v: String %q", tm, dt.String())
		}
	}
	start := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	for tm := start; tm.Year() < 2400; tm = tm.AddDate(0, 0, 1) {
		check(tm)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		tm := time.Date(1+r.IntN(9999), time.Month(1+r.IntN(12)), 1+r.IntN(31), 0, 0, 0, 0, time.UTC)
		if tm.Year() > 9999 {
			continue
		}
		check(tm)
		// NewDate normalises out-of-range months and days like time.Date.
		y, m, day := 1+r.IntN(9998), time.Month(r.IntN(61)-30), r.IntN(801)-400
		if want := time.Date(y, m, day, 0, 0, 0, 0, time.UTC); want.Year() >= 1 && want.Year() <= 9999 {
			assert.Equal(t, calendar.DateOf(want), calendar.NewDate(y, m, day), "NewDate(%d, %d, %d)", y, m, day)
		}
		n := r.IntN(20000) - 10000
		want := tm.AddDate(0, 0, n)
		if want.Year() >= 1 && want.Year() <= 9999 {
			assert.Equal(t, calendar.DateOf(want), calendar.DateOf(tm).AddDays(n))
			assert.Equal(t, n, calendar.DateOf(want).Sub(calendar.DateOf(tm)))
		}
	}
}

// TestCivilRoundTrip converts every date of years 1–9999 to year, month and
// day and back, and checks that consecutive days are consecutive.
func TestCivilRoundTrip(t *testing.T) {
	prev := d("0001-01-01")
	require.Equal(t, time.Monday, prev.Weekday())
	for x := prev.AddDays(1); !x.IsZero(); x = x.AddDays(1) {
		y, m, day := x.Date()
		py, pm, pd := prev.Date()
		next := (y == py && m == pm && day == pd+1) || (y == py && m == pm+1 && day == 1 && pd == time.Date(py, pm+1, 0, 0, 0, 0, 0, time.UTC).Day()) ||
			(y == py+1 && m == time.January && day == 1 && pm == time.December && pd == 31)
		if !next || calendar.NewDate(y, m, day) != x {
			t.Fatalf("%d-%d-%d after %d-%d-%d", y, m, day, py, pm, pd)
		}
		prev = x
	}
	assert.Equal(t, "9999-12-31", prev.String())
}

func TestNewDateNormalises(t *testing.T) {
	for _, tc := range []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2024, time.April, 31, "2024-05-01"},
		{2024, 13, 1, "2025-01-01"},
		{2024, 0, 1, "2023-12-01"},
		{2024, -11, 1, "2023-01-01"},
		{2024, -12, 1, "2022-12-01"},
		{2024, time.March, 0, "2024-02-29"},
		{2023, time.March, 0, "2023-02-28"},
		{2024, time.January, 366, "2024-12-31"},
		{1, time.January, 1, "0001-01-01"},
		{9999, time.December, 31, "9999-12-31"},
		{0, time.December, 31, ""},   // before year 1: zero Date
		{10000, time.January, 1, ""}, // after 9999: zero Date
		{1 << 40, time.January, 1, ""},
	} {
		got := calendar.NewDate(tc.y, tc.m, tc.d)
		assert.Equal(t, tc.want, got.String(), "NewDate(%d, %d, %d)", tc.y, tc.m, tc.d)
		assert.Equal(t, tc.want == "", got.IsZero())
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-02-29", "2024-02-29"},
		{"29.02.2024", "2024-02-29"},
		{"0001-01-01", "0001-01-01"},
		{"31.12.9999", "9999-12-31"},
		// RFC 3339: the civil date at the time's own offset (what JavaScript's
		// toISOString and most HTTP clients send).
		{"2024-12-25T10:00:00+03:00", "2024-12-25"},
		{"2024-12-31T23:30:00+11:00", "2024-12-31"},
		{"2024-12-31T22:30:00Z", "2024-12-31"},
		{"2024-02-29T00:00:00.123Z", "2024-02-29"},
	} {
		got, err := calendar.ParseDate(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got.String(), tc.in)
	}
	for _, tc := range []struct{ in, msg string }{
		{"", "accepted forms are YYYY-MM-DD, DD.MM.YYYY and an RFC 3339 date-time"},
		{"1.3.2024", "accepted forms are YYYY-MM-DD, DD.MM.YYYY and an RFC 3339 date-time"},
		{"2024-2-29", "accepted forms"},
		{"2024/02/29", "accepted forms"},
		{"2024-02-29T00:00:00", "not an RFC 3339 date-time"},
		{"2024-02-30T00:00:00Z", "not an RFC 3339 date-time"},
		{"2024-02-29T25:00:00Z", "not an RFC 3339 date-time"},
		{" 2024-02-29", "accepted forms"},
		{"+024-02-29", "accepted forms"},
		{"2024-02-30", "February 2024 has days 01–29"},
		{"29.02.2023", "February 2023 has days 01–28"},
		{"2024-13-01", "month must be 01–12"},
		{"2024-00-01", "month must be 01–12"},
		{"2024-01-00", "January 2024 has days 01–31"},
		{"0000-01-01", "year must be 0001–9999"},
		{"２０２４-01-01", "accepted forms"},
	} {
		_, err := calendar.ParseDate(tc.in)
		require.Error(t, err, tc.in)
		assert.True(t, errors.Is(err, calendar.ErrInvalidDate), tc.in)
		assert.Contains(t, err.Error(), tc.msg, tc.in)
	}
}

// TestAddMonths follows ГК РФ ст. 192 п. 3: a term in months ends on the
// same day number of the last month, or on its last day when it has none.
func TestAddMonths(t *testing.T) {
	for _, tc := range []struct {
		from   string
		n      int
		want   string
		source string
	}{
		{"2024-01-31", 1, "2024-02-29", "ГК РФ ст. 192 п. 3 (leap year; civil-code-terms.md §4)"},
		{"2025-01-31", 1, "2025-02-28", "ГК РФ ст. 192 п. 3 (civil-code-terms.md §4)"},
		{"2025-01-30", 1, "2025-02-28", "ГК РФ ст. 192 п. 3"},
		{"2025-01-29", 1, "2025-02-28", "ГК РФ ст. 192 п. 3"},
		{"2024-01-29", 1, "2024-02-29", "ГК РФ ст. 192 п. 3"},
		{"2025-03-31", 1, "2025-04-30", "ГК РФ ст. 192 п. 3"},
		{"2025-02-28", 1, "2025-03-28", "ГК РФ ст. 192 п. 3: same number, not the month's end"},
		{"2025-08-31", 6, "2026-02-28", "ГК РФ ст. 192 п. 3 (half-year = 6 months, ст. 192 п. 1)"},
		{"2025-12-15", 1, "2026-01-15", "ГК РФ ст. 192 п. 3 across a year"},
		{"2025-03-31", -1, "2025-02-28", "backwards, same rule"},
		{"2024-02-29", 12, "2025-02-28", "ГК РФ ст. 192 п. 1 with п. 3 by analogy"},
		{"2024-02-29", 48, "2028-02-29", "ГК РФ ст. 192 п. 1"},
	} {
		assert.Equal(t, tc.want, d(tc.from).AddMonths(tc.n).String(), "%s + %d months (%s)", tc.from, tc.n, tc.source)
	}
	assert.Equal(t, "2025-02-28", d("2024-02-29").AddYears(1).String(), "ГК РФ ст. 192 п. 1")
	assert.True(t, d("9999-12-01").AddMonths(1).IsZero())
	assert.True(t, d("0001-01-01").AddMonths(-1).IsZero())
	assert.True(t, calendar.Date{}.AddMonths(1).IsZero())
	assert.True(t, d("2024-01-01").AddYears(1<<40).IsZero())
}

func TestDateCompare(t *testing.T) {
	a, b := d("2024-12-31"), d("2025-01-01")
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.Equal(t, 1, b.Sub(a))
	assert.Equal(t, 0, b.Sub(calendar.Date{}))
	assert.True(t, a == d("31.12.2024"), "comparable with ==")
}

func TestDateZero(t *testing.T) {
	var z calendar.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, "", z.Russian())
	assert.Equal(t, "", z.Format("02.01.2006"))
	assert.True(t, z.AddDays(5).IsZero())
	assert.True(t, z.In(time.UTC).IsZero())
	assert.True(t, d("0001-01-01").AddDays(-1).IsZero())
	assert.True(t, d("9999-12-31").AddDays(1).IsZero())
}

func TestDateFormatting(t *testing.T) {
	x := d("2025-03-08")
	assert.Equal(t, "08.03.2025", x.Russian())
	assert.Equal(t, "8 March 2025", x.Format("2 January 2006"))
	vl, err := time.LoadLocation("Asia/Vladivostok")
	require.NoError(t, err)
	tm := x.In(vl)
	assert.Equal(t, time.Date(2025, 3, 8, 0, 0, 0, 0, vl), tm)
	assert.Equal(t, x, calendar.DateOf(tm))
	// 23:30 in Kaliningrad is already the next day in Vladivostok.
	kg, err := time.LoadLocation("Europe/Kaliningrad")
	require.NoError(t, err)
	late := time.Date(2025, 12, 31, 23, 30, 0, 0, kg)
	assert.Equal(t, "2025-12-31", calendar.DateOf(late).String())
	assert.Equal(t, "2026-01-01", calendar.DateOf(late.In(vl)).String())
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		On   calendar.Date  `json:"on"`
		None calendar.Date  `json:"none"`
		Ptr  *calendar.Date `json:"ptr,omitempty"`
	}
	in := doc{On: d("2024-02-29")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"on":"2024-02-29","none":""}`, string(b))
	var out doc
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
	require.NoError(t, json.Unmarshal([]byte(`{"on":"29.02.2024"}`), &out))
	assert.Equal(t, d("2024-02-29"), out.On)
	err = json.Unmarshal([]byte(`{"on":"2024-02-30"}`), &out)
	assert.ErrorIs(t, err, calendar.ErrInvalidDate)
}

func TestLeapYears(t *testing.T) {
	assert.Equal(t, 366, calendar.DaysInYear(2024))
	assert.Equal(t, 365, calendar.DaysInYear(2023))
}
