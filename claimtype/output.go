package claimtype

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// String returns the assessment in Russian, ready to paste into a claim:
// the claim type and its basis, the reasoning for the due date, the penalty
// table, the fine preview and the notes.
func (a Assessment) String() string {
	var b strings.Builder
	b.WriteString(a.Type.Title)
	b.WriteString(" (")
	b.WriteString(a.Type.Basis)
	b.WriteString(")\n\nСрок:\n")
	b.WriteString(a.Deadline.String())
	b.WriteString("\n\nСрок исполнения — по ")
	b.WriteString(a.Deadline.Due.Russian())
	b.WriteString(" включительно.")
	switch a.Status {
	case Overdue:
		b.WriteString(" Просрочка: ")
		b.WriteString(daysRussian(a.DaysOverdue))
		b.WriteString(", с ")
		b.WriteString(a.Deadline.OverdueFrom().Russian())
		b.WriteString(".")
	case OnTime:
		b.WriteString(" Требование удовлетворено в срок.")
	case Pending:
		b.WriteString(" Срок ещё не истёк.")
	case WindowOpen:
		b.WriteString(" Срок для действия потребителя не истёк.")
	case WindowClosed:
		b.WriteString(" Срок для действия потребителя истёк.")
	}
	for _, calc := range []*penalty.Calculation{a.Penalty, a.Interest} {
		if calc != nil {
			b.WriteString("\n\n")
			b.WriteString(strings.TrimRight(calc.String(), "\n"))
		}
	}
	if a.Fine.IsPositive() {
		b.WriteString("\n\nШтраф (")
		b.WriteString(fineBasis)
		b.WriteString("): 50 % × ")
		b.WriteString(penalty.FormatRub(a.FineBase))
		b.WriteString(" = ")
		b.WriteString(penalty.FormatRub(a.Fine))
		b.WriteString(" (предварительно).")
	}
	if len(a.Notes) > 0 {
		b.WriteString("\n")
		for _, n := range a.Notes {
			b.WriteString("\n— ")
			b.WriteString(n)
		}
	}
	return b.String()
}

// daysRussian returns "1 день", "3 дня", "25 дней".
func daysRussian(n int) string {
	word := "дней"
	switch n10, n100 := n%10, n%100; {
	case n10 == 1 && n100 != 11:
		word = "день"
	case n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14):
		word = "дня"
	}
	return strconv.Itoa(n) + " " + word
}

// typeJSON is the wire form of a Type.
type typeJSON struct {
	ID          ID             `json:"id"`
	Title       string         `json:"title"`
	TitleEN     string         `json:"title_en"`
	Subject     Subject        `json:"subject"`
	Basis       string         `json:"basis"`
	TermKind    TermKind       `json:"term_kind"`
	Term        *deadline.Term `json:"term,omitempty"`
	TermText    string         `json:"term_text,omitempty"`
	From        Event          `json:"from"`
	FromText    string         `json:"from_text"`
	Penalty     *ruleJSON      `json:"penalty"`
	Interest395 bool           `json:"interest_395,omitempty"`
	Note        string         `json:"note,omitempty"`
	Statutory   bool           `json:"statutory"`
}

type ruleJSON struct {
	Name      string `json:"name"`
	Rate      string `json:"rate"`
	CapToBase bool   `json:"cap_to_base"`
	Basis     string `json:"basis"`
}

// MarshalJSON encodes the type with its term and event in words and its
// penalty rule's rate as a decimal string.
func (t Type) MarshalJSON() ([]byte, error) {
	j := typeJSON{ID: t.ID, Title: t.Title, TitleEN: t.TitleEN, Subject: t.Subject, Basis: t.Basis, TermKind: t.TermKind,
		From: t.From, FromText: t.From.Russian(), Interest395: t.Interest395, Note: t.Note, Statutory: t.Statutory}
	if !t.Term.IsZero() {
		term := t.Term
		j.Term, j.TermText = &term, term.String()
	}
	if t.Penalty != nil {
		j.Penalty = &ruleJSON{Name: t.Penalty.Name, Rate: t.Penalty.Rate.String(), CapToBase: t.Penalty.CapToBase, Basis: t.Penalty.Basis}
	}
	return json.Marshal(j)
}

// MarshalJSON encodes the assessment: money as decimal strings, dates as
// "YYYY-MM-DD", the Russian text under "text".
func (a Assessment) MarshalJSON() ([]byte, error) {
	var fine, fineBase *string
	if a.Fine.IsPositive() {
		f, fb := a.Fine.StringFixed(2), a.FineBase.StringFixed(2)
		fine, fineBase = &f, &fb
	}
	return json.Marshal(struct {
		Type        Type                 `json:"claim_type"`
		Deadline    deadline.Result      `json:"deadline"`
		Status      Status               `json:"status"`
		DaysOverdue int                  `json:"days_overdue"`
		Penalty     *penalty.Calculation `json:"penalty"`
		Interest    *penalty.Calculation `json:"interest_395,omitempty"`
		FineBase    *string              `json:"fine_base"`
		Fine        *string              `json:"fine"`
		Notes       []string             `json:"notes"`
		Text        string               `json:"text"`
	}{a.Type, a.Deadline, a.Status, a.DaysOverdue, a.Penalty, a.Interest, fineBase, fine, nonNil(a.Notes), a.String()})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
