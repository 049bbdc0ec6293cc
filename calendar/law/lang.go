package law

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid is returned, wrapped, for a language tag or a citation this
// package cannot read; the message says what is accepted.
var ErrInvalid = errors.New("law: invalid input")

// Lang is a language explanations are rendered in. The zero Lang is
// Russian, the language of the documents a court reads.
type Lang uint8

// The languages of explanations.
const (
	Russian Lang = iota
	English
)

// String returns the language's ISO 639-1 code: "ru" or "en".
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "ru"
}

// ParseLang reads a language tag: "ru" or "en", in any case, optionally
// with a region ("ru-RU", "en_GB"). Anything else is an error wrapping
// ErrInvalid.
func ParseLang(tag string) (Lang, error) {
	base, _, _ := strings.Cut(strings.TrimSpace(tag), "-")
	base, _, _ = strings.Cut(base, "_")
	switch strings.ToLower(base) {
	case "ru":
		return Russian, nil
	case "en":
		return English, nil
	}
	return Russian, fmt.Errorf("%w: language %q: accepted are ru and en", ErrInvalid, Clip(tag))
}

// MatchAcceptLanguage picks the language of an HTTP Accept-Language header
// (RFC 9110 § 12.5.4): the supported language with the highest weight,
// Russian when the header names neither or is malformed.
func MatchAcceptLanguage(header string) Lang {
	best, bestQ := Russian, -1.0
	for i, part := range strings.Split(header, ",") {
		if i >= 32 {
			break // a header is a handful of tags; ignore the rest
		}
		tag, params, _ := strings.Cut(part, ";")
		l, err := ParseLang(tag)
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			q = parseQ(v)
		}
		if q > bestQ && q > 0 {
			best, bestQ = l, q
		}
	}
	return best
}

// parseQ reads a quality value "0", "0.5", "1.000"; anything else is 0.
func parseQ(s string) float64 {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 5 {
		return 0
	}
	q, scale := 0.0, 0.0
	for _, c := range s {
		switch {
		case c == '.' && scale == 0:
			scale = 1
		case c >= '0' && c <= '9':
			if scale == 0 {
				q = q*10 + float64(c-'0')
			} else {
				scale /= 10
				q += float64(c-'0') * scale
			}
		default:
			return 0
		}
	}
	return min(q, 1)
}

// MarshalText encodes the language as "ru" or "en".
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText accepts what ParseLang accepts.
func (l *Lang) UnmarshalText(b []byte) error {
	v, err := ParseLang(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
