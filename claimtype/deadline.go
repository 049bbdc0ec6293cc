package claimtype

import (
	"errors"
	"strings"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// Deadline computes the type's term for the claim by the Civil Code's rules
// (ГК РФ ст. 191–194):
//
//   - TermFixed and TermWindow: the statutory term; a consumer's or agreed
//     term is an error, never a silent replacement; a Window's Due is the
//     last day the consumer may act (ГК РФ ст. 194 п. 2: a letter posted by
//     24:00 is in time);
//   - TermAtMost: the statutory maximum, or Claim.AgreedTerm, which may not
//     exceed it (deadline.NotLongerThan);
//   - TermSetByConsumer: Claim.ConsumerTerm, required;
//   - TermAgreed: Claim.AgreedTerm, required;
//   - TermContractDate: Claim.Event is the date the contract sets;
//   - TermOnEvent: ErrNoFixedTerm.
//
// opts adjust the computation (WithCalendar for a regional or newer
// calendar, AtPlace). Every caller error is a *FieldError naming the
// claim's field.
func (t Type) Deadline(c Claim, opts ...Option) (deadline.Result, error) {
	return t.deadline(c, resolve(opts).deadline(c))
}

func (t Type) deadline(c Claim, opts []deadline.Option) (deadline.Result, error) {
	if err := t.checkTerms(c); err != nil {
		return deadline.Result{}, err
	}
	var r deadline.Result
	var err error
	switch t.TermKind {
	case TermFixed, TermWindow:
		if !c.AgreedTerm.IsZero() { // AgreedAllowed: checkTerms let it through
			opts = append(opts[:len(opts):len(opts)], deadline.WithAgreedTerm(c.AgreedTerm))
		}
		r, err = deadline.Compute(c.Event, t.Term, opts...)
	case TermAtMost:
		if c.AgreedTerm.IsZero() {
			r, err = deadline.Compute(c.Event, t.Term, opts...)
			break
		}
		limit := deadline.NotLongerThan(t.Term, t.Basis[0])
		r, err = deadline.Compute(c.Event, deadline.Term{}, append(opts[:len(opts):len(opts)], deadline.WithAgreedTerm(c.AgreedTerm), limit)...)
	case TermSetByConsumer:
		r, err = deadline.Compute(c.Event, deadline.Term{}, append(opts[:len(opts):len(opts)], deadline.WithConsumerTerm(c.ConsumerTerm))...)
	case TermAgreed:
		r, err = deadline.Compute(c.Event, deadline.Term{}, append(opts[:len(opts):len(opts)], deadline.WithAgreedTerm(c.AgreedTerm))...)
	case TermContractDate:
		r, err = deadline.OnDate(c.Event, opts...)
	case TermSchedule:
		if len(c.Debts) == 0 {
			return deadline.Result{}, fieldError("debts", ErrTermRequired, "required for %s: the debts with their due days, e.g. [{\"due\": \"2025-02-10\", \"amount\": \"4250.00\"}]", t.ID)
		}
		r, err = t.dueOf(c.Debts[0].Due, opts)
	case TermOnEvent:
		return deadline.Result{}, fieldError("claim_type", ErrNoFixedTerm, "%s: the term ends with an event (%s), not on a computable day", t.ID, t.From.Text(0))
	default:
		return deadline.Result{}, ErrInvalidType
	}
	if err != nil {
		return deadline.Result{}, t.deadlineError(c, err)
	}
	return r, nil
}

// checkTerms rejects a consumer's or agreed term the type does not take,
// and requires the one it does: a statutory term is never silently
// replaced.
func (t Type) checkTerms(c Claim) error {
	takesConsumer := t.TermKind == TermSetByConsumer
	takesAgreed := t.TermKind == TermAgreed || t.TermKind == TermAtMost || t.AgreedAllowed
	switch {
	case t.TermKind == 0:
		return ErrInvalidType
	case t.TermKind != TermSchedule && len(c.Debts) > 0:
		return fieldError("debts", nil, "%s has %s; debts are accepted only for schedule types (utilities, wages, taxes, alimony)", t.ID, t.TermKind.Text(0))
	case t.TermKind == TermSchedule:
		if !c.ConsumerTerm.IsZero() || !c.AgreedTerm.IsZero() {
			return fieldError("agreed_term", nil, "%s is a schedule: each debt carries its due day; no term is accepted", t.ID)
		}
		return nil
	case c.Event.IsZero():
		return fieldError("event", nil, "required: the day the term runs from (%s), YYYY-MM-DD or DD.MM.YYYY", t.From.Text(0))
	case !c.ConsumerTerm.IsZero() && !takesConsumer:
		return fieldError("consumer_term", nil, "%s has %s; a term set by the consumer is accepted only for types whose term the consumer sets", t.ID, t.TermKind.Text(0))
	case !c.AgreedTerm.IsZero() && !takesAgreed:
		return fieldError("agreed_term", nil, "%s has %s; an agreed term is accepted only for types whose term the contract sets or bounds", t.ID, t.TermKind.Text(0))
	case !c.PenaltyFrom.IsZero() && c.PenaltyFrom.Before(c.Event) && (t.Penalty == nil || t.Penalty.ID != penalty.RulePrepayment):
		// Only ЗоЗПП ст. 23.1 п. 3 runs a penalty from a day before the
		// claim: the day after the contract's delivery date.
		return fieldError("penalty_from", nil, "%s is before the event %s; accepted is a first day of delay after the event (only a prepayment penalty, ЗоЗПП ст. 23.1 п. 3, may run from the contract's earlier delivery date)", c.PenaltyFrom, c.Event)
	case takesConsumer && c.ConsumerTerm.IsZero():
		return fieldError("consumer_term", ErrTermRequired, "required for %s: the term the consumer set, e.g. {\"n\": 14, \"unit\": \"days\"}", t.ID)
	case t.TermKind == TermAgreed && c.AgreedTerm.IsZero():
		return fieldError("agreed_term", ErrTermRequired, "required for %s: the term agreed in the contract, e.g. {\"n\": 20, \"unit\": \"days\"}", t.ID)
	}
	return nil
}

// deadlineError names the claim's field a deadline error is about.
func (t Type) deadlineError(c Claim, err error) error {
	field := "event"
	switch {
	case errors.Is(err, deadline.ErrTermTooLong):
		return fieldError("agreed_term", deadline.ErrTermTooLong, "%s exceeds the statutory maximum of %s for %s", c.AgreedTerm, t.Term.Genitive(0), t.ID)
	case errors.Is(err, deadline.ErrInvalidTerm) && !c.ConsumerTerm.IsZero():
		field = "consumer_term"
	case errors.Is(err, deadline.ErrInvalidTerm) && !c.AgreedTerm.IsZero():
		field = "agreed_term"
	}
	sentinel := deadline.ErrInvalidTerm
	if errors.Is(err, deadline.ErrOutOfRange) {
		sentinel = deadline.ErrOutOfRange
	}
	if errors.Is(err, calendar.ErrUnknownRegion) {
		field, sentinel = "region", calendar.ErrUnknownRegion
	}
	return fieldError(field, sentinel, "%v", unwrapMessage(err))
}

// unwrapMessage is err's text without its packages' prefixes.
func unwrapMessage(err error) string {
	s := err.Error()
	for _, p := range []string{"deadline: ", "penalty: ", "calendar: "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// dueOf is the deadline of one due day of a schedule, moved off a
// non-working day as the type's law says.
func (t Type) dueOf(due calendar.Date, opts []deadline.Option) (deadline.Result, error) {
	switch t.DueShift {
	case ShiftBack:
		opts = append(opts[:len(opts):len(opts)], deadline.ShiftBack())
	case ShiftTax:
		opts = append(opts[:len(opts):len(opts)], deadline.TaxTerm())
	}
	return deadline.OnDate(due, opts...)
}
