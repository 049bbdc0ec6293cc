package documents

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"text/template"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// LetterKind is the kind of claim letter (претензия): it picks the
// template, named "<kind>.ru.tmpl".
type LetterKind string

// The claim letters shipped in templates/.
const (
	Refund         LetterKind = "refund"          // возврат уплаченной за товар суммы: ЗоЗПП ст. 18 п. 1, ст. 22
	Replacement    LetterKind = "replacement"     // замена товара: ст. 18 п. 1, ст. 21 п. 1
	Repair         LetterKind = "repair"          // безвозмездное устранение недостатков: ст. 18 п. 1, ст. 20 п. 1
	PriceReduction LetterKind = "price-reduction" // соразмерное уменьшение цены: ст. 18 п. 1, ст. 22
	Services       LetterKind = "services"        // недостатки работы (услуги): ст. 29 п. 1, ст. 31
)

// LetterKinds lists the shipped kinds.
func LetterKinds() []LetterKind {
	return []LetterKind{Refund, Replacement, Repair, PriceReduction, Services}
}

// KindFor maps a claim type of package claimtype ("goods.refund",
// "services.price_reduction", ...) to the letter that states it.
func KindFor(claimType string) (LetterKind, bool) {
	switch {
	case claimType == "goods.refund":
		return Refund, true
	case claimType == "goods.replace" || strings.HasPrefix(claimType, "goods.replace.") && claimType != "goods.replace.loaner":
		return Replacement, true
	case claimType == "goods.repair":
		return Repair, true
	case claimType == "goods.price_reduction":
		return PriceReduction, true
	case claimType == "services.defects" || claimType == "services.price_reduction" || claimType == "services.repair_costs" ||
		claimType == "services.refund" || claimType == "services.damages_on_rescission" || claimType == "services.redo":
		return Services, true
	}
	return "", false
}

// Letter is the data of a claim letter. The template supplies the words
// of the law; the Letter supplies the facts and the citations, so the same
// template serves every case of its kind.
type Letter struct {
	Kind     LetterKind
	Template string        // the template to use instead of Kind's ("my-refund" for my-refund.ru.tmpl); optional
	Place    string        // «г. Москва»; optional
	Date     calendar.Date // the letter's date
	Seller   Party         // the addressee: seller, manufacturer, contractor
	Buyer    Party         // the consumer
	Subject  Subject       // the goods or the work (service)
	Defects  string        // what is wrong, in the consumer's words

	Requirement Requirement
	Term        Term
	Penalty     *Penalty // nil: the claim carries no statutory penalty
	Fine        Fine

	Payment     string   // where to pay: bank details; optional
	Attachments []string // «копия кассового чека», ...
}

// Party is a side of the claim.
type Party struct {
	Name      string // «ООО «Электроника»», «Иванов Иван Иванович»
	Address   string
	TaxID     string // ИНН; optional
	RegNumber string // ОГРН / ОГРНИП; optional
	Phone     string
	Email     string
}

// Subject is what was bought or ordered.
type Subject struct {
	Name     string          // «смартфон Apple iPhone 15, 128 ГБ, серийный номер F2LX…»
	Bought   calendar.Date   // the day of purchase or of the contract
	Price    decimal.Decimal // the price paid (of the goods, of the work)
	Document string          // «кассовый чек № 1234 от 20.12.2024», «договор № 5 от …»; optional
}

// Requirement is what the consumer demands and the provision that gives
// the right to it.
type Requirement struct {
	Text   string          // the demand in the consumer's words; the goods templates have their own, services need it
	Amount decimal.Decimal // the money demanded: the refund, the reduction; zero when the demand is not money
	Refs   []law.Ref       // the right: ЗоЗПП ст. 18 п. 1, ст. 29 п. 1
}

// Term is the statutory term for the demand.
type Term struct {
	Text string        // the term after «в течение»: «10 календарных дней» (genitive, as deadline.Term.String gives it)
	From calendar.Date // the day the seller received the claim; zero: the letter is yet to be received
	Due  calendar.Date // the last day of the term; zero when From is
	Refs []law.Ref     // ЗоЗПП ст. 22, ст. 21 п. 1, ...
}

// Penalty is the statutory penalty for missing the term, and what has
// accrued so far.
type Penalty struct {
	Rate decimal.Decimal // per day, as a fraction: 0.01 = 1 %
	Base decimal.Decimal // what it is a percentage of: the price of the goods, of the work
	Refs []law.Ref       // ЗоЗПП ст. 23 п. 1; ст. 31 п. 3, ст. 28 п. 5
	Cap  string          // the limit in words, «не более цены услуги»; optional

	From, To calendar.Date   // the days of delay counted so far, inclusive; zero when the term has not run out
	Days     int             // To − From + 1
	Amount   decimal.Decimal // accrued so far, rounded to kopecks; at most the Cap's amount when capped
}

// Fine is the warning of ЗоЗПП ст. 13 п. 6: the court adds a fine of 50 %
// of everything it awards when the demand is not met voluntarily.
type Fine struct {
	Share  decimal.Decimal // 0.5
	Refs   []law.Ref       // ЗоЗПП ст. 13 п. 6
	Amount decimal.Decimal // a preview: Share × the penalty accrued so far; zero: not stated
}

// Validate checks that the letter has what its template prints and that
// its figures agree.
func (l Letter) Validate() error {
	if err := l.figures().unbounded(); err != nil {
		return err
	}
	v := &validator{}
	if l.Template == "" {
		known := false
		for _, k := range LetterKinds() {
			known = known || k == l.Kind
		}
		if !known {
			v.fail("kind", "%q: accepted are %v, or a Template name", l.Kind, LetterKinds())
		}
	} else if !validName(l.Template) {
		v.fail("template", "%q: accepted is a name of letters, digits, '-' and '_'", l.Template)
	}
	if l.Date.IsZero() {
		v.fail("date", "none: accepted is the letter's date")
	}
	for _, f := range []struct {
		field, s string
		required bool
	}{
		{"seller.name", l.Seller.Name, true}, {"buyer.name", l.Buyer.Name, true}, {"subject.name", l.Subject.Name, true}, {"term.text", l.Term.Text, true},
		{"place", l.Place, false}, {"defects", l.Defects, false}, {"payment", l.Payment, false}, {"requirement.text", l.Requirement.Text, false},
		{"seller.address", l.Seller.Address, false}, {"seller.tax_id", l.Seller.TaxID, false}, {"seller.reg_number", l.Seller.RegNumber, false},
		{"seller.phone", l.Seller.Phone, false}, {"seller.email", l.Seller.Email, false},
		{"buyer.address", l.Buyer.Address, false}, {"buyer.tax_id", l.Buyer.TaxID, false}, {"buyer.reg_number", l.Buyer.RegNumber, false},
		{"buyer.phone", l.Buyer.Phone, false}, {"buyer.email", l.Buyer.Email, false}, {"subject.document", l.Subject.Document, false},
	} {
		v.text(f.field, f.s, f.required)
	}
	if l.Kind == Services && l.Requirement.Text == "" {
		v.fail("requirement.text", "empty: a services letter states the demand (ЗоЗПП ст. 29 п. 1 offers several)")
	}
	v.money("subject.price", l.Subject.Price)
	v.money("requirement.amount", l.Requirement.Amount)
	v.refs("requirement.refs", l.Requirement.Refs)
	v.refs("term.refs", l.Term.Refs)
	if len(l.Requirement.Refs) == 0 {
		v.fail("requirement.refs", "none: accepted is the provision that gives the right (ЗоЗПП ст. 18 п. 1)")
	}
	if len(l.Term.Refs) == 0 {
		v.fail("term.refs", "none: accepted is the provision that sets the term (ЗоЗПП ст. 22)")
	}
	if l.Term.From.IsZero() != l.Term.Due.IsZero() || !l.Term.Due.IsZero() && l.Term.Due.Before(l.Term.From) {
		v.fail("term", "from %q, due %q: accepted are both (due not before from) or neither", l.Term.From.String(), l.Term.Due.String())
	}
	if p := l.Penalty; p != nil {
		v.money("penalty.base", p.Base)
		v.money("penalty.amount", p.Amount)
		v.refs("penalty.refs", p.Refs)
		v.text("penalty.cap", p.Cap, false)
		if !p.Rate.IsPositive() || p.Rate.GreaterThan(decimal.NewFromInt(1)) {
			v.fail("penalty.rate", "%s: accepted is a daily fraction above 0 and at most 1 (0.01 = 1 %%)", p.Rate)
		}
		if len(p.Refs) == 0 {
			v.fail("penalty.refs", "none: accepted is the provision that sets the penalty (ЗоЗПП ст. 23 п. 1)")
		}
		switch {
		case p.From.IsZero() && p.To.IsZero():
			if p.Days != 0 || !p.Amount.IsZero() {
				v.fail("penalty", "days or amount without a period: accepted are from and to with them")
			}
		case p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From):
			v.fail("penalty", "period %q–%q: accepted are two dates, from not after to", p.From.String(), p.To.String())
		case p.Days != p.To.Sub(p.From)+1:
			v.fail("penalty.days", "%d: the period %s–%s has %d days", p.Days, date(p.From), date(p.To), p.To.Sub(p.From)+1)
		case l.Term.Due.IsZero() || p.From != l.Term.Due.AddDays(1):
			v.fail("penalty.from", "%s: accepted is the day after term.due (%q)", date(p.From), l.Term.Due.String())
		default:
			full := roundKopecks(p.Base.Mul(p.Rate).Mul(decimal.NewFromInt(int64(p.Days))))
			if p.Cap == "" && !p.Amount.Equal(full) || p.Cap != "" && p.Amount.GreaterThan(full) {
				v.fail("penalty.amount", "%s, but %s × %s × %d = %s: accepted is that product, or less with a cap", p.Amount, p.Base, p.Rate, p.Days, full)
			}
		}
	}
	if !l.Fine.Share.IsPositive() || l.Fine.Share.GreaterThan(decimal.NewFromInt(1)) {
		v.fail("fine.share", "%s: accepted is above 0 and at most 1 (0.5 = 50 %%)", l.Fine.Share)
	}
	if len(l.Fine.Refs) == 0 {
		v.fail("fine.refs", "none: accepted is ЗоЗПП ст. 13 п. 6")
	}
	v.refs("fine.refs", l.Fine.Refs)
	v.money("fine.amount", l.Fine.Amount)
	if !l.Fine.Amount.IsZero() {
		if l.Penalty == nil || l.Penalty.Amount.IsZero() {
			v.fail("fine.amount", "%s without a penalty accrued: accepted is zero", l.Fine.Amount)
		} else if want := roundKopecks(l.Penalty.Amount.Mul(l.Fine.Share)); !l.Fine.Amount.Equal(want) {
			v.fail("fine.amount", "%s, but %s × %s = %s: accepted is that preview, or zero", l.Fine.Amount, l.Fine.Share, l.Penalty.Amount, want)
		}
	}
	v.list("attachments", len(l.Attachments))
	for i, a := range l.Attachments {
		v.text(fmt.Sprintf("attachments[%d]", i), a, true)
	}
	return v.err()
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Templates is a set of letter templates: text/template files named
// "<kind>.ru.tmpl", plus any files of shared definitions ("_common.ru.tmpl").
type Templates struct {
	t *template.Template
}

//go:embed templates/*.tmpl
var shippedTemplates embed.FS

var defaultTemplates = sync.OnceValues(func() (*Templates, error) {
	sub, err := fs.Sub(shippedTemplates, "templates")
	if err != nil {
		return nil, err
	}
	return LoadTemplates(sub)
})

// DefaultTemplates returns the templates shipped in templates/, reviewed
// against the wording of ЗоЗПП. It parses them once.
func DefaultTemplates() *Templates {
	t, err := defaultTemplates()
	if err != nil {
		panic("documents: shipped templates: " + err.Error()) // the package's tests parse them
	}
	return t
}

// LoadTemplates parses the *.tmpl files at the root of fsys — a copy of
// templates/ a user has edited, say (os.DirFS("my-templates")). Each
// file is a template named by its file name; the functions they may call
// are listed in templates/README.md. A missing field is an error, not
// "<no value>".
func LoadTemplates(fsys fs.FS) (*Templates, error) {
	t, err := template.New("letters").Funcs(letterFuncs).Option("missingkey=error").ParseFS(fsys, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("%w: templates: %v", ErrInvalid, err)
	}
	return &Templates{t: t}, nil
}

// Names lists the templates a Letter can name, sorted.
func (t *Templates) Names() []string {
	var out []string
	for _, tt := range t.t.Templates() {
		if name, ok := strings.CutSuffix(tt.Name(), ".ru.tmpl"); ok && !strings.HasPrefix(name, "_") {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// Render fills the letter's template and returns its text in the markup
// the writers lay out (see templates/README.md).
func (t *Templates) Render(l Letter) (string, error) {
	if err := l.Validate(); err != nil {
		return "", err
	}
	name := string(l.Kind)
	if l.Template != "" {
		name = l.Template
	}
	tt := t.t.Lookup(name + ".ru.tmpl")
	if tt == nil {
		return "", fmt.Errorf("%w: no template %q: accepted are %s", ErrInvalid, name+".ru.tmpl", strings.Join(t.Names(), ", "))
	}
	var buf bytes.Buffer
	if err := tt.Execute(&limitedWriter{w: &buf, n: MaxLetterText}, l); err != nil {
		return "", fmt.Errorf("%w: template %s: %v", ErrInvalid, name, err)
	}
	// «59 990,00 руб.» at the end of a sentence takes no second full stop.
	return strings.ReplaceAll(buf.String(), "руб..", "руб."), nil
}

// WriteDOCX renders the letter and writes it as a Word document.
func (t *Templates) WriteDOCX(w io.Writer, l Letter) error {
	blocks, err := t.blocks(l)
	if err != nil {
		return err
	}
	return writeDOCX(w, blocks, docxStyle{title: letterTitle(blocks), lang: law.Russian, size: 24, pageLabel: labelsRU.Pg})
}

// WritePDF renders the letter and writes it as a PDF in the embedded font.
func (t *Templates) WritePDF(w io.Writer, l Letter) error {
	blocks, err := t.blocks(l)
	if err != nil {
		return err
	}
	return writePDF(w, blocks, pdfStyle{title: letterTitle(blocks), lang: law.Russian, left: 25, right: 15, size: 11, tableSize: 9, pageLabel: labelsRU.Pg})
}

func (t *Templates) blocks(l Letter) ([]block, error) {
	text, err := t.Render(l)
	if err != nil {
		return nil, err
	}
	return parseMarkup(text)
}

func letterTitle(blocks []block) string {
	var parts []string
	for _, b := range blocks {
		if b.kind == blockTitle && b.text != "" {
			parts = append(parts, b.text)
		}
	}
	return strings.Join(parts, " ")
}

// WriteLetterDOCX writes the letter from the shipped templates as DOCX.
func WriteLetterDOCX(w io.Writer, l Letter) error { return DefaultTemplates().WriteDOCX(w, l) }

// WriteLetterPDF writes the letter from the shipped templates as PDF.
func WriteLetterPDF(w io.Writer, l Letter) error { return DefaultTemplates().WritePDF(w, l) }

// RenderLetter renders the letter from the shipped templates as markup text.
func RenderLetter(l Letter) (string, error) { return DefaultTemplates().Render(l) }

// limitedWriter stops a template that writes without end.
type limitedWriter struct {
	w io.Writer
	n int
}

func (lw *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > lw.n {
		return 0, fmt.Errorf("letter longer than %d bytes", MaxLetterText)
	}
	lw.n -= len(p)
	return lw.w.Write(p)
}

// letterFuncs are the functions templates may call.
var letterFuncs = template.FuncMap{
	// date: 25.12.2024
	"date": func(d calendar.Date) string { return date(d) },
	// money: 59 990,00 руб.
	"money": func(d decimal.Decimal) string { return money(d, law.Russian) + nbsp + "руб." },
	// percent: a fraction as «1 %»
	"percent": func(d decimal.Decimal) string { return percent(d, law.Russian) },
	// cite: the citations in Russian, «Закон РФ … , ст. 22; …»
	"cite": func(refs []law.Ref) string { return cite(refs, law.Russian) },
	// days: «25 дней», «1 день», «3 дня»
	"days": func(n int) string {
		return fmt.Sprintf("%d %s", n, law.Plural(law.Russian, n, "день", "дня", "дней"))
	},
	// nextDay: the day after d — the first day of delay after a due day
	"nextDay": func(d calendar.Date) calendar.Date { return d.AddDays(1) },
	// given: whether a date or an amount is set (not zero); {{if .Term.Due}}
	// is always true, as for any struct
	"given": func(v interface{ IsZero() bool }) bool { return !v.IsZero() },
	// after: whether a is after b
	"after": func(a, b calendar.Date) bool { return a.After(b) },
	// join: the items joined by sep
	"join": func(items []string, sep string) string { return strings.Join(items, sep) },
}
