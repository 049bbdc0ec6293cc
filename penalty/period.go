package penalty

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Period is an inclusive span of days, From through To: the one period
// type of zozpp. As an exclusion ([Input.Exclude]) Basis cites the act that
// stops accrual, which the excluded row quotes.
type Period struct {
	From  calendar.Date `json:"from"`
	To    calendar.Date `json:"to"`
	Basis []law.Ref     `json:"basis,omitempty"`
}

// Days returns the number of days in p, both ends included (0 when p is
// inverted or has a zero date).
func (p Period) Days() int {
	if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
		return 0
	}
	return p.To.Sub(p.From) + 1
}

// Contains reports whether d lies in p, ends included.
func (p Period) Contains(d calendar.Date) bool {
	return !d.IsZero() && !d.Before(p.From) && !d.After(p.To)
}

// String returns p as Russian documents write it: "01.04.2022–01.10.2022".
func (p Period) String() string { return string(appendPeriod(nil, p.From, p.To, law.Russian)) }

// Payment is money paid on a day: the one payment type of zozpp. For a
// single debt the day of payment is still charged on the old amount and
// the base falls from the next day (Пленум ВС РФ от 24.03.2016 № 7,
// п. 65). In a schedule ([Input.Debts]) For names the debt the payer
// meant, by its due day; a payment that names none goes to the oldest
// debt.
type Payment struct {
	On     calendar.Date   `json:"on"`
	Amount decimal.Decimal `json:"amount"`
	For    calendar.Date   `json:"for,omitzero"`
}

// Charge is one debt of a schedule ([Input.Debts]): Amount, due on Due —
// the last day to pay on time; the delay starts the next day. Monthly
// bills, wage instalments, alimony months, a debt that increased on a day.
type Charge struct {
	Due    calendar.Date   `json:"due"`
	Amount decimal.Decimal `json:"amount"`
}

// Schedule is a series of debts and the payments made on them, as
// [LoadSchedule] reads it; pass its parts as Input.Debts and
// Input.Payments.
type Schedule struct {
	Debts    []Charge  `json:"debts"`
	Payments []Payment `json:"payments,omitempty"`
}

// Moratorium2022 returns the general bankruptcy moratorium of
// Постановление Правительства РФ от 28.03.2022 № 497, 01.04.2022 through
// 01.10.2022 inclusive, ready to pass in [Input.Exclude]. Each call returns
// a fresh value.
//
// While it lasted, ст. 395 interest, неустойка and other financial
// sanctions do not accrue (Закон о банкротстве ст. 9.1 п. 3 пп. 2, ст. 63
// п. 1 абз. 10; Пленум ВС РФ от 24.12.2020 № 44, п. 7) — but only on
// claims that arose before 01.04.2022, against a debtor it covers: every
// legal entity and citizen except developers in the register of problem
// objects and debtors who published a refusal from it. For a consumer
// claim, courts ask whether the seller's deadline fell before 01.04.2022.
// Whether those conditions hold is the caller's decision; this package
// never applies the general moratorium by itself. Its effect on the fine of
// ЗоЗПП ст. 13 п. 6 is disputed ([FineMoratoriumDisputed]).
func Moratorium2022() Period {
	return Period{From: moratorium2022From, To: moratorium2022To, Basis: moratorium2022Basis()}
}

var moratorium2022From, moratorium2022To = calendar.NewDate(2022, 4, 1), calendar.NewDate(2022, 10, 1)

// inMoratorium2022 reports whether d falls in Moratorium2022, without
// building the period.
func inMoratorium2022(d calendar.Date) bool {
	return !d.Before(moratorium2022From) && !d.After(moratorium2022To)
}

var moratorium2022Refs = law.MustRefs("Постановление Правительства РФ от 28.03.2022 № 497; Постановление Пленума ВС РФ от 24.12.2020 № 44, п. 7")

func moratorium2022Basis() []law.Ref { return slices.Clone(moratorium2022Refs) }
