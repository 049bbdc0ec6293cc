package documents

import (
	"errors"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/courtfee"
	"github.com/zozpp/zozpp/penalty"
)

// ErrNothingToSue is CourtFee's answer for a claim that carries no money to
// sue for: no penalty, no interest, no base claimed, no losses.
var ErrNothingToSue = errors.New("documents: nothing to sue for")

// CourtFee is the fee for a lawsuit over the assessed money — the penalty
// or interest, the base when it is claimed too (Claim.BaseAwarded), and
// losses; not the fine nor moral damages (courtfee.Compute says why) — with
// the consumer exemption of НК РФ ст. 333.36 п. 3 for the claims whose fine
// is the consumer's (ЗоЗПП ст. 13 п. 6). Other errors are courtfee's.
func CourtFee(a claimtype.Assessment, c claimtype.Claim, filed calendar.Date) (courtfee.Fee, error) {
	price := c.Losses
	if c.BaseAwarded {
		price = price.Add(c.Base)
	}
	for _, calc := range []*penalty.Calculation{a.Penalty, a.Interest} {
		if calc != nil {
			price = price.Add(calc.Total)
		}
	}
	if !price.IsPositive() {
		return courtfee.Fee{}, ErrNothingToSue
	}
	var opts []courtfee.Option
	if a.Type.Fine == penalty.ConsumerFineKind {
		opts = append(opts, courtfee.Consumer())
	}
	return courtfee.Compute(price, filed, opts...)
}
