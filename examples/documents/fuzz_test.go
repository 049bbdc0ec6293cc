package documents

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// FuzzParseMarkup: any text parses or is refused, never panics, and what
// parses survives a round trip through formatMarkup.
func FuzzParseMarkup(f *testing.F) {
	f.Add("> Кому: А\n>\n# ПРЕТЕНЗИЯ\nтекст\nещё\n\n- пункт\n< подпись")
	f.Add("#\n-\n<\n>\n")
	f.Add("- \n-x\n\t# a\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		blocks, err := parseMarkup(s)
		if err != nil {
			return
		}
		again, err := parseMarkup(formatMarkup(blocks))
		if err != nil {
			t.Fatalf("formatMarkup output refused: %v", err)
		}
		if len(again) != len(blocks) {
			t.Fatalf("round trip: %d blocks, then %d", len(blocks), len(again))
		}
		for i := range blocks {
			if blocks[i] != again[i] {
				t.Fatalf("round trip: block %d %+v, then %+v", i, blocks[i], again[i])
			}
		}
	})
}

// FuzzDocumentText: whatever text a document carries, WriteDOCX refuses
// it or writes well-formed XML that gives the text back.
func FuzzDocumentText(f *testing.F) {
	f.Add("Расчёт", "ООО «Ромашка» & Co", "note <b>")
	f.Add("", "\x00", "\xff")
	f.Add("]]>", "&amp;", "\u2028\ufffe")
	f.Fuzz(func(t *testing.T, title, fact, note string) {
		d := readmeDocument()
		d.Title, d.Facts[0].Value, d.Notes[0] = title, fact, note
		var buf bytes.Buffer
		if err := WriteDOCX(&buf, d); err != nil {
			return
		}
		z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range z.File {
			rc, _ := zf.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			dec := xml.NewDecoder(bytes.NewReader(data))
			for {
				_, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s: %v", zf.Name, err)
				}
			}
			if zf.Name == "word/document.xml" && !strings.Contains(string(data), esc(title)) {
				t.Fatalf("title %q missing", title)
			}
		}
	})
}

// FuzzLetter: whatever the consumer types into the letter's free-text
// fields, rendering refuses it or gives markup the writers accept.
func FuzzLetter(f *testing.F) {
	f.Add("смартфон", "не включается.", "копия чека", "59990")
	f.Add("{{.Seller}}", "# title\n> right", "", "-1")
	f.Add("a\nb", "\x1b", "\xff", "1e9")
	f.Add("0", "0", "0", "1E50000000") // must be refused before anything expands 10^50000000
	f.Fuzz(func(t *testing.T, subject, defects, attachment, price string) {
		l := readmeLetter()
		l.Subject.Name, l.Defects, l.Attachments[0] = subject, defects, attachment
		if p, err := decimal.NewFromString(price); err == nil {
			l.Subject.Price = p
		}
		text, err := RenderLetter(l)
		if err != nil {
			return
		}
		if _, err := parseMarkup(text); err != nil {
			t.Fatalf("rendered letter refused: %v", err)
		}
	})
}
