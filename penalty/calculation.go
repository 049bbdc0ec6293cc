package penalty

import (
	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Row is one line of a calculation: a span of days with one base and one
// rate, or a span on which nothing accrues (Excluded). Everything a court
// needs to recompute it is data: Reason says why the row starts, and the
// facts beside it — the rate period with its source, the special period
// or exclusion with its act, the payment — say what changed. [Row.Note]
// and [Row.Formula] render them.
type Row struct {
	Debt     int           // the index of the debt in Calculation.Debts (0 for a single Input)
	From, To calendar.Date // inclusive
	Days     int           // days in the row (30/360 days with Days360)
	DelayDay int           // the day of delay From is: 1 for the first day of delay
	Reason   Code          // why the row starts (row.start, row.payment, ...)

	Base decimal.Decimal // the amount the rate applies to on these days
	// Rate is a fraction: the daily rate of a fixed rule (0.01 = 1 %), or
	// the annual reference rate in force (0.16 = 16 % годовых), after any
	// cap, to which Share, Multiplier and YearDays apply.
	Rate       decimal.Decimal
	Share      Share         // of the annual rate per day (1/300); zero for a fixed or annual rate
	Multiplier int           // 2 for a doubled penalty; 0 for none
	YearDays   int           // 365, 366 or 360 for an annual rate; 0 otherwise
	RateDate   calendar.Date // the day whose rate applies, when the rule fixes one
	RatePeriod RatePeriod    // the reference rate used, with its kind and source (zero for a fixed rate)

	Special   *SpecialPeriod // the rule's moratorium, rate cap or fixed rate in force; nil: none
	Exclusion *Period        // on an excluded row: the caller's exclusion with its act; nil: none
	Excluded  bool           // nothing accrues on these days; Reason and Special or Exclusion say why
	Assumed   bool           // the rate is the last known one, assumed past Calculation.RatesKnownThrough

	PaidOn calendar.Date   // row.payment: the day of the payment that lowered the base
	Paid   decimal.Decimal // row.payment: the amount

	Amount   decimal.Decimal
	Rounding Rounding // how Amount was rounded to kopecks
}

// DebtSummary is one debt of a schedule in its calculation: the debt, when
// its delay ran and what it accrued.
type DebtSummary struct {
	Due    calendar.Date   // the due day; the delay starts the next day
	Amount decimal.Decimal // the debt
	// PaidBeforeDelay is what was paid on it by its due day.
	PaidBeforeDelay decimal.Decimal
	// To is the last day of accrual: the day it was paid in full, or the
	// calculation's To; the zero Date when it was paid before any delay.
	To    calendar.Date
	Days  int             // days on which it accrued
	Total decimal.Decimal // the sum of its rows
}

// Allocation is the part of a payment of a schedule that went to one debt,
// and why (allocation.named or allocation.oldest).
type Allocation struct {
	Payment int             // the index of the payment in Input.Payments
	On      calendar.Date   // the day of the payment
	Debt    int             // the index of the debt in Calculation.Debts
	Amount  decimal.Decimal // the part of the payment
	Code    Code
}

// Note is a coded fact about a whole calculation: a warning such as
// rates_assumed, or an explanation such as base.less_performed. Date and
// Amount (and Of, the whole an amount is part of) are its facts; Basis
// cites the law it rests on, when it has its own.
type Note struct {
	Code   Code
	Date   calendar.Date
	Amount decimal.Decimal
	Of     decimal.Decimal
	Basis  []law.Ref
}

// Calculation is a priced delay: the rows, the totals, the cap and the law
// behind each. Its [Calculation.Text] is the table a claim or a lawsuit
// quotes, in Russian or English; its JSON ([Calculation.AppendJSON]) has
// the same data, money as decimal strings and dates as "YYYY-MM-DD", and
// reads back into an equal value. Nothing in it is Russian text: titles,
// notes and formulas are rendered from the codes and facts on demand.
type Calculation struct {
	Rule RuleID // the statutory rule; "" for a caller's rule
	Name string // a caller's rule: its name
	Base Base   // what the rate applied to

	Rows        []Row
	Debts       []DebtSummary // one per debt of a schedule; nil for a single Input
	Allocations []Allocation  // how a schedule's payments were allocated

	Days         int             // days on which the sanction accrued (summed over the debts of a schedule)
	ExcludedDays int             // days on which nothing accrued: exclusions, moratoria, grace days
	Uncapped     decimal.Decimal // the sum of the rows' amounts
	Total        decimal.Decimal // Uncapped, lowered to Cap when it exceeds it
	Cap          decimal.Decimal // the ceiling applied; zero when there is none
	Capped       bool            // Uncapped exceeded Cap
	CapCode      Code            // cap.to_base, cap.limit, cap.unlimited, cap.limit_not_applied; "" when the law says nothing
	CapBasis     []law.Ref       // the law behind the cap line

	Basis []law.Ref // the articles the amount rests on
	Notes []Note    // warnings and explanations that concern the whole calculation

	Rounding     Rounding
	DayCount     DayCount
	RateOn       RateOn
	RateDate     calendar.Date // Input.RateDate, when given
	EndExclusive bool
	// RatesKnownThrough is the last day the reference rates were known
	// (Rates.KnownThrough of the table used); zero for a fixed-rate rule.
	RatesKnownThrough calendar.Date
}

// Method returns the codes of how the calculation was made, derived from
// its data: the day count, the rate day, payments, rounding.
func (c Calculation) Method() []Code {
	var buf [8]Code
	return append([]Code(nil), c.method(&buf)...)
}

// method is Method into a caller's array.
func (c Calculation) method(buf *[8]Code) []Code {
	m := buf[:0]
	if c.EndExclusive {
		m = append(m, MethodEndExclusive)
	} else {
		m = append(m, MethodDaysInclusive)
	}
	annual, shares, payments := false, false, len(c.Allocations) > 0
	for _, r := range c.Rows {
		annual = annual || r.YearDays > 0
		shares = shares || !r.Share.IsZero()
		payments = payments || r.Reason == RowPayment
	}
	switch {
	case annual && c.DayCount == Days360:
		m = append(m, MethodDays360)
	case annual:
		m = append(m, MethodYearDays)
	}
	if annual || shares {
		switch {
		case !c.RateDate.IsZero() || c.RateOn == RateOnDayBeforeFrom || c.RateOn == RateOnTo:
			m = append(m, MethodRateOnDay)
		case c.RateOn == RateOnPayment:
			m = append(m, MethodRateOnPayment)
		case shares:
			m = append(m, MethodRatePerPeriod)
		}
	}
	if len(c.Debts) > 0 {
		m = append(m, MethodAllocation)
	}
	if payments {
		m = append(m, MethodPayments)
	}
	if c.Rounding == RoundDailyAmount {
		m = append(m, MethodRoundDailyAmount)
	} else {
		m = append(m, MethodRoundEachRow)
	}
	return m
}
