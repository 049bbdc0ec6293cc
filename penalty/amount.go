package penalty

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar/law"
)

// MaxAmount bounds every amount of money the package accepts: 10^15 rubles
// (a quadrillion), far beyond any claim and small enough that no
// arithmetic here is ever slow. [CheckAmount] applies it.
const MaxAmount = 1_000_000_000_000_000

// maxKopecks is MaxAmount in kopecks.
const maxKopecks = MaxAmount * 100

// sane reports whether d has a magnitude and precision that arithmetic can
// handle in bounded time: an exponent within ±30 and at most 40 digits. A
// decimal built from a huge exponent would otherwise make formatting or
// rounding allocate without limit (shopspring/decimal materialises
// 10^exponent).
func sane(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -30 && e <= 30 && d.NumDigits() <= 40
}

// showDecimal prints d for a message without ever expanding an absurd
// exponent, and never more than 40 characters of it.
func showDecimal(d decimal.Decimal) string {
	if !sane(d) {
		return "a number with " + itoa(d.NumDigits()) + " digits and exponent " + itoa(int(d.Exponent()))
	}
	return law.Clip(d.String())
}

// CheckAmount accepts an amount of money as the package does: rubles with
// at most two decimals (whole kopecks), positive — or zero when zeroOK —
// and at most [MaxAmount]. It inspects d's size before anything formats or
// rounds it, so it answers in microseconds whatever d is; claimtype uses it
// to check a claim up front. The error is an [*InputError] with an empty
// Field (the caller knows the field) wrapping [ErrInvalidInput].
func CheckAmount(d decimal.Decimal, zeroOK bool) error {
	return checkMoney("", d, zeroOK)
}

// validMoney is the test of CheckAmount, without building a message.
func validMoney(d decimal.Decimal, zeroOK bool) bool {
	k, ok := kopecks(d)
	return ok && k <= maxKopecks && (k > 0 || (k == 0 && zeroOK))
}

// checkMoney is CheckAmount for a named field.
func checkMoney(field string, d decimal.Decimal, zeroOK bool) error {
	if validMoney(d, zeroOK) {
		return nil
	}
	accepted := "a positive amount in rubles"
	if zeroOK {
		accepted = "zero or a positive amount in rubles"
	}
	accepted += " with at most two decimals (kopecks), not above 10^15"
	return fieldError(ErrInvalidInput, field, showDecimal(d), ": accepted is ", accepted)
}

// smallInt returns d's coefficient and exponent when the coefficient fits
// in an int64 (at most 18 digits).
func smallInt(d decimal.Decimal) (coef int64, exp int32, ok bool) {
	if d.Sign() == 0 {
		return 0, d.Exponent(), true
	}
	e := d.Exponent()
	if e < -40 || e > 40 {
		return 0, 0, false
	}
	// |coefficient| < 10^18, compared at d's own exponent: big.Int.Cmp
	// without a rescale, an allocation or NumDigits' floating-point log.
	lim := &int18Limits[e+40]
	if d.Cmp(lim[0]) >= 0 || d.Cmp(lim[1]) <= 0 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), e, true
}

// int18Limits holds ±10^18 at each exponent from -40 to 40, for smallInt.
var int18Limits = func() (t [81][2]decimal.Decimal) {
	for i := range t {
		t[i][0] = decimal.New(1_000_000_000_000_000_000, int32(i-40))
		t[i][1] = decimal.New(-1_000_000_000_000_000_000, int32(i-40))
	}
	return t
}()

// kopecks returns d in kopecks when it is a whole number of kopecks that
// fits in an int64.
func kopecks(d decimal.Decimal) (int64, bool) {
	c, e, ok := smallInt(d)
	return kopecksOf(num{d, c, e, ok})
}

// kopecksOf is kopecks of a decomposed decimal.
func kopecksOf(n num) (int64, bool) {
	c, e, ok := n.c, n.e, n.ok
	if !ok || e < -20 || e > 18 {
		return 0, false
	}
	for s := e + 2; s < 0; s++ {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
	}
	for s := e + 2; s > 0; s-- {
		if c > math.MaxInt64/10 || c < math.MinInt64/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

// money is k kopecks in the package's one representation of money: the
// zero Decimal for zero, else a coefficient in kopecks with exponent -2.
// Every amount in a result is built this way, so that a calculation read
// back from JSON is equal to the original.
func money(k int64) decimal.Decimal {
	if k == 0 {
		return decimal.Decimal{}
	}
	return decimal.New(k, -2)
}

// canonMoney brings a whole-kopeck amount to the representation of money.
func canonMoney(d decimal.Decimal) decimal.Decimal {
	if d.Sign() == 0 {
		return decimal.Decimal{}
	}
	if d.Exponent() == -2 {
		return d
	}
	if k, ok := kopecks(d); ok {
		return money(k)
	}
	return decimal.NewFromBigInt(d.Shift(2).BigInt(), -2)
}

// canon strips trailing zeros from d's coefficient (0.0100 → 0.01) and
// returns the zero Decimal for zero: the one representation of rates and
// percents in results.
func canon(d decimal.Decimal) decimal.Decimal {
	if d.Sign() == 0 {
		return decimal.Decimal{}
	}
	c, e, ok := smallInt(d)
	if !ok {
		return d
	}
	if c%10 != 0 || e >= 0 {
		return d
	}
	for c%10 == 0 && e < 0 {
		c /= 10
		e++
	}
	return decimal.New(c, e)
}

// maxAmountText bounds ParseAmount's input.
const maxAmountText = 64

const acceptedAmount = "accepted are amounts such as 59990, 59990.00, 59990,5, 59 990,00, 59 990,00 ₽ or 59 990,00 руб. " +
	"(digits grouped by threes with spaces, a decimal point or comma, at most two decimals, not above 10^15)"

// currencySuffixes are the currency marks ParseAmount drops, longest first.
var currencySuffixes = []string{"руб.", "руб", "р.", "₽", "RUB", "rub"}

// ParseAmount reads an amount of money as people type it: "59990",
// "59990.00", "59990,5", "59 990,00", "59 990,00 ₽", "59 990,00 руб.";
// thousands may be separated by spaces, no-break spaces (U+00A0, U+202F)
// or thin spaces (U+2009), in groups of three; the decimal separator is a
// point or a comma with one or two digits after it. The result is in
// rubles with kopecks, at most [MaxAmount]; zero is returned as zero (use
// [CheckAmount] to require a positive amount). Anything else — a sign, an
// exponent, three decimals, more than 64 bytes — is an [*InputError]
// wrapping [ErrInvalidInput] that lists the accepted forms.
func ParseAmount(s string) (decimal.Decimal, error) {
	bad := func(why string) (decimal.Decimal, error) {
		return decimal.Decimal{}, fieldError(ErrInvalidInput, "", "amount ", strconv.Quote(law.Clip(s)), why, ": ", acceptedAmount)
	}
	if len(s) > maxAmountText {
		return bad(" is longer than 64 bytes")
	}
	if !utf8.ValidString(s) {
		return bad(" is not valid UTF-8")
	}
	t := strings.TrimFunc(s, isAmountSpace)
	for _, suffix := range currencySuffixes {
		if rest, ok := strings.CutSuffix(t, suffix); ok {
			t = strings.TrimRightFunc(rest, isAmountSpace)
			break
		}
	}
	var k int64
	digits, groupLen, groups, fracDigits := 0, 0, 0, -1
	sepSeen := false
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			if fracDigits >= 0 {
				if fracDigits == 2 {
					return bad(" has more than two decimals")
				}
				fracDigits++
			} else {
				groupLen++
				digits++
			}
			if digits > 16 {
				return bad(" is too large")
			}
			k = k*10 + int64(r-'0')
		case isAmountSpace(r):
			if fracDigits >= 0 || groupLen == 0 || (groups > 0 && groupLen != 3) || (groups == 0 && groupLen > 3) {
				return bad(" has misplaced spaces")
			}
			groups++
			groupLen = 0
			sepSeen = true
		case r == '.' || r == ',':
			if fracDigits >= 0 || groupLen == 0 || (sepSeen && groupLen != 3) {
				return bad(" has a misplaced separator")
			}
			fracDigits = 0
		default:
			return bad(" has the character " + strconv.QuoteRune(r))
		}
	}
	switch {
	case digits == 0:
		return bad(" has no digits")
	case sepSeen && groupLen != 3 && fracDigits < 0:
		return bad(" has misplaced spaces")
	case fracDigits == 0:
		return bad(" ends with a separator")
	}
	for fracDigits = max(fracDigits, 0); fracDigits < 2; fracDigits++ {
		k *= 10 // to kopecks
	}
	if k > maxKopecks {
		return bad(" is above 10^15")
	}
	return money(k), nil
}

func isAmountSpace(r rune) bool {
	return r == ' ' || r == '\u00A0' || r == '\u202F' || r == '\u2009'
}

// FormatRub formats an amount of money as Russian documents write it:
// rounded to kopecks half away from zero, thousands separated by spaces, a
// decimal comma and "руб." — 59990 is "59 990,00 руб.", -1234.5 is
// "-1 234,50 руб.". An amount outside what the package accepts is written
// in a bounded scientific form ("1e20000000 руб.") rather than expanded.
func FormatRub(amount decimal.Decimal) string {
	return string(appendMoney(nil, amount, law.Russian))
}

// FormatAmount is FormatRub without the currency: "59 990,00". Tables whose
// header names the currency use it.
func FormatAmount(amount decimal.Decimal) string {
	return string(appendAmount(nil, amount, law.Russian))
}

// FormatMoney writes an amount in lang: "59 990,00 руб." in Russian,
// "59,990.00 RUB" in English (comma thousands, decimal point, the ISO 4217
// code after the number).
func FormatMoney(amount decimal.Decimal, lang law.Lang) string {
	return string(appendMoney(nil, amount, lang))
}

func appendMoney(b []byte, d decimal.Decimal, lang law.Lang) []byte {
	b = appendAmount(b, d, lang)
	if lang == law.English {
		return append(b, " RUB"...)
	}
	return append(b, " руб."...)
}

// appendAmount writes d rounded to kopecks with grouped thousands.
func appendAmount(b []byte, d decimal.Decimal, lang law.Lang) []byte {
	if k, ok := kopecks(d); ok {
		return appendKopecks(b, k, lang)
	}
	if !sane(d) {
		return appendScientific(b, d)
	}
	r := d.Round(2)
	if k, ok := kopecks(r); ok {
		return appendKopecks(b, k, lang)
	}
	return appendGrouped(b, r.StringFixed(2), lang)
}

// appendScientific writes an absurd decimal as "1e20000000" without
// expanding it.
func appendScientific(b []byte, d decimal.Decimal) []byte {
	if d.NumDigits() > 40 {
		b = append(b, "(a "...)
		b = strconv.AppendInt(b, int64(d.NumDigits()), 10)
		b = append(b, "-digit number)"...)
	} else {
		b = append(b, d.Coefficient().String()...)
	}
	b = append(b, 'e')
	return strconv.AppendInt(b, int64(d.Exponent()), 10)
}

func appendKopecks(b []byte, k int64, lang law.Lang) []byte {
	if k == math.MinInt64 {
		return appendGrouped(b, decimal.New(k, -2).StringFixed(2), lang)
	}
	var buf [24]byte
	s := buf[:0]
	if k < 0 {
		s = append(s, '-')
		k = -k
	}
	s = strconv.AppendInt(s, k/100, 10)
	s = append(s, '.', byte('0'+k%100/10), byte('0'+k%10))
	return appendGrouped(b, string(s), lang)
}

// appendGrouped turns "-1234567.89" into "-1 234 567,89" (Russian) or
// "-1,234,567.89" (English). s is "[-]digits[.digits]".
func appendGrouped(b []byte, s string, lang law.Lang) []byte {
	group, point := byte(' '), byte(',')
	if lang == law.English {
		group, point = ',', '.'
	}
	if strings.HasPrefix(s, "-") {
		b = append(b, '-')
		s = s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, group)
		}
		b = append(b, intPart[i])
	}
	if hasFrac {
		b = append(b, point)
		b = append(b, frac...)
	}
	return b
}

// appendNumber writes an exact decimal with grouped thousands and every
// fractional digit it has, at least two: "370,3701", "8 398,60".
func appendNumber(b []byte, d decimal.Decimal, lang law.Lang) []byte {
	if d.Exponent() >= -2 {
		return appendAmount(b, d, lang)
	}
	if !sane(d) {
		return appendScientific(b, d)
	}
	return appendGrouped(b, d.String(), lang)
}

// appendPercent writes a fraction as a percentage: 0.01 is "1 %" in
// Russian and "1%" in English, 0.155 is "15,5 %" / "15.5%".
func appendPercent(b []byte, fraction decimal.Decimal, lang law.Lang) []byte {
	b = appendPlain(b, fraction.Shift(2), lang)
	if lang == law.English {
		return append(b, '%')
	}
	return append(b, " %"...)
}

// appendPlain writes d without grouping and without trailing zeros, with
// the decimal separator of lang.
func appendPlain(b []byte, d decimal.Decimal, lang law.Lang) []byte {
	if !sane(d) {
		return appendScientific(b, d)
	}
	s := d.String()
	if lang != law.English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return append(b, s...)
}

func itoa(n int) string { return strconv.Itoa(n) }
