package law

import (
	"encoding/json"
	"unicode/utf8"
	"unsafe"
)

// AppendJSONString appends s to b as a JSON string, escaping what RFC 8259
// requires (quotes, backslashes, control characters) and replacing invalid
// UTF-8 with U+FFFD, as encoding/json does. The packages of zozpp write
// their JSON with it: an explanation is encoded on every answer of a
// service, and building it with appends costs a fraction of reflection.
func AppendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// A two-byte sequence, every Cyrillic letter: valid as it is.
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			start = i + 1
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonSafe marks the bytes a JSON string holds as they are: all but the
// quote, the backslash and the ASCII control characters.
var jsonSafe = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\'
	}
	return t
}()

// appendEscape writes the escape of an ASCII byte jsonSafe refuses.
func appendEscape(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}

// AppendJSONBytes is AppendJSONString for text rendered into a scratch
// buffer, without copying it into a string; s must not share memory with
// b's spare capacity.
func AppendJSONBytes(b []byte, s []byte) []byte {
	if len(s) == 0 {
		return append(b, `""`...)
	}
	return AppendJSONString(b, unsafe.String(&s[0], len(s)))
}

// AppendJSON appends r as a JSON object — the act and locators as in its
// json tags, and "text", r rendered in lang — without reflection.
func (r Ref) AppendJSON(b []byte, lang Lang) []byte {
	b = append(b, `{"act":`...)
	b = r.Act.appendJSON(b)
	b = appendStringField(b, "article", r.Article)
	b = appendStringField(b, "part", r.Part)
	b = appendStringField(b, "clause", r.Clause)
	b = appendStringField(b, "subclause", r.Subclause)
	b = appendStringField(b, "paragraph", r.Paragraph)
	b = appendStringField(b, "question", r.Question)
	if !r.Edition.IsZero() {
		b = append(b, `,"edition":`...)
		b = r.Edition.appendJSON(b)
	}
	b = append(b, `,"text":`...)
	var tmp [512]byte
	b = AppendJSONBytes(b, r.AppendText(tmp[:0], lang))
	return append(b, '}')
}

func (a Act) appendJSON(b []byte) []byte {
	b = append(b, `{"kind":"`...)
	b = append(b, a.Kind.String()...)
	b = append(b, '"')
	b = appendStringField(b, "date", a.Date)
	b = appendStringField(b, "number", a.Number)
	b = appendStringField(b, "title", a.Title)
	b = appendStringField(b, "title_en", a.TitleEN)
	b = appendStringField(b, "issuer", a.Issuer)
	b = appendStringField(b, "issuer_en", a.IssuerEN)
	return append(b, '}')
}

// appendStringField appends ,"name":"v" when v is not empty.
func appendStringField(b []byte, name, v string) []byte {
	if v == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return AppendJSONString(b, v)
}

// AppendJSONRefs appends refs as a JSON array of AppendJSON objects.
func AppendJSONRefs(b []byte, refs []Ref, lang Lang) []byte {
	b = append(b, '[')
	for i, r := range refs {
		if i > 0 {
			b = append(b, ',')
		}
		b = r.AppendJSON(b, lang)
	}
	return append(b, ']')
}

// UnmarshalJSON reads a Ref either as an object — the fields of its json
// tags, as encoding/json writes them, or AppendJSON's with "text", which is
// ignored — or as a string, a Russian citation read by ParseRef —
// what a person typing a basis into a form sends. A string ParseRef cannot
// read is kept as a text act.
func (r *Ref) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*r = TextRef(s, "")
		return nil
	}
	type plain Ref // without this method
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*r = Ref(p)
	return nil
}

// TextRef reads s with ParseRef, or, when it is not a citation ParseRef
// reads, cites it as text: an act of Kind Text with s as its Russian title
// and en (s when empty) as its English one.
func TextRef(s, en string) Ref {
	if r, err := ParseRef(s); err == nil {
		return r
	}
	if en == "" {
		en = s
	}
	return Ref{Act: Act{Kind: Text, Title: s, TitleEN: en}}
}
