package penalty

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Base is what a daily rate applies to. Each rule names its base because
// the law does: the price of the goods, the price of the work, the prepaid
// amount, the insurance payout.
type Base uint8

// The bases of the statutory penalties. The zero Base is not valid, so a
// zero Rule cannot be computed by accident.
const (
	// PriceOfGoods: цена товара (ЗоЗПП ст. 23 п. 1). It does not fall with
	// payments.
	PriceOfGoods Base = iota + 1
	// PriceOfWork: цена выполнения работы (оказания услуги), or the total
	// price of the order when the contract sets no separate price (ЗоЗПП
	// ст. 28 п. 5). It does not fall with payments.
	PriceOfWork
	// PrepaidAmount: сумма предварительной оплаты товара (ЗоЗПП ст. 23.1
	// п. 3). Partial refunds lower it from the next day.
	PrepaidAmount
	// InsurancePayout: размер страхового возмещения (ФЗ № 40-ФЗ ст. 12
	// п. 21). Partial payouts lower it from the next day.
	InsurancePayout
	// InsuredSum: страховая сумма по виду причинённого вреда (ФЗ № 40-ФЗ
	// ст. 7), the base of the ОСАГО financial sanction. It does not fall
	// with payments.
	InsuredSum
	// Debt: a sum of money owed (ГК РФ ст. 395, contractual penalties).
	// Payments lower it from the next day.
	Debt
)

// String returns the Russian name of the base as a calculation states it.
func (b Base) String() string {
	switch b {
	case PriceOfGoods:
		return "цена товара"
	case PriceOfWork:
		return "цена работы (услуги)"
	case PrepaidAmount:
		return "сумма предварительной оплаты"
	case InsurancePayout:
		return "размер страхового возмещения"
	case InsuredSum:
		return "страховая сумма"
	case Debt:
		return "сумма долга"
	}
	return "Base(" + fmt.Sprint(uint8(b)) + ")"
}

// ReducedByPayments reports whether payments lower the base from the day
// after each payment: true for a sum owed (prepaid amount, insurance
// payout, debt), false for a price, which the law fixes (ЗоЗПП ст. 23 п. 1
// абз. 2 names the price on a given day, not what is still unpaid).
func (b Base) ReducedByPayments() bool {
	return b == PrepaidAmount || b == InsurancePayout || b == Debt
}

func (b Base) valid() bool { return b >= PriceOfGoods && b <= Debt }

// Rule is a statutory daily penalty: Rate of Base for each day of delay,
// optionally capped at the base. Name, Basis, CapBasis and LimitBasis are
// Russian and end up in the calculation a court reads.
type Rule struct {
	Name      string          // what the penalty is for, in Russian
	Rate      decimal.Decimal // per day, as a fraction: 0.01 = 1 %
	Base      Base            // what the rate applies to
	CapToBase bool            // the total may not exceed the base (ст. 23.1 п. 3, ст. 28 п. 5)
	Basis     string          // the article and clause that set the penalty
	// CapBasis states the rule's own ceiling with its article, or, for a
	// rule without one, why there is none — the calculation's cap line.
	CapBasis string
	// LimitBasis cites the outside ceiling a caller passes as Input.Cap
	// (ФЗ № 40-ФЗ ст. 16.1 п. 6 for ОСАГО); empty when the law sets none.
	LimitBasis string
}

// The statutory rules. Each is a plain value; copy one and change a field
// for a contractual penalty.
// The ceiling of ФЗ № 40-ФЗ ст. 16.1 п. 6 shared by the ОСАГО penalty and
// financial sanction, and what the calculation says when none was given.
const (
	osagoLimit           = "общий размер неустойки и финансовой санкции, подлежащих выплате потерпевшему — физическому лицу, не может превышать страховую сумму по виду причинённого вреда (Федеральный закон № 40-ФЗ, ст. 16.1 п. 6)"
	osagoLimitNotApplied = "ограничение по ст. 16.1 п. 6 Федерального закона № 40-ФЗ (страховая сумма по виду вреда) в расчёте не применялось"
)

var (
	// Goods is the penalty of ЗоЗПП ст. 23 п. 1: 1 % of the price of the
	// goods for each day of delay in meeting a demand under ст. 20 (repair),
	// ст. 21 (replacement), ст. 22 (refund, price reduction, damages) or for
	// a loaner under ст. 20 п. 2, ст. 21 п. 2. The price is the one at the
	// place where the demand had to be met on the day it was met voluntarily,
	// or, if it was not, on the day of the court decision (ст. 23 п. 1
	// абз. 2) — so pass the current price when it has risen. The law sets no
	// cap: the penalty accrues «без ограничения какой-либо суммой» (Пленум ВС
	// РФ от 28.06.2012 № 17, п. 32); only a court may reduce it under ГК РФ
	// ст. 333, on the seller's motion, which a calculation must not
	// anticipate.
	Goods = Rule{
		Name:     "Неустойка за нарушение сроков удовлетворения требований потребителя (ст. 20, 21, 22 Закона РФ «О защите прав потребителей»)",
		Rate:     decimal.New(1, -2),
		Base:     PriceOfGoods,
		Basis:    "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1",
		CapBasis: "размер неустойки суммой не ограничен (п. 32 Постановления Пленума ВС РФ от 28.06.2012 № 17)",
	}

	// Prepayment is the penalty of ЗоЗПП ст. 23.1 п. 3: 0.5 % of the prepaid
	// amount for each day the prepaid goods are not handed over, from the
	// day after the contractual delivery date to the day of transfer or of
	// the refund, capped at the prepaid amount. Partial refunds lower the
	// base; the cap stays the whole prepaid amount. The statute says «до дня
	// передачи»; this package counts the day of transfer (Пленум ВС РФ № 7
	// п. 65). For a court that reads it as exclusive, pass To = the day
	// before the transfer.
	Prepayment = Rule{
		Name:      "Неустойка за нарушение срока передачи предварительно оплаченного товара",
		Rate:      decimal.New(5, -3),
		Base:      PrepaidAmount,
		CapToBase: true,
		Basis:     "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23.1 п. 3",
		CapBasis:  "сумма неустойки не может превышать сумму предварительной оплаты товара (Закон РФ № 2300-1, ст. 23.1 п. 3)",
	}

	// Services is the penalty of ЗоЗПП ст. 28 п. 5: 3 % of the price of the
	// work or service — of the whole order when the contract sets no
	// separate price — for each day of delay, capped at that price. The same
	// penalty applies to the terms of ст. 30 (remedying defects) and ст. 31
	// п. 1–2 (refund, price reduction, redoing the work) by ст. 31 п. 3.
	// Terms set in hours (3 % per hour) are outside this package.
	Services = Rule{
		Name:      "Неустойка за нарушение сроков выполнения работы (оказания услуги)",
		Rate:      decimal.New(3, -2),
		Base:      PriceOfWork,
		CapToBase: true,
		Basis:     "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 28 п. 5 (ст. 30, ст. 31 п. 3)",
		CapBasis:  "сумма неустойки не может превышать цену выполнения работы (оказания услуги) или общую цену заказа (Закон РФ № 2300-1, ст. 28 п. 5)",
	}

	// OSAGO is the penalty of ФЗ от 25.04.2002 № 40-ФЗ ст. 12 п. 21 абз. 2:
	// 1 % of the insurance payout due for each day the payout (or the repair
	// referral) is late, from the day after the 20-day term of ст. 12 п. 21
	// (calendar days not counting the holidays of ТК РФ ст. 112) — the start
	// the Supreme Court set out for the sanction (Пленум ВС РФ от 26.12.2017
	// № 58, п. 77, since replaced by Пленум от 08.11.2022 № 31). Partial
	// payouts lower the base from the next day. For an individual the
	// penalty and the financial sanction together may not exceed the insured
	// sum for the kind of harm (ст. 16.1 п. 6; ст. 7: 400 000 руб. for
	// property, 500 000 руб. for life and health): pass what remains of that
	// limit as Input.Cap.
	OSAGO = Rule{
		Name:       "Неустойка за несоблюдение срока осуществления страховой выплаты (выдачи направления на ремонт) по ОСАГО",
		Rate:       decimal.New(1, -2),
		Base:       InsurancePayout,
		Basis:      "Федеральный закон от 25.04.2002 № 40-ФЗ «Об ОСАГО», ст. 12 п. 21 абз. 2",
		CapBasis:   osagoLimitNotApplied,
		LimitBasis: osagoLimit,
	}

	// OSAGORepair is the penalty of ФЗ № 40-ФЗ ст. 12 п. 21 абз. 2 for a
	// repair not done within the term of ст. 12 п. 15.2 (30 working days):
	// 0.5 % of the insurance payout per day, «но не более суммы такого
	// возмещения».
	OSAGORepair = Rule{
		Name:       "Неустойка за нарушение срока проведения восстановительного ремонта по ОСАГО",
		Rate:       decimal.New(5, -3),
		Base:       InsurancePayout,
		CapToBase:  true,
		Basis:      "Федеральный закон от 25.04.2002 № 40-ФЗ «Об ОСАГО», ст. 12 п. 21 абз. 2 (срок ремонта — ст. 12 п. 15.2)",
		CapBasis:   "не более суммы страхового возмещения (Федеральный закон № 40-ФЗ, ст. 12 п. 21 абз. 2)",
		LimitBasis: osagoLimit,
	}

	// OSAGOSanction is the financial sanction of ФЗ № 40-ФЗ ст. 12 п. 21
	// абз. 3 for not sending a reasoned refusal in time: 0.05 % of the
	// insured sum for the kind of harm (ст. 7) per day, «со дня, следующего
	// за днем, установленным для принятия решения» (Пленум ВС РФ от
	// 26.12.2017 № 58, п. 77; that ruling has since been replaced by Пленум
	// от 08.11.2022 № 31). Its cap is the one of ст. 16.1 п. 6, shared with
	// the OSAGO penalty: pass what remains of it as Input.Cap.
	OSAGOSanction = Rule{
		Name:       "Финансовая санкция за несоблюдение срока направления мотивированного отказа в страховом возмещении по ОСАГО",
		Rate:       decimal.New(5, -4),
		Base:       InsuredSum,
		Basis:      "Федеральный закон от 25.04.2002 № 40-ФЗ «Об ОСАГО», ст. 12 п. 21 абз. 3",
		CapBasis:   osagoLimitNotApplied,
		LimitBasis: osagoLimit,
	}
)

// validate checks a rule built by the caller: a daily rate in (0, 1] with
// at most 10 decimals and a known base.
func (r Rule) validate() error {
	if !r.Base.valid() {
		return fmt.Errorf("penalty: %w: rule %q has base %d: accepted bases are PriceOfGoods … Debt", ErrInvalidInput, r.Name, uint8(r.Base))
	}
	if !decimalSane(r.Rate) || r.Rate.Exponent() < -10 || r.Rate.Sign() <= 0 || r.Rate.GreaterThan(decimal.New(1, 0)) {
		return fmt.Errorf("penalty: %w: rule %q has daily rate %s: accepted is a fraction in (0, 1] with at most 10 decimals (0.01 = 1 %%)", ErrInvalidInput, r.Name, r.Rate.String())
	}
	return nil
}
