package penalty

import (
	"strings"

	"github.com/zozpp/zozpp/calendar/law"
)

// The parts of [Calculation.Text] one at a time, for a program that lays
// the calculation out itself (a spreadsheet, a document, a widget).

// RateText is the row's rate as the table's rate column shows it: «1 % в
// день», «16 % годовых», «9,5 % × 1/300», «—» when nothing accrues.
func (r Row) RateText(lang law.Lang) string { return string(r.appendRateCell(nil, lang)) }

// CapText is the calculation's line about its ceiling, without the label
// and the final period: «размер неустойки суммой не ограничен (п. 32 …)»,
// «не более 12 000,00 руб. — сумма неустойки не может превышать цену
// услуги (…)».
func (c Calculation) CapText(lang law.Lang) string { return string(c.appendCap(nil, lang)) }

// MethodText is how the calculation was made, one sentence per code of
// [Calculation.Method], each citing its source.
func (c Calculation) MethodText(lang law.Lang) string {
	var b []byte
	var methods [8]Code
	for i, m := range c.method(&methods) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = c.appendMethod(b, m, lang)
	}
	return string(b)
}

// Text is a calculation note as a sentence: «Внимание: ставки известны
// по …».
func (n Note) Text(lang law.Lang) string { return string(appendNote(nil, n, lang)) }

// AllocationText is the i-th entry of Allocations as a sentence: which
// payment went to which debt, and why.
func (c Calculation) AllocationText(i int, lang law.Lang) string {
	if i < 0 || i >= len(c.Allocations) {
		return ""
	}
	return strings.TrimSuffix(string(c.appendAllocation(nil, c.Allocations[i], lang)), "\n")
}

// Text names the part of a fine's base in lang: «неустойка», «компенсация
// морального вреда», "moral damages".
func (p FinePart) Text(lang law.Lang) string { return finePartName(p.Code, lang) }

// CapText states a ceiling at the base in lang, as a claim letter words
// it after «Сумма неустойки»: «не может превышать цену выполнения работы
// (оказания услуги) …», "may not exceed the price of the work (service)".
func (b Base) CapText(lang law.Lang) string {
	if lang == law.English {
		return "may not exceed the " + b.Text(lang)
	}
	return "не может превышать " + b.accusative()
}
