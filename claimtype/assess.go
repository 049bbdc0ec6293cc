package claimtype

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// Status says where a claim stands against its term.
type Status string

// The statuses of an Assessment.
const (
	// NoDate: neither PerformedOn nor AsOf was given; only the deadline is
	// computed.
	NoDate Status = "no_date"
	// Pending: not satisfied yet, and the term has not expired as of AsOf.
	Pending Status = "pending"
	// OnTime: satisfied on or before the due date.
	OnTime Status = "on_time"
	// Overdue: satisfied late, or not satisfied and the term expired.
	Overdue Status = "overdue"
	// WindowOpen and WindowClosed: for a Window type, whether the consumer's
	// own period is still open on AsOf (or was on PerformedOn).
	WindowOpen   Status = "window_open"
	WindowClosed Status = "window_closed"
)

// fineBasis is the citation of the consumer fine.
const fineBasis = "Закон РФ от 07.02.1992 № 2300-1, ст. 13 п. 6"

// Assessment is the whole answer for one claim: the deadline with its
// reasoning, the penalty (or ст. 395 interest) for the delay, and a preview
// of the court fine.
type Assessment struct {
	Type     Type
	Deadline deadline.Result
	Status   Status
	// DaysOverdue counts the days of delay from Deadline.OverdueFrom through
	// PerformedOn or AsOf, inclusive.
	DaysOverdue int
	// Penalty is the statutory penalty; nil when none applies or the term
	// was kept.
	Penalty *penalty.Calculation
	// Interest is ГК РФ ст. 395 interest for money claims without a penalty.
	Interest *penalty.Calculation
	// FineBase and Fine preview the fine of ЗоЗПП ст. 13 п. 6: 50 % of what
	// a court awards the consumer — here the penalty, plus Base when
	// BaseAwarded. Moral damages and other sums the court may award are not
	// included. Zero outside consumer claims.
	FineBase decimal.Decimal
	Fine     decimal.Decimal
	// Notes are Russian remarks a lawyer should read: what was not computed
	// and why.
	Notes []string
}

// Assess computes the deadline of a claim of type t and, when the term was
// missed, the penalty up to PerformedOn or AsOf, plus the fine preview. One
// call for a CRM.
func (t Type) Assess(c Claim) (Assessment, error) {
	if !c.PerformedOn.IsZero() && !c.AsOf.IsZero() {
		return Assessment{}, invalidClaim("performed_on, as_of", "both given; give performed_on for a satisfied claim or as_of for a running calculation")
	}
	var opts []deadline.Option
	switch {
	case !c.ConsumerTerm.IsZero() && !c.AgreedTerm.IsZero():
		return Assessment{}, invalidClaim("consumer_term, agreed_term", "both given; a term is set either by the consumer or by agreement")
	case !c.ConsumerTerm.IsZero():
		opts = append(opts, deadline.WithConsumerTerm(c.ConsumerTerm))
	case !c.AgreedTerm.IsZero():
		opts = append(opts, deadline.WithAgreedTerm(c.AgreedTerm))
	}
	dl, err := t.Deadline(c.Event, opts...)
	if err != nil {
		return Assessment{}, err
	}
	a := Assessment{Type: t, Deadline: dl, Status: NoDate}
	if t.Statutory && dl.Provisional {
		a.Notes = append(a.Notes, "Дата рассчитана по предварительному календарю: постановления о переносе выходных дней на этот год ещё нет.")
	}
	until := c.PerformedOn
	if until.IsZero() {
		until = c.AsOf
	}
	if until.IsZero() {
		return a, nil
	}
	if t.TermKind == Window {
		a.Status = WindowOpen
		if until.After(dl.Due) {
			a.Status = WindowClosed
		}
		return a, nil
	}
	a.Status, a.DaysOverdue = statusOf(dl, c, until)
	from := dl.OverdueFrom()
	if !c.PenaltyFrom.IsZero() {
		from = c.PenaltyFrom
		a.Notes = append(a.Notes, "Начало просрочки задано вручную: "+from.Russian()+".")
	}
	if until.Before(from) {
		return a, nil
	}
	switch {
	case t.Penalty != nil:
		calc, err := t.penalty(c, from, until)
		if err != nil {
			return Assessment{}, err
		}
		a.Penalty = &calc
		a.fine(t, c, calc.Total)
	case t.Interest395:
		if err := a.interest(c, from, until); err != nil {
			return Assessment{}, err
		}
	default:
		a.Notes = append(a.Notes, "Закон не предусматривает неустойку за нарушение этого срока.")
	}
	return a, nil
}

func statusOf(dl deadline.Result, c Claim, until calendar.Date) (Status, int) {
	days := dl.DaysOverdue(until)
	switch {
	case days > 0:
		return Overdue, days
	case !c.PerformedOn.IsZero():
		return OnTime, 0
	}
	return Pending, 0
}

// penalty prices the delay with the type's rule.
func (t Type) penalty(c Claim, from, until calendar.Date) (penalty.Calculation, error) {
	if !c.Base.IsPositive() {
		return penalty.Calculation{}, invalidClaim("base", "%s; give the amount the penalty is taken from (%s), in rubles, above zero", c.Base, baseName(t.Penalty.Base))
	}
	in := penalty.Input{Base: c.Base, From: from, To: until, Payments: payments(c), Exclude: exclusions(c), Cap: c.Cap}
	calc, err := t.Penalty.Compute(in)
	if err != nil {
		return penalty.Calculation{}, fmt.Errorf("claimtype: %s: %w", t.ID, err)
	}
	return calc, nil
}

// interest computes ГК РФ ст. 395 interest; a period the rate table cannot
// answer is reported in the notes instead of failing the whole assessment.
func (a *Assessment) interest(c Claim, from, until calendar.Date) error {
	if !c.Base.IsPositive() {
		return invalidClaim("base", "%s; give the sum of money owed, in rubles, above zero", c.Base)
	}
	calc, err := penalty.Interest395(c.Base, from, until, payments(c), nil, penalty.Excluding(exclusions(c)...))
	switch {
	case errors.Is(err, penalty.ErrOutOfRange):
		a.Notes = append(a.Notes, "Проценты по ГК РФ ст. 395 не рассчитаны: "+err.Error())
		return nil
	case err != nil:
		return fmt.Errorf("claimtype: %s: %w", a.Type.ID, err)
	}
	a.Interest = &calc
	a.Notes = append(a.Notes, "Закон не предусматривает неустойку за нарушение этого срока; на сумму начислены проценты по ГК РФ ст. 395.")
	a.fine(a.Type, c, calc.Total)
	return nil
}

// fine previews the consumer fine of ЗоЗПП ст. 13 п. 6 for consumer claims.
func (a *Assessment) fine(t Type, c Claim, sanction decimal.Decimal) {
	switch t.Subject {
	case Goods, Services:
		a.FineBase = sanction
		if c.BaseAwarded {
			a.FineBase = a.FineBase.Add(c.Base)
		}
		a.Fine = penalty.CourtFine(a.FineBase)
		a.Notes = append(a.Notes, "Штраф рассчитан предварительно: суд взыскивает 50 % всей суммы, присуждённой потребителю (в том числе компенсации морального вреда), если требование не было удовлетворено добровольно ("+fineBasis+").")
	case Insurance:
		a.Notes = append(a.Notes, "Штраф по ФЗ № 40-ФЗ ст. 16.1 п. 3 (50 % разницы между присуждённым и добровольно выплаченным возмещением) не рассчитывается.")
	}
}

func payments(c Claim) []penalty.Payment {
	if len(c.Payments) == 0 {
		return nil
	}
	out := make([]penalty.Payment, len(c.Payments))
	for i, p := range c.Payments {
		out[i] = penalty.Payment{On: p.On, Amount: p.Amount}
	}
	return out
}

func exclusions(c Claim) []penalty.Period {
	var out []penalty.Period
	for _, e := range c.Exclude {
		out = append(out, penalty.Period{From: e.From, To: e.To, Basis: e.Basis})
	}
	if c.Moratorium2022 {
		out = append(out, penalty.Moratorium2022)
	}
	return out
}

func baseName(b penalty.Base) string {
	switch b {
	case penalty.PriceOfGoods:
		return "цена товара"
	case penalty.PriceOfWork:
		return "цена работы (услуги)"
	case penalty.PrepaidAmount:
		return "сумма предварительной оплаты"
	case penalty.InsurancePayout:
		return "размер страхового возмещения"
	}
	return "страховая сумма или сумма долга"
}

func invalidClaim(field, format string, args ...any) error {
	return &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}
