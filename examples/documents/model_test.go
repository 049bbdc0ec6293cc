package documents

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
)

// fixtures are the hand-built documents, each with the source of its
// figures (see fixtures_test.go).
func fixtures() []struct {
	name, source string
	doc          Document
} {
	return []struct {
		name, source string
		doc          Document
	}{
		{"readme", "README claim: ЗоЗПП ст. 22, ст. 23 п. 1, ст. 13 п. 6; claimcalc output", readmeDocument()},
		{"interest395", "ГК РФ ст. 395; penalty.Interest395 with the key-rate history", interest395Document()},
		{"services-capped", "ЗоЗПП ст. 28 п. 5 cap, ст. 13 п. 6 fine with a refund", servicesDocument()},
		{"moratorium", "Постановление Правительства РФ от 28.03.2022 № 497", moratoriumDocument()},
		{"key-rate-fraction", "1/300 of the key rate, arithmetic", keyRateFractionDocument()},
	}
}

func TestValidateFixtures(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			require.NotEmpty(t, f.source)
			assert.NoError(t, f.doc.Validate())
			en := f.doc
			en.Lang = law.English
			assert.NoError(t, en.Validate())
		})
	}
}

func TestValidateRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Document)
		field  string
		says   string
	}{
		{"amount off by a kopeck", func(d *Document) { d.Calculations[0].Rows[0].Amount = money2("14997.51") }, "calculations[0].rows[0].amount", "25 × 59990 × 0.01 = 14997.5"},
		{"total not the sum", func(d *Document) { d.Calculations[0].Total = money2("15000") }, "calculations[0].total", "accepted is 14997.5"},
		{"days not the rows'", func(d *Document) { d.Calculations[0].Days = 24 }, "calculations[0].days", "the rows count 25 days"},
		{"fine not half", func(d *Document) { d.Totals[0].Amount = money2("7498.70") }, "totals[0].amount", "0.5 × 14997.5 = 7498.75"},
		{"share of a missing table", func(d *Document) { d.Totals[0].Of = []int{3} }, "totals[0].of", "accepted are indices of calculations, 0 to 0"},
		{"share above 1", func(d *Document) { d.Totals[0].Share = money2("1.5") }, "totals[0].share", "accepted is above 0 and at most 1"},
		{"period backwards", func(d *Document) { r := &d.Calculations[0].Rows[0]; r.From, r.To = r.To, r.From }, "calculations[0].rows[0]", "from not after to"},
		{"more days than the period", func(d *Document) { d.Calculations[0].Rows[0].Days = 26 }, "calculations[0].rows[0].days", "accepted are 0 to 25"},
		{"annual rate without year days", func(d *Document) { d.Calculations[0].Rows[0].Rate.Per = PerYear }, "calculations[0].rows[0].rate", "accepted are 365, 366 and 360"},
		{"negative base", func(d *Document) { d.Calculations[0].Rows[0].Base = money2("-1") }, "calculations[0].rows[0].base", "accepted is 0 to"},
		{"fraction of a kopeck", func(d *Document) { d.Calculations[0].Rows[0].Base = money2("59990.001") }, "calculations[0].rows[0].base", "at most 2 decimal places"},
		{"no rows", func(d *Document) { d.Calculations[0].Rows = nil; d.Calculations[0].Days = 0 }, "calculations[0].rows", "at least one row"},
		{"no title", func(d *Document) { d.Title = "" }, "title", "empty"},
		{"control character", func(d *Document) { d.Facts[0].Value = "a\x00b" }, "facts[0].value", "control characters"},
		{"invalid UTF-8", func(d *Document) { d.Notes[0] = "\xff" }, "notes[0]", "not valid UTF-8"},
		{"too long", func(d *Document) { d.Title = strings.Repeat("я", MaxText) }, "title", "accepted are at most 4000"},
		{"unknown language", func(d *Document) { d.Lang = 7 }, "lang", "accepted are law.Russian and law.English"},
		{"empty citation", func(d *Document) { d.Explanation.Steps[0].Refs = []law.Ref{{}} }, "explanation.steps[0].refs[0]", "empty citation"},
		{"excluded row with an amount", func(d *Document) { d.Calculations[0].Rows[0].Excluded = true }, "calculations[0].rows[0].amount", "0 for an excluded row"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readmeDocument()
			tc.change(&d)
			err := d.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalid)
			assert.Contains(t, err.Error(), tc.field+":")
			assert.Contains(t, err.Error(), tc.says)
		})
	}
}

func TestValidateCap(t *testing.T) {
	d := servicesDocument()
	require.NoError(t, d.Validate())
	assert.True(t, d.Calculations[0].Capped())
	assert.True(t, d.Calculations[0].Uncapped().Equal(money2("24000")))
	d.Calculations[0].Total = money2("24000")
	assert.ErrorContains(t, d.Validate(), "(capped): accepted is 20000")
}

func TestRowExpected(t *testing.T) {
	for _, tc := range []struct {
		name string
		row  Row
		want string
	}{
		{"ЗоЗПП 1 %", Row{Days: 25, Base: money2("59990"), Rate: Rate{Value: money2("0.01")}}, "14997.5"},
		{"ст. 395, 366 days", Row{Days: 9, Base: money2("100000"), Rate: Rate{Value: money2("0.16"), Per: PerYear, YearDays: 366}}, "393.44"},
		{"half a kopeck rounds away from zero", Row{Days: 1, Base: money2("0.5"), Rate: Rate{Value: money2("0.01")}}, "0.01"},
		{"1/300 of the key rate", Row{Days: 1, Base: money2("1000"), Rate: Rate{Value: money2("0.16"), Divisor: 300}}, "0.53"},
		{"1/300 per year", Row{Days: 10, Base: money2("1000"), Rate: Rate{Value: money2("0.16"), Per: PerYear, YearDays: 365, Divisor: 300}}, "0.01"},
		// 22 999 × 1 % = 229,99 a day, × 361 (penalty.RoundDailyAmount); once-rounded it is 83 026,39 too, so a
		// base where the two differ: 12 345,67 × 1 % = 123,4567 ≈ 123,46 × 3 = 370,38, against 370,37.
		{"daily amount rounded first", Row{Days: 3, Base: money2("12345.67"), Rate: Rate{Value: money2("0.01"), RoundDaily: true}}, "370.38"},
		{"the same row rounded once", Row{Days: 3, Base: money2("12345.67"), Rate: Rate{Value: money2("0.01")}}, "370.37"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, decimal.RequireFromString(tc.want).String(), tc.row.expected().String())
		})
	}
}

func TestFormatting(t *testing.T) {
	assert.Equal(t, "14\u00a0997,50", money(money2("14997.5"), law.Russian))
	assert.Equal(t, "14,997.50", money(money2("14997.5"), law.English))
	assert.Equal(t, "1\u00a0000\u00a0000,00", money(money2("1000000"), law.Russian))
	assert.Equal(t, "0,50", money(money2("0.5"), law.Russian))
	assert.Equal(t, "0,5\u00a0%", percent(money2("0.005"), law.Russian))
	assert.Equal(t, "16% per annum", rateText(Rate{Value: money2("0.16"), Per: PerYear, YearDays: 366}, law.English))
	assert.Equal(t, "1/300 × 21\u00a0% в день", rateText(Rate{Value: money2("0.21"), Divisor: 300}, law.Russian))
	assert.Equal(t, "100\u00a0000,00 × 16\u00a0% × 9 / 366", formulaText(interest395Document().Calculations[0].Rows[0], law.Russian))
	assert.Equal(t, "a b c", oneLine(" a\n b\t\tc "))
	assert.Equal(t, "1\u00a0000", oneLine("1\u00a0000"), "no-break spaces stay")
}

// A figure with a huge exponent is refused before any arithmetic or
// formatting could expand it (reliability review D1, found again here by
// FuzzLetter).
func TestValidateHugeExponent(t *testing.T) {
	huge := decimal.New(1, 50000000)
	d := readmeDocument()
	d.Calculations[0].Rows[0].Base = huge
	err := d.Validate()
	require.ErrorIs(t, err, ErrInvalid)
	assert.Contains(t, err.Error(), "calculations[0].rows[0].base: a number with 1 digits and exponent 50000000")
	l := readmeLetter()
	l.Subject.Price = huge.Neg()
	require.ErrorIs(t, l.Validate(), ErrInvalid)
	l = readmeLetter()
	l.Fine.Share = decimal.New(5, -40000000)
	assert.ErrorContains(t, l.Validate(), "fine.share")
}
