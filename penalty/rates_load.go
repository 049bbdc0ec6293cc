package penalty

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// maxRatesInput bounds what LoadRates reads: a full history is a few KiB.
const maxRatesInput = 1 << 20

// LoadRates reads a rate history — key-rate decisions made after this
// release (see [Rates.With]), or a federal district's 2015–16 deposit rates
// that the embedded data lacks. The input is CSV or JSON, detected by its
// first character ('[' is JSON), at most 1 MiB:
//
// CSV: a header row, then one row per period; lines starting with '#' are
// comments. Columns, in any order: from (required; "2006-01-02" or
// "02.01.2006"), percent (required, alias rate_percent; per year, e.g.
// 15.50 or "15,5"; empty for kind none), kind (key — the default —,
// refinancing, deposit or none), district (for deposit: ЦФО, СЗФО, ЮФО,
// СКФО, ПФО, УФО, СФО, ДФО, КФО), source.
//
//	from,percent,kind,source
//	2026-07-27,14.00,key,Банк России: решение от 24.07.2026
//	2026-09-24,,none,next decision not yet verified
//
// JSON: an array of objects with the same fields; percent is a string or
// a number: [{"from":"2026-07-27","percent":"14.00","source":"…"}].
//
// A final row of kind none ends the known history (Rates.KnownThrough);
// without one the last rate applies to every later day. The result is
// checked with Rates.Validate. Errors are *InputError wrapping
// ErrInvalidRates, their Field naming the line ("line 5") or element.
func LoadRates(r io.Reader) (Rates, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxRatesInput+1))
	if err != nil {
		return nil, fieldError(ErrInvalidRates, "", "reading: ", law.Clip(err.Error()))
	}
	if len(data) > maxRatesInput {
		return nil, fieldError(ErrInvalidRates, "", "input exceeds 1 MiB: accepted is a rate history of at most 1 MiB")
	}
	rates, err := parseRates(data)
	if err != nil {
		return nil, err
	}
	if err := rates.Validate(); err != nil {
		return nil, err
	}
	return rates, nil
}

// parseRates decodes CSV or JSON rate rows without checking the order.
func parseRates(data []byte) (Rates, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		return parseRatesJSON(t)
	}
	return parseRatesCSV(data)
}

// rateFields is one row or element before parsing.
type rateFields struct {
	from, percent, kind, district, source string
}

func (f rateFields) parse(where string) (RatePeriod, error) {
	var p RatePeriod
	var err error
	if p.From, err = calendar.ParseDate(strings.TrimSpace(f.from)); err != nil {
		return p, fieldError(ErrInvalidRates, where, "from ", strconv.Quote(law.Clip(f.from)), ": accepted are 2006-01-02 and 02.01.2006")
	}
	if kind := strings.ToLower(strings.TrimSpace(f.kind)); kind != "" {
		k, ok := parseRateKind(kind)
		if !ok {
			return p, fieldError(ErrInvalidRates, where, "kind ", strconv.Quote(law.Clip(f.kind)), ": accepted are key, refinancing, deposit, none")
		}
		p.Kind = k
	}
	percent := strings.TrimSpace(f.percent)
	switch {
	case p.Kind == NoRate && percent != "":
		return p, fieldError(ErrInvalidRates, where, "kind none with percent ", strconv.Quote(law.Clip(f.percent)), ": accepted is an empty percent for an unknown rate")
	case p.Kind != NoRate:
		if p.Percent, err = parsePercent(percent); err != nil {
			return p, fieldError(ErrInvalidRates, where, "percent ", strconv.Quote(law.Clip(f.percent)), ": accepted is a number per year such as 15.50 or 15,5 (0–1000, up to 6 decimals)")
		}
	}
	p.District = District(strings.TrimSpace(f.district))
	p.Source = strings.TrimSpace(f.source)
	return p, nil
}

// parsePercent accepts 1–3 digits, optionally a '.' or ',' and 1–6 more;
// no sign, no exponent. The result has no trailing zeros (15.50 is 15.5).
func parsePercent(s string) (decimal.Decimal, error) {
	intPart, frac, hasFrac := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if len(intPart) < 1 || len(intPart) > 3 || (hasFrac && (len(frac) < 1 || len(frac) > 6)) || !allDigits(intPart) || !allDigits(frac) {
		return decimal.Decimal{}, errors.New("malformed percent")
	}
	c, _ := strconv.ParseInt(intPart+frac, 10, 64)
	return canon(decimal.New(c, -int32(len(frac)))), nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func parseRatesCSV(data []byte) (Rates, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fieldError(ErrInvalidRates, "", "no header: accepted is CSV with a header (from,percent[,kind][,district][,source]) or a JSON array")
	}
	if err != nil {
		return nil, fieldError(ErrInvalidRates, "", law.Clip(err.Error()))
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if name == "rate_percent" {
			name = "percent"
		}
		switch name {
		case "from", "percent", "kind", "district", "source":
		default:
			return nil, fieldError(ErrInvalidRates, "line 1", "header column ", strconv.Quote(law.Clip(h)), ": accepted columns are from, percent (or rate_percent), kind, district, source")
		}
		if _, dup := col[name]; dup {
			return nil, fieldError(ErrInvalidRates, "line 1", "header names ", strconv.Quote(name), " twice")
		}
		col[name] = i
	}
	for _, need := range []string{"from", "percent"} {
		if _, ok := col[need]; !ok {
			return nil, fieldError(ErrInvalidRates, "line 1", "the header has no ", need, " column: accepted columns are from, percent, kind, district, source")
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok {
			return rec[i]
		}
		return ""
	}
	var out Rates
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fieldError(ErrInvalidRates, "", law.Clip(err.Error()))
		}
		line, _ := cr.FieldPos(0)
		p, err := rateFields{
			from: get(rec, "from"), percent: get(rec, "percent"), kind: get(rec, "kind"),
			district: get(rec, "district"), source: get(rec, "source"),
		}.parse("line " + itoa(line))
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
}

// ratePeriodJSON is the JSON form of a RatePeriod read by LoadRates.
type ratePeriodJSON struct {
	From     string          `json:"from"`
	Percent  json.RawMessage `json:"percent,omitempty"`
	Kind     string          `json:"kind,omitempty"`
	District string          `json:"district,omitempty"`
	Source   string          `json:"source,omitempty"`
}

func parseRatesJSON(data []byte) (Rates, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var elems []ratePeriodJSON
	if err := dec.Decode(&elems); err != nil {
		return nil, fieldError(ErrInvalidRates, "", "JSON: ", law.Clip(err.Error()), ": accepted is an array of {from, percent, kind, district, source}")
	}
	if dec.More() {
		return nil, fieldError(ErrInvalidRates, "", "JSON: data after the array")
	}
	out := make(Rates, 0, len(elems))
	for i, e := range elems {
		where := "element " + itoa(i+1)
		percent := string(bytes.TrimSpace(e.Percent))
		if percent == "null" {
			percent = ""
		} else if strings.HasPrefix(percent, `"`) {
			if err := json.Unmarshal(e.Percent, &percent); err != nil {
				return nil, fieldError(ErrInvalidRates, where, "percent: ", law.Clip(err.Error()))
			}
		}
		p, err := rateFields{from: e.From, percent: percent, kind: e.Kind, district: e.District, source: e.Source}.parse(where)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// MarshalJSON writes the period as LoadRates reads it: {"from":
// "2026-07-27", "percent": "14", "kind": "key", "source": "…"}, with the
// percent a decimal string (omitted for kind none).
func (p RatePeriod) MarshalJSON() ([]byte, error) {
	if !validPercent(p.Percent) {
		return nil, fieldError(ErrInvalidRates, "percent", showDecimal(p.Percent), " cannot be written: accepted is 0 to 1000 with at most 6 decimals")
	}
	return p.appendJSON(nil), nil
}

func (p RatePeriod) appendJSON(b []byte) []byte {
	b = append(b, `{"from":`...)
	b = appendDateJSON(b, p.From)
	if p.Kind != NoRate {
		b = append(b, `,"percent":`...)
		b = appendDecimalJSON(b, p.Percent)
	}
	b = append(b, `,"kind":"`...)
	b = append(b, p.Kind.String()...)
	b = append(b, '"')
	if p.District != "" {
		b = append(b, `,"district":`...)
		b = law.AppendJSONString(b, string(p.District))
	}
	if p.Source != "" {
		b = append(b, `,"source":`...)
		b = law.AppendJSONString(b, p.Source)
	}
	return append(b, '}')
}

// UnmarshalJSON reads what MarshalJSON writes.
func (p *RatePeriod) UnmarshalJSON(data []byte) error {
	var j ratePeriodJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fieldError(ErrInvalidRates, "rate_period", law.Clip(err.Error()))
	}
	percent := strings.Trim(string(bytes.TrimSpace(j.Percent)), `"`)
	if percent == "null" {
		percent = ""
	}
	v, err := rateFields{from: j.From, percent: percent, kind: j.Kind, district: j.District, source: j.Source}.parse("rate_period")
	if err != nil {
		return err
	}
	*p = v
	return nil
}
