package deadline

import (
	"strconv"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// appendText writes the step's sentence. The Russian wording is what
// lawyers paste into claims; the English one is its legal translation.
func (s Step) appendText(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	date := func(d calendar.Date) { b = d.AppendLang(b, lang) }
	text := func(ru, english string) {
		if en {
			b = append(b, english...)
		} else {
			b = append(b, ru...)
		}
	}
	num := func(n int) { b = strconv.AppendInt(b, int64(n), 10) }
	switch s.Code {
	case CodeConsumerTerm:
		text("Срок назначен потребителем: ", "The term was set by the consumer: ")
		b = s.Term.appendText(b, lang)
		b = append(b, '.')
	case CodeAgreedTerm:
		text("Срок установлен соглашением сторон: ", "The term was agreed by the parties: ")
		b = s.Term.appendText(b, lang)
		b = append(b, '.')
	case CodeLimit:
		text("Срок не превышает предельного срока ", "The term does not exceed the statutory maximum of ")
		text(s.Term.Genitive(law.Russian), s.Term.Text(law.English))
		text(", который истекал бы ", ", which would expire on ")
		date(s.Date)
		b = append(b, '.')
	case CodeOnDate:
		text("Срок определён календарной датой: ", "The term is set by a calendar date: ")
		date(s.Date)
		b = append(b, '.')
	case CodeStart:
		text("Течение срока начинается на следующий день после события (", "The term begins on the day after the event (")
		date(s.From)
		text("): с ", "): on ")
		date(s.Date)
		b = append(b, '.')
	case CodeEndDays:
		text("Срок ", "A term of ")
		b = s.Term.appendText(b, lang)
		text(" истекает в последний, ", " expires on its last, ")
		b = ordinal(b, s.Term.N, lang)
		text(" день: ", " day: ")
		date(s.Date)
		b = append(b, '.')
	case CodeEndWeeks:
		text("Срок, исчисляемый неделями, истекает в соответствующий день последней недели срока: ",
			"A term in weeks expires on the corresponding day of its last week: ")
		date(s.Date)
		b = append(b, " ("...)
		b = append(b, calendar.WeekdayText(s.Date.Weekday(), lang)...)
		b = append(b, ")."...)
	case CodeEndMonths, CodeEndMonthsLastDay:
		text("Срок, исчисляемый месяцами, истекает в соответствующее число последнего месяца срока: ",
			"A term in months expires on the corresponding date of its last month: ")
		date(s.Date)
		b = append(b, '.')
		b = s.appendLastDay(b, lang)
	case CodeEndYears, CodeEndYearsLastDay:
		text("Срок, исчисляемый годами, истекает в соответствующие месяц и число последнего года срока: ",
			"A term in years expires on the corresponding month and date of its last year: ")
		date(s.Date)
		b = append(b, '.')
		b = s.appendLastDay(b, lang)
	case CodeEndWorkdays:
		text("Срок в рабочих днях: ", "A term in working days: the ")
		b = ordinal(b, s.Term.N, lang)
		text(" рабочий день после ", " working day after ")
		date(s.From)
		text(" по производственному календарю — ", " by the production calendar is ")
		date(s.Date)
		text(" (нерабочих дней в периоде: ", " (non-working days in between: ")
		num(s.N)
		b = append(b, ")."...)
	case CodeEndExceptHolidays:
		text("Считаются календарные дни, за исключением нерабочих праздничных дней: ",
			"Calendar days are counted except non-working public holidays: the ")
		b = ordinal(b, s.Term.N, lang)
		text(" такой день после ", " such day after ")
		date(s.From)
		text(" — ", " is ")
		date(s.Date)
		text(" (не учтено нерабочих праздничных дней: ", " (public holidays not counted: ")
		num(s.N)
		b = append(b, ")."...)
	case CodeNoShift:
		date(s.Date)
		text(" — последний день срока; перенос окончания срока на рабочий день не применяется.",
			" is the last day of the term; its end is not moved to a working day.")
	case CodeSpecialDay:
		date(s.Date)
		text(" — нерабочий день по указу Президента РФ (", " is a non-working day by Presidential decree (")
		b = s.Day.Basis.AppendText(b, lang)
		text("), но не нерабочий день в смысле ГК РФ: окончание срока не переносится.",
			") but not a non-working day in the sense of the Civil Code: the end of the term is not moved.")
	case CodeNoShiftNeeded:
		date(s.Date)
		text(" — рабочий день, окончание срока не переносится.", " is a working day; the end of the term is not moved.")
	case CodeShift, CodeShiftTax, CodeShiftBack:
		date(s.From)
		text(" — ", " is a ")
		b = append(b, s.Day.Kind.Text(lang)...)
		if name := s.Day.NameText(lang); name != "" {
			b = append(b, " ("...)
			b = append(b, name...)
			b = append(b, ')')
		}
		if !s.Day.Basis.IsZero() {
			b = append(b, ", "...)
			b = s.Day.Basis.AppendText(b, lang)
		}
		if s.Code == CodeShiftBack {
			text("; выплата производится накануне этого дня — ", "; payment is therefore due on the working day before it, ")
		} else {
			text("; днём окончания срока считается ближайший следующий за ним рабочий день — ",
				"; the term therefore ends on the next working day, ")
		}
		date(s.Date)
		b = append(b, '.')
	case CodeDeadline:
		text("Требование должно быть исполнено до 24:00 ", "The obligation must be performed by 24:00 on ")
		date(s.Date)
		text(" по времени места исполнения; просрочка — с ", " at the place of performance; delay runs from ")
		date(s.To)
		b = append(b, '.')
	case CodeProvisional:
		text("Постановления Правительства РФ о переносе выходных дней на ", "The data has no Government decree on the transfer of days off for ")
		num(s.N)
		text(" год в данных нет: календарь этого года предварительный (только ТК РФ ст. 112), дата может измениться.",
			": that year's calendar is provisional (Labour Code, Art. 112 only) and the date may change.")
	default:
		b = append(b, s.Code...)
	}
	return b
}

// appendLastDay adds the sentence of ГК РФ ст. 192 п. 3 when the last
// month of a term has no date like the event's.
func (s Step) appendLastDay(b []byte, lang law.Lang) []byte {
	if s.N == 0 {
		return b
	}
	if lang == law.English {
		b = append(b, " The last month of the term has no "...)
		b = ordinal(b, s.N, lang)
		return append(b, " day, so the term expires on the last day of that month (Civil Code of the Russian Federation, Art. 192, Cl. 3)."...)
	}
	b = append(b, " В последнем месяце срока нет "...)
	b = strconv.AppendInt(b, int64(s.N), 10)
	return append(b, "-го числа, поэтому срок истекает в последний день этого месяца (ГК РФ ст. 192 п. 3)."...)
}
