package calendar_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/zozpp/zozpp/calendar"
)

// FuzzParseDate: no panic; an accepted string round-trips through String or
// Russian; a rejected one wraps ErrInvalidDate.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "29.02.2024", "2024-02-30", "", "1.3.2024", "9999-12-31", "0000-01-01", "2024-1-01",
		"2024-12-25T10:00:00+03:00", "2024-12-31T23:59:60Z", "0001-01-01T00:00:00+23:59", strings.Repeat("9", 1<<20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := calendar.ParseDate(s)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidDate) {
				t.Fatalf("%q: error %v does not wrap ErrInvalidDate", s, err)
			}
			return
		}
		if v.IsZero() || (v.String() != s && v.Russian() != s && !strings.HasPrefix(s, v.String())) {
			t.Fatalf("%q parsed as %v", s, v)
		}
	})
}

// FuzzLoad: no panic on any document; errors wrap ErrInvalidCalendar.
func FuzzLoad(f *testing.F) {
	russia, err := os.ReadFile("data/russia.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(russia)
	f.Add([]byte(`{"name":"t","first_year":2024,"last_year":2024,"workday_basis":"w","weekend_basis":"we","shortened_basis":"s","acts":[{"year":2024,"citation":"П","transfers":[{"from":"2024-04-27","to":"2024-04-29"}],"non_working":[{"from":"2024-01-01","to":"2024-12-31"}]}]}`))
	f.Add([]byte(`{"first_year":1,"last_year":199}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		c, err := calendar.Load(bytes.NewReader(doc))
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidCalendar) {
				t.Fatalf("error %v does not wrap ErrInvalidCalendar", err)
			}
			return
		}
		// Whatever loaded must answer every question without panicking.
		x := c.First()
		_ = c.Day(x)
		_ = c.AddWorkdays(x, 10)
		_ = c.Workdays(x, c.Last())
		_ = c.BusinessCalendar()
	})
}

// FuzzArithmetic: for any day offset and count, AddWorkdays and Workdays
// agree with each other and never panic.
func FuzzArithmetic(f *testing.F) {
	f.Add(9000, 20)
	f.Add(0, -1)
	f.Add(12000, 250)
	f.Add(-5, 1<<40)
	c := calendar.Russia()
	f.Fuzz(func(t *testing.T, offset, n int) {
		x := c.First().AddDays(offset % 20000)
		got := c.AddWorkdays(x, n)
		if got.IsZero() || n == 0 {
			return
		}
		if !c.IsWorkday(got) {
			t.Fatalf("AddWorkdays(%s, %d) = %s, not a working day", x, n, got)
		}
		if n > 0 && c.Workdays(x.AddDays(1), got) != n {
			t.Fatalf("AddWorkdays(%s, %d) = %s, but Workdays counts %d", x, n, got, c.Workdays(x.AddDays(1), got))
		}
		if n < 0 && c.Workdays(got, x.AddDays(-1)) != -n {
			t.Fatalf("AddWorkdays(%s, %d) = %s, but Workdays counts %d", x, n, got, c.Workdays(got, x.AddDays(-1)))
		}
	})
}
