// Package regulation computes an organisation's own complaint-handling
// terms: the stages of its regulation (acknowledge within an hour, classify
// by the first working day, answer a written claim within 30 calendar days
// …), each with its term, the event or stage it runs from, and the
// escalation when it is missed, over the production calendar, the office's
// working hours, time zone and region.
//
// A regulation is data. Parse or Load reads it from JSON (see Parse for
// the format; examples/regulation/sample.json is a full sample), and every
// error names the field: "stages[2].term.unit: …". Timeline then answers,
// for one complaint received at a moment with the stages done so far, each
// stage's due moment, its status at a given moment, the working time left
// and the escalation of a missed stage.
//
// # Terms
//
// Terms in minutes and hours run on the clock; in working minutes and
// working hours on the office's Schedule (calendar.Schedule: its hours,
// breaks, the pre-holiday day one hour shorter by ТК РФ ст. 95 ч. 1).
// Terms in working days, calendar days, months and years run from the day
// after the event (ГК РФ ст. 191); calendar days, months and years end on
// the next working day when their last day is not one (ст. 193), unless
// the stage says no_shift. Such a term ends when the office closes on its
// last day, as for an act to be done in an organisation (ст. 194 п. 1),
// or at 24:00 of that day when the stage says so.
//
// A regulation is not law. Where a statutory term also applies (a claim
// under ЗоЗПП), CompareWith puts it on the timeline and warns about every
// stage that would end after it: the statutory term wins.
//
// # Explanations are data
//
// Every entry of a timeline carries a stable Code and the facts it rests
// on (moments, days, the calendar's day kinds, citations as law.Ref);
// Text renders them in Russian or English on demand, and JSON carries the
// codes and facts, with text in the language asked for. The codes:
//
//	Stage statuses (Entry.Code)
//	stage_waiting             the event or stage the term runs from has not happened yet
//	stage_pending             not done, due later, more working time left than the at-risk margin
//	stage_at_risk             not done, due later, at most the at-risk margin of working time left
//	stage_overdue             not done, due moment passed: escalate
//	stage_done_on_time        done no later than the due moment
//	stage_done_late           done after the due moment: escalate
//	stage_not_computable      the due moment falls outside the calendar's range
//	retention_running         a keeping period that has not ended: keep the records
//	retention_ended           the keeping period has ended
//	retention_disposed        records disposed of after the period ended
//	retention_disposed_early  records disposed of before the period ended
//
//	Notes (Note.Code)
//	term_from_next_day        a term in days starts the day after its event (ГК РФ ст. 191)
//	counted_from_opening      working time counts from the next opening, the event came outside working hours
//	due_moved_to_workday      the last day was a day off; the term ends on the next working day (ГК РФ ст. 193)
//	ends_at_close_of_business the term ends when the office closes on its last day (ГК РФ ст. 194 п. 1)
//	ends_at_midnight          the term ends at 24:00 of its last day (ГК РФ ст. 194 п. 1)
//	days_off_skipped          days off within a term in working hours or working days, which it does not count
//	shortened_day             a pre-holiday day one hour shorter lies within the term (ТК РФ ст. 95 ч. 1)
//	regional_holiday          a regional non-working day lies within the term (its act cited)
//	calendar_provisional      the due date lies in a year with no transfer decree yet
//	calendar_out_of_range     the due moment lies outside the calendar's range
//	after_statutory_due       the stage would end after a statutory term: the statutory term wins
//	sample_regulation         the regulation is a sample, not an act of any organisation or law
//	statutory_pending         a statutory term compared with (CompareWith) has not expired
//	statutory_expired         a statutory term compared with has expired
package regulation
