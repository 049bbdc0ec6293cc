package penalty

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar/law"
)

// Title names the rule in lang: the statutory rule's title, or the caller's
// Name.
func (r Rule) Title(lang law.Lang) string { return Calculation{Rule: r.ID, Name: r.Name}.Title(lang) }

// AppendJSON appends the rule as JSON — the wire form of a rule for a
// catalog or a service: id, title (in lang), base_kind, the fixed rate or
// the reference, rate day, multiplier and eras with their tiers, the
// special periods, the cap, and every citation as law.Ref objects.
func (r Rule) AppendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, '{')
	if r.ID != "" {
		b = append(b, `"id":`...)
		b = law.AppendJSONString(b, string(r.ID))
		b = append(b, ',')
	}
	b = append(b, `"title":`...)
	b = law.AppendJSONString(b, r.Title(lang))
	if r.Base.valid() {
		b = append(b, `,"base_kind":"`...)
		b = append(b, r.Base.String()...)
		b = append(b, '"')
	}
	if !r.Rate.IsZero() {
		b = append(b, `,"rate":`...)
		b = appendDecimalJSON(b, r.Rate)
	}
	if r.Reference != NoReference {
		b = append(b, `,"reference":"`...)
		b = append(b, r.Reference.String()...)
		b = append(b, `","rate_on":"`...)
		b = append(b, r.RateOn.String()...)
		b = append(b, '"')
	}
	if r.Multiplier > 1 {
		b = append(b, `,"multiplier":`...)
		b = strconv.AppendInt(b, int64(r.Multiplier), 10)
	}
	if len(r.Eras) > 0 {
		b = append(b, `,"eras":[`...)
		for i, e := range r.Eras {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"from":`...)
			b = appendDateJSON(b, e.From)
			b = append(b, `,"to":`...)
			b = appendDateJSON(b, e.To)
			if !e.DueFrom.IsZero() {
				b = append(b, `,"due_from":`...)
				b = appendDateJSON(b, e.DueFrom)
			}
			b = append(b, `,"tiers":[`...)
			for j, t := range e.Tiers {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, `{"from_day":`...)
				b = strconv.AppendInt(b, int64(t.FromDay), 10)
				if !t.Share.IsZero() {
					b = append(b, `,"share":{"num":`...)
					b = strconv.AppendInt(b, int64(t.Share.Num), 10)
					b = append(b, `,"den":`...)
					b = strconv.AppendInt(b, int64(t.Share.Den), 10)
					b = append(b, '}')
				}
				if !t.Fixed.IsZero() {
					b = append(b, `,"fixed":`...)
					b = appendDecimalJSON(b, t.Fixed)
				}
				b = append(b, '}')
			}
			b = append(b, ']')
			if len(e.Basis) > 0 {
				b = append(b, `,"basis":`...)
				b = law.AppendJSONRefs(b, e.Basis, lang)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(r.Special) > 0 {
		b = append(b, `,"special":[`...)
		for i, s := range r.Special {
			if i > 0 {
				b = append(b, ',')
			}
			b = s.appendJSON(b, lang)
		}
		b = append(b, ']')
	}
	b = append(b, `,"cap_to_base":`...)
	b = strconv.AppendBool(b, r.CapToBase)
	for _, f := range []struct {
		name string
		refs []law.Ref
	}{{"basis", r.Basis}, {"cap_basis", r.CapBasis}, {"limit_basis", r.LimitBasis}} {
		if len(f.refs) > 0 {
			b = append(b, `,"`...)
			b = append(b, f.name...)
			b = append(b, `":`...)
			b = law.AppendJSONRefs(b, f.refs, lang)
		}
	}
	return append(b, '}')
}

// MarshalJSON is AppendJSON(nil, law.Russian).
func (r Rule) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil, law.Russian), nil }

// MarshalJSON writes {"on":"2006-01-02","amount":"100.5","for":"…"} with
// the amount a decimal string, whatever decimal's package settings say.
func (p Payment) MarshalJSON() ([]byte, error) {
	b := []byte(`{"on":`)
	b = appendDateJSON(b, p.On)
	b = append(b, `,"amount":`...)
	b = appendAmountText(b, p.Amount)
	if !p.For.IsZero() {
		b = append(b, `,"for":`...)
		b = appendDateJSON(b, p.For)
	}
	return append(b, '}'), nil
}

// MarshalJSON writes {"due":"2006-01-02","amount":"4250"} with the amount
// a decimal string, whatever decimal's package settings say.
func (c Charge) MarshalJSON() ([]byte, error) {
	b := []byte(`{"due":`)
	b = appendDateJSON(b, c.Due)
	b = append(b, `,"amount":`...)
	b = appendAmountText(b, c.Amount)
	return append(b, '}'), nil
}

// appendAmountText writes an amount a caller gave as a decimal string with
// its own digits ("100", "100.50"), or, when it is absurdly large, in a
// bounded form.
func appendAmountText(b []byte, d decimal.Decimal) []byte {
	if !sane(d) {
		return appendMoneyJSON(b, d)
	}
	b = append(b, '"')
	b = append(b, d.String()...)
	return append(b, '"')
}
