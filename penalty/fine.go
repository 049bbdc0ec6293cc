package penalty

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// FineKind names a fine.
type FineKind string

// The fines of the package.
const (
	ConsumerFineKind FineKind = "consumer" // ЗоЗПП ст. 13 п. 6: 50 % of what is awarded
	OSAGOFineKind    FineKind = "osago"    // 40-ФЗ ст. 16.1 п. 3: 50 % of the payout the insurer withheld
	DDUFineKind      FineKind = "ddu"      // 214-ФЗ ст. 10 ч. 3: 5 % of what is awarded
)

var (
	consumerFineRefs = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 13 п. 6; Постановление Пленума ВС РФ от 28.06.2012 № 17, п. 46")
	osagoFineRefs    = law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 16.1 п. 3")
	dduFineRefs      = law.MustRefs("Федеральный закон от 30.12.2004 № 214-ФЗ, ст. 10 ч. 3 (ред. ФЗ от 08.08.2024 № 266-ФЗ)")
	half             = decimal.New(5, -1)
	fivePercent      = decimal.New(5, -2)
	dduFineFrom      = calendar.NewDate(2024, 9, 1)
)

// FinePart is one sum of a fine's base, by its code (fine.penalty,
// fine.moral_damages, fine.paid_voluntarily, ...). A part that is
// subtracted (what the insurer paid voluntarily) has a negative Amount.
type FinePart struct {
	Code   Code
	Amount decimal.Decimal
}

// Fine is a court fine computed from its parts: Base is their sum, Total
// is Base × Rate rounded to kopecks half away from zero, Basis cites the
// law and Notes carry what the court must weigh.
type Fine struct {
	Kind  FineKind
	Parts []FinePart
	Base  decimal.Decimal
	Rate  decimal.Decimal // 0.5 or 0.05
	Total decimal.Decimal
	Basis []law.Ref
	Notes []Note
}

// ConsumerFineInput is what a court awards a consumer, the base of the
// fine of ЗоЗПП ст. 13 п. 6. Every amount is zero or positive, in rubles
// with kopecks.
type ConsumerFineInput struct {
	// Penalty: the penalty (неустойка) awarded.
	Penalty decimal.Decimal `json:"penalty,omitzero"`
	// Base: the refund or price, when the court awards it — a sum paid
	// after the suit was filed still counts if the consumer did not drop
	// the claim (Пленум ВС РФ № 17 п. 47, whose wording was not re-read;
	// Определение ВС РФ от 28.07.2020 № 19-КГ20-6).
	Base decimal.Decimal `json:"base,omitzero"`
	// MoralDamages: compensation of moral harm (ЗоЗПП ст. 15), which courts
	// include in the base.
	MoralDamages decimal.Decimal `json:"moral_damages,omitzero"`
	// Losses: losses awarded.
	Losses decimal.Decimal `json:"losses,omitzero"`
	// OtherAwarded: any other sum awarded to the consumer under the Law
	// (court costs are not: they follow ГПК РФ ст. 98, 100).
	OtherAwarded decimal.Decimal `json:"other_awarded,omitzero"`
	// TermEnded, when given, is the last day of the term for satisfying
	// the demand voluntarily: if it fell in the 2022 moratorium the fine
	// carries the FineMoratoriumDisputed warning.
	TermEnded calendar.Date `json:"term_ended,omitzero"`
}

// ConsumerFine computes the fine of ЗоЗПП ст. 13 п. 6 that a court
// imposes on a seller who did not satisfy the consumer's demands
// voluntarily — whether or not the consumer asked for it (Пленум ВС РФ
// № 17 п. 46): 50 % of everything awarded to the consumer, from its parts;
// court costs are not among them (they follow ГПК РФ ст. 98, 100). The
// Government moratoria: ПП РФ № 479 names ЗоЗПП fines against developers
// expressly (no fine for its period); for the general moratorium of ПП РФ
// № 497 no Supreme Court position was found, so the fine is not cut and
// carries the [FineMoratoriumDisputed] warning when TermEnded falls in it.
// Each amount is checked against [MaxAmount] before anything else touches
// it; errors are *InputError naming the field (penalty, base,
// moral_damages, losses, other_awarded).
func ConsumerFine(in ConsumerFineInput) (Fine, error) {
	f := Fine{Kind: ConsumerFineKind, Rate: half, Basis: slices.Clone(consumerFineRefs)}
	for _, p := range []struct {
		field  string
		code   Code
		amount decimal.Decimal
	}{
		{"penalty", FinePenalty, in.Penalty}, {"base", FineBase, in.Base}, {"moral_damages", FineMoralDamages, in.MoralDamages},
		{"losses", FineLosses, in.Losses}, {"other_awarded", FineOtherAwarded, in.OtherAwarded},
	} {
		if err := checkMoney(p.field, p.amount, true); err != nil {
			return Fine{}, err
		}
		if !p.amount.IsZero() {
			f.Parts = append(f.Parts, FinePart{Code: p.code, Amount: canonMoney(p.amount)})
		}
	}
	f.finish()
	if inMoratorium2022(in.TermEnded) {
		f.Notes = append(f.Notes, Note{Code: FineMoratoriumDisputed, Date: in.TermEnded, Basis: moratorium2022Basis()})
	}
	return f, nil
}

// CourtFine is the fine of ЗоЗПП ст. 13 п. 6 on one awarded sum: 50 % of
// awarded, rounded to kopecks half away from zero. awarded is checked
// first (zero or positive, at most MaxAmount); ConsumerFine gives the
// fine with its parts and citations.
func CourtFine(awarded decimal.Decimal) (decimal.Decimal, error) {
	if err := checkMoney("awarded", awarded, true); err != nil {
		return decimal.Decimal{}, err
	}
	return canonMoney(awarded.Mul(half).Round(2)), nil
}

// OSAGOFine computes the fine of 40-ФЗ ст. 16.1 п. 3: when a court
// satisfies the claim of a victim who is a natural person, 50 % of the
// difference between the insurance payout the court set and what the
// insurer paid voluntarily; the penalty and moral harm are not in its base.
// The wording of п. 3 could not be read in a stored source (research for
// issue 10, §4.4: from memory, unverified): check it before relying on the
// figure.
// courtPayout is positive; paidVoluntarily is zero or positive and not
// above it. Errors are *InputError on court_payout or paid_voluntarily.
func OSAGOFine(courtPayout, paidVoluntarily decimal.Decimal) (Fine, error) {
	if err := checkMoney("court_payout", courtPayout, false); err != nil {
		return Fine{}, err
	}
	if err := checkMoney("paid_voluntarily", paidVoluntarily, true); err != nil {
		return Fine{}, err
	}
	if paidVoluntarily.GreaterThan(courtPayout) {
		return Fine{}, fieldError(ErrInvalidInput, "paid_voluntarily", showDecimal(paidVoluntarily), ": accepted is at most the payout the court set, ", showDecimal(courtPayout))
	}
	f := Fine{Kind: OSAGOFineKind, Rate: half, Basis: slices.Clone(osagoFineRefs),
		Parts: []FinePart{{Code: FineCourtPayout, Amount: canonMoney(courtPayout)}}}
	if !paidVoluntarily.IsZero() {
		f.Parts = append(f.Parts, FinePart{Code: FinePaidVoluntarily, Amount: canonMoney(paidVoluntarily.Neg())})
	}
	f.finish()
	return f, nil
}

// DDUFine computes the fine of 214-ФЗ ст. 10 ч. 3 (ред. ФЗ от 08.08.2024
// № 266-ФЗ): 5 % of the sum awarded to a participant of shared
// construction for the developer's failure to satisfy the demands
// voluntarily, in force since 01.09.2024 (the wording and date rest on
// secondary sources; the transition is read by the courts). Earlier
// claims took the consumer fine of ЗоЗПП ст. 13 п. 6 ([ConsumerFine]).
func DDUFine(awarded decimal.Decimal) (Fine, error) {
	if err := checkMoney("awarded", awarded, true); err != nil {
		return Fine{}, err
	}
	f := Fine{Kind: DDUFineKind, Rate: fivePercent, Basis: slices.Clone(dduFineRefs),
		Notes: []Note{{Code: FineDDUEffective, Date: dduFineFrom}}}
	if !awarded.IsZero() {
		f.Parts = []FinePart{{Code: FineAwarded, Amount: canonMoney(awarded)}}
	}
	f.finish()
	return f, nil
}

// finish sums the parts and applies the rate.
func (f *Fine) finish() {
	var k int64
	for _, p := range f.Parts {
		pk, _ := kopecks(p.Amount)
		k += pk
	}
	f.Base = money(k)
	// The rate is 0.5 or 0.05: k × 5 / 10 or / 100, rounded half away from
	// zero, in integers (k is at most a few MaxAmounts in kopecks).
	if c, e, ok := smallInt(f.Rate); ok && c > 0 && c < 100 && e < 0 && e >= -4 {
		div := int64(1)
		for ; e < 0; e++ {
			div *= 10
		}
		n := k * c
		q := n / div
		if r := n % div; 2*r >= div {
			q++
		} else if 2*r <= -div {
			q--
		}
		f.Total = money(q)
		return
	}
	f.Total = canonMoney(f.Base.Mul(f.Rate).Round(2))
}

// String is Text(law.Russian).
func (f Fine) String() string { return f.Text(law.Russian) }

// Text renders the fine in lang: «Штраф: 50 % × (неустойка 8 398,60 руб. +
// моральный вред 5 000,00 руб.) = 6 699,30 руб.», then the basis and the
// notes.
func (f Fine) Text(lang law.Lang) string { return string(f.appendText(nil, lang)) }

// AppendText appends Text(lang) to b.
func (f Fine) AppendText(b []byte, lang law.Lang) []byte { return f.appendText(b, lang) }

func (f Fine) appendText(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	b = append(b, pick(en, "Штраф: ", "Fine: ")...)
	b = appendPercent(b, f.Rate, lang)
	b = append(b, " × ("...)
	for i, p := range f.Parts {
		switch {
		case i > 0 && p.Amount.Sign() < 0:
			b = append(b, " − "...)
		case i > 0:
			b = append(b, " + "...)
		}
		b = append(b, finePartName(p.Code, lang)...)
		b = append(b, ' ')
		b = appendMoney(b, p.Amount.Abs(), lang)
	}
	if len(f.Parts) == 0 {
		b = appendMoney(b, f.Base, lang)
	}
	b = append(b, ") = "...)
	b = appendMoney(b, f.Total, lang)
	b = endSentence(b)
	b = append(b, pick(en, "Основание: ", "Basis: ")...)
	b = appendRefs(b, f.Basis, lang)
	b = append(b, ".\n"...)
	for _, n := range f.Notes {
		b = appendNote(b, n, lang)
		b = append(b, '\n')
	}
	return b
}

func finePartName(c Code, lang law.Lang) string {
	en := lang == law.English
	switch c {
	case FinePenalty:
		return pick(en, "неустойка", "penalty")
	case FineBase:
		return pick(en, "стоимость товара (работы, услуги)", "price refunded")
	case FineMoralDamages:
		return pick(en, "компенсация морального вреда", "moral damages")
	case FineLosses:
		return pick(en, "убытки", "losses")
	case FineOtherAwarded:
		return pick(en, "иные присуждённые суммы", "other sums awarded")
	case FineCourtPayout:
		return pick(en, "страховое возмещение, определённое судом", "payout set by the court")
	case FinePaidVoluntarily:
		return pick(en, "выплачено добровольно", "paid voluntarily")
	case FineAwarded:
		return pick(en, "присуждённая сумма", "sum awarded")
	}
	return string(c)
}

// AppendJSON appends the fine as JSON: kind, parts (code, amount, text),
// base, rate, total, basis, notes and the text in lang.
func (f Fine) AppendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"kind":`...)
	b = law.AppendJSONString(b, string(f.Kind))
	b = append(b, `,"parts":[`...)
	for i, p := range f.Parts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"code":`...)
		b = law.AppendJSONString(b, string(p.Code))
		b = append(b, `,"amount":`...)
		b = appendMoneyJSON(b, p.Amount)
		b = append(b, `,"text":`...)
		b = law.AppendJSONString(b, finePartName(p.Code, lang))
		b = append(b, '}')
	}
	b = append(b, `],"base":`...)
	b = appendMoneyJSON(b, f.Base)
	b = append(b, `,"rate":`...)
	b = appendDecimalJSON(b, f.Rate)
	b = append(b, `,"total":`...)
	b = appendMoneyJSON(b, f.Total)
	b = append(b, `,"basis":`...)
	b = law.AppendJSONRefs(b, f.Basis, lang)
	if f.Notes != nil {
		b = append(b, `,"notes":[`...)
		for i, n := range f.Notes {
			if i > 0 {
				b = append(b, ',')
			}
			b = n.appendJSON(b, lang)
		}
		b = append(b, ']')
	}
	b = append(b, `,"text":`...)
	b = law.AppendJSONString(b, string(f.appendText(nil, lang)))
	return append(b, '}')
}

// MarshalJSON is AppendJSON(nil, law.Russian).
func (f Fine) MarshalJSON() ([]byte, error) { return f.AppendJSON(nil, law.Russian), nil }

// UnmarshalJSON reads what AppendJSON writes, ignoring the text.
func (f *Fine) UnmarshalJSON(data []byte) error {
	var j struct {
		Kind  FineKind `json:"kind"`
		Parts []struct {
			Code   Code   `json:"code"`
			Amount string `json:"amount"`
		} `json:"parts"`
		Base  string     `json:"base"`
		Rate  string     `json:"rate"`
		Total string     `json:"total"`
		Basis []law.Ref  `json:"basis"`
		Notes []noteJSON `json:"notes"`
	}
	if len(data) > 1<<20 {
		return fieldError(ErrInvalidInput, "", "fine JSON larger than 1 MiB")
	}
	if err := json.Unmarshal(data, &j); err != nil {
		return fieldError(ErrInvalidInput, "", "fine JSON: ", law.Clip(err.Error()))
	}
	out := Fine{Kind: j.Kind, Basis: j.Basis}
	var err error
	parse := func(field, s string) decimal.Decimal {
		if err != nil || s == "" {
			return decimal.Decimal{}
		}
		var d decimal.Decimal
		d, err = parseMoneyJSON(field, s)
		return d
	}
	if j.Parts != nil {
		out.Parts = make([]FinePart, len(j.Parts))
	}
	for i, p := range j.Parts {
		out.Parts[i] = FinePart{Code: p.Code, Amount: parse("parts["+strconv.Itoa(i)+"].amount", p.Amount)}
	}
	out.Base, out.Total = parse("base", j.Base), parse("total", j.Total)
	if err == nil && j.Rate != "" {
		out.Rate, err = parseRateJSON("rate", j.Rate)
	}
	if j.Notes != nil {
		out.Notes = make([]Note, len(j.Notes))
	}
	for i, n := range j.Notes {
		out.Notes[i] = Note{Code: n.Code, Date: n.Date, Amount: parse("notes.amount", n.Amount), Of: parse("notes.of", n.Of), Basis: n.Basis}
	}
	if err != nil {
		return err
	}
	*f = out
	return nil
}
