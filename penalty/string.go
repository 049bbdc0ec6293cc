package penalty

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// String returns the calculation as a court-ready Russian table — период,
// дней, база, ставка, формула, сумма, with each row's note beneath it —
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
func (c Calculation) String() string {
	annual := false
	for _, r := range c.Rows {
		annual = annual || r.YearDays > 0
	}
	baseHeader := "База, руб."
	if annual {
		baseHeader = "Долг, руб."
	}
	cells := [][6]string{{"Период", "Дней", baseHeader, "Ставка", "Формула", "Сумма, руб."}}
	for _, r := range c.Rows {
		cells = append(cells, [6]string{formatPeriod(r.From, r.To), strconv.Itoa(r.Days), FormatAmount(r.Base), r.rateCell(), r.Formula(), FormatAmount(r.Amount)})
	}
	var width [6]int
	for _, row := range cells {
		for i, cell := range row {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
	}
	rightAligned := [6]bool{false, true, true, false, false, true}

	var b strings.Builder
	b.WriteString(c.Title)
	b.WriteString("\n\n")
	for n, row := range cells {
		for i, cell := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(cell))
			switch {
			case rightAligned[i] && n > 0:
				b.WriteString(pad + cell)
			case i == len(row)-1:
				b.WriteString(cell)
			default:
				b.WriteString(cell + pad)
			}
		}
		b.WriteByte('\n')
		if n == 0 {
			for i, w := range width {
				if i > 0 {
					b.WriteString("-+-")
				}
				b.WriteString(strings.Repeat("-", w))
			}
			b.WriteByte('\n')
		} else if note := c.Rows[n-1].Note; note != "" {
			b.WriteString("    примечание: " + note + "\n")
		}
	}
	b.WriteByte('\n')

	days := countDays(c.Days)
	if c.ExcludedDays > 0 {
		days += " (исключено " + countDays(c.ExcludedDays) + ")"
	}
	capLine := "Ограничение: не установлено."
	switch {
	case c.Cap.Sign() > 0:
		capLine = "Ограничение: не более " + FormatRub(c.Cap)
		if c.CapBasis != "" {
			capLine += " — " + c.CapBasis
		}
		if !c.Capped {
			capLine += "; не превышено"
		}
		capLine += "."
	case c.CapBasis != "":
		capLine = "Ограничение: " + c.CapBasis + "."
	}
	if c.Capped {
		b.WriteString("Итого начислено: " + days + ", " + FormatRub(c.Uncapped) + "\n")
		b.WriteString(capLine + "\n")
		b.WriteString("Итого к взысканию: " + FormatRub(c.Total) + "\n")
	} else {
		b.WriteString("Итого: " + days + ", " + FormatRub(c.Total) + "\n")
		b.WriteString(capLine + "\n")
	}
	b.WriteString("Основание: " + c.Basis + ".\n")
	if c.Method != "" {
		b.WriteString("Порядок расчёта: " + c.Method + "\n")
	}
	return b.String()
}

// rateCell is the rate as the table shows it: "1 % в день",
// "15,5 % годовых", or "—" on an excluded row.
func (r Row) rateCell() string {
	switch {
	case r.Excluded:
		return "—"
	case r.YearDays > 0:
		return formatPercent(r.Rate) + " годовых"
	}
	return formatPercent(r.Rate) + " в день"
}
