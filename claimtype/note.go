package claimtype

import (
	"strconv"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// NoteCode names a remark of an assessment. Codes are stable; a program may
// switch on them; the README lists them all.
type NoteCode string

// Warnings: the answer rests on data that may be stale or provisional, and a
// program must react (show it, refresh the data, recompute later).
const (
	// WarnCalendarProvisional: the due day lies in a year with no transfer
	// decree in the calendar's data; a later decree may move it. Facts:
	// Year, Through (the last day of the last official year).
	WarnCalendarProvisional NoteCode = "calendar_provisional"
	// WarnRatesStale: ст. 395 interest was not computed past the last known
	// key rate. Facts: Through (Rates.KnownThrough), Date (the first day
	// without a rate).
	WarnRatesStale NoteCode = "rates_stale"
	// WarnRatesAssumed: days past the last known rate were computed at that
	// rate (Claim.AssumeLastRate), as calculators do. Facts: Through.
	WarnRatesAssumed NoteCode = "rates_assumed"
	// WarnFineMoratorium: the term for voluntary satisfaction ended inside
	// the 2022 moratorium; whether the ст. 13 п. 6 fine is then charged is
	// disputed (the fine is still shown). Facts: Date (the due day).
	WarnFineMoratorium NoteCode = "fine_moratorium_disputed"
)

// Notes: what a lawyer should read beside the figures.
const (
	// NotePenaltyFrom: the first day of delay was given by the caller
	// (Claim.PenaltyFrom). Facts: Date.
	NotePenaltyFrom NoteCode = "penalty.from_given"
	// NoteNoPenalty: the law attaches no penalty to missing this term.
	NoteNoPenalty NoteCode = "penalty.none"
	// NoteInterest395: no statutory penalty, so ГК РФ ст. 395 interest is
	// computed on the sum instead.
	NoteInterest395 NoteCode = "interest395.instead"
	// NoteFinePreview: the ст. 13 п. 6 fine is a preview of what a court
	// awards when the demand was not met voluntarily.
	NoteFinePreview NoteCode = "fine.preview"
	// NoteOSAGOFine: the ОСАГО fine (40-ФЗ ст. 16.1 п. 3) needs the payout
	// the court sets and what was paid voluntarily (court_payout,
	// paid_voluntarily).
	NoteOSAGOFine NoteCode = "fine.osago_inputs"
	// NoteNotStatutory: the type is an organisation's own preset, not law.
	NoteNotStatutory NoteCode = "term.not_statutory"
)

// Note is a coded remark with the facts it states.
type Note struct {
	Code    NoteCode
	Date    calendar.Date
	Through calendar.Date
	Year    int
	Amount  decimal.Decimal
}

// noteRefs cites the law behind each note, where it has its own.
var noteRefs = sync.OnceValue(func() map[NoteCode][]law.Ref {
	return map[NoteCode][]law.Ref{
		WarnCalendarProvisional: law.MustRefs("ТК РФ ст. 112 ч. 5"),
		WarnRatesStale:          law.MustRefs("ГК РФ ст. 395 п. 1"),
		WarnRatesAssumed:        law.MustRefs("ГК РФ ст. 395 п. 1"),
		WarnFineMoratorium:      law.MustRefs("Постановление Правительства РФ от 28.03.2022 № 497; Постановление Пленума ВС РФ от 24.12.2020 № 44, п. 7"),
		NoteInterest395:         law.MustRefs("ГК РФ ст. 395 п. 1"),
		NoteFinePreview:         law.MustRefs("Закон РФ от 07.02.1992 № 2300-1, ст. 13 п. 6; Постановление Пленума ВС РФ от 28.06.2012 № 17, п. 46, 47"),
		NoteOSAGOFine:           law.MustRefs("Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 16.1 п. 3"),
	}
})

// Refs returns the provisions the note rests on (a copy).
func (n Note) Refs() []law.Ref { return append([]law.Ref(nil), noteRefs()[n.Code]...) }

// Text renders the note in lang.
func (n Note) Text(lang law.Lang) string { return string(n.appendText(nil, lang)) }

func (n Note) appendText(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	text := func(ru, english string) {
		if en {
			b = append(b, english...)
		} else {
			b = append(b, ru...)
		}
	}
	date := func(d calendar.Date) { b = d.AppendLang(b, lang) }
	switch n.Code {
	case WarnCalendarProvisional:
		text("Дата рассчитана по предварительному календарю: постановления Правительства РФ о переносе выходных дней на ",
			"The date rests on a provisional calendar: the data has no Government decree on the transfer of days off for ")
		b = appendInt(b, n.Year)
		text(" год в данных нет (официальные данные — по ", " (official data ends on ")
		date(n.Through)
		text(").", ").")
	case WarnRatesStale:
		text("Проценты по ГК РФ ст. 395 не рассчитаны с ", "Interest under Civil Code Art. 395 is not computed from ")
		date(n.Date)
		text(": ключевая ставка Банка России известна по ", ": the key rate of the Bank of Russia is known through ")
		date(n.Through)
		text("; обновите таблицу ставок или примите последнюю известную ставку (assume_last_rate).",
			"; update the rate table or assume the last known rate (assume_last_rate).")
	case WarnRatesAssumed:
		text("После ", "After ")
		date(n.Through)
		text(" применена последняя известная ключевая ставка (ставка на эти дни ещё не проверена).",
			" the last known key rate is assumed (the rate for those days is not verified yet).")
	case WarnFineMoratorium:
		text("Срок добровольного удовлетворения истёк ", "The term for voluntary satisfaction ended on ")
		date(n.Date)
		text(", в период моратория 01.04.2022–01.10.2022: взыскивается ли в этом случае штраф по ЗоЗПП ст. 13 п. 6, в практике спорно.",
			", during the moratorium of 1 April – 1 October 2022: whether the fine of Consumer Protection Law Art. 13(6) is then charged is disputed in practice.")
	case NotePenaltyFrom:
		text("Начало просрочки задано вручную: ", "The first day of delay was given: ")
		date(n.Date)
		b = append(b, '.')
	case NoteNoPenalty:
		text("Закон не предусматривает неустойку за нарушение этого срока.", "The law sets no penalty for missing this term.")
	case NoteInterest395:
		text("Закон не предусматривает неустойку за нарушение этого срока; на сумму начислены проценты по ГК РФ ст. 395.",
			"The law sets no penalty for missing this term; interest under Civil Code Art. 395 accrues on the sum.")
	case NoteFinePreview:
		text("Штраф рассчитан предварительно: суд взыскивает 50 % суммы, присуждённой потребителю (неустойка, возвращаемая сумма, компенсация морального вреда, убытки), если требование не было удовлетворено добровольно; суммы, выплаченные после принятия иска, входят в базу, если потребитель не отказался от иска.",
			"The fine is a preview: the court awards 50% of the sum awarded to the consumer (the penalty, the sum refunded, moral damages, losses) when the demand was not met voluntarily; sums paid after the suit was filed count unless the consumer dropped the claim.")
	case NoteOSAGOFine:
		text("Штраф по ФЗ № 40-ФЗ ст. 16.1 п. 3 (50 % разницы между страховой выплатой, определённой судом, и выплатой, произведённой добровольно) рассчитывается, если указаны обе суммы (court_payout, paid_voluntarily).",
			"The fine of Law No. 40-FZ Art. 16.1(3) (50% of the difference between the payout the court sets and the payout made voluntarily) is computed when both amounts are given (court_payout, paid_voluntarily).")
	case NoteNotStatutory:
		text("Срок установлен внутренним регламентом организации, а не законом.", "The term is set by the organisation's own regulation, not by law.")
	default:
		b = append(b, n.Code...)
	}
	return b
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// NoteDoc documents one code of a note: whether it is a warning, and what
// it means.
type NoteDoc struct {
	Code    NoteCode
	Warning bool
	Meaning string // English, one sentence
}

var noteDocs = []NoteDoc{
	{WarnCalendarProvisional, true, "The due day lies in a year with no transfer decree in the data; Through is the end of the official data."},
	{WarnRatesStale, true, "ст. 395 interest was left out: the key rate is known only through Through; update the rates or assume the last one."},
	{WarnRatesAssumed, true, "Days after Through were priced at the last known key rate (assume_last_rate)."},
	{WarnFineMoratorium, true, "The term for voluntary satisfaction ended in the 2022 moratorium; whether the fine is owed is disputed."},
	{NotePenaltyFrom, false, "The first day of delay was given by the caller (penalty_from)."},
	{NoteNoPenalty, false, "The law sets no penalty for missing this term."},
	{NoteInterest395, false, "No statutory penalty: ст. 395 interest is computed on the sum instead."},
	{NoteFinePreview, false, "The ЗоЗПП ст. 13 п. 6 fine is a preview of what a court awards."},
	{NoteOSAGOFine, false, "The ОСАГО fine (40-ФЗ ст. 16.1 п. 3) needs court_payout and paid_voluntarily."},
	{NoteNotStatutory, false, "The type is an organisation's own preset, not law."},
}

// NoteCodes returns every code of the notes and warnings with its meaning:
// the table the README prints.
func NoteCodes() []NoteDoc { return append([]NoteDoc(nil), noteDocs...) }
