package claimtype

import (
	"errors"
	"fmt"
)

var (
	// ErrUnknown: no claim type has the given ID.
	ErrUnknown = errors.New("unknown claim type")
	// ErrInvalidClaim: a field of the claim is missing, malformed or
	// contradicts another. Every such error is a *FieldError naming the
	// field as in the claim's JSON form.
	ErrInvalidClaim = errors.New("invalid claim")
	// ErrTermRequired: the type's term is set by the consumer or the
	// contract and none was given (a *FieldError on consumer_term or
	// agreed_term that also wraps ErrInvalidClaim).
	ErrTermRequired = errors.New("term required")
	// ErrNoFixedTerm: the type's term ends with an event that has no
	// computable date (a *FieldError on claim_type).
	ErrNoFixedTerm = errors.New("no fixed term")
	// ErrMalformedJSON, ErrUnknownField, ErrDuplicateField, ErrWrongType:
	// why DecodeClaim refused a document — not JSON (or cut short, too
	// large, followed by more data), a field the claim does not have, a
	// field given twice, a value of the wrong JSON type. Each comes in a
	// *FieldError naming the field.
	ErrMalformedJSON  = errors.New("malformed JSON")
	ErrUnknownField   = errors.New("unknown field")
	ErrDuplicateField = errors.New("duplicate field")
	ErrWrongType      = errors.New("wrong JSON type")
	// ErrInvalidType: the Type was not taken from the catalog (a zero Type,
	// or one with an unknown term kind).
	ErrInvalidType = errors.New("invalid claim type")
)

// FieldError is a caller error about one field of a Claim, named as in its
// JSON form: "base", "payments[2].amount", "consumer_term", "as_of". It
// wraps ErrInvalidClaim and, when there is one, the more precise sentinel
// (ErrTermRequired, ErrNoFixedTerm, deadline.ErrOutOfRange, …), so that
// errors.Is works for both. Its message says what is accepted and quotes
// at most a short part of the input.
type FieldError struct {
	Field   string
	Message string
	Err     error // the precise sentinel, or nil
}

func (e *FieldError) Error() string {
	return "claimtype: " + ErrInvalidClaim.Error() + ": " + e.Field + ": " + e.Message
}

// Unwrap makes errors.Is(err, ErrInvalidClaim) hold, and errors.Is(err,
// e.Err) for the precise sentinel.
func (e *FieldError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidClaim}
	}
	return []error{ErrInvalidClaim, e.Err}
}

func fieldError(field string, err error, format string, args ...any) *FieldError {
	return &FieldError{Field: field, Err: err, Message: fmt.Sprintf(format, args...)}
}
