package calendar

import (
	"fmt"
	"strconv"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

// acceptedDates lists the forms ParseDate reads, for its error messages.
const acceptedDates = "accepted forms are YYYY-MM-DD, DD.MM.YYYY and an RFC 3339 date-time such as 2024-12-25T10:00:00+03:00"

// ParseDate parses a civil date written as "2006-01-02" or "02.01.2006",
// or an RFC 3339 date-time ("2006-01-02T15:04:05+03:00", what JavaScript's
// toISOString and most APIs send), whose date is read at its own offset:
// 23:30 on 31 December at +03:00 is 31 December. Nothing else is accepted:
// day and month take two digits, the year four, and the day must exist
// ("2024-02-30" is an error, not 1 March). Errors wrap ErrInvalidDate, say
// which forms are accepted and quote at most a short part of s.
func ParseDate(s string) (Date, error) {
	if len(s) > 10 && len(s) <= 40 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == 't') {
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return Date{}, fmt.Errorf("calendar: %w %q: not an RFC 3339 date-time; %s", ErrInvalidDate, law.Clip(s), acceptedDates)
		}
		if y := t.Year(); y < minYear || y > maxYear {
			return Date{}, fmt.Errorf("calendar: %w %q: year must be 0001–9999", ErrInvalidDate, law.Clip(s))
		}
		return DateOf(t), nil
	}
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
		return Date{}, fmt.Errorf("calendar: %w %q: %s", ErrInvalidDate, law.Clip(s), acceptedDates)
	}
	if y < minYear {
		return Date{}, fmt.Errorf("calendar: %w %q: year must be 0001–9999", ErrInvalidDate, s)
	}
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("calendar: %w %q: month must be 01–12", ErrInvalidDate, s)
	}
	if last := daysIn(y, time.Month(m)); d < 1 || d > last {
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

// Text returns d as a text in lang writes it: "09.01.2025" in Russian,
// "9 January 2025" in English; "" for the zero Date.
func (d Date) Text(lang law.Lang) string {
	if d.n == 0 {
		return ""
	}
	return string(d.AppendLang(make([]byte, 0, 20), lang))
}

// AppendLang appends d.Text(lang) to b without allocating; the zero Date
// appends nothing.
func (d Date) AppendLang(b []byte, lang law.Lang) []byte {
	if d.n == 0 {
		return b
	}
	if lang != law.English {
		return d.AppendRussian(b)
	}
	y, m, day := d.civil()
	b = strconv.AppendInt(b, int64(day), 10)
	b = append(b, ' ')
	b = append(b, m.String()...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(y), 10)
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
