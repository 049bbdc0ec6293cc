package law

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// heads are the Russian names of acts ParseRef recognises, longest first
// where one is a prefix of another.
var heads = []struct {
	text string
	kind Kind
}{
	{"Постановление Пленума ВС РФ и Пленума ВАС РФ", JointPlenum},
	{"Постановление Пленума ВС РФ", PlenumResolution},
	{"Постановление Правительства РФ", GovernmentDecree},
	{"Постановление КС РФ", ConstitutionalCourt},
	{"Указ Президента РФ", PresidentialDecree},
	{"Федеральный закон", FederalLaw},
	{"Закон РФ", RFLaw},
	{"ФЗ", FederalLaw},
	{"Обзор ВС РФ", CourtReview},
	{"Определение ВС РФ", SupremeCourtRuling},
	{"Указание Банка России", CentralBankAct},
	{"решение Совета директоров Банка России", CentralBankDecision},
	{"внутренний регламент организации", Regulation},
	{"ГК РФ", CivilCode},
	{"ТК РФ", LabourCode},
	{"ЖК РФ", HousingCode},
	{"НК РФ", TaxCode},
	{"СК РФ", FamilyCode},
	{"КЗоТ РСФСР", RSFSRLabourCode},
}

// locators are the Russian names of the parts of an act, in the order a
// citation lists them.
var locators = []struct {
	text string
	set  func(*Ref, string)
}{
	{"ст.", func(r *Ref, v string) { r.Article = v }},
	{"ч.", func(r *Ref, v string) { r.Part = v }},
	{"п.", func(r *Ref, v string) { r.Clause = v }},
	{"пп.", func(r *Ref, v string) { r.Subclause = v }},
	{"абз.", func(r *Ref, v string) { r.Paragraph = v }},
	{"вопрос", func(r *Ref, v string) { r.Question = v }},
}

const acceptedRef = "a Russian citation such as «ГК РФ ст. 193», «Закон РФ от 07.02.1992 № 2300-1, ст. 23 п. 1», " +
	"«Постановление Правительства РФ от 10.08.2023 № 1314» or «Постановление Пленума ВС РФ от 24.03.2016 № 7, п. 65»"

// maxRef bounds what ParseRef reads: a citation is a line, not a document.
const maxRef = 1 << 10

// ParseRef reads one citation written as Russian lawyers write it:
//
//	ГК РФ ст. 314 п. 2
//	Закон РФ от 07.02.1992 № 2300-1, ст. 23.1 п. 3
//	Федеральный закон от 25.04.2002 № 40-ФЗ, ст. 12 п. 21 абз. 2
//	ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ)
//	Постановление Правительства РФ от 28.03.2022 № 497
//	Постановление Пленума ВС РФ от 24.03.2016 № 7, п. 65
//	Обзор ВС РФ № 1 (2020), утв. Президиумом ВС РФ 21.04.2020, вопрос 5
//
// An act's title may follow in «quotes»; the titles of the acts zozpp knows
// (ЗоЗПП, 40-ФЗ, 214-ФЗ, 44-ФЗ, ...) are filled in when omitted, in both
// languages. The error wraps ErrInvalid and says what is accepted.
func ParseRef(s string) (Ref, error) {
	refs, err := ParseRefs(s)
	if err != nil {
		return Ref{}, err
	}
	if len(refs) != 1 {
		return Ref{}, fmt.Errorf("%w: %q cites %d provisions: accepted is one (use ParseRefs for a list)", ErrInvalid, Clip(s), len(refs))
	}
	return refs[0], nil
}

// ParseRefs reads a list of citations separated by "; ", where a citation
// may continue the act of the one before it («…, ст. 28 п. 1, ст. 29 п. 1,
// 4» or «…; ст. 23 п. 1»).
func ParseRefs(s string) ([]Ref, error) {
	if len(s) > maxRef || !utf8.ValidString(s) {
		return nil, fmt.Errorf("%w: a citation of %d bytes: accepted is %s, valid UTF-8, at most %d bytes", ErrInvalid, len(s), acceptedRef, maxRef)
	}
	var out []Ref
	var act Ref // the act (and edition) the next continuation belongs to
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		var r Ref
		rest, ok := parseAct(part, &r)
		switch {
		case ok:
			act = Ref{Act: r.Act}
		case act.Act.IsZero():
			return nil, fmt.Errorf("%w: %q: accepted is %s", ErrInvalid, Clip(part), acceptedRef)
		default:
			r.Act = act.Act
			rest = part
		}
		rest = strings.TrimPrefix(strings.TrimSpace(rest), ",")
		for _, piece := range splitArticles(rest) {
			ref := Ref{Act: r.Act}
			if err := parseLocators(piece, &ref); err != nil {
				return nil, fmt.Errorf("%w: %q: %v; accepted is %s", ErrInvalid, Clip(part), err, acceptedRef)
			}
			out = append(out, ref)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: empty citation: accepted is %s", ErrInvalid, acceptedRef)
	}
	return out, nil
}

// MustRef is ParseRef for citations fixed in the code; it panics on a
// malformed one, which the package's tests would catch.
func MustRef(s string) Ref {
	r, err := ParseRef(s)
	if err != nil {
		panic(err)
	}
	return r
}

// MustRefs is ParseRefs for citation lists fixed in the code.
func MustRefs(s string) []Ref {
	r, err := ParseRefs(s)
	if err != nil {
		panic(err)
	}
	return r
}

// parseAct reads the act at the start of s into r.Act and returns the
// rest; ok is false when s does not start with a known act.
func parseAct(s string, r *Ref) (rest string, ok bool) {
	for _, h := range heads {
		tail, found := strings.CutPrefix(s, h.text)
		if !found || (tail != "" && !strings.HasPrefix(tail, " ") && !strings.HasPrefix(tail, ",")) {
			continue
		}
		a := Act{Kind: h.kind}
		tail = strings.TrimSpace(tail)
		if d, t, found := cutDate(tail, "от "); found {
			a.Date, tail = d, t
		}
		if n, t, found := cutNumber(tail); found {
			a.Number, tail = n, t
			if a.Kind == CourtReview {
				// «№ 1 (2020), утв. Президиумом ВС РФ 21.04.2020»
				if strings.HasPrefix(tail, "(") {
					if i := strings.Index(tail, ")"); i > 0 {
						a.Number += " " + tail[:i+1]
						tail = strings.TrimSpace(tail[i+1:])
					}
				}
				if d, t, found := cutDate(strings.TrimPrefix(tail, ", "), "утв. Президиумом ВС РФ "); found {
					a.Date, tail = d, t
				}
			}
		}
		if a.Date == "" {
			if d, t, found := cutDate(tail, "от "); found {
				a.Date, tail = d, t
			}
		}
		if title, t, found := cutQuoted(tail); found {
			a.Title, tail = title, t
		}
		for _, marker := range []string{"(номер не установлен)", "(номер и дата не установлены)"} {
			tail = strings.TrimSpace(strings.TrimPrefix(tail, marker))
		}
		r.Act = a.withKnownTitle()
		return tail, true
	}
	return s, false
}

// cutDate reads prefix + "DD.MM.YYYY" at the start of s as an ISO date.
func cutDate(s, prefix string) (iso, rest string, ok bool) {
	t, found := strings.CutPrefix(s, prefix)
	if !found || len(t) < 10 {
		return "", s, false
	}
	d := t[:10]
	if d[2] != '.' || d[5] != '.' || !digits(d[0:2]) || !digits(d[3:5]) || !digits(d[6:10]) {
		return "", s, false
	}
	return d[6:10] + "-" + d[3:5] + "-" + d[0:2], strings.TrimSpace(t[10:]), true
}

// cutNumber reads "№ N" at the start of s.
func cutNumber(s string) (n, rest string, ok bool) {
	t, found := strings.CutPrefix(s, "№ ")
	if !found {
		return "", s, false
	}
	end := strings.IndexAny(t, " ,;")
	if end < 0 {
		end = len(t)
	}
	if end == 0 {
		return "", s, false
	}
	return t[:end], strings.TrimSpace(t[end:]), true
}

// cutQuoted reads a «title» (quotes may nest) at the start of s.
func cutQuoted(s string) (title, rest string, ok bool) {
	if !strings.HasPrefix(s, "«") {
		return "", s, false
	}
	depth := 0
	for i, r := range s {
		switch r {
		case '«':
			depth++
		case '»':
			depth--
			if depth == 0 {
				return s[len("«"):i], strings.TrimSpace(s[i+len("»"):]), true
			}
		}
	}
	return "", s, false
}

// splitArticles splits "ст. 28 п. 1, ст. 29 п. 1, 4" into one piece per
// article.
func splitArticles(s string) []string {
	var out []string
	for {
		i := strings.Index(s, ", ст. ")
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+2:]
	}
}

// parseLocators reads "ст. 12 п. 21 абз. 2 (ред. …)" into r.
func parseLocators(s string, r *Ref) error {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "("); i >= 0 {
		if err := parseEdition(s[i:], r); err != nil {
			return err
		}
		s = strings.TrimSpace(s[:i])
	}
	seen := -1
	for s != "" {
		found := -1
		for i, l := range locators {
			if strings.HasPrefix(s, l.text+" ") {
				found = i
				break
			}
		}
		if found < 0 {
			return fmt.Errorf("unexpected %q", Clip(s))
		}
		if found <= seen {
			return fmt.Errorf("%q out of order", locators[found].text)
		}
		seen = found
		s = s[len(locators[found].text)+1:]
		end := len(s)
		for _, l := range locators {
			if i := strings.Index(s, " "+l.text+" "); i >= 0 && i < end {
				end = i
			}
		}
		v := strings.TrimSuffix(strings.TrimSpace(s[:end]), ",")
		if v == "" {
			return fmt.Errorf("%q without a number", locators[found].text)
		}
		locators[found].set(r, v)
		s = strings.TrimSpace(s[end:])
	}
	return nil
}

// parseEdition reads "(ред. ФЗ от 23.04.2012 № 35-ФЗ)" or
// "(первоначальная редакция, в силе с 01.02.2002)".
func parseEdition(s string, r *Ref) error {
	inner, ok := strings.CutSuffix(strings.TrimPrefix(s, "("), ")")
	if !ok {
		return fmt.Errorf("unclosed %q", Clip(s))
	}
	if t, found := strings.CutPrefix(inner, "первоначальная редакция"); found {
		r.Edition = Act{Kind: OriginalWording}
		if d, _, found := cutDate(strings.TrimPrefix(t, ", "), "в силе с "); found {
			r.Edition.Date = d
		}
		return nil
	}
	t, found := strings.CutPrefix(inner, "ред. ")
	if !found {
		return fmt.Errorf("unexpected %q: accepted are (ред. ACT) and (первоначальная редакция, в силе с DATE)", Clip(s))
	}
	var e Ref
	rest, ok := parseAct(t, &e)
	if !ok || strings.TrimSpace(rest) != "" {
		return fmt.Errorf("edition %q: accepted is (ред. ФЗ от DD.MM.YYYY № N)", Clip(t))
	}
	r.Edition = e.Act
	return nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
