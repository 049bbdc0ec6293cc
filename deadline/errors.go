package deadline

import "errors"

var (
	// ErrInvalidTerm: the term has N outside 1..MaxN or an unknown unit, or
	// the event date is missing.
	ErrInvalidTerm = errors.New("invalid term")
	// ErrOutOfRange: the event or the end of the term lies outside the
	// years the calendar covers; nothing is guessed there.
	ErrOutOfRange = errors.New("date outside the calendar's range")
)
