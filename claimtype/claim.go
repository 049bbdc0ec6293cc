package claimtype

import (
	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
)

// Claim is what a CRM knows about one claim: when it was made, how much is
// at stake, and whether and when it was satisfied. Its JSON form is what the
// crmhook service accepts.
type Claim struct {
	// Event is the day the type's term runs from (Type.From): the claim
	// received, the goods handed over, the contract's date.
	Event calendar.Date `json:"event"`
	// Base is the amount the penalty rate applies to: the price of the goods
	// (ЗоЗПП ст. 23 п. 1: on the day of voluntary satisfaction, or of the
	// court decision when it was not satisfied), the price of the work, the
	// prepayment, the insurance payout; for ст. 395 interest, the debt.
	Base decimal.Decimal `json:"base"`
	// PerformedOn is the day the claim was actually satisfied; the penalty
	// runs through it, inclusive (Пленум ВС РФ № 7, п. 65).
	PerformedOn calendar.Date `json:"performed_on,omitempty"`
	// AsOf is the calculation date of a claim not yet satisfied: a running
	// penalty. Give PerformedOn or AsOf, not both.
	AsOf calendar.Date `json:"as_of,omitempty"`
	// Payments lower a debt-type base (prepayment, insurance payout, debt)
	// from the day after each payment.
	Payments []Payment `json:"payments,omitempty"`
	// ConsumerTerm is the term the consumer set (SetByConsumer types).
	ConsumerTerm deadline.Term `json:"consumer_term,omitzero"`
	// AgreedTerm is the term agreed in the contract or in writing (AgreedTerm
	// types; AtMost types, within the statutory maximum).
	AgreedTerm deadline.Term `json:"agreed_term,omitzero"`
	// PenaltyFrom overrides the first day of delay when the penalty runs from
	// an earlier event: ЗоЗПП ст. 23.1 п. 3 runs from the day after the
	// contract's delivery date even when the claim is a refund.
	PenaltyFrom calendar.Date `json:"penalty_from,omitempty"`
	// Exclude lists periods in which nothing accrues.
	Exclude []Exclusion `json:"exclude,omitempty"`
	// Moratorium2022 excludes 01.04.2022–01.10.2022 (Постановление
	// Правительства РФ от 28.03.2022 № 497) — for claims that arose before
	// 01.04.2022 against a debtor it covers (Пленум ВС РФ от 24.12.2020 № 44,
	// п. 7); the caller decides.
	Moratorium2022 bool `json:"moratorium_2022,omitempty"`
	// Cap is a ceiling on the penalty besides the rule's own: for ОСАГО the
	// insured sum left under ФЗ № 40-ФЗ ст. 16.1 п. 6.
	Cap decimal.Decimal `json:"cap,omitzero"`
	// BaseAwarded adds Base to what the ст. 13 п. 6 fine preview is taken
	// from (the refund is also awarded by the court).
	BaseAwarded bool `json:"base_awarded,omitempty"`
}

// Payment is money paid on a day.
type Payment struct {
	On     calendar.Date   `json:"on"`
	Amount decimal.Decimal `json:"amount"`
}

// Exclusion is an inclusive period in which nothing accrues, with the act
// that says so.
type Exclusion struct {
	From  calendar.Date `json:"from"`
	To    calendar.Date `json:"to"`
	Basis string        `json:"basis"`
}
