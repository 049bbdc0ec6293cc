package penalty

import (
	"strconv"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// RateText summarises in lang the rate the rule charges for a delay that
// begins on day on, as a catalog shows it: «0,5 % в день; не может
// превышать сумму предварительной оплаты товара», «1/150 ставки
// рефинансирования в день», «с 31-го дня 1/300, с 91-го дня 1/130 ставки
// рефинансирования в день», «ставка ГК РФ ст. 395 п. 1, годовых». It is a
// summary, not a calculation: the rows of a [Calculation] say which rate
// applied to which day.
func (r Rule) RateText(on calendar.Date, lang law.Lang) string {
	en := lang == law.English
	var b []byte
	if r.Reference == NoReference && len(r.Eras) == 0 {
		b = appendPercent(b, r.Rate, lang)
		b = append(b, pick(en, " в день", " a day")...)
		return string(r.appendCap(b, en))
	}
	if r.Reference == ReferenceArt395 {
		return pick(en, "ставка ГК РФ ст. 395 п. 1, годовых", "the rate of ГК РФ ст. 395 п. 1, a year")
	}
	var tiers []Tier
	for _, e := range r.Eras {
		if e.covers(on, on) {
			tiers = e.Tiers
		}
	}
	if len(tiers) == 0 {
		return pick(en, "правило не действует на ", "the rule is not in force on ") + on.Text(lang)
	}
	if tiers[len(tiers)-1].Share.Annual() {
		return pick(en, "ставка рефинансирования (ключевая ставка), годовых", "the refinancing (key) rate, a year")
	}
	if r.Multiplier > 1 {
		b = strconv.AppendInt(b, int64(r.Multiplier), 10)
		b = append(b, " × "...)
	}
	first := true
	for i, t := range tiers {
		if t.Share.IsZero() && t.Fixed.IsZero() {
			continue // a grace period: the next tier says from which day
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		if i > 0 || t.FromDay > 1 {
			b = append(b, pick(en, "с ", "from day ")...)
			b = strconv.AppendInt(b, int64(t.FromDay), 10)
			b = append(b, pick(en, "-го дня ", ": ")...)
		}
		if t.Share.IsZero() {
			b = appendPercent(b, t.Fixed, lang)
		} else {
			b = appendShare(b, t.Share)
		}
	}
	if r.Reference != NoReference {
		b = append(b, ' ')
		b = append(b, r.Reference.genitive(en)...)
	}
	b = append(b, pick(en, " в день", " a day")...)
	return string(r.appendCap(b, en))
}

func (r Rule) appendCap(b []byte, en bool) []byte {
	if !r.CapToBase {
		return b
	}
	if en {
		return append(append(b, ", at most the "...), r.Base.Text(law.English)...)
	}
	return append(append(b, "; "...), r.Base.CapText(law.Russian)...)
}

// genitive names the reference rate as the object of a share: «ключевой
// ставки», "of the key rate".
func (r Reference) genitive(en bool) string {
	switch r {
	case ReferenceKeyRate:
		return pick(en, "ключевой ставки", "of the key rate")
	case ReferenceRefinancingRate:
		return pick(en, "ставки рефинансирования", "of the refinancing rate")
	}
	return ""
}
