package claimtype

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// MarshalJSON writes the type with Russian texts; see AppendJSON.
func (t Type) MarshalJSON() ([]byte, error) {
	if t.TermKind == 0 {
		return []byte("null"), nil
	}
	return t.AppendJSON(nil, law.Russian), nil
}

// AppendJSON appends the type as JSON, its term and event also in words in
// lang:
//
//	{"id":"goods.refund","title":"…","title_en":"…","subject":"goods","basis":[{…}],
//	 "term_kind":"fixed","term":{"n":10,"unit":"days","text":"10 календарных дней"},
//	 "from":"claim_received","from_text":"…","penalty":{"id":"goods","rate":"0.01",…},
//	 "interest_395":false,"note":"…","statutory":true}
func (t Type) AppendJSON(b []byte, lang law.Lang) []byte {
	str := func(name, v string) {
		b = append(b, ',', '"')
		b = append(b, name...)
		b = append(b, '"', ':')
		b = law.AppendJSONString(b, v)
	}
	b = append(b, `{"id":`...)
	b = law.AppendJSONString(b, string(t.ID))
	str("title", t.Title)
	str("title_en", t.TitleEN)
	str("subject", t.Subject.String())
	b = append(b, `,"basis":`...)
	b = law.AppendJSONRefs(b, t.Basis, lang)
	str("term_kind", t.TermKind.String())
	b = append(b, `,"term":`...)
	b = t.Term.AppendJSON(b, lang)
	str("from", t.From.String())
	str("from_text", t.From.Text(lang))
	b = append(b, `,"penalty":`...)
	if t.Penalty == nil {
		b = append(b, "null"...)
	} else {
		b = appendRule(b, *t.Penalty, lang)
	}
	b = append(b, `,"interest_395":`...)
	b = strconv.AppendBool(b, t.Interest395)
	if t.AgreedAllowed {
		b = append(b, `,"agreed_term_allowed":true`...)
	}
	if t.Note != "" {
		str("note", t.NoteText(lang))
	}
	b = append(b, `,"statutory":`...)
	b = strconv.AppendBool(b, t.Statutory)
	return append(b, '}')
}

// appendRule writes what a CRM needs of a penalty rule: its id, daily
// rate, base, cap and citations.
func appendRule(b []byte, r penalty.Rule, lang law.Lang) []byte {
	b = append(b, `{"id":`...)
	b = law.AppendJSONString(b, string(r.ID))
	b = append(b, `,"rate":`...)
	b = law.AppendJSONString(b, r.Rate.String())
	b = append(b, `,"base":`...)
	b = law.AppendJSONString(b, r.Base.String())
	b = append(b, `,"cap_to_base":`...)
	b = strconv.AppendBool(b, r.CapToBase)
	b = append(b, `,"basis":`...)
	b = law.AppendJSONRefs(b, r.Basis, lang)
	return append(b, '}')
}

// MarshalJSON writes the assessment with Russian texts; see AppendJSON.
func (a Assessment) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil, law.Russian), nil }

// AppendJSON appends the assessment as JSON, each step, row and note with
// its codes, facts and its own text in lang:
//
//	{"claim_type":{…},"deadline":{…},"status":"overdue","days_overdue":25,
//	 "penalty":{…}|null,"interest_395":{…}|null,"fine":{…}|null,
//	 "warnings":[{"code":"rates_stale","refs":[…],"facts":{"through":"2026-09-23",…},"text":"…"}],
//	 "notes":[…]}
//
// Money is a decimal string, dates "YYYY-MM-DD"; UnmarshalJSON reads the
// data back into an equal value. The whole explanation, which repeats the
// texts already there and doubles the cost, is AppendJSONWithText's.
func (a Assessment) AppendJSON(b []byte, lang law.Lang) []byte {
	return append(a.appendJSON(b, lang), '}')
}

// AppendJSONWithText is AppendJSON with one more member, "text": the whole
// assessment in lang as Text renders it, ready to paste into a claim.
func (a Assessment) AppendJSONWithText(b []byte, lang law.Lang) []byte {
	b = append(a.appendJSON(b, lang), `,"text":`...)
	b = law.AppendJSONString(b, a.Text(lang))
	return append(b, '}')
}

// appendJSON writes the object without its closing brace.
func (a Assessment) appendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"claim_type":`...)
	if a.Type.TermKind == 0 {
		b = append(b, "null"...)
	} else {
		b = a.Type.AppendJSON(b, lang)
	}
	b = append(b, `,"deadline":`...)
	b = a.Deadline.AppendJSON(b, lang)
	b = append(b, `,"status":`...)
	b = law.AppendJSONString(b, string(a.Status))
	b = append(b, `,"days_overdue":`...)
	b = strconv.AppendInt(b, int64(a.DaysOverdue), 10)
	for _, c := range []struct {
		name string
		calc *penalty.Calculation
	}{{"penalty", a.Penalty}, {"interest_395", a.Interest}} {
		b = append(b, ',', '"')
		b = append(b, c.name...)
		b = append(b, `":`...)
		if c.calc == nil {
			b = append(b, "null"...)
		} else {
			b = c.calc.AppendJSON(b, lang)
		}
	}
	b = append(b, `,"fine":`...)
	if a.Fine == nil {
		b = append(b, "null"...)
	} else {
		b = a.Fine.AppendJSON(b, lang)
	}
	b = append(b, `,"warnings":`...)
	b = appendNotes(b, a.Warnings, lang)
	b = append(b, `,"notes":`...)
	return appendNotes(b, a.Notes, lang)
}

func appendNotes(b []byte, notes []Note, lang law.Lang) []byte {
	b = append(b, '[')
	for i, n := range notes {
		if i > 0 {
			b = append(b, ',')
		}
		b = n.AppendJSON(b, lang)
	}
	return append(b, ']')
}

// AppendJSON appends the note as {"code","refs","facts","text"}, the facts
// holding only those set.
func (n Note) AppendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"code":`...)
	b = law.AppendJSONString(b, string(n.Code))
	b = append(b, `,"refs":`...)
	b = law.AppendJSONRefs(b, noteRefs()[n.Code], lang)
	b = append(b, `,"facts":{`...)
	sep := false
	field := func(name string, v []byte) {
		if sep {
			b = append(b, ',')
		}
		sep = true
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, `":`...)
		b = append(b, v...)
	}
	var tmp [32]byte
	if !n.Date.IsZero() {
		field("date", strconv.AppendQuote(tmp[:0], n.Date.String()))
	}
	if !n.Through.IsZero() {
		field("through", strconv.AppendQuote(tmp[:0], n.Through.String()))
	}
	if n.Year != 0 {
		field("year", strconv.AppendInt(tmp[:0], int64(n.Year), 10))
	}
	if !n.Amount.IsZero() {
		field("amount", strconv.AppendQuote(tmp[:0], n.Amount.StringFixed(2)))
	}
	b = append(b, `},"text":`...)
	var text [512]byte
	b = law.AppendJSONBytes(b, n.appendText(text[:0], lang))
	return append(b, '}')
}

// assessmentJSON is what UnmarshalJSON reads.
type assessmentJSON struct {
	Type        *struct{ ID ID }     `json:"claim_type"`
	Deadline    deadline.Result      `json:"deadline"`
	Status      Status               `json:"status"`
	DaysOverdue int                  `json:"days_overdue"`
	Penalty     *penalty.Calculation `json:"penalty"`
	Interest    *penalty.Calculation `json:"interest_395"`
	Fine        *penalty.Fine        `json:"fine"`
	Warnings    []noteJSON           `json:"warnings"`
	Notes       []noteJSON           `json:"notes"`
}

type noteJSON struct {
	Code  NoteCode `json:"code"`
	Facts struct {
		Date    calendar.Date   `json:"date"`
		Through calendar.Date   `json:"through"`
		Year    int             `json:"year"`
		Amount  decimal.Decimal `json:"amount"`
	} `json:"facts"`
}

// UnmarshalJSON reads what MarshalJSON writes: the claim type by its id
// from the catalog, the deadline, the calculations and the notes; texts,
// which are derived, are not read.
func (a *Assessment) UnmarshalJSON(b []byte) error {
	var j assessmentJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("claimtype: reading an assessment: %w", err)
	}
	*a = Assessment{Deadline: j.Deadline, Status: j.Status, DaysOverdue: j.DaysOverdue, Penalty: j.Penalty, Interest: j.Interest, Fine: j.Fine}
	if j.Type != nil {
		t, err := Get(j.Type.ID)
		if err != nil {
			return err
		}
		a.Type = t
	}
	for _, list := range []struct {
		from []noteJSON
		to   *[]Note
	}{{j.Warnings, &a.Warnings}, {j.Notes, &a.Notes}} {
		for _, n := range list.from {
			*list.to = append(*list.to, Note{Code: n.Code, Date: n.Facts.Date, Through: n.Facts.Through, Year: n.Facts.Year, Amount: n.Facts.Amount})
		}
	}
	return nil
}
