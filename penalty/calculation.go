package penalty

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// Row is one line of a calculation: a span of days with one base and one
// rate, or a span excluded from accrual.
type Row struct {
	From, To calendar.Date // inclusive
	Days     int
	Base     decimal.Decimal // the amount the rate applies to on these days
	// Rate is a fraction: per day for a daily penalty (0.01 = 1 %), per
	// year for ст. 395 interest (0.155 = 15.5 % годовых), in which case
	// YearDays is the divisor.
	Rate     decimal.Decimal
	YearDays int // 365 or 366 for an annual rate, the days of the row's year; 0 for a daily rate
	Amount   decimal.Decimal
	Excluded bool     // nothing accrues on these days; Note says why
	Rounding Rounding // how Amount was rounded to kopecks
	Note     string   // Russian: why the row starts here or why it is excluded, with the act
}

// Formula returns the row's arithmetic in Russian notation, stating the
// rounding used: "59 990,00 × 1 % × 14 = 8 398,60",
// "12 345,67 × 1 % × 3 = 370,3701 ≈ 370,37",
// "100 000,00 × 16 % × 28 / 366 ≈ 1 224,04", or, for RoundDailyAmount,
// "22 999,00 × 1 % = 229,99 в день; 229,99 × 361 = 83 026,39".
func (r Row) Formula() string {
	if r.Excluded {
		return "не начисляется"
	}
	base, rate, days := FormatAmount(r.Base), formatPercent(r.Rate), strconv.Itoa(r.Days)
	if r.Rounding == RoundDailyAmount {
		daily := r.dailyAmount()
		var head string
		if r.YearDays == 0 {
			exact := r.Base.Mul(r.Rate)
			head = base + " × " + rate + " = " + approx(exact, daily)
		} else {
			head = base + " × " + rate + " / " + strconv.Itoa(r.YearDays) + approxDiv(r.Base.Mul(r.Rate), r.YearDays, daily)
		}
		return head + " в день; " + FormatAmount(daily) + " × " + days + " = " + FormatAmount(r.Amount)
	}
	if r.YearDays == 0 {
		return base + " × " + rate + " × " + days + " = " + approx(r.Base.Mul(r.Rate).Mul(decimal.NewFromInt(int64(r.Days))), r.Amount)
	}
	num := r.Base.Mul(r.Rate).Mul(decimal.NewFromInt(int64(r.Days)))
	return base + " × " + rate + " × " + days + " / " + strconv.Itoa(r.YearDays) + approxDiv(num, r.YearDays, r.Amount)
}

// approx writes an exact value and its kopeck rounding: "370,3701 ≈ 370,37",
// or just "370,37" when rounding changed nothing.
func approx(exact, rounded decimal.Decimal) string {
	if exact.Equal(rounded) {
		return FormatAmount(rounded)
	}
	return formatNumber(exact) + " ≈ " + FormatAmount(rounded)
}

// approxDiv writes " = x" when num / div is exactly the rounded x, and
// " ≈ x" otherwise.
func approxDiv(num decimal.Decimal, div int, rounded decimal.Decimal) string {
	if rounded.Mul(decimal.NewFromInt(int64(div))).Equal(num) {
		return " = " + FormatAmount(rounded)
	}
	return " ≈ " + FormatAmount(rounded)
}

// dailyAmount is the row's daily amount rounded to kopecks.
func (r Row) dailyAmount() decimal.Decimal {
	if r.YearDays == 0 {
		return r.Base.Mul(r.Rate).Round(2)
	}
	return r.Base.Mul(r.Rate).DivRound(decimal.NewFromInt(int64(r.YearDays)), 2)
}

// Calculation is a priced delay: the rows, the totals, the cap and the law
// behind each. Its String is the table a claim or a lawsuit quotes; its
// JSON has money as decimal strings and dates as "YYYY-MM-DD".
type Calculation struct {
	Title        string // Russian: what is computed
	Rows         []Row
	Days         int             // days on which the penalty accrued (excluded days not counted)
	ExcludedDays int             // days in excluded rows
	Uncapped     decimal.Decimal // the sum of the rows' amounts
	Total        decimal.Decimal // Uncapped, lowered to Cap when it exceeds it
	Cap          decimal.Decimal // the ceiling applied; zero when there is none
	Capped       bool            // Uncapped exceeded Cap
	CapBasis     string          // Russian: the act that sets the ceiling, or says there is none
	Basis        string          // Russian: the article and clause the amount rests on
	Method       string          // Russian: how days are counted and amounts rounded, with sources
	Rounding     Rounding
}

// Russian statements of method, quoted in Calculation.Method.
const (
	methodDaily = "Период просрочки включает первый день просрочки и день фактического исполнения обязательства " +
		"(п. 65 Постановления Пленума ВС РФ от 24.03.2016 № 7). "
	methodPayments = "Выплата уменьшает базу со следующего дня. "
	method395      = "Проценты начисляются по день уплаты долга включительно (ГК РФ ст. 395 п. 3; п. 65 Постановления " +
		"Пленума ВС РФ от 24.03.2016 № 7); число дней в году — фактическое (365 или 366); периоды разделены при " +
		"изменении ставки и на 1 января. "
	roundEachRow = "Сумма каждой строки округлена до копеек (половина копейки — в большую сторону); итог — сумма строк."
	roundDaily   = "Сумма за день округлена до копеек (половина копейки — в большую сторону) и умножена на число дней; итог — сумма строк."
)

// methods holds every Calculation.Method, indexed by [annual][payments][rounding],
// so that a calculation does not build the sentence again.
var methods = func() (m [2][2][2]string) {
	for a, head := range []string{methodDaily, method395} {
		for p, pay := range []string{"", methodPayments} {
			for r, round := range []string{roundEachRow, roundDaily} {
				m[a][p][r] = head + pay + round
			}
		}
	}
	return m
}()

func method(annual, payments bool, r Rounding) string {
	return methods[b2i(annual)][b2i(payments)][r]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
