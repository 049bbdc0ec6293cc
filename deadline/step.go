package deadline

import (
	"strconv"
	"sync"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Code names one rule of the reasoning behind a deadline. Codes are stable:
// a program may switch on them; the README lists them all.
type Code string

// The codes of the steps, in the order a Result applies them.
const (
	// CodeConsumerTerm: the term was set by the consumer (ГК РФ ст. 190;
	// ЗоЗПП ст. 30). Facts: Term.
	CodeConsumerTerm Code = "gk190.consumer_term"
	// CodeAgreedTerm: the term was agreed by the parties (ГК РФ ст. 190,
	// 314 п. 1). Facts: Term.
	CodeAgreedTerm Code = "gk190.agreed_term"
	// CodeLimit: the term does not exceed its statutory maximum
	// (NotLongerThan). Facts: Term (the maximum), Date (its last day); the
	// citation is the limit's basis.
	CodeLimit Code = "term.limit"
	// CodeOnDate: the term is set by a calendar date (ГК РФ ст. 190). Facts:
	// Date.
	CodeOnDate Code = "gk190.date"
	// CodeStart: the term starts on the day after the event (ГК РФ ст. 191).
	// Facts: From (the event), Date (the first day).
	CodeStart Code = "gk191.start"
	// CodeEndDays: a term in days ends on its N-th day (ГК РФ ст. 190, 191).
	// Facts: Term, Date (the last day).
	CodeEndDays Code = "gk191.end_days"
	// CodeEndWeeks: a term in weeks ends on the same weekday of its last
	// week (ГК РФ ст. 192 п. 4). Facts: Date.
	CodeEndWeeks Code = "gk192.end_weeks"
	// CodeEndMonths: a term in months ends on the same date of its last
	// month (ГК РФ ст. 192 п. 3). Facts: Date.
	CodeEndMonths Code = "gk192.end_months"
	// CodeEndMonthsLastDay: the last month has no such date; the term ends
	// on its last day (ГК РФ ст. 192 п. 3). Facts: Date, N (the missing
	// date).
	CodeEndMonthsLastDay Code = "gk192.end_months_last_day"
	// CodeEndYears: a term in years ends on the same month and date of its
	// last year (ГК РФ ст. 192 п. 1). Facts: Date.
	CodeEndYears Code = "gk192.end_years"
	// CodeEndYearsLastDay: 29 February in a year without one; the term ends
	// on 28 February (ГК РФ ст. 192 п. 1, 3). Facts: Date, N (29).
	CodeEndYearsLastDay Code = "gk192.end_years_last_day"
	// CodeEndWorkdays: a term in working days ends on the N-th working day of
	// the production calendar (ТК РФ ст. 111, 112). Facts: Term, From (the
	// event), Date, N (the non-working days skipped).
	CodeEndWorkdays Code = "calendar.end_workdays"
	// CodeEndExceptHolidays: calendar days not counting нерабочие праздничные
	// дни (ТК РФ ст. 112 ч. 1; ОСАГО). Facts: Term, From, Date, N (the
	// holidays skipped).
	CodeEndExceptHolidays Code = "calendar.end_except_holidays"
	// CodeNoShiftNeeded: the last day is a working day (ГК РФ ст. 193).
	// Facts: Date.
	CodeNoShiftNeeded Code = "gk193.working_day"
	// CodeShift: the last day is not a working day; the term ends on the
	// next working day (ГК РФ ст. 193). Facts: From (the last day), Day (its
	// kind, name and act), Date (the due day).
	CodeShift Code = "gk193.shift"
	// CodeShiftTax: a tax term's last day is not a working day; it ends on
	// the next working day (НК РФ ст. 6.1 п. 7). Facts as CodeShift.
	CodeShiftTax Code = "nk6_1.shift"
	// CodeShiftBack: a payday that is not a working day is paid on the
	// working day before it (ТК РФ ст. 136 ч. 8). Facts as CodeShift.
	CodeShiftBack Code = "tk136.shift_back"
	// CodeSpecialDay: the last day is a special non-working day by
	// Presidential decree, which does not move a term (ГК РФ ст. 193; Обзор
	// ВС РФ № 1 от 21.04.2020, вопрос 5). Facts: Date, Day.
	CodeSpecialDay Code = "gk193.special_day"
	// CodeNoShift: ст. 193 is not applied (NoShift). Facts: Date.
	CodeNoShift Code = "gk193.not_applied"
	// CodeDeadline: performance is on time until 24:00 of the due day at the
	// place of performance (ГК РФ ст. 194 п. 1). Facts: Date (the due day),
	// To (the first day of delay).
	CodeDeadline Code = "gk194.deadline"
	// CodeProvisional: the due day lies in a year with no transfer decree in
	// the data; the date may change (ТК РФ ст. 112 ч. 5). Facts: N (the year).
	CodeProvisional Code = "calendar_provisional"
)

// Step is one rule of the reasoning: its code, the provisions it applies
// and the facts it used. Which facts are set depends on the code (see
// each Code). Text renders it.
type Step struct {
	Code Code
	// Refs are the provisions applied; a copy the caller may keep.
	Refs []law.Ref
	Term Term          // the term involved
	From calendar.Date // the date counted from: the event, or the last day before a shift
	Date calendar.Date // the date the step yields: start, last day, due day
	To   calendar.Date // for CodeDeadline: the first day of delay
	N    int           // a count: days skipped, a missing date, a year
	Day  calendar.Day  // for the ст. 193 steps: what the calendar says about the last day
}

// refs of the codes whose provisions do not depend on the result.
var codeRefs = sync.OnceValue(func() map[Code][]law.Ref {
	return map[Code][]law.Ref{
		CodeConsumerTerm:      law.MustRefs("ГК РФ ст. 190"),
		CodeAgreedTerm:        law.MustRefs("ГК РФ ст. 190, ст. 314 п. 1"),
		CodeOnDate:            law.MustRefs("ГК РФ ст. 190"),
		CodeStart:             law.MustRefs("ГК РФ ст. 191"),
		CodeEndDays:           law.MustRefs("ГК РФ ст. 190, 191"),
		CodeEndWeeks:          law.MustRefs("ГК РФ ст. 192 п. 4"),
		CodeEndMonths:         law.MustRefs("ГК РФ ст. 192 п. 3"),
		CodeEndMonthsLastDay:  law.MustRefs("ГК РФ ст. 192 п. 3"),
		CodeEndYears:          law.MustRefs("ГК РФ ст. 192 п. 1"),
		CodeEndYearsLastDay:   law.MustRefs("ГК РФ ст. 192 п. 1, 3"),
		CodeEndWorkdays:       law.MustRefs("ТК РФ ст. 111, 112"),
		CodeEndExceptHolidays: law.MustRefs("ТК РФ ст. 112 ч. 1"),
		CodeNoShiftNeeded:     law.MustRefs("ГК РФ ст. 193"),
		CodeShift:             law.MustRefs("ГК РФ ст. 193"),
		CodeShiftBack:         law.MustRefs("ТК РФ ст. 136 ч. 8"),
		CodeShiftTax:          law.MustRefs("НК РФ ст. 6.1 п. 7"),
		CodeSpecialDay:        law.MustRefs("ГК РФ ст. 193; Обзор ВС РФ № 1, утв. Президиумом ВС РФ 21.04.2020, вопрос 5"),
		CodeNoShift:           law.MustRefs("ГК РФ ст. 193"),
		CodeDeadline:          law.MustRefs("ГК РФ ст. 194 п. 1"),
		CodeProvisional:       law.MustRefs("ТК РФ ст. 112 ч. 5"),
	}
})

// Steps returns the reasoning behind r, one step per rule applied, in
// order: who set the term, its limit, its start, its last day, how ст. 193
// moved it, the time of day, and a warning for a provisional year. It is
// derived from r's facts each time it is called (the render path, not
// Compute's): the slice and its refs are the caller's.
func (r Result) Steps() []Step {
	steps := r.steps(make([]Step, 0, 7))
	for i := range steps {
		steps[i].Refs = append([]law.Ref(nil), steps[i].Refs...)
	}
	return steps
}

// steps appends r's steps to buf; their Refs share the package's static
// tables, so they must not leave the package (Steps copies them).
func (r Result) steps(buf []Step) []Step {
	if r.Due.IsZero() {
		return nil
	}
	steps := buf
	add := func(s Step) {
		if s.Refs == nil {
			s.Refs = codeRefs()[s.Code]
		}
		steps = append(steps, s)
	}
	switch r.SetBy {
	case ByConsumer:
		add(Step{Code: CodeConsumerTerm, Term: r.Term})
	case ByAgreement:
		add(Step{Code: CodeAgreedTerm, Term: r.Term})
	}
	if !r.Limit.IsZero() {
		add(Step{Code: CodeLimit, Term: r.Limit.Term, Date: r.Limit.End, Refs: []law.Ref{r.Limit.Basis}})
	}
	if r.Event.IsZero() {
		add(Step{Code: CodeOnDate, Date: r.End})
	} else {
		add(Step{Code: CodeStart, From: r.Event, Date: r.Start})
		add(r.endStep())
	}
	switch r.Shift {
	case ShiftOff:
		add(Step{Code: CodeNoShift, Date: r.End})
	case ShiftSpecialDay:
		add(Step{Code: CodeSpecialDay, Date: r.End, Day: r.EndDay})
	case ShiftNotNeeded:
		add(Step{Code: CodeNoShiftNeeded, Date: r.End})
	case ShiftForward:
		code := CodeShift
		if r.Tax {
			code = CodeShiftTax
		}
		add(Step{Code: code, From: r.End, Day: r.EndDay, Date: r.Due})
	case ShiftBackward:
		add(Step{Code: CodeShiftBack, From: r.End, Day: r.EndDay, Date: r.Due})
	}
	add(Step{Code: CodeDeadline, Date: r.Due, To: r.OverdueFrom()})
	if r.Provisional {
		add(Step{Code: CodeProvisional, N: r.Due.Year()})
	}
	return steps
}

// endStep is the step that finds the last day of the term by its unit.
func (r Result) endStep() Step {
	s := Step{Term: r.Term, From: r.Event, Date: r.End}
	switch r.Term.Unit {
	case UnitDays:
		s.Code = CodeEndDays
	case UnitWeeks:
		s.Code = CodeEndWeeks
	case UnitMonths, UnitYears:
		s.Code = CodeEndMonths
		if r.Term.Unit == UnitYears {
			s.Code = CodeEndYears
		}
		if day := r.Event.Day(); r.End.Day() != day {
			s.N = day
			s.Code += "_last_day"
		}
	case UnitWorkdays:
		s.Code, s.N = CodeEndWorkdays, r.End.Sub(r.Event)-r.Term.N
	case UnitDaysExceptHolidays:
		s.Code, s.N = CodeEndExceptHolidays, r.End.Sub(r.Event)-r.Term.N
	}
	return s
}

// Text renders the step's sentence in lang, without its citation.
func (s Step) Text(lang law.Lang) string { return string(s.appendText(nil, lang)) }

// appendLine writes the sentence and its citation in brackets.
func (s Step) appendLine(b []byte, lang law.Lang) []byte {
	b = s.appendText(b, lang)
	b = append(b, " ["...)
	for i, r := range s.Refs {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = r.AppendText(b, lang)
	}
	return append(b, ']')
}

// ordinal writes n as an ordinal: "10-й" in Russian, "10th" in English.
func ordinal(b []byte, n int, lang law.Lang) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	if lang != law.English {
		return append(b, "-й"...)
	}
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return append(b, "th"...)
	case n%10 == 1:
		return append(b, "st"...)
	case n%10 == 2:
		return append(b, "nd"...)
	case n%10 == 3:
		return append(b, "rd"...)
	}
	return append(b, "th"...)
}

// CodeDoc documents one code of a step: what it means.
type CodeDoc struct {
	Code    Code
	Meaning string // English, one sentence
}

var codeDocs = []CodeDoc{
	{CodeConsumerTerm, "The term was set by the consumer (ГК РФ ст. 190; ЗоЗПП ст. 30)."},
	{CodeAgreedTerm, "The term was agreed by the parties (ГК РФ ст. 190, 314 п. 1)."},
	{CodeLimit, "The term does not exceed its statutory maximum (NotLongerThan); Date is the maximum's last day."},
	{CodeOnDate, "The term is set by a calendar date (ГК РФ ст. 190)."},
	{CodeStart, "The term starts on the day after the event (ГК РФ ст. 191)."},
	{CodeEndDays, "A term in days ends on its N-th day (ГК РФ ст. 190, 191)."},
	{CodeEndWeeks, "A term in weeks ends on the same weekday of its last week (ГК РФ ст. 192 п. 4)."},
	{CodeEndMonths, "A term in months ends on the same date of its last month (ГК РФ ст. 192 п. 3)."},
	{CodeEndMonthsLastDay, "The last month has no such date: the term ends on its last day (ГК РФ ст. 192 п. 3)."},
	{CodeEndYears, "A term in years ends on the same month and date of its last year (ГК РФ ст. 192 п. 1)."},
	{CodeEndYearsLastDay, "29 February in a year without one: the term ends on 28 February (ГК РФ ст. 192 п. 1, 3)."},
	{CodeEndWorkdays, "A term in working days ends on the N-th working day of the production calendar (ТК РФ ст. 111, 112)."},
	{CodeEndExceptHolidays, "Calendar days are counted except non-working public holidays (ТК РФ ст. 112 ч. 1; ОСАГО)."},
	{CodeNoShiftNeeded, "The last day is a working day: it is the due day (ГК РФ ст. 193)."},
	{CodeShift, "The last day is not a working day: the term ends on the next working day (ГК РФ ст. 193); Day says why."},
	{CodeShiftTax, "A tax term's last day is not a working day: it ends on the next working day (НК РФ ст. 6.1 п. 7)."},
	{CodeShiftBack, "A payday that is not a working day is paid on the working day before it (ТК РФ ст. 136 ч. 8)."},
	{CodeSpecialDay, "A special non-working day by Presidential decree does not move the term (Обзор ВС РФ № 1 от 21.04.2020, вопрос 5)."},
	{CodeNoShift, "ГК РФ ст. 193 is not applied (NoShift)."},
	{CodeDeadline, "Performance is on time until 24:00 of the due day at the place of performance (ГК РФ ст. 194 п. 1)."},
	{CodeProvisional, "Warning: the due day lies in a year with no transfer decree in the data; it may move (ТК РФ ст. 112 ч. 5)."},
}

// Codes returns every code of the steps with its meaning, in the order a
// Result applies them: the table the README prints.
func Codes() []CodeDoc { return append([]CodeDoc(nil), codeDocs...) }
