package courtfee

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

var (
	// ErrInvalidClaim: the price of claim is not a positive amount of
	// roubles with at most 2 decimal places within MaxClaim.
	ErrInvalidClaim = errors.New("courtfee: invalid price of claim")
	// ErrOutOfRange: no wording of the scale in the data covers the filing
	// date (the data starts on 29.01.2010).
	ErrOutOfRange = errors.New("courtfee: filing date out of range")
	// ErrInvalidData: Load could not read the scales; the message says
	// what is accepted.
	ErrInvalidData = errors.New("courtfee: invalid data")
)

// MaxClaim bounds the price of claim Compute accepts, in roubles: a
// trillion, far above the price at which every scale reaches its maximum.
const MaxClaim = 1_000_000_000_000

var hundred = decimal.NewFromInt(100)

// The citations every fee rests on besides its scale.
var (
	// consumerPlaintiff: consumers are exempt as plaintiffs (НК РФ ст. 333.36
	// п. 2 пп. 4; Закон РФ № 2300-1 ст. 17 п. 3).
	consumerPlaintiff = []law.Ref{
		law.MustRef("НК РФ ст. 333.36 п. 2 пп. 4"),
		law.MustRef("Закон РФ от 07.02.1992 № 2300-1, ст. 17 п. 3"),
	}
	// wholeRoubles: the fee is paid in whole roubles, less than 50 kopecks
	// dropped, 50 kopecks and more rounded up (НК РФ ст. 52 п. 6).
	wholeRoubles = law.MustRef("НК РФ ст. 52 п. 6")
)

// Option changes how Compute counts the fee.
type Option func(*config)

type config struct {
	consumer bool
	scales   *Scales
}

// Consumer applies the consumer exemption of НК РФ ст. 333.36 п. 3: the
// plaintiff sues over the violation of a consumer's rights (п. 2 пп. 4;
// ЗоЗПП ст. 17 п. 3), so a price of claim up to 1 000 000 ₽ is exempt and a
// higher one pays the fee less the fee at 1 000 000 ₽.
func Consumer() Option { return func(c *config) { c.consumer = true } }

// WithScales counts the fee by scales read with Load (a newer wording
// without a release) instead of Builtin.
func WithScales(s *Scales) Option { return func(c *config) { c.scales = s } }

// Step codes: one per kind of step in Fee.Steps.
const (
	StepScale          = "scale"           // the wording in force on the filing date
	StepBracket        = "bracket"         // the bracket of the price and its formula
	StepMinimum        = "minimum"         // the bracket's minimum applied
	StepMaximum        = "maximum"         // the bracket's maximum applied
	StepConsumerExempt = "consumer_exempt" // consumer, price within the threshold: nothing to pay
	StepConsumerExcess = "consumer_excess" // consumer, price above the threshold: the fee less the fee at the threshold
	StepRounding       = "rounding"        // whole roubles
	StepUnverified     = "unverified"      // the bracket used is reconstructed
)

// Step is one step of the reasoning: a stable Code, the provisions it
// applies, and the sentence in Russian and in English.
type Step struct {
	Code   string    `json:"code"`
	Refs   []law.Ref `json:"refs,omitempty"`
	Text   string    `json:"text"`
	TextEN string    `json:"text_en"`
}

// Fee is the court fee for a claim of property character subject to
// valuation, filed with a court of general jurisdiction or a justice of the
// peace.
type Fee struct {
	Claim    decimal.Decimal `json:"claim"`    // цена иска, roubles
	Filed    calendar.Date   `json:"filed"`    // the filing date, which decides the wording
	Consumer bool            `json:"consumer"` // the consumer exemption was applied

	Scale   Scale   `json:"-"` // the wording of ст. 333.19 п. 1 пп. 1 in force on Filed
	Bracket Bracket `json:"-"` // the line of the scale used

	// Full is the fee under ст. 333.19 without the exemption, exact;
	// Exempt is what the consumer exemption takes off it (all of it up to
	// the threshold; the fee at the threshold above it); Exact is Full −
	// Exempt; Amount is Exact in whole roubles: what to pay.
	Full   decimal.Decimal `json:"full"`
	Exempt decimal.Decimal `json:"exempt"`
	Exact  decimal.Decimal `json:"exact"`
	Amount decimal.Decimal `json:"amount"`

	// Unverified: the bracket used is a reconstruction (Mark U), or the
	// filing date is after the day the data was reviewed. Check the fee
	// against the official text before filing.
	Unverified bool `json:"unverified"`

	Refs  []law.Ref `json:"refs"`  // the provisions applied, in order
	Steps []Step    `json:"steps"` // the reasoning
}

// String renders the reasoning in Russian, one step a line.
func (f Fee) String() string { return f.Text(law.Russian) }

// Text renders the reasoning in lang, one step a line.
func (f Fee) Text(lang law.Lang) string {
	var b strings.Builder
	for _, s := range f.Steps {
		if lang == law.English {
			b.WriteString(s.TextEN)
		} else {
			b.WriteString(s.Text)
		}
		if len(s.Refs) > 0 {
			b.WriteString(" [")
			b.WriteString(law.Join(s.Refs, lang))
			b.WriteString("]")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Compute returns the court fee (государственная пошлина) for a claim of
// property character subject to valuation at the price claim (roubles, at
// most 2 decimal places, above 0 and at most MaxClaim), filed on filed with
// a court of general jurisdiction or a justice of the peace: НК РФ ст. 333.19
// п. 1 пп. 1 in the wording in force on the filing date — from 09.09.2024
// the scale of ФЗ от 08.08.2024 № 259-ФЗ, from 29.01.2010 through
// 08.09.2024 the scale of ФЗ от 27.12.2009 № 374-ФЗ. With Consumer() the
// exemption of НК РФ ст. 333.36 п. 3 applies.
//
// A price with kopecks between two brackets' printed bounds (100 000,50 ₽)
// falls in the bracket above, whose formula counts the excess over 100 000
// ₽; every scale is continuous there. The fee is rounded to whole roubles
// (НК РФ ст. 52 п. 6), half a rouble up.
//
// The cost of a claim (цена иска) is what the plaintiff claims in money:
// the refund, the penalty, the damages — not the ст. 13 п. 6 fine, which
// the court awards of its own motion, nor moral damages, a claim of
// non-property character (НК РФ ст. 333.19 п. 1 пп. 3; ГПК РФ ст. 91).
func Compute(claim decimal.Decimal, filed calendar.Date, opts ...Option) (Fee, error) {
	var c config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	scales := c.scales
	if scales == nil {
		scales = Builtin()
	}
	// penalty.CheckAmount looks at the size of claim before anything
	// formats, rounds or compares it: 1e800000000 must not be expanded.
	if err := penalty.CheckAmount(claim, false); err != nil {
		return Fee{}, fmt.Errorf("%w: accepted is above 0 and at most %s roubles, with at most 2 decimal places (kopecks)", ErrInvalidClaim, money(decimal.NewFromInt(MaxClaim)))
	}
	if claim.GreaterThan(decimal.NewFromInt(MaxClaim)) {
		return Fee{}, fmt.Errorf("%w: %s: accepted is above 0 and at most %s roubles, with at most 2 decimal places (kopecks)", ErrInvalidClaim, law.Clip(claim.String()), money(decimal.NewFromInt(MaxClaim)))
	}
	if filed.IsZero() {
		return Fee{}, fmt.Errorf("%w: no filing date: accepted is a date from %s", ErrOutOfRange, scales.scales[0].From.Format("02.01.2006"))
	}
	sc, ok := scales.At(filed)
	if !ok {
		return Fee{}, fmt.Errorf("%w: %s: accepted are dates from %s (the data starts with the wording in force then)", ErrOutOfRange, filed.Format("02.01.2006"), scales.scales[0].From.Format("02.01.2006"))
	}
	br, _ := sc.bracket(claim) // the first bracket starts above 0 and the last has no bound
	f := Fee{Claim: claim.Round(2), Filed: filed, Scale: sc, Bracket: br, Consumer: c.consumer}
	f.Full = br.fee(claim)
	f.Refs = append(f.Refs, sc.Basis)

	to := "по настоящее время"
	toEN := "to date"
	if !sc.To.IsZero() {
		to = "по " + sc.To.Format("02.01.2006")
		toEN = "through " + sc.To.Format("02.01.2006")
	}
	f.step(StepScale, []law.Ref{sc.Basis},
		fmt.Sprintf("Иск подан %s: применяется редакция, действующая с %s %s.", filed.Format("02.01.2006"), sc.From.Format("02.01.2006"), to),
		fmt.Sprintf("The claim is filed on %s: the wording in force from %s %s applies.", filed.Format("02.01.2006"), sc.From.Format("02.01.2006"), toEN))
	formula, formulaEN := br.formula(claim)
	f.step(StepBracket, nil,
		fmt.Sprintf("Цена иска %s руб.: «%s»; %s = %s руб.", money(claim), br.Text, formula, money(f.Full)),
		fmt.Sprintf("Price of claim RUB %s: “%s”; %s = RUB %s.", moneyEN(claim), br.Text, formulaEN, moneyEN(f.Full)))
	raw := br.Fixed.Add(claim.Sub(br.Over).Mul(br.Percent).Div(hundred))
	if !br.Min.IsZero() && raw.LessThan(br.Min) {
		f.step(StepMinimum, nil, fmt.Sprintf("Не менее %s руб.", money(br.Min)), fmt.Sprintf("At least RUB %s.", moneyEN(br.Min)))
	}
	if !br.Max.IsZero() && raw.GreaterThan(br.Max) {
		f.step(StepMaximum, nil, fmt.Sprintf("Не более %s руб.", money(br.Max)), fmt.Sprintf("At most RUB %s.", moneyEN(br.Max)))
	}
	f.Unverified = br.Mark == Reconstructed || filed.After(scales.reviewed)

	if c.consumer {
		ex, ok := scales.exemptionAt(filed)
		if !ok {
			from := "none: the data has no consumer exemption"
			if len(scales.exemptions) > 0 {
				from = "dates from " + scales.exemptions[0].From.Format("02.01.2006")
			}
			return Fee{}, fmt.Errorf("%w: %s: no consumer exemption in force then in the data; accepted are %s", ErrOutOfRange, filed.Format("02.01.2006"), from)
		}
		refs := append([]law.Ref{ex.Basis}, consumerPlaintiff...)
		f.Refs = append(f.Refs, refs...)
		if !claim.GreaterThan(ex.Threshold) {
			f.Exempt = f.Full
			f.step(StepConsumerExempt, refs,
				fmt.Sprintf("Истец — потребитель, цена иска не превышает %s руб.: от уплаты государственной пошлины освобождён.", money(ex.Threshold)),
				fmt.Sprintf("The plaintiff is a consumer and the price of claim does not exceed RUB %s: exempt from the fee.", moneyEN(ex.Threshold)))
		} else {
			f.Exempt = sc.fee(ex.Threshold)
			f.step(StepConsumerExcess, refs,
				fmt.Sprintf("Истец — потребитель, цена иска превышает %s руб.: пошлина уменьшается на сумму пошлины при цене иска %s руб. (%s руб.): %s − %s = %s руб.",
					money(ex.Threshold), money(ex.Threshold), money(f.Exempt), money(f.Full), money(f.Exempt), money(f.Full.Sub(f.Exempt))),
				fmt.Sprintf("The plaintiff is a consumer and the price of claim exceeds RUB %s: the fee is reduced by the fee at RUB %s (RUB %s): %s − %s = RUB %s.",
					moneyEN(ex.Threshold), moneyEN(ex.Threshold), moneyEN(f.Exempt), moneyEN(f.Full), moneyEN(f.Exempt), moneyEN(f.Full.Sub(f.Exempt))))
		}
		if ex.Mark == Reconstructed {
			f.Unverified = true
		}
	}
	f.Exact = f.Full.Sub(f.Exempt)
	f.Amount = f.Exact.Round(0) // half away from zero: 50 kopecks and more up
	f.Refs = append(f.Refs, wholeRoubles)
	f.step(StepRounding, []law.Ref{wholeRoubles},
		fmt.Sprintf("К уплате в полных рублях: %s руб.", money(f.Amount)),
		fmt.Sprintf("Payable in whole roubles: RUB %s.", moneyEN(f.Amount)))
	if f.Unverified {
		f.step(StepUnverified, nil,
			"Внимание: применённая строка шкалы или редакция не сверена с официальным текстом — проверьте размер пошлины перед подачей иска.",
			"Caution: the line of the scale or the wording applied is not checked against the official text — verify the fee before filing.")
	}
	return f, nil
}

func (f *Fee) step(code string, refs []law.Ref, ru, en string) {
	f.Steps = append(f.Steps, Step{Code: code, Refs: refs, Text: ru, TextEN: en})
}

// formula writes the bracket's arithmetic at p in Russian and English.
func (b Bracket) formula(p decimal.Decimal) (ru, en string) {
	switch {
	case b.Percent.IsZero():
		return money(b.Fixed), moneyEN(b.Fixed)
	case b.Fixed.IsZero() && b.Over.IsZero():
		return fmt.Sprintf("%s × %s %%", money(p), percent(b.Percent)), fmt.Sprintf("%s × %s%%", moneyEN(p), b.Percent)
	}
	return fmt.Sprintf("%s + (%s − %s) × %s %%", money(b.Fixed), money(p), money(b.Over), percent(b.Percent)),
		fmt.Sprintf("%s + (%s − %s) × %s%%", moneyEN(b.Fixed), moneyEN(p), moneyEN(b.Over), b.Percent)
}

// money writes an amount the Russian way: "1 234 567,89", kopecks only when
// there are any.
func money(d decimal.Decimal) string { return group(d, " ", ",") }

// moneyEN writes an amount the English way: "1,234,567.89".
func moneyEN(d decimal.Decimal) string { return group(d, ",", ".") }

func percent(d decimal.Decimal) string { return strings.Replace(d.String(), ".", ",", 1) }

func group(d decimal.Decimal, thousands, point string) string {
	s := d.StringFixed(2)
	if d.Equal(d.Round(0)) {
		s = d.StringFixed(0)
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(thousands)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}
