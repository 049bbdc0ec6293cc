package penalty

import "errors"

// Errors returned, wrapped with what was given and what is accepted, by
// Compute, Interest395, LoadRates and the Rates methods. Test them with
// errors.Is: ErrInvalidPeriod and ErrInvalidRates are kinds of
// ErrInvalidInput, so errors.Is(err, ErrInvalidInput) catches every bad
// input, while ErrOutOfRange means valid input that the rate data cannot
// answer.
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

	// ErrOutOfRange: a day for which the rate table has no verified rate —
	// before its first entry, after Rates.KnownThrough, or in a span it marks
	// as unknown (the 2015–16 deposit rates of a district not in the data).
	ErrOutOfRange = errors.New("out of range")
)

// subError is a sentinel that is also a kind of its parent sentinel.
type subError struct {
	msg    string
	parent error
}

func (e *subError) Error() string { return e.msg }
func (e *subError) Unwrap() error { return e.parent }
