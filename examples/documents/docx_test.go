package documents

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
)

// docxParagraphs unzips a DOCX, checks that every part is well-formed XML,
// and returns the text of each paragraph of word/document.xml (a table
// cell's paragraph included), with no-break spaces as plain ones.
func docxParagraphs(t *testing.T, b []byte) []string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	names := map[string]bool{}
	var doc []byte
	for _, f := range z.File {
		names[f.Name] = true
		rc, err := f.Open()
		require.NoError(t, err)
		data, err := io.ReadAll(rc)
		require.NoError(t, err)
		rc.Close()
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err, "%s is well-formed XML", f.Name)
		}
		if f.Name == "word/document.xml" {
			doc = data
		}
	}
	for _, part := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "word/footer1.xml", "docProps/core.xml"} {
		assert.True(t, names[part], "part %s", part)
	}
	var paras []string
	var cur strings.Builder
	inText := false
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "t":
				inText = true
			case "tab":
				cur.WriteByte('\t')
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "t":
				inText = false
			case "p":
				paras = append(paras, strings.ReplaceAll(cur.String(), "\u00a0", " "))
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(el)
			}
		}
	}
	return paras
}

func TestWriteDOCXReadme(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteDOCX(&buf, readmeDocument()))
	paras := docxParagraphs(t, buf.Bytes())
	all := strings.Join(paras, "\n")
	for _, want := range []string{
		"Расчёт неустойки по требованию о возврате уплаченной за товар суммы",
		"Дата расчёта: 03.02.2025",
		"Срок удовлетворения: 10 календарных дней — по 09.01.2025 включительно",
		"Основание: Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23 п. 1",
		// the table, cell by cell
		"Период\nДней\nБаза, руб.\nСтавка\nФормула\nСумма, руб.",
		"10.01.2025–03.02.2025\n25\n59 990,00\n1 % в день\n59 990,00 × 1 % × 25\n14 997,50",
		"Итого\n25\n\n\n\n14 997,50",
		"Штраф: 50 % × 14 997,50 = 7 498,75 руб. (предварительно: суд взыскивает 50 % всей суммы, присуждённой потребителю) [Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 13 п. 6]",
		"Пояснения к расчёту",
		"4.\t04.01.2025 — нерабочий праздничный день (Новогодние каникулы); днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193]",
		"—\tШтраф рассчитан предварительно: его размер определяет суд.",
	} {
		assert.Contains(t, all, want)
	}
}

func TestWriteDOCX(t *testing.T) {
	for _, fx := range fixtures() {
		for _, lang := range []law.Lang{law.Russian, law.English} {
			t.Run(fx.name+"/"+lang.String(), func(t *testing.T) {
				d := fx.doc
				d.Lang = lang
				var buf bytes.Buffer
				require.NoError(t, WriteDOCX(&buf, d))
				all := strings.Join(docxParagraphs(t, buf.Bytes()), "\n")
				assert.Contains(t, all, d.Title)
				for _, c := range d.Calculations {
					for _, r := range c.Rows {
						assert.Contains(t, all, strings.ReplaceAll(money(r.Amount, lang), "\u00a0", " "))
						assert.Contains(t, all, date(r.From)+"–"+date(r.To))
						if r.Note != "" {
							assert.Contains(t, all, r.Note)
						}
					}
					assert.Contains(t, all, strings.ReplaceAll(money(c.Total, lang), "\u00a0", " "))
				}
				for _, tot := range d.Totals {
					assert.Contains(t, all, tot.Label+": ")
				}
				assert.Contains(t, all, labelsFor(lang).Formula)
				var again bytes.Buffer
				require.NoError(t, WriteDOCX(&again, d))
				assert.Equal(t, buf.Bytes(), again.Bytes(), "the same document gives the same bytes")
			})
		}
	}
}

func TestWriteDOCXEscapes(t *testing.T) {
	d := readmeDocument()
	d.Title = `<w:p>&"' ]]>`
	d.Facts[0].Value = "ООО «Ромашка» & Co <b>"
	var buf bytes.Buffer
	require.NoError(t, WriteDOCX(&buf, d))
	all := strings.Join(docxParagraphs(t, buf.Bytes()), "\n")
	assert.Contains(t, all, `<w:p>&"' ]]>`)
	assert.Contains(t, all, "ООО «Ромашка» & Co <b>")
}
