package deadline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/zozpp/zozpp/calendar/law"
)

// Unit is what a term is counted in.
//
// The constants carry a Unit prefix because Days, Workdays and the other
// plain names are the constructors of Term.
type Unit uint8

// The units of a term.
const (
	// UnitDays are calendar days (ЗоЗПП says «дней» without «рабочих»).
	UnitDays Unit = iota + 1
	// UnitWorkdays are working days of the production calendar, transfers
	// included: a working Saturday counts, a transferred day off does not.
	UnitWorkdays
	// UnitDaysExceptHolidays are calendar days not counting нерабочие
	// праздничные дни of ТК РФ ст. 112; weekends and transferred days off
	// count (ОСАГО: ФЗ № 40-ФЗ ст. 12 п. 21, ст. 16.1 п. 1).
	UnitDaysExceptHolidays
	// UnitWeeks end on the same weekday of the last week (ГК РФ ст. 192 п. 4).
	UnitWeeks
	// UnitMonths end on the same day number of the last month, or its last
	// day (ГК РФ ст. 192 п. 3).
	UnitMonths
	// UnitYears end on the same month and day of the last year (ГК РФ
	// ст. 192 п. 1).
	UnitYears
)

var unitNames = [...]string{
	UnitDays:               "days",
	UnitWorkdays:           "workdays",
	UnitDaysExceptHolidays: "days_except_holidays",
	UnitWeeks:              "weeks",
	UnitMonths:             "months",
	UnitYears:              "years",
}

const acceptedUnits = "days, workdays, days_except_holidays, weeks, months, years"

// String returns the unit's name as used in JSON and on command lines:
// "days", "workdays", "days_except_holidays", "weeks", "months", "years".
func (u Unit) String() string {
	if u.valid() {
		return unitNames[u]
	}
	return "unit(" + strconv.Itoa(int(u)) + ")"
}

func (u Unit) valid() bool { return u >= UnitDays && u <= UnitYears }

// ParseUnit parses a unit name as returned by String.
func ParseUnit(s string) (Unit, error) {
	for u := UnitDays; u <= UnitYears; u++ {
		if unitNames[u] == s {
			return u, nil
		}
	}
	return 0, fmt.Errorf("deadline: %w: unknown unit %q; accepted: %s", ErrInvalidTerm, law.Clip(s), acceptedUnits)
}

// MarshalText encodes the unit's name.
func (u Unit) MarshalText() ([]byte, error) {
	if !u.valid() {
		return nil, fmt.Errorf("deadline: %w: unknown unit %d; accepted: %s", ErrInvalidTerm, u, acceptedUnits)
	}
	return []byte(unitNames[u]), nil
}

// UnmarshalText accepts what ParseUnit accepts.
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := ParseUnit(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// Term is a period of time a deadline is defined by (ГК РФ ст. 190): N
// units. The zero Term is no term.
type Term struct {
	N    int  `json:"n"`
	Unit Unit `json:"unit"`
}

// MaxN is the largest N a term may have: 100 000 units is far beyond any
// legal term and keeps all arithmetic far from overflow.
const MaxN = 100000

// Days returns a term of n calendar days.
func Days(n int) Term { return Term{N: n, Unit: UnitDays} }

// Workdays returns a term of n working days of the production calendar.
func Workdays(n int) Term { return Term{N: n, Unit: UnitWorkdays} }

// DaysExceptHolidays returns a term of n calendar days not counting
// нерабочие праздничные дни (ОСАГО).
func DaysExceptHolidays(n int) Term { return Term{N: n, Unit: UnitDaysExceptHolidays} }

// Weeks returns a term of n weeks.
func Weeks(n int) Term { return Term{N: n, Unit: UnitWeeks} }

// Months returns a term of n months.
func Months(n int) Term { return Term{N: n, Unit: UnitMonths} }

// Years returns a term of n years.
func Years(n int) Term { return Term{N: n, Unit: UnitYears} }

// IsZero reports whether t is the zero Term.
func (t Term) IsZero() bool { return t == Term{} }

// Validate reports whether t can be computed: N in 1..MaxN and a known unit.
func (t Term) Validate() error {
	if !t.Unit.valid() {
		return fmt.Errorf("deadline: %w: unknown unit %d; accepted: %s", ErrInvalidTerm, t.Unit, acceptedUnits)
	}
	if t.N < 1 || t.N > MaxN {
		return fmt.Errorf("deadline: %w: %d %s; accepted: N from 1 to %d", ErrInvalidTerm, t.N, t.Unit, MaxN)
	}
	return nil
}

// String returns the term in Russian with the right plural form: "1
// календарный день", "3 рабочих дня", "10 календарных дней", "1 месяц",
// "2 месяца", "5 лет".
func (t Term) String() string { return t.Text(law.Russian) }

// Text returns the term in lang: "3 рабочих дня", "3 working days".
func (t Term) Text(lang law.Lang) string { return string(t.appendText(nil, lang)) }

// MarshalJSON writes the term with its Russian text: {"n":10,"unit":"days",
// "text":"10 календарных дней"}. The zero Term is null.
func (t Term) MarshalJSON() ([]byte, error) { return t.AppendJSON(nil, law.Russian), nil }

// UnmarshalJSON reads {"n":…,"unit":…}; "text" is ignored; null is the
// zero Term. Unknown fields are an error, naming what is accepted.
func (t *Term) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = Term{}
		return nil
	}
	var v struct {
		N    int             `json:"n"`
		Unit Unit            `json:"unit"`
		Text json.RawMessage `json:"text"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("deadline: %w: %v; accepted is {\"n\": 10, \"unit\": \"days\"}", ErrInvalidTerm, err)
	}
	*t = Term{N: v.N, Unit: v.Unit}
	return nil
}

// AppendJSON appends the term as JSON with its text in lang; the zero Term
// is null.
func (t Term) AppendJSON(b []byte, lang law.Lang) []byte {
	if t.IsZero() {
		return append(b, "null"...)
	}
	b = append(b, `{"n":`...)
	b = strconv.AppendInt(b, int64(t.N), 10)
	b = append(b, `,"unit":`...)
	b = law.AppendJSONString(b, t.Unit.String())
	b = append(b, `,"text":`...)
	b = law.AppendJSONString(b, t.Text(lang))
	return append(b, '}')
}

// Russian word forms: one (1, 21), few (2–4, 22–24), many (5–20, 25–30),
// and the English singular and plural.
var unitWords = [...][5]string{
	UnitDays:               {"календарный день", "календарных дня", "календарных дней", "calendar day", "calendar days"},
	UnitWorkdays:           {"рабочий день", "рабочих дня", "рабочих дней", "working day", "working days"},
	UnitDaysExceptHolidays: {"календарный день", "календарных дня", "календарных дней", "calendar day", "calendar days"},
	UnitWeeks:              {"неделя", "недели", "недель", "week", "weeks"},
	UnitMonths:             {"месяц", "месяца", "месяцев", "month", "months"},
	UnitYears:              {"год", "года", "лет", "year", "years"},
}

// Genitive returns the term in the Russian genitive case, as it reads after
// «в течение» or «не более»: "10 календарных дней", "1 месяца", "21
// календарного дня", "3 рабочих дней". In English it is Text.
func (t Term) Genitive(lang law.Lang) string {
	if lang == law.English {
		return t.Text(lang)
	}
	b := strconv.AppendInt(nil, int64(t.N), 10)
	if !t.Unit.valid() {
		return string(append(b, " (неизвестная единица)"...))
	}
	b = append(b, ' ')
	b = append(b, law.Plural(law.Russian, t.N, genitiveWords[t.Unit][0], genitiveWords[t.Unit][1], genitiveWords[t.Unit][1])...)
	if t.Unit == UnitDaysExceptHolidays {
		b = append(b, ", за исключением нерабочих праздничных дней"...)
	}
	return string(b)
}

// Genitive word forms: after a number ending in 1 (not 11), and otherwise.
var genitiveWords = [...][2]string{
	UnitDays:               {"календарного дня", "календарных дней"},
	UnitWorkdays:           {"рабочего дня", "рабочих дней"},
	UnitDaysExceptHolidays: {"календарного дня", "календарных дней"},
	UnitWeeks:              {"недели", "недель"},
	UnitMonths:             {"месяца", "месяцев"},
	UnitYears:              {"года", "лет"},
}

func (t Term) appendText(b []byte, lang law.Lang) []byte {
	b = strconv.AppendInt(b, int64(t.N), 10)
	if !t.Unit.valid() {
		if lang == law.English {
			return append(b, " (unknown unit)"...)
		}
		return append(b, " (неизвестная единица)"...)
	}
	w := &unitWords[t.Unit]
	b = append(b, ' ')
	if lang == law.English {
		b = append(b, law.Plural(law.English, t.N, w[3], w[4], w[4])...)
		if t.Unit == UnitDaysExceptHolidays {
			b = append(b, ", not counting non-working public holidays"...)
		}
		return b
	}
	b = append(b, law.Plural(law.Russian, t.N, w[0], w[1], w[2])...)
	if t.Unit == UnitDaysExceptHolidays {
		b = append(b, ", за исключением нерабочих праздничных дней"...)
	}
	return b
}
