package penalty

import (
	"math/bits"
	"strconv"

	"github.com/zozpp/zozpp/calendar/law"
)

// appendFormulaInt writes a row's formula in integers — the common case,
// rendered without allocating; ok is false when an operand does not fit,
// and the caller then uses decimal arithmetic. It writes exactly what the
// decimal path writes.
func (r Row) appendFormulaInt(b []byte, lang law.Lang) ([]byte, bool) {
	bk, ok1 := kopecks(r.Base)
	ak, ok2 := kopecks(r.Amount)
	rc, re, ok3 := smallInt(r.Rate)
	if !ok1 || !ok2 || !ok3 || bk < 0 || ak < 0 || rc < 0 || re > 0 || re < -18 || r.Days < 0 {
		return b, false
	}
	mult := int64(1)
	if r.Multiplier > 1 {
		mult = int64(r.Multiplier)
	}
	n, den := mult, int64(1)
	switch {
	case r.YearDays > 0:
		den = int64(r.YearDays)
	case !r.Share.IsZero():
		n, den = int64(r.Share.Num)*mult, int64(r.Share.Den)
	}
	// The daily amount in kopecks is bk × rc × n / (10^-re × den).
	hi, scale := bits.Mul64(pow10[-re], uint64(den))
	if hi != 0 {
		return b, false
	}
	dh, dl := bits.Mul64(uint64(bk), uint64(rc))
	dh, dl, ok := mul128(dh, dl, uint64(n))
	if !ok {
		return b, false
	}
	start := len(b)
	b = appendKopecks(b, bk, lang)
	b = append(b, " × "...)
	b = appendFixed(b, uint64(rc), int(-re)-2, lang)
	b = append(b, pickLang(lang, " %", "%")...)
	if !r.Share.IsZero() {
		b = append(b, " × "...)
		b = appendShare(b, r.Share)
	}
	if mult > 1 {
		b = append(b, " × "...)
		b = strconv.AppendInt(b, mult, 10)
	}
	if r.Rounding == RoundDailyAmount {
		daily := int64(0)
		if r.Days > 0 {
			daily = ak / int64(r.Days)
		}
		if r.YearDays > 0 {
			b = append(b, " / "...)
			b = strconv.AppendInt(b, den, 10)
		}
		if den != 1 {
			b = appendApproxInt(b, dh, dl, scale, daily, lang)
		} else if b, ok = appendExact(b, dh, dl, int(-re)+2, daily, lang); !ok {
			return b[:start], false
		}
		b = append(b, pickLang(lang, " в день; ", " per day; ")...)
		b = appendKopecks(b, daily, lang)
		b = append(b, " × "...)
		b = strconv.AppendInt(b, int64(r.Days), 10)
		b = append(b, " = "...)
		return appendKopecks(b, ak, lang), true
	}
	b = append(b, " × "...)
	b = strconv.AppendInt(b, int64(r.Days), 10)
	eh, el, ok := mul128(dh, dl, uint64(r.Days))
	if !ok {
		return b[:start], false
	}
	if r.YearDays > 0 {
		b = append(b, " / "...)
		b = strconv.AppendInt(b, den, 10)
	}
	if den != 1 {
		return appendApproxInt(b, eh, el, scale, ak, lang), true
	}
	b, ok = appendExact(b, eh, el, int(-re)+2, ak, lang)
	if !ok {
		return b[:start], false
	}
	return b, true
}

// appendApproxInt writes " = x" when (hi, lo) / scale is exactly x kopecks
// and " ≈ x" otherwise.
func appendApproxInt(b []byte, hi, lo, scale uint64, k int64, lang law.Lang) []byte {
	ph, pl := bits.Mul64(uint64(k), scale)
	if ph == hi && pl == lo {
		b = append(b, " = "...)
	} else {
		b = append(b, " ≈ "...)
	}
	return appendKopecks(b, k, lang)
}

// appendExact writes " = x" when the value (hi, lo) with frac decimals is
// exactly x kopecks, else " = exact ≈ x" with every decimal of the exact
// value ("370,3701 ≈ 370,37").
func appendExact(b []byte, hi, lo uint64, frac int, k int64, lang law.Lang) ([]byte, bool) {
	b = append(b, " = "...)
	if frac < 2 || frac > 19 {
		return b, false
	}
	ph, pl := bits.Mul64(uint64(k), pow10[frac-2])
	if ph == hi && pl == lo {
		return appendKopecks(b, k, lang), true
	}
	if hi >= pow10[19] {
		return b, false
	}
	// The exact value's digits: hi·2^64 + lo in base 10.
	q, rem := bits.Div64(hi, lo, pow10[19])
	var digits [40]byte
	ds := digits[:0]
	if q > 0 {
		ds = strconv.AppendUint(ds, q, 10)
		var rb [20]byte
		s := strconv.AppendUint(rb[:0], rem, 10)
		for range 19 - len(s) {
			ds = append(ds, '0')
		}
		ds = append(ds, s...)
	} else {
		ds = strconv.AppendUint(ds, rem, 10)
	}
	for len(ds) <= frac {
		ds = append([]byte{'0'}, ds...)
	}
	intPart, fracPart := ds[:len(ds)-frac], ds[len(ds)-frac:]
	for len(fracPart) > 2 && fracPart[len(fracPart)-1] == '0' {
		fracPart = fracPart[:len(fracPart)-1]
	}
	var s [48]byte
	num := append(append(append(s[:0], intPart...), '.'), fracPart...)
	b = appendGrouped(b, string(num), lang)
	b = append(b, " ≈ "...)
	return appendKopecks(b, k, lang), true
}

// appendFixed writes v / 10^scale without trailing zeros (v × 10^-scale
// when scale is negative), with the decimal separator of lang.
func appendFixed(b []byte, v uint64, scale int, lang law.Lang) []byte {
	for scale > 0 && v%10 == 0 && v != 0 {
		v /= 10
		scale--
	}
	if scale <= 0 {
		b = strconv.AppendUint(b, v, 10)
		for ; scale < 0; scale++ {
			b = append(b, '0')
		}
		return b
	}
	var buf [24]byte
	s := strconv.AppendUint(buf[:0], v, 10)
	if len(s) <= scale {
		b = append(b, '0')
		b = append(b, pickLang(lang, ",", ".")...)
		for range scale - len(s) {
			b = append(b, '0')
		}
		return append(b, s...)
	}
	b = append(b, s[:len(s)-scale]...)
	b = append(b, pickLang(lang, ",", ".")...)
	return append(b, s[len(s)-scale:]...)
}

func pickLang(lang law.Lang, ru, en string) string {
	if lang == law.English {
		return en
	}
	return ru
}
