// Package penalty prices a delay under Russian law: the daily penalties of
// the Consumer Protection Law (Закон РФ от 07.02.1992 № 2300-1, ЗоЗПП) and
// of ОСАГО (ФЗ от 25.04.2002 № 40-ФЗ); the sanctions at a share of the key
// rate — wages (ТК РФ ст. 236), housing and utilities (ЖК РФ ст. 155
// ч. 14, 14.1), shared construction (214-ФЗ ст. 6 ч. 2), taxes (НК РФ
// ст. 75), public procurement (44-ФЗ ст. 34), alimony (СК РФ ст. 115);
// interest under ГК РФ ст. 395 and 317.1; the fines of ЗоЗПП ст. 13 п. 6,
// 40-ФЗ ст. 16.1 п. 3 and 214-ФЗ ст. 10 ч. 3. Every result is data a court
// can recompute — rows, totals, the cap, the articles — rendered as text
// in Russian or English on demand.
//
// # One shape
//
// Every sanction is a [Rule] priced over one [Input]:
//
//	calc, err := penalty.Goods().Compute(penalty.Input{
//		Base: decimal.RequireFromString("59990.00"),
//		From: calendar.NewDate(2025, 3, 17), // the first day of delay
//		To:   calendar.NewDate(2025, 3, 30), // the day of performance
//	})
//	fmt.Print(calc.Text(law.Russian)) // or law.English; calc.AppendJSON(b, lang)
//
// From is the first day of delay — the day after the due day,
// deadline.Result.OverdueFrom() — and To the day of performance or the
// calculation date; both are counted (Пленум ВС РФ от 24.03.2016 № 7,
// п. 65). Input.EndExclusive leaves To out, as some ДДУ claims do.
//
// The statutory rules are functions returning fresh values; [Rules] lists
// them and [RuleByID] finds one:
//
//	Goods               ЗоЗПП ст. 23 п. 1            1 % of the price of the goods            no cap
//	Prepayment          ЗоЗПП ст. 23.1 п. 3          0.5 % of the prepaid amount              capped at it
//	Services            ЗоЗПП ст. 28 п. 5            3 % of the price of the work             capped at it
//	OSAGO               40-ФЗ ст. 12 п. 21 абз. 2    1 % of the insurance payout              Input.Cap (ст. 16.1 п. 6)
//	OSAGORepair         40-ФЗ ст. 12 п. 21, 15.2     0.5 % of the repair cost                 capped at it
//	OSAGOSanction       40-ФЗ ст. 12 п. 21 абз. 3    0.05 % of the insured sum                Input.Cap (ст. 16.1 п. 6)
//	Art395              ГК РФ ст. 395 п. 1           refinancing / deposit / key rate, per year
//	StatutoryInterest   ГК РФ ст. 317.1              key (refinancing) rate, per year
//	Wages               ТК РФ ст. 236                1/150 of the key rate (1/300 before 03.10.2016), per period
//	Utilities           ЖК РФ ст. 155 ч. 14          days 1–30 none, 31–90 1/300, from 91 1/130; rate on the day of payment
//	CapitalRepair       ЖК РФ ст. 155 ч. 14.1        days 1–30 none, then 1/300; rate on the day of payment
//	DDU, DDUCitizen     214-ФЗ ст. 6 ч. 2            1/300 (×2 for a citizen) of the rate on the last day of the term
//	TaxIndividual       НК РФ ст. 75                 1/300, per period
//	TaxOrganisation     НК РФ ст. 75                 1/300 and 1/150 tiers by era, per period
//	ProcurementSupplier 44-ФЗ ст. 34 ч. 7            1/300 of the rate on the day the penalty is paid, of the unperformed price
//	ProcurementCustomer 44-ФЗ ст. 34 ч. 5            1/300 of the rate on the day the penalty is paid
//	Alimony             СК РФ ст. 115 п. 2           0.1 % (0.5 % before 10.08.2018)
//
// A contractual penalty is a Rule the caller builds: a fixed Rate
// ("0.001"), or a [Share] of a [Reference] rate (1/300 of the key rate).
//
// # The engine
//
// A rule's rate is either a fixed daily fraction — its Rate — or, for the
// key-rate family, a list of [Era] values: the wordings of the law by day
// of delay (From–To), each with [Tier] values by day of delay (FromDay 1 is
// Input.From): a Share of the annual reference rate per day (1/300), an
// annual rate divided by the days of the year (ст. 395), a fixed daily
// fraction, or nothing (a grace period). An era with DueFrom covers only
// debts whose delay began on or after that day (the tiers of 401-ФЗ). For
// a day the last era of the list that covers it applies. Multiplier doubles
// the rate for a citizen under 214-ФЗ.
//
// Which day's rate applies is the rule's [RateOn]: RatePerPeriod (the rate
// of each day; rows split where it changes), RateOnDayBeforeFrom (one rate,
// of the last day of the term), RateOnPayment (each part of the debt at the
// rate of the day it was paid, the unpaid part at the rate of To) or
// RateOnTo (the day the penalty is paid); Input.RateDate names another day
// (a court's decision day). The reference tables are dated data with a
// source per row: [KeyRateSeries], [RefinancingRateSeries] (equal to the
// key rate from 01.01.2016), [Art395Rates] (refinancing, 2015–16 district
// deposit and key rate, by era of ст. 395 п. 1). Input.Rates replaces a
// table for one calculation; [LoadRates] and [Rates.With] add newer
// decisions.
//
// A rule's Special periods — moratoria (ПП РФ № 423, 424, 479, 326) and
// rate caps or fixed rates (ПП № 479: 9.5 %; № 326: 7.5 %; № 474: the key
// rate of 27.02.2022, then the lower of it and the rate of the day) — come
// from data/special-periods.csv, each row with its act, dates and the
// confidence of its research, and apply by day of delay; [SpecialPeriods]
// lists them. The general moratorium of 2022 ([Moratorium2022]) depends on
// the debtor and the claim, so it is the caller's exclusion (Input.Exclude).
//
// Each calculation is split into rows wherever a fact changes — a payment
// (the base falls from the next day), an exclusion or moratorium (its own
// row, nothing accrues), the wording or tier, the reference rate, a cap, the
// year of an annual rate, the end of the known rates — so every row has one
// base and one rate and is priced once: base × rate × share × days, rounded
// to kopecks half away from zero (Input.Rounding: RoundDailyAmount rounds
// the daily amount first). The integer fast path of that pricing lives in
// one function, property-tested against decimal. A row's Reason says why it
// starts; its facts say what changed.
//
// # Schedules
//
// Input.Debts makes one calculation of many debts — monthly bills, wage
// instalments, alimony months, a debt that grew — each accruing from the
// day after its due day through To, or the day it is paid in full.
// Payments go to the debt the payer named (Payment.For), otherwise to the
// one due first (ГК РФ ст. 319.1 п. 3; for housing, Пленум ВС РФ № 22
// п. 32); Calculation.Allocations records how. [LoadSchedule] reads a
// schedule from CSV.
//
// # Conventions
//
// Money is a decimal.Decimal in rubles with kopecks, at most [MaxAmount];
// every amount a caller gives is checked ([CheckAmount]) before anything
// formats, rounds or multiplies it, so no input makes a call slow.
// [ParseAmount] reads what people type ("59 990,00 ₽"). Rates are decimal
// fractions (0.155); percents in rate tables are per year (15.5). Division
// is done once per row with decimal.DivRound, so no package-level setting of
// decimal changes a figure. Past [Rates.KnownThrough] a calculation fails
// with [ErrOutOfRange] on the field "to", unless Input.AssumeLastRate: then
// the rows after it are Assumed and the calculation carries the
// rates_assumed warning; Calculation.RatesKnownThrough always says how fresh
// the rates were. For ГК РФ ст. 395 before 01.06.2015 Input.DayCount Days360
// and Input.RateDate reproduce the conventions of Пленум ВС № 13 / ВАС № 14
// of 08.10.1998 (a 360-day year, one rate for the whole delay).
//
// # Explanations are data
//
// A [Calculation] stores codes and facts, never Russian text: a row's
// Reason, the calculation's Method (derived), Notes and CapCode are
// [Code] values, and citations are law.Ref values (calendar/law). Text is
// rendered on demand — [Calculation.Text], [Row.Formula],
// [Calculation.RowNote] — in Russian, the wording lawyers paste into claims,
// or in English; [Calculation.AppendJSON] writes codes, data and text in the
// language asked for, and [Calculation.UnmarshalJSON] reads it back into an
// equal value. The codes:
//
//	row.start                  the first day of delay
//	row.payment                a payment lowered the base (Row.PaidOn, Row.Paid)
//	row.rate_change            the reference rate changed (Row.RatePeriod)
//	row.new_year               1 January: an annual rate takes the new year's days
//	row.excluded               a period the caller excluded (Row.Exclusion)
//	row.moratorium             a statutory moratorium of the rule (Row.Special)
//	row.grace                  days of delay before the first accruing tier
//	row.resumed                accrual resumes after excluded days
//	row.tier                   a new tier by day of delay (Row.DelayDay, Row.Share)
//	row.era                    another wording of the rule
//	row.rate_cap               a statutory rate cap or fixed rate starts (Row.Special)
//	row.rate_cap_end           it ended
//	row.assumed                the first day after the known rates
//	row.part                   another part of the same days' debt, at the rate of its payment day
//	method.days_inclusive      both ends counted (Пленум ВС № 7 п. 65)
//	method.end_exclusive       the day of performance not counted
//	method.payments            a payment lowers the base from the next day
//	method.year_days           an annual rate over 365/366 days, rows split on 1 January
//	method.days_360            a 360-day year of 30-day months
//	method.rate_per_period     the rate of each period
//	method.rate_on_day         one rate, of one day (Calculation.RateDate or each row's RateDate)
//	method.rate_on_payment     the rate of the day each part was paid
//	method.round_each_row      each row rounded once
//	method.round_daily_amount  the daily amount rounded, times the days
//	method.allocation          payments to the named debt, else the oldest
//	rates_assumed              warning: days after the known rates at the last known rate (Note.Date)
//	base.less_performed        the base is the price (Note.Of) less the part performed (Note.Amount)
//	cap.to_base                the rule's own ceiling, the base
//	cap.limit                  the caller's ceiling (Input.Cap)
//	cap.unlimited              the law sets no ceiling (CapBasis)
//	cap.limit_not_applied      an outside ceiling the caller did not pass (CapBasis)
//	allocation.named           a payment to the debt the payer named
//	allocation.oldest          a payment to the debt due first
//	fine.penalty … fine.awarded  the parts of a fine (FinePart.Code)
//	fine_moratorium_disputed   warning: the voluntary term ended in the 2022 moratorium
//	fine.ddu_effective         the 5 % ДДУ fine applies since 01.09.2024
//	writeoff.full/half/none/not_performed  the write-off of ПП РФ № 783
//
// [Codes] returns the same table with each code's meaning, for a README or
// a service's documentation.
//
// # Fines
//
// [ConsumerFine] computes the fine of ЗоЗПП ст. 13 п. 6 from its parts
// (penalty, refund, moral damages, losses, other sums); [CourtFine] is its
// one-sum form. [OSAGOFine] is 40-ФЗ ст. 16.1 п. 3, [DDUFine] 214-ФЗ
// ст. 10 ч. 3. [ProcurementWriteOff] applies the write-off of ПП РФ № 783
// to procurement penalties.
//
// # Errors
//
// Bad input is never a panic: it is an [*InputError] naming the field as
// the JSON form of Input spells it ("base", "payments[2].amount",
// "debts[3].due", "to"), saying what is accepted, and wrapping
// [ErrInvalidInput] (or its kinds [ErrInvalidPeriod], [ErrInvalidRates]) or
// [ErrOutOfRange]. Use errors.Is and errors.As.
//
// # Data and concurrency
//
// The rate histories (data/key-rate.csv, data/refinancing-rate.csv,
// data/deposit-rate.csv) and the special periods (data/special-periods.csv)
// are embedded, parsed and checked once, each row with its source. Nothing
// in the package changes after it is built; every function returning data
// returns a copy; every function is safe for concurrent use.
package penalty
