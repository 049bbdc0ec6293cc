package calendar

import (
	"errors"
	"fmt"
	"time"
)

// ErrInvalidDate is returned, wrapped, for a date string ParseDate does not
// accept.
var ErrInvalidDate = errors.New("invalid date")

// Layouts accepted by ParseDate.
const (
	ISOLayout     = "2006-01-02" // ISO 8601, used by String and JSON
	RussianLayout = "02.01.2006" // as written in Russian documents
)

// ParseDate parses "2006-01-02" or "02.01.2006" and nothing else: both
// fields of day and month take two digits, the year four, and the day must
// exist ("2024-02-30" is an error, not 1 March).
func ParseDate(s string) (Date, error) {
	var ys, ms, ds string
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		ys, ms, ds = s[0:4], s[5:7], s[8:10]
	case len(s) == 10 && s[2] == '.' && s[5] == '.':
		ds, ms, ys = s[0:2], s[3:5], s[6:10]
	}
	y, okY := digits(ys)
	m, okM := digits(ms)
	d, okD := digits(ds)
	if !okY || !okM || !okD {
		return Date{}, fmt.Errorf("calendar: %w %q: accepted forms are YYYY-MM-DD and DD.MM.YYYY", ErrInvalidDate, s)
	}
	if y < minYear {
		return Date{}, fmt.Errorf("calendar: %w %q: year must be 0001–9999", ErrInvalidDate, s)
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("calendar: %w %q: month must be 01–12", ErrInvalidDate, s)
	}
	if last := DaysIn(y, time.Month(m)); d < 1 || d > last {
		return Date{}, fmt.Errorf("calendar: %w %q: %s %d has days 01–%d", ErrInvalidDate, s, time.Month(m), y, last)
	}
	return NewDate(y, time.Month(m), d), nil
}

// digits parses a non-empty run of ASCII digits.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// String returns d as "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// Russian returns d as "02.01.2006", the form used in Russian documents, or
// "" for the zero Date.
func (d Date) Russian() string {
	if d.n == 0 {
		return ""
	}
	return string(d.AppendRussian(make([]byte, 0, 10)))
}

// AppendRussian appends d as "02.01.2006" to b, for building explanations
// without allocating; the zero Date appends nothing.
func (d Date) AppendRussian(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, day := d.civil()
	b = append2(b, day)
	b = append(b, '.')
	b = append2(b, int(m))
	b = append(b, '.')
	return append4(b, y)
}

// Format formats d with a time package layout ("02.01.2006", "2 January
// 2006", ...); the time of day in the layout reads as midnight.
func (d Date) Format(layout string) string {
	if d.n == 0 {
		return ""
	}
	return d.In(time.UTC).Format(layout)
}

// MarshalText encodes d as "2006-01-02" (empty for the zero Date); JSON
// uses it, so a Date is a JSON string.
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText accepts what ParseDate accepts, and the empty string as the
// zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// AppendText appends d as "2006-01-02" (nothing for the zero Date) to b;
// it implements encoding.TextAppender.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.n == 0 {
		return b, nil
	}
	return d.appendISO(b), nil
}

func (d Date) appendISO(b []byte) []byte {
	y, m, day := d.civil()
	b = append4(b, y)
	b = append(b, '-')
	b = append2(b, int(m))
	b = append(b, '-')
	return append2(b, day)
}

func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}
