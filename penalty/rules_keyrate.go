package penalty

import (
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// The rules at a share of a reference rate, with their wordings over time.
// Each constructor returns a deep copy of one of these templates.

func date(y, m, d int) calendar.Date { return calendar.NewDate(y, timeMonth(m), d) }

func share(num, den int) Tier { return Tier{FromDay: 1, Share: Share{num, den}} }

func tiers(t ...Tier) []Tier { return t }

var (
	annualTier = Tier{FromDay: 1, Share: Share{1, 0}}

	art395Template = Rule{ID: RuleArt395, Base: Debt, Reference: ReferenceArt395, RateOn: RatePerPeriod,
		CapBasis: law.MustRefs("ГК РФ ст. 395"),
		Eras: []Era{
			{From: date(1995, 1, 1), To: date(2015, 5, 31), Tiers: tiers(annualTier),
				Basis: law.MustRefs("ГК РФ ст. 395 п. 1 (первоначальная редакция, в силе с 01.01.1995)")},
			{From: date(2015, 6, 1), To: date(2016, 7, 31), Tiers: tiers(annualTier),
				Basis: law.MustRefs("ГК РФ ст. 395 п. 1 (ред. ФЗ от 08.03.2015 № 42-ФЗ)")},
			{From: date(2016, 8, 1), Tiers: tiers(annualTier),
				Basis: law.MustRefs("ГК РФ ст. 395 п. 1 (ред. ФЗ от 03.07.2016 № 315-ФЗ)")},
		}}

	statutoryInterestTemplate = Rule{ID: RuleStatutoryInterest, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RatePerPeriod,
		Eras: []Era{
			{From: date(2015, 6, 1), To: date(2016, 7, 31), Tiers: tiers(annualTier),
				Basis: law.MustRefs("ГК РФ ст. 317.1 п. 1 (ред. ФЗ от 08.03.2015 № 42-ФЗ)")},
			{From: date(2016, 8, 1), Tiers: tiers(annualTier),
				Basis: law.MustRefs("ГК РФ ст. 317.1 п. 1 (ред. ФЗ от 03.07.2016 № 315-ФЗ)")},
		}}

	wagesTemplate = Rule{ID: RuleWages, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RatePerPeriod,
		Eras: []Era{
			{From: date(2002, 2, 1), To: date(2016, 10, 2), Tiers: tiers(share(1, 300)),
				Basis: law.MustRefs("ТК РФ ст. 236 (ред. ФЗ от 30.06.2006 № 90-ФЗ)")},
			{From: date(2016, 10, 3), Tiers: tiers(share(1, 150)),
				Basis: law.MustRefs("ТК РФ ст. 236 (ред. ФЗ от 03.07.2016 № 272-ФЗ)")},
		}}

	utilitiesTemplate = Rule{ID: RuleUtilities, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RateOnPayment,
		Eras: []Era{{From: date(2016, 1, 1),
			Tiers: []Tier{{FromDay: 1}, {FromDay: 31, Share: Share{1, 300}}, {FromDay: 91, Share: Share{1, 130}}},
			Basis: law.MustRefs("ЖК РФ ст. 155 ч. 14 (ред. ФЗ от 03.11.2015 № 307-ФЗ)")}}}

	capitalRepairTemplate = Rule{ID: RuleCapitalRepair, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RateOnPayment,
		Eras: []Era{{From: date(2016, 1, 1),
			Tiers: []Tier{{FromDay: 1}, {FromDay: 31, Share: Share{1, 300}}},
			Basis: law.MustRefs("ЖК РФ ст. 155 ч. 14.1")}}}

	dduTemplate = Rule{ID: RuleDDU, Base: ContractPrice, Reference: ReferenceRefinancingRate, RateOn: RateOnDayBeforeFrom,
		Basis: law.MustRefs("Федеральный закон от 30.12.2004 № 214-ФЗ, ст. 6 ч. 2; Определение ВС РФ от 27.02.2024 № 127-КГ23-18-К4"),
		Eras:  []Era{{From: date(2005, 4, 1), Tiers: tiers(share(1, 300))}}}

	taxIndividualTemplate = Rule{ID: RuleTaxIndividual, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RatePerPeriod,
		Eras: []Era{{From: date(1999, 1, 1), Tiers: tiers(share(1, 300)), Basis: law.MustRefs("НК РФ ст. 75 п. 4")}}}

	orgTiers2017 = []Tier{{FromDay: 1, Share: Share{1, 300}}, {FromDay: 31, Share: Share{1, 150}}}
	orgTiers2025 = []Tier{{FromDay: 1, Share: Share{1, 300}}, {FromDay: 31, Share: Share{1, 150}}, {FromDay: 91, Share: Share{1, 300}}}
	since2017    = date(2017, 10, 1)

	taxOrganisationTemplate = Rule{ID: RuleTaxOrganisation, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RatePerPeriod,
		Eras: []Era{
			{From: date(1999, 1, 1), Tiers: tiers(share(1, 300)), Basis: law.MustRefs("НК РФ ст. 75 п. 4")},
			{From: since2017, To: date(2022, 3, 8), DueFrom: since2017, Tiers: orgTiers2017,
				Basis: law.MustRefs("НК РФ ст. 75 п. 4 (ред. ФЗ от 30.11.2016 № 401-ФЗ)")},
			{From: date(2022, 3, 9), To: date(2024, 12, 31), Tiers: tiers(share(1, 300)),
				Basis: law.MustRefs("НК РФ ст. 75 п. 5 (ред. ФЗ от 26.03.2022 № 67-ФЗ)")},
			{From: date(2025, 1, 1), To: date(2025, 12, 31), Tiers: orgTiers2025,
				Basis: law.MustRefs("НК РФ ст. 75 п. 5.1 (ред. ФЗ от 29.10.2024 № 362-ФЗ)")},
			{From: date(2026, 1, 1), To: date(2026, 12, 31), Tiers: orgTiers2025,
				Basis: law.MustRefs("НК РФ ст. 75 п. 5.1 (ред. ФЗ от 28.11.2025 № 425-ФЗ)")},
			{From: date(2027, 1, 1), DueFrom: since2017, Tiers: orgTiers2017,
				Basis: law.MustRefs("НК РФ ст. 75 п. 4 (ред. ФЗ от 30.11.2016 № 401-ФЗ)")},
		}}

	procurementSupplierRefs = law.MustRefs("Федеральный закон от 05.04.2013 № 44-ФЗ, ст. 34 ч. 7")

	procurementSupplierTemplate = Rule{ID: RuleProcurementSupplier, Base: UnperformedPrice, Reference: ReferenceRefinancingRate, RateOn: RateOnTo,
		Eras: []Era{{From: date(2014, 1, 1), Tiers: tiers(share(1, 300)), Basis: procurementSupplierRefs}}}

	procurementCustomerTemplate = Rule{ID: RuleProcurementCustomer, Base: Debt, Reference: ReferenceRefinancingRate, RateOn: RateOnTo,
		Eras: []Era{{From: date(2014, 1, 1), Tiers: tiers(share(1, 300)),
			Basis: law.MustRefs("Федеральный закон от 05.04.2013 № 44-ФЗ, ст. 34 ч. 5")}}}

	alimonyTemplate = Rule{ID: RuleAlimony, Base: Debt,
		Eras: []Era{
			{From: date(1996, 3, 1), To: date(2018, 8, 9), Tiers: []Tier{{FromDay: 1, Fixed: decimal.New(5, -3)}},
				Basis: law.MustRefs("СК РФ ст. 115 п. 2 (ред. ФЗ от 30.06.2008 № 106-ФЗ)")},
			{From: date(2018, 8, 10), Tiers: []Tier{{FromDay: 1, Fixed: decimal.New(1, -3)}},
				Basis: law.MustRefs("СК РФ ст. 115 п. 2 (ред. ФЗ от 29.07.2018 № 224-ФЗ)")},
		}}
)

// clone returns a deep copy of a rule template: no slice is shared.
func (r Rule) clone() Rule {
	r.Basis, r.CapBasis, r.LimitBasis = slices.Clone(r.Basis), slices.Clone(r.CapBasis), slices.Clone(r.LimitBasis)
	eras := make([]Era, len(r.Eras))
	for i, e := range r.Eras {
		e.Tiers, e.Basis = slices.Clone(e.Tiers), slices.Clone(e.Basis)
		eras[i] = e
	}
	if r.Eras != nil {
		r.Eras = eras
	}
	special := make([]SpecialPeriod, len(r.Special))
	for i, s := range r.Special {
		s.Basis = slices.Clone(s.Basis)
		special[i] = s
	}
	if r.Special != nil {
		r.Special = special
	}
	return r
}

// Art395 is interest for the use of another's money under ГК РФ ст. 395
// п. 1 on the debt (Input.Base) from the first day of delay through the day
// of payment, both included (ст. 395 п. 3; Пленум ВС РФ № 7 п. 65). Each
// row is debt × annual rate × days / days in the year — 365, or 366 in a
// leap year; rows split at every rate change, on 1 January and after every
// payment. The rate is that of each day's wording of п. 1:
//
//	to 31.05.2015           refinancing rate (учётная ставка); one rate for the whole delay
//	01.06.2015–31.07.2016   average deposit rates of the creditor's federal district (ФЗ № 42-ФЗ)
//	from 01.08.2016         key rate of the Bank of Russia (ФЗ № 315-ФЗ)
//
// from the table of [Art395Rates] (Input.District picks the 2015–16 table,
// Input.Rates replaces it). The old wording took one rate — on the day of
// payment or, in court, of filing or of the decision (Пленум ВС № 13 / ВАС
// № 14 of 08.10.1998 п. 3): a delay before 14.09.2012, when the rate last
// changed in that wording, is priced only with Input.RateDate, from the
// refinancing rate since 1992 ([RefinancingRateSeries]); Input.DayCount
// Days360 counts a 360-day year of 30-day months as that Plenum's п. 2 did.
// The total is not capped.
func Art395() Rule { return art395Template.clone() }

// StatutoryInterest is the statutory interest of ГК РФ ст. 317.1 on the
// ст. 395 engine: where a law or the contract provides for interest for
// the use of money, the key rate of the Bank of Russia in force in each
// period (ред. ФЗ от 03.07.2016 № 315-ФЗ, from 01.08.2016) — before that,
// from 01.06.2015, the refinancing rate, and then only between commercial
// organisations (ред. ФЗ № 42-ФЗ; that wording was not read verbatim).
// Days before 01.06.2015 are ErrOutOfRange: the article did not exist.
func StatutoryInterest() Rule { return statutoryInterestTemplate.clone() }

// Wages is the compensation of ТК РФ ст. 236 for late wages, holiday pay,
// severance and other sums due to an employee: at least 1/150 of the key
// rate «действующей в это время» for each day from the day after the
// payday through the day of payment inclusive (ред. ФЗ от 03.07.2016
// № 272-ФЗ, in force 03.10.2016); 1/300 of the refinancing rate for days
// of delay up to 02.10.2016. Since ФЗ от 30.01.2024 № 3-ФЗ it also runs on
// sums not accrued when a court recognised the right to them. The payday
// itself moves back, not forward, when it falls on a day off (ТК РФ
// ст. 136 ч. 8): compute it with the deadline package's backward shift.
// The rate is the minimum; a contract may set more (a custom Rule).
func Wages() Rule { return wagesTemplate.clone() }

// Utilities is the penalty of ЖК РФ ст. 155 ч. 14 for late or partial
// payment for housing and utilities: nothing for days of delay 1–30, 1/300
// of the refinancing (key) rate for days 31–90, 1/130 from day 91, «от не
// выплаченной в срок суммы», at the rate «действующей на день фактической
// оплаты» — each part of the debt at the rate of the day it was paid,
// what is unpaid at the rate of Input.To; a court takes the day of its
// decision (Обзор ВС РФ № 3 (2016), вопрос 3): pass it as Input.RateDate.
// Day 1 is Input.From, the day after the due day (the 10th of the next
// month, the 15th for bills from March 2026). The special periods of the
// data apply: no penalty 06.04.2020–31.12.2020 (ПП № 424); the key rate of
// 27.02.2022 (9.5 %) until 31.07.2022 and the lower of it and the rate of
// the day from 01.08.2022 through 31.12.2026 (ПП № 474 and its
// extensions). A schedule of monthly bills goes in Input.Debts. Days of
// delay before 01.01.2016, under the earlier wording, are ErrOutOfRange.
func Utilities() Rule {
	r := utilitiesTemplate.clone()
	r.Special = specialFor(familyHousing)
	return r
}

// CapitalRepair is the penalty of ЖК РФ ст. 155 ч. 14.1 for late
// contributions for capital repair: nothing for days of delay 1–30, then
// 1/300 of the refinancing (key) rate on the day of payment, with no 1/130
// step — the statute has none. The special periods of [Utilities] apply.
// The date from which the 30-day grace applies was not verified; days
// before 01.01.2016 are ErrOutOfRange.
func CapitalRepair() Rule {
	r := capitalRepairTemplate.clone()
	r.Special = specialFor(familyCapitalRepair)
	return r
}

// DDU is the penalty of 214-ФЗ ст. 6 ч. 2 owed by a developer who is late
// in transferring the object of shared construction to a participant that
// is not a citizen: 1/300 of the refinancing (key) rate of the price of the
// contract for each day of delay, the rate being the one in force on the
// last day of the contractual term — the day before Input.From — for the
// whole delay (Определение ВС РФ от 27.02.2024 № 127-КГ23-18-К4), unless
// Input.RateDate names another day. The special periods of the data apply:
// no penalty 03.04.2020–31.12.2020 (ПП № 423), 29.03.2022–30.06.2023 (ПП
// № 479) and 22.03.2024–31.12.2025 (ПП № 326); the rate capped at 9.5 %
// from 25.02.2022 (ПП № 479) and at 7.5 % from 01.07.2023 through
// 31.12.2025 (ПП № 326). Some claims leave the day of transfer out: set
// Input.EndExclusive.
func DDU() Rule {
	r := dduTemplate.clone()
	r.Special = specialFor(familyDDU)
	return r
}

// DDUCitizen is [DDU] for a participant who is a citizen: «в двойном
// размере», 2 × 1/300 (214-ФЗ ст. 6 ч. 2).
func DDUCitizen() Rule {
	r := DDU()
	r.ID, r.Multiplier = RuleDDUCitizen, 2
	return r
}

// TaxIndividual is the penalty of НК РФ ст. 75 on late tax of an
// individual or a sole proprietor: 1/300 of the refinancing (key) rate
// «действующей в это время» for each calendar day of delay. Since 2023 it
// accrues on the negative balance of the single tax account: pass that
// balance's history as a schedule.
func TaxIndividual() Rule { return taxIndividualTemplate.clone() }

// TaxOrganisation is the penalty of НК РФ ст. 75 on late tax of an
// organisation, by era of the day of delay: 1/300 of the rate; from
// 01.10.2017, for arrears arising from that day, 1/300 for days of delay
// 1–30 and 1/150 from day 31 (ФЗ от 30.11.2016 № 401-ФЗ); 1/300 flat from
// 09.03.2022 through 31.12.2024 (ФЗ от 26.03.2022 № 67-ФЗ and its
// extension); in 2025 and 2026 1/300 for days 1–30, 1/150 for 31–90 and
// 1/300 from day 91 (п. 5.1, ФЗ № 362-ФЗ and № 425-ФЗ); from 2027 the 401-ФЗ
// tiers again. The rate is the one in force on each day.
func TaxOrganisation() Rule { return taxOrganisationTemplate.clone() }

// ProcurementSupplier is the penalty of 44-ФЗ ст. 34 ч. 7 owed by a
// supplier (contractor) for each day of delay: 1/300 of the key rate «на
// дату уплаты пени» — Input.To, or Input.RateDate — of the contract price
// (Input.Base) less the value of what was performed (Input.Performed).
// See [ProcurementWriteOff] for the write-off of ПП РФ № 783.
func ProcurementSupplier() Rule { return procurementSupplierTemplate.clone() }

// ProcurementCustomer is the penalty of 44-ФЗ ст. 34 ч. 5 owed by a
// customer who pays late: 1/300 of the key rate on the day the penalty is
// paid (Input.To, or Input.RateDate) of the sum not paid in time; partial
// payments lower it from the next day.
func ProcurementCustomer() Rule { return procurementCustomerTemplate.clone() }

// Alimony is the penalty of СК РФ ст. 115 п. 2 on alimony owed under a
// court decision and unpaid through the payer's fault: 0.1 % of the unpaid
// alimony for each day of delay (ред. ФЗ от 29.07.2018 № 224-ФЗ, in force
// 10.08.2018); 0.5 % for days of delay before then. Each month's alimony
// is a debt of its own: pass them as Input.Debts. A court may reduce the
// penalty given the payer's situation.
func Alimony() Rule { return alimonyTemplate.clone() }

// ruleFuncs lists the statutory rules in their stable order.
var ruleFuncs = []func() Rule{Goods, Prepayment, Services, OSAGO, OSAGORepair, OSAGOSanction,
	Art395, StatutoryInterest, Wages, Utilities, CapitalRepair, DDU, DDUCitizen,
	TaxIndividual, TaxOrganisation, ProcurementSupplier, ProcurementCustomer, Alimony}

// ruleByID maps each ID to its function, built once.
var ruleByID = func() map[RuleID]func() Rule {
	m := make(map[RuleID]func() Rule, len(ruleFuncs))
	for _, f := range ruleFuncs {
		m[f().ID] = f
	}
	return m
}()

// Rules returns every statutory rule of the package, in a stable order.
func Rules() []Rule {
	rules := make([]Rule, len(ruleFuncs))
	for i, f := range ruleFuncs {
		rules[i] = f()
	}
	return rules
}

// RuleByID returns a fresh copy of the statutory rule with the given ID,
// copying only that rule.
func RuleByID(id RuleID) (Rule, bool) {
	if f, ok := ruleByID[id]; ok {
		return f(), true
	}
	return Rule{}, false
}

func timeMonth(m int) time.Month { return time.Month(m) }
