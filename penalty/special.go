package penalty

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// SpecialKind is what a special period does to a rule.
type SpecialKind uint8

// The kinds of special period.
const (
	// Moratorium: nothing accrues on its days (ПП РФ № 423, 424, 479, 326).
	Moratorium SpecialKind = iota + 1
	// RateCap: the reference rate is at most Percent on its days (ПП РФ
	// № 479: 9.5 %; № 326: 7.5 %; № 474 from 01.08.2022: the lower of
	// 9.5 % and the rate of the day).
	RateCap
	// RateFixed: the reference rate is Percent on its days, whatever the
	// rate of the day (ПП РФ № 474 until 31.07.2022: the key rate of
	// 27.02.2022, 9.5 %).
	RateFixed
	specialKindEnd
)

var specialKindNames = [specialKindEnd]string{"", "moratorium", "rate_cap", "rate_fixed"}

// String returns "moratorium", "rate_cap" or "rate_fixed" ("" for the
// zero SpecialKind).
func (k SpecialKind) String() string {
	if k < specialKindEnd {
		return specialKindNames[k]
	}
	return fmt.Sprintf("SpecialKind(%d)", uint8(k))
}

// MarshalText writes the name.
func (k SpecialKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a name.
func (k *SpecialKind) UnmarshalText(text []byte) error {
	for i := SpecialKind(0); i < specialKindEnd; i++ {
		if specialKindNames[i] == string(text) {
			*k = i
			return nil
		}
	}
	return fieldError(ErrInvalidInput, "kind", fmt.Sprintf("%q", law.Clip(string(text))), ": accepted are moratorium, rate_cap, rate_fixed")
}

func (k SpecialKind) excludes() bool { return k == Moratorium }

// SpecialPeriod is a dated rule of a Government act that changes how a
// family of penalties accrues: a moratorium, a rate cap or a fixed rate,
// for days of delay From through To. Basis cites the act; ID is its stable
// name in the data (pp474_cap); Mark is the confidence of the research
// behind the dates (V: the act read; P: secondary sources; U: unverified).
type SpecialPeriod struct {
	ID      string          `json:"id"`
	Kind    SpecialKind     `json:"kind"`
	From    calendar.Date   `json:"from"`
	To      calendar.Date   `json:"to"`
	Percent decimal.Decimal `json:"percent,omitzero"` // per year, for RateCap and RateFixed
	Basis   []law.Ref       `json:"basis,omitempty"`
	Mark    string          `json:"mark,omitempty"`
}

// IsZero reports whether s is the zero SpecialPeriod (none).
func (s SpecialPeriod) IsZero() bool { return s.ID == "" && s.Kind == 0 && s.From.IsZero() }

func (s SpecialPeriod) validate(i int) error {
	if s.Kind > 0 && s.Kind < specialKindEnd && !s.From.IsZero() && !s.To.IsZero() && !s.To.Before(s.From) && len(s.ID) <= 64 &&
		(s.Kind == Moratorium) == s.Percent.IsZero() && (s.Kind == Moratorium || validPercent(s.Percent)) {
		return nil
	}
	field := indexed("rule.special", i, "")
	if i < 0 {
		field = "special period"
	}
	switch {
	case s.Kind == 0 || s.Kind >= specialKindEnd:
		return fieldError(ErrInvalidInput, field+".kind", fmt.Sprintf("%d", uint8(s.Kind)), ": accepted are moratorium, rate_cap, rate_fixed")
	case s.From.IsZero() || s.To.IsZero() || s.To.Before(s.From):
		return fieldError(ErrInvalidPeriod, field, "accepted is a period with both dates, from on or before to")
	case s.Kind == Moratorium && !s.Percent.IsZero():
		return fieldError(ErrInvalidInput, field+".percent", "a moratorium has no percent")
	case s.Kind != Moratorium && !validPercent(s.Percent):
		return fieldError(ErrInvalidInput, field+".percent", showDecimal(s.Percent), ": accepted is 0 to 1000 per year with at most 6 decimals")
	case len(s.ID) > 64:
		return fieldError(ErrInvalidInput, field+".id", "longer than 64 bytes")
	}
	return nil
}

// A rule's family decides which special periods of the data apply to it.
const (
	familyDDU           = "ddu"
	familyHousing       = "housing"
	familyCapitalRepair = "capital_repair"
)

//go:embed data/special-periods.csv
var specialPeriodsCSV []byte

// specialData holds the embedded special periods by family, loaded once.
var specialData = sync.OnceValue(func() map[string][]SpecialPeriod {
	m, err := parseSpecialPeriods(specialPeriodsCSV)
	if err != nil {
		// The data is part of the release and a test loads it: failing here
		// is a broken build, not bad user input.
		panic("penalty: embedded data/special-periods.csv: " + err.Error())
	}
	return m
})

// specialFor returns a fresh copy of a family's special periods.
func specialFor(family string) []SpecialPeriod {
	src := specialData()[family]
	out := make([]SpecialPeriod, len(src))
	for i, s := range src {
		s.Basis = slices.Clone(s.Basis)
		out[i] = s
	}
	return out
}

// SpecialPeriods returns every special period in the package's data, by
// family ("ddu", "housing", "capital_repair"), as fresh copies: the data a
// lawyer reviews in data/special-periods.csv.
func SpecialPeriods() map[string][]SpecialPeriod {
	out := map[string][]SpecialPeriod{}
	for f := range specialData() {
		out[f] = specialFor(f)
	}
	return out
}

// parseSpecialPeriods reads the data file: a CSV with a header and the
// columns id, family, kind, from, to, percent, mark, basis, source; '#'
// starts a comment line. Each row is validated; periods of one kind class
// (moratoria; caps and fixed rates) must not overlap within a family.
func parseSpecialPeriods(data []byte) (map[string][]SpecialPeriod, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comment = '#'
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	want := []string{"id", "family", "kind", "from", "to", "percent", "mark", "basis", "source"}
	if !slices.Equal(header, want) {
		return nil, fmt.Errorf("header %q: accepted is %q", strings.Join(header, ","), strings.Join(want, ","))
	}
	out := map[string][]SpecialPeriod{}
	ids := map[string]bool{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		where := fmt.Sprintf("line %d", line)
		var s SpecialPeriod
		s.ID = rec[0]
		if s.ID == "" || ids[rec[1]+"/"+s.ID] {
			return nil, fmt.Errorf("%s: id %q empty or repeated", where, s.ID)
		}
		ids[rec[1]+"/"+s.ID] = true
		family := rec[1]
		if family != familyDDU && family != familyHousing && family != familyCapitalRepair {
			return nil, fmt.Errorf("%s: family %q: accepted are ddu, housing, capital_repair", where, family)
		}
		if err := s.Kind.UnmarshalText([]byte(rec[2])); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if s.From, err = calendar.ParseDate(rec[3]); err != nil {
			return nil, fmt.Errorf("%s: from: %w", where, err)
		}
		if s.To, err = calendar.ParseDate(rec[4]); err != nil {
			return nil, fmt.Errorf("%s: to: %w", where, err)
		}
		if rec[5] != "" {
			if s.Percent, err = parsePercent(rec[5]); err != nil {
				return nil, fmt.Errorf("%s: percent %q: %w", where, rec[5], err)
			}
			s.Percent = canon(s.Percent)
		}
		switch rec[6] {
		case "V", "P", "U":
			s.Mark = rec[6]
		default:
			return nil, fmt.Errorf("%s: mark %q: accepted are V, P, U", where, rec[6])
		}
		if s.Basis, err = law.ParseRefs(rec[7]); err != nil {
			return nil, fmt.Errorf("%s: basis: %w", where, err)
		}
		if strings.TrimSpace(rec[8]) == "" {
			return nil, fmt.Errorf("%s: no source: every period cites where its dates were read", where)
		}
		if err := s.validate(-1); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		for _, o := range out[family] {
			if o.Kind.excludes() == s.Kind.excludes() && !o.To.Before(s.From) && !s.To.Before(o.From) {
				return nil, fmt.Errorf("%s: %s overlaps %s", where, s.ID, o.ID)
			}
		}
		out[family] = append(out[family], s)
	}
}
