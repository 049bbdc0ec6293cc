package documents_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/examples/documents"
)

// The README claim: 25 days × 1 % × 59 990 ₽, and the 50 % fine on it.
func readme() documents.Document {
	zozpp := func(s string) law.Ref { return law.MustRef("Закон РФ от 07.02.1992 № 2300-1, " + s) }
	return documents.Document{
		Title: "Расчёт неустойки",
		Calculations: []documents.Calculation{{
			Title: "Неустойка за нарушение сроков удовлетворения требований потребителя",
			Refs:  []law.Ref{zozpp("ст. 23 п. 1")},
			Rows: []documents.Row{{
				From: calendar.NewDate(2025, time.January, 10), To: calendar.NewDate(2025, time.February, 3), Days: 25,
				Base: decimal.NewFromInt(59990), Rate: documents.Rate{Value: decimal.RequireFromString("0.01")},
				Amount: decimal.RequireFromString("14997.50"),
			}},
			Days:  25,
			Total: decimal.RequireFromString("14997.50"),
		}},
		Totals: []documents.Total{{
			Label: "Штраф", Amount: decimal.RequireFromString("7498.75"),
			Share: decimal.RequireFromString("0.5"), Of: []int{0}, Refs: []law.Ref{zozpp("ст. 13 п. 6")},
		}},
	}
}

// The amount column holds formulas a clerk can recheck; each carries the
// library's figure.
func ExampleWriteXLSX() {
	var buf bytes.Buffer
	if err := documents.WriteXLSX(&buf, readme()); err != nil {
		panic(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		panic(err)
	}
	rows, _ := f.GetRows("Расчёт")
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if formula, _ := f.GetCellFormula("Расчёт", cell); formula != "" {
				value, _ := f.CalcCellValue("Расчёт", cell)
				fmt.Printf("%s =%s → %s (stored %s)\n", cell, formula, value, v)
			}
		}
	}
	// Output:
	// D6 =C6-B6+1 → 25 (stored 25)
	// I6 =ROUND(D6*E6*F6,2) → 14,997.50 (stored 14,997.50)
	// D7 =SUM(D6:D6) → 25 (stored 25)
	// I7 =SUM(I6:I6) → 14,997.50 (stored 14,997.50)
	// I9 =ROUND((I7)*0.5,2) → 7,498.75 (stored 7,498.75)
}

// Validate refuses a figure that does not follow from the others.
func ExampleDocument_Validate() {
	d := readme()
	d.Totals[0].Amount = decimal.RequireFromString("7500")
	fmt.Println(d.Validate())
	// Output:
	// documents: invalid input: totals[0].amount: 7500, but 0.5 × 14997.5 = 7498.75: accepted is the rounded product
}

// A claim letter from the shipped refund template, as markup.
func ExampleRenderLetter() {
	zozpp := func(s string) []law.Ref {
		return []law.Ref{law.MustRef("Закон РФ от 07.02.1992 № 2300-1, " + s)}
	}
	text, err := documents.RenderLetter(documents.Letter{
		Kind:        documents.Refund,
		Date:        calendar.NewDate(2025, time.February, 3),
		Seller:      documents.Party{Name: "ООО «Электроника»"},
		Buyer:       documents.Party{Name: "Иванов И. И."},
		Subject:     documents.Subject{Name: "смартфон", Price: decimal.NewFromInt(59990)},
		Requirement: documents.Requirement{Amount: decimal.NewFromInt(59990), Refs: zozpp("ст. 18 п. 1")},
		Term: documents.Term{Text: "10 календарных дней", From: calendar.NewDate(2024, time.December, 25),
			Due: calendar.NewDate(2025, time.January, 9), Refs: zozpp("ст. 22")},
		Penalty: &documents.Penalty{Rate: decimal.RequireFromString("0.01"), Base: decimal.NewFromInt(59990), Refs: zozpp("ст. 23 п. 1"),
			From: calendar.NewDate(2025, time.January, 10), To: calendar.NewDate(2025, time.February, 3), Days: 25,
			Amount: decimal.RequireFromString("14997.50")},
		Fine: documents.Fine{Share: decimal.RequireFromString("0.5"), Refs: zozpp("ст. 13 п. 6")},
	})
	if err != nil {
		panic(err)
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\u00a0", " "), "\n") {
		if strings.HasPrefix(line, "#") || strings.Contains(line, "неустойка составляет") {
			fmt.Println(line)
		}
	}
	// Output:
	// # ПРЕТЕНЗИЯ
	// # о возврате уплаченной за товар денежной суммы
	// За нарушение предусмотренных статьями 20, 21 и 22 Закона о защите прав потребителей сроков продавец, допустивший такие нарушения, «уплачивает потребителю за каждый день просрочки неустойку (пеню) в размере одного процента цены товара» (Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1). За период с 10.01.2025 по 03.02.2025 (25 дней) неустойка составляет 14 997,50 руб. (59 990,00 руб. × 1 % × 25) и продолжает начисляться по день фактического удовлетворения требования. Требую уплатить неустойку.
}
