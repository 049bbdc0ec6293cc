package claimtype

import (
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// String returns the assessment in Russian, ready to paste into a claim.
func (a Assessment) String() string { return a.Text(law.Russian) }

// Text renders the assessment in lang: the claim type and its basis, the
// reasoning for the due date, the status, the penalty table, the fine
// preview, the warnings and the notes.
func (a Assessment) Text(lang law.Lang) string {
	return string(a.AppendText(make([]byte, 0, 6<<10), lang))
}

// AppendText appends Text(lang) to b.
func (a Assessment) AppendText(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	text := func(ru, english string) {
		if en {
			b = append(b, english...)
		} else {
			b = append(b, ru...)
		}
	}
	b = append(b, a.Type.TitleText(lang)...)
	b = append(b, " ("...)
	b = law.AppendJoin(b, a.Type.Basis, lang)
	b = append(b, ")\n\n"...)
	text("Срок:\n", "Term:\n")
	if s := a.Type.termSentence(lang); s != "" {
		b = append(b, s...)
		b = append(b, " ["...)
		b = law.AppendJoin(b, a.Type.Basis, lang)
		b = append(b, "]\n"...)
	}
	b = a.Deadline.AppendText(b, lang)
	if !a.Deadline.Due.IsZero() {
		text("\n\nСрок исполнения — по ", "\n\nDue by ")
		b = a.Deadline.Due.AppendLang(b, lang)
		text(" включительно.", " inclusive.")
	}
	switch a.Status {
	case StatusOverdue:
		text(" Просрочка: ", " Delay: ")
		b = appendDays(b, a.DaysOverdue, lang)
		text(", с ", ", from ")
		b = a.Deadline.OverdueFrom().AppendLang(b, lang)
		b = append(b, '.')
	case StatusOnTime:
		text(" Требование удовлетворено в срок.", " The demand was met on time.")
	case StatusPending:
		text(" Срок ещё не истёк.", " The term has not expired yet.")
	case StatusWindowOpen:
		text(" Срок для действия потребителя не истёк.", " The consumer's period to act is still open.")
	case StatusWindowClosed:
		text(" Срок для действия потребителя истёк.", " The consumer's period to act has ended.")
	}
	for _, calc := range []*penalty.Calculation{a.Penalty, a.Interest} {
		if calc != nil {
			b = append(b, "\n\n"...)
			b = trimNewlines(calc.AppendText(b, lang))
		}
	}
	if a.Fine != nil {
		b = append(b, "\n\n"...)
		b = trimNewlines(a.Fine.AppendText(b, lang))
	}
	for i, list := range [][]Note{a.Warnings, a.Notes} {
		if len(list) == 0 {
			continue
		}
		b = append(b, '\n')
		if i == 0 {
			text("\nВнимание:", "\nWarnings:")
		}
		for _, n := range list {
			b = append(b, "\n— "...)
			b = n.appendText(b, lang)
		}
	}
	return b
}

// trimNewlines drops the newlines that end b.
func trimNewlines(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return b
}

// appendDays writes "25 дней", "1 день"; "25 days", "1 day".
func appendDays(b []byte, n int, lang law.Lang) []byte {
	word := law.Plural(lang, n, "день", "дня", "дней")
	if lang == law.English {
		word = law.Plural(lang, n, "day", "days", "days")
	}
	b = appendInt(b, n)
	b = append(b, ' ')
	return append(b, word...)
}

// termSentence states the type's term and its event in lang.
func (t Type) termSentence(lang law.Lang) string {
	en := lang == law.English
	title, from := t.TitleText(lang), t.From.Text(lang)
	switch t.TermKind {
	case TermFixed:
		if en {
			return "The demand “" + title + "” must be met within " + t.Term.Text(lang) + " from the event: " + from + "."
		}
		return "Требование «" + title + "» подлежит удовлетворению в течение " + t.Term.Genitive(lang) + " со дня события: " + from + "."
	case TermAtMost:
		if en {
			return "The demand “" + title + "”: a term agreed by the parties in writing may not exceed " + t.Term.Text(lang) + "; without an agreement that maximum is computed. The term runs from the event: " + from + "."
		}
		return "Требование «" + title + "»: срок, согласованный сторонами в письменной форме, не может превышать " + t.Term.Genitive(lang) + "; без соглашения рассчитан этот предельный срок. Срок течёт со дня события: " + from + "."
	case TermWindow:
		if en {
			return "“" + title + "”: the consumer may act within " + t.Term.Text(lang) + " from the event: " + from + "; below is the last day of that period. No penalty attaches to it."
		}
		return "«" + title + "»: потребитель вправе действовать в течение " + t.Term.Genitive(lang) + " со дня события: " + from + "; ниже — последний день этого срока. Неустойка к нему не относится."
	case TermSetByConsumer:
		if en {
			return "The demand “" + title + "” must be met within the term the consumer set; it runs from the event: " + from + "."
		}
		return "Требование «" + title + "» подлежит удовлетворению в срок, назначенный потребителем; срок течёт со дня события: " + from + "."
	case TermAgreed:
		if en {
			return "The demand “" + title + "” must be met within the term the contract sets; it runs from the event: " + from + "."
		}
		return "Требование «" + title + "» подлежит удовлетворению в срок, определённый договором; срок течёт со дня события: " + from + "."
	case TermContractDate:
		if en {
			return "“" + title + "”: the contract sets the date itself."
		}
		return "«" + title + "»: срок установлен договором — указанная дата."
	}
	return ""
}
