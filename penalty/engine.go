package penalty

import (
	"cmp"
	"math"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// engine prices the debts of one calculation, row by row: a row ends
// wherever any fact it states would change — a payment, an exclusion or
// moratorium, the wording of the rule (era), the tier of the day of delay,
// the reference rate, a rate cap, the year of an annual rate, the end of
// the known rates — so each row has one base and one rate, and is priced
// once.
type engine struct {
	eras   []Era           // nil for a rule with one fixed Rate
	annual bool            // a tier divides by the days of the year
	fixed  decimal.Decimal // that Rate
	mult   int64

	table    Rates         // the reference rates (per period)
	lookup   Rates         // the table a rate date is looked up in
	known    calendar.Date // table.KnownThrough()
	assume   bool
	rateOn   RateOn
	rateDate calendar.Date
	days360  bool
	rounding Rounding
	to       calendar.Date // the last day of accrual (Input.To, or the day before with EndExclusive)

	excl  []Period        // the caller's exclusions, sorted, not overlapping
	morat []SpecialPeriod // the rule's moratoria, sorted
	caps  []SpecialPeriod // the rule's rate caps and fixed rates, sorted

	memoDay     calendar.Date // the last day whose rate index a part looked up
	memoIdx     int
	memoAssumed bool

	partBuf        []portion // reused across the debts of a schedule
	partIdxBuf     []int
	partAssumedBuf []bool

	fracs    []num // table[i].Percent as a fraction, filled on demand
	capFracs []num // caps[i].Percent as a fraction
	fixedNum num   // the fixed Rate

	rows     []Row
	excluded int
	erasUsed uint64
	assumed  bool
}

// portion is money paid on a day, in kopecks: a payment of a debt, or
// (RateOnPayment) the part of a debt priced at the rate of that day.
type portion struct {
	on calendar.Date
	k  int64
	d  decimal.Decimal // k as money when already built; zero otherwise
}

// amount returns the portion as money.
func (p portion) amount() decimal.Decimal {
	if p.d.IsZero() {
		return money(p.k)
	}
	return p.d
}

func (e *engine) init(r *Rule, in *Input) {
	e.rounding, e.days360, e.assume = in.Rounding, in.DayCount == Days360, in.AssumeLastRate
	e.rateOn, e.rateDate, e.mult = r.RateOn, in.RateDate, 1
	if r.Multiplier > 1 {
		e.mult = int64(r.Multiplier)
	}
	e.eras, e.fixed, e.annual = r.Eras, r.Rate, r.annual()
	if r.Eras == nil {
		e.fixedNum = newNum(canon(r.Rate))
	}
	for _, s := range r.Special {
		if s.Kind == Moratorium {
			e.morat = append(e.morat, s)
		} else {
			e.caps = append(e.caps, s)
		}
	}
	sortSpecial := func(a, b SpecialPeriod) int { return a.From.Compare(b.From) }
	slices.SortFunc(e.morat, sortSpecial)
	slices.SortFunc(e.caps, sortSpecial)
}

// num is a decimal with its int64 decomposition, computed once, for the
// integer path of price.
type num struct {
	d  decimal.Decimal
	c  int64
	e  int32
	ok bool
}

func newNum(d decimal.Decimal) num {
	c, e, ok := smallInt(d)
	return num{d, c, e, ok}
}

// moneyNum is k kopecks as a num; d, when not zero, is that amount already
// built (so it is reused rather than allocated again).
func moneyNum(k int64, d decimal.Decimal) num {
	if d.IsZero() && k != 0 {
		d = money(k)
	}
	return num{d, k, -2, true}
}

// frac returns table[i].Percent / 100, cached.
func (e *engine) frac(i int) num {
	if e.fracs == nil {
		if e.fracs = fractionsOf(e.table); e.fracs != nil {
			return e.fracs[i]
		}
		e.fracs = make([]num, len(e.table))
	}
	if e.fracs[i].d.IsZero() && !e.table[i].Percent.IsZero() {
		e.fracs[i] = newNum(percentFraction(e.table[i].Percent))
	}
	return e.fracs[i]
}

func (e *engine) capFrac(i int) num {
	if e.capFracs == nil {
		e.capFracs = make([]num, len(e.caps))
	}
	if e.capFracs[i].d.IsZero() && !e.caps[i].Percent.IsZero() {
		e.capFracs[i] = newNum(percentFraction(e.caps[i].Percent))
	}
	return e.capFracs[i]
}

// percentFraction turns a percent into a fraction in the canonical form.
func percentFraction(p decimal.Decimal) decimal.Decimal {
	if c, ex, ok := smallInt(p); ok {
		return canon(decimal.New(c, ex-2))
	}
	return canon(p.Shift(-2))
}

// rateIndex returns the index of the rate period in force on day, the
// last known one with assumed = true past KnownThrough when the caller
// allows it, or an error naming field.
func (e *engine) rateIndex(table Rates, day calendar.Date, field string) (int, bool, error) {
	i := table.index(day)
	if i >= 0 && table[i].Kind != NoRate {
		return i, false, nil
	}
	last := i == len(table)-1
	if last && i > 0 && e.assume && table[i-1].Kind != NoRate {
		return i - 1, true, nil
	}
	if field == "" {
		field = "from"
		if last {
			field = "to"
		}
	}
	return 0, false, table.noRateError(day, i, field)
}

// rowsBound bounds the rows of one debt from start through end with
// pays payments, so that the rows are allocated once in the usual case:
// a row per day at most, and otherwise one per payment, tier, era, special
// period, exclusion, rate change and year the delay reaches.
func (e *engine) rowsBound(start, end calendar.Date, pays int) int {
	days := end.Sub(start) + 1
	inside := func(d calendar.Date) int { // a boundary day inside (start, end]
		if d.After(start) && !d.After(end) {
			return 1
		}
		return 0
	}
	n := 1 + pays
	for _, x := range e.excl {
		n += inside(x.From) + inside(x.To.AddDays(1))
	}
	for i, era := range e.eras {
		n += inside(era.From)
		if i == 0 {
			for _, t := range era.Tiers[1:] {
				n += inside(start.AddDays(t.FromDay - 1))
			}
		}
	}
	for _, list := range [2][]SpecialPeriod{e.caps, e.morat} {
		for _, s := range list {
			n += inside(s.From) + inside(s.To.AddDays(1))
		}
	}
	if e.table != nil && e.rateOn == RatePerPeriod && e.rateDate.IsZero() {
		if a, b := e.table.index(start), e.table.index(end); a >= 0 && b > a {
			n += b - a
		}
	}
	if e.annual {
		n += end.Year() - start.Year()
	}
	return max(1, min(n, days, 1<<16))
}

// eraAt returns the era in force on d for a delay that began on start, and
// the last day that answer holds.
func (e *engine) eraAt(d, start calendar.Date) (int, calendar.Date) {
	idx, until := -1, lastDate
	for i, era := range e.eras {
		if !era.DueFrom.IsZero() && start.Before(era.DueFrom) {
			continue
		}
		if era.covers(d, start) {
			idx = i
		}
		if !era.From.IsZero() && era.From.After(d) && era.From.AddDays(-1).Before(until) {
			until = era.From.AddDays(-1)
		}
		if !era.To.IsZero() && !era.To.Before(d) && era.To.Before(until) {
			until = era.To
		}
	}
	return idx, until
}

// coverPeriod returns the first exclusion that ends on or after d, and
// whether it covers d.
func coverPeriod(list []Period, d calendar.Date) (int, bool) {
	i, _ := slices.BinarySearchFunc(list, d, func(p Period, d calendar.Date) int { return p.To.Compare(d) })
	return i, i < len(list) && !list[i].From.After(d)
}

// countDays counts the days of [from, to]: as they are, or by 30/360.
func (e *engine) countDays(from, to calendar.Date) int {
	if e.days360 {
		return days360(from, to)
	}
	return to.Sub(from) + 1
}

// days360 counts [from, to] with months of 30 days: the 31st does not
// count, and the last day of February counts up to the 30th.
func days360(from, to calendar.Date) int {
	n := func(d calendar.Date) int { return 360*d.Year() + 30*int(d.Month()-1) + min(d.Day(), 30) }
	return n(to.AddDays(1)) - n(from)
}

func minDate(a, b calendar.Date) calendar.Date {
	if b.Before(a) {
		return b
	}
	return a
}

// debt prices one debt: base (baseK kopecks, a validated amount) from
// start (its first day of delay) through end, lowered after each of pays
// (days in [start, end], ascending, merged). It returns the days accrued
// and the debt's sum.
func (e *engine) debt(di int, start, end calendar.Date, base decimal.Decimal, baseK int64, pays []portion) (int, decimal.Decimal, error) {
	var sumK int64
	var sumD, only decimal.Decimal // only: the amount of the one priced row, reused as the sum
	priced := 0
	days := 0
	share := e.table != nil
	baseNum := moneyNum(baseK, base)

	// A rate fixed on one day for the whole debt.
	fixedIdx, fixedAssumed, fixedDay := -1, false, e.rateDate
	if share && (e.rateOn == RateOnDayBeforeFrom || e.rateOn == RateOnTo || !fixedDay.IsZero()) {
		field := "rate_date"
		switch {
		case !fixedDay.IsZero():
		case e.rateOn == RateOnDayBeforeFrom:
			fixedDay, field = start.AddDays(-1), "from"
		default:
			fixedDay, field = e.to, "to"
		}
		var err error
		if fixedIdx, fixedAssumed, err = e.rateIndex(e.lookup, fixedDay, field); err != nil {
			return 0, sumD, err
		}
	}

	// RateOnPayment: the parts of the debt by the day that prices each — a
	// payment, or the calculation date for what stays unpaid.
	var parts []portion
	var partIdx []int
	var partAssumed []bool
	if share && e.rateOn == RateOnPayment && fixedIdx < 0 {
		parts, partIdx, partAssumed = e.partBuf[:0], e.partIdxBuf[:0], e.partAssumedBuf[:0]
		defer func() { e.partBuf, e.partIdxBuf, e.partAssumedBuf = parts, partIdx, partAssumed }()
		left := baseNum.c
		for _, p := range pays {
			parts = append(parts, p)
			left -= p.k
		}
		if left > 0 {
			parts = append(parts, portion{on: e.to, k: left})
		}
		for _, p := range parts {
			field := "payments"
			if p.on == e.to {
				field = "to"
			}
			i, a := e.memoIdx, e.memoAssumed
			if p.on != e.memoDay || e.memoDay.IsZero() {
				var err error
				if i, a, err = e.rateIndex(e.lookup, p.on, field); err != nil {
					return 0, sumD, err
				}
				e.memoDay, e.memoIdx, e.memoAssumed = p.on, i, a
			}
			partIdx = append(partIdx, i)
			partAssumed = append(partAssumed, a)
		}
	}

	d, pi := start, 0
	ri := -1
	if e.table != nil {
		ri = e.table.index(start)
	}
	var prev *Row
	prevEra, prevTier := -1, -1
	eraIdx, eraUntil := -1, start.AddDays(-1) // the era in force, cached until its last day
	moCur, capCur := 0, 0                     // the first moratorium and cap not yet over
	yearEnd, yearDays := start.AddDays(-1), 0 // 31 December of the current row's year and its days
	for {
		row := Row{Debt: di, From: d, DelayDay: d.Sub(start) + 1, Base: base, Rounding: e.rounding}
		var rate num
		stop := end
		if pi < len(pays) && pays[pi].on.Before(stop) {
			stop = pays[pi].on
		}
		ex, exCover, mo, moCover := 0, false, 0, false
		if len(e.excl) > 0 {
			ex, exCover = coverPeriod(e.excl, d)
		}
		if len(e.morat) > 0 {
			for moCur < len(e.morat) && e.morat[moCur].To.Before(d) {
				moCur++
			}
			mo, moCover = moCur, moCur < len(e.morat) && !e.morat[moCur].From.After(d)
		}
		era, ti, capIdx := -1, -1, -1
		switch {
		case exCover:
			row.Excluded, row.Exclusion = true, &e.excl[ex]
			stop = minDate(stop, e.excl[ex].To)
		case moCover:
			row.Excluded, row.Special = true, &e.morat[mo]
			stop = minDate(stop, e.morat[mo].To)
			if ex < len(e.excl) && !e.excl[ex].From.After(stop) {
				stop = e.excl[ex].From.AddDays(-1)
			}
		default:
			if ex < len(e.excl) && !e.excl[ex].From.After(stop) {
				stop = e.excl[ex].From.AddDays(-1)
			}
			if mo < len(e.morat) && !e.morat[mo].From.After(stop) {
				stop = e.morat[mo].From.AddDays(-1)
			}
			tier := Tier{FromDay: 1, Fixed: e.fixed}
			if e.eras != nil {
				if d.After(eraUntil) {
					eraIdx, eraUntil = e.eraAt(d, start)
				}
				era = eraIdx
				if era < 0 {
					return 0, sumD, e.noEraError(d, start)
				}
				e.erasUsed |= 1 << uint(min(era, 63))
				stop = minDate(stop, eraUntil)
				tiers := e.eras[era].Tiers
				ti = 0
				for ti+1 < len(tiers) && tiers[ti+1].FromDay <= row.DelayDay {
					ti++
				}
				tier = tiers[ti]
				if ti+1 < len(tiers) {
					stop = minDate(stop, start.AddDays(tiers[ti+1].FromDay-2))
				}
			}
			switch {
			case tier.Share.IsZero() && tier.Fixed.IsZero():
				row.Excluded = true // a grace period
			case !tier.Fixed.IsZero():
				if e.eras == nil {
					rate = e.fixedNum
				} else {
					rate = newNum(canon(tier.Fixed))
				}
			default:
				row.Share = tier.Share
				if tier.Share.Annual() {
					row.Share, row.YearDays = Share{}, 360
					if !e.days360 {
						if d.After(yearEnd) {
							y := d.Year()
							yearEnd, yearDays = calendar.NewDate(y, 12, 31), calendar.DaysInYear(y)
						}
						row.YearDays = yearDays
						stop = minDate(stop, yearEnd)
					}
				}
				if e.mult > 1 {
					row.Multiplier = int(e.mult)
				}
				switch {
				case fixedIdx >= 0:
					row.RatePeriod, row.RateDate, row.Assumed = e.lookup[fixedIdx], fixedDay, fixedAssumed
					rate = e.lookupFrac(fixedIdx)
				case parts != nil:
					// priced below, part by part
				default:
					for ri+1 < len(e.table) && !e.table[ri+1].From.After(d) {
						ri++
					}
					i, a := ri, false
					if ri < 0 || e.table[ri].Kind == NoRate {
						var err error
						if i, a, err = e.rateIndex(e.table, d, ""); err != nil {
							return 0, sumD, err
						}
					}
					row.RatePeriod, row.Assumed, rate = e.table[i], a, e.frac(i)
					if !a && i+1 < len(e.table) {
						stop = minDate(stop, e.table[i+1].From.AddDays(-1))
					}
				}
				ci, covered := 0, false
				if len(e.caps) > 0 {
					for capCur < len(e.caps) && e.caps[capCur].To.Before(d) {
						capCur++
					}
					ci, covered = capCur, capCur < len(e.caps) && !e.caps[capCur].From.After(d)
				}
				if covered {
					capIdx, row.Special = ci, &e.caps[ci]
					stop = minDate(stop, e.caps[ci].To)
					if parts == nil {
						rate = e.capped(ci, rate)
					}
				} else if ci < len(e.caps) && !e.caps[ci].From.After(stop) {
					stop = e.caps[ci].From.AddDays(-1)
				}
			}
		}
		row.To = stop
		row.Rate = rate.d
		row.Days = e.countDays(d, stop)
		if row.Excluded {
			e.excluded += row.Days
		} else {
			days += row.Days
		}
		paid := pi > 0 && prev != nil && prev.To == pays[pi-1].on
		row.Reason = reason(prev, &row, paid, era != prevEra && prevEra >= 0 && era >= 0, ti != prevTier && prevTier >= 0 && ti >= 0)
		if paid {
			row.PaidOn, row.Paid = pays[pi-1].on, pays[pi-1].amount()
		}
		if !row.Excluded || era >= 0 {
			prevEra, prevTier = era, ti
		}

		first := len(e.rows)
		var partNums [4][2]num // the base and rate of each part row
		if parts != nil && !row.Excluded {
			e.rows = e.partRows(e.rows, row, baseNum, parts, partIdx, partAssumed, capIdx, &partNums)
		} else {
			e.rows = append(e.rows, row)
			partNums[0] = [2]num{baseNum, rate}
		}
		for j := first; j < len(e.rows); j++ {
			r := &e.rows[j]
			if r.Excluded {
				continue
			}
			e.assumed = e.assumed || r.Assumed
			n, den := int64(1), int64(1)
			switch {
			case r.YearDays > 0:
				n, den = e.mult, int64(r.YearDays)
			case !r.Share.IsZero():
				n, den = int64(r.Share.Num)*e.mult, int64(r.Share.Den)
			}
			var nums [2]num
			if j-first < len(partNums) {
				nums = partNums[j-first]
			} else {
				nums = [2]num{newNum(r.Base), newNum(r.Rate)}
			}
			var k int64
			var ok bool
			r.Amount, k, ok = price(nums[0], nums[1], n, den, r.Days, e.rounding)
			priced++
			only = r.Amount
			if ok && sumK <= math.MaxInt64-k {
				sumK += k
			} else {
				sumD = sumD.Add(r.Amount)
			}
		}
		prev = &e.rows[len(e.rows)-1]
		if pi < len(pays) && pays[pi].on == stop {
			baseNum = moneyNum(baseNum.c-pays[pi].k, decimal.Decimal{})
			base = baseNum.d
			pi++
		}
		if stop == end {
			switch {
			case !sumD.IsZero():
				return days, canonMoney(sumD.Add(money(sumK))), nil
			case priced == 1:
				return days, only, nil
			}
			return days, money(sumK), nil
		}
		d = stop.AddDays(1)
	}
}

// partRows appends the rows of one span of days under RateOnPayment: the
// parts of the debt still unpaid on these days, each at the rate of its
// own day (capped by the special period in force), grouped by the
// resulting rate. RateDate and RatePeriod name the first part of a group.
func (e *engine) partRows(rows []Row, row Row, base num, parts []portion, idx []int, assumed []bool, capIdx int, nums *[4][2]num) []Row {
	type group struct {
		rate   num
		idx    int
		on     calendar.Date
		k      int64
		assume bool
	}
	if same := idx[len(idx)-1]; slices.Index(idx, same) == 0 && !slices.Contains(assumed, true) {
		// Every part takes the same rate: one row, dated by the first part
		// still unpaid on these days.
		for _, p := range parts {
			if !p.on.Before(row.From) {
				rate := e.capped(capIdx, e.frac(same))
				row.Rate, row.RatePeriod, row.RateDate = rate.d, e.table[same], p.on
				nums[0] = [2]num{base, rate}
				return append(rows, row)
			}
		}
	}
	var buf [4]group
	gs := buf[:0]
	for j, p := range parts {
		if p.on.Before(row.From) {
			continue
		}
		rate := e.capped(capIdx, e.frac(idx[j]))
		g := slices.IndexFunc(gs, func(g group) bool { return numCompare(g.rate, rate) == 0 })
		if g < 0 {
			gs = append(gs, group{rate: rate, idx: idx[j], on: p.on, k: p.k, assume: assumed[j]})
			continue
		}
		gs[g].k += p.k
		gs[g].assume = gs[g].assume || assumed[j]
	}
	for j, g := range gs {
		r := row
		if j > 0 {
			r.Reason, r.PaidOn, r.Paid = RowPart, calendar.Date{}, decimal.Decimal{}
		}
		bn := base // the whole base: reuse its decimal
		if len(gs) > 1 {
			bn = moneyNum(g.k, decimal.Decimal{})
		}
		r.Base, r.Rate, r.RatePeriod, r.RateDate, r.Assumed = bn.d, g.rate.d, e.table[g.idx], g.on, g.assume
		if j < len(nums) {
			nums[j] = [2]num{bn, g.rate}
		}
		rows = append(rows, r)
	}
	return rows
}

// lookupFrac is frac for the lookup table.
func (e *engine) lookupFrac(i int) num {
	if len(e.lookup) == len(e.table) && (len(e.table) == 0 || &e.lookup[0] == &e.table[0]) {
		return e.frac(i)
	}
	if f := fractionsOf(e.lookup); f != nil {
		return f[i]
	}
	return newNum(percentFraction(e.lookup[i].Percent))
}

// capped applies the rate cap or fixed rate caps[ci] to rate.
func (e *engine) capped(ci int, rate num) num {
	if ci < 0 {
		return rate
	}
	c := e.capFrac(ci)
	if e.caps[ci].Kind == RateFixed || numCompare(c, rate) < 0 {
		return c
	}
	return rate
}

// numCompare compares two decomposed decimals in integers when it can.
func numCompare(a, b num) int {
	if a.ok && b.ok && a.c >= 0 && b.c >= 0 {
		ac, bc, ae, be := a.c, b.c, a.e, b.e
		for ae > be && ac <= math.MaxInt64/10 {
			ac, ae = ac*10, ae-1
		}
		for be > ae && bc <= math.MaxInt64/10 {
			bc, be = bc*10, be-1
		}
		if ae == be {
			return cmp.Compare(ac, bc)
		}
	}
	return a.d.Cmp(b.d)
}

// noEraError explains that the rule has no wording for day d.
func (e *engine) noEraError(d, start calendar.Date) error {
	first := calendar.Date{}
	for _, era := range e.eras {
		if era.DueFrom.IsZero() || !start.Before(era.DueFrom) {
			if first.IsZero() || era.From.Before(first) {
				first = era.From
			}
		}
	}
	msg := "the rule's wording for this day is not in the data"
	if !first.IsZero() && d.Before(first) {
		msg = "the rule's wording in the data starts on " + first.String()
	}
	return fieldError(ErrOutOfRange, "from", "no rule for the day of delay ", d.String(), ": ", msg)
}

// reason says why row starts, comparing it with the row before: paid
// when a payment on the previous row's last day lowered the base, era and
// tier when the wording or the tier of the day of delay changed.
func reason(prev, row *Row, paid, era, tier bool) Code {
	switch {
	case prev == nil:
		return RowStart
	case paid:
		return RowPayment
	case row.Excluded && row.Exclusion != nil:
		return RowExcluded
	case row.Excluded && row.Special != nil:
		return RowMoratorium
	case row.Excluded:
		return RowGrace
	case prev.Excluded && prev.Exclusion == nil && prev.Special == nil && tier:
		return RowTier
	case prev.Excluded:
		return RowResumed
	case era:
		return RowEra
	case tier:
		return RowTier
	case row.Special != nil && prev.Special != row.Special:
		return RowRateCap
	case row.Special == nil && prev.Special != nil:
		return RowRateCapEnd
	case row.Assumed && !prev.Assumed:
		return RowAssumed
	case prev.RatePeriod.From != row.RatePeriod.From:
		return RowRateChange
	case prev.From.Year() != row.From.Year() && row.YearDays > 0:
		return RowNewYear
	}
	return RowRateChange
}
