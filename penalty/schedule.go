package penalty

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// schedule prices Input.Debts: it allocates the payments — to the debt the
// payer named (Payment.For), the rest, and every payment that names none,
// to the debt whose due day came first (ГК РФ ст. 319.1 п. 3; for housing
// payments Пленум ВС РФ от 27.06.2017 № 22, п. 32) — and then prices each
// debt from the day after its due day through the calculation's end or the
// day it was paid in full.
func (p *prepared) schedule(e *engine, in *Input, c *Calculation) error {
	type debt struct {
		orig   int
		due    calendar.Date
		amount decimal.Decimal
		k      int64 // the amount in kopecks
		left   int64 // what is unpaid
		before int64 // paid by the due day
		pays   []portion
	}
	debts := make([]debt, len(in.Debts))
	for i, d := range in.Debts {
		if d.Due.IsZero() {
			return fieldError(ErrInvalidPeriod, indexed("debts", i, "due"), "no date: accepted is the last day to pay on time")
		}
		if !validMoney(d.Amount, false) {
			return checkMoney(indexed("debts", i, "amount"), d.Amount, false)
		}
		k, _ := kopecks(d.Amount)
		debts[i] = debt{orig: i, due: d.Due, amount: canonMoney(d.Amount), k: k, left: k}
	}
	slices.SortStableFunc(debts, func(a, b debt) int { return a.due.Compare(b.due) })
	for k := 1; k < len(debts); k++ {
		if debts[k].due == debts[k-1].due {
			return fieldError(ErrInvalidInput, indexed("debts", debts[k].orig, "due"), debts[k].due.String(),
				" is the due day of another debt: accepted is one debt per due day (add the amounts up)")
		}
	}
	find := func(due calendar.Date) int {
		k, ok := slices.BinarySearchFunc(debts, due, func(d debt, due calendar.Date) int { return d.due.Compare(due) })
		if !ok {
			return -1
		}
		return k
	}
	order := make([]int, len(in.Payments))
	for i, pay := range in.Payments {
		order[i] = i
		if pay.On.IsZero() || pay.On.After(in.To) {
			return fieldError(ErrInvalidInput, paymentField(i, "on"), quoteDate(pay.On), ": accepted is a day on or before to ", in.To.String())
		}
		if !validMoney(pay.Amount, false) {
			return checkMoney(paymentField(i, "amount"), pay.Amount, false)
		}
		if !pay.For.IsZero() && find(pay.For) < 0 {
			return fieldError(ErrInvalidInput, paymentField(i, "for"), pay.For.String(), ": accepted is the due day of one of the debts")
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return in.Payments[a].On.Compare(in.Payments[b].On) })
	oldest := 0
	// Each payment but the last part of it closes a debt: at most this many parts.
	c.Allocations = make([]Allocation, 0, len(in.Payments)+len(debts))
	allocK := make([]int64, 0, len(in.Payments)+len(debts)) // each part in kopecks
	for _, i := range order {
		pay := in.Payments[i]
		amt, _ := kopecks(pay.Amount)
		give := func(k int, code Code) {
			take := min(amt, debts[k].left)
			if take <= 0 {
				return
			}
			amt -= take
			d := &debts[k]
			d.left -= take
			if !pay.On.After(d.due) {
				d.before += take
			}
			c.Allocations = append(c.Allocations, Allocation{Payment: i, On: pay.On, Debt: k, Amount: money(take), Code: code})
			allocK = append(allocK, take)
		}
		if !pay.For.IsZero() {
			give(find(pay.For), AllocationNamed)
		}
		for amt > 0 {
			for oldest < len(debts) && debts[oldest].left == 0 {
				oldest++
			}
			if oldest == len(debts) {
				return fieldError(ErrInvalidInput, paymentField(i, "amount"), "payments through ", pay.On.String(),
					" total more than the debts: accepted are payments that add up to at most what is owed")
			}
			give(oldest, AllocationOldest)
		}
	}
	// Each debt's payments after its due day, merged by day, in one array.
	offset := make([]int, len(debts)+1)
	for j, a := range c.Allocations {
		if a.On.After(debts[a.Debt].due) && allocK[j] > 0 {
			offset[a.Debt+1]++
		}
	}
	for k := range debts {
		offset[k+1] += offset[k]
	}
	backing := make([]portion, offset[len(debts)])
	for k := range debts {
		debts[k].pays = backing[offset[k]:offset[k]]
	}
	for j, a := range c.Allocations {
		d := &debts[a.Debt]
		if !a.On.After(d.due) {
			continue
		}
		if n := len(d.pays); n > 0 && d.pays[n-1].on == a.On {
			d.pays[n-1].k += allocK[j]
			d.pays[n-1].d = decimal.Decimal{}
			continue
		}
		d.pays = append(d.pays, portion{on: a.On, k: allocK[j], d: a.Amount})
	}
	e.partBuf = make([]portion, 0, len(in.Payments)+2)
	e.partIdxBuf = make([]int, 0, len(in.Payments)+2)
	e.partAssumedBuf = make([]bool, 0, len(in.Payments)+2)
	n := 0
	for _, d := range debts {
		if start := d.due.AddDays(1); !p.to.Before(start) {
			n += e.rowsBound(start, p.to, len(d.pays))
		}
	}
	e.rows = make([]Row, 0, n)
	c.Debts = make([]DebtSummary, len(debts))
	for k, d := range debts {
		s := DebtSummary{Due: d.due, Amount: d.amount, PaidBeforeDelay: money(d.before)}
		base := d.amount
		if d.before > 0 {
			base = money(d.k - d.before)
		}
		start, end := d.due.AddDays(1), p.to
		if d.left == 0 && len(d.pays) > 0 && d.pays[len(d.pays)-1].on.Before(end) {
			end = d.pays[len(d.pays)-1].on
		}
		if d.k > d.before && !end.Before(start) {
			days, total, err := e.debt(k, start, end, base, d.k-d.before, d.pays)
			if err != nil {
				return err
			}
			s.To, s.Days, s.Total = end, days, total
		}
		c.Debts[k] = s
	}
	return nil
}

// maxScheduleInput bounds what LoadSchedule reads.
const maxScheduleInput = 1 << 20

// LoadSchedule reads a schedule of debts and payments from CSV, at most
// 1 MiB and 100 000 rows: a header, then one row per debt or payment;
// lines starting with '#' are comments. Columns, in any order:
//
//	kind    debt or payment (required)
//	date    a debt's due day, or the day of a payment (required; 2006-01-02 or 02.01.2006)
//	amount  rubles with kopecks, as ParseAmount reads them (required)
//	for     a payment's debt, by its due day (optional)
//	note    free text, ignored (optional)
//
// For example:
//
//	kind,date,amount,for
//	debt,2025-02-10,"4 250,00",
//	debt,2025-03-10,4250.00,
//	payment,2025-03-25,3000,2025-03-10
//
// Errors are *InputError wrapping ErrInvalidInput whose Field names the
// line and column ("line 3, column amount").
func LoadSchedule(r io.Reader) (Schedule, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxScheduleInput+1))
	if err != nil {
		return Schedule{}, fieldError(ErrInvalidInput, "", "reading: ", law.Clip(err.Error()))
	}
	if len(data) > maxScheduleInput {
		return Schedule{}, fieldError(ErrInvalidInput, "", "input exceeds 1 MiB: accepted is a schedule of at most 1 MiB")
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return Schedule{}, fieldError(ErrInvalidInput, "line 1", "no header: accepted is CSV with the columns kind, date, amount[, for][, note]")
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		switch name {
		case "kind", "date", "amount", "for", "note":
		default:
			return Schedule{}, fieldError(ErrInvalidInput, "line 1, column "+itoa(i+1), "header ", strconv.Quote(law.Clip(h)), ": accepted columns are kind, date, amount, for, note")
		}
		if _, dup := col[name]; dup {
			return Schedule{}, fieldError(ErrInvalidInput, "line 1, column "+name, "named twice")
		}
		col[name] = i
	}
	for _, need := range []string{"kind", "date", "amount"} {
		if _, ok := col[need]; !ok {
			return Schedule{}, fieldError(ErrInvalidInput, "line 1", "no ", need, " column: accepted columns are kind, date, amount, for, note")
		}
	}
	var s Schedule
	for rows := 0; ; rows++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return s, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return Schedule{}, fieldError(ErrInvalidInput, "line "+itoa(pe.Line), law.Clip(pe.Err.Error()))
			}
			return Schedule{}, fieldError(ErrInvalidInput, "", law.Clip(err.Error()))
		}
		line, _ := cr.FieldPos(0)
		where := "line " + itoa(line)
		if rows == 100_000 {
			return Schedule{}, fieldError(ErrInvalidInput, where, "more than 100000 rows")
		}
		get := func(name string) string {
			if i, ok := col[name]; ok {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		at := func(name string) string { return where + ", column " + name }
		date, err := calendar.ParseDate(get("date"))
		if err != nil {
			return Schedule{}, fieldError(ErrInvalidInput, at("date"), strconv.Quote(law.Clip(get("date"))), ": accepted are 2006-01-02 and 02.01.2006")
		}
		amount, err := ParseAmount(get("amount"))
		if err != nil {
			return Schedule{}, fieldError(ErrInvalidInput, at("amount"), err.(*InputError).Message)
		}
		var forDay calendar.Date
		if v := get("for"); v != "" {
			if forDay, err = calendar.ParseDate(v); err != nil {
				return Schedule{}, fieldError(ErrInvalidInput, at("for"), strconv.Quote(law.Clip(v)), ": accepted is a debt's due day, 2006-01-02 or 02.01.2006, or nothing")
			}
		}
		switch strings.ToLower(get("kind")) {
		case "debt":
			if !forDay.IsZero() {
				return Schedule{}, fieldError(ErrInvalidInput, at("for"), "a debt names no debt: accepted is an empty for on a debt row")
			}
			s.Debts = append(s.Debts, Charge{Due: date, Amount: amount})
		case "payment":
			s.Payments = append(s.Payments, Payment{On: date, Amount: amount, For: forDay})
		default:
			return Schedule{}, fieldError(ErrInvalidInput, at("kind"), strconv.Quote(law.Clip(get("kind"))), ": accepted are debt and payment")
		}
	}
}
