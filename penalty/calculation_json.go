package penalty

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// AppendJSON appends the calculation as a JSON object: the codes and the
// data — money as decimal strings with two decimals ("8398.60"), rates as
// decimal fractions ("0.155"), dates as "YYYY-MM-DD", citations as
// law.Ref objects — and, rendered in lang, the title, each row's formula
// and note, the cap line, the method and each note's text:
//
//	{"rule":"goods","title":"…","base_kind":"price_of_goods",
//	 "rows":[{"from":"2025-03-17","to":"2025-03-30","days":14,"delay_day":1,"reason":"row.start",
//	   "base":"59990.00","rate":"0.01","amount":"8398.60","formula":"…"}],
//	 "days":14,"uncapped":"8398.60","total":"8398.60","capped":false,"cap_code":"cap.unlimited",
//	 "cap_basis":[…],"cap_text":"…","basis":[…],"method":[{"code":"method.days_inclusive","text":"…"},…],
//	 "rounding":"each-row","lang":"ru"}
//
// It uses no reflection and no package-level setting of decimal; the text
// fields are ignored when the JSON is read back ([Calculation.UnmarshalJSON]).
func (c Calculation) AppendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, '{')
	if c.Rule != "" {
		b = append(b, `"rule":`...)
		b = law.AppendJSONString(b, string(c.Rule))
		b = append(b, ',')
	}
	if c.Name != "" {
		b = append(b, `"name":`...)
		b = law.AppendJSONString(b, c.Name)
		b = append(b, ',')
	}
	b = append(b, `"title":`...)
	b = law.AppendJSONString(b, c.Title(lang))
	if c.Base.valid() {
		b = append(b, `,"base_kind":"`...)
		b = append(b, c.Base.String()...)
		b = append(b, '"')
	}
	b = append(b, `,"rows":[`...)
	var buf [512]byte
	text := buf[:0]
	last := c.lastDay()
	for i := range c.Rows {
		if i > 0 {
			b = append(b, ',')
		}
		text = c.appendRowNote(text[:0], i, lang, last)
		b = c.Rows[i].appendJSON(b, lang, text)
	}
	b = append(b, ']')
	if c.Debts != nil {
		b = append(b, `,"debts":[`...)
		for i, d := range c.Debts {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"due":`...)
			b = appendDateJSON(b, d.Due)
			b = append(b, `,"amount":`...)
			b = appendMoneyJSON(b, d.Amount)
			if !d.PaidBeforeDelay.IsZero() {
				b = append(b, `,"paid_before_delay":`...)
				b = appendMoneyJSON(b, d.PaidBeforeDelay)
			}
			if !d.To.IsZero() {
				b = append(b, `,"to":`...)
				b = appendDateJSON(b, d.To)
			}
			b = append(b, `,"days":`...)
			b = strconv.AppendInt(b, int64(d.Days), 10)
			b = append(b, `,"total":`...)
			b = appendMoneyJSON(b, d.Total)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if c.Allocations != nil {
		b = append(b, `,"allocations":[`...)
		for i, a := range c.Allocations {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"payment":`...)
			b = strconv.AppendInt(b, int64(a.Payment), 10)
			b = append(b, `,"on":`...)
			b = appendDateJSON(b, a.On)
			b = append(b, `,"debt":`...)
			b = strconv.AppendInt(b, int64(a.Debt), 10)
			b = append(b, `,"amount":`...)
			b = appendMoneyJSON(b, a.Amount)
			b = append(b, `,"code":`...)
			b = law.AppendJSONString(b, string(a.Code))
			b = append(b, `,"text":`...)
			text = c.appendAllocation(text[:0], a, lang)
			b = appendJSONBytes(b, bytes.TrimSpace(text))
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"days":`...)
	b = strconv.AppendInt(b, int64(c.Days), 10)
	if c.ExcludedDays != 0 {
		b = append(b, `,"excluded_days":`...)
		b = strconv.AppendInt(b, int64(c.ExcludedDays), 10)
	}
	b = append(b, `,"uncapped":`...)
	b = appendMoneyJSON(b, c.Uncapped)
	b = append(b, `,"total":`...)
	b = appendMoneyJSON(b, c.Total)
	if !c.Cap.IsZero() {
		b = append(b, `,"cap":`...)
		b = appendMoneyJSON(b, c.Cap)
	}
	b = append(b, `,"capped":`...)
	b = strconv.AppendBool(b, c.Capped)
	if c.CapCode != "" {
		b = append(b, `,"cap_code":`...)
		b = law.AppendJSONString(b, string(c.CapCode))
	}
	if len(c.CapBasis) > 0 {
		b = append(b, `,"cap_basis":`...)
		b = law.AppendJSONRefs(b, c.CapBasis, lang)
	}
	b = append(b, `,"cap_text":`...)
	text = c.appendCapLine(text[:0], lang)
	text = bytes.TrimSuffix(text, []byte(".\n"))
	if i := bytes.Index(text, []byte(": ")); i >= 0 {
		text = text[i+2:]
	}
	b = appendJSONBytes(b, text)
	b = append(b, `,"basis":`...)
	b = law.AppendJSONRefs(b, c.Basis, lang)
	b = append(b, `,"method":[`...)
	var methods [8]Code
	for i, m := range c.method(&methods) {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"code":`...)
		b = law.AppendJSONString(b, string(m))
		if refs := c.methodBasis(m); len(refs) > 0 {
			b = append(b, `,"basis":`...)
			b = law.AppendJSONRefs(b, refs, lang)
		}
		b = append(b, `,"text":`...)
		text = c.appendMethod(text[:0], m, lang)
		b = appendJSONBytes(b, text)
		b = append(b, '}')
	}
	b = append(b, ']')
	if c.Notes != nil {
		b = append(b, `,"notes":[`...)
		for i, n := range c.Notes {
			if i > 0 {
				b = append(b, ',')
			}
			b = n.appendJSON(b, lang)
		}
		b = append(b, ']')
	}
	b = append(b, `,"rounding":"`...)
	b = append(b, c.Rounding.String()...)
	b = append(b, '"')
	if c.DayCount != ActualDays {
		b = append(b, `,"day_count":"`...)
		b = append(b, c.DayCount.String()...)
		b = append(b, '"')
	}
	if c.RateOn != RatePerPeriod {
		b = append(b, `,"rate_on":"`...)
		b = append(b, c.RateOn.String()...)
		b = append(b, '"')
	}
	if !c.RateDate.IsZero() {
		b = append(b, `,"rate_date":`...)
		b = appendDateJSON(b, c.RateDate)
	}
	if c.EndExclusive {
		b = append(b, `,"end_exclusive":true`...)
	}
	if !c.RatesKnownThrough.IsZero() {
		b = append(b, `,"rates_known_through":`...)
		b = appendDateJSON(b, c.RatesKnownThrough)
	}
	b = append(b, `,"lang":"`...)
	b = append(b, lang.String()...)
	return append(b, `"}`...)
}

// MarshalJSON is AppendJSON(nil, law.Russian).
func (c Calculation) MarshalJSON() ([]byte, error) { return c.AppendJSON(nil, law.Russian), nil }

func (r Row) appendJSON(b []byte, lang law.Lang, note []byte) []byte {
	if r.Debt != 0 {
		b = append(b, `{"debt":`...)
		b = strconv.AppendInt(b, int64(r.Debt), 10)
		b = append(b, `,"from":`...)
	} else {
		b = append(b, `{"from":`...)
	}
	b = appendDateJSON(b, r.From)
	b = append(b, `,"to":`...)
	b = appendDateJSON(b, r.To)
	b = append(b, `,"days":`...)
	b = strconv.AppendInt(b, int64(r.Days), 10)
	b = append(b, `,"delay_day":`...)
	b = strconv.AppendInt(b, int64(r.DelayDay), 10)
	if r.Reason != "" {
		b = append(b, `,"reason":`...)
		b = law.AppendJSONString(b, string(r.Reason))
	}
	b = append(b, `,"base":`...)
	b = appendMoneyJSON(b, r.Base)
	b = append(b, `,"rate":`...)
	b = appendDecimalJSON(b, r.Rate)
	if !r.Share.IsZero() {
		b = append(b, `,"share":{"num":`...)
		b = strconv.AppendInt(b, int64(r.Share.Num), 10)
		b = append(b, `,"den":`...)
		b = strconv.AppendInt(b, int64(r.Share.Den), 10)
		b = append(b, '}')
	}
	if r.Multiplier != 0 {
		b = append(b, `,"multiplier":`...)
		b = strconv.AppendInt(b, int64(r.Multiplier), 10)
	}
	if r.YearDays != 0 {
		b = append(b, `,"year_days":`...)
		b = strconv.AppendInt(b, int64(r.YearDays), 10)
	}
	if !r.RateDate.IsZero() {
		b = append(b, `,"rate_date":`...)
		b = appendDateJSON(b, r.RateDate)
	}
	if !r.RatePeriod.IsZero() {
		b = append(b, `,"rate_period":`...)
		b = r.RatePeriod.appendJSON(b)
	}
	if r.Special != nil {
		b = append(b, `,"special":`...)
		b = r.Special.appendJSON(b, lang)
	}
	if r.Exclusion != nil {
		b = append(b, `,"exclusion":`...)
		b = r.Exclusion.appendJSON(b, lang)
	}
	if r.Excluded {
		b = append(b, `,"excluded":true`...)
	}
	if r.Assumed {
		b = append(b, `,"assumed":true`...)
	}
	if !r.PaidOn.IsZero() {
		b = append(b, `,"paid_on":`...)
		b = appendDateJSON(b, r.PaidOn)
		b = append(b, `,"paid":`...)
		b = appendMoneyJSON(b, r.Paid)
	}
	b = append(b, `,"amount":`...)
	b = appendMoneyJSON(b, r.Amount)
	if r.Rounding != RoundEachRow {
		b = append(b, `,"rounding":"`...)
		b = append(b, r.Rounding.String()...)
		b = append(b, '"')
	}
	b = append(b, `,"formula":"`...)
	start := len(b)
	b = r.appendFormula(b, lang)
	b = escapeInPlace(b, start)
	b = append(b, '"')
	if len(note) > 0 {
		b = append(b, `,"note":`...)
		b = appendJSONBytes(b, note)
	}
	return append(b, '}')
}

// escapeInPlace JSON-escapes b[start:] when it needs it (a formula never
// does: digits, spaces, signs and letters).
func escapeInPlace(b []byte, start int) []byte {
	for _, c := range b[start:] {
		if c < 0x20 || c == '"' || c == '\\' {
			s := string(b[start:])
			b = law.AppendJSONString(b[:start], s)
			return append(b[:start], b[start+1:len(b)-1]...)
		}
	}
	return b
}

// MarshalJSON writes the period as {"from","to","basis"}.
func (p Period) MarshalJSON() ([]byte, error) { return p.appendJSON(nil, law.Russian), nil }

func (p Period) appendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"from":`...)
	b = appendDateJSON(b, p.From)
	b = append(b, `,"to":`...)
	b = appendDateJSON(b, p.To)
	if len(p.Basis) > 0 {
		b = append(b, `,"basis":`...)
		b = law.AppendJSONRefs(b, p.Basis, lang)
	}
	return append(b, '}')
}

func (s SpecialPeriod) appendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"id":`...)
	b = law.AppendJSONString(b, s.ID)
	b = append(b, `,"kind":"`...)
	b = append(b, s.Kind.String()...)
	b = append(b, `","from":`...)
	b = appendDateJSON(b, s.From)
	b = append(b, `,"to":`...)
	b = appendDateJSON(b, s.To)
	if !s.Percent.IsZero() {
		b = append(b, `,"percent":`...)
		b = appendDecimalJSON(b, s.Percent)
	}
	if len(s.Basis) > 0 {
		b = append(b, `,"basis":`...)
		b = law.AppendJSONRefs(b, s.Basis, lang)
	}
	if s.Mark != "" {
		b = append(b, `,"mark":`...)
		b = law.AppendJSONString(b, s.Mark)
	}
	return append(b, '}')
}

func (n Note) appendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"code":`...)
	b = law.AppendJSONString(b, string(n.Code))
	if !n.Date.IsZero() {
		b = append(b, `,"date":`...)
		b = appendDateJSON(b, n.Date)
	}
	if !n.Amount.IsZero() {
		b = append(b, `,"amount":`...)
		b = appendMoneyJSON(b, n.Amount)
	}
	if !n.Of.IsZero() {
		b = append(b, `,"of":`...)
		b = appendMoneyJSON(b, n.Of)
	}
	if len(n.Basis) > 0 {
		b = append(b, `,"basis":`...)
		b = law.AppendJSONRefs(b, n.Basis, lang)
	}
	b = append(b, `,"text":`...)
	b = appendJSONBytes(b, appendNote(nil, n, lang))
	return append(b, '}')
}

// appendDateJSON writes "2006-01-02", or "" for the zero Date.
func appendDateJSON(b []byte, d calendar.Date) []byte {
	b = append(b, '"')
	b, _ = d.AppendText(b)
	return append(b, '"')
}

// appendMoneyJSON writes an amount as a string with two decimals.
func appendMoneyJSON(b []byte, d decimal.Decimal) []byte {
	b = append(b, '"')
	switch k, ok := kopecks(d); {
	case ok:
		if k < 0 {
			b = append(b, '-')
			k = -k
		}
		b = strconv.AppendInt(b, k/100, 10)
		b = append(b, '.', byte('0'+k%100/10), byte('0'+k%10))
	case sane(d):
		b = append(b, d.StringFixed(2)...)
	default:
		b = appendScientific(b, d)
	}
	return append(b, '"')
}

// appendDecimalJSON writes a rate or percent as a decimal string.
func appendDecimalJSON(b []byte, d decimal.Decimal) []byte {
	b = append(b, '"')
	if c, e, ok := smallInt(d); ok && c >= 0 && e <= 0 && e >= -18 {
		b = appendFixed(b, uint64(c), int(-e), law.English)
	} else if sane(d) {
		b = append(b, d.String()...)
	} else {
		b = appendScientific(b, d)
	}
	return append(b, '"')
}

// The JSON the calculation is read back from; text fields are ignored.
type (
	calculationJSON struct {
		Rule              RuleID         `json:"rule"`
		Name              string         `json:"name"`
		BaseKind          string         `json:"base_kind"`
		Rows              []rowJSON      `json:"rows"`
		Debts             []debtJSON     `json:"debts"`
		Allocations       []allocJSON    `json:"allocations"`
		Days              int            `json:"days"`
		ExcludedDays      int            `json:"excluded_days"`
		Uncapped          string         `json:"uncapped"`
		Total             string         `json:"total"`
		Cap               string         `json:"cap"`
		Capped            bool           `json:"capped"`
		CapCode           Code           `json:"cap_code"`
		CapBasis          []law.Ref      `json:"cap_basis"`
		Basis             []law.Ref      `json:"basis"`
		Notes             []noteJSON     `json:"notes"`
		Rounding          Rounding       `json:"rounding"`
		DayCount          DayCount       `json:"day_count"`
		RateOn            RateOn         `json:"rate_on"`
		RateDate          calendar.Date  `json:"rate_date"`
		EndExclusive      bool           `json:"end_exclusive"`
		RatesKnownThrough calendar.Date  `json:"rates_known_through"`
		Extra             map[string]any `json:"-"`
	}
	rowJSON struct {
		Debt       int           `json:"debt"`
		From       calendar.Date `json:"from"`
		To         calendar.Date `json:"to"`
		Days       int           `json:"days"`
		DelayDay   int           `json:"delay_day"`
		Reason     Code          `json:"reason"`
		Base       string        `json:"base"`
		Rate       string        `json:"rate"`
		Share      Share         `json:"share"`
		Multiplier int           `json:"multiplier"`
		YearDays   int           `json:"year_days"`
		RateDate   calendar.Date `json:"rate_date"`
		RatePeriod *RatePeriod   `json:"rate_period"`
		Special    *specialJSON  `json:"special"`
		Exclusion  *periodJSON   `json:"exclusion"`
		Excluded   bool          `json:"excluded"`
		Assumed    bool          `json:"assumed"`
		PaidOn     calendar.Date `json:"paid_on"`
		Paid       string        `json:"paid"`
		Amount     string        `json:"amount"`
		Rounding   Rounding      `json:"rounding"`
	}
	specialJSON struct {
		ID      string        `json:"id"`
		Kind    SpecialKind   `json:"kind"`
		From    calendar.Date `json:"from"`
		To      calendar.Date `json:"to"`
		Percent string        `json:"percent"`
		Basis   []law.Ref     `json:"basis"`
		Mark    string        `json:"mark"`
	}
	periodJSON struct {
		From  calendar.Date `json:"from"`
		To    calendar.Date `json:"to"`
		Basis []law.Ref     `json:"basis"`
	}
	debtJSON struct {
		Due             calendar.Date `json:"due"`
		Amount          string        `json:"amount"`
		PaidBeforeDelay string        `json:"paid_before_delay"`
		To              calendar.Date `json:"to"`
		Days            int           `json:"days"`
		Total           string        `json:"total"`
	}
	allocJSON struct {
		Payment int           `json:"payment"`
		On      calendar.Date `json:"on"`
		Debt    int           `json:"debt"`
		Amount  string        `json:"amount"`
		Code    Code          `json:"code"`
	}
	noteJSON struct {
		Code   Code          `json:"code"`
		Date   calendar.Date `json:"date"`
		Amount string        `json:"amount"`
		Of     string        `json:"of"`
		Basis  []law.Ref     `json:"basis"`
	}
)

// maxCalculationJSON bounds what UnmarshalJSON reads.
const maxCalculationJSON = 16 << 20

// UnmarshalJSON reads what AppendJSON writes, in either language: the
// codes and data, ignoring the rendered text, so that a calculation
// marshalled and read back is equal to the original.
func (c *Calculation) UnmarshalJSON(data []byte) error {
	if len(data) > maxCalculationJSON {
		return fieldError(ErrInvalidInput, "", "calculation JSON larger than 16 MiB")
	}
	var j calculationJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fieldError(ErrInvalidInput, "", "calculation JSON: ", law.Clip(err.Error()))
	}
	var out Calculation
	var err error
	out.Rule, out.Name = j.Rule, j.Name
	if j.BaseKind != "" {
		if err := out.Base.UnmarshalText([]byte(j.BaseKind)); err != nil {
			return err
		}
	}
	money := func(field, s string) decimal.Decimal {
		if err != nil || s == "" {
			return decimal.Decimal{}
		}
		var d decimal.Decimal
		d, err = parseMoneyJSON(field, s)
		return d
	}
	if len(j.Rows) > 0 {
		out.Rows = make([]Row, len(j.Rows))
	}
	for i, r := range j.Rows {
		row := Row{Debt: r.Debt, From: r.From, To: r.To, Days: r.Days, DelayDay: r.DelayDay, Reason: r.Reason,
			Share: r.Share, Multiplier: r.Multiplier, YearDays: r.YearDays, RateDate: r.RateDate,
			Excluded: r.Excluded, Assumed: r.Assumed, PaidOn: r.PaidOn, Rounding: r.Rounding}
		field := indexed("rows", i, "")
		row.Base = money(field+".base", r.Base)
		row.Paid = money(field+".paid", r.Paid)
		row.Amount = money(field+".amount", r.Amount)
		if err == nil && r.Rate != "" {
			row.Rate, err = parseRateJSON(field+".rate", r.Rate)
		}
		if r.RatePeriod != nil {
			row.RatePeriod = *r.RatePeriod
		}
		if s := r.Special; s != nil {
			row.Special = &SpecialPeriod{ID: s.ID, Kind: s.Kind, From: s.From, To: s.To, Basis: nilIfEmpty(s.Basis), Mark: s.Mark}
			if err == nil && s.Percent != "" {
				row.Special.Percent, err = parseRateJSON(field+".special.percent", s.Percent)
			}
		}
		if x := r.Exclusion; x != nil {
			row.Exclusion = &Period{From: x.From, To: x.To, Basis: nilIfEmpty(x.Basis)}
		}
		out.Rows[i] = row
	}
	if j.Debts != nil {
		out.Debts = make([]DebtSummary, len(j.Debts))
	}
	for i, d := range j.Debts {
		field := indexed("debts", i, "")
		out.Debts[i] = DebtSummary{Due: d.Due, Amount: money(field+".amount", d.Amount), PaidBeforeDelay: money(field+".paid_before_delay", d.PaidBeforeDelay),
			To: d.To, Days: d.Days, Total: money(field+".total", d.Total)}
	}
	if j.Allocations != nil {
		out.Allocations = make([]Allocation, len(j.Allocations))
	}
	for i, a := range j.Allocations {
		out.Allocations[i] = Allocation{Payment: a.Payment, On: a.On, Debt: a.Debt, Amount: money(indexed("allocations", i, "amount"), a.Amount), Code: a.Code}
	}
	out.Days, out.ExcludedDays = j.Days, j.ExcludedDays
	out.Uncapped, out.Total, out.Cap = money("uncapped", j.Uncapped), money("total", j.Total), money("cap", j.Cap)
	out.Capped, out.CapCode, out.CapBasis, out.Basis = j.Capped, j.CapCode, nilIfEmpty(j.CapBasis), nilIfEmpty(j.Basis)
	if j.Notes != nil {
		out.Notes = make([]Note, len(j.Notes))
	}
	for i, n := range j.Notes {
		field := indexed("notes", i, "")
		out.Notes[i] = Note{Code: n.Code, Date: n.Date, Amount: money(field+".amount", n.Amount), Of: money(field+".of", n.Of), Basis: n.Basis}
	}
	out.Rounding, out.DayCount, out.RateOn, out.RateDate = j.Rounding, j.DayCount, j.RateOn, j.RateDate
	out.EndExclusive, out.RatesKnownThrough = j.EndExclusive, j.RatesKnownThrough
	if err != nil {
		return err
	}
	*c = out
	return nil
}

func nilIfEmpty(refs []law.Ref) []law.Ref {
	if len(refs) == 0 {
		return nil
	}
	return refs
}

// parseMoneyJSON reads "-1234.56" into the representation of money.
func parseMoneyJSON(field, s string) (decimal.Decimal, error) {
	if len(s) > 40 {
		return decimal.Decimal{}, fieldError(ErrInvalidInput, field, "longer than 40 characters")
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.Exponent() < -2 || !sane(d) {
		return decimal.Decimal{}, fieldError(ErrInvalidInput, field, strconv.Quote(law.Clip(s)), ": accepted is an amount with at most two decimals")
	}
	return canonMoney(d), nil
}

// parseRateJSON reads a rate or percent into its canonical form.
func parseRateJSON(field, s string) (decimal.Decimal, error) {
	if len(s) > 40 {
		return decimal.Decimal{}, fieldError(ErrInvalidInput, field, "longer than 40 characters")
	}
	d, err := decimal.NewFromString(s)
	if err != nil || !sane(d) {
		return decimal.Decimal{}, fieldError(ErrInvalidInput, field, strconv.Quote(law.Clip(s)), ": accepted is a decimal fraction")
	}
	if c, e, ok := smallInt(d); ok {
		return canon(decimal.New(c, e)), nil
	}
	return canon(d), nil
}

// appendJSONBytes appends text as a JSON string, escaping as
// law.AppendJSONString does, without converting it to a string first.
func appendJSONBytes(b, text []byte) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	valid := utf8.Valid(text) // then multi-byte runes are copied as they are
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf && valid {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, text[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, text[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, text[start:]...)
	return append(b, '"')
}
