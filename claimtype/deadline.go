package claimtype

import (
	"fmt"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
)

// Deadline computes the type's term from event by the Civil Code's rules
// (ГК РФ ст. 191–194) and puts the type's own basis first in the steps:
//
//   - Fixed and Window: the statutory term; a Window's Due is the last day
//     the consumer may act (ГК РФ ст. 194 п. 2: a letter posted by 24:00 is
//     in time);
//   - AtMost: the statutory maximum, or the term agreed in writing
//     (deadline.WithAgreedTerm), which may not exceed it;
//   - SetByConsumer: the consumer's term (deadline.WithConsumerTerm), else
//     ErrTermRequired;
//   - AgreedTerm: the contract's term (deadline.WithAgreedTerm), else
//     ErrTermRequired;
//   - ContractDate: event is the date the contract sets;
//   - OnEvent: ErrNoFixedTerm, with the reason.
func (t Type) Deadline(event calendar.Date, opts ...deadline.Option) (deadline.Result, error) {
	given, byConsumer, hasTerm := deadline.TermOf(opts...)
	var r deadline.Result
	var err error
	switch t.TermKind {
	case Fixed, Window:
		r, err = deadline.Compute(event, t.Term, opts...)
	case AtMost:
		r, err = t.atMost(event, given, byConsumer, hasTerm, opts)
	case SetByConsumer, AgreedTerm:
		if !hasTerm || byConsumer != (t.TermKind == SetByConsumer) {
			option := "deadline.WithConsumerTerm (the consumer's term)"
			if t.TermKind == AgreedTerm {
				option = "deadline.WithAgreedTerm (the contract's term)"
			}
			return deadline.Result{}, fmt.Errorf("claimtype: %s: %w: %s; pass it with %s", t.ID, ErrTermRequired, t.TermKind.Russian(), option)
		}
		r, err = deadline.Compute(event, deadline.Term{}, opts...)
	case ContractDate:
		r, err = deadline.OnDate(event, opts...)
	case OnEvent:
		return deadline.Result{}, fmt.Errorf("claimtype: %s: %w: the term ends with an event (%s), not on a computable day: %s",
			t.ID, ErrNoFixedTerm, t.From.Russian(), t.Note)
	default:
		return deadline.Result{}, fmt.Errorf("claimtype: %s: unknown term kind %d", t.ID, t.TermKind)
	}
	if err != nil {
		return deadline.Result{}, fmt.Errorf("claimtype: %s: %w", t.ID, err)
	}
	r.Steps = append([]deadline.Step{{Rule: t.Basis, Text: t.termSentence()}}, r.Steps...)
	return r, nil
}

// atMost computes an AtMost term: the term agreed in writing, checked
// against the statutory maximum, or the maximum itself.
func (t Type) atMost(event calendar.Date, agreed deadline.Term, byConsumer, has bool, opts []deadline.Option) (deadline.Result, error) {
	switch {
	case has && byConsumer:
		return deadline.Result{}, invalidClaim("consumer_term", "the term of %s is agreed in writing (agreed_term, deadline.WithAgreedTerm), not set by the consumer", t.ID)
	case !has:
		return deadline.Compute(event, t.Term, opts...)
	}
	// The statutory maximum, whatever term opts carry (the last option wins).
	max, err := deadline.Compute(event, t.Term, append(opts[:len(opts):len(opts)], deadline.WithAgreedTerm(t.Term))...)
	if err != nil {
		return max, err
	}
	r, err := deadline.Compute(event, agreed, opts...)
	if err == nil && r.End.After(max.End) {
		return deadline.Result{}, invalidClaim("agreed_term", "%s ends on %s, after the statutory maximum of %s (%s) ending on %s",
			agreed, r.End, t.Term, t.Basis, max.End)
	}
	return r, err
}

// termSentence states the type's term and its event in Russian.
func (t Type) termSentence() string {
	switch t.TermKind {
	case Fixed:
		return fmt.Sprintf("Требование «%s» подлежит удовлетворению в течение %s со дня события: %s.", t.Title, t.Term.Genitive(), t.From.Russian())
	case AtMost:
		return fmt.Sprintf("Требование «%s»: срок, согласованный сторонами в письменной форме, не может превышать %s; без соглашения рассчитан этот предельный срок. Срок течёт со дня события: %s.", t.Title, t.Term.Genitive(), t.From.Russian())
	case Window:
		return fmt.Sprintf("«%s»: потребитель вправе действовать в течение %s со дня события: %s; ниже — последний день этого срока. Неустойка к нему не относится.", t.Title, t.Term.Genitive(), t.From.Russian())
	case SetByConsumer:
		return fmt.Sprintf("Требование «%s» подлежит удовлетворению в срок, назначенный потребителем; срок течёт со дня события: %s.", t.Title, t.From.Russian())
	case AgreedTerm:
		return fmt.Sprintf("Требование «%s» подлежит удовлетворению в срок, определённый договором; срок течёт со дня события: %s.", t.Title, t.From.Russian())
	case ContractDate:
		return fmt.Sprintf("«%s»: срок установлен договором — указанная дата.", t.Title)
	}
	return t.Title
}
