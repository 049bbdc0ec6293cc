package penalty

import (
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// FormatRub formats an amount of money as Russian documents write it:
// rounded to kopecks half away from zero, thousands separated by spaces, a
// decimal comma and "руб." — 59990 is "59 990,00 руб.", -1234.5 is
// "-1 234,50 руб.".
func FormatRub(amount decimal.Decimal) string {
	return FormatAmount(amount) + " руб."
}

// FormatAmount is FormatRub without the currency: "59 990,00". Tables
// whose header names the currency use it.
func FormatAmount(amount decimal.Decimal) string {
	k, ok := kopecks(amount)
	if !ok {
		k, ok = kopecks(amount.Round(2))
	}
	if !ok || k == math.MinInt64 {
		return groupDigits(amount.Round(2).StringFixed(2))
	}
	var buf [32]byte
	b := buf[:0]
	if k < 0 {
		b = append(b, '-')
		k = -k
	}
	b = strconv.AppendInt(b, k/100, 10)
	b = append(b, '.', byte('0'+k%100/10), byte('0'+k%10))
	return groupDigits(string(b))
}

// groupDigits turns "-1234567.89" into "-1 234 567,89".
func groupDigits(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	dot := len(s) - 3 // the input always ends in ".dd"
	intPart, frac := s[:dot], s[dot+1:]
	var b strings.Builder
	b.Grow(len(s) + len(s)/3 + 2)
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(intPart[i])
	}
	b.WriteByte(',')
	b.WriteString(frac)
	return b.String()
}

// formatPercent writes a fraction as a Russian percentage: 0.01 is "1 %",
// 0.0005 is "0,05 %", 0.155 is "15,5 %".
func formatPercent(fraction decimal.Decimal) string {
	return strings.Replace(fraction.Shift(2).String(), ".", ",", 1) + " %"
}

// formatNumber writes an exact decimal with a decimal comma and grouped
// thousands, keeping every fractional digit: "370,3701".
func formatNumber(d decimal.Decimal) string {
	if d.Exponent() >= -2 {
		return FormatAmount(d)
	}
	s := d.String()
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	whole := FormatAmount(decimal.RequireFromString(intPart))
	whole = whole[:len(whole)-3] // drop ",00"
	if neg {
		whole = "-" + whole
	}
	if frac == "" {
		return whole
	}
	return whole + "," + frac
}

// formatPeriod writes an inclusive period as "15.01.2025–28.01.2025", or a
// single date when it is one day.
func formatPeriod(from, to calendar.Date) string {
	if from == to {
		return from.Russian()
	}
	return from.Russian() + "–" + to.Russian()
}

// daysWord returns "день", "дня" or "дней" as Russian grammar requires
// after n.
func daysWord(n int) string {
	n10, n100 := n%10, n%100
	switch {
	case n10 == 1 && n100 != 11:
		return "день"
	case n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14):
		return "дня"
	}
	return "дней"
}

// countDays writes "14 дней", "1 день", "22 дня".
func countDays(n int) string {
	return strconv.Itoa(n) + " " + daysWord(n)
}
