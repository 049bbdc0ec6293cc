package documents

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/courtfee"
	"github.com/zozpp/zozpp/penalty"
)

// The adapter: the library's results as the document model. Every figure
// is copied, never recomputed; Validate then checks that the copies agree
// with the spreadsheet formulas to the kopeck, so a calculation the model
// cannot express exactly is refused rather than printed wrong.

// FromCalculation lays out a penalty, interest or key-rate calculation as
// one table: each row with its rate, amount and note, the total, the cap
// and the method, in lang.
func FromCalculation(c penalty.Calculation, lang law.Lang) (Calculation, error) {
	l := labelsFor(lang)
	out := Calculation{
		Title:  c.Title(lang),
		Refs:   c.Basis,
		Days:   c.Days,
		Total:  c.Total,
		Method: c.MethodText(lang),
	}
	out.Basis = append(out.Basis, l.BaseOf+": "+c.Base.Text(lang))
	if c.Cap.Sign() > 0 {
		out.Cap = &Cap{Limit: c.Cap, Text: c.CapText(lang)}
	} else if c.CapCode != "" {
		out.Basis = append(out.Basis, l.CapLine+": "+c.CapText(lang))
	}
	for i, d := range c.Debts {
		out.Basis = append(out.Basis, fmt.Sprintf("%s %d: %s %s, %s %s", l.Debt, i+1, money(d.Amount, lang), l.Currency, l.DueOn, d.Due.Text(lang)))
	}
	for i, r := range c.Rows {
		row := Row{From: r.From, To: r.To, Days: r.Days, Base: r.Base, Amount: r.Amount, Excluded: r.Excluded, Note: c.RowNote(i, lang)}
		if len(c.Debts) > 1 {
			row.Note = fmt.Sprintf("%s %d. %s", l.Debt, r.Debt+1, row.Note)
		}
		if !r.Excluded {
			rate, err := rateOf(r, c.Rounding)
			if err != nil {
				return Calculation{}, fmt.Errorf("%w: rows[%d]: %v", ErrInvalid, i, err)
			}
			row.Rate = rate
		}
		out.Rows = append(out.Rows, row)
	}
	v := &validator{}
	out.validate(v, "calculation")
	return out, v.err()
}

// rateOf is the row's rate as the model states it: a daily fraction, a
// share of an annual rate (Divisor 300 for 1/300), or an annual rate over
// the days of the year; a multiplier is folded into the value.
func rateOf(r penalty.Row, rounding penalty.Rounding) (Rate, error) {
	value := r.Rate
	if r.Multiplier > 1 {
		value = value.Mul(decimal.NewFromInt(int64(r.Multiplier)))
	}
	rate := Rate{Value: value, RoundDaily: rounding == penalty.RoundDailyAmount}
	switch {
	case r.YearDays > 0:
		rate.Per, rate.YearDays = PerYear, r.YearDays
		if r.Share.Num > 1 {
			rate.Value = rate.Value.Mul(decimal.NewFromInt(int64(r.Share.Num)))
		}
	case !r.Share.IsZero():
		rate.Divisor = r.Share.Den
		if r.Share.Num > 1 {
			rate.Value = rate.Value.Mul(decimal.NewFromInt(int64(r.Share.Num)))
		}
	}
	if err := rate.check(); err != "" {
		return Rate{}, fmt.Errorf("%s", err)
	}
	return rate, nil
}

// AssessmentOptions says what to add to an assessment's document.
type AssessmentOptions struct {
	Lang law.Lang
	// Date is the day the document is made; zero: not printed.
	Date calendar.Date
	// CourtFee, when set, adds the court fee for a lawsuit over the
	// assessed sums as a line of the totals, with its reasoning among the
	// notes (courtfee.Compute).
	CourtFee *courtfee.Fee
}

// FromAssessment builds the document of an assessment: the claim and its
// term as facts, the penalty or interest table, the fine and the court fee
// as totals, the reasoning for the due date as the explanation, and the
// assessment's warnings and notes.
func FromAssessment(a claimtype.Assessment, o AssessmentOptions) (Document, error) {
	lang := o.Lang
	l := labelsFor(lang)
	t := a.Type
	d := Document{Lang: lang, Date: o.Date, Title: l.CalcTitle + " «" + t.TitleText(lang) + "»"}
	fact := func(label, value string) { d.Facts = append(d.Facts, Fact{Label: label, Value: value}) }
	fact(l.Demand, t.TitleText(lang)+" ("+law.Join(t.Basis, lang)+")")
	dl := a.Deadline
	if !dl.Event.IsZero() {
		fact(l.Event+" ("+t.From.Text(lang)+")", dl.Event.Text(lang))
	}
	if !dl.Due.IsZero() {
		fact(l.Due, dl.Due.Text(lang))
	}
	fact(l.Status, a.Status.Text(lang))
	if a.Status == claimtype.StatusOverdue {
		fact(l.Delay, fmt.Sprintf("%d, %s %s", a.DaysOverdue, l.Since, dl.OverdueFrom().Text(lang)))
	}
	for _, calc := range []*penalty.Calculation{a.Penalty, a.Interest} {
		if calc == nil {
			continue
		}
		c, err := FromCalculation(*calc, lang)
		if err != nil {
			return Document{}, err
		}
		d.Calculations = append(d.Calculations, c)
		for _, n := range calc.Notes {
			d.Notes = append(d.Notes, n.Text(lang))
		}
		for i := range calc.Allocations {
			d.Notes = append(d.Notes, calc.AllocationText(i, lang))
		}
	}
	if f := a.Fine; f != nil {
		d.Totals = append(d.Totals, fineTotal(*f, d.Calculations, lang))
		for _, n := range f.Notes {
			d.Notes = append(d.Notes, n.Text(lang))
		}
	}
	if fee := o.CourtFee; fee != nil {
		d.Totals = append(d.Totals, Total{Label: l.CourtFee, Amount: fee.Amount, Refs: fee.Refs})
		for _, s := range fee.Steps {
			text := s.Text
			if lang == law.English {
				text = s.TextEN
			}
			d.Notes = append(d.Notes, withRefs(text, s.Refs, lang))
		}
	}
	d.Explanation.Title = l.Reasoning
	for _, s := range dl.Steps() {
		d.Explanation.Steps = append(d.Explanation.Steps, Step{Text: s.Text(lang), Refs: s.Refs})
	}
	for _, list := range [][]claimtype.Note{a.Warnings, a.Notes} {
		for _, n := range list {
			d.Notes = append(d.Notes, withRefs(n.Text(lang), n.Refs(), lang))
		}
	}
	return d, d.Validate()
}

// fineTotal states a fine as a share of the tables' totals where its
// penalty part is one of them, plus its other parts, which the note names.
func fineTotal(f penalty.Fine, calcs []Calculation, lang law.Lang) Total {
	t := Total{Label: labelsFor(lang).Fine, Amount: f.Total, Share: f.Rate, Plus: f.Base, Refs: f.Basis}
	var parts strings.Builder
	for i, p := range f.Parts {
		switch {
		case i > 0 && p.Amount.IsNegative():
			parts.WriteString(" − ")
		case i > 0:
			parts.WriteString(" + ")
		}
		parts.WriteString(p.Text(lang) + " " + money(p.Amount.Abs(), lang))
		if p.Code != penalty.FinePenalty || t.Of != nil {
			continue
		}
		for i, c := range calcs {
			if c.Total.Equal(p.Amount) {
				t.Of, t.Plus = []int{i}, f.Base.Sub(p.Amount)
				break
			}
		}
	}
	if len(f.Parts) > 1 || t.Of == nil {
		t.Note = parts.String()
	}
	return t
}

// LetterFacts is what a claim letter needs beyond the assessment: the
// parties, the goods or work, the demand in the consumer's words.
type LetterFacts struct {
	Date        calendar.Date // the letter's date
	Place       string
	Seller      Party
	Buyer       Party
	Subject     Subject
	Defects     string
	Demand      string          // the demand in the consumer's words; a services letter needs it
	Amount      decimal.Decimal // the money demanded; for a refund, the price when zero
	Payment     string
	Attachments []string
	Template    string // a user's template instead of the shipped one; optional
}

// Citations of the consumer's right, by the subject of the claim: ЗоЗПП ст.
// 18 п. 1 for goods with defects, ст. 29 п. 1 for a work or service.
var (
	goodsRight    = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 18 п. 1")
	servicesRight = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 29 п. 1")
)

// LetterFor fills a claim letter (претензия) from an assessment of a
// consumer claim type that has a template (KindFor): the demand and the
// article that gives the right, the term with its due day, the penalty so
// far with its article, and the fine warning of ЗоЗПП ст. 13 п. 6. A
// penalty of several rows (payments, a moratorium) is not one product the
// letter can print: the letter then states its rate without a sum.
func LetterFor(a claimtype.Assessment, f LetterFacts) (Letter, error) {
	kind, ok := KindFor(string(a.Type.ID))
	if !ok {
		return Letter{}, fmt.Errorf("%w: claim_type: %s has no claim letter: accepted are the types KindFor maps (goods.refund, goods.replace, goods.repair, goods.price_reduction, services.defects, ...)", ErrInvalid, a.Type.ID)
	}
	l := Letter{Kind: kind, Template: f.Template, Place: f.Place, Date: f.Date, Seller: f.Seller, Buyer: f.Buyer,
		Subject: f.Subject, Defects: f.Defects, Payment: f.Payment, Attachments: f.Attachments,
		Requirement: Requirement{Text: f.Demand, Amount: f.Amount, Refs: goodsRight}}
	if a.Type.Subject == claimtype.SubjectServices {
		l.Requirement.Refs = servicesRight
	}
	if kind == Refund && l.Requirement.Amount.IsZero() {
		l.Requirement.Amount = f.Subject.Price
	}
	dl := a.Deadline
	l.Term = Term{Text: dl.Term.Genitive(law.Russian), Refs: a.Type.Basis}
	if !dl.Due.IsZero() && !dl.Event.IsZero() {
		l.Term.From, l.Term.Due = dl.Event, dl.Due
	}
	rule := a.Type.Penalty
	if rule != nil {
		p := &Penalty{Rate: rule.Rate, Base: f.Subject.Price, Refs: rule.Basis}
		if rule.CapToBase {
			p.Cap = rule.Base.CapText(law.Russian)
		}
		if c := a.Penalty; c != nil && len(c.Rows) == 1 && !c.Rows[0].Excluded && c.Rows[0].From == l.Term.Due.AddDays(1) {
			r := c.Rows[0]
			p.Base, p.From, p.To, p.Days, p.Amount = r.Base, r.From, r.To, r.Days, c.Total
		}
		l.Penalty = p
	}
	l.Fine = Fine{Share: decimal.New(5, -1), Refs: law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 13 п. 6")}
	if l.Penalty != nil && l.Penalty.Amount.IsPositive() {
		l.Fine.Amount = roundKopecks(l.Penalty.Amount.Mul(l.Fine.Share))
	}
	return l, l.Validate()
}
