package deadline

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// Step is one step of the reasoning: the rule applied and a Russian
// sentence saying what it gives.
type Step struct {
	Rule string `json:"rule"` // "ГК РФ ст. 193"
	Text string `json:"text"`
}

// Result is a computed term with its explanation.
type Result struct {
	// Event is the day of the event the term runs from: the claim received,
	// the goods handed over, the demand presented. It is the zero Date for a
	// term set by a calendar date (OnDate).
	Event calendar.Date
	// Term is the term computed (the consumer's, when SetByConsumer).
	Term Term
	// Start is the first day of the term, the day after Event (ГК РФ ст. 191).
	Start calendar.Date
	// End is the last day of the term by arithmetic (ст. 191, 192).
	End calendar.Date
	// Due is the last day on which performance is on time: End, moved to
	// the next working day when End is not one (ст. 193).
	Due calendar.Date
	// Provisional is set when Due lies in a year with no transfer decree in
	// the calendar's data: a later decree may move it.
	Provisional bool
	// SetByConsumer is set when the term came from WithConsumerTerm,
	// SetByAgreement when it came from WithAgreedTerm.
	SetByConsumer  bool
	SetByAgreement bool
	// Place is the time zone of the place of performance (AtPlace; Europe/
	// Moscow by default); Overdue judges "now" there.
	Place *time.Location
	// Steps is the reasoning, in order, each with its rule.
	Steps []Step
}

// OverdueFrom returns the first day of delay, Due + 1: the first day on
// which a daily penalty accrues (ГК РФ ст. 191, 193; the penalty then runs
// through the day of actual performance inclusive, Пленум ВС РФ от
// 24.03.2016 № 7, п. 65).
func (r Result) OverdueFrom() calendar.Date { return r.Due.AddDays(1) }

// DaysOverdue returns the days of delay from OverdueFrom through on, both
// inclusive; 0 when on is not after Due.
func (r Result) DaysOverdue(on calendar.Date) int {
	if on.IsZero() || !on.After(r.Due) {
		return 0
	}
	return on.Sub(r.Due)
}

// ExpiresAt returns the moment the term expires: 00:00 of the day after Due
// in loc, the place where the claim is to be satisfied (ГК РФ ст. 194 п. 1:
// the act may be done until 24:00 of the last day). If the act must be done
// in an organisation, the term ends earlier, when it closes that day (ст. 194
// п. 1, second sentence); that hour is not in the calendar.
func (r Result) ExpiresAt(loc *time.Location) time.Time {
	if loc == nil {
		loc = moscow
	}
	return r.OverdueFrom().In(loc)
}

// Overdue reports whether the term has expired at the instant now, judged in
// the place of performance (Result.Place), so that services in any time
// zone agree: 23:30 in Vladivostok on 10 January is still 16:30 on 10
// January in Moscow.
func (r Result) Overdue(now time.Time) bool {
	return !now.Before(r.ExpiresAt(r.Place))
}

// String returns the explanation in Russian, one line per step with its
// rule, ready to paste into a claim.
func (r Result) String() string {
	var b strings.Builder
	for i, s := range r.Steps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.Text)
		b.WriteString(" [")
		b.WriteString(s.Rule)
		b.WriteByte(']')
	}
	return b.String()
}

// MarshalJSON encodes the result with dates as "YYYY-MM-DD", the first day
// of delay and the place's zone name.
func (r Result) MarshalJSON() ([]byte, error) {
	place := ""
	if r.Place != nil {
		place = r.Place.String()
	}
	return json.Marshal(struct {
		Event          calendar.Date `json:"event"`
		Term           Term          `json:"term"`
		Start          calendar.Date `json:"start"`
		End            calendar.Date `json:"end"`
		Due            calendar.Date `json:"due"`
		OverdueFrom    calendar.Date `json:"overdue_from"`
		Provisional    bool          `json:"provisional"`
		SetByConsumer  bool          `json:"set_by_consumer,omitempty"`
		SetByAgreement bool          `json:"set_by_agreement,omitempty"`
		Place          string        `json:"place"`
		Steps          []Step        `json:"steps"`
	}{r.Event, r.Term, r.Start, r.End, r.Due, r.OverdueFrom(), r.Provisional, r.SetByConsumer, r.SetByAgreement, place, r.Steps})
}
