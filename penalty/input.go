package penalty

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Rounding selects how a row's amount is rounded to kopecks. Both round
// half away from zero.
type Rounding uint8

const (
	// RoundEachRow, the default: the row's exact amount (base × rate ×
	// days) is rounded once, as the reference ст. 395 calculator 395gk.ru
	// does.
	RoundEachRow Rounding = iota
	// RoundDailyAmount: the daily amount is rounded to kopecks first and
	// then multiplied by the days, as many claims and decisions write it
	// («по 229,99 руб. в день»). It can differ from RoundEachRow by a few
	// kopecks.
	RoundDailyAmount
	roundingEnd
)

// String returns "each-row" or "daily-amount", the names used in JSON.
func (r Rounding) String() string {
	switch r {
	case RoundEachRow:
		return "each-row"
	case RoundDailyAmount:
		return "daily-amount"
	}
	return fmt.Sprintf("Rounding(%d)", uint8(r))
}

// MarshalText writes the name.
func (r Rounding) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads "each-row" or "daily-amount".
func (r *Rounding) UnmarshalText(text []byte) error {
	switch string(text) {
	case "each-row", "":
		*r = RoundEachRow
	case "daily-amount":
		*r = RoundDailyAmount
	default:
		return fieldError(ErrInvalidInput, "rounding", fmt.Sprintf("%q", law.Clip(string(text))), ": accepted are each-row and daily-amount")
	}
	return nil
}

// DayCount selects how an annual rate counts days (ГК РФ ст. 395, 317.1).
type DayCount uint8

const (
	// ActualDays, the default: days as they are, the annual rate divided by
	// 365 or 366 — settled practice since Пленум ВС РФ № 7 of 24.03.2016.
	ActualDays DayCount = iota
	// Days360: a year of 360 days and months of 30 (the 31st of a month
	// does not count; February counts as 30 days), as Пленум ВС № 13 /
	// ВАС № 14 of 08.10.1998 п. 2 directed until 2016 — for recomputing
	// decisions of that time.
	Days360
	dayCountEnd
)

// String returns "actual" or "30/360".
func (c DayCount) String() string {
	switch c {
	case ActualDays:
		return "actual"
	case Days360:
		return "30/360"
	}
	return fmt.Sprintf("DayCount(%d)", uint8(c))
}

// MarshalText writes the name.
func (c DayCount) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads "actual" or "30/360".
func (c *DayCount) UnmarshalText(text []byte) error {
	switch string(text) {
	case "actual", "":
		*c = ActualDays
	case "30/360":
		*c = Days360
	default:
		return fieldError(ErrInvalidInput, "day_count", fmt.Sprintf("%q", law.Clip(string(text))), ": accepted are actual and 30/360")
	}
	return nil
}

// Input is one delay to price with a [Rule]: rule.Compute(Input{Base, From,
// To, …}). From is the first day of delay and To the day of performance,
// both included (Пленум ВС РФ № 7 п. 65). The JSON names of the fields are
// the names errors use ([InputError.Field]).
type Input struct {
	// Base is the amount the rate applies to, in rubles with kopecks: the
	// price, the prepaid amount, the debt.
	Base decimal.Decimal `json:"base,omitzero"`
	// From is the first day of delay: deadline.Result.OverdueFrom(), the
	// day after the last day of the term (ГК РФ ст. 191, 193). Tiers by day
	// of delay count From as day 1.
	From calendar.Date `json:"from,omitzero"`
	// To is the day of actual performance, or the calculation date;
	// included unless EndExclusive.
	To calendar.Date `json:"to"`

	// Payments lower a debt-type base (Base.ReducedByPayments) from the day
	// after each payment. For a single debt each lies in [From, To],
	// together they do not exceed Base, and one that clears the debt is on
	// To. In a schedule they go to the debt they name (Payment.For), else to
	// the oldest.
	Payments []Payment `json:"payments,omitempty"`
	// Exclude lists days on which nothing accrues, e.g. Moratorium2022().
	// They may reach outside [From, To] but must not overlap each other.
	Exclude []Period `json:"exclude,omitempty"`
	// Cap, when positive, is a ceiling on the total in addition to the
	// rule's own: for ОСАГО, what remains of the insured sum under
	// 40-ФЗ ст. 16.1 п. 6. CapBasis cites it; the rule's LimitBasis when
	// empty.
	Cap      decimal.Decimal `json:"cap,omitzero"`
	CapBasis []law.Ref       `json:"cap_basis,omitempty"`
	// Rounding selects the kopeck rounding; RoundEachRow by default.
	Rounding Rounding `json:"rounding,omitzero"`

	// Debts makes the calculation a schedule: each debt accrues from the
	// day after its due day through To (or the day it is paid in full),
	// and Base and From stay zero. Rules capped at their base take no
	// schedule.
	Debts []Charge `json:"debts,omitempty"`
	// Performed is, for a base of UnperformedPrice (44-ФЗ ст. 34 ч. 7), the
	// value of what was performed: the base is Base (the price) less it.
	Performed decimal.Decimal `json:"performed,omitzero"`

	// Rates replaces the rule's reference table for this calculation (a
	// table with newer decisions, see LoadRates and Rates.With).
	Rates Rates `json:"rates,omitempty"`
	// District picks the creditor's federal district for the 2015–16
	// deposit rates of ГК РФ ст. 395; Central by default.
	District District `json:"district,omitempty"`
	// RateDate names the day whose reference rate applies to the whole
	// delay, for rules that fix one (RateOnDayBeforeFrom, RateOnPayment,
	// RateOnTo: e.g. the day of the court's decision), and for ст. 395
	// delays before 01.06.2015 (the day of filing or of the decision,
	// Пленум ВС № 13 / ВАС № 14 п. 3).
	RateDate calendar.Date `json:"rate_date,omitzero"`
	// DayCount selects 30/360 for an annual rate (pre-2016 ст. 395).
	DayCount DayCount `json:"day_count,omitzero"`
	// EndExclusive does not count the day of performance To, as some ДДУ
	// claims do. Payments keep their meaning.
	EndExclusive bool `json:"end_exclusive,omitempty"`
	// AssumeLastRate prices days after the known rates at the last known
	// rate instead of failing with ErrOutOfRange; every such row is marked
	// Assumed and the calculation carries the rates_assumed warning.
	AssumeLastRate bool `json:"assume_last_rate,omitempty"`
}

// Bounds on what one Input may hold, so that any call is bounded.
const (
	maxPayments   = 100_000
	maxExclusions = 100_000
	maxDebts      = 100_000
)
