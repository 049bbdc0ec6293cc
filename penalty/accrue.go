package penalty

import (
	"math"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// segment is a rate and the last day it stays in force.
type segment struct {
	rate     decimal.Decimal // fraction, per day (yearDays == 0) or per year
	yearDays int
	until    calendar.Date
	note     string
	// rate as coef × 10^exp when fast is true, for allocation-free pricing
	coef int64
	exp  int32
	fast bool
}

// rater tells the rate in force on a day. Days are asked in increasing
// order, which lets a rate table be walked once.
type rater interface {
	at(d calendar.Date) (segment, error)
}

// dailyRate is a rule's fixed daily rate: it never changes and knows no
// years.
type dailyRate struct{ seg segment }

func newDailyRate(rate decimal.Decimal) dailyRate {
	c, e, ok := smallInt(rate)
	return dailyRate{segment{rate: rate, until: lastDate, coef: c, exp: e, fast: ok}}
}

func (r dailyRate) at(calendar.Date) (segment, error) { return r.seg, nil }

// lastDate is the last day calendar.Date can hold.
var lastDate = calendar.NewDate(9999, 12, 31)

// ledger is the result of accrue.
type ledger struct {
	rows     []Row
	days     int
	excluded int
	sum      decimal.Decimal
}

// accrue splits [from, to] into rows — at every payment (the base falls
// the next day), every exclusion boundary and every change the rater
// reports — and prices each row once. pays and excl come from
// normalizePayments and normalizeExclusions.
func accrue(base decimal.Decimal, from, to calendar.Date, pays []Payment, excl []Period, rt rater, rounding Rounding) (ledger, error) {
	l := ledger{rows: make([]Row, 0, 1+2*len(pays)+2*len(excl))}
	debt, pi, ei := base, 0, 0
	var sumKopecks int64 // the fast-path part of l.sum
	debtKopecks, debtFast := kopecks(debt)
	var coef int64
	var exp int32
	var fast bool
	paidNote := ""
	for d := from; ; {
		end := to
		if pi < len(pays) && pays[pi].On.Before(end) {
			end = pays[pi].On
		}
		row := Row{From: d, Base: debt, Rounding: rounding}
		if ei < len(excl) && !excl[ei].From.After(d) {
			if excl[ei].To.Before(end) {
				end = excl[ei].To
			}
			row.Excluded = true
			row.Note = joinNotes(exclusionNote(excl[ei]), paidNote)
		} else {
			if ei < len(excl) && !excl[ei].From.After(end) {
				end = excl[ei].From.AddDays(-1)
			}
			seg, err := rt.at(d)
			if err != nil {
				return ledger{}, err
			}
			if seg.until.Before(end) {
				end = seg.until
			}
			row.Rate, row.YearDays = seg.rate, seg.yearDays
			coef, exp, fast = seg.coef, seg.exp, seg.fast
			row.Note = joinNotes(seg.note, paidNote)
		}
		row.To = end
		row.Days = end.Sub(d) + 1
		if row.Excluded {
			row.Amount = decimal.Zero
			l.excluded += row.Days
		} else {
			k, ok := int64(0), debtFast && fast
			if ok {
				k, ok = fastKopecks(debtKopecks, coef, exp, row.YearDays, row.Days, rounding)
			}
			if ok && sumKopecks <= math.MaxInt64-k {
				row.Amount = decimal.New(k, -2)
				sumKopecks += k
			} else {
				row.Amount = row.priceDecimal()
				l.sum = l.sum.Add(row.Amount)
			}
			l.days += row.Days
		}
		l.rows = append(l.rows, row)

		if row.Excluded && end == excl[ei].To {
			ei++
		}
		paidNote = ""
		if pi < len(pays) && pays[pi].On == end {
			debt = debt.Sub(pays[pi].Amount)
			debtKopecks, debtFast = kopecks(debt)
			paidNote = end.Russian() + " оплачено " + FormatRub(pays[pi].Amount) + ", остаток " + FormatRub(debt)
			pi++
		}
		if end == to {
			l.sum = l.sum.Add(decimal.New(sumKopecks, -2))
			return l, nil
		}
		d = end.AddDays(1)
	}
}

// priceDecimal rounds the row's amount to kopecks, half away from zero,
// by its Rounding, in decimal arithmetic: the path for operands too large
// for fastKopecks. Division happens once, by DivRound, so the result is
// exact whatever decimal.DivisionPrecision says.
func (r Row) priceDecimal() decimal.Decimal {
	days := decimal.NewFromInt(int64(r.Days))
	if r.Rounding == RoundDailyAmount {
		return r.dailyAmount().Mul(days)
	}
	exact := r.Base.Mul(r.Rate).Mul(days)
	if r.YearDays == 0 {
		return exact.Round(2)
	}
	return exact.DivRound(decimal.NewFromInt(int64(r.YearDays)), 2)
}

// exclusionNote is the Russian note of an excluded row.
func exclusionNote(p Period) string {
	if p.Basis == "" {
		return "период исключён из расчёта"
	}
	return p.Basis
}

func joinNotes(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
