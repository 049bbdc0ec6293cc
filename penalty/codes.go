package penalty

import "slices"

// Code is a stable identifier of an explanation: why a row starts, how a
// calculation was made, a warning a program must react to, a part of a
// fine. Codes are data: text is rendered from a code and the facts beside
// it ([Row.Note], [Calculation.Text]) in the language asked for. Explanation
// codes are dotted, "area.what" (row.payment, method.days_inclusive,
// cap.to_base); warnings a program must react to are one snake_case word
// (rates_assumed), as across zozpp (rates_stale, calendar_provisional).
// [Codes] lists them all with their meaning.
type Code string

// Why a row starts ([Row.Reason]).
const (
	// RowStart: the first day of delay — Input.From, or the day after a
	// debt's due day.
	RowStart Code = "row.start"
	// RowPayment: a payment made on Row.PaidOn (the previous row's last
	// day) lowered the base by Row.Paid; Row.Base is what remains.
	RowPayment Code = "row.payment"
	// RowRateChange: the reference rate changed (Row.RatePeriod is the new
	// one).
	RowRateChange Code = "row.rate_change"
	// RowNewYear: 1 January — an annual rate is divided by the days of the
	// new year.
	RowNewYear Code = "row.new_year"
	// RowExcluded: a period the caller excluded starts (Row.Exclusion).
	RowExcluded Code = "row.excluded"
	// RowMoratorium: a moratorium of the rule's special periods starts
	// (Row.Special): nothing accrues.
	RowMoratorium Code = "row.moratorium"
	// RowGrace: days of delay before the first tier that accrues (ЖК РФ
	// ст. 155 ч. 14: days 1–30).
	RowGrace Code = "row.grace"
	// RowResumed: accrual resumes after excluded days.
	RowResumed Code = "row.resumed"
	// RowTier: a new tier by day of delay starts (Row.DelayDay, Row.Share).
	RowTier Code = "row.tier"
	// RowEra: another wording of the rule applies from this day (the law
	// was amended).
	RowEra Code = "row.era"
	// RowRateCap: a rate cap or fixed rate of the rule's special periods
	// starts (Row.Special).
	RowRateCap Code = "row.rate_cap"
	// RowRateCapEnd: a rate cap or fixed rate ended.
	RowRateCapEnd Code = "row.rate_cap_end"
	// RowAssumed: the first day after the known rates; the last known rate
	// is assumed (Input.AssumeLastRate).
	RowAssumed Code = "row.assumed"
	// RowPart: another part of the same days' debt, priced at the rate on
	// the day that part was paid (a rule whose rate is taken on the day of
	// payment, ЖК РФ ст. 155 ч. 14).
	RowPart Code = "row.part"
)

// How a calculation was made ([Calculation.Method]); derived from the
// calculation's data.
const (
	// MethodDaysInclusive: the first day of delay and the day of
	// performance are both counted (Пленум ВС РФ № 7 п. 65).
	MethodDaysInclusive Code = "method.days_inclusive"
	// MethodEndExclusive: the day of performance is not counted
	// (Input.EndExclusive).
	MethodEndExclusive Code = "method.end_exclusive"
	// MethodPayments: a payment lowers the base from the next day.
	MethodPayments Code = "method.payments"
	// MethodYearDays: an annual rate is divided by the actual days of the
	// year, 365 or 366, and rows split on 1 January.
	MethodYearDays Code = "method.year_days"
	// MethodDays360: a year of 360 days and months of 30 (Пленум ВС № 13 /
	// ВАС № 14 of 08.10.1998 п. 2; Input.DayCount).
	MethodDays360 Code = "method.days_360"
	// MethodRatePerPeriod: the reference rate in force on each day.
	MethodRatePerPeriod Code = "method.rate_per_period"
	// MethodRateOnDay: one reference rate, in force on one day, for the
	// whole delay (Calculation.RateDate or each row's RateDate).
	MethodRateOnDay Code = "method.rate_on_day"
	// MethodRateOnPayment: the rate in force on the day each part of the
	// debt was paid; on the calculation date for what is unpaid.
	MethodRateOnPayment Code = "method.rate_on_payment"
	// MethodRoundEachRow: each row rounded to kopecks once, half away from
	// zero; the total is the sum of the rows.
	MethodRoundEachRow Code = "method.round_each_row"
	// MethodRoundDailyAmount: the daily amount rounded to kopecks, then
	// multiplied by the days.
	MethodRoundDailyAmount Code = "method.round_daily_amount"
	// MethodAllocation: payments go to the debt the payer named, otherwise
	// to the oldest (ГК РФ ст. 319.1 п. 3; Пленум ВС РФ № 22 п. 32 for
	// housing payments).
	MethodAllocation Code = "method.allocation"
)

// Notes and warnings of a calculation ([Calculation.Notes]).
const (
	// RatesAssumed (warning): days after the known rates were priced at
	// the last known rate; Note.Date is the last day the rates are known
	// (Rates.KnownThrough). The rows concerned have Assumed set.
	RatesAssumed Code = "rates_assumed"
	// NoteLessPerformed: the base is the contract price (Note.Of) less the
	// value of what was performed (Note.Amount) — 44-ФЗ ст. 34 ч. 7.
	NoteLessPerformed Code = "base.less_performed"
)

// The ceiling of a calculation ([Calculation.CapCode]).
const (
	// CapToBase: the total may not exceed the base (the rule's own cap).
	CapToBase Code = "cap.to_base"
	// CapLimit: a ceiling the caller passed (Input.Cap), with its basis.
	CapLimit Code = "cap.limit"
	// CapUnlimited: the law sets no ceiling (CapBasis says where).
	CapUnlimited Code = "cap.unlimited"
	// CapLimitNotApplied: the rule has an outside ceiling (CapBasis) that
	// the caller did not pass.
	CapLimitNotApplied Code = "cap.limit_not_applied"
)

// How a payment of a schedule was allocated ([Allocation.Code]).
const (
	// AllocationNamed: to the debt the payer named (Payment.For).
	AllocationNamed Code = "allocation.named"
	// AllocationOldest: to the debt whose due day came first.
	AllocationOldest Code = "allocation.oldest"
)

// The parts and notes of a fine ([Fine]).
const (
	// FinePenalty: the penalty awarded (part of the consumer fine's base).
	FinePenalty Code = "fine.penalty"
	// FineBase: the refund or price awarded, paid after the suit was filed
	// included (Пленум ВС РФ № 17 п. 47).
	FineBase Code = "fine.base"
	// FineMoralDamages: compensation of moral harm (ЗоЗПП ст. 15).
	FineMoralDamages Code = "fine.moral_damages"
	// FineLosses: losses awarded.
	FineLosses Code = "fine.losses"
	// FineOtherAwarded: any other sum awarded to the consumer.
	FineOtherAwarded Code = "fine.other_awarded"
	// FineCourtPayout: the insurance payout the court set (ОСАГО fine).
	FineCourtPayout Code = "fine.court_payout"
	// FinePaidVoluntarily: what the insurer paid voluntarily, subtracted
	// (ОСАГО fine).
	FinePaidVoluntarily Code = "fine.paid_voluntarily"
	// FineAwarded: the sum awarded to the participant (ДДУ fine).
	FineAwarded Code = "fine.awarded"
	// FineMoratoriumDisputed (warning): the term for voluntary
	// satisfaction ended during the 2022 moratorium; whether the fine is
	// then owed is disputed in practice (Note.Date: the term's last day).
	FineMoratoriumDisputed Code = "fine_moratorium_disputed"
	// FineDDUEffective: the 5 % fine of 214-ФЗ ст. 10 ч. 3 applies since
	// 01.09.2024 (Note.Date); earlier claims took the consumer fine.
	FineDDUEffective Code = "fine.ddu_effective"
)

// The write-off of procurement penalties under ПП РФ № 783
// ([WriteOff.Code]).
const (
	// WriteOffFull: the penalties are at most 5 % of the price: written off
	// in full.
	WriteOffFull Code = "writeoff.full"
	// WriteOffHalf: more than 5 % and at most 20 %: half is written off if
	// the other half is paid.
	WriteOffHalf Code = "writeoff.half"
	// WriteOffNone: more than 20 % of the price: no write-off under п. 3.
	WriteOffNone Code = "writeoff.none"
	// WriteOffNotPerformed: the contract is not performed in full: п. 2
	// allows no write-off.
	WriteOffNotPerformed Code = "writeoff.not_performed"
)

// CodeKind groups codes by where they appear.
type CodeKind string

// The kinds of code.
const (
	KindRowReason  CodeKind = "row"
	KindMethod     CodeKind = "method"
	KindNote       CodeKind = "note"
	KindWarning    CodeKind = "warning"
	KindCap        CodeKind = "cap"
	KindAllocation CodeKind = "allocation"
	KindFine       CodeKind = "fine"
	KindWriteOff   CodeKind = "writeoff"
)

// CodeDoc documents one code: where it appears and what it means.
type CodeDoc struct {
	Code    Code
	Kind    CodeKind
	Meaning string // English, one sentence
}

var codeDocs = []CodeDoc{
	{RowStart, KindRowReason, "The first day of delay: Input.From, or the day after a debt's due day."},
	{RowPayment, KindRowReason, "A payment made on Row.PaidOn lowered the base by Row.Paid from this day."},
	{RowRateChange, KindRowReason, "The reference rate changed; Row.RatePeriod is the rate now in force."},
	{RowNewYear, KindRowReason, "1 January: an annual rate is divided by the days of the new year."},
	{RowExcluded, KindRowReason, "A period the caller excluded starts (Row.Exclusion): nothing accrues."},
	{RowMoratorium, KindRowReason, "A statutory moratorium of the rule starts (Row.Special): nothing accrues."},
	{RowGrace, KindRowReason, "Days of delay before the first tier that accrues (ЖК РФ ст. 155 ч. 14: days 1–30)."},
	{RowResumed, KindRowReason, "Accrual resumes after excluded days."},
	{RowTier, KindRowReason, "A new tier by day of delay starts (Row.DelayDay, Row.Share)."},
	{RowEra, KindRowReason, "Another wording of the rule applies from this day."},
	{RowRateCap, KindRowReason, "A statutory rate cap or fixed rate starts (Row.Special)."},
	{RowRateCapEnd, KindRowReason, "A statutory rate cap or fixed rate ended."},
	{RowAssumed, KindRowReason, "The first day after the known rates: the last known rate is assumed (Row.Assumed)."},
	{RowPart, KindRowReason, "Another part of the same days' debt, priced at the rate on the day that part was paid."},
	{MethodDaysInclusive, KindMethod, "The first day of delay and the day of performance are both counted (Пленум ВС РФ № 7 п. 65)."},
	{MethodEndExclusive, KindMethod, "The day of performance is not counted (Input.EndExclusive)."},
	{MethodPayments, KindMethod, "A payment lowers the base from the day after it."},
	{MethodYearDays, KindMethod, "An annual rate is divided by the actual days of the year (365 or 366); rows split on 1 January."},
	{MethodDays360, KindMethod, "A year of 360 days and months of 30 days (Пленум ВС № 13 / ВАС № 14 of 08.10.1998, п. 2)."},
	{MethodRatePerPeriod, KindMethod, "The reference rate in force on each day applies; rows split where it changes."},
	{MethodRateOnDay, KindMethod, "One reference rate, in force on one day (RateDate), applies to the whole delay."},
	{MethodRateOnPayment, KindMethod, "The rate in force on the day each part of the debt was paid; on the calculation date for what is unpaid."},
	{MethodRoundEachRow, KindMethod, "Each row is rounded to kopecks once, half away from zero; the total is the sum of the rows."},
	{MethodRoundDailyAmount, KindMethod, "The daily amount is rounded to kopecks, then multiplied by the days."},
	{MethodAllocation, KindMethod, "Payments go to the debt the payer named, otherwise to the oldest (ГК РФ ст. 319.1 п. 3)."},
	{RatesAssumed, KindWarning, "Days after the known rates were priced at the last known rate; Note.Date is the last day the rates are known."},
	{NoteLessPerformed, KindNote, "The base is the contract price (Note.Of) less the value performed (Note.Amount)."},
	{CapToBase, KindCap, "The total may not exceed the base: the rule's own ceiling."},
	{CapLimit, KindCap, "A ceiling the caller passed (Input.Cap), with its basis."},
	{CapUnlimited, KindCap, "The law sets no ceiling; CapBasis says where."},
	{CapLimitNotApplied, KindCap, "The rule has an outside ceiling (CapBasis) that the caller did not pass."},
	{AllocationNamed, KindAllocation, "A payment (or its part) went to the debt the payer named."},
	{AllocationOldest, KindAllocation, "A payment (or its part) went to the debt whose due day came first."},
	{FinePenalty, KindFine, "The penalty awarded, a part of the consumer fine's base."},
	{FineBase, KindFine, "The refund or price awarded, including sums paid after the suit was filed (Пленум ВС РФ № 17 п. 47)."},
	{FineMoralDamages, KindFine, "Compensation of moral harm awarded."},
	{FineLosses, KindFine, "Losses awarded."},
	{FineOtherAwarded, KindFine, "Any other sum awarded to the consumer."},
	{FineCourtPayout, KindFine, "The insurance payout the court set (ОСАГО fine)."},
	{FinePaidVoluntarily, KindFine, "What the insurer paid voluntarily, subtracted (ОСАГО fine)."},
	{FineAwarded, KindFine, "The sum awarded to the participant of shared construction (ДДУ fine)."},
	{FineMoratoriumDisputed, KindWarning, "The term for voluntary satisfaction ended during the 2022 moratorium: whether the fine is owed is disputed."},
	{FineDDUEffective, KindNote, "The 5 % fine of 214-ФЗ ст. 10 ч. 3 applies since 01.09.2024 (Note.Date)."},
	{WriteOffFull, KindWriteOff, "Penalties of at most 5 % of the price are written off in full (ПП РФ № 783 п. 3)."},
	{WriteOffHalf, KindWriteOff, "Penalties above 5 % and up to 20 % of the price: half is written off if the other half is paid."},
	{WriteOffNone, KindWriteOff, "Penalties above 20 % of the price are not written off under п. 3."},
	{WriteOffNotPerformed, KindWriteOff, "The contract is not performed in full: no write-off (ПП РФ № 783 п. 2)."},
}

// Codes returns every code of the package with its kind and meaning, in a
// stable order: the table the README prints.
func Codes() []CodeDoc { return slices.Clone(codeDocs) }

// Meaning returns the code's one-sentence English meaning, or "" for a
// code the package does not define.
func (c Code) Meaning() string {
	for _, d := range codeDocs {
		if d.Code == c {
			return d.Meaning
		}
	}
	return ""
}
