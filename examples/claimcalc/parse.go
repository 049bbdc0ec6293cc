package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// parser parses flag values and keeps the first error.
type parser struct{ err error }

func (p *parser) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// date accepts what calendar.ParseDate accepts: YYYY-MM-DD, DD.MM.YYYY or
// an RFC 3339 date-time.
func (p *parser) date(flag, s string) calendar.Date {
	if s == "" {
		return calendar.Date{}
	}
	d, err := calendar.ParseDate(s)
	if err != nil {
		p.fail(usagef("%s %q: accepted: YYYY-MM-DD, DD.MM.YYYY or an RFC 3339 date-time, a day that exists", flag, law.Clip(s)))
	}
	return d
}

// amount accepts what penalty.ParseAmount accepts: "59990", "59990.50",
// "59 990,50", "59 990,50 ₽".
func (p *parser) amount(flag, s string) decimal.Decimal {
	if s == "" {
		return decimal.Decimal{}
	}
	v, err := penalty.ParseAmount(s)
	if err != nil {
		p.fail(usagef("%s %q: accepted: rubles with up to two decimals, e.g. 59990, 59990.50 or \"59 990,50\"", flag, law.Clip(s)))
	}
	return v
}

// term parses "14d" (calendar days), "3wd" (working days), "20hd" (days
// except holidays), "2w", "1m", "1y".
func (p *parser) term(flag, s string) deadline.Term {
	if s == "" {
		return deadline.Term{}
	}
	units := []struct {
		suffix string
		unit   deadline.Unit
	}{{"wd", deadline.UnitWorkdays}, {"hd", deadline.UnitDaysExceptHolidays}, {"d", deadline.UnitDays}, {"w", deadline.UnitWeeks}, {"m", deadline.UnitMonths}, {"y", deadline.UnitYears}}
	for _, u := range units {
		if n, ok := strings.CutSuffix(s, u.suffix); ok && n != "" && len(n) <= 6 && strings.Trim(n, "0123456789") == "" {
			t := deadline.Term{N: atoi(n), Unit: u.unit}
			if err := t.Validate(); err != nil {
				p.fail(usagef("%s %q: %v", flag, s, err))
			}
			return t
		}
	}
	p.fail(usagef("%s %q: accepted: a number and a unit — 14d (days), 3wd (working days), 20hd (days except holidays), 2w, 1m, 1y", flag, law.Clip(s)))
	return deadline.Term{}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// payment parses one -paid value, DATE:AMOUNT; the last colon separates
// them, so an amount may have a decimal comma and a date may be an RFC 3339
// date-time.
func (p *parser) payment(s string) penalty.Payment {
	i := strings.LastIndex(s, ":")
	if i <= 0 {
		p.fail(usagef("-paid %q: accepted: DATE:AMOUNT, one payment per flag, e.g. -paid 2025-01-20:1000 -paid 2025-01-25:500,50", law.Clip(s)))
		return penalty.Payment{}
	}
	return penalty.Payment{On: p.date("-paid", s[:i]), Amount: p.amount("-paid", s[i+1:])}
}

// rates reads a rate table for -rates and lays it over the embedded ст. 395
// history, so that a file with the newest decisions is enough.
func (p *parser) rates(file string) penalty.Rates {
	if file == "" {
		return nil
	}
	f, err := os.Open(file)
	if err != nil {
		p.fail(usagef("-rates: %v", err))
		return nil
	}
	defer f.Close()
	loaded, err := penalty.LoadRates(f)
	if err != nil {
		p.fail(fmt.Errorf("-rates %s: %w", file, err))
		return nil
	}
	r, err := penalty.Art395Rates().With(loaded)
	if err != nil {
		p.fail(fmt.Errorf("-rates %s: %w", file, err))
	}
	return r
}

// calendar reads -calendar: a whole calendar definition (calendar.Load) or
// a JSON array of acts added to the federal calendar (Calendar.With).
func (p *parser) calendar(file string) *calendar.Calendar {
	if file == "" {
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		p.fail(usagef("-calendar: %v", err))
		return nil
	}
	c, err := calendar.Load(bytes.NewReader(data))
	if err != nil {
		p.fail(fmt.Errorf("-calendar %s: %w", file, err))
	}
	return c
}

// multi is a flag that may be repeated.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, " ") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

// schedule reads -debts: debts and payments in the CSV penalty.LoadSchedule
// reads.
func (p *parser) schedule(file string) penalty.Schedule {
	f, err := os.Open(file)
	if err != nil {
		p.fail(usagef("-debts: %v", err))
		return penalty.Schedule{}
	}
	defer f.Close()
	s, err := penalty.LoadSchedule(f)
	if err != nil {
		p.fail(fmt.Errorf("-debts %s: %w", file, err))
	}
	return s
}
