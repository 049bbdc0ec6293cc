package main

import (
	"bytes"
	"errors"
	"fmt"
)

// isdayoff.ru (documented at https://isdayoff.ru/desc/ and
// https://isdayoff.ru/extapi/) answers GET /api/getdata?year=YYYY with one
// digit per day of the year, no separator: 0 working, 1 non-working, 2 a
// shortened working day (only with pre=1), 4 a working day made
// non-working in 2020 (only with covid=1). Use the host without "www":
// that one serves the web site.
const isDayOffURL = "https://isdayoff.ru/api/getdata?year=%d&cc=ru&pre=1&covid=1"

// isDayOffErrors are the service's error answers (its body is the code).
var isDayOffErrors = map[string]string{
	"100": "error 100: a wrong date",
	"101": "error 101: no data for that date",
	"199": "error 199: a service error",
}

// parseIsDayOff reads the answer for a whole year: exactly one digit per
// day (365 or 366), surrounding white space allowed. Errors name the
// position and the day.
func parseIsDayOff(data []byte, year int) (*publishedYear, error) {
	if len(data) > maxInput {
		return nil, fmt.Errorf("the answer exceeds %d bytes", maxInput)
	}
	if year < 1900 || year > 2200 {
		return nil, fmt.Errorf("year %d: accepted is the year the answer is for, such as -year 2026", year)
	}
	body := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if msg, ok := isDayOffErrors[string(body)]; ok {
		return nil, fmt.Errorf("the service answered %s", msg)
	}
	y := newPublishedYear(year, fmt.Sprintf("isdayoff %d", year))
	y.NonWorkingAsOff = true
	if len(body) != len(y.Days) {
		return nil, fmt.Errorf("%d characters for %d, which has %d days: accepted is one digit per day (0, 1, 2, 4) with no separator", len(body), year, len(y.Days))
	}
	for i, c := range body {
		switch c {
		case '0':
			y.Days[i] = statusWorking
		case '1':
			y.Days[i] = statusOff
		case '2':
			y.Days[i] = statusShortened
		case '4':
			y.Days[i] = statusNonWorking
			y.NonWorkingAsOff = false
		default:
			return nil, fmt.Errorf("position %d (%s): %q: accepted digits are 0 (working), 1 (non-working), 2 (shortened), 4 (non-working by the 2020 decrees)", i+1, y.date(i), rune(c))
		}
	}
	return y, nil
}

// explainIsDayOff turns the service's HTTP error answers into its own
// error text.
func explainIsDayOff(err error) error {
	var se *httpStatusError
	if errors.As(err, &se) {
		if msg, ok := isDayOffErrors[se.body]; ok {
			return fmt.Errorf("%s: %s", se.url, msg)
		}
	}
	return err
}
