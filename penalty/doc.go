// Package penalty prices the delay of a consumer claim under Russian law:
// the daily penalties of the Consumer Protection Law (Закон РФ от
// 07.02.1992 № 2300-1, ЗоЗПП) and of ОСАГО (ФЗ от 25.04.2002 № 40-ФЗ),
// interest under ГК РФ ст. 395, the consumer fine of ЗоЗПП ст. 13 п. 6, and
// the 2022 moratorium. Every result is a Calculation: rows a court can
// recompute, the total, the cap, and the articles behind each figure.
//
// # Rules
//
// A Rule is a daily rate of a base, with its citation:
//
//	Goods          ЗоЗПП ст. 23 п. 1      1 %  of the price of the goods     no cap
//	Prepayment     ЗоЗПП ст. 23.1 п. 3    0.5 % of the prepaid amount        capped at it
//	Services       ЗоЗПП ст. 28 п. 5      3 %  of the price of the work      capped at it
//	OSAGO          40-ФЗ ст. 12 п. 21     1 %  of the insurance payout       Input.Cap (ст. 16.1 п. 6)
//	OSAGORepair    40-ФЗ ст. 12 п. 21     0.5 % of the insurance payout      capped at it
//	OSAGOSanction  40-ФЗ ст. 12 п. 21     0.05 % of the insured sum          Input.Cap (ст. 16.1 п. 6)
//
// Rule.Compute prices an Input: the base, the first day of delay and the
// day of performance, payments, excluded periods, an extra cap and the
// rounding. A contractual penalty is a Rule value built by the caller.
//
// # Conventions
//
// Days. Both ends are included. Input.From is the first day of delay — the
// day after the last day of the term, moved off a non-working day (ГК РФ
// ст. 191, 193; deadline.Result.OverdueFrom); Input.To is the day of actual
// performance, which is inside the period: «день фактического исполнения
// нарушенного обязательства, в частности день уплаты задолженности
// кредитору, включается в период расчета неустойки» (Постановление Пленума
// ВС РФ от 24.03.2016 № 7, п. 65). For ЗоЗПП ст. 23.1 this reads «до дня
// передачи» as inclusive, the same Plenum rule.
//
// Payments. A payment lowers a debt-type base (PrepaidAmount,
// InsurancePayout, Debt) from the day after it: the day of payment is still
// charged on the old amount, a consequence of п. 65 and what the reference
// ст. 395 calculator (395gk.ru) does. Prices (PriceOfGoods, PriceOfWork)
// and the insured sum do not fall with payments, so payments with them
// are an error rather than silently ignored.
//
// Rounding. Money is rounded to kopecks, half away from zero
// (decimal.Round(2)), once per row; the total is the sum of the rows, and
// only then is the cap applied. The law does not regulate rounding; per-row
// rounding is what 395gk.ru does. Input.Rounding (WithRounding for
// Interest395) = RoundDailyAmount selects the other convention found in
// claims and decisions — the daily amount rounded to kopecks, then
// multiplied by the days («по 229,99 руб. в день») — which can differ by
// kopecks. Every row's Formula states which was used. Division is done once
// per row with decimal.DivRound, so no package-level setting of decimal
// (DivisionPrecision, MarshalJSONWithoutQuotes) can change a figure.
//
// Exclusions. Input.Exclude (Excluding for Interest395) lists periods in
// which nothing accrues, each shown as its own row with its act in the
// note; Calculation.Days counts only the days that accrued, ExcludedDays
// the others. Moratorium2022 is ready to pass; whether it applies (the
// claim arose before 01.04.2022, the debtor is covered) is the caller's
// decision (Пленум ВС РФ от 24.12.2020 № 44, п. 7).
//
// Caps. A rule with CapToBase caps the total at the base (ЗоЗПП ст. 23.1
// п. 3, ст. 28 п. 5); Input.Cap adds a ceiling such as the ОСАГО limit of
// ст. 16.1 п. 6, less what was already paid. Uncapped keeps the sum of the
// rows, Total the amount due, Capped says whether the ceiling bit. Goods
// has no cap (Пленум ВС РФ от 28.06.2012 № 17, п. 32); a court may reduce
// a penalty under ГК РФ ст. 333, which a calculation never anticipates.
//
// # Interest under ГК РФ ст. 395
//
// Interest395 splits the period at every rate change, at every payment and
// on 1 January, and divides each row's annual rate by the actual number of
// days in its year, 365 or 366 — settled practice since Пленум ВС РФ № 7
// of 24.03.2016 replaced the 1998 ruling that counted a year as 360 days;
// no paragraph states 365/366 itself. The rate depends on the era of each
// day:
//
//	up to 31.05.2015        refinancing rate (учётная ставка): 8.25 % since 14.09.2012
//	01.06.2015–31.07.2016   average deposit rates of the creditor's federal district (ФЗ № 42-ФЗ)
//	from 01.08.2016         key rate of the Bank of Russia (ФЗ № 315-ФЗ)
//
// KeyRates returns that history for the Central district, the default;
// KeyRatesFor for any District. Only districts whose deposit table has been
// verified are embedded (DepositRateDistricts): for the others the
// 2015–16 days are ErrOutOfRange, never another district's rates. Days
// after Rates.KnownThrough — the end of the verified key-rate history — are
// ErrOutOfRange too, until the caller adds the newer decisions with
// LoadRates and Rates.With. KeyRateHistory is the bare key-rate series.
//
// # Data
//
// The rate history is embedded from data/key-rate.csv,
// data/refinancing-rate.csv and data/deposit-rate.csv, in the format
// LoadRates reads, each row with its source. They are parsed and checked
// once, on first use. Adding a verified district's 2015–16 table is a
// matter of appending its rows to data/deposit-rate.csv.
//
// # Output
//
// Calculation.String is a Russian table for a claim or a lawsuit (период,
// дней, база, ставка, формула, сумма), then the total, the cap line, the
// basis and the method. MarshalJSON writes money as decimal strings
// ("8398.60") and dates as "YYYY-MM-DD". FormatRub writes money the Russian
// way ("59 990,00 руб."). CourtFine computes the 50 % fine of ЗоЗПП
// ст. 13 п. 6.
//
// # Errors
//
// Bad input is never a panic: it is an error wrapping ErrInvalidInput (or
// its kinds ErrInvalidPeriod and ErrInvalidRates) that says what was given
// and what is accepted; a day with no verified rate is ErrOutOfRange. Use
// errors.Is.
//
// # Concurrency
//
// Rules, Inputs, Calculations and Rates are plain values; nothing in the
// package changes after it is built, and every function is safe for
// concurrent use. KeyRates and its kin return copies.
package penalty
