package documents

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// ErrInvalid is returned, wrapped, for a Document or Letter the writers
// refuse: a figure that does not follow from the others, a missing field, a
// text beyond the limits. The message names the field, as in
// "calculations[0].rows[2].amount", and says what is accepted.
var ErrInvalid = errors.New("documents: invalid input")

// Document is a calculation as a lawyer attaches it to a claim or a
// lawsuit: a title, the facts it rests on, one or more tables, the totals
// drawn from them, the explanation, and notes. The writers print it as
// XLSX, DOCX or PDF; every figure is given, and Validate checks that each
// follows from the others exactly as the spreadsheet's formulas recompute
// it.
type Document struct {
	Lang  law.Lang      // language of the labels: Russian (the zero value) or English
	Title string        // «Расчёт неустойки по претензии о возврате денежных средств»
	Date  calendar.Date // the day the document is made; zero: not printed
	Facts []Fact        // what the calculation rests on: the claim, the parties, the dates

	Calculations []Calculation // the tables: a penalty, ст. 395 interest, ...
	Totals       []Total       // lines drawn from the tables' totals: the fine, the sum claimed

	Explanation Explanation // the reasoning, step by step
	Notes       []string    // warnings printed last: a provisional calendar, stale rates
}

// Fact is one line of the document's head: "Цена товара: 59 990,00 руб.".
type Fact struct {
	Label string
	Value string
}

// Calculation is one table: a sanction computed day by day over periods.
// Each row's Amount is Days × Base × Rate (÷ YearDays for an annual rate),
// rounded to kopecks half away from zero; the total is the sum of the rows,
// then capped.
type Calculation struct {
	Title  string    // «Неустойка за нарушение сроков удовлетворения требований потребителя»
	Basis  []string  // lines under the title: what the rate applies to, the period
	Refs   []law.Ref // the provisions the calculation applies, printed as «Основание: …»
	Rows   []Row
	Days   int             // days of delay counted: the days of the rows not Excluded
	Total  decimal.Decimal // the sum of the rows' amounts, capped when Cap is set
	Cap    *Cap            // nil: no limit
	Method string          // how it is counted: inclusive days, rounding, splits at rate changes
}

// Row is one period of a calculation, both ends inclusive.
type Row struct {
	From, To calendar.Date
	Days     int             // days in the period that accrue: To − From + 1 unless some are left out
	Base     decimal.Decimal // what the rate applies to: the price, the debt
	Rate     Rate
	Amount   decimal.Decimal // Days × Base × Rate, rounded to kopecks; 0 when Excluded
	Excluded bool            // nothing accrues, e.g. a moratorium: Amount is 0
	Note     string          // a payment, a rate change, the act behind an exclusion
}

// Per says what period a rate is for.
type Per uint8

// The periods of a rate.
const (
	PerDay  Per = iota // a rate for each day of delay: ЗоЗПП 1 %, 3 %, 0,5 %
	PerYear            // an annual rate divided by the days of the year: ГК РФ ст. 395
)

// Rate is a rate as a fraction (0.01 = 1 %) per day or per year. An annual
// rate is divided by YearDays (365 or 366, the actual days of the year, or
// 360 where a contract says so). Divisor, when above 1, takes a fraction of
// the rate: 300 for «1/300 ключевой ставки».
type Rate struct {
	Value    decimal.Decimal
	Per      Per
	YearDays int
	Divisor  int
	// RoundDaily rounds the daily amount to kopecks before multiplying by
	// the days (penalty.RoundDailyAmount, a convention seen in claims);
	// false rounds the row's product once.
	RoundDaily bool
}

// Cap limits a calculation's total: «сумма неустойки не может превышать
// цену услуги (ЗоЗПП ст. 28 п. 5)». It applies when the sum of the rows
// exceeds Limit.
type Cap struct {
	Limit decimal.Decimal
	Text  string
}

// Total is a line drawn from the tables: with Share set, Amount is Share ×
// (the totals of the calculations listed in Of + Plus), rounded to kopecks
// — the ст. 13 п. 6 fine is Share 0.5 of the penalty plus whatever else is
// awarded. Without Share, Amount is given as is (the court fee, say).
type Total struct {
	Label  string
	Amount decimal.Decimal
	Share  decimal.Decimal // a fraction: 0.5 = 50 %
	Of     []int           // indices into Document.Calculations
	Plus   decimal.Decimal // other sums the share is taken of (the refund awarded)
	Refs   []law.Ref
	Note   string // «предварительно: суд взыскивает 50 % всей присуждённой суммы»
}

// Explanation is the reasoning as numbered steps.
type Explanation struct {
	Title string
	Steps []Step
}

// Step is one sentence of the reasoning and the provisions it applies.
type Step struct {
	Text string
	Refs []law.Ref
}

// Limits of what the writers accept: a document is a few pages, not a
// database dump.
const (
	MaxCalculations = 16
	MaxRows         = 5000 // rows of all calculations together
	MaxSteps        = 500
	MaxText         = 4000 // bytes of any one text field
	MaxLines        = 200  // facts, basis lines, totals, notes: each list
	maxMoney        = 1_000_000_000_000
)

var maxMoneyDec = decimal.NewFromInt(maxMoney)

// Validate checks that the document is what the writers can print and that
// its figures agree with each other to the kopeck: each row's amount, each
// calculation's total and days, each share-based total. The writers call
// it first.
func (d Document) Validate() error {
	if len(d.Calculations) <= MaxCalculations && len(d.Totals) <= MaxLines {
		if err := d.figures().unbounded(); err != nil {
			return err
		}
	}
	v := &validator{}
	if d.Lang != law.Russian && d.Lang != law.English {
		v.fail("lang", "%d: accepted are law.Russian and law.English", d.Lang)
	}
	v.text("title", d.Title, true)
	v.list("facts", len(d.Facts))
	for i, f := range d.Facts {
		v.text(fmt.Sprintf("facts[%d].label", i), f.Label, true)
		v.text(fmt.Sprintf("facts[%d].value", i), f.Value, false)
	}
	if len(d.Calculations) > MaxCalculations {
		v.fail("calculations", "%d: accepted are at most %d", len(d.Calculations), MaxCalculations)
	}
	rows := 0
	for i, c := range d.Calculations {
		rows += len(c.Rows)
		if rows > MaxRows {
			v.fail("calculations", "more than %d rows: accepted are at most %d in all", MaxRows, MaxRows)
			break
		}
		c.validate(v, fmt.Sprintf("calculations[%d]", i))
	}
	v.list("totals", len(d.Totals))
	for i, t := range d.Totals {
		p := fmt.Sprintf("totals[%d]", i)
		v.text(p+".label", t.Label, true)
		v.text(p+".note", t.Note, false)
		v.money(p+".amount", t.Amount)
		v.money(p+".plus", t.Plus)
		if t.Share.IsZero() {
			if len(t.Of) > 0 || !t.Plus.IsZero() {
				v.fail(p+".share", "0 with of or plus set: accepted is a share above 0 and at most 1 (0.5 = 50 %%)")
			}
			continue
		}
		if t.Share.IsNegative() || t.Share.GreaterThan(decimal.NewFromInt(1)) {
			v.fail(p+".share", "%s: accepted is above 0 and at most 1 (0.5 = 50 %%)", t.Share)
			continue
		}
		sum := t.Plus
		ok := true
		for _, j := range t.Of {
			if j < 0 || j >= len(d.Calculations) {
				v.fail(p+".of", "%d: accepted are indices of calculations, 0 to %d", j, len(d.Calculations)-1)
				ok = false
				continue
			}
			sum = sum.Add(d.Calculations[j].Total)
		}
		if want := roundKopecks(sum.Mul(t.Share)); ok && !t.Amount.Equal(want) {
			v.fail(p+".amount", "%s, but %s × %s = %s: accepted is the rounded product", t.Amount, t.Share, sum, want)
		}
	}
	v.text("explanation.title", d.Explanation.Title, false)
	if len(d.Explanation.Steps) > MaxSteps {
		v.fail("explanation.steps", "%d: accepted are at most %d", len(d.Explanation.Steps), MaxSteps)
	}
	for i, s := range d.Explanation.Steps {
		v.text(fmt.Sprintf("explanation.steps[%d].text", i), s.Text, true)
		v.refs(fmt.Sprintf("explanation.steps[%d].refs", i), s.Refs)
	}
	v.list("notes", len(d.Notes))
	for i, n := range d.Notes {
		v.text(fmt.Sprintf("notes[%d]", i), n, true)
	}
	return v.err()
}

func (c Calculation) validate(v *validator, p string) {
	v.text(p+".title", c.Title, true)
	v.list(p+".basis", len(c.Basis))
	for i, b := range c.Basis {
		v.text(fmt.Sprintf("%s.basis[%d]", p, i), b, true)
	}
	v.refs(p+".refs", c.Refs)
	v.text(p+".method", c.Method, false)
	if len(c.Rows) == 0 {
		v.fail(p+".rows", "none: accepted is at least one row")
	}
	sum := decimal.Zero
	days := 0
	for i, r := range c.Rows {
		rp := fmt.Sprintf("%s.rows[%d]", p, i)
		if r.From.IsZero() || r.To.IsZero() || r.To.Before(r.From) {
			v.fail(rp, "period %s–%s: accepted are two dates, from not after to", r.From, r.To)
			continue
		}
		span := r.To.Sub(r.From) + 1
		if r.Rate.Per == PerYear && r.Rate.YearDays == 360 {
			span += 2 // 30/360: a February counts 30 days (Пленум ВС № 13 / ВАС № 14, п. 2)
		}
		if r.Days < 0 || r.Days > span {
			v.fail(rp+".days", "%d: accepted are 0 to %d, the days from %s to %s inclusive", r.Days, span, r.From, r.To)
			continue
		}
		v.text(rp+".note", r.Note, false)
		v.money(rp+".base", r.Base)
		v.money(rp+".amount", r.Amount)
		if err := r.Rate.check(); err != "" {
			v.fail(rp+".rate", "%s", err)
			continue
		}
		want := r.expected()
		if r.Excluded {
			want = decimal.Zero
		} else {
			days += r.Days
		}
		if !r.Amount.Equal(want) {
			v.fail(rp+".amount", "%s, but %s = %s: accepted is the product rounded to kopecks, half away from zero (0 for an excluded row)", r.Amount, r.formulaPlain(), want)
		}
		sum = sum.Add(r.Amount)
	}
	if c.Days != days {
		v.fail(p+".days", "%d, but the rows count %d days of delay (excluded rows left out)", c.Days, days)
	}
	v.money(p+".total", c.Total)
	want := sum
	if c.Cap != nil {
		v.money(p+".cap.limit", c.Cap.Limit)
		v.text(p+".cap.text", c.Cap.Text, true)
		if sum.GreaterThan(c.Cap.Limit) {
			want = c.Cap.Limit
		}
	}
	if !c.Total.Equal(want) {
		v.fail(p+".total", "%s, but the rows sum to %s%s: accepted is %s", c.Total, sum, map[bool]string{true: " (capped)", false: ""}[c.Cap != nil && sum.GreaterThan(c.Cap.Limit)], want)
	}
}

// Uncapped is the sum of the rows' amounts before the cap.
func (c Calculation) Uncapped() decimal.Decimal {
	sum := decimal.Zero
	for _, r := range c.Rows {
		sum = sum.Add(r.Amount)
	}
	return sum
}

// Capped reports whether the cap cut the total.
func (c Calculation) Capped() bool { return c.Cap != nil && c.Uncapped().GreaterThan(c.Cap.Limit) }

func (r Rate) check() string {
	switch {
	case r.Value.IsNegative() || r.Value.GreaterThan(decimal.NewFromInt(10)):
		return fmt.Sprintf("value %s: accepted is a fraction from 0 to 10 (0.01 = 1 %%)", r.Value)
	case r.Divisor < 0 || r.Divisor > 1000:
		return fmt.Sprintf("divisor %d: accepted are 0 or 1 (the whole rate) up to 1000 (1/300 of the rate: 300)", r.Divisor)
	case r.Per == PerDay && r.YearDays != 0:
		return fmt.Sprintf("year days %d for a daily rate: accepted is 0", r.YearDays)
	case r.Per == PerYear && r.YearDays != 360 && r.YearDays != 365 && r.YearDays != 366:
		return fmt.Sprintf("year days %d for an annual rate: accepted are 365, 366 and 360", r.YearDays)
	case r.Per != PerDay && r.Per != PerYear:
		return fmt.Sprintf("per %d: accepted are PerDay and PerYear", r.Per)
	}
	return ""
}

// expected is the row's amount by its formula: Days × Base × Rate [÷
// Divisor] [÷ YearDays], rounded to kopecks half away from zero — the
// ROUND(…, 2) of the spreadsheet; with RoundDaily, the daily amount is
// rounded and then multiplied by Days.
func (r Row) expected() decimal.Decimal {
	if r.Rate.RoundDaily {
		one := r
		one.Days, one.Rate.RoundDaily = 1, false
		return one.expected().Mul(decimal.NewFromInt(int64(r.Days)))
	}
	x := decimal.NewFromInt(int64(r.Days)).Mul(r.Base).Mul(r.Rate.Value)
	div := int64(1)
	if r.Rate.Divisor > 1 {
		div *= int64(r.Rate.Divisor)
	}
	if r.Rate.Per == PerYear {
		div *= int64(r.Rate.YearDays)
	}
	if div > 1 {
		x = x.DivRound(decimal.NewFromInt(div), 12)
	}
	return roundKopecks(x)
}

// roundKopecks rounds half away from zero to 2 places, as ROUND(x, 2) does
// in a spreadsheet and the library does once per row.
func roundKopecks(x decimal.Decimal) decimal.Decimal { return x.Round(2) }

func (r Row) formulaPlain() string {
	s := fmt.Sprintf("%s × %s", r.Base, r.Rate.Value)
	if r.Rate.Divisor > 1 {
		s += fmt.Sprintf(" / %d", r.Rate.Divisor)
	}
	if r.Rate.Per == PerYear {
		s += fmt.Sprintf(" / %d", r.Rate.YearDays)
	}
	if r.Rate.RoundDaily {
		return fmt.Sprintf("round(%s) × %d", s, r.Days)
	}
	return fmt.Sprintf("%d × %s", r.Days, s)
}

// validator collects the first few problems.
type validator struct{ errs []error }

func (v *validator) fail(field, format string, a ...any) {
	if len(v.errs) < 10 {
		v.errs = append(v.errs, fmt.Errorf("%w: %s: %s", ErrInvalid, field, fmt.Sprintf(format, a...)))
	}
}

func (v *validator) err() error { return errors.Join(v.errs...) }

func (v *validator) text(field, s string, required bool) {
	switch {
	case required && s == "":
		v.fail(field, "empty: accepted is a text")
	case len(s) > MaxText:
		v.fail(field, "%d bytes: accepted are at most %d", len(s), MaxText)
	case !utf8.ValidString(s):
		v.fail(field, "not valid UTF-8")
	case hasControl(s):
		v.fail(field, "contains control characters: accepted is printable text (line breaks only in method, note and step texts are joined)")
	}
}

func (v *validator) list(field string, n int) {
	if n > MaxLines {
		v.fail(field, "%d: accepted are at most %d", n, MaxLines)
	}
}

func (v *validator) money(field string, d decimal.Decimal) {
	if d.IsNegative() || d.GreaterThan(maxMoneyDec) || !d.Equal(d.Round(2)) {
		v.fail(field, "%s: accepted is 0 to %d with at most 2 decimal places", d, int64(maxMoney))
	}
}

func (v *validator) refs(field string, refs []law.Ref) {
	if len(refs) > MaxLines {
		v.fail(field, "%d: accepted are at most %d", len(refs), MaxLines)
	}
	for i, r := range refs {
		if r.IsZero() {
			v.fail(fmt.Sprintf("%s[%d]", field, i), "empty citation")
		}
	}
}

// hasControl reports control characters other than line feeds and tabs,
// which XML 1.0 and PDF text cannot carry.
func hasControl(s string) bool {
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfffe || r == 0xffff {
			return true
		}
	}
	return false
}
