package penalty

import "github.com/shopspring/decimal"

// CourtFineBasis cites the consumer fine for quoting next to CourtFine's
// amount.
const CourtFineBasis = "Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 13 п. 6"

var half = decimal.New(5, -1)

// CourtFine returns the fine of ЗоЗПП ст. 13 п. 6 that a court imposes on
// a seller who did not satisfy the consumer's demand voluntarily: 50 % of
// the sum awarded to the consumer, rounded to kopecks half away from zero.
// awarded is the sum of everything the court awards the consumer: the
// refund or price, the penalty, compensation of moral harm, losses (the
// fine's base as courts apply it; Пленум ВС РФ от 28.06.2012 № 17, п. 46).
// The amount is not checked: a negative sum gives a negative fine.
func CourtFine(awarded decimal.Decimal) decimal.Decimal {
	return awarded.Mul(half).Round(2)
}
