package penalty

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar/law"
)

var writeOffRefs = law.MustRefs("Постановление Правительства РФ от 04.07.2018 № 783, п. 2, 3")

// WriteOff is what Постановление Правительства РФ от 04.07.2018 № 783
// does with a supplier's accrued and unpaid procurement penalties: Code
// says which rule applied, Share is the penalties as a fraction of the
// contract price (six decimals), WrittenOff and Payable split the
// penalties.
type WriteOff struct {
	Code       Code
	Share      decimal.Decimal
	WrittenOff decimal.Decimal
	Payable    decimal.Decimal
	Basis      []law.Ref
}

// ProcurementWriteOff applies the write-off of ПП РФ № 783 to penalties
// accrued under a 44-ФЗ contract of the given price: only for a contract
// performed in full (п. 2); penalties of at most 5 % of the price are
// written off in full; above 5 % and up to 20 %, half is written off if
// the other half is paid (Payable is that half, rounded to kopecks half
// away from zero); above 20 % nothing is written off under п. 3. The other
// grounds of п. 3 (sanctions, mobilisation, ...) are outside this helper.
// Errors are *InputError on price or penalties.
func ProcurementWriteOff(price, penalties decimal.Decimal, performedInFull bool) (WriteOff, error) {
	if err := checkMoney("price", price, false); err != nil {
		return WriteOff{}, err
	}
	if err := checkMoney("penalties", penalties, true); err != nil {
		return WriteOff{}, err
	}
	w := WriteOff{Share: canon(penalties.DivRound(price, 6)), Basis: slices.Clone(writeOffRefs)}
	switch {
	case !performedInFull:
		w.Code, w.Payable = WriteOffNotPerformed, canonMoney(penalties)
	case penalties.Mul(decimal.NewFromInt(20)).LessThanOrEqual(price):
		w.Code, w.WrittenOff = WriteOffFull, canonMoney(penalties)
	case penalties.Mul(decimal.NewFromInt(5)).LessThanOrEqual(price):
		w.Code, w.Payable = WriteOffHalf, canonMoney(penalties.Mul(half).Round(2))
		w.WrittenOff = canonMoney(penalties.Sub(w.Payable))
	default:
		w.Code, w.Payable = WriteOffNone, canonMoney(penalties)
	}
	return w, nil
}
