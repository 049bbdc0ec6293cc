package calendar

import (
	"errors"
	"fmt"
)

var (
	// ErrInvalidDate is returned, wrapped, for a date string ParseDate does
	// not accept.
	ErrInvalidDate = errors.New("invalid date")
	// ErrInvalidCalendar is returned, wrapped, when a Definition (or a JSON
	// document given to Load) is malformed or contradicts itself; the
	// message names the field.
	ErrInvalidCalendar = errors.New("invalid calendar")
)

func invalid(path, format string, args ...any) error {
	return fmt.Errorf("calendar: %w: %s: %s", ErrInvalidCalendar, path, fmt.Sprintf(format, args...))
}
