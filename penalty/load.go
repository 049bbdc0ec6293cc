package penalty

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
)

// maxRatesInput bounds what LoadRates reads: a full history is a few KiB.
const maxRatesInput = 1 << 20

// LoadRates reads a ст. 395 rate history — to add key-rate decisions made
// after this release (see Rates.With), or a federal district's 2015–16
// deposit rates that the embedded data lacks. The input is CSV or JSON,
// detected by its first character ('[' is JSON), at most 1 MiB:
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
// checked with Rates.Validate. Errors wrap ErrInvalidRates and name the
// line or element.
func LoadRates(r io.Reader) (Rates, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxRatesInput+1))
	if err != nil {
		return nil, fmt.Errorf("penalty: %w: reading: %v", ErrInvalidRates, err)
	}
	if len(data) > maxRatesInput {
		return nil, fmt.Errorf("penalty: %w: input exceeds %d bytes: accepted is a rate history of at most 1 MiB", ErrInvalidRates, maxRatesInput)
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
		return p, fmt.Errorf("penalty: %w: %s: from %q: accepted are 2006-01-02 and 02.01.2006", ErrInvalidRates, where, f.from)
	}
	kind := strings.ToLower(strings.TrimSpace(f.kind))
	if kind != "" {
		k, ok := parseRateKind(kind)
		if !ok {
			return p, fmt.Errorf("penalty: %w: %s: kind %q: accepted are key, refinancing, deposit, none", ErrInvalidRates, where, f.kind)
		}
		p.Kind = k
	}
	percent := strings.TrimSpace(f.percent)
	switch {
	case p.Kind == NoRate && percent != "":
		return p, fmt.Errorf("penalty: %w: %s: kind none with percent %q: accepted is an empty percent for an unknown rate", ErrInvalidRates, where, f.percent)
	case p.Kind != NoRate:
		if p.Percent, err = parsePercent(percent); err != nil {
			return p, fmt.Errorf("penalty: %w: %s: percent %q: accepted is a number per year such as 15.50 or 15,5 (0–100, up to 6 decimals)", ErrInvalidRates, where, f.percent)
		}
	}
	p.District = District(strings.TrimSpace(f.district))
	p.Source = strings.TrimSpace(f.source)
	return p, nil
}

// parsePercent accepts 1–3 digits, optionally a '.' or ',' and 1–6 more;
// no sign, no exponent.
func parsePercent(s string) (decimal.Decimal, error) {
	intPart, frac, hasFrac := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if len(intPart) < 1 || len(intPart) > 3 || (hasFrac && (len(frac) < 1 || len(frac) > 6)) || !allDigits(intPart) || !allDigits(frac) {
		return decimal.Decimal{}, errors.New("malformed percent")
	}
	if hasFrac {
		return decimal.NewFromString(intPart + "." + frac)
	}
	return decimal.NewFromString(intPart)
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
		return nil, fmt.Errorf("penalty: %w: no header: accepted is CSV with a header (from,percent[,kind][,district][,source]) or a JSON array", ErrInvalidRates)
	}
	if err != nil {
		return nil, fmt.Errorf("penalty: %w: %v", ErrInvalidRates, err)
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
			return nil, fmt.Errorf("penalty: %w: header column %q: accepted columns are from, percent (or rate_percent), kind, district, source", ErrInvalidRates, h)
		}
		if _, dup := col[name]; dup {
			return nil, fmt.Errorf("penalty: %w: header names %q twice", ErrInvalidRates, name)
		}
		col[name] = i
	}
	if _, ok := col["from"]; !ok {
		return nil, fmt.Errorf("penalty: %w: header %q has no from column: accepted columns are from, percent, kind, district, source", ErrInvalidRates, strings.Join(header, ","))
	}
	if _, ok := col["percent"]; !ok {
		return nil, fmt.Errorf("penalty: %w: header %q has no percent column: accepted columns are from, percent, kind, district, source", ErrInvalidRates, strings.Join(header, ","))
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
			return nil, fmt.Errorf("penalty: %w: %v", ErrInvalidRates, err)
		}
		line, _ := cr.FieldPos(0)
		p, err := rateFields{
			from: get(rec, "from"), percent: get(rec, "percent"), kind: get(rec, "kind"),
			district: get(rec, "district"), source: get(rec, "source"),
		}.parse("line " + strconv.Itoa(line))
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
}

// ratePeriodJSON is the JSON form of a RatePeriod, read by LoadRates and
// written by RatePeriod.MarshalJSON.
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
		return nil, fmt.Errorf("penalty: %w: JSON: %v: accepted is an array of {from, percent, kind, district, source}", ErrInvalidRates, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("penalty: %w: JSON: data after the array", ErrInvalidRates)
	}
	out := make(Rates, 0, len(elems))
	for i, e := range elems {
		percent := string(bytes.TrimSpace(e.Percent))
		if percent == "null" {
			percent = ""
		} else if strings.HasPrefix(percent, `"`) {
			if err := json.Unmarshal(e.Percent, &percent); err != nil {
				return nil, fmt.Errorf("penalty: %w: element %d: percent %s: %v", ErrInvalidRates, i+1, e.Percent, err)
			}
		}
		p, err := rateFields{from: e.From, percent: percent, kind: e.Kind, district: e.District, source: e.Source}.parse("element " + strconv.Itoa(i+1))
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
	if !decimalSane(p.Percent) {
		return nil, fmt.Errorf("penalty: %w: percent %s cannot be written", ErrInvalidRates, showDecimal(p.Percent))
	}
	j := ratePeriodJSON{From: p.From.String(), Kind: p.Kind.String(), District: string(p.District), Source: p.Source}
	if p.Kind != NoRate {
		j.Percent = json.RawMessage(strconv.Quote(p.Percent.String()))
	}
	return json.Marshal(j)
}
