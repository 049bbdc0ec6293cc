package documents

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// nbsp keeps a number and its thousands together on one line.
const nbsp = "\u00a0"

// labels are the fixed words of the documents, by language.
type labels struct {
	Sheet, Steps                                string
	No, From, To, Period, Days, Base, Rate      string
	Per, YearDays, Formula, Amount, Note        string
	PerDay, PerYear, Total, Cap, CappedTotal    string
	Basis, Method, Currency, Excluded, Date, Pg string
	Notes                                       string
	ExplanationDefault                          string

	// The adapter's facts and lines (FromAssessment, FromCalculation).
	CalcTitle, Demand, Event, Due, Status, Delay, Since string
	BaseOf, CapLine, Debt, DueOn, Fine, CourtFee        string
	Reasoning                                           string
}

var labelsRU = labels{
	Sheet: "Расчёт", Steps: "Пояснения",
	No: "№", From: "С", To: "По", Period: "Период", Days: "Дней", Base: "База, руб.", Rate: "Ставка",
	Per: "Начисление", YearDays: "Дней в году", Formula: "Формула", Amount: "Сумма, руб.", Note: "Примечание",
	PerDay: "в день", PerYear: "годовых", Total: "Итого", Cap: "Ограничение", CappedTotal: "Итого с учётом ограничения",
	Basis: "Основание", Method: "Порядок расчёта", Currency: "руб.", Excluded: "не начисляется", Date: "Дата расчёта",
	Pg: "стр. %d из %s", Notes: "Примечания", ExplanationDefault: "Пояснения к расчёту",
	CalcTitle: "Расчёт по требованию", Demand: "Требование", Event: "Событие", Due: "Срок исполнения — по (включительно)",
	Status: "Статус", Delay: "Дней просрочки", Since: "с", BaseOf: "База начисления", CapLine: "Ограничение",
	Debt: "Долг", DueOn: "срок уплаты", Fine: "Штраф", CourtFee: "Государственная пошлина", Reasoning: "Обоснование срока",
}

var labelsEN = labels{
	Sheet: "Calculation", Steps: "Explanation",
	No: "No.", From: "From", To: "To", Period: "Period", Days: "Days", Base: "Base, RUB", Rate: "Rate",
	Per: "Accrual", YearDays: "Days in year", Formula: "Formula", Amount: "Amount, RUB", Note: "Note",
	PerDay: "per day", PerYear: "per annum", Total: "Total", Cap: "Limit", CappedTotal: "Total after the limit",
	Basis: "Basis", Method: "Method", Currency: "RUB", Excluded: "not accrued", Date: "Date of calculation",
	Pg: "page %d of %s", Notes: "Notes", ExplanationDefault: "Explanation of the calculation",
	CalcTitle: "Calculation for the demand", Demand: "Demand", Event: "Event", Due: "Due by (inclusive)",
	Status: "Status", Delay: "Days of delay", Since: "from", BaseOf: "Base", CapLine: "Limit",
	Debt: "Debt", DueOn: "due", Fine: "Fine", CourtFee: "Court fee", Reasoning: "Reasoning for the due date",
}

func labelsFor(lang law.Lang) labels {
	if lang == law.English {
		return labelsEN
	}
	return labelsRU
}

// money writes an amount with kopecks: "14 997,50" in Russian, "14,997.50"
// in English; the thousands are held together by no-break spaces.
func money(d decimal.Decimal, lang law.Lang) string {
	if lang == law.English {
		return group(d.StringFixed(2), ",", ".")
	}
	return group(d.StringFixed(2), nbsp, ",")
}

func group(s, thousands, point string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(thousands)
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// percent writes a fraction as a percentage: 0.01 → "1 %", 0.005 → "0,5 %"
// (Russian), "0.5%" (English).
func percent(f decimal.Decimal, lang law.Lang) string {
	p := f.Mul(decimal.NewFromInt(100)).String()
	if lang == law.English {
		return p + "%"
	}
	return strings.Replace(p, ".", ",", 1) + nbsp + "%"
}

// date writes a date as "10.01.2025"; English documents too, since the
// tables are read side by side with the Russian court papers.
func date(d calendar.Date) string { return d.Format("02.01.2006") }

// rateText is the rate with its period: "1 % в день", "16 % годовых",
// "1/300 × 21 % в день".
func rateText(r Rate, lang law.Lang) string {
	l := labelsFor(lang)
	s := percent(r.Value, lang)
	if r.Divisor > 1 {
		s = fmt.Sprintf("1/%d × %s", r.Divisor, s)
	}
	if r.Per == PerYear {
		return s + " " + l.PerYear
	}
	return s + " " + l.PerDay
}

// formulaText is the row's arithmetic as printed: "59 990,00 × 1 % × 25",
// "100 000,00 × 16 % × 9 / 366", and with a rounded daily amount
// "22 999,00 × 1 % ≈ 229,99 × 361".
func formulaText(r Row, lang law.Lang) string {
	if r.Excluded {
		return labelsFor(lang).Excluded
	}
	s := money(r.Base, lang) + " × "
	if r.Rate.Divisor > 1 {
		s += fmt.Sprintf("1/%d × ", r.Rate.Divisor)
	}
	s += percent(r.Rate.Value, lang)
	if r.Rate.RoundDaily {
		one := r
		one.Days, one.Rate.RoundDaily = 1, false
		if r.Rate.Per == PerYear {
			s += fmt.Sprintf(" / %d", r.Rate.YearDays)
		}
		return s + " ≈ " + money(one.expected(), lang) + fmt.Sprintf(" × %d", r.Days)
	}
	s += fmt.Sprintf(" × %d", r.Days)
	if r.Rate.Per == PerYear {
		s += fmt.Sprintf(" / %d", r.Rate.YearDays)
	}
	return s
}

// cite renders citations in the document's language.
func cite(refs []law.Ref, lang law.Lang) string { return law.Join(refs, lang) }

// withRefs appends " [refs]" to a text when there are any.
func withRefs(text string, refs []law.Ref, lang law.Lang) string {
	if len(refs) == 0 {
		return text
	}
	return text + " [" + cite(refs, lang) + "]"
}

// shareText is a Total's arithmetic: "50 % × 14 997,50 = 7 498,75".
func shareText(t Total, d Document) string {
	if t.Share.IsZero() {
		return money(t.Amount, d.Lang)
	}
	var parts []string
	for _, j := range t.Of {
		parts = append(parts, money(d.Calculations[j].Total, d.Lang))
	}
	if !t.Plus.IsZero() {
		parts = append(parts, money(t.Plus, d.Lang))
	}
	of := strings.Join(parts, " + ")
	if len(parts) > 1 {
		of = "(" + of + ")"
	}
	return fmt.Sprintf("%s × %s = %s", percent(t.Share, d.Lang), of, money(t.Amount, d.Lang))
}

// oneLine folds line breaks into spaces for a cell or a line of a table.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\r' || r == '\t' }), " ")
}
