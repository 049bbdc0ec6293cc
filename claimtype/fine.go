package claimtype

import (
	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

// dduFineFrom is the day the 5 % fine of 214-ФЗ ст. 10 ч. 3 (ред. ФЗ от
// 08.08.2024 № 266-ФЗ) took effect; for a term that ended before it the
// consumer fine is previewed.
var dduFineFrom = calendar.NewDate(2024, 9, 1)

// fine previews the court fine the type names (Type.Fine): ЗоЗПП ст. 13
// п. 6 for consumer claims, 40-ФЗ ст. 16.1 п. 3 for ОСАГО when the court's
// payout and the voluntary one are given, 214-ФЗ ст. 10 ч. 3 for a ДДУ
// whose term ended from 01.09.2024.
func (a *Assessment) fine(c Claim) error {
	switch a.Type.Fine {
	case penalty.ConsumerFineKind:
		return a.consumerFine(c)
	case penalty.OSAGOFineKind:
		return a.osagoFine(c)
	case penalty.DDUFineKind:
		if a.Deadline.Due.Before(dduFineFrom) {
			return a.consumerFine(c)
		}
		return a.dduFine(c)
	}
	return nil
}

// consumerFine previews the fine of ЗоЗПП ст. 13 п. 6: 50 % of the penalty
// (or interest), the base when awarded, moral damages, losses and other
// sums awarded.
func (a *Assessment) consumerFine(c Claim) error {
	in := penalty.ConsumerFineInput{MoralDamages: c.MoralDamages, Losses: c.Losses, OtherAwarded: c.OtherAwarded, TermEnded: a.Deadline.Due}
	switch {
	case a.Penalty != nil:
		in.Penalty = a.Penalty.Total
	case a.Interest != nil:
		in.Penalty = a.Interest.Total
	}
	if c.BaseAwarded {
		in.Base = c.Base
	}
	f, err := penalty.ConsumerFine(in)
	if err != nil || !f.Total.IsPositive() {
		return inputError(err)
	}
	a.Fine = &f
	a.Notes = append(a.Notes, Note{Code: NoteFinePreview})
	for _, n := range f.Notes {
		if n.Code == penalty.FineMoratoriumDisputed {
			a.Warnings = append(a.Warnings, Note{Code: WarnFineMoratorium, Date: n.Date})
		}
	}
	return nil
}

// osagoFine computes the fine of 40-ФЗ ст. 16.1 п. 3 when its amounts are
// given, and says which are needed when they are not.
func (a *Assessment) osagoFine(c Claim) error {
	if c.CourtPayout.IsZero() {
		a.Notes = append(a.Notes, Note{Code: NoteOSAGOFine})
		return nil
	}
	f, err := penalty.OSAGOFine(c.CourtPayout, c.PaidVoluntarily)
	if err != nil {
		return inputError(err)
	}
	a.Fine = &f
	return nil
}

// dduFine previews the fine of 214-ФЗ ст. 10 ч. 3: 5 % of what is
// awarded to the participant.
func (a *Assessment) dduFine(c Claim) error {
	if a.Penalty == nil {
		return nil
	}
	awarded := a.Penalty.Total.Add(c.MoralDamages).Add(c.Losses).Add(c.OtherAwarded)
	if c.BaseAwarded {
		awarded = awarded.Add(c.Base)
	}
	f, err := penalty.DDUFine(awarded)
	if err != nil {
		return inputError(err)
	}
	a.Fine = &f
	return nil
}
