package documents

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

// DOCX is written by hand as OOXML (ECMA-376) with archive/zip: a handful
// of parts, no dependency, and output that is the same byte for byte for
// the same document.

// ContentTypeDOCX is the media type of the files WriteDOCX writes.
const ContentTypeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// WriteDOCX writes d as a Word document: the head, each calculation as a
// table with its totals, cap and method, the totals drawn from them, the
// explanation as numbered paragraphs and the notes. It validates d first.
func WriteDOCX(w io.Writer, d Document) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return writeDOCX(w, layoutDocument(d), docxStyle{title: d.Title, lang: d.Lang, size: 20, pageLabel: labelsFor(d.Lang).Pg})
}

// docxStyle is what differs between a calculation and a letter.
type docxStyle struct {
	title     string
	lang      law.Lang
	size      int // half-points: 20 = 10 pt
	pageLabel string
}

// A4 with the margins of Russian business papers (ГОСТ Р 7.0.97-2016):
// left 30 mm, right 15 mm, top and bottom 20 mm; widths in twips.
const (
	pageW      = 11906
	pageH      = 16838
	marginL    = 1701
	marginR    = 850
	marginTB   = 1134
	textWidth  = pageW - marginL - marginR
	tableWidth = 180.0 // the millimetres the layout's column widths add up to
)

// zipEpoch is the modification time of every part, so that the same
// document always gives the same bytes.
var zipEpoch = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

func writeDOCX(w io.Writer, blocks []block, st docxStyle) error {
	var body strings.Builder
	for _, b := range blocks {
		writeDOCXBlock(&body, b)
	}
	lang := "ru-RU"
	if st.lang == law.English {
		lang = "en-GB"
	}
	parts := []struct{ name, content string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRels},
		{"docProps/core.xml", xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
			`<dc:title>` + esc(st.title) + `</dc:title><dc:creator>zozpp</dc:creator><dc:language>` + lang + `</dc:language></cp:coreProperties>`},
		{"docProps/app.xml", xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>zozpp</Application></Properties>`},
		{"word/_rels/document.xml.rels", docxDocumentRels},
		{"word/styles.xml", docxStyles(st.size, lang)},
		{"word/footer1.xml", docxFooter(st.pageLabel)},
		{"word/document.xml", xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>` + body.String() +
			`<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="` + strconv.Itoa(pageW) + `" w:h="` + strconv.Itoa(pageH) + `"/>` +
			`<w:pgMar w:top="` + strconv.Itoa(marginTB) + `" w:right="` + strconv.Itoa(marginR) + `" w:bottom="` + strconv.Itoa(marginTB) + `" w:left="` + strconv.Itoa(marginL) + `" w:header="709" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipEpoch})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.content); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	_, err := buf.WriteTo(w)
	return err
}

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

	docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
		`</Types>`

	docxRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
		`</Relationships>`

	docxDocumentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
		`</Relationships>`
)

func docxStyles(size int, lang string) string {
	sz := strconv.Itoa(size)
	return xmlHeader + `<w:styles xmlns:w="` + nsW + `"><w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
		`<w:sz w:val="` + sz + `"/><w:szCs w:val="` + sz + `"/><w:lang w:val="` + lang + `"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`</w:styles>`
}

// docxFooter numbers the pages: "стр. 1 из 2" with Word's PAGE and
// NUMPAGES fields.
func docxFooter(label string) string {
	before, rest, _ := strings.Cut(label, "%d")
	middle, after, _ := strings.Cut(rest, "%s")
	field := func(name string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + name + ` </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	run := func(s string) string {
		if s == "" {
			return ""
		}
		return `<w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`
	}
	return xmlHeader + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>` +
		run(before) + field("PAGE") + run(middle) + field("NUMPAGES") + run(after) + `</w:p></w:ftr>`
}

func writeDOCXBlock(b *strings.Builder, bl block) {
	switch bl.kind {
	case blockTable:
		writeDOCXTable(b, bl.table)
		return
	case blockSpace:
		b.WriteString(`<w:p/>`)
		return
	}
	var ppr strings.Builder
	jc := bl.align
	switch bl.kind {
	case blockTitle:
		jc = alignCenter
		ppr.WriteString(`<w:keepNext/><w:spacing w:before="120" w:after="240"/>`)
	case blockHeading:
		ppr.WriteString(`<w:keepNext/><w:spacing w:before="240" w:after="120"/>`)
	case blockPara:
		if bl.align == alignLeft {
			jc = alignJustify
		}
		if bl.indent {
			ppr.WriteString(`<w:ind w:firstLine="709"/>`)
		}
	case blockItem:
		if bl.align == alignLeft {
			jc = alignJustify
		}
		ppr.WriteString(`<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/>`)
	}
	b.WriteString(`<w:p><w:pPr>`)
	b.WriteString(ppr.String())
	b.WriteString(`<w:jc w:val="` + jcValue(jc) + `"/></w:pPr>`)
	rpr := runProps(bl.bold || bl.kind == blockTitle || bl.kind == blockHeading, bl.italic, bl.small, bl.kind == blockTitle)
	if bl.kind == blockItem {
		writeRun(b, rpr, bl.label)
		b.WriteString(`<w:r>` + rpr + `<w:tab/></w:r>`)
	}
	writeRun(b, rpr, bl.text)
	b.WriteString(`</w:p>`)
}

func jcValue(a align) string {
	switch a {
	case alignCenter:
		return "center"
	case alignRight:
		return "right"
	case alignJustify:
		return "both"
	}
	return "left"
}

func runProps(bold, italic, small, big bool) string {
	var s strings.Builder
	if bold {
		s.WriteString(`<w:b/><w:bCs/>`)
	}
	if italic {
		s.WriteString(`<w:i/><w:iCs/>`)
	}
	switch {
	case big:
		s.WriteString(`<w:sz w:val="28"/><w:szCs w:val="28"/>`)
	case small:
		s.WriteString(`<w:sz w:val="18"/><w:szCs w:val="18"/>`)
	}
	if s.Len() == 0 {
		return ""
	}
	return `<w:rPr>` + s.String() + `</w:rPr>`
}

// cellProps: table cells are 9 pt, notes 8 pt italic, so that a period
// "10.01.2025–03.02.2025" fits its column.
func cellProps(bold, italic bool) string {
	s := `<w:sz w:val="18"/><w:szCs w:val="18"/>`
	if italic {
		s = `<w:i/><w:iCs/><w:sz w:val="16"/><w:szCs w:val="16"/>`
	}
	if bold {
		s = `<w:b/><w:bCs/>` + s
	}
	return `<w:rPr>` + s + `</w:rPr>`
}

func writeRun(b *strings.Builder, rpr, text string) {
	if text == "" {
		return
	}
	b.WriteString(`<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`)
}

func writeDOCXTable(b *strings.Builder, t *table) {
	widths := make([]int, len(t.cols))
	total := 0
	for i, c := range t.cols {
		widths[i] = int(c.width / tableWidth * textWidth)
		total += widths[i]
	}
	widths[len(widths)-1] += textWidth - total
	border := func(name string) string {
		return `<w:` + name + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(textWidth) + `" w:type="dxa"/><w:tblBorders>` +
		border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV") +
		`</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	cell := func(w int, text string, a align, bold, italic, header bool, span int) {
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/>`)
		if span > 1 {
			b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(span) + `"/>`)
		}
		if header {
			b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/><w:vAlign w:val="center"/>`)
		}
		b.WriteString(`</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="` + jcValue(a) + `"/></w:pPr>`)
		writeRun(b, cellProps(bold, italic), text)
		b.WriteString(`</w:p></w:tc>`)
	}
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, c := range t.cols {
		cell(widths[i], c.title, alignCenter, true, false, true, 1)
	}
	b.WriteString(`</w:tr>`)
	for _, r := range t.rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for i, c := range r.cells {
			cell(widths[i], c, t.cols[i].align, r.bold, false, false, 1)
		}
		b.WriteString(`</w:tr>`)
		if r.note != "" {
			b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
			cell(textWidth, r.note, alignLeft, false, true, false, len(t.cols))
			b.WriteString(`</w:tr>`)
		}
	}
	b.WriteString(`</w:tbl><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>`)
}

// esc escapes text for XML character data.
func esc(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(fmt.Sprintf("documents: escaping text: %v", err)) // strings.Builder does not fail
	}
	return b.String()
}
