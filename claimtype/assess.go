package claimtype

import (
	"fmt"
	"slices"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// Assessment is the whole answer for one claim: the deadline with its
// reasoning, the penalty (or ст. 395 interest) for the delay, a preview of
// the court fine, and coded notes and warnings. Nothing in it is text:
// [Assessment.Text] renders it in Russian or English, [Assessment.AppendJSON]
// writes its data with the text in the language asked for.
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
	// Fine previews the court fine: ЗоЗПП ст. 13 п. 6 for consumer claims,
	// 40-ФЗ ст. 16.1 п. 3 for ОСАГО when its amounts are given; nil when
	// none applies.
	Fine *penalty.Fine
	// Warnings are what a program must react to (stale rates, a provisional
	// calendar); Notes what a lawyer should read.
	Warnings []Note
	Notes    []Note
}

// Assess checks every field of the claim, computes its deadline and, when
// the term was missed, the penalty (or ст. 395 interest) up to PerformedOn
// or AsOf, plus the fine preview. One call for a CRM. Every caller error is
// a *FieldError naming the claim's JSON field. opts bring newer data
// (WithCalendar, WithRates) or the place of performance (AtPlace).
func (t Type) Assess(c Claim, opts ...Option) (Assessment, error) {
	if t.TermKind == 0 {
		return Assessment{}, ErrInvalidType
	}
	o := resolve(opts)
	if err := c.validate(o.calendar()); err != nil {
		return Assessment{}, err
	}
	dl, err := t.deadline(c, o.deadline(c))
	if err != nil {
		return Assessment{}, err
	}
	a := Assessment{Type: t, Deadline: dl, Status: StatusNoDate}
	if !t.Statutory {
		a.Notes = append(a.Notes, Note{Code: NoteNotStatutory})
	}
	if dl.Provisional {
		cal := o.calendar()
		a.Warnings = append(a.Warnings, Note{Code: WarnCalendarProvisional, Year: dl.Due.Year(),
			Through: calendar.NewDate(cal.OfficialThrough(), 12, 31)})
	}
	until := c.until()
	if until.IsZero() {
		return a, t.checkSanctionInputs(c)
	}
	if t.TermKind == TermWindow {
		a.Status = StatusWindowOpen
		if until.After(dl.Due) {
			a.Status = StatusWindowClosed
		}
		return a, t.checkSanctionInputs(c)
	}
	a.DaysOverdue = dl.DaysOverdue(until)
	switch {
	case a.DaysOverdue > 0:
		a.Status = StatusOverdue
	case !c.PerformedOn.IsZero():
		a.Status = StatusOnTime
	default:
		a.Status = StatusPending
	}
	from := dl.OverdueFrom()
	if !c.PenaltyFrom.IsZero() {
		from = c.PenaltyFrom
		a.Notes = append(a.Notes, Note{Code: NotePenaltyFrom, Date: from})
	}
	if until.Before(from) {
		return a, t.checkSanctionInputs(c)
	}
	switch {
	case t.TermKind == TermSchedule && t.Penalty != nil:
		calc, err := t.schedule(c, until, o.deadline(c))
		if err != nil {
			return Assessment{}, t.claimField(c, err)
		}
		a.Penalty = &calc
		a.warnFromCalculation(calc)
	case t.Penalty != nil:
		rule := *t.Penalty
		if c.Citizen && t.CitizenPenalty != nil {
			rule = *t.CitizenPenalty
		}
		calc, err := price(rule, c, from, until)
		if err != nil {
			return Assessment{}, t.claimField(c, err)
		}
		a.Penalty = &calc
		a.warnFromCalculation(calc)
	case t.Interest395:
		if err := a.interest(c, from, until, o.rates); err != nil {
			return Assessment{}, t.claimField(c, err)
		}
	default:
		a.Notes = append(a.Notes, Note{Code: NoteNoPenalty})
	}
	if err := a.fine(c); err != nil {
		return Assessment{}, err
	}
	return a, nil
}

// checkSanctionInputs rejects inputs of a sanction a claim that is not
// (yet) late still carries wrongly: payments against a price, say.
func (t Type) checkSanctionInputs(c Claim) error {
	if len(c.Payments) > 0 && t.Penalty != nil && !t.Penalty.Base.ReducedByPayments() {
		return fieldError("payments", penalty.ErrInvalidInput, "%s is taken from %s, which payments do not lower; accepted are payments only for a sum owed (a prepayment, a payout, a debt)",
			t.ID, t.Penalty.Base.Text(0))
	}
	return nil
}

// interest computes ГК РФ ст. 395 interest. Days past the known key rates
// are not guessed: unless the claim assumes the last rate, the amount is
// left out with a rates_stale warning and its through-date, and the
// deadline still answers.
func (a *Assessment) interest(c Claim, from, until calendar.Date, rates penalty.Rates) error {
	rule := penalty.Art395()
	if !c.Base.IsPositive() {
		return fieldError("base", nil, "required once the term is missed: the sum of money owed, in rubles, above zero")
	}
	if rates == nil {
		rates = penalty.Art395Rates()
	}
	if through := rates.KnownThrough(); until.After(through) && !c.AssumeLastRate {
		a.Warnings = append(a.Warnings, Note{Code: WarnRatesStale, Through: through, Date: through.AddDays(1)})
		return nil
	}
	in := c.input(from, until)
	in.Rates = rates
	calc, err := compute(rule, c, in)
	if err != nil {
		return err
	}
	a.Interest = &calc
	a.warnFromCalculation(calc)
	a.Notes = append(a.Notes, Note{Code: NoteInterest395})
	return nil
}

// warnFromCalculation lifts the calculation's rates_assumed warning.
func (a *Assessment) warnFromCalculation(calc penalty.Calculation) {
	for _, n := range calc.Notes {
		if n.Code == penalty.RatesAssumed {
			a.Warnings = append(a.Warnings, Note{Code: WarnRatesAssumed, Through: calc.RatesKnownThrough})
		}
	}
}

// claimField turns a penalty error into a FieldError on the claim's field.
func (t Type) claimField(c Claim, err error) error {
	fe, ok := inputError(err).(*FieldError)
	if !ok {
		return err
	}
	if fe.Field == "as_of" && !c.PerformedOn.IsZero() {
		fe.Field = "performed_on"
	}
	return fe
}

// calendar is the calendar terms are computed on.
func (o options) calendar() *calendar.Calendar {
	if o.cal != nil {
		return o.cal
	}
	return calendar.Russia()
}

// schedule prices a schedule type's debts through until: each due day
// moved as the type's law says, payments named by the debt's day as the
// payer gave it.
func (t Type) schedule(c Claim, until calendar.Date, opts []deadline.Option) (penalty.Calculation, error) {
	debts := make([]penalty.Charge, len(c.Debts))
	moved := map[calendar.Date]calendar.Date{}
	for i, d := range c.Debts {
		r, err := t.dueOf(d.Due, opts)
		if err != nil {
			return penalty.Calculation{}, fieldError(fmt.Sprintf("debts[%d].due", i), deadline.ErrOutOfRange, "%s", unwrapMessage(err))
		}
		debts[i] = penalty.Charge{Due: r.Due, Amount: d.Amount}
		moved[d.Due] = r.Due
	}
	pays := slices.Clone(c.Payments)
	for i, p := range pays {
		if due, ok := moved[p.For]; ok {
			pays[i].For = due
		}
	}
	in := penalty.Input{To: until, Debts: debts, Payments: pays, Exclude: c.Exclude, AssumeLastRate: c.AssumeLastRate}
	if c.Moratorium2022 {
		in.Exclude = append(slices.Clip(in.Exclude), penalty.Moratorium2022())
	}
	calc, err := t.Penalty.Compute(in)
	if err != nil {
		return penalty.Calculation{}, inputError(err)
	}
	return calc, nil
}
