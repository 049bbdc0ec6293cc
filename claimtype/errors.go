package claimtype

import "errors"

var (
	// ErrUnknown: no claim type has the given ID.
	ErrUnknown = errors.New("unknown claim type")
	// ErrTermRequired: the type's term is set by the consumer or the
	// contract and none was given.
	ErrTermRequired = errors.New("term required")
	// ErrNoFixedTerm: the type's term ends with an event that has no
	// computable date.
	ErrNoFixedTerm = errors.New("no fixed term")
	// ErrInvalidClaim: the claim's inputs are missing or contradict each
	// other; the message names the field.
	ErrInvalidClaim = errors.New("invalid claim")
)

// FieldError is an ErrInvalidClaim about one field of a Claim, named as in
// its JSON form ("base", "performed_on, as_of").
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string {
	return "claimtype: " + ErrInvalidClaim.Error() + ": " + e.Field + ": " + e.Message
}

// Unwrap makes errors.Is(err, ErrInvalidClaim) hold.
func (e *FieldError) Unwrap() error { return ErrInvalidClaim }
