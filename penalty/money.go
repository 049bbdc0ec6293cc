package penalty

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// maxMoney bounds every amount the package accepts: 10^15 rubles, far
// beyond any claim, small enough that no arithmetic here is ever slow.
var maxMoney = decimal.New(1, 15)

// maxKopecks is maxMoney in kopecks.
const maxKopecks = 1e17

// decimalSane reports whether d has a magnitude and precision that
// arithmetic can handle in bounded time; decimal values built from huge
// exponents would otherwise make rounding allocate without limit.
func decimalSane(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -30 && e <= 30 && d.NumDigits() <= 40
}

// showDecimal prints d for an error message without ever expanding an
// absurd exponent.
func showDecimal(d decimal.Decimal) string {
	if !decimalSane(d) {
		return "a number with " + strconv.Itoa(d.NumDigits()) + " digits and exponent " + strconv.Itoa(int(d.Exponent()))
	}
	return d.String()
}

// checkMoney accepts an amount in rubles with at most two decimals
// (kopecks), positive (or zero when zeroOK), at most 10^15.
func checkMoney(what string, d decimal.Decimal, zeroOK bool) error {
	if k, ok := kopecks(d); ok && k <= maxKopecks && (k > 0 || (k == 0 && zeroOK)) {
		return nil
	}
	accepted := "a positive amount in rubles"
	if zeroOK {
		accepted = "zero or a positive amount in rubles"
	}
	accepted += " with at most two decimals (kopecks), not above 10^15"
	if !decimalSane(d) || d.Sign() < 0 || (d.Sign() == 0 && !zeroOK) || d.GreaterThan(maxMoney) ||
		(d.Exponent() < -2 && !d.Equal(d.Truncate(2))) {
		return fmt.Errorf("penalty: %w: %s %s: accepted is %s", ErrInvalidInput, what, showDecimal(d), accepted)
	}
	return nil
}
