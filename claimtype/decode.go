package claimtype

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// MaxClaimJSON bounds the document DecodeClaim reads: a claim is a few
// hundred bytes; 64 KiB leaves room for thousands of payments.
const MaxClaimJSON = 64 << 10

// DecodeClaim reads a claim as the crmhook service and the CLI accept it:
// one JSON object with "claim_type" and the fields of Claim. It is strict
// where encoding/json is lenient — an unknown field, a field name in another
// case ("Event"), a duplicate key or data after the object is an error at
// every level — and tolerant where people are: amounts may be JSON numbers
// or strings such as "59 990,00 ₽" (penalty.ParseAmount), dates may be
// "2025-01-09", "09.01.2025" or an RFC 3339 date-time (calendar.ParseDate),
// an exclusion's basis a citation string. Every error is a *FieldError
// naming the field ("" for the document as a whole) and saying what is
// accepted.
func DecodeClaim(data []byte) (ID, Claim, error) {
	var id ID
	var c Claim
	if len(data) > MaxClaimJSON {
		return id, c, fieldError("", ErrMalformedJSON, "the document has %d bytes; accepted is one JSON object of at most %d bytes", len(data), MaxClaimJSON)
	}
	d := &decoder{dec: json.NewDecoder(bytes.NewReader(data))}
	d.dec.UseNumber()
	err := d.object("", map[string]func(string) error{
		"claim_type":       func(p string) error { s, err := d.str(p); id = ID(s); return err },
		"event":            func(p string) error { return d.date(p, &c.Event) },
		"base":             func(p string) error { return d.amount(p, &c.Base) },
		"performed_on":     func(p string) error { return d.date(p, &c.PerformedOn) },
		"as_of":            func(p string) error { return d.date(p, &c.AsOf) },
		"payments":         func(p string) error { return d.payments(p, &c.Payments) },
		"consumer_term":    func(p string) error { return d.term(p, &c.ConsumerTerm) },
		"agreed_term":      func(p string) error { return d.term(p, &c.AgreedTerm) },
		"penalty_from":     func(p string) error { return d.date(p, &c.PenaltyFrom) },
		"exclude":          func(p string) error { return d.periods(p, &c.Exclude) },
		"moratorium_2022":  func(p string) error { return d.boolean(p, &c.Moratorium2022) },
		"cap":              func(p string) error { return d.amount(p, &c.Cap) },
		"base_awarded":     func(p string) error { return d.boolean(p, &c.BaseAwarded) },
		"moral_damages":    func(p string) error { return d.amount(p, &c.MoralDamages) },
		"losses":           func(p string) error { return d.amount(p, &c.Losses) },
		"other_awarded":    func(p string) error { return d.amount(p, &c.OtherAwarded) },
		"court_payout":     func(p string) error { return d.amount(p, &c.CourtPayout) },
		"paid_voluntarily": func(p string) error { return d.amount(p, &c.PaidVoluntarily) },
		"assume_last_rate": func(p string) error { return d.boolean(p, &c.AssumeLastRate) },
		"region":           func(p string) error { s, err := d.str(p); c.Region = s; return err },
		"debts":            func(p string) error { return d.debts(p, &c.Debts) },
		"citizen":          func(p string) error { return d.boolean(p, &c.Citizen) },
		"performed_value":  func(p string) error { return d.amount(p, &c.PerformedValue) },
	})
	if err != nil {
		return id, c, err
	}
	if _, err := d.dec.Token(); err != io.EOF {
		return id, c, fieldError("", ErrMalformedJSON, "data after the JSON object; accepted is exactly one object")
	}
	if id == "" {
		return id, c, fieldError("claim_type", nil, "required: a claim type ID such as goods.refund (GET /v1/claimtypes or claimcalc -list show them all)")
	}
	return id, c, nil
}

// decoder walks a JSON document token by token, so that duplicate and
// miscased keys are seen, which encoding/json silently merges.
type decoder struct{ dec *json.Decoder }

func path(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// object reads an object whose keys must be exactly the fields given, each
// at most once.
func (d *decoder) object(at string, fields map[string]func(string) error) error {
	if err := d.delim(at, '{', "a JSON object"); err != nil {
		return err
	}
	return d.objectBody(at, fields)
}

// objectBody is object after its opening brace.
func (d *decoder) objectBody(at string, fields map[string]func(string) error) error {
	seen := map[string]bool{}
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return d.syntax(at, err)
		}
		key, _ := tok.(string)
		p := path(at, key)
		read, ok := fields[key]
		switch {
		case !ok:
			names := slices.Sorted(func(yield func(string) bool) {
				for n := range fields {
					if !yield(n) {
						return
					}
				}
			})
			for _, n := range names {
				if strings.EqualFold(n, key) {
					return fieldError(p, ErrUnknownField, "unknown field; field names are case-sensitive: did you mean %q?", path(at, n))
				}
			}
			return fieldError(p, ErrUnknownField, "unknown field; accepted: %s", strings.Join(names, ", "))
		case seen[key]:
			return fieldError(p, ErrDuplicateField, "given twice; accepted is each field once")
		}
		seen[key] = true
		if err := read(p); err != nil {
			return err
		}
	}
	return d.delim(at, '}', "the end of the object")
}

func (d *decoder) delim(at string, want json.Delim, what string) error {
	tok, err := d.dec.Token()
	if err != nil {
		return d.syntax(at, err)
	}
	if tok != want {
		return fieldError(at, ErrWrongType, "got %s; accepted is %s", describe(tok), what)
	}
	return nil
}

func (d *decoder) syntax(at string, err error) error {
	if errors.Is(err, io.EOF) {
		return fieldError(at, ErrMalformedJSON, "the JSON ends early; accepted is one complete JSON object")
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fieldError(at, ErrMalformedJSON, "malformed JSON at byte %d: %v", se.Offset, se)
	}
	return fieldError(at, ErrMalformedJSON, "malformed JSON: %v", err)
}

// value reads one scalar token (null reads as nil).
func (d *decoder) value(at string) (json.Token, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.syntax(at, err)
	}
	if delim, ok := tok.(json.Delim); ok {
		return nil, fieldError(at, ErrWrongType, "got %s; accepted is a single value", describe(delim))
	}
	return tok, nil
}

func (d *decoder) str(at string) (string, error) {
	tok, err := d.value(at)
	if err != nil {
		return "", err
	}
	s, ok := tok.(string)
	if !ok && tok != nil {
		return "", fieldError(at, ErrWrongType, "got %s; accepted is a string", describe(tok))
	}
	return s, nil
}

func (d *decoder) date(at string, out *calendar.Date) error {
	s, err := d.str(at)
	if err != nil || s == "" {
		return err
	}
	v, err := calendar.ParseDate(s)
	if err != nil {
		return fieldError(at, nil, "%s", unwrapMessage(err))
	}
	*out = v
	return nil
}

func (d *decoder) amount(at string, out *decimal.Decimal) error {
	tok, err := d.value(at)
	if err != nil || tok == nil {
		return err
	}
	var s string
	switch v := tok.(type) {
	case string:
		s = v
	case json.Number:
		s = string(v)
	default:
		return fieldError(at, ErrWrongType, "got %s; accepted is an amount in rubles, a number or a string such as \"59990.00\" or \"59 990,00 ₽\"", describe(tok))
	}
	v, err := penalty.ParseAmount(s)
	if err != nil {
		return fieldError(at, nil, "%s", unwrapMessage(err))
	}
	*out = v
	return nil
}

func (d *decoder) boolean(at string, out *bool) error {
	tok, err := d.value(at)
	if err != nil || tok == nil {
		return err
	}
	v, ok := tok.(bool)
	if !ok {
		return fieldError(at, ErrWrongType, "got %s; accepted is true or false", describe(tok))
	}
	*out = v
	return nil
}

func (d *decoder) term(at string, out *deadline.Term) error {
	tok, err := d.dec.Token()
	switch {
	case err != nil:
		return d.syntax(at, err)
	case tok == nil:
		return nil // null: not given
	case tok != json.Delim('{'):
		return fieldError(at, ErrWrongType, "got %s; accepted is a term such as {\"n\": 14, \"unit\": \"days\"}", describe(tok))
	}
	var n json.Number
	var unit string
	err = d.objectBody(at, map[string]func(string) error{
		"n": func(p string) error {
			tok, err := d.value(p)
			if err != nil {
				return err
			}
			num, ok := tok.(json.Number)
			if !ok {
				return fieldError(p, ErrWrongType, "got %s; accepted is a whole number from 1 to %d", describe(tok), deadline.MaxN)
			}
			n = num
			return nil
		},
		"unit": func(p string) error { s, err := d.str(p); unit = s; return err },
		"text": func(p string) error { _, err := d.str(p); return err }, // what MarshalJSON writes; ignored
	})
	if err != nil {
		return err
	}
	v, err := n.Int64()
	if err != nil || v < 1 || v > deadline.MaxN {
		return fieldError(path(at, "n"), nil, "%q; accepted is a whole number from 1 to %d", law.Clip(string(n)), deadline.MaxN)
	}
	u, err := deadline.ParseUnit(unit)
	if err != nil {
		return fieldError(path(at, "unit"), nil, "%s", unwrapMessage(err))
	}
	*out = deadline.Term{N: int(v), Unit: u}
	return nil
}

func (d *decoder) payments(at string, out *[]penalty.Payment) error {
	return d.array(at, func(p string) error {
		var pay penalty.Payment
		err := d.object(p, map[string]func(string) error{
			"on":     func(f string) error { return d.date(f, &pay.On) },
			"amount": func(f string) error { return d.amount(f, &pay.Amount) },
			"for":    func(f string) error { return d.date(f, &pay.For) },
		})
		*out = append(*out, pay)
		return err
	})
}

func (d *decoder) debts(at string, out *[]penalty.Charge) error {
	return d.array(at, func(p string) error {
		var debt penalty.Charge
		err := d.object(p, map[string]func(string) error{
			"due":    func(f string) error { return d.date(f, &debt.Due) },
			"amount": func(f string) error { return d.amount(f, &debt.Amount) },
		})
		*out = append(*out, debt)
		return err
	})
}

func (d *decoder) periods(at string, out *[]penalty.Period) error {
	return d.array(at, func(p string) error {
		var per penalty.Period
		err := d.object(p, map[string]func(string) error{
			"from": func(f string) error { return d.date(f, &per.From) },
			"to":   func(f string) error { return d.date(f, &per.To) },
			"basis": func(f string) error {
				s, err := d.str(f)
				if s != "" {
					per.Basis = []law.Ref{law.TextRef(s, "")}
				}
				return err
			},
		})
		*out = append(*out, per)
		return err
	})
}

// array reads an array whose elements item reads, naming each by index.
func (d *decoder) array(at string, item func(string) error) error {
	if err := d.delim(at, '[', "a JSON array"); err != nil {
		return err
	}
	for i := 0; d.dec.More(); i++ {
		if err := item(fmt.Sprintf("%s[%d]", at, i)); err != nil {
			return err
		}
	}
	return d.delim(at, ']', "the end of the array")
}

// describe names a JSON token's type for a message.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case string:
		return fmt.Sprintf("the string %q", law.Clip(v))
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "an array"
		}
		return "the end of a container"
	}
	return "a value"
}
