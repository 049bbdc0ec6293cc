package penalty

import (
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Text renders a calculation from its data. Russian is the wording lawyers
// paste into claims and lawsuits; English is legal English. Money is
// "59 990,00 руб." / "59,990.00 RUB"; dates are "17.03.2025" in Russian
// and ISO "2025-03-17" in English tables ("17 March 2025" in sentences).

var ruleTitles = map[RuleID][2]string{
	RuleGoods: {"Неустойка за нарушение сроков удовлетворения требований потребителя (ст. 20, 21, 22 Закона РФ «О защите прав потребителей»)",
		"Penalty for delay in meeting the consumer's demands (Arts. 20, 21, 22 of the Law “On Protection of Consumer Rights”)"},
	RulePrepayment: {"Неустойка за нарушение срока передачи предварительно оплаченного товара", "Penalty for delay in handing over prepaid goods"},
	RuleServices:   {"Неустойка за нарушение сроков выполнения работы (оказания услуги)", "Penalty for delay in performing work (rendering a service)"},
	RuleOSAGO: {"Неустойка за несоблюдение срока осуществления страховой выплаты (выдачи направления на ремонт) по ОСАГО",
		"Penalty for a late compulsory motor insurance (OSAGO) payout or repair referral"},
	RuleOSAGORepair: {"Неустойка за нарушение срока проведения восстановительного ремонта по ОСАГО", "Penalty for a late repair under compulsory motor insurance (OSAGO)"},
	RuleOSAGOSanction: {"Финансовая санкция за несоблюдение срока направления мотивированного отказа в страховом возмещении по ОСАГО",
		"Financial sanction for a late reasoned refusal of an OSAGO payout"},
	RuleArt395:            {"Проценты за пользование чужими денежными средствами (ст. 395 ГК РФ)", "Interest for the use of another's money (Civil Code of the Russian Federation, Art. 395)"},
	RuleStatutoryInterest: {"Законные проценты (ст. 317.1 ГК РФ)", "Statutory interest (Civil Code of the Russian Federation, Art. 317.1)"},
	RuleWages: {"Проценты (денежная компенсация) за задержку выплат работнику (ст. 236 ТК РФ)",
		"Interest (compensation) for late payment of sums due to an employee (Labour Code of the Russian Federation, Art. 236)"},
	RuleUtilities: {"Пени за несвоевременную и (или) неполную оплату жилого помещения и коммунальных услуг (ч. 14 ст. 155 ЖК РФ)",
		"Penalty for late or partial payment for housing and utilities (Housing Code of the Russian Federation, Art. 155, Part 14)"},
	RuleCapitalRepair: {"Пени за несвоевременную уплату взносов на капитальный ремонт (ч. 14.1 ст. 155 ЖК РФ)",
		"Penalty for late capital-repair contributions (Housing Code of the Russian Federation, Art. 155, Part 14.1)"},
	RuleDDU: {"Неустойка за нарушение срока передачи объекта долевого строительства (ч. 2 ст. 6 Федерального закона № 214-ФЗ)",
		"Penalty for late transfer of an object of shared construction (Federal Law No. 214-FZ, Art. 6, Part 2)"},
	RuleDDUCitizen: {"Неустойка за нарушение срока передачи объекта долевого строительства участнику — гражданину, в двойном размере (ч. 2 ст. 6 Федерального закона № 214-ФЗ)",
		"Penalty for late transfer of an object of shared construction to a citizen, doubled (Federal Law No. 214-FZ, Art. 6, Part 2)"},
	RuleTaxIndividual: {"Пени за несвоевременную уплату налога физическим лицом (индивидуальным предпринимателем) (ст. 75 НК РФ)",
		"Penalty for late payment of tax by an individual or sole proprietor (Tax Code of the Russian Federation, Art. 75)"},
	RuleTaxOrganisation: {"Пени за несвоевременную уплату налога организацией (ст. 75 НК РФ)",
		"Penalty for late payment of tax by an organisation (Tax Code of the Russian Federation, Art. 75)"},
	RuleProcurementSupplier: {"Пеня за просрочку исполнения обязательства поставщиком (подрядчиком, исполнителем) (ч. 7 ст. 34 Федерального закона № 44-ФЗ)",
		"Penalty for the supplier's (contractor's) delay (Federal Law No. 44-FZ, Art. 34, Part 7)"},
	RuleProcurementCustomer: {"Пеня за просрочку исполнения обязательства заказчиком (ч. 5 ст. 34 Федерального закона № 44-ФЗ)",
		"Penalty for the customer's delay (Federal Law No. 44-FZ, Art. 34, Part 5)"},
	RuleAlimony: {"Неустойка за несвоевременную уплату алиментов (п. 2 ст. 115 СК РФ)", "Penalty for late payment of alimony (Family Code of the Russian Federation, Art. 115, Cl. 2)"},
}

// Title names what was computed: the statutory rule's title in lang, or a
// caller's rule's Name.
func (c Calculation) Title(lang law.Lang) string {
	if t, ok := ruleTitles[c.Rule]; ok {
		if lang == law.English {
			return t[1]
		}
		return t[0]
	}
	if c.Name != "" {
		return c.Name
	}
	return pick(lang == law.English, "Расчёт неустойки", "Penalty calculation")
}

// String is Text(law.Russian).
func (c Calculation) String() string { return c.Text(law.Russian) }

// Text returns the calculation as a court-ready table in lang — period,
// days, base, rate, formula, amount, with each row's note beneath it —
// followed by the total, the cap line, the legal basis and the method:
//
//	Неустойка за нарушение сроков удовлетворения требований потребителя (…)
//
//	Период                | Дней | База, руб. | Ставка     | Формула                         | Сумма, руб.
//	----------------------+------+------------+------------+---------------------------------+------------
//	17.03.2025–30.03.2025 |   14 |  59 990,00 | 1 % в день | 59 990,00 × 1 % × 14 = 8 398,60 |    8 398,60
//
//	Итого: 14 дней, 8 398,60 руб.
//	Ограничение: размер неустойки суммой не ограничен (…).
//	Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1.
//	Порядок расчёта: …
func (c Calculation) Text(lang law.Lang) string {
	return string(c.AppendText(make([]byte, 0, 1024+256*len(c.Rows)), lang))
}

// AppendText appends Text(lang) to b.
func (c Calculation) AppendText(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	b = append(b, c.Title(lang)...)
	b = append(b, "\n\n"...)
	b = c.appendTable(b, lang)
	b = append(b, '\n')

	if len(c.Debts) > 0 {
		b = append(b, pick(en, "Итого: ", "Total: ")...)
		if c.Capped {
			b = append(b, pick(en, "начислено ", "accrued ")...)
		}
		b = appendMoney(b, c.Uncapped, lang)
		b = append(b, '\n')
	} else {
		var daysBuf [64]byte
		days := appendDays(daysBuf[:0], c.Days, lang)
		if c.ExcludedDays > 0 {
			days = append(days, pick(en, " (исключено ", " (excluded: ")...)
			days = appendDays(days, c.ExcludedDays, lang)
			days = append(days, ')')
		}
		if c.Capped {
			b = append(b, pick(en, "Итого начислено: ", "Total accrued: ")...)
		} else {
			b = append(b, pick(en, "Итого: ", "Total: ")...)
		}
		b = append(b, days...)
		b = append(b, ", "...)
		b = appendMoney(b, c.Uncapped, lang)
		b = append(b, '\n')
	}
	b = c.appendCapLine(b, lang)
	if c.Capped {
		b = append(b, pick(en, "Итого к взысканию: ", "Total due: ")...)
		b = appendMoney(b, c.Total, lang)
		b = append(b, '\n')
	}
	if len(c.Basis) > 0 {
		b = append(b, pick(en, "Основание: ", "Basis: ")...)
		b = appendRefs(b, c.Basis, lang)
		b = append(b, ".\n"...)
	}
	b = append(b, pick(en, "Порядок расчёта: ", "Method: ")...)
	var methods [8]Code
	for i, m := range c.method(&methods) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = c.appendMethod(b, m, lang)
	}
	b = append(b, '\n')
	for _, a := range c.Allocations {
		b = c.appendAllocation(b, a, lang)
	}
	for _, n := range c.Notes {
		b = appendNote(b, n, lang)
		b = append(b, '\n')
	}
	return b
}

// appendTable writes the rows as an aligned table, with a line naming the
// debt before each debt's rows in a schedule and each row's note beneath
// it.
func (c Calculation) appendTable(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	annual := false
	for _, r := range c.Rows {
		annual = annual || r.YearDays > 0
	}
	var header [6]string
	if en {
		header = [6]string{"Period", "Days", "Base, RUB", "Rate", "Formula", "Amount, RUB"}
		if annual {
			header[2] = "Debt, RUB"
		}
	} else {
		header = [6]string{"Период", "Дней", "База, руб.", "Ставка", "Формула", "Сумма, руб."}
		if annual {
			header[2] = "Долг, руб."
		}
	}
	// Cells are built into one buffer; ends[i][j] marks where cell j of row i ends.
	var cellBuf [2048]byte
	var endBuf [8][6]int
	cells := cellBuf[:0]
	ends := endBuf[:0]
	if len(c.Rows) > len(endBuf) {
		ends = make([][6]int, 0, len(c.Rows))
	}
	ends = ends[:len(c.Rows)]
	var width [6]int
	for j, h := range header {
		width[j] = utf8.RuneCountInString(h)
	}
	for i, r := range c.Rows {
		start := len(cells)
		for j := 0; j < 6; j++ {
			switch j {
			case 0:
				cells = appendPeriod(cells, r.From, r.To, lang)
			case 1:
				cells = strconv.AppendInt(cells, int64(r.Days), 10)
			case 2:
				cells = appendAmount(cells, r.Base, lang)
			case 3:
				cells = r.appendRateCell(cells, lang)
			case 4:
				cells = r.appendFormula(cells, lang)
			case 5:
				cells = appendAmount(cells, r.Amount, lang)
			}
			ends[i][j] = len(cells)
			width[j] = max(width[j], utf8.RuneCount(cells[start:]))
			start = len(cells)
		}
	}
	right := [6]bool{false, true, true, false, false, true}
	line := func(b []byte, cell func(j int) []byte, header bool) []byte {
		for j := 0; j < 6; j++ {
			s := cell(j)
			if j > 0 {
				b = append(b, " | "...)
			}
			pad := width[j] - utf8.RuneCount(s)
			switch {
			case right[j] && !header:
				b = appendSpaces(b, pad)
				b = append(b, s...)
			case j == 5:
				b = append(b, s...)
			default:
				b = append(b, s...)
				b = appendSpaces(b, pad)
			}
		}
		return append(b, '\n')
	}
	for j, h := range header {
		if j > 0 {
			b = append(b, " | "...)
		}
		b = append(b, h...)
		if j < 5 {
			b = appendSpaces(b, width[j]-utf8.RuneCountInString(h))
		}
	}
	b = append(b, '\n')
	for j, w := range width {
		if j > 0 {
			b = append(b, "-+-"...)
		}
		for range w {
			b = append(b, '-')
		}
	}
	b = append(b, '\n')
	prevDebt := -1
	var noteBuf [512]byte
	last := c.lastDay()
	for i := range c.Rows {
		r := &c.Rows[i]
		if len(c.Debts) > 0 && r.Debt != prevDebt && r.Debt >= 0 && r.Debt < len(c.Debts) {
			b = c.appendDebtLine(b, r.Debt, lang)
			prevDebt = r.Debt
		}
		b = line(b, func(j int) []byte {
			from := 0
			if j > 0 {
				from = ends[i][j-1]
			} else if i > 0 {
				from = ends[i-1][5]
			}
			return cells[from:ends[i][j]]
		}, false)
		if n := c.appendRowNote(noteBuf[:0], i, lang, last); len(n) > 0 {
			b = append(b, pick(en, "    примечание: ", "    note: ")...)
			b = append(b, n...)
			b = append(b, '\n')
		}
	}
	return b
}

func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// appendDebtLine introduces a debt's rows in a schedule.
func (c Calculation) appendDebtLine(b []byte, k int, lang law.Lang) []byte {
	d := c.Debts[k]
	en := lang == law.English
	b = append(b, pick(en, "Долг ", "Debt ")...)
	b = appendMoney(b, d.Amount, lang)
	b = append(b, pick(en, ", срок оплаты ", ", due ")...)
	b = d.Due.AppendLang(b, lang)
	if d.PaidBeforeDelay.Sign() > 0 {
		b = append(b, pick(en, ", оплачено в срок ", ", paid on time ")...)
		b = appendMoney(b, d.PaidBeforeDelay, lang)
	}
	b = append(b, pick(en, "; итого по долгу ", "; total for the debt ")...)
	b = appendMoney(b, d.Total, lang)
	return append(b, ":\n"...)
}

// appendPeriod writes "15.01.2025–28.01.2025" (Russian) or
// "2025-01-15–2025-01-28" (English), or a single date for one day.
func appendPeriod(b []byte, from, to calendar.Date, lang law.Lang) []byte {
	app := func(b []byte, d calendar.Date) []byte {
		if lang == law.English {
			b, _ = d.AppendText(b)
			return b
		}
		return d.AppendRussian(b)
	}
	b = app(b, from)
	if from != to {
		b = append(b, "–"...)
		b = app(b, to)
	}
	return b
}

// appendDays writes "14 дней", "1 день", "22 дня" or "14 days".
func appendDays(b []byte, n int, lang law.Lang) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ' ')
	if lang == law.English {
		return append(b, law.Plural(lang, n, "day", "days", "days")...)
	}
	return append(b, law.Plural(lang, n, "день", "дня", "дней")...)
}

// appendRefs writes citations separated by "; ", continuing the act of the
// citation before instead of repeating it: «Закон РФ … , ст. 28 п. 5,
// ст. 30, ст. 31 п. 3».
func appendRefs(b []byte, refs []law.Ref, lang law.Lang) []byte {
	for i, r := range refs {
		if i > 0 && r.Act == refs[i-1].Act && !r.Act.IsZero() && r.Article != "" {
			r.Act = law.Act{}
			b = r.AppendText(b, lang)
			continue
		}
		if i > 0 {
			b = append(b, "; "...)
		}
		b = r.AppendText(b, lang)
	}
	return b
}

// appendRateCell writes the rate as the table shows it: "1 % в день",
// "15,5 % годовых", "9,5 % × 1/300", or "—" when nothing accrues.
func (r Row) appendRateCell(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	switch {
	case r.Excluded:
		return append(b, "—"...)
	case r.YearDays > 0:
		b = appendPercent(b, r.Rate, lang)
		b = append(b, pick(en, " годовых", " p.a.")...)
		if r.Multiplier > 1 {
			b = append(b, " × "...)
			b = strconv.AppendInt(b, int64(r.Multiplier), 10)
		}
		return b
	case !r.Share.IsZero():
		b = appendPercent(b, r.Rate, lang)
		b = append(b, " × "...)
		b = appendShare(b, r.Share)
		if r.Multiplier > 1 {
			b = append(b, " × "...)
			b = strconv.AppendInt(b, int64(r.Multiplier), 10)
		}
		return b
	}
	b = appendPercent(b, r.Rate, lang)
	return append(b, pick(en, " в день", " per day")...)
}

func appendShare(b []byte, s Share) []byte {
	b = strconv.AppendInt(b, int64(s.Num), 10)
	b = append(b, '/')
	return strconv.AppendInt(b, int64(s.Den), 10)
}

// Formula returns the row's arithmetic in lang, stating the rounding used:
// "59 990,00 × 1 % × 14 = 8 398,60", "12 345,67 × 1 % × 3 = 370,3701 ≈
// 370,37", "100 000,00 × 16 % × 28 / 366 ≈ 1 224,04", "10 000,00 × 9,5 %
// × 1/300 × 60 = 190,00", or, for RoundDailyAmount, "22 999,00 × 1 % =
// 229,99 в день; 229,99 × 361 = 83 026,39". An excluded row is «не
// начисляется».
func (r Row) Formula(lang law.Lang) string { return string(r.appendFormula(nil, lang)) }

func (r Row) appendFormula(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	if r.Excluded {
		return append(b, pick(en, "не начисляется", "does not accrue")...)
	}
	if out, ok := r.appendFormulaInt(b, lang); ok {
		return out
	}
	return r.appendFormulaDecimal(b, lang)
}

// appendFormulaDecimal is the formula in decimal arithmetic, for operands
// too large for appendFormulaInt.
func (r Row) appendFormulaDecimal(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	if !sane(r.Base) || !sane(r.Rate) {
		return append(b, "—"...)
	}
	// The factors: base × rate [× share] [× multiplier].
	b = appendAmount(b, r.Base, lang)
	b = append(b, " × "...)
	b = appendPercent(b, r.Rate, lang)
	mult := decimal.NewFromInt(1)
	if !r.Share.IsZero() {
		b = append(b, " × "...)
		b = appendShare(b, r.Share)
	}
	if r.Multiplier > 1 {
		b = append(b, " × "...)
		b = strconv.AppendInt(b, int64(r.Multiplier), 10)
		mult = decimal.NewFromInt(int64(r.Multiplier))
	}
	num := r.Base.Mul(r.Rate).Mul(mult)
	div := int64(1)
	switch {
	case r.YearDays > 0:
		div = int64(r.YearDays)
	case !r.Share.IsZero():
		num = num.Mul(decimal.NewFromInt(int64(r.Share.Num)))
		div = int64(r.Share.Den)
	}
	days := decimal.NewFromInt(int64(r.Days))
	if r.Rounding == RoundDailyAmount {
		daily := r.Amount
		if r.Days > 0 {
			daily = r.Amount.DivRound(days, 2) // exact: Amount is daily × days
		}
		if r.YearDays > 0 {
			b = append(b, " / "...)
			b = strconv.AppendInt(b, div, 10)
			b = appendApproxDiv(b, num, div, daily, lang)
		} else if div != 1 {
			b = appendApproxDiv(b, num, div, daily, lang)
		} else {
			b = append(b, " = "...)
			b = appendApprox(b, num, daily, lang)
		}
		b = append(b, pick(en, " в день; ", " per day; ")...)
		b = appendAmount(b, daily, lang)
		b = append(b, " × "...)
		b = strconv.AppendInt(b, int64(r.Days), 10)
		b = append(b, " = "...)
		return appendAmount(b, r.Amount, lang)
	}
	b = append(b, " × "...)
	b = strconv.AppendInt(b, int64(r.Days), 10)
	num = num.Mul(days)
	switch {
	case r.YearDays > 0:
		b = append(b, " / "...)
		b = strconv.AppendInt(b, div, 10)
		return appendApproxDiv(b, num, div, r.Amount, lang)
	case div != 1:
		return appendApproxDiv(b, num, div, r.Amount, lang)
	}
	b = append(b, " = "...)
	return appendApprox(b, num, r.Amount, lang)
}

// appendApprox writes an exact value and its kopeck rounding: "370,3701 ≈
// 370,37", or just "370,37" when rounding changed nothing.
func appendApprox(b []byte, exact, rounded decimal.Decimal, lang law.Lang) []byte {
	if exact.Equal(rounded) {
		return appendAmount(b, rounded, lang)
	}
	b = appendNumber(b, exact, lang)
	b = append(b, " ≈ "...)
	return appendAmount(b, rounded, lang)
}

// appendApproxDiv writes " = x" when num / div is exactly the rounded x,
// and " ≈ x" otherwise.
func appendApproxDiv(b []byte, num decimal.Decimal, div int64, rounded decimal.Decimal, lang law.Lang) []byte {
	if rounded.Mul(decimal.NewFromInt(div)).Equal(num) {
		b = append(b, " = "...)
	} else {
		b = append(b, " ≈ "...)
	}
	return appendAmount(b, rounded, lang)
}

// RowNote returns the note under row i in lang: why it starts, when that
// is worth saying — a payment, an exclusion or moratorium with its act, a
// tier, a rate cap, the reference rate where its kind first appears, an
// assumed rate — or "".
func (c Calculation) RowNote(i int, lang law.Lang) string {
	if i < 0 || i >= len(c.Rows) {
		return ""
	}
	return string(c.appendRowNote(nil, i, lang, c.lastDay()))
}

// appendRowNote writes the note of row i; last is c.lastDay(), computed
// once by the caller.
func (c Calculation) appendRowNote(b []byte, i int, lang law.Lang, last calendar.Date) []byte {
	en := lang == law.English
	r := &c.Rows[i]
	start := len(b)
	sep := func() {
		if len(b) > start {
			b = append(b, "; "...)
		}
	}
	// The row before in the same debt that accrued, for "where it starts".
	var prev *Row
	for j := i - 1; j >= 0 && c.Rows[j].Debt == r.Debt; j-- {
		if !c.Rows[j].Excluded {
			prev = &c.Rows[j]
			break
		}
	}
	switch {
	case r.Excluded && r.Exclusion != nil:
		b = append(b, pick(en, "период исключён из расчёта", "period excluded from the calculation")...)
		if len(r.Exclusion.Basis) > 0 {
			b = append(b, ": "...)
			b = appendRefs(b, r.Exclusion.Basis, lang)
		}
	case r.Excluded && r.Special != nil:
		b = append(b, pick(en, "мораторий, не начисляется: ", "moratorium, nothing accrues: ")...)
		b = appendRefs(b, r.Special.Basis, lang)
	case r.Excluded:
		last := r.DelayDay + r.Days - 1
		if en {
			b = append(b, "days of delay "...)
			b = strconv.AppendInt(b, int64(r.DelayDay), 10)
			b = append(b, '-')
			b = strconv.AppendInt(b, int64(last), 10)
			b = append(b, ": nothing accrues (grace period)"...)
		} else {
			b = append(b, "дни просрочки с "...)
			b = strconv.AppendInt(b, int64(r.DelayDay), 10)
			b = append(b, "-го по "...)
			b = strconv.AppendInt(b, int64(last), 10)
			b = append(b, "-й: пени не начисляются"...)
		}
	default:
		if r.Reason == RowPart {
			if r.RateDate == last {
				b = append(b, pick(en, "неоплаченная часть долга", "the unpaid part of the debt")...)
			} else {
				b = append(b, pick(en, "часть долга, оплаченная ", "the part of the debt paid on ")...)
				b = r.RateDate.AppendLang(b, lang)
			}
		}
		if r.Reason == RowTier && !r.Share.IsZero() {
			sep()
			if en {
				b = append(b, "from day "...)
				b = strconv.AppendInt(b, int64(r.DelayDay), 10)
				b = append(b, " of delay: "...)
				b = appendShare(b, r.Share)
				b = append(b, " of the rate"...)
			} else {
				b = append(b, "с "...)
				b = strconv.AppendInt(b, int64(r.DelayDay), 10)
				b = append(b, "-го дня просрочки — "...)
				b = appendShare(b, r.Share)
				b = append(b, " ставки"...)
			}
		}
		if !r.RatePeriod.IsZero() && (prev == nil || prev.RatePeriod.Kind != r.RatePeriod.Kind || prev.RatePeriod.District != r.RatePeriod.District ||
			prev.RateDate != r.RateDate || r.Reason == RowPart) {
			sep()
			b = append(b, r.RatePeriod.Kind.Text(lang)...)
			if r.RatePeriod.Kind == DepositRate && r.RatePeriod.District != "" {
				b = append(b, ", "...)
				b = append(b, r.RatePeriod.District...)
			}
			if !r.RateDate.IsZero() {
				b = append(b, pick(en, " на ", " on ")...)
				b = r.RateDate.AppendLang(b, lang)
			}
		}
		if r.Special != nil && (prev == nil || prev.Special == nil || prev.Special.ID != r.Special.ID || prev.Special.From != r.Special.From) {
			sep()
			if r.Special.Kind == RateFixed {
				b = append(b, pick(en, "ставка принимается равной ", "the rate is taken as ")...)
			} else {
				b = append(b, pick(en, "ставка не выше ", "the rate is at most ")...)
			}
			b = appendPercent(b, r.Special.Percent.Shift(-2), lang)
			b = append(b, " ("...)
			b = appendRefs(b, r.Special.Basis, lang)
			b = append(b, ')')
		}
		if r.Assumed && (prev == nil || !prev.Assumed) {
			sep()
			b = append(b, pick(en, "ставка принята равной последней известной (ставки известны по ", "the last known rate is assumed (rates known through ")...)
			b = c.RatesKnownThrough.AppendLang(b, lang)
			b = append(b, ')')
		}
	}
	if r.Reason == RowPayment && !r.PaidOn.IsZero() {
		sep()
		b = r.PaidOn.AppendLang(b, lang)
		b = append(b, pick(en, " оплачено ", ": paid ")...)
		b = appendMoney(b, r.Paid, lang)
		b = append(b, pick(en, ", остаток ", ", remaining ")...)
		b = appendMoney(b, r.Base, lang)
	}
	return b
}

// lastDay is the calculation's last day of accrual.
func (c Calculation) lastDay() calendar.Date {
	var last calendar.Date
	for _, r := range c.Rows {
		if r.To.After(last) {
			last = r.To
		}
	}
	return last
}

// appendCapLine writes the line about the ceiling.
func (c Calculation) appendCapLine(b []byte, lang law.Lang) []byte {
	b = append(b, pick(lang == law.English, "Ограничение: ", "Cap: ")...)
	b = c.appendCap(b, lang)
	return append(b, ".\n"...)
}

// appendCap writes what the cap line says, without its label and period.
func (c Calculation) appendCap(b []byte, lang law.Lang) []byte {
	en := lang == law.English
	interest := c.Rule == RuleArt395 || c.Rule == RuleStatutoryInterest
	osago := c.Rule == RuleOSAGO || c.Rule == RuleOSAGORepair || c.Rule == RuleOSAGOSanction
	if c.Cap.Sign() > 0 {
		b = append(b, pick(en, "не более ", "at most ")...)
		b = appendMoney(b, c.Cap, lang)
		b = append(b, " — "...)
		switch {
		case c.CapCode == CapToBase:
			if en {
				b = append(b, "the penalty may not exceed the "...)
				b = append(b, c.Base.Text(lang)...)
			} else {
				b = append(b, "сумма неустойки не может превышать "...)
				b = append(b, c.Base.accusative()...)
			}
			if len(c.CapBasis) > 0 {
				b = append(b, " ("...)
				b = appendRefs(b, c.CapBasis, lang)
				b = append(b, ')')
			}
		case len(c.CapBasis) > 0:
			b = appendRefs(b, c.CapBasis, lang)
		default:
			b = append(b, pick(en, "ограничение, принятое в расчёте", "a ceiling set for the calculation")...)
		}
		if !c.Capped {
			b = append(b, pick(en, "; не превышено", "; not reached")...)
		}
		return b
	}
	switch c.CapCode {
	case CapUnlimited:
		switch {
		case en && interest:
			b = append(b, "the law sets no ceiling on the interest"...)
		case en:
			b = append(b, "the law sets no ceiling on the penalty"...)
		case interest:
			b = append(b, "размер процентов суммой не ограничен"...)
		default:
			b = append(b, "размер неустойки суммой не ограничен"...)
		}
		b = append(b, " ("...)
		b = appendRefs(b, c.CapBasis, lang)
		b = append(b, ')')
	case CapLimitNotApplied:
		switch {
		case osago && en:
			b = append(b, "the penalty and the financial sanction together may not exceed the insured sum for the kind of harm (Art. 16.1(6)), "+
				"or the limit of Art. 11.1(4) when the accident was documented without the police; the insurer is released when it performed "+
				"in the order and terms of the law (Art. 16.1(5)) — "...)
		case osago:
			b = append(b, "общий размер неустойки и финансовой санкции не может превышать страховую сумму по виду причинённого вреда (ст. 16.1 п. 6), "+
				"а при оформлении ДТП без участия сотрудников полиции — размер, установленный ст. 11.1 п. 4; страховщик освобождается от неустойки, "+
				"исполнив обязательство в порядке и в сроки закона (ст. 16.1 п. 5) — "...)
		}
		b = appendRefs(b, c.CapBasis, lang)
		b = append(b, pick(en, "; в расчёте не применялось", "; not applied in this calculation")...)
	default:
		b = append(b, pick(en, "не установлено", "none")...)
	}
	return b
}

// Citations of the method, parsed once.
var (
	plenum7p65     = law.MustRefs("Постановление Пленума ВС РФ от 24.03.2016 № 7, п. 65")
	art395p3       = law.MustRefs("ГК РФ ст. 395 п. 3; Постановление Пленума ВС РФ от 24.03.2016 № 7, п. 65")
	plenum1998p2   = law.MustRefs("Постановление Пленума ВС РФ и Пленума ВАС РФ от 08.10.1998 № 13/14, п. 2")
	plenum1998p3   = law.MustRefs("Постановление Пленума ВС РФ и Пленума ВАС РФ от 08.10.1998 № 13/14, п. 3")
	dduRateRuling  = law.MustRefs("Определение ВС РФ от 27.02.2024 № 127-КГ23-18-К4")
	allocationRefs = law.MustRefs("ГК РФ ст. 319.1 п. 3; Постановление Пленума ВС РФ от 27.06.2017 № 22, п. 32")
)

// methodBasis returns the citations of a method code in this calculation
// (shared, read-only).
func (c Calculation) methodBasis(m Code) []law.Ref {
	switch m {
	case MethodDaysInclusive:
		if c.annual() && c.Rule == RuleArt395 {
			return art395p3
		}
		return plenum7p65
	case MethodDays360:
		return plenum1998p2
	case MethodRateOnDay:
		switch {
		case c.Rule == RuleArt395:
			return plenum1998p3
		case c.RateOn == RateOnDayBeforeFrom && c.RateDate.IsZero():
			return dduRateRuling
		}
	case MethodAllocation:
		return allocationRefs
	}
	return nil
}

func (c Calculation) annual() bool {
	for _, r := range c.Rows {
		if r.YearDays > 0 {
			return true
		}
	}
	return false
}

// appendMethod writes one method code as a sentence. The Russian wording
// is the one lawyers paste; the English one cites the same acts.
func (c Calculation) appendMethod(b []byte, m Code, lang law.Lang) []byte {
	if lang == law.English {
		return c.appendMethodEnglish(b, m)
	}
	switch m {
	case MethodDaysInclusive:
		if c.annual() {
			if c.Rule == RuleArt395 {
				return append(b, "Проценты начисляются по день уплаты долга включительно (ГК РФ ст. 395 п. 3; п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7);"...)
			}
			return append(b, "Проценты начисляются по день уплаты долга включительно (п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7);"...)
		}
		return append(b, "Период просрочки включает первый день просрочки и день фактического исполнения обязательства (п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7)."...)
	case MethodEndExclusive:
		return append(b, "День исполнения обязательства в период просрочки не включён."...)
	case MethodYearDays:
		return append(b, "число дней в году — фактическое (365 или 366); периоды разделены при изменении ставки и на 1 января."...)
	case MethodDays360:
		return append(b, "число дней в году принято равным 360, в месяце — 30 (п. 2 Постановления Пленума ВС РФ № 13, Пленума ВАС РФ № 14 от 08.10.1998)."...)
	case MethodRatePerPeriod:
		return append(b, "Применена ставка, действовавшая в соответствующие периоды; периоды разделены при её изменении."...)
	case MethodRateOnDay:
		switch {
		case !c.RateDate.IsZero():
			b = append(b, "Для всего периода просрочки применена ставка, действовавшая на "...)
			b = c.RateDate.AppendRussian(b)
			if c.Rule == RuleArt395 {
				b = append(b, " (п. 3 Постановления Пленума ВС РФ № 13, Пленума ВАС РФ № 14 от 08.10.1998)"...)
			}
			return append(b, '.')
		case c.RateOn == RateOnDayBeforeFrom:
			return append(b, "Для всего периода просрочки применена ставка, действовавшая в последний день срока исполнения обязательства (Определение ВС РФ от 27.02.2024 № 127-КГ23-18-К4)."...)
		}
		return append(b, "Для всего периода просрочки применена ставка, действовавшая на дату уплаты пени (дату расчёта)."...)
	case MethodRateOnPayment:
		return append(b, "Применена ставка, действовавшая на день фактической оплаты каждой части долга, для неоплаченной части — на дату расчёта."...)
	case MethodAllocation:
		return append(b, "Платежи зачтены в счёт долга, указанного плательщиком, а без указания — в счёт долга с наиболее ранним сроком оплаты (ГК РФ ст. 319.1 п. 3; п. 32 Постановления Пленума ВС РФ от 27.06.2017 № 22)."...)
	case MethodPayments:
		return append(b, "Выплата уменьшает базу со следующего дня."...)
	case MethodRoundEachRow:
		return append(b, "Сумма каждой строки округлена до копеек (половина копейки — в большую сторону); итог — сумма строк."...)
	case MethodRoundDailyAmount:
		return append(b, "Сумма за день округлена до копеек (половина копейки — в большую сторону) и умножена на число дней; итог — сумма строк."...)
	}
	return append(b, m...)
}

func (c Calculation) appendMethodEnglish(b []byte, m Code) []byte {
	cite := func(b []byte, end string) []byte {
		if refs := c.methodBasis(m); len(refs) > 0 {
			b = append(b, " ("...)
			b = appendRefs(b, refs, law.English)
			b = append(b, ')')
		}
		return append(b, end...)
	}
	switch m {
	case MethodDaysInclusive:
		if c.annual() {
			return cite(append(b, "Interest accrues through the day the debt is paid, inclusive"...), ";")
		}
		return cite(append(b, "The period of delay includes the first day of delay and the day the obligation was performed"...), ".")
	case MethodEndExclusive:
		return append(b, "The day the obligation was performed is not counted."...)
	case MethodYearDays:
		return append(b, "the year has its actual days (365 or 366); periods split where the rate changes and on 1 January."...)
	case MethodDays360:
		return cite(append(b, "the year is taken as 360 days and the month as 30"...), ".")
	case MethodRatePerPeriod:
		return append(b, "The rate in force in each period applies; periods split where it changes."...)
	case MethodRateOnDay:
		switch {
		case !c.RateDate.IsZero():
			b = append(b, "One rate applies to the whole delay: the rate in force on "...)
			b = c.RateDate.AppendLang(b, law.English)
			return cite(b, ".")
		case c.RateOn == RateOnDayBeforeFrom:
			return cite(append(b, "One rate applies to the whole delay: the rate in force on the last day of the term"...), ".")
		}
		return append(b, "One rate applies to the whole delay: the rate in force on the day the penalty is paid (the calculation date)."...)
	case MethodRateOnPayment:
		return append(b, "Each part of the debt takes the rate in force on the day it was paid; the unpaid part, the rate on the calculation date."...)
	case MethodAllocation:
		return cite(append(b, "Payments go to the debt the payer named, otherwise to the debt due first"...), ".")
	case MethodPayments:
		return append(b, "A payment lowers the base from the next day."...)
	case MethodRoundEachRow:
		return append(b, "Each row is rounded to kopecks (half a kopeck rounds up); the total is the sum of the rows."...)
	case MethodRoundDailyAmount:
		return append(b, "The daily amount is rounded to kopecks (half a kopeck rounds up) and multiplied by the days; the total is the sum of the rows."...)
	}
	return append(b, m...)
}

// appendAllocation writes how one part of a payment was allocated.
func (c Calculation) appendAllocation(b []byte, a Allocation, lang law.Lang) []byte {
	en := lang == law.English
	b = append(b, pick(en, "Платёж ", "Payment of ")...)
	b = a.On.AppendLang(b, lang)
	b = append(b, pick(en, ": ", ": ")...)
	b = appendMoney(b, a.Amount, lang)
	b = append(b, pick(en, " — в счёт долга со сроком оплаты ", " to the debt due ")...)
	if a.Debt >= 0 && a.Debt < len(c.Debts) {
		b = c.Debts[a.Debt].Due.AppendLang(b, lang)
	}
	if a.Code == AllocationNamed {
		b = append(b, pick(en, " (указан плательщиком)", " (named by the payer)")...)
	} else {
		b = append(b, pick(en, " (наиболее ранний срок)", " (due first)")...)
	}
	return append(b, ".\n"...)
}

// appendNote writes a calculation note as a sentence.
func appendNote(b []byte, n Note, lang law.Lang) []byte {
	en := lang == law.English
	switch n.Code {
	case RatesAssumed:
		b = append(b, pick(en, "Внимание: ставки известны по ", "Warning: the rates are known through ")...)
		b = n.Date.AppendLang(b, lang)
		return append(b, pick(en, "; за последующие дни принята последняя известная ставка.", "; later days are priced at the last known rate.")...)
	case NoteLessPerformed:
		b = append(b, pick(en, "База — цена контракта ", "The base is the contract price of ")...)
		b = appendMoney(b, n.Of, lang)
		b = append(b, pick(en, " за вычетом стоимости исполненных обязательств ", " less the value of the obligations performed, ")...)
		b = appendMoney(b, n.Amount, lang)
	case FineMoratoriumDisputed:
		b = append(b, pick(en, "Срок добровольного удовлетворения истёк ", "The term for voluntary satisfaction ended on ")...)
		b = n.Date.AppendLang(b, lang)
		b = append(b, pick(en, ", в период моратория 01.04.2022–01.10.2022: взыскание штрафа в этом случае — спорный вопрос практики",
			", during the moratorium of 01.04.2022–01.10.2022: whether the fine is then owed is disputed in practice")...)
	case FineDDUEffective:
		b = append(b, pick(en, "Штраф 5 % применяется с ", "The 5 % fine applies from ")...)
		b = n.Date.AppendLang(b, lang)
		b = append(b, pick(en, "; к более ранним правоотношениям применялся штраф по ст. 13 п. 6 Закона РФ «О защите прав потребителей» (переходные положения толкуются судами)",
			"; earlier cases took the consumer fine of Art. 13(6) of the Consumer Protection Law (the transition is read by the courts)")...)
	default:
		b = append(b, n.Code...)
	}
	if len(n.Basis) > 0 {
		b = append(b, " ("...)
		b = appendRefs(b, n.Basis, lang)
		b = append(b, ')')
	}
	return append(b, '.')
}

// endSentence ends a sentence with a period and a newline, without doubling
// the period of "руб.".
func endSentence(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '.' {
		return append(b, '\n')
	}
	return append(b, ".\n"...)
}
