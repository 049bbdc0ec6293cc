package server

import (
	"reflect"

	"github.com/danielgtaylor/huma/v2"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype/regulation"
)

// The contract of POST /v1/timeline: an organisation's complaint
// regulation (the JSON that claimtype/regulation.Parse reads, mirrored here
// field by field so that the document describes it and the body is read
// strictly), the complaint, and the timeline the library writes
// (regulation.Timeline.JSON).

// TimelineRequest is the body of POST /v1/timeline: the claimcalc CLI's
// -regulation, -received, -now, -done, -flags, -claim and -region.
type TimelineRequest struct {
	Regulation *RegulationValue  `json:"regulation,omitempty" doc:"The regulation: an object in the format of claimtype/regulation.Parse, or \"sample\" (the default) for the sample shipped with zozpp (examples/regulation/sample.json)."`
	Received   *Moment           `json:"received" doc:"The moment the complaint was received (and registered), RFC 3339 with its zone." example:"2025-12-30T17:30:00+03:00"`
	Now        *Moment           `json:"now,omitempty" doc:"The moment to judge the stages at, RFC 3339 with its zone; the server's clock by default." example:"2026-01-13T17:00:00+03:00"`
	Done       map[string]Moment `json:"done,omitempty" maxProperties:"96" doc:"The moments the stages were done and the regulation's other events happened, by stage or event id." example:"{\"classify\":\"2026-01-12T10:00:00+03:00\"}"`
	Flags      []string          `json:"flags,omitempty" maxItems:"32" doc:"The complaint's flags, each declared by the regulation: they select stages and variants (the sample's: written, cross_border)." example:"[\"written\",\"cross_border\"]"`
	ClaimType  string            `json:"claim_type,omitempty" maxLength:"100" doc:"A claim type of the catalog (GET /v1/claimtypes) whose statutory term applies too: it is put beside the stages, and every stage that would end after it carries the note after_statutory_due — the law's term wins. Its term runs from the day of received in the office's zone." example:"goods.refund"`
	Region     string            `json:"region,omitempty" maxLength:"8" doc:"With claim_type: ISO 3166-2 code of the place of performance whose regional non-working days the statutory term counts (ГК РФ ст. 193)." example:"RU-TA"`
}

// RegulationInput is an organisation's complaint-handling regulation as
// data (claimtype/regulation.Parse). It is a regulation, not law: where a
// statutory term applies too, claim_type puts it beside the stages.
type RegulationInput struct {
	ID     string            `json:"id" minLength:"1" maxLength:"64" pattern:"^[a-z][a-z0-9_.-]*$" doc:"The regulation's identifier." example:"sample.complaints"`
	Title  RegulationText    `json:"title" doc:"The regulation's title."`
	Sample bool              `json:"sample,omitempty" doc:"A sample, not an act of any organisation: every timeline says so (note sample_regulation)."`
	Source *RegulationText   `json:"source,omitempty" doc:"Where the regulation comes from."`
	Basis  []RegulationText  `json:"basis,omitempty" maxItems:"8" doc:"The documents it rests on."`
	Office RegulationOffice  `json:"office" doc:"Where and when its working time runs."`
	AtRisk string            `json:"at_risk,omitempty" maxLength:"32" doc:"The default at-risk margin: a stage not done with at most this much working time left is stage_at_risk. A Go duration: \"30m\", \"2h\"." example:"2h"`
	Flags  []RegulationName  `json:"flags,omitempty" maxItems:"32" doc:"The properties of a complaint that select stages and variants."`
	Events []RegulationName  `json:"events,omitempty" maxItems:"32" doc:"Moments a stage may run from besides received and the stages (an internal request sent, the complaint closed)."`
	Stages []RegulationStage `json:"stages" minItems:"1" maxItems:"64" doc:"The stages, in order; a stage may run from an earlier one."`
}

// RegulationText is a text in Russian and, optionally, English.
type RegulationText struct {
	RU string `json:"ru" maxLength:"1000" doc:"Russian."`
	EN string `json:"en,omitempty" maxLength:"1000" doc:"English; the Russian text stands in where it is absent."`
}

// RegulationOffice is where and when a regulation's working time runs.
type RegulationOffice struct {
	TimeZone     string          `json:"time_zone,omitempty" maxLength:"64" doc:"IANA time zone; Europe/Moscow by default." example:"Europe/Moscow"`
	Region       string          `json:"region,omitempty" maxLength:"8" doc:"ISO 3166-2 code whose regional non-working days apply; the federal calendar by default." example:"RU-TA"`
	Hours        RegulationHours `json:"hours" doc:"Opening hours: weekdays for Monday to Friday, a day's own entry instead of it."`
	NoShortening bool            `json:"no_shortening,omitempty" doc:"Keep pre-holiday days whole (ТК РФ ст. 95 ч. 2) instead of one hour shorter."`
}

// RegulationHours are the office's opening hours: intervals such as
// "09:00-13:00, 14:00-18:00". The production calendar's week is Monday to
// Friday (ТК РФ ст. 111); a working Saturday works the hours of the day it
// replaces.
type RegulationHours struct {
	Weekdays  string `json:"weekdays,omitempty" maxLength:"200" doc:"Monday to Friday." example:"09:00-13:00, 14:00-18:00"`
	Monday    string `json:"monday,omitempty" maxLength:"200"`
	Tuesday   string `json:"tuesday,omitempty" maxLength:"200"`
	Wednesday string `json:"wednesday,omitempty" maxLength:"200"`
	Thursday  string `json:"thursday,omitempty" maxLength:"200"`
	Friday    string `json:"friday,omitempty" maxLength:"200" example:"09:00-16:45"`
}

// RegulationName is a flag or an event a regulation declares.
type RegulationName struct {
	ID    string         `json:"id" minLength:"1" maxLength:"64" pattern:"^[a-z][a-z0-9_.-]*$" example:"cross_border"`
	Title RegulationText `json:"title"`
}

// RegulationStage is one stage of a regulation.
type RegulationStage struct {
	ID         string                `json:"id" minLength:"1" maxLength:"64" pattern:"^[a-z][a-z0-9_.-]*$" example:"written_answer"`
	Title      RegulationText        `json:"title"`
	Kind       string                `json:"kind,omitempty" enum:"deadline,retention" doc:"deadline (the default): to be done by the due moment; retention: records kept at least until it."`
	Clause     string                `json:"clause,omitempty" maxLength:"100" doc:"Where the regulation sets the stage." example:"5"`
	From       string                `json:"from" maxLength:"64" doc:"What the term runs from: received, an event's id or an earlier stage's id (the moment it was done)." example:"received"`
	Term       RegulationTerm        `json:"term"`
	Variants   []RegulationVariant   `json:"variants,omitempty" maxItems:"8" doc:"Other terms for complaints with a flag; the first that applies wins."`
	When       []string              `json:"when,omitempty" maxItems:"8" doc:"The stage applies only when all these flags are set."`
	Unless     []string              `json:"unless,omitempty" maxItems:"8" doc:"The stage does not apply when any of these flags is set."`
	Ends       string                `json:"ends,omitempty" enum:"close_of_business,end_of_day" doc:"When a term in days ends on its last day (ГК РФ ст. 194 п. 1): close_of_business by default for working days, end_of_day for the others."`
	NoShift    bool                  `json:"no_shift,omitempty" doc:"Keep the last day of a term in calendar days, months or years where it falls (ГК РФ ст. 193 not applied)."`
	AtRisk     string                `json:"at_risk,omitempty" maxLength:"32" doc:"The stage's own at-risk margin, a Go duration." example:"16h"`
	Escalation *RegulationEscalation `json:"escalation,omitempty" doc:"What the regulation requires when the stage is missed."`
}

// RegulationTerm is a stage's term.
type RegulationTerm struct {
	N    int    `json:"n" minimum:"1" maximum:"100000" example:"30"`
	Unit string `json:"unit" doc:"minutes and hours run on the clock; working_minutes and working_hours within the office's hours; working_days, calendar_days, months and years from the day after the event (ГК РФ ст. 191–193) (dynamic enum)." example:"calendar_days"`
}

// RegulationVariant is another term for complaints with a flag.
type RegulationVariant struct {
	Flag string         `json:"flag" maxLength:"64" example:"cross_border"`
	Term RegulationTerm `json:"term"`
}

// RegulationEscalation is what to do when a stage is missed.
type RegulationEscalation struct {
	Action string          `json:"action" maxLength:"64" doc:"A stable code for a program." example:"agree_new_term"`
	Title  RegulationText  `json:"title" doc:"What to do."`
	To     *RegulationText `json:"to,omitempty" doc:"Who is to act."`
}

// TimelineAnswer is the body of POST /v1/timeline: the library's
// regulation.Timeline.JSON in the answer's language.
type TimelineAnswer struct {
	Regulation      string              `json:"regulation" doc:"The regulation's id." example:"sample.complaints"`
	RegulationTitle RegulationText      `json:"regulation_title"`
	Sample          bool                `json:"sample,omitempty" doc:"The regulation is a sample."`
	Received        DateTime            `json:"received"`
	Now             DateTime            `json:"now" doc:"The moment the stages are judged at."`
	TimeZone        string              `json:"time_zone" doc:"The office's zone; every moment is given in it." example:"Europe/Moscow"`
	Region          string              `json:"region,omitempty" doc:"The office's region, when it has one."`
	Flags           []string            `json:"flags,omitempty" doc:"The complaint's flags, in the regulation's order."`
	Entries         []TimelineEntry     `json:"entries" doc:"The stages that apply to the complaint, in the regulation's order."`
	Statutory       []TimelineStatutory `json:"statutory,omitempty" doc:"The statutory term of claim_type, when given."`
	Notes           []TimelineNote      `json:"notes,omitempty" doc:"Facts about the whole timeline (sample_regulation)."`
	Text            string              `json:"text,omitempty" doc:"The whole timeline in words, in the answer's language."`
}

// TimelineEntry is one stage on a complaint's timeline.
type TimelineEntry struct {
	Stage         string                `json:"stage" example:"written_answer"`
	Title         RegulationText        `json:"title"`
	Kind          string                `json:"kind" enum:"deadline,retention"`
	Code          string                `json:"code" doc:"The stage's status at now (dynamic enum): stage_waiting, stage_pending, stage_at_risk, stage_overdue, stage_done_on_time, stage_done_late, stage_not_computable; retention_*." example:"stage_pending"`
	Clause        *PlainLawRef          `json:"clause,omitempty" doc:"The regulation's clause that sets the stage."`
	From          string                `json:"from" doc:"What the term runs from." example:"received"`
	Start         DateTime              `json:"start,omitempty" doc:"When it happened; absent while the stage is waiting."`
	Term          RegulationTerm        `json:"term" doc:"The term applied."`
	Variant       string                `json:"variant,omitempty" doc:"The flag whose variant gave the term."`
	Due           DateTime              `json:"due,omitempty" doc:"The moment the term ends: done no later than it is on time."`
	DueDate       ISODate               `json:"due_date,omitempty" doc:"The term's last day."`
	Ends          string                `json:"ends,omitempty" enum:"close_of_business,end_of_day" doc:"For a term in days: when it ends on its last day."`
	Done          DateTime              `json:"done,omitempty" doc:"When the stage was done."`
	LeftSeconds   *int64                `json:"left_seconds,omitempty" doc:"Working time from now (or from done) to due, in seconds; negative: overdue or late by that much."`
	AtRiskSeconds int64                 `json:"at_risk_seconds" doc:"The at-risk margin applied, in seconds of working time."`
	Escalation    *RegulationEscalation `json:"escalation,omitempty" doc:"The regulation's action, when the stage was missed."`
	Notes         []TimelineNote        `json:"notes,omitempty" doc:"The facts the due moment rests on, each with its rule."`
	Text          string                `json:"text,omitempty" doc:"The entry in words."`
}

// TimelineNote is one fact behind a timeline entry.
type TimelineNote struct {
	Code  string          `json:"code" doc:"The note's code (dynamic enum)." example:"due_moved_to_workday"`
	Ref   *PlainLawRef    `json:"ref,omitempty" doc:"The rule applied."`
	Date  ISODate         `json:"date,omitempty"`
	To    ISODate         `json:"to,omitempty"`
	Dates []ISODate       `json:"dates,omitempty"`
	At    DateTime        `json:"at,omitempty"`
	Kind  string          `json:"kind,omitempty" doc:"The calendar's kind of date (dynamic enum)."`
	Count int             `json:"count,omitempty"`
	Name  *RegulationText `json:"name,omitempty" doc:"The day, act or statutory term concerned."`
	Basis *PlainLawRef    `json:"basis,omitempty" doc:"The act behind the day."`
	Text  string          `json:"text,omitempty" doc:"The note in words."`
}

// TimelineStatutory is a statutory term beside the stages.
type TimelineStatutory struct {
	ID      string         `json:"id,omitempty" doc:"The claim type." example:"goods.refund"`
	Title   RegulationText `json:"title"`
	Due     ISODate        `json:"due,omitempty" doc:"The statutory term's last day (ГК РФ ст. 193 applied)."`
	Expires DateTime       `json:"expires,omitempty" doc:"24:00 of due in the office's zone (ГК РФ ст. 194 п. 1)."`
	Code    string         `json:"code" enum:"statutory_pending,statutory_expired"`
	Refs    []PlainLawRef  `json:"refs,omitempty" doc:"The provisions that set the term."`
	Text    string         `json:"text,omitempty"`
}

// PlainLawRef is a citation as the timeline writes it: the act and the
// locators, without the rendered text (the entry's and note's texts carry
// it).
type PlainLawRef struct {
	Act       LawAct  `json:"act"`
	Article   string  `json:"article,omitempty"`
	Part      string  `json:"part,omitempty"`
	Clause    string  `json:"clause,omitempty"`
	Subclause string  `json:"subclause,omitempty"`
	Paragraph string  `json:"paragraph,omitempty"`
	Question  string  `json:"question,omitempty"`
	Edition   *LawAct `json:"edition,omitempty"`
}

// DateTime is a moment in an answer: RFC 3339 with its zone.
type DateTime string

// Schema describes DateTime.
func (DateTime) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: "string", Format: "date-time", Description: "An RFC 3339 moment with its zone.", Examples: []any{"2026-01-12T18:00:00+03:00"}}
}

// Schema describes Moment.
func (Moment) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: "string", Format: "date-time", MaxLength: ptr(64),
		Description: "An RFC 3339 moment with its zone: 2025-12-30T17:30:00+03:00.", Examples: []any{"2025-12-30T17:30:00+03:00"}}
}

// Schema describes RegulationValue: a regulation object or "sample".
func (RegulationValue) Schema(r huma.Registry) *huma.Schema {
	return &huma.Schema{
		Description: `A regulation object (claimtype/regulation.Parse), or "sample" for the sample shipped with zozpp.`,
		OneOf: []*huma.Schema{
			r.Schema(reflect.TypeOf(RegulationInput{}), true, ""),
			{Type: "string", Enum: []any{"sample"}},
		},
	}
}

// regulationEnums lists the enums of the regulation package for
// finishSchemas.
func regulationEnums() map[string][]any {
	units := textEnum(func(i int) (string, bool) { return textOf(regulation.Unit(i)) })
	var stages, notes []any
	for _, c := range []regulation.Code{regulation.StageWaiting, regulation.StagePending, regulation.StageAtRisk, regulation.StageOverdue,
		regulation.StageDoneOnTime, regulation.StageDoneLate, regulation.StageNotComputable, regulation.RetentionRunning,
		regulation.RetentionEnded, regulation.RetentionDisposed, regulation.RetentionDisposedEarly} {
		stages = append(stages, string(c))
	}
	for _, c := range []regulation.Code{regulation.TermFromNextDay, regulation.CountedFromOpening, regulation.DueMovedToWorkday,
		regulation.EndsAtCloseOfBusiness, regulation.EndsAtMidnight, regulation.DaysOffSkipped, regulation.ShortenedDay,
		regulation.RegionalHoliday, regulation.CalendarProvisional, regulation.CalendarOutOfRange, regulation.AfterStatutoryDue,
		regulation.SampleRegulation, regulation.StatutoryPending, regulation.StatutoryExpired} {
		notes = append(notes, string(c))
	}
	return map[string][]any{
		"RegulationTerm.unit": units,
		"TimelineEntry.code":  stages,
		"TimelineNote.code":   notes,
		"TimelineNote.kind":   textEnum(func(i int) (string, bool) { return textOf(calendar.Kind(i)) }),
	}
}
