package courtfee

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Mark says how well a bracket's wording is sourced.
type Mark string

// The marks used in the data.
const (
	Verified      Mark = "V" // read in the official text
	Secondary     Mark = "P" // quoted alike by secondary sources (courts' news, legal portals)
	Reconstructed Mark = "U" // reconstructed: continuous with the brackets below, not read anywhere
)

// Bracket is one line of НК РФ ст. 333.19 п. 1 пп. 1: for a price of
// claim above Over and up to UpTo inclusive (UpTo zero: no upper bound) the
// fee is Fixed plus Percent of the excess over Over, at least Min and at
// most Max where they are not zero. Text is the line as the Code words it.
type Bracket struct {
	Over    decimal.Decimal
	UpTo    decimal.Decimal
	Fixed   decimal.Decimal
	Percent decimal.Decimal
	Min     decimal.Decimal
	Max     decimal.Decimal
	Text    string
	Mark    Mark
}

// contains reports whether the bracket covers the price p.
func (b Bracket) contains(p decimal.Decimal) bool {
	return p.GreaterThan(b.Over) && (b.UpTo.IsZero() || p.LessThanOrEqual(b.UpTo))
}

// fee is the bracket's formula at p, exact (no rounding).
func (b Bracket) fee(p decimal.Decimal) decimal.Decimal {
	f := b.Fixed.Add(p.Sub(b.Over).Mul(b.Percent).Div(hundred))
	if !b.Min.IsZero() && f.LessThan(b.Min) {
		f = b.Min
	}
	if !b.Max.IsZero() && f.GreaterThan(b.Max) {
		f = b.Max
	}
	return f
}

// Scale is one wording of НК РФ ст. 333.19 п. 1 пп. 1, in force from From
// through To inclusive (To zero: still in force). Basis cites it with the
// amending act; Source says where the wording was read.
type Scale struct {
	From, To calendar.Date
	Basis    law.Ref
	Source   string
	Brackets []Bracket
}

// bracket returns the bracket covering p.
func (s Scale) bracket(p decimal.Decimal) (Bracket, bool) {
	for _, b := range s.Brackets {
		if b.contains(p) {
			return b, true
		}
	}
	return Bracket{}, false
}

// fee is the scale's fee at p, exact.
func (s Scale) fee(p decimal.Decimal) decimal.Decimal {
	b, _ := s.bracket(p)
	return b.fee(p)
}

// Exemption is one wording of the consumer exemption of НК РФ ст. 333.36
// п. 3: a consumer whose price of claim does not exceed Threshold pays
// nothing; above it, the fee at the price less the fee at Threshold.
type Exemption struct {
	From      calendar.Date
	Threshold decimal.Decimal
	Basis     law.Ref
	Text      string
	Mark      Mark
	Source    string
}

// Scales is the dated history of the fee scale and of the consumer
// exemption, as Load reads it. A Scales is immutable once loaded.
type Scales struct {
	scales     []Scale
	exemptions []Exemption
	reviewed   calendar.Date
}

// Scales returns a copy of the wordings of ст. 333.19 п. 1 пп. 1, oldest
// first.
func (s *Scales) Scales() []Scale {
	out := make([]Scale, len(s.scales))
	for i, sc := range s.scales {
		sc.Brackets = append([]Bracket(nil), sc.Brackets...)
		out[i] = sc
	}
	return out
}

// Exemptions returns a copy of the wordings of ст. 333.36 п. 3, oldest first.
func (s *Scales) Exemptions() []Exemption { return append([]Exemption(nil), s.exemptions...) }

// Reviewed is the day the data was last checked against the law: a fee for
// a claim filed after it uses the latest wording known then.
func (s *Scales) Reviewed() calendar.Date { return s.reviewed }

// At returns the wording of ст. 333.19 п. 1 пп. 1 in force on d.
func (s *Scales) At(d calendar.Date) (Scale, bool) {
	for _, sc := range s.scales {
		if !d.Before(sc.From) && (sc.To.IsZero() || !d.After(sc.To)) {
			return sc, true
		}
	}
	return Scale{}, false
}

// exemptionAt returns the wording of ст. 333.36 п. 3 in force on d.
func (s *Scales) exemptionAt(d calendar.Date) (Exemption, bool) {
	for i := len(s.exemptions) - 1; i >= 0; i-- {
		if !d.Before(s.exemptions[i].From) {
			return s.exemptions[i], true
		}
	}
	return Exemption{}, false
}

//go:embed data/nk-333.19.json
var builtinData []byte

var builtin = sync.OnceValues(func() (*Scales, error) { return Load(strings.NewReader(string(builtinData))) })

// Builtin returns the scales shipped with the package (data/nk-333.19.json):
// the wording of 29.01.2010 (ФЗ № 374-ФЗ) through 08.09.2024 and the wording
// of ФЗ от 08.08.2024 № 259-ФЗ from 09.09.2024. It is loaded once.
func Builtin() *Scales {
	s, err := builtin()
	if err != nil {
		panic("courtfee: embedded data: " + err.Error()) // the package's tests load it
	}
	return s
}

// maxData bounds what Load reads: the data is a few kilobytes.
const maxData = 1 << 20

// Load reads scales in the format of data/nk-333.19.json: a "scales" list
// (from, to, basis, source, brackets with over, up_to, fixed, percent, min,
// max, text, mark), a "consumer" list (from, threshold, basis, text, mark,
// source) and the "reviewed" date. It checks what a typo would break: dates
// in order without gaps, brackets adjacent and increasing, each bracket's
// fee at its upper bound equal to the next one's at its lower bound, amounts
// non-negative with at most 2 decimal places. Errors wrap ErrInvalidData.
func Load(r io.Reader) (*Scales, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxData+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidData, err)
	}
	if len(b) > maxData {
		return nil, fmt.Errorf("%w: more than %d bytes: accepted is the JSON format of data/nk-333.19.json", ErrInvalidData, maxData)
	}
	var raw rawData
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%w: %v: accepted is the JSON format of data/nk-333.19.json", ErrInvalidData, err)
	}
	return raw.build()
}

type rawData struct {
	Comment  string         `json:"comment"`
	Reviewed string         `json:"reviewed"`
	Scales   []rawScale     `json:"scales"`
	Consumer []rawExemption `json:"consumer"`
}

type rawScale struct {
	From     string       `json:"from"`
	To       string       `json:"to"`
	Basis    string       `json:"basis"`
	Source   string       `json:"source"`
	Brackets []rawBracket `json:"brackets"`
}

type rawBracket struct {
	Over    string `json:"over"`
	UpTo    string `json:"up_to"`
	Fixed   string `json:"fixed"`
	Percent string `json:"percent"`
	Min     string `json:"min"`
	Max     string `json:"max"`
	Text    string `json:"text"`
	Mark    Mark   `json:"mark"`
}

type rawExemption struct {
	From      string `json:"from"`
	Threshold string `json:"threshold"`
	Basis     string `json:"basis"`
	Text      string `json:"text"`
	Mark      Mark   `json:"mark"`
	Source    string `json:"source"`
}

// limits of what the data may say: more scales or brackets than this is
// not a tax code.
const (
	maxScales   = 32
	maxBrackets = 32
	maxAmount   = MaxClaim // a trillion roubles
)

func (raw rawData) build() (*Scales, error) {
	bad := func(format string, a ...any) (*Scales, error) {
		return nil, fmt.Errorf("%w: "+format, append([]any{ErrInvalidData}, a...)...)
	}
	s := &Scales{}
	var err error
	if s.reviewed, err = calendar.ParseDate(raw.Reviewed); err != nil {
		return bad("reviewed: %v", err)
	}
	if len(raw.Scales) == 0 || len(raw.Scales) > maxScales {
		return bad("%d scales: accepted are 1 to %d", len(raw.Scales), maxScales)
	}
	for i, rs := range raw.Scales {
		sc := Scale{Source: rs.Source}
		if sc.From, err = calendar.ParseDate(rs.From); err != nil {
			return bad("scale %d: from: %v", i+1, err)
		}
		if rs.To != "" {
			if sc.To, err = calendar.ParseDate(rs.To); err != nil {
				return bad("scale %d: to: %v", i+1, err)
			}
			if sc.To.Before(sc.From) {
				return bad("scale %d: to %s before from %s", i+1, rs.To, rs.From)
			}
		}
		if i > 0 {
			prev := s.scales[i-1]
			if prev.To.IsZero() || sc.From != prev.To.AddDays(1) {
				return bad("scale %d: from %s does not follow the previous scale's last day %q: accepted is the day after it", i+1, rs.From, prev.To.String())
			}
		}
		if sc.Basis, err = cite(rs.Basis); err != nil {
			return bad("scale %d: basis: %v", i+1, err)
		}
		if len(rs.Brackets) == 0 || len(rs.Brackets) > maxBrackets {
			return bad("scale %d: %d brackets: accepted are 1 to %d", i+1, len(rs.Brackets), maxBrackets)
		}
		for j, rb := range rs.Brackets {
			br, err := rb.build()
			if err != nil {
				return bad("scale %d, bracket %d: %v", i+1, j+1, err)
			}
			if j == 0 && !br.Over.IsZero() {
				return bad("scale %d, bracket 1: over %s: accepted is 0", i+1, br.Over)
			}
			if j > 0 {
				prev := sc.Brackets[j-1]
				if prev.UpTo.IsZero() || !br.Over.Equal(prev.UpTo) {
					return bad("scale %d, bracket %d: over %s does not continue the previous bracket's up_to %s", i+1, j+1, br.Over, prev.UpTo)
				}
				if got, want := br.fee(br.Over), prev.fee(prev.UpTo); !got.Equal(want) {
					return bad("scale %d, bracket %d: fee %s at %s, but the previous bracket gives %s there: the scale must be continuous", i+1, j+1, got, br.Over, want)
				}
			}
			if !br.UpTo.IsZero() && !br.UpTo.GreaterThan(br.Over) {
				return bad("scale %d, bracket %d: up_to %s not above over %s", i+1, j+1, br.UpTo, br.Over)
			}
			if j == len(rs.Brackets)-1 && !br.UpTo.IsZero() {
				return bad("scale %d: the last bracket has up_to %s: accepted is none (no upper bound)", i+1, br.UpTo)
			}
			sc.Brackets = append(sc.Brackets, br)
		}
		s.scales = append(s.scales, sc)
	}
	if !s.scales[len(s.scales)-1].To.IsZero() {
		return bad("the last scale ends on %s: accepted is no \"to\" (still in force)", s.scales[len(s.scales)-1].To)
	}
	for i, re := range raw.Consumer {
		e := Exemption{Text: re.Text, Mark: re.Mark, Source: re.Source}
		if e.From, err = calendar.ParseDate(re.From); err != nil {
			return bad("consumer %d: from: %v", i+1, err)
		}
		if i > 0 && !e.From.After(s.exemptions[i-1].From) {
			return bad("consumer %d: from %s not after the previous one", i+1, re.From)
		}
		if e.Threshold, err = amount(re.Threshold); err != nil || e.Threshold.IsZero() {
			return bad("consumer %d: threshold %q: accepted is a positive amount of roubles", i+1, law.Clip(re.Threshold))
		}
		if e.Basis, err = cite(re.Basis); err != nil {
			return bad("consumer %d: basis: %v", i+1, err)
		}
		if err := checkMark(e.Mark); err != nil {
			return bad("consumer %d: %v", i+1, err)
		}
		s.exemptions = append(s.exemptions, e)
	}
	return s, nil
}

func (rb rawBracket) build() (Bracket, error) {
	b := Bracket{Text: rb.Text, Mark: rb.Mark}
	fields := []struct {
		name     string
		s        string
		v        *decimal.Decimal
		optional bool
	}{
		{"over", rb.Over, &b.Over, false},
		{"up_to", rb.UpTo, &b.UpTo, true},
		{"fixed", rb.Fixed, &b.Fixed, false},
		{"percent", rb.Percent, &b.Percent, false},
		{"min", rb.Min, &b.Min, true},
		{"max", rb.Max, &b.Max, true},
	}
	for _, f := range fields {
		if f.s == "" && f.optional {
			continue
		}
		v, err := amount(f.s)
		if err != nil {
			return Bracket{}, fmt.Errorf("%s %q: %v", f.name, law.Clip(f.s), err)
		}
		*f.v = v
	}
	if b.Percent.GreaterThan(hundred) {
		return Bracket{}, fmt.Errorf("percent %s: accepted is 0 to 100", b.Percent)
	}
	if !b.Min.IsZero() && !b.Max.IsZero() && b.Min.GreaterThan(b.Max) {
		return Bracket{}, fmt.Errorf("min %s above max %s", b.Min, b.Max)
	}
	if strings.TrimSpace(b.Text) == "" {
		return Bracket{}, errors.New("no text: accepted is the bracket's wording in the Code")
	}
	return b, checkMark(b.Mark)
}

func checkMark(m Mark) error {
	switch m {
	case Verified, Secondary, Reconstructed:
		return nil
	}
	return fmt.Errorf("mark %q: accepted are V, P and U", law.Clip(string(m)))
}

// amount reads a non-negative amount of roubles with at most 2 decimal
// places, "1000000" or "0.35".
func amount(s string) (decimal.Decimal, error) {
	if len(s) > 32 {
		return decimal.Decimal{}, errors.New("too long: accepted is a number such as 1000000 or 0.35")
	}
	v, err := decimal.NewFromString(s)
	if err != nil || strings.ContainsAny(s, "eE+") {
		return decimal.Decimal{}, errors.New("accepted is a number such as 1000000 or 0.35")
	}
	if v.IsNegative() || v.Exponent() < -2 && !v.Equal(v.Round(2)) || v.GreaterThan(decimal.NewFromInt(maxAmount)) {
		return decimal.Decimal{}, fmt.Errorf("accepted is 0 to %d with at most 2 decimal places", int64(maxAmount))
	}
	return v, nil
}

// cite parses a citation of the Tax Code with law.ParseRef; the result
// must render back exactly as written, so that the data says what the
// calculation will print.
func cite(s string) (law.Ref, error) {
	r, err := law.ParseRef(s)
	if err != nil {
		return law.Ref{}, err
	}
	if got := r.Text(law.Russian); got != s {
		return law.Ref{}, fmt.Errorf("citation %q renders as %q: write it as it renders", law.Clip(s), law.Clip(got))
	}
	return r, nil
}
