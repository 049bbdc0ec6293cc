package penalty

import (
	"errors"
	"strings"
)

// Errors returned by the package, wrapped with what was given and what is
// accepted. Test them with [errors.Is]: [ErrInvalidPeriod] and
// [ErrInvalidRates] are kinds of [ErrInvalidInput], so errors.Is(err,
// ErrInvalidInput) catches every bad input, while [ErrOutOfRange] means
// valid input that the rate data cannot answer. An error about a field of
// an [Input] (or of a schedule, a fine, an amount) is an [*InputError]
// naming the field.
var (
	// ErrInvalidInput: a base, payment, cap, rule or option the law does not
	// allow (a non-positive base, payments exceeding the debt, ...).
	ErrInvalidInput = errors.New("invalid input")

	// ErrInvalidPeriod: a period that is empty or inverted, a zero date, or
	// overlapping exclusions.
	ErrInvalidPeriod error = &subError{msg: "invalid period", parent: ErrInvalidInput}

	// ErrInvalidRates: a rate table that cannot be parsed or is not a
	// well-formed history (dates not ascending, a percent out of range, ...).
	ErrInvalidRates error = &subError{msg: "invalid rates", parent: ErrInvalidInput}

	// ErrOutOfRange: a day for which the data has no verified rate or no
	// wording of the rule — before the table's first entry, after
	// [Rates.KnownThrough] (unless [Input.AssumeLastRate]), or in a span the
	// table marks as unknown (the 2015–16 deposit rates of a district not in
	// the data).
	ErrOutOfRange = errors.New("out of range")
)

// subError is a sentinel that is also a kind of its parent sentinel.
type subError struct {
	msg    string
	parent error
}

func (e *subError) Error() string { return e.msg }
func (e *subError) Unwrap() error { return e.parent }

// InputError is a caller's mistake in one field: Field is its name as the
// JSON form of [Input] (or [Schedule], [ConsumerFineInput], ...) spells it —
// "base", "to", "payments[2].amount", "exclude[0]", "debts[3].due" — and
// Message says what was wrong and what is accepted, quoting at most a
// short form of the input. Err is the sentinel it unwraps to
// ([ErrInvalidInput], [ErrInvalidPeriod], [ErrInvalidRates] or
// [ErrOutOfRange]). Messages name fields, never Go identifiers, so they can
// reach an HTTP client as they are.
type InputError struct {
	Field   string
	Message string
	Err     error
}

// Error returns "penalty: FIELD: MESSAGE".
func (e *InputError) Error() string {
	if e.Field == "" {
		return "penalty: " + e.Message
	}
	return "penalty: " + e.Field + ": " + e.Message
}

// Unwrap returns the sentinel, for [errors.Is].
func (e *InputError) Unwrap() error { return e.Err }

// fieldError builds an *InputError; message parts are concatenated.
func fieldError(sentinel error, field string, message ...string) error {
	return &InputError{Field: field, Message: strings.Join(message, ""), Err: sentinel}
}

// indexed writes "payments[2]" or "payments[2].amount".
func indexed(list string, i int, field string) string {
	s := list + "[" + itoa(i) + "]"
	if field != "" {
		s += "." + field
	}
	return s
}
