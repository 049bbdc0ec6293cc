package deadline

import (
	"encoding/json"
	"fmt"
	"strconv"
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
	return 0, fmt.Errorf("deadline: %w: unknown unit %q; accepted: %s", ErrInvalidTerm, s, acceptedUnits)
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
func (t Term) String() string { return string(t.appendRussian(nil)) }

// MarshalJSON adds the Russian text to the term: {"n":10,"unit":"days",
// "text":"10 календарных дней"}. The zero Term is null.
func (t Term) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	type plain Term
	return json.Marshal(struct {
		plain
		Text string `json:"text"`
	}{plain(t), t.String()})
}

// Russian word forms: one (1, 21), few (2–4, 22–24), many (5–20, 25–30).
var unitWords = [...][3]string{
	UnitDays:               {"календарный день", "календарных дня", "календарных дней"},
	UnitWorkdays:           {"рабочий день", "рабочих дня", "рабочих дней"},
	UnitDaysExceptHolidays: {"календарный день", "календарных дня", "календарных дней"},
	UnitWeeks:              {"неделя", "недели", "недель"},
	UnitMonths:             {"месяц", "месяца", "месяцев"},
	UnitYears:              {"год", "года", "лет"},
}

// Genitive returns the term in the genitive case, as it reads after «в
// течение» or «не более»: "10 календарных дней", "1 месяца", "21
// календарного дня", "3 рабочих дней".
func (t Term) Genitive() string {
	b := strconv.AppendInt(nil, int64(t.N), 10)
	if !t.Unit.valid() {
		return string(append(b, " (неизвестная единица)"...))
	}
	form := 1
	if n := t.N % 100; t.N%10 == 1 && n != 11 {
		form = 0
	}
	b = append(b, ' ')
	b = append(b, genitiveWords[t.Unit][form]...)
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

func (t Term) appendRussian(b []byte) []byte {
	b = strconv.AppendInt(b, int64(t.N), 10)
	if !t.Unit.valid() {
		return append(b, " (неизвестная единица)"...)
	}
	b = append(b, ' ')
	b = append(b, unitWords[t.Unit][pluralForm(t.N)]...)
	if t.Unit == UnitDaysExceptHolidays {
		b = append(b, ", за исключением нерабочих праздничных дней"...)
	}
	return b
}

// pluralForm returns 0, 1 or 2 for the Russian one/few/many forms of n.
func pluralForm(n int) int {
	if n < 0 {
		n = -n
	}
	switch n10, n100 := n%10, n%100; {
	case n10 == 1 && n100 != 11:
		return 0
	case n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14):
		return 1
	}
	return 2
}
