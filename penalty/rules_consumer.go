package penalty

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar/law"
)

// Citations of the consumer and ОСАГО rules, parsed once from the Russian
// form a lawyer writes. Unexported: every rule gets its own copy.
var (
	goodsRefs       = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 23 п. 1")
	prepaymentRefs  = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 23.1 п. 3")
	servicesRefs    = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 28 п. 5, ст. 30, ст. 31 п. 3")
	servicesCapRefs = law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 28 п. 5")
	noCapRefs       = law.MustRefs("Постановление Пленума ВС РФ от 28.06.2012 № 17, п. 32")
	osagoRefs       = law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 12 п. 21 абз. 2; Постановление Пленума ВС РФ от 26.12.2017 № 58, п. 78; Постановление Пленума ВС РФ от 08.11.2022 № 31")
	osagoRepairRefs = law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 12 п. 21 абз. 2, ст. 12 п. 15.2 абз. 2")
	osagoRepairCap  = law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 12 п. 21 абз. 2")
	osagoSanction   = law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 12 п. 21 абз. 3; Постановление Пленума ВС РФ от 26.12.2017 № 58, п. 77; Постановление Пленума ВС РФ от 08.11.2022 № 31")
	// osagoLimitRefs: the ceiling of ст. 16.1 п. 6, the lower limit of
	// ст. 11.1 п. 4 for an accident documented without the police, and the
	// release of ст. 16.1 п. 5.
	osagoLimitRefs = law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 16.1 п. 6, ст. 11.1 п. 4, ст. 16.1 п. 5")

	percent1    = decimal.New(1, -2)
	percent05   = decimal.New(5, -3)
	percent3    = decimal.New(3, -2)
	percent0_05 = decimal.New(5, -4)
)

// Goods is the penalty of ЗоЗПП ст. 23 п. 1: 1 % of the price of the goods
// for each day of delay in meeting a demand under ст. 20 (repair), ст. 21
// (replacement), ст. 22 (refund, price reduction, damages) or for a loaner
// under ст. 20 п. 2, ст. 21 п. 2. The price is the one at the place where
// the demand had to be met on the day it was met voluntarily, or, if it
// was not, on the day of the court decision (ст. 23 п. 1 абз. 2) — so pass
// the current price when it has risen. The law sets no cap: the penalty
// accrues «без ограничения какой-либо суммой» (Пленум ВС РФ от 28.06.2012
// № 17, п. 32); only a court may reduce it under ГК РФ ст. 333, on the
// seller's motion, which a calculation must not anticipate.
func Goods() Rule {
	return Rule{ID: RuleGoods, Rate: percent1, Base: PriceOfGoods,
		Basis: slices.Clone(goodsRefs), CapBasis: slices.Clone(noCapRefs)}
}

// Prepayment is the penalty of ЗоЗПП ст. 23.1 п. 3: 0.5 % of the prepaid
// amount for each day the prepaid goods are not handed over, from the day
// after the contractual delivery date to the day of transfer or of the
// refund, capped at the prepaid amount. Partial refunds lower the base;
// the cap stays the whole prepaid amount. The statute says «до дня
// передачи»; this package counts the day of transfer (Пленум ВС РФ № 7
// п. 65); for a court that reads it as exclusive, set Input.EndExclusive.
func Prepayment() Rule {
	return Rule{ID: RulePrepayment, Rate: percent05, Base: PrepaidAmount, CapToBase: true,
		Basis: slices.Clone(prepaymentRefs), CapBasis: slices.Clone(prepaymentRefs)}
}

// Services is the penalty of ЗоЗПП ст. 28 п. 5: 3 % of the price of the
// work or service — of the whole order when the contract sets no separate
// price — for each day of delay, capped at that price. The same penalty
// applies to the terms of ст. 30 (remedying defects) and ст. 31 п. 1–2
// (refund, price reduction, redoing the work) by ст. 31 п. 3. Terms set in
// hours (3 % per hour) are outside this package.
func Services() Rule {
	return Rule{ID: RuleServices, Rate: percent3, Base: PriceOfWork, CapToBase: true,
		Basis: slices.Clone(servicesRefs), CapBasis: slices.Clone(servicesCapRefs)}
}

// OSAGO is the penalty of ФЗ от 25.04.2002 № 40-ФЗ ст. 12 п. 21 абз. 2: 1 %
// of the insurance payout due for each day the payout (or the repair
// referral) is late, from the day after the 20-day term of ст. 12 п. 21
// абз. 1 (calendar days not counting the holidays of ТК РФ ст. 112)
// through the day of performance — «с 21-го дня … до дня фактического
// исполнения … включительно» (Пленум ВС РФ от 26.12.2017 № 58, п. 78,
// since replaced by Пленум ВС РФ от 08.11.2022 № 31, which restates it;
// the paragraph number in № 31 was not verified, so both are cited). The
// financial ombudsman's practice moves the term's last day off a
// non-working day under ГК РФ ст. 193, as deadline.Compute does by
// default. Partial payouts lower the base from
// the next day. For an individual the penalty and the financial sanction
// together may not exceed the insured sum for the kind of harm (ст. 16.1
// п. 6; ст. 7: 400 000 руб. for property, 500 000 руб. for life and
// health) — the ombudsman applies the lower limit of ст. 11.1 п. 4 when
// the accident was documented without the police — and the insurer is
// released when it performed in the order and terms of the law (ст. 16.1
// п. 5): pass what remains of the applicable limit as Input.Cap.
func OSAGO() Rule {
	return Rule{ID: RuleOSAGO, Rate: percent1, Base: InsurancePayout,
		Basis: slices.Clone(osagoRefs), LimitBasis: slices.Clone(osagoLimitRefs)}
}

// OSAGORepair is the penalty of 40-ФЗ ст. 12 п. 21 абз. 2 for a repair not
// done within the term of ст. 12 п. 15.2 (at most 30 working days from the
// delivery of the vehicle, or a longer term agreed): 0.5 % of the insurance
// payout in kind — the cost of the repair — per day, «но не более суммы
// такого возмещения». The term is cited as п. 15.2 абз. 2, as the
// statute's own cross-reference in п. 21 абз. 2 reads («установленного
// абзацем вторым пункта 15.2»); the audit of 2026-11 proposed абз. 1, which
// the research for issue 10 withdrew. The repair is done, not paid, so
// payments do not lower the base (RepairCost). The ОСАГО limit of [OSAGO]
// applies as Input.Cap.
func OSAGORepair() Rule {
	return Rule{ID: RuleOSAGORepair, Rate: percent05, Base: RepairCost, CapToBase: true,
		Basis: slices.Clone(osagoRepairRefs), CapBasis: slices.Clone(osagoRepairCap), LimitBasis: slices.Clone(osagoLimitRefs)}
}

// OSAGOSanction is the financial sanction of 40-ФЗ ст. 12 п. 21 абз. 3 for
// not sending a reasoned refusal in time: 0.05 % of the insured sum for the
// kind of harm (ст. 7) per day, «со дня, следующего за днем, установленным
// для принятия решения» (Пленум ВС РФ от 26.12.2017 № 58, п. 77, restated
// in Пленум № 31), until the refusal is sent or the court awards the
// payout. For an accident documented without the police the base is the
// limit of ст. 11.1 п. 4, not 400 000 руб. (the same п. 77): pass that
// limit as Input.Base. Its cap is the one of ст. 16.1 п. 6, shared with
// the OSAGO penalty: pass what remains of it as Input.Cap.
func OSAGOSanction() Rule {
	return Rule{ID: RuleOSAGOSanction, Rate: percent0_05, Base: InsuredSum,
		Basis: slices.Clone(osagoSanction), LimitBasis: slices.Clone(osagoLimitRefs)}
}
