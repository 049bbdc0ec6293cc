package deadline

import (
	"strconv"

	"github.com/zozpp/zozpp/calendar"
)

// Citations of the rules the steps apply.
const (
	ruleStart       = "ГК РФ ст. 191"
	ruleDays        = "ГК РФ ст. 190, 191"
	ruleWeeks       = "ГК РФ ст. 192 п. 4"
	ruleMonths      = "ГК РФ ст. 192 п. 3"
	ruleYears       = "ГК РФ ст. 192 п. 1"
	ruleWorkdays    = "ТК РФ ст. 111, 112; производственный календарь"
	ruleExceptHol   = "ТК РФ ст. 112 ч. 1 (нерабочие праздничные дни не включаются в срок)"
	ruleShift       = "ГК РФ ст. 193"
	ruleNoShift     = "ГК РФ ст. 193 не применяется (NoShift)"
	ruleSpecialDays = "ГК РФ ст. 193; Обзор ВС РФ № 1 от 21.04.2020, вопрос 5"
	ruleConsumer    = "ГК РФ ст. 190 (срок определён периодом, назначенным потребителем)"
	ruleAgreed      = "ГК РФ ст. 190, 314 п. 1 (срок определён договором)"
	ruleDate        = "ГК РФ ст. 190 (срок определён календарной датой)"
	ruleTime        = "ГК РФ ст. 194 п. 1"
	ruleProvisional = "ТК РФ ст. 112 ч. 5"
)

// maxSteps bounds the steps of one explanation.
const maxSteps = 6

// explain writes the reasoning behind r in Russian, one step per rule. The
// sentences are written into one buffer on the stack and copied out once, so
// a whole explanation costs two allocations of exactly the size needed: the
// text and the steps.
func explain(r *Result, cal *calendar.Calendar, cfg *config) []Step {
	var space [1024]byte
	var rules [maxSteps]string
	var ends [maxSteps]int
	count := 0
	b := space[:0]
	step := func(rule string) {
		rules[count], ends[count] = rule, len(b)
		count++
	}
	date := func(d calendar.Date) { b = d.AppendRussian(b) }
	num := func(n int) { b = strconv.AppendInt(b, int64(n), 10) }

	switch {
	case r.SetByConsumer:
		b = append(b, "Срок назначен потребителем: "...)
		b = r.Term.appendRussian(b)
		b = append(b, '.')
		step(ruleConsumer)
	case r.SetByAgreement:
		b = append(b, "Срок установлен соглашением сторон: "...)
		b = r.Term.appendRussian(b)
		b = append(b, '.')
		step(ruleAgreed)
	}
	if r.Event.IsZero() {
		b = append(b, "Срок определён календарной датой: "...)
		date(r.End)
		b = append(b, '.')
		step(ruleDate)
	} else {
		b = append(b, "Течение срока начинается на следующий день после события ("...)
		date(r.Event)
		b = append(b, "): с "...)
		date(r.Start)
		b = append(b, '.')
		step(ruleStart)
	}

	t := r.Term
	switch t.Unit {
	case UnitDays:
		b = append(b, "Срок "...)
		b = t.appendRussian(b)
		b = append(b, " истекает в последний, "...)
		num(t.N)
		b = append(b, "-й день: "...)
		date(r.End)
		b = append(b, '.')
		step(ruleDays)
	case UnitWeeks:
		b = append(b, "Срок, исчисляемый неделями, истекает в соответствующий день последней недели срока: "...)
		date(r.End)
		b = append(b, " ("...)
		b = append(b, calendar.RussianWeekday(r.End.Weekday())...)
		b = append(b, ")."...)
		step(ruleWeeks)
	case UnitMonths, UnitYears:
		rule := ruleMonths
		if t.Unit == UnitYears {
			b = append(b, "Срок, исчисляемый годами, истекает в соответствующие месяц и число последнего года срока: "...)
			rule = ruleYears
		} else {
			b = append(b, "Срок, исчисляемый месяцами, истекает в соответствующее число последнего месяца срока: "...)
		}
		date(r.End)
		b = append(b, '.')
		if day := r.Event.Day(); r.End.Day() != day {
			b = append(b, " В последнем месяце срока нет "...)
			num(day)
			b = append(b, "-го числа, поэтому срок истекает в последний день этого месяца (ГК РФ ст. 192 п. 3)."...)
			if t.Unit == UnitYears {
				rule = ruleYears + ", п. 3"
			}
		}
		step(rule)
	case UnitWorkdays:
		b = append(b, "Срок в рабочих днях: "...)
		num(t.N)
		b = append(b, "-й рабочий день после "...)
		date(r.Event)
		b = append(b, " по производственному календарю — "...)
		date(r.End)
		b = append(b, " (нерабочих дней в периоде: "...)
		num(r.End.Sub(r.Event) - t.N)
		b = append(b, ")."...)
		step(ruleWorkdays)
	case UnitDaysExceptHolidays:
		b = append(b, "Считаются календарные дни, за исключением нерабочих праздничных дней: "...)
		num(t.N)
		b = append(b, "-й такой день после "...)
		date(r.Event)
		b = append(b, " — "...)
		date(r.End)
		b = append(b, " (не учтено нерабочих праздничных дней: "...)
		num(r.End.Sub(r.Event) - t.N)
		b = append(b, ")."...)
		step(ruleExceptHol)
	}

	last := cal.Day(r.End)
	date(r.End)
	switch {
	case cfg.noShift:
		b = append(b, " — последний день срока; перенос окончания срока на рабочий день не применяется."...)
		step(ruleNoShift)
	case r.Due == r.End && last.Kind == calendar.NonWorking:
		b = append(b, " — нерабочий день по указу Президента РФ ("...)
		b = append(b, last.Basis...)
		b = append(b, "), но не нерабочий день в смысле ГК РФ: окончание срока не переносится."...)
		step(ruleSpecialDays)
	case r.Due == r.End:
		b = append(b, " — рабочий день, окончание срока не переносится."...)
		step(ruleShift)
	default:
		b = append(b, " — "...)
		b = append(b, last.Kind.Russian()...)
		if last.Name != "" {
			b = append(b, " ("...)
			b = append(b, last.Name...)
			b = append(b, ')')
		}
		if last.Basis != "" {
			b = append(b, ", "...)
			b = append(b, last.Basis...)
		}
		b = append(b, "; днём окончания срока считается ближайший следующий за ним рабочий день — "...)
		date(r.Due)
		b = append(b, '.')
		step(ruleShift)
	}

	b = append(b, "Требование должно быть исполнено до 24:00 "...)
	date(r.Due)
	b = append(b, " по времени места исполнения; просрочка — с "...)
	date(r.OverdueFrom())
	b = append(b, '.')
	step(ruleTime)

	if r.Provisional {
		b = append(b, "Постановления Правительства РФ о переносе выходных дней на "...)
		num(r.Due.Year())
		b = append(b, " год в данных нет: календарь этого года предварительный (только ТК РФ ст. 112), дата может измениться."...)
		step(ruleProvisional)
	}

	text := string(b)
	steps := make([]Step, count)
	from := 0
	for i := range steps {
		steps[i] = Step{Rule: rules[i], Text: text[from:ends[i]]}
		from = ends[i]
	}
	return steps
}
