package deadline

import "errors"

var (
	// ErrInvalidTerm: the term has N outside 1..MaxN or an unknown unit, the
	// event date is missing, or an agreed term exceeds its statutory maximum
	// (see NotLongerThan).
	ErrInvalidTerm = errors.New("invalid term")
	// ErrNoTerm: no term was given — the zero Term and no option that sets
	// one (WithConsumerTerm, WithAgreedTerm). It is a kind of
	// ErrInvalidTerm.
	ErrNoTerm error = &subError{"no term given", ErrInvalidTerm}
	// ErrTermTooLong: an agreed term ends after the statutory maximum set
	// with NotLongerThan (ЗоЗПП ст. 20 п. 1: 45 days). It is a kind of
	// ErrInvalidTerm.
	ErrTermTooLong error = &subError{"term longer than the statutory maximum", ErrInvalidTerm}
	// ErrOutOfRange: the event or the end of the term lies outside the
	// years the calendar covers (or the calendar was not built); nothing is
	// guessed there.
	ErrOutOfRange = errors.New("date outside the calendar's range")
)

// subError is a sentinel that is also a kind of its parent sentinel.
type subError struct {
	msg    string
	parent error
}

func (e *subError) Error() string { return e.msg }
func (e *subError) Unwrap() error { return e.parent }
