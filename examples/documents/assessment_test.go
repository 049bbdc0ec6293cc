package documents

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/courtfee"
	"github.com/zozpp/zozpp/penalty"
)

// readmeAssessment is the README's main job: goods.refund, claim received
// 25.12.2024, 59 990 ₽, refunded 03.02.2025.
func readmeAssessment(t *testing.T) claimtype.Assessment {
	t.Helper()
	typ, err := claimtype.Get(claimtype.GoodsRefund)
	require.NoError(t, err)
	a, err := typ.Assess(claimtype.Claim{Event: day(2024, time.December, 25), Base: money2("59990"), PerformedOn: day(2025, time.February, 3)})
	require.NoError(t, err)
	return a
}

// The README claim as a document: every figure is the library's, and the
// spreadsheet recomputes each of them.
func TestFromAssessmentReadme(t *testing.T) {
	a := readmeAssessment(t)
	fee, err := courtfee.Compute(a.Penalty.Total.Add(money2("59990")), day(2025, time.March, 3), courtfee.Consumer())
	require.NoError(t, err)
	d, err := FromAssessment(a, AssessmentOptions{Date: day(2025, time.March, 3), CourtFee: &fee})
	require.NoError(t, err)

	require.Len(t, d.Calculations, 1)
	c := d.Calculations[0]
	require.Len(t, c.Rows, 1)
	// 59 990 × 1 % × 25 = 14 997,50 (ЗоЗПП ст. 23 п. 1; ГК РФ ст. 193 moves 04.01 to 09.01.2025).
	assert.Equal(t, day(2025, time.January, 10), c.Rows[0].From)
	assert.Equal(t, "14997.5", c.Total.String())
	assert.Equal(t, 25, c.Days)
	require.Len(t, d.Totals, 2)
	assert.Equal(t, "7498.75", d.Totals[0].Amount.String(), "ЗоЗПП ст. 13 п. 6: 50 % of the penalty")
	assert.Equal(t, []int{0}, d.Totals[0].Of)
	// НК РФ ст. 333.36 п. 3: a consumer's claim of 74 987,50 ₽ is exempt.
	assert.Equal(t, "0", d.Totals[1].Amount.String())
	assert.NotEmpty(t, d.Explanation.Steps)
	assert.Contains(t, d.Explanation.Steps[len(d.Explanation.Steps)-1].Text, "09.01.2025")

	f := writeXLSX(t, d)
	checkSheet(t, f, d)
	var docx, pdf bytes.Buffer
	require.NoError(t, WriteDOCX(&docx, d))
	text := strings.ReplaceAll(strings.Join(docxParagraphs(t, docx.Bytes()), "\n"), "\u00a0", " ")
	for _, want := range []string{"14 997,50", "7 498,75", "Государственная пошлина", "ГК РФ ст. 193"} {
		assert.Contains(t, text, want)
	}
	require.NoError(t, WritePDF(&pdf, d))
	poppler(t)
	pages, text := renderPDF(t, pdf.Bytes())
	assert.NotEmpty(t, pages)
	for _, want := range []string{"59 990,00 × 1 % × 25", "14 997,50", "7 498,75", "09.01.2025", "ст. 333.36 п. 3"} {
		assert.Contains(t, text, want)
	}
}

// Every kind of row the library produces fits the model exactly: shares of
// the key rate, a doubled rate, annual interest, a schedule of debts with
// grace days, a daily amount rounded first, a moratorium.
func TestFromCalculation(t *testing.T) {
	debts := []penalty.Charge{{Due: day(2025, time.January, 10), Amount: money2("4300.50")}, {Due: day(2025, time.February, 10), Amount: money2("4100")}}
	tests := []struct {
		name string
		rule penalty.Rule
		in   penalty.Input
	}{
		{"goods, daily amount rounded", penalty.Goods(), penalty.Input{Base: money2("12345.67"), From: day(2025, time.March, 1), To: day(2025, time.March, 3), Rounding: penalty.RoundDailyAmount}},
		{"prepayment with the 2022 moratorium", penalty.Prepayment(), penalty.Input{Base: money2("80000"), From: day(2022, time.March, 15), To: day(2022, time.October, 10),
			Payments: []penalty.Payment{{On: day(2022, time.March, 29), Amount: money2("30000")}}, Exclude: []penalty.Period{penalty.Moratorium2022()}}},
		{"ст. 395 over a leap year", penalty.Art395(), penalty.Input{Base: money2("100000"), From: day(2023, time.December, 1), To: day(2024, time.March, 31)}},
		{"ДДУ, a citizen: 2 × 1/300", penalty.DDUCitizen(), penalty.Input{Base: money2("5000000"), From: day(2021, time.July, 1), To: day(2021, time.December, 31)}},
		{"wages: 1/150", penalty.Wages(), penalty.Input{Base: money2("45000"), From: day(2024, time.June, 1), To: day(2024, time.September, 30)}},
		{"utilities schedule", penalty.Utilities(), penalty.Input{Debts: debts, To: day(2025, time.June, 30)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			calc, err := tc.rule.Compute(tc.in)
			require.NoError(t, err)
			for _, lang := range []law.Lang{law.Russian, law.English} {
				c, err := FromCalculation(calc, lang)
				require.NoError(t, err)
				assert.True(t, c.Total.Equal(calc.Total), "%s ≠ %s", c.Total, calc.Total)
				d := Document{Lang: lang, Title: c.Title, Calculations: []Calculation{c}}
				checkSheet(t, writeXLSX(t, d), d)
			}
		})
	}
}

// A row the model cannot state exactly is refused, not printed wrong.
func TestFromCalculationRefusesMismatch(t *testing.T) {
	calc, err := penalty.Goods().Compute(penalty.Input{Base: money2("59990"), From: day(2025, time.January, 10), To: day(2025, time.February, 3)})
	require.NoError(t, err)
	calc.Rows[0].Amount = calc.Rows[0].Amount.Add(decimal.New(1, -2))
	calc.Total = calc.Rows[0].Amount
	_, err = FromCalculation(calc, law.Russian)
	require.ErrorIs(t, err, ErrInvalid)
	assert.ErrorContains(t, err, "calculation.rows[0].amount")
}

// The README claim as a refund letter written on the day the money came
// back: the article of the right, the term and its due day, 25 days of
// penalty (ЗоЗПП ст. 23 п. 1), the fine preview of ст. 13 п. 6.
func TestLetterForReadme(t *testing.T) {
	facts := LetterFacts{Date: day(2025, time.February, 3), Seller: Party{Name: "ООО «Электроника»"}, Buyer: Party{Name: "Иванов И. И."},
		Subject: Subject{Name: "смартфон", Price: money2("59990")}}
	l, err := LetterFor(readmeAssessment(t), facts)
	require.NoError(t, err)
	assert.Equal(t, Refund, l.Kind)
	assert.Equal(t, "59990", l.Requirement.Amount.String())
	assert.Equal(t, "10 календарных дней", l.Term.Text)
	assert.Equal(t, day(2025, time.January, 9), l.Term.Due)
	require.NotNil(t, l.Penalty)
	assert.Equal(t, 25, l.Penalty.Days)
	assert.Equal(t, "7498.75", l.Fine.Amount.String())

	var docx bytes.Buffer
	require.NoError(t, WriteLetterDOCX(&docx, l))
	text := strings.ReplaceAll(strings.Join(docxParagraphs(t, docx.Bytes()), "\n"), "\u00a0", " ")
	for _, want := range []string{"ПРЕТЕНЗИЯ", "ст. 18 п. 1", "09.01.2025", "неустойка составляет 14 997,50 руб. (59 990,00 руб. × 1 % × 25)", "7 498,75"} {
		assert.Contains(t, text, want)
	}
	var pdf bytes.Buffer
	require.NoError(t, WriteLetterPDF(&pdf, l))
}

// A services claim: the work's price caps the 3 % penalty (ЗоЗПП ст. 28
// п. 5), and the letter says so; a type without a template is refused.
func TestLetterForServices(t *testing.T) {
	typ, err := claimtype.Get(claimtype.ServicesPriceReduction)
	require.NoError(t, err)
	a, err := typ.Assess(claimtype.Claim{Event: day(2025, time.March, 3), Base: money2("20000"), AsOf: day(2025, time.April, 22)})
	require.NoError(t, err)
	l, err := LetterFor(a, LetterFacts{Date: day(2025, time.April, 22), Seller: Party{Name: "ИП Петров"}, Buyer: Party{Name: "Иванов И. И."},
		Subject: Subject{Name: "ремонт ванной", Price: money2("20000")}, Demand: "уменьшить цену работы на 8 000,00 руб.", Amount: money2("8000")})
	require.NoError(t, err)
	assert.Equal(t, Services, l.Kind)
	require.NotNil(t, l.Penalty)
	assert.Equal(t, "не может превышать цену выполнения работы (оказания услуги) или общую цену заказа", l.Penalty.Cap)
	assert.Equal(t, "20000", l.Penalty.Amount.String(), "40 days × 3 % × 20 000 = 24 000, capped at the price")

	typ, err = claimtype.Get(claimtype.OSAGOClaim)
	require.NoError(t, err)
	a, err = typ.Assess(claimtype.Claim{Event: day(2025, time.March, 3)})
	require.NoError(t, err)
	_, err = LetterFor(a, LetterFacts{})
	assert.ErrorIs(t, err, ErrInvalid)
}

// An ОСАГО claim: the fine of 40-ФЗ ст. 16.1 п. 3 is 50 % of the payout the
// court set less what was paid voluntarily, and its note shows both parts.
func TestFromAssessmentOSAGOFine(t *testing.T) {
	typ, err := claimtype.Get(claimtype.OSAGOClaim)
	require.NoError(t, err)
	a, err := typ.Assess(claimtype.Claim{Event: day(2025, time.March, 3), Base: money2("100000"), PerformedOn: day(2025, time.April, 30),
		CourtPayout: money2("100000"), PaidVoluntarily: money2("40000")})
	require.NoError(t, err)
	d, err := FromAssessment(a, AssessmentOptions{})
	require.NoError(t, err)
	require.Len(t, d.Totals, 1)
	assert.Equal(t, "30000", d.Totals[0].Amount.String(), "(100 000 − 40 000) × 50 %")
	assert.Contains(t, d.Totals[0].Note, " − ")
	checkSheet(t, writeXLSX(t, d), d)
}

// The court fee of a lawsuit over the README claim with the refund claimed
// too: price 14 997,50 + 59 990 = 74 987,50 ₽, a consumer's claim under
// 1 000 000 ₽, exempt (НК РФ ст. 333.36 п. 3); nothing to sue for when the
// claim carries no money.
func TestCourtFee(t *testing.T) {
	typ, err := claimtype.Get(claimtype.GoodsRefund)
	require.NoError(t, err)
	c := claimtype.Claim{Event: day(2024, time.December, 25), Base: money2("59990"), PerformedOn: day(2025, time.February, 3), BaseAwarded: true}
	a, err := typ.Assess(c)
	require.NoError(t, err)
	fee, err := CourtFee(a, c, day(2025, time.March, 3))
	require.NoError(t, err)
	assert.Equal(t, "74987.5", fee.Claim.String())
	assert.True(t, fee.Consumer)
	assert.Equal(t, "0", fee.Amount.String())

	c = claimtype.Claim{Event: day(2025, time.June, 2)}
	a, err = typ.Assess(c)
	require.NoError(t, err)
	_, err = CourtFee(a, c, day(2025, time.July, 1))
	assert.ErrorIs(t, err, ErrNothingToSue)
}
