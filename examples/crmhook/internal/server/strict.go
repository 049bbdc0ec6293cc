package server

import (
	"bytes"
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/danielgtaylor/huma/v2"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

// strictOptions make encoding/json/v2 (github.com/go-json-experiment/json,
// the experimental module that became Go's encoding/json/v2) read request
// bodies strictly at every depth: member names match exactly
// (case-sensitively), unknown members are an error, and a name repeated in
// one object is an error (its default, RFC 7493 I-JSON) — the three
// parser-differential holes of encoding/json v1 that the reliability
// review (D6) found.
var strictOptions = json.JoinOptions(
	json.RejectUnknownMembers(true),
	json.MatchCaseInsensitiveNames(false),
	jsontext.AllowDuplicateNames(false),
	jsontext.AllowInvalidUTF8(false),
)

// decodeStrict reads data, one JSON object, into v (a pointer to a
// request type of the contract). Every error is a Problem naming the field
// as the library does ("payments[2].amount"); prefix names the item of a
// batch.
func decodeStrict(data []byte, v any, prefix string) *Problem {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return problem(codeInvalidJSON, prefix, "the body is empty: send one JSON object")
	case trimmed[0] != '{':
		return problem(codeInvalidJSON, prefix, "the body must be one JSON object, not "+jsonKindName(trimmed[0]))
	}
	err := json.Unmarshal(data, v, strictOptions)
	if err == nil {
		return nil
	}
	return jsonProblem(err, v, prefix)
}

// jsonProblem words a decoding error of encoding/json/v2.
func jsonProblem(err error, v any, prefix string) *Problem {
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		field := joinField(prefix, fieldName(syn.JSONPointer))
		if errors.Is(syn.Err, jsontext.ErrDuplicateName) {
			name := syn.JSONPointer.LastToken()
			return problem(codeDuplicateField, field, "the member "+strconv.Quote(law.Clip(name))+" appears twice in one object; give each field once")
		}
		detail := "malformed JSON at byte " + strconv.FormatInt(syn.ByteOffset, 10)
		if syn.Err != nil {
			detail += ": " + law.Clip(syn.Err.Error())
		}
		return problem(codeInvalidJSON, field, detail)
	}
	var sem *json.SemanticError
	if errors.As(err, &sem) {
		field := joinField(prefix, fieldName(sem.JSONPointer))
		if errors.Is(sem.Err, json.ErrUnknownName) {
			name := sem.JSONPointer.LastToken()
			accepted := acceptedNames(sem.GoType)
			detail := "unknown field " + strconv.Quote(law.Clip(name))
			for _, a := range accepted {
				if strings.EqualFold(a, name) {
					detail += "; names are case-sensitive: did you mean " + strconv.Quote(a) + "?"
					break
				}
			}
			if len(accepted) > 0 {
				detail += "; accepted: " + strings.Join(accepted, ", ")
			}
			return problem(codeUnknownField, field, detail)
		}
		var p *Problem
		if errors.As(sem.Err, &p) {
			p.Field = joinField(field, p.Field)
			return p
		}
		var ie *penalty.InputError
		if errors.As(sem.Err, &ie) {
			return problem(codeInvalidField, joinField(field, ie.Field), ie.Message)
		}
		if sem.Err != nil && errors.Is(sem.Err, calendar.ErrInvalidDate) {
			return problem(codeInvalidField, field, clip2(sem.Err.Error()))
		}
		detail := "got " + kindName(sem.JSONKind)
		if want := wantName(sem.GoType); want != "" {
			detail += ", want " + want
		}
		if sem.Err != nil && !errors.Is(sem.Err, json.ErrUnknownName) {
			detail += " (" + clip2(sem.Err.Error()) + ")"
		}
		return problem(codeInvalidField, field, detail)
	}
	return problem(codeInvalidJSON, prefix, clip2(err.Error()))
}

// clip2 bounds a longer message (an error that already quotes its input
// briefly).
func clip2(s string) string {
	if len(s) <= 300 {
		return s
	}
	return law.Clip(s[:300]) + "…"
}

// fieldName turns a JSON pointer ("/payments/2/amount") into the field
// notation of the library's errors ("payments[2].amount").
func fieldName(p jsontext.Pointer) string {
	var b strings.Builder
	for tok := range p.Tokens() {
		if isIndex(tok) {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(law.Clip(tok))
	}
	return b.String()
}

func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// acceptedNames lists the JSON names of a struct type's fields.
func acceptedNames(t reflect.Type) []string {
	for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice) {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" && f.IsExported() {
			names = append(names, name)
		}
	}
	return names
}

func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "a boolean"
	case '"':
		return "a string"
	case '0':
		return "a number"
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return "a value"
}

func jsonKindName(c byte) string {
	switch c {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 'n':
		return "null"
	case 't', 'f':
		return "a boolean"
	}
	if c == '-' || (c >= '0' && c <= '9') {
		return "a number"
	}
	return "something that is not JSON"
}

// wantName says in words what a Go type of the contract takes.
func wantName(t reflect.Type) string {
	if t == nil {
		return ""
	}
	switch t {
	case reflect.TypeOf(Date{}):
		return `a date string "YYYY-MM-DD" or "DD.MM.YYYY"`
	case reflect.TypeOf(Amount{}):
		return `an amount in rubles, a string such as "59990.00" or a number`
	case reflect.TypeOf(Moment{}):
		return `an RFC 3339 date-time string with its zone, such as "2025-12-30T17:30:00+03:00"`
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "an array"
	case reflect.Struct:
		return "an object"
	}
	return ""
}

// Date is a civil date in a request: "YYYY-MM-DD", "DD.MM.YYYY" or an RFC
// 3339 date-time, read by calendar.ParseDate.
type Date calendar.Date

// UnmarshalText reads what calendar.ParseDate accepts.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New(`an empty date: accepted are "YYYY-MM-DD", "DD.MM.YYYY" and RFC 3339 date-times`)
	}
	return (*calendar.Date)(d).UnmarshalText(b)
}

// Schema describes Date in the contract.
func (Date) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{
		Type:        "string",
		Description: `A civil date: "YYYY-MM-DD", "DD.MM.YYYY", or an RFC 3339 date-time (what JavaScript's toISOString sends) whose date is read at its own offset.`,
		Examples:    []any{"2024-12-25"},
		MinLength:   ptr(10),
		MaxLength:   ptr(40),
	}
}

// Amount is an amount of money in a request: a JSON string as people type
// it ("59990", "59990.00", "59 990,00 ₽") or a JSON number, read by
// penalty.ParseAmount: at most two decimals, no sign, no exponent, at most
// 10^15 — so no input can make the service work with a huge decimal.
type Amount struct {
	decimal.Decimal
}

// UnmarshalJSON reads a string or a number of at most 64 bytes.
func (a *Amount) UnmarshalJSON(b []byte) error {
	if len(b) > 66 {
		return errors.New("the amount is longer than 64 characters: accepted is an amount such as \"59990.00\", at most 10^15")
	}
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		var err error
		if s, err = strconv.Unquote(s); err != nil {
			return errors.New("malformed string")
		}
	} else if len(b) == 0 || !(b[0] == '-' || (b[0] >= '0' && b[0] <= '9')) {
		return errors.New(`accepted is an amount in rubles, a string such as "59990.00" or a number`)
	}
	d, err := penalty.ParseAmount(s)
	if err != nil {
		return err
	}
	a.Decimal = d
	return nil
}

// Schema describes Amount in the contract.
func (Amount) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{
		OneOf: []*huma.Schema{
			{Type: "string", MaxLength: ptr(64), Examples: []any{"59990.00", "59 990,00 ₽"}},
			{Type: "number", Minimum: ptrF(0), Maximum: ptrF(1e15)},
		},
		Description: `An amount in rubles: a string as people type it ("59990", "59990.00", "59 990,00", "59 990,00 ₽") or a JSON number; at most two decimals, no sign, no exponent, at most 10^15.`,
	}
}

func ptr(n int) *int          { return &n }
func ptrF(f float64) *float64 { return &f }
