package main

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
)

// parser parses flag values and keeps the first error.
type parser struct{ err error }

func (p *parser) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

func (p *parser) date(flag, s string, required bool) calendar.Date {
	if s == "" {
		if required {
			p.fail(usagef("%s is required: the day the term runs from, YYYY-MM-DD or DD.MM.YYYY", flag))
		}
		return calendar.Date{}
	}
	d, err := calendar.ParseDate(s)
	if err != nil {
		p.fail(usagef("%s %q: accepted: YYYY-MM-DD or DD.MM.YYYY, a day that exists", flag, s))
	}
	return d
}

// amount accepts rubles with up to two decimals, "59990", "59990.50" or
// "59990,50"; spaces between thousands are allowed.
func (p *parser) amount(flag, s string) decimal.Decimal {
	if s == "" {
		return decimal.Decimal{}
	}
	clean := strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), ",", ".")
	whole, frac, _ := strings.Cut(clean, ".")
	ok := whole != "" && len(frac) <= 2 && digitsOnly(whole) && digitsOnly(frac) && strings.Count(clean, ".") <= 1
	v, err := decimal.NewFromString(clean)
	if !ok || err != nil || !v.IsPositive() {
		p.fail(usagef("%s %q: accepted: rubles above zero with up to two decimals, e.g. 59990 or 59990.50", flag, s))
		return decimal.Decimal{}
	}
	return v
}

func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
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
		if n, ok := strings.CutSuffix(s, u.suffix); ok && n != "" && digitsOnly(n) && len(n) <= 6 {
			t := deadline.Term{N: atoi(n), Unit: u.unit}
			if err := t.Validate(); err != nil {
				p.fail(usagef("%s %q: %v", flag, s, err))
			}
			return t
		}
	}
	p.fail(usagef("%s %q: accepted: a number and a unit — 14d (days), 3wd (working days), 20hd (days except holidays), 2w, 1m, 1y", flag, s))
	return deadline.Term{}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// payments parses "2025-01-20:1000,2025-01-25:500.50".
func (p *parser) payments(flag, s string) []claimtype.Payment {
	if s == "" {
		return nil
	}
	var out []claimtype.Payment
	for _, item := range strings.Split(s, ",") {
		on, amount, ok := strings.Cut(strings.TrimSpace(item), ":")
		if !ok {
			p.fail(usagef("%s %q: accepted: DATE:AMOUNT pairs separated by commas, e.g. 2025-01-20:1000,2025-01-25:500.50", flag, item))
			return nil
		}
		out = append(out, claimtype.Payment{On: p.date(flag, on, true), Amount: p.amount(flag, amount)})
	}
	return out
}
