package law

import "strings"

// Ref cites a provision: an act and, within it, the article (ст.), part
// (ч.), clause (п.), subclause (пп.), paragraph (абз.) or question of a
// court review (вопрос), each as printed — "23.1", "1, 3", "8–11".
// Edition names the wording applied when it matters: the amending act, or
// an OriginalWording act dated from its entry into force. The zero Ref
// cites nothing.
//
// Refs are plain values. Text renders one in either language; ParseRef
// reads the Russian form.
type Ref struct {
	Act       Act    `json:"act"`
	Article   string `json:"article,omitempty"`
	Part      string `json:"part,omitempty"`
	Clause    string `json:"clause,omitempty"`
	Subclause string `json:"subclause,omitempty"`
	Paragraph string `json:"paragraph,omitempty"`
	Question  string `json:"question,omitempty"`
	Edition   Act    `json:"edition,omitzero"`
}

// IsZero reports whether r cites nothing.
func (r Ref) IsZero() bool { return r == Ref{} }

// Text renders r in lang:
//
//	ГК РФ ст. 193                         Civil Code of the Russian Federation, Art. 193
//	Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1
//	Law of the Russian Federation of 07.02.1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 23, Cl. 1
//	ТК РФ ст. 112 ч. 1 (ред. Федерального закона от 23.04.2012 № 35-ФЗ)
//	Labour Code of the Russian Federation, Art. 112, Part 1 (as amended by Federal Law of 23.04.2012 No. 35-FZ)
func (r Ref) Text(lang Lang) string { return string(r.AppendText(nil, lang)) }

// String is r.Text(Russian).
func (r Ref) String() string { return r.Text(Russian) }

// AppendText appends r.Text(lang) to b.
func (r Ref) AppendText(b []byte, lang Lang) []byte {
	b = r.Act.appendText(b, lang)
	en := lang == English
	sep := ", "
	if !en && r.Act.Kind.IsCode() {
		sep = " " // «ГК РФ ст. 193», as codes are cited
	}
	first := true
	loc := func(ru, english, v string) {
		if v == "" {
			return
		}
		if first {
			b = append(b, sep...)
			first = false
		} else if en {
			b = append(b, ", "...)
		} else {
			b = append(b, ' ')
		}
		b = append(b, pick(en, ru, english)...)
		b = append(b, v...)
	}
	loc("ст. ", "Art. ", r.Article)
	loc("ч. ", "Part ", r.Part)
	clause := "Cl. "
	if r.Act.Kind == PlenumResolution || r.Act.Kind == JointPlenum {
		clause = "para. " // the пункт of a Plenum resolution is a paragraph
	}
	loc("п. ", clause, r.Clause)
	loc("пп. ", "Subcl. ", r.Subclause)
	loc("абз. ", "Para. ", r.Paragraph)
	loc("вопрос ", "Question ", r.Question)
	if !r.Edition.IsZero() {
		b = append(b, " ("...)
		switch {
		case r.Edition.Kind == OriginalWording:
			b = r.Edition.appendText(b, lang)
		case !en && r.Edition.Kind == FederalLaw:
			// «ред. ФЗ от 23.04.2012 № 35-ФЗ», as editions are cited.
			b = append(b, "ред. ФЗ"...)
			if r.Edition.Date != "" {
				b = append(b, " от "...)
				b = appendDate(b, r.Edition.Date, false)
			}
			b = r.Edition.appendNumber(b, false)
		default:
			b = append(b, pick(en, "ред. ", "as amended by ")...)
			b = r.Edition.appendText(b, lang)
		}
		b = append(b, ')')
	}
	return b
}

// Join renders refs in lang, separated by "; ".
func Join(refs []Ref, lang Lang) string { return string(AppendJoin(nil, refs, lang)) }

// AppendJoin appends Join(refs, lang) to b.
func AppendJoin(b []byte, refs []Ref, lang Lang) []byte {
	for i, r := range refs {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = r.AppendText(b, lang)
	}
	return b
}

// Equal reports whether two lists of refs are the same.
func Equal(a, b []Ref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Short renders r compactly, for tables: the act by its kind and number
// alone («Закон РФ № 2300-1, ст. 22», «Law No. 2300-1, Art. 22»), codes as
// usual.
func (r Ref) Short(lang Lang) string {
	a := r.Act
	if !a.Kind.IsCode() && a.Number != "" {
		a.Date, a.Title, a.TitleEN = "", "", ""
	}
	r.Act, r.Edition = a, Act{}
	return r.Text(lang)
}

// JoinShort renders refs compactly for tables: each act named once, the
// provisions of the same act after it ("Закон РФ № 2300-1, ст. 31 п. 1;
// ст. 28 п. 1; ст. 29 п. 1, 4").
func JoinShort(refs []Ref, lang Lang) string {
	var b []byte
	for i, r := range refs {
		if i > 0 {
			b = append(b, "; "...)
		}
		if i > 0 && r.Act == refs[i-1].Act && !r.Act.Kind.IsCode() && r.Article != "" {
			short := r
			short.Act = Act{}
			b = append(b, provisions(short, lang)...)
			continue
		}
		b = append(b, r.Short(lang)...)
	}
	return string(b)
}

// provisions renders r's provisions without its act: "ст. 28 п. 1".
func provisions(r Ref, lang Lang) string {
	r.Act = Act{}
	return strings.TrimPrefix(r.Text(lang), ", ")
}
