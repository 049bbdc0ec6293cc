package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// maxDocument bounds what Load reads.
const maxDocument = 4 << 20

// Load reads a calendar Definition in JSON and builds the Calendar. The
// format is that of Definition, field names as in its json tags; the
// embedded data/russia.json is a complete example:
//
//	{
//	  "name": "...", "first_year": 1999, "last_year": 2032,
//	  "workday_basis": "ТК РФ ст. 91, 111", "weekend_basis": "ТК РФ ст. 111",
//	  "shortened_basis": "ТК РФ ст. 95 ч. 1",
//	  "weekend_shift": [{"from": 2002, "basis": "ТК РФ ст. 112 ч. 2"}],
//	  "holidays": [{"name": "День России", "month": 6, "days": [12], "from": 2002, "basis": "ТК РФ ст. 112 ч. 1"}],
//	  "acts": [{"year": 2024, "citation": "Постановление Правительства РФ от 10.08.2023 № 1314", "yearly": true,
//	            "transfers": [{"from": "2024-04-27", "to": "2024-04-29"}]}]
//	}
//
// A document that is a JSON array instead is a list of acts — next year's
// decree, a regional law — added to the federal calendar with Russia().With:
//
//	[{"year": 2028, "citation": "Постановление Правительства РФ от … № …", "yearly": true,
//	  "transfers": [{"from": "2028-01-01", "to": "2028-05-02"}]}]
//
// Unknown fields, trailing data and documents over 4 MiB are errors; every
// error wraps ErrInvalidCalendar and names the field or the line.
func Load(r io.Reader) (*Calendar, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxDocument+1))
	if err != nil {
		return nil, fmt.Errorf("calendar: reading the definition: %w", err)
	}
	if len(data) > maxDocument {
		return nil, fmt.Errorf("calendar: %w: the document exceeds %d bytes", ErrInvalidCalendar, maxDocument)
	}
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		var acts []Act
		if err := dec.Decode(&acts); err != nil {
			return nil, jsonError(data, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("calendar: %w: line %d: data after the JSON document", ErrInvalidCalendar, lineAt(data, dec.InputOffset()))
		}
		return Russia().With(acts...)
	}
	return loadDefinition(data)
}

// loadDefinition reads a Definition document; the embedded data is read
// with it.
func loadDefinition(data []byte) (*Calendar, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var def Definition
	if err := dec.Decode(&def); err != nil {
		return nil, jsonError(data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("calendar: %w: line %d: data after the JSON document", ErrInvalidCalendar, lineAt(data, dec.InputOffset()))
	}
	return New(def)
}

// jsonError turns a decoding error into one that names the line and field.
func jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf("calendar: %w: line %d: %v", ErrInvalidCalendar, lineAt(data, syntax.Offset), err)
	case errors.As(err, &typ):
		return fmt.Errorf("calendar: %w: line %d: field %s: got JSON %s, want %s", ErrInvalidCalendar, lineAt(data, typ.Offset), typ.Field, typ.Value, typ.Type)
	case errors.Is(err, ErrInvalidDate):
		return fmt.Errorf("calendar: %w: %w", ErrInvalidCalendar, err)
	}
	return fmt.Errorf("calendar: %w: %v", ErrInvalidCalendar, err)
}

// lineAt returns the 1-based line of a byte offset.
func lineAt(data []byte, offset int64) int {
	offset = min(max(offset, 0), int64(len(data)))
	return bytes.Count(data[:offset], []byte("\n")) + 1
}
