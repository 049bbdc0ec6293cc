package claimtype

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// Claim is what a CRM knows about one claim: when it was made, how much is
// at stake, and whether and when it was satisfied. Its JSON form is what
// the crmhook service accepts; the names in the tags are the ones every
// error about a field uses.
type Claim struct {
	// Event is the day the type's term runs from (Type.From): the claim
	// received, the goods handed over, the contract's date.
	Event calendar.Date `json:"event"`
	// Base is the amount the penalty rate applies to: the price of the goods
	// (ЗоЗПП ст. 23 п. 1: on the day of voluntary satisfaction, or of the
	// court decision when it was not satisfied), the price of the work, the
	// prepayment, the insurance payout; for ст. 395 interest, the debt.
	// Zero means not given: enough for a deadline, required for a penalty.
	Base decimal.Decimal `json:"base,omitzero"`
	// PerformedOn is the day the claim was actually satisfied; the penalty
	// runs through it, inclusive (Пленум ВС РФ № 7, п. 65).
	PerformedOn calendar.Date `json:"performed_on,omitzero"`
	// AsOf is the calculation date of a claim not yet satisfied: a running
	// penalty. Give PerformedOn or AsOf, not both.
	AsOf calendar.Date `json:"as_of,omitzero"`
	// Payments lower a debt-type base (prepayment, insurance payout, debt)
	// from the day after each payment; in order of date.
	Payments []penalty.Payment `json:"payments,omitempty"`
	// ConsumerTerm is the term the consumer set (TermSetByConsumer types
	// only).
	ConsumerTerm deadline.Term `json:"consumer_term,omitzero"`
	// AgreedTerm is the term agreed in the contract or in writing
	// (TermAgreed types; TermAtMost types, within the statutory maximum).
	AgreedTerm deadline.Term `json:"agreed_term,omitzero"`
	// PenaltyFrom overrides the first day of delay when the penalty runs from
	// an earlier event: ЗоЗПП ст. 23.1 п. 3 runs from the day after the
	// contract's delivery date even when the claim is a refund.
	PenaltyFrom calendar.Date `json:"penalty_from,omitzero"`
	// Exclude lists periods in which nothing accrues, in order, not
	// overlapping.
	Exclude []penalty.Period `json:"exclude,omitempty"`
	// Moratorium2022 excludes 01.04.2022–01.10.2022 (Постановление
	// Правительства РФ от 28.03.2022 № 497) — for claims that arose before
	// 01.04.2022 against a debtor it covers (Пленум ВС РФ от 24.12.2020 № 44,
	// п. 7); the caller decides.
	Moratorium2022 bool `json:"moratorium_2022,omitempty"`
	// Cap is a ceiling on the penalty besides the rule's own: for ОСАГО the
	// insured sum left under ФЗ № 40-ФЗ ст. 16.1 п. 6.
	Cap decimal.Decimal `json:"cap,omitzero"`
	// BaseAwarded adds Base to the base of the ст. 13 п. 6 fine (the refund
	// is also awarded by the court — also when it was paid after the suit
	// was filed and the consumer did not drop the claim).
	BaseAwarded bool `json:"base_awarded,omitempty"`
	// MoralDamages, Losses and OtherAwarded are the other sums a court awards
	// the consumer, which enter the base of the ст. 13 п. 6 fine.
	MoralDamages decimal.Decimal `json:"moral_damages,omitzero"`
	Losses       decimal.Decimal `json:"losses,omitzero"`
	OtherAwarded decimal.Decimal `json:"other_awarded,omitzero"`
	// CourtPayout and PaidVoluntarily are, for an ОСАГО claim, the insurance
	// payout the court sets and what the insurer paid voluntarily: the fine
	// of 40-ФЗ ст. 16.1 п. 3 is 50 % of the difference.
	CourtPayout     decimal.Decimal `json:"court_payout,omitzero"`
	PaidVoluntarily decimal.Decimal `json:"paid_voluntarily,omitzero"`
	// Debts are the debts of a schedule type (TermSchedule): each with the
	// day it is due by contract or law (moved off a non-working day as the
	// type says) and its amount. Payments then go to the debt they name by
	// its due day (Payment.For), else to the oldest.
	Debts []penalty.Charge `json:"debts,omitempty"`
	// Citizen marks a creditor who is a citizen, where the law doubles the
	// penalty (214-ФЗ ст. 6 ч. 2).
	Citizen bool `json:"citizen,omitempty"`
	// PerformedValue is, for a supplier's delay under 44-ФЗ ст. 34 ч. 7,
	// the value of what was performed: the penalty is taken from the price
	// (Base) less it.
	PerformedValue decimal.Decimal `json:"performed_value,omitzero"`
	// Region is the ISO 3166-2 code of the place of performance ("RU-TA"):
	// ГК РФ ст. 193 then applies that republic's own non-working days too
	// (calendar.Calendar.Region lists the regions covered).
	Region string `json:"region,omitempty"`
	// AssumeLastRate computes ст. 395 interest past the last known key rate
	// at that rate, every such row marked as assumed, as online calculators
	// do; by default those days are left out with a rates_stale warning.
	AssumeLastRate bool `json:"assume_last_rate,omitempty"`
}

// until is the day the penalty is computed through: PerformedOn or AsOf.
func (c Claim) until() calendar.Date {
	if !c.PerformedOn.IsZero() {
		return c.PerformedOn
	}
	return c.AsOf
}

// validate checks every field of c that does not depend on the type, on
// every call, whatever the status: a CRM must not store a claim that fails
// later.
func (c Claim) validate(cal *calendar.Calendar) error {
	date := func(field string, d calendar.Date) error {
		if !d.IsZero() && !cal.Covers(d) {
			return fieldError(field, nil, "%s is outside the production calendar (%s–%s); accepted is a date in that range", d, cal.First(), cal.Last())
		}
		return nil
	}
	switch {
	case c.Event.IsZero() && len(c.Debts) == 0:
		return fieldError("event", nil, "required: the day the term runs from (claim received, goods handed over, contract date), YYYY-MM-DD or DD.MM.YYYY")
	case !c.PerformedOn.IsZero() && !c.AsOf.IsZero():
		return fieldError("performed_on", nil, "performed_on and as_of are both given; give performed_on for a satisfied claim or as_of for a running calculation")
	case !c.ConsumerTerm.IsZero() && !c.AgreedTerm.IsZero():
		return fieldError("agreed_term", nil, "consumer_term and agreed_term are both given; a term is set either by the consumer or by agreement")
	}
	for _, f := range []struct {
		field string
		d     calendar.Date
	}{{"event", c.Event}, {"performed_on", c.PerformedOn}, {"as_of", c.AsOf}, {"penalty_from", c.PenaltyFrom}} {
		if err := date(f.field, f.d); err != nil {
			return err
		}
	}
	until := c.until()
	switch {
	case len(c.Debts) > 0 && !c.Event.IsZero():
		return fieldError("event", nil, "given with debts; a schedule's debts carry their own due days, accepted is no event")
	case !c.PerformedOn.IsZero() && c.PerformedOn.Before(c.Event):
		return fieldError("performed_on", nil, "%s is before the event %s; accepted is the day the claim was satisfied, on or after the event", c.PerformedOn, c.Event)
	case !c.AsOf.IsZero() && c.AsOf.Before(c.Event):
		return fieldError("as_of", nil, "%s is before the event %s; accepted is a calculation date on or after the event", c.AsOf, c.Event)
	case !c.PenaltyFrom.IsZero() && !until.IsZero() && c.PenaltyFrom.After(until):
		return fieldError("penalty_from", nil, "%s is after %s, the end of the calculation; accepted is a first day of delay on or before it", c.PenaltyFrom, until)
	case !c.PenaltyFrom.IsZero() && until.IsZero():
		return fieldError("penalty_from", nil, "given without performed_on or as_of; give the day the penalty is computed through")
	}
	for _, m := range []struct {
		field  string
		v      decimal.Decimal
		zeroOK bool
	}{{"base", c.Base, true}, {"cap", c.Cap, true}, {"moral_damages", c.MoralDamages, true}, {"losses", c.Losses, true}, {"other_awarded", c.OtherAwarded, true},
		{"court_payout", c.CourtPayout, true}, {"paid_voluntarily", c.PaidVoluntarily, true}, {"performed_value", c.PerformedValue, true}} {
		if err := penalty.CheckAmount(m.v, m.zeroOK); err != nil {
			return fieldError(m.field, nil, "%s", unwrapMessage(err))
		}
	}
	if c.PaidVoluntarily.GreaterThan(c.CourtPayout) && c.CourtPayout.IsPositive() {
		return fieldError("paid_voluntarily", nil, "%s is more than the court's payout %s; accepted is at most the payout the court sets", c.PaidVoluntarily.StringFixed(2), c.CourtPayout.StringFixed(2))
	}
	if err := c.validateDebts(cal, until); err != nil {
		return err
	}
	if err := c.validatePayments(until); err != nil {
		return err
	}
	return c.validateExclusions()
}

// maxDebts bounds a schedule: 100 years of monthly bills.
const maxDebts = 1200

func (c Claim) validateDebts(cal *calendar.Calendar, until calendar.Date) error {
	if len(c.Debts) > maxDebts {
		return fieldError("debts", nil, "%d debts; accepted are at most %d", len(c.Debts), maxDebts)
	}
	for i, d := range c.Debts {
		field := fmt.Sprintf("debts[%d]", i)
		switch {
		case d.Due.IsZero():
			return fieldError(field+".due", nil, "required: the day the debt is due, YYYY-MM-DD or DD.MM.YYYY")
		case !cal.Covers(d.Due):
			return fieldError(field+".due", nil, "%s is outside the production calendar (%s–%s)", d.Due, cal.First(), cal.Last())
		case i > 0 && d.Due.Before(c.Debts[i-1].Due):
			return fieldError(field+".due", nil, "%s is before the debt above it (%s); accepted are debts in order of due day", d.Due, c.Debts[i-1].Due)
		case !until.IsZero() && until.Before(d.Due):
			return fieldError(field+".due", nil, "%s is after %s, the end of the calculation", d.Due, until)
		}
		if err := penalty.CheckAmount(d.Amount, false); err != nil {
			return fieldError(field+".amount", nil, "%s", unwrapMessage(err))
		}
	}
	return nil
}

func (c Claim) validatePayments(until calendar.Date) error {
	var total decimal.Decimal
	for i, p := range c.Payments {
		field := fmt.Sprintf("payments[%d]", i)
		switch {
		case p.On.IsZero():
			return fieldError(field+".on", nil, "required: the day of the payment, YYYY-MM-DD or DD.MM.YYYY")
		case !c.Event.IsZero() && p.On.Before(c.Event):
			return fieldError(field+".on", nil, "%s is before the event %s; a payment made earlier lowers the base itself", p.On, c.Event)
		case !until.IsZero() && p.On.After(until):
			return fieldError(field+".on", nil, "%s is after %s, the end of the calculation", p.On, until)
		case i > 0 && p.On.Before(c.Payments[i-1].On):
			return fieldError(field+".on", nil, "%s is before the payment above it (%s); accepted are payments in order of date", p.On, c.Payments[i-1].On)
		}
		if err := penalty.CheckAmount(p.Amount, false); err != nil {
			return fieldError(field+".amount", nil, "%s", unwrapMessage(err))
		}
		total = total.Add(p.Amount)
	}
	if len(c.Debts) == 0 && len(c.Payments) > 0 && c.Base.IsPositive() && total.GreaterThan(c.Base) {
		return fieldError("payments", nil, "they total %s, more than the base %s; accepted are payments that add up to at most the base", total.StringFixed(2), c.Base.StringFixed(2))
	}
	return nil
}

func (c Claim) validateExclusions() error {
	for i, p := range c.Exclude {
		field := fmt.Sprintf("exclude[%d]", i)
		switch {
		case p.From.IsZero() || p.To.IsZero():
			return fieldError(field, nil, "from and to are required; accepted is an inclusive period of dates")
		case p.To.Before(p.From):
			return fieldError(field+".to", nil, "%s is before from %s; accepted is to on or after from", p.To, p.From)
		case i > 0 && !p.From.After(c.Exclude[i-1].To):
			return fieldError(field+".from", nil, "%s is not after the end of the period above it (%s); accepted are periods in order that share no day", p.From, c.Exclude[i-1].To)
		}
	}
	return nil
}
