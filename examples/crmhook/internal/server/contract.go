package server

// The contract's types: requests are decoded into them (strictly, see
// decodeStrict); answers are written by the library's fast AppendJSON
// methods, and the answer types here describe that JSON for the OpenAPI
// document. Tests validate every answer they receive against the document
// (contract_test.go), so a field the library adds or renames fails the
// build until this file says so.
//
// Tags: json names the field; doc, example, enum, format, minimum,
// maximum, pattern are read by huma to build the JSON Schema; a field
// without omitempty/omitzero is required. Enums listed as "dynamic" are
// filled from the library's own types when the document is built.

// ISODate is a date in an answer: always "YYYY-MM-DD".
type ISODate string

// OptionalDate is a date in an answer that may be empty ("" when the
// result has no such date, e.g. the event of a term set by a date).
type OptionalDate string

// LawRef is a structured citation (law.Ref): the act, the locators within
// it, and the citation rendered in the answer's language.
type LawRef struct {
	Act       LawAct  `json:"act" doc:"The legal act."`
	Article   string  `json:"article,omitempty" doc:"Article (ст.), as printed: \"23.1\", \"190, 191\"." example:"23"`
	Part      string  `json:"part,omitempty" doc:"Part (ч.)."`
	Clause    string  `json:"clause,omitempty" doc:"Clause (п.)." example:"1"`
	Subclause string  `json:"subclause,omitempty" doc:"Subclause (пп.)."`
	Paragraph string  `json:"paragraph,omitempty" doc:"Paragraph (абз.)."`
	Question  string  `json:"question,omitempty" doc:"Question of a court review (вопрос)."`
	Edition   *LawAct `json:"edition,omitempty" doc:"The wording applied, when it matters: the amending act."`
	Text      string  `json:"text" doc:"The citation rendered in the answer's language." example:"Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1"`
}

// LawAct is a legal act (law.Act).
type LawAct struct {
	Kind     string `json:"kind" doc:"The kind of act (dynamic enum)." example:"rf_law"`
	Date     string `json:"date,omitempty" format:"date" doc:"The act's date."`
	Number   string `json:"number,omitempty" doc:"The act's number as printed." example:"2300-1"`
	Title    string `json:"title,omitempty" doc:"The act's title in Russian."`
	TitleEN  string `json:"title_en,omitempty" doc:"The act's title in English."`
	Issuer   string `json:"issuer,omitempty" doc:"The region, court or ministry that issued it, in Russian."`
	IssuerEN string `json:"issuer_en,omitempty" doc:"The issuer in English."`
}

// Term is a term in an answer (deadline.Term).
type Term struct {
	N    int    `json:"n" minimum:"1" maximum:"100000" doc:"The number of units." example:"10"`
	Unit string `json:"unit" doc:"The unit (dynamic enum)." example:"days"`
	Text string `json:"text" doc:"The term in words, in the answer's language." example:"10 календарных дней"`
}

// CalendarDay is what the production calendar says about a day
// (calendar.Day), as the deadline's end_day and the facts of a ст. 193
// step carry it.
type CalendarDay struct {
	Date        ISODate `json:"date"`
	Kind        string  `json:"kind" doc:"The kind of day (dynamic enum): workday, weekend, holiday (нерабочий праздничный день), dayoff (moved by a transfer), working-weekend, non-working (special non-working day by Presidential decree), unknown (outside the data)." example:"holiday"`
	Shortened   bool    `json:"shortened,omitempty" doc:"A pre-holiday working day shortened by one hour (ТК РФ ст. 95)."`
	Provisional bool    `json:"provisional,omitempty" doc:"The year has no transfer decree in the data yet; a decree may change the day."`
	Name        string  `json:"name,omitempty" doc:"The holiday's name, or what was transferred, in Russian." example:"Новогодние каникулы"`
	NameEN      string  `json:"name_en,omitempty" doc:"The same in English." example:"New Year holidays"`
	Basis       *LawRef `json:"basis,omitempty" doc:"The act that makes the day what it is."`
}

// DeadlineStep is one rule applied in computing a deadline.
type DeadlineStep struct {
	Code  string        `json:"code" doc:"The rule's stable code (dynamic enum; the README lists them)." example:"gk193.shift"`
	Refs  []LawRef      `json:"refs" doc:"The provisions applied."`
	Facts DeadlineFacts `json:"facts" doc:"The facts the step used; which are present depends on the code."`
	Text  string        `json:"text" doc:"The step in words, in the answer's language."`
}

// DeadlineFacts are the facts of a step.
type DeadlineFacts struct {
	Term *Term        `json:"term,omitempty" doc:"The term involved."`
	From ISODate      `json:"from,omitempty" doc:"The date counted from: the event, or the last day before a shift."`
	Date ISODate      `json:"date,omitempty" doc:"The date the step yields: start, last day, due day."`
	To   ISODate      `json:"to,omitempty" doc:"For gk194.deadline: the first day of delay."`
	N    int          `json:"n,omitempty" doc:"A count: days skipped, a missing date, a year."`
	Day  *CalendarDay `json:"day,omitempty" doc:"For the ст. 193 steps: the last day as the calendar has it."`
}

// DeadlineLimit is the statutory maximum an agreed term was checked
// against.
type DeadlineLimit struct {
	Term  Term    `json:"term"`
	Basis LawRef  `json:"basis"`
	End   ISODate `json:"end" doc:"The last day of the maximum term."`
}

// DeadlineResult is a computed term with its reasoning (deadline.Result).
type DeadlineResult struct {
	Event       OptionalDate   `json:"event" doc:"The day of the event the term runs from; empty for a term set by a date (on_date)." example:"2024-12-25"`
	Term        *Term          `json:"term" nullable-object:"true" doc:"The term computed; null for a term set by a date."`
	SetBy       string         `json:"set_by" doc:"Who set the term (dynamic enum)." example:"law"`
	Start       OptionalDate   `json:"start" doc:"The first day of the term, the day after the event (ГК РФ ст. 191)." example:"2024-12-26"`
	End         ISODate        `json:"end" doc:"The last day by arithmetic (ГК РФ ст. 191, 192)." example:"2025-01-04"`
	Due         ISODate        `json:"due" doc:"The last day on which performance is on time: end, moved to the next working day when it is not one (ГК РФ ст. 193)." example:"2025-01-09"`
	OverdueFrom ISODate        `json:"overdue_from" doc:"The first day of delay: due + 1." example:"2025-01-10"`
	Shift       string         `json:"shift" doc:"How end became due (dynamic enum)." example:"forward"`
	EndDay      CalendarDay    `json:"end_day" doc:"What the calendar says about end."`
	Limit       *DeadlineLimit `json:"limit,omitempty" doc:"The statutory maximum the term was checked against, when one applies."`
	Provisional bool           `json:"provisional" doc:"due lies in a year with no transfer decree in the data; a later decree may move it."`
	Place       string         `json:"place" doc:"The IANA time zone of the place of performance (ГК РФ ст. 194)." example:"Europe/Moscow"`
	Steps       []DeadlineStep `json:"steps" doc:"The reasoning, one step per rule applied, in order."`
}

// TermInput is a term in a request.
type TermInput struct {
	N    int    `json:"n" minimum:"1" maximum:"100000" doc:"The number of units." example:"10"`
	Unit string `json:"unit" doc:"days (calendar days), workdays (production-calendar working days), days_except_holidays (ОСАГО: calendar days not counting нерабочие праздничные дни), weeks, months or years." enum:"days,workdays,days_except_holidays,weeks,months,years" example:"days"`
}

// DeadlineRequest is the body of POST /v1/deadline: a term run from an
// event (ГК РФ ст. 190–194), or a term set by a date.
type DeadlineRequest struct {
	Event          *Date      `json:"event,omitempty" doc:"The day of the event the term runs from (claim received, goods handed over). Required with term."`
	Term           *TermInput `json:"term,omitempty" doc:"The term. Give event and term, or on_date."`
	OnDate         *Date      `json:"on_date,omitempty" doc:"A term set by a calendar date (ГК РФ ст. 190): the date is the last day, moved by ст. 193. Instead of event and term."`
	Limit          *TermInput `json:"limit,omitempty" doc:"A statutory maximum the term may not exceed, e.g. 45 days for a repair term agreed in writing (ЗоЗПП ст. 20 п. 1)."`
	LimitBasis     string     `json:"limit_basis,omitempty" maxLength:"300" doc:"The citation of limit, as Russian lawyers write it." example:"Закон РФ от 07.02.1992 № 2300-1, ст. 20 п. 1"`
	NoShift        bool       `json:"no_shift,omitempty" doc:"Do not move a last day that is not a working day (the rare term ГК РФ ст. 193 does not move)."`
	ShiftBack      bool       `json:"shift_back,omitempty" doc:"Move such a day back, to the working day before it (ТК РФ ст. 136 ч. 8: paydays)."`
	SpecialDaysOff bool       `json:"special_days_off,omitempty" doc:"Treat the special non-working days of 2020–2021 as days off (not the Supreme Court's reading; see the deadline package)."`
	Region         string     `json:"region,omitempty" maxLength:"8" doc:"ISO 3166-2 code of the place of performance whose regional non-working days apply (ГК РФ ст. 193)." example:"RU-TA"`
	Place          string     `json:"place,omitempty" maxLength:"64" doc:"IANA time zone of the place of performance (ГК РФ ст. 194); Europe/Moscow by default." example:"Asia/Vladivostok"`
}

// CalendarDayAnswer is the body of GET /v1/calendar/{date}.
type CalendarDayAnswer struct {
	Date        ISODate `json:"date" example:"2025-01-08"`
	Weekday     string  `json:"weekday" doc:"The day of the week in the answer's language." example:"среда"`
	Kind        string  `json:"kind" doc:"The kind of day (dynamic enum)." example:"holiday"`
	Working     bool    `json:"working" doc:"A working day of the production calendar (workday or working-weekend)."`
	Shortened   bool    `json:"shortened" doc:"A pre-holiday working day shortened by one hour (ТК РФ ст. 95)."`
	Provisional bool    `json:"provisional" doc:"The year has no transfer decree in the data yet."`
	Name        string  `json:"name,omitempty" doc:"The holiday's name, or what was transferred, in the answer's language." example:"Новогодние каникулы"`
	Basis       *LawRef `json:"basis,omitempty" doc:"The act that makes the day what it is."`
	Region      string  `json:"region,omitempty" doc:"The region whose calendar answered, when asked."`
}

// WorkdaysAddAnswer is the body of GET /v1/calendar/add.
type WorkdaysAddAnswer struct {
	From     ISODate `json:"from" example:"2025-04-10"`
	Workdays int     `json:"workdays" doc:"N as asked." example:"3"`
	Date     ISODate `json:"date" doc:"The N-th working day after from (before it for N < 0; from itself for 0)." example:"2025-04-15"`
	Skipped  int     `json:"skipped" doc:"Non-working days passed over between from and date." example:"2"`
	Region   string  `json:"region,omitempty"`
}

// WorkdaysCountAnswer is the body of GET /v1/calendar/count.
type WorkdaysCountAnswer struct {
	From       ISODate `json:"from" example:"2025-01-01"`
	To         ISODate `json:"to" example:"2025-01-31"`
	Days       int     `json:"days" doc:"Calendar days in [from, to]." example:"31"`
	Workdays   int     `json:"workdays" doc:"Working days in [from, to], both included." example:"17"`
	NonWorking int     `json:"non_working" doc:"Days in [from, to] that are not working days." example:"14"`
	Holidays   int     `json:"holidays" doc:"нерабочие праздничные дни (ТК РФ ст. 112) in [from, to]." example:"6"`
	Region     string  `json:"region,omitempty"`
}

// CalendarRangeAnswer is the body of GET /v1/calendar/days: the days of a
// range that are not ordinary working days — what a timeline marks.
type CalendarRangeAnswer struct {
	From   ISODate    `json:"from"`
	To     ISODate    `json:"to"`
	Days   []RangeDay `json:"days" doc:"Every day of [from, to] that is not an ordinary Monday–Friday working day, in order: weekends, holidays, days off, working weekends, special non-working days, shortened days."`
	Region string     `json:"region,omitempty"`
}

// RangeDay is one day of a CalendarRangeAnswer.
type RangeDay struct {
	Date      ISODate `json:"date"`
	Kind      string  `json:"kind" doc:"The kind of day (dynamic enum)."`
	Shortened bool    `json:"shortened,omitempty"`
	Name      string  `json:"name,omitempty" doc:"The holiday's name in the answer's language."`
}
