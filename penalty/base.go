package penalty

import (
	"fmt"

	"github.com/zozpp/zozpp/calendar/law"
)

// Base is what a daily rate applies to. Each rule names its base because
// the law does: the price of the goods, the price of the work, the prepaid
// amount, the insurance payout, the debt.
type Base uint8

// The bases of the statutory penalties. The zero Base is not valid, so a
// zero [Rule] cannot be computed by accident.
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
	// InsurancePayout: размер страхового возмещения (40-ФЗ ст. 12 п. 21).
	// Partial payouts lower it from the next day.
	InsurancePayout
	// InsuredSum: страховая сумма по виду причинённого вреда (40-ФЗ ст. 7),
	// the base of the ОСАГО financial sanction. It does not fall with
	// payments.
	InsuredSum
	// Debt: a sum of money owed — ст. 395 interest, wages, housing bills,
	// taxes, alimony, contractual penalties. Payments lower it from the
	// next day.
	Debt
	// RepairCost: the insurance payout in kind, the cost of the repair the
	// insurer owes (40-ФЗ ст. 12 п. 21 абз. 2 with п. 15.2). A repair is
	// done, not paid, so payments do not lower it.
	RepairCost
	// ContractPrice: цена договора (214-ФЗ ст. 6 ч. 2). It does not fall
	// with payments.
	ContractPrice
	// UnperformedPrice: the contract price less the value of what was
	// performed (44-ФЗ ст. 34 ч. 7): pass the price as Input.Base and the
	// performed part as Input.Performed.
	UnperformedPrice
	baseEnd
)

var baseNames = [baseEnd][4]string{
	// machine name, Russian (nominative), Russian (accusative, after «превышать»), English
	PriceOfGoods:     {"price_of_goods", "цена товара", "цену товара", "price of the goods"},
	PriceOfWork:      {"price_of_work", "цена работы (услуги)", "цену выполнения работы (оказания услуги) или общую цену заказа", "price of the work (service)"},
	PrepaidAmount:    {"prepaid_amount", "сумма предварительной оплаты", "сумму предварительной оплаты товара", "prepaid amount"},
	InsurancePayout:  {"insurance_payout", "размер страхового возмещения", "размер страхового возмещения", "insurance payout"},
	InsuredSum:       {"insured_sum", "страховая сумма", "страховую сумму", "insured sum"},
	Debt:             {"debt", "сумма долга", "сумму долга", "debt"},
	RepairCost:       {"repair_cost", "сумма страхового возмещения (стоимость ремонта)", "сумму страхового возмещения", "insurance payout in kind (cost of the repair)"},
	ContractPrice:    {"contract_price", "цена договора", "цену договора", "contract price"},
	UnperformedPrice: {"unperformed_price", "цена контракта за вычетом исполненного", "цену контракта", "contract price less the part performed"},
}

// String returns the base's machine name as JSON writes it:
// "price_of_goods", "debt", "repair_cost".
func (b Base) String() string {
	if b.valid() {
		return baseNames[b][0]
	}
	return fmt.Sprintf("Base(%d)", uint8(b))
}

// Text returns the base's name in lang as a calculation states it: «цена
// товара», "price of the goods".
func (b Base) Text(lang law.Lang) string {
	if !b.valid() {
		return b.String()
	}
	if lang == law.English {
		return baseNames[b][3]
	}
	return baseNames[b][1]
}

// accusative is the Russian object form used in «не может превышать …».
func (b Base) accusative() string {
	if !b.valid() {
		return "базу"
	}
	return baseNames[b][2]
}

// MarshalText writes the machine name.
func (b Base) MarshalText() ([]byte, error) {
	if !b.valid() {
		return nil, fmt.Errorf("penalty: %w: base %d", ErrInvalidInput, uint8(b))
	}
	return []byte(b.String()), nil
}

// UnmarshalText reads a machine name.
func (b *Base) UnmarshalText(text []byte) error {
	for i := PriceOfGoods; i < baseEnd; i++ {
		if baseNames[i][0] == string(text) {
			*b = i
			return nil
		}
	}
	return fieldError(ErrInvalidInput, "base_kind", fmt.Sprintf("%q", law.Clip(string(text))), ": accepted are price_of_goods, price_of_work, prepaid_amount, insurance_payout, insured_sum, debt, repair_cost, contract_price, unperformed_price")
}

// ReducedByPayments reports whether payments lower the base from the day
// after each payment: true for a sum owed (prepaid amount, insurance
// payout, debt), false for a price, the insured sum or a repair in kind,
// which the law fixes.
func (b Base) ReducedByPayments() bool {
	return b == PrepaidAmount || b == InsurancePayout || b == Debt
}

func (b Base) valid() bool { return b >= PriceOfGoods && b < baseEnd }
