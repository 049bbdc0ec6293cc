package documents

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/zozpp/zozpp/calendar/law"
)

// ContentTypePDF is the media type of the files WritePDF writes.
const ContentTypePDF = "application/pdf"

// DejaVu Sans covers Cyrillic, «», №, § and ₽; its licence (Bitstream Vera,
// fonts/LICENSE-DejaVu.txt) allows embedding. The PDF carries a subset.
var (
	//go:embed fonts/DejaVuSans.ttf
	fontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fontBold []byte
	//go:embed fonts/LICENSE-DejaVu.txt
	fontLicense string
)

// FontLicense returns the licence of the font the PDFs embed (Bitstream
// Vera; DejaVu changes are public domain), to ship beside anything that
// redistributes the font itself.
func FontLicense() string { return fontLicense }

const fontFamily = "DejaVuSans"

// WritePDF writes d as an A4 PDF with the same content as WriteDOCX, in the
// embedded DejaVu Sans. It validates d first.
func WritePDF(w io.Writer, d Document) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return writePDF(w, layoutDocument(d), pdfStyle{
		title: d.Title, lang: d.Lang, left: 15, right: 15, size: 9, tableSize: 8, pageLabel: labelsFor(d.Lang).Pg,
	})
}

type pdfStyle struct {
	title       string
	lang        law.Lang
	left, right float64 // margins, mm
	size        float64 // points
	tableSize   float64
	pageLabel   string
}

const (
	pdfTop    = 15.0
	pdfBottom = 18.0
	ptToMM    = 25.4 / 72
)

func writePDF(w io.Writer, blocks []block, st pdfStyle) error {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(st.left, pdfTop, st.right)
	pdf.SetAutoPageBreak(true, pdfBottom)
	pdf.AddUTF8FontFromBytes(fontFamily, "", fontRegular)
	pdf.AddUTF8FontFromBytes(fontFamily, "B", fontBold)
	pdf.SetTitle(st.title, true)
	pdf.SetCreator("zozpp", true)
	pdf.SetProducer("zozpp (codeberg.org/go-pdf/fpdf)", true)
	if st.lang == law.English {
		pdf.SetLang("en-GB")
	} else {
		pdf.SetLang("ru-RU")
	}
	pdf.SetCreationDate(zipEpoch)
	pdf.SetModificationDate(zipEpoch)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont(fontFamily, "", 7)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(0, 4, fmt.Sprintf(st.pageLabel, pdf.PageNo(), "{nb}"), "", 0, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()
	r := pdfRenderer{pdf: pdf, st: st}
	for _, b := range blocks {
		r.block(b)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("documents: pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return fmt.Errorf("documents: pdf: %w", err)
	}
	_, err := buf.WriteTo(w)
	return err
}

type pdfRenderer struct {
	pdf *fpdf.Fpdf
	st  pdfStyle
}

func lineHeight(pt float64) float64 { return pt * ptToMM * 1.3 }

func alignStr(a align) string {
	switch a {
	case alignCenter:
		return "C"
	case alignRight:
		return "R"
	case alignJustify:
		return "J"
	}
	return "L"
}

func (r pdfRenderer) block(b block) {
	pdf := r.pdf
	size := r.st.size
	style := ""
	if b.bold {
		style = "B"
	}
	if b.small {
		size = r.st.size - 1.5
	}
	switch b.kind {
	case blockTitle:
		if pdf.GetY() > pdfTop+1 {
			pdf.Ln(lineHeight(size) / 2)
		}
		pdf.SetFont(fontFamily, "B", r.st.size+3)
		pdf.MultiCell(0, lineHeight(r.st.size+3), b.text, "", "C", false)
		pdf.Ln(2)
		return
	case blockHeading:
		pdf.Ln(2)
		if pdf.GetY()+4*lineHeight(size) > 297-pdfBottom {
			pdf.AddPage() // keep a heading with what follows it
		}
		pdf.SetFont(fontFamily, "B", size+0.5)
		pdf.MultiCell(0, lineHeight(size+0.5), b.text, "", alignStr(b.align), false)
		pdf.Ln(1)
		return
	case blockSpace:
		pdf.Ln(lineHeight(size))
		return
	case blockTable:
		r.table(b.table)
		return
	}
	pdf.SetFont(fontFamily, style, size)
	if b.small {
		pdf.SetTextColor(60, 60, 60)
		defer pdf.SetTextColor(0, 0, 0)
	}
	lh := lineHeight(size)
	switch b.kind {
	case blockItem:
		const hang = 8.0
		left, _, _, _ := pdf.GetMargins()
		pdf.SetX(left)
		pdf.CellFormat(hang, lh, b.label, "", 0, "L", false, 0, "")
		pdf.MultiCell(0, lh, b.text, "", "J", false)
		pdf.Ln(0.6)
	case blockPara:
		text := b.text
		if b.indent {
			text = strings.Repeat("\u00a0", 6) + text // a first-line indent of about 12 mm
		}
		a := b.align
		if a == alignLeft {
			a = alignJustify
		}
		pdf.MultiCell(0, lh, text, "", alignStr(a), false)
		pdf.Ln(1)
	default: // blockLine
		if b.text == "" {
			pdf.Ln(lh)
			return
		}
		pdf.MultiCell(0, lh, b.text, "", alignStr(b.align), false)
	}
}

func (r pdfRenderer) table(t *table) {
	pdf := r.pdf
	left, _, right, _ := pdf.GetMargins()
	pageW, pageH := pdf.GetPageSize()
	scale := (pageW - left - right) / tableWidth
	widths := make([]float64, len(t.cols))
	for i, c := range t.cols {
		widths[i] = c.width * scale
	}
	const pad = 1.0
	size := r.st.tableSize
	lh := lineHeight(size)
	pdf.SetAutoPageBreak(false, pdfBottom)
	defer pdf.SetAutoPageBreak(true, pdfBottom)

	type cellText struct {
		lines []string
		align align
	}
	measure := func(cells []string, aligns []align, ws []float64, bold bool) ([]cellText, float64) {
		st := ""
		if bold {
			st = "B"
		}
		pdf.SetFont(fontFamily, st, size)
		out := make([]cellText, len(cells))
		n := 1
		for i, c := range cells {
			lines := pdf.SplitText(c, ws[i]-2*pad)
			if len(lines) == 0 {
				lines = []string{""}
			}
			out[i] = cellText{lines, aligns[i]}
			n = max(n, len(lines))
		}
		return out, float64(n)*lh + 2*pad
	}
	draw := func(cells []cellText, ws []float64, h float64, bold, fill bool) {
		st := ""
		if bold {
			st = "B"
		}
		pdf.SetFont(fontFamily, st, size)
		x, y := left, pdf.GetY()
		for i, c := range cells {
			mode := "D"
			if fill {
				mode = "FD"
			}
			pdf.Rect(x, y, ws[i], h, mode)
			for j, line := range c.lines {
				pdf.SetXY(x+pad, y+pad+float64(j)*lh)
				pdf.CellFormat(ws[i]-2*pad, lh, line, "", 0, alignStr(c.align), false, 0, "")
			}
			x += ws[i]
		}
		pdf.SetXY(left, y+h)
	}
	headerCells := make([]string, len(t.cols))
	headerAligns := make([]align, len(t.cols))
	aligns := make([]align, len(t.cols))
	for i, c := range t.cols {
		headerCells[i], headerAligns[i], aligns[i] = c.title, alignCenter, c.align
	}
	header := func() {
		cells, h := measure(headerCells, headerAligns, widths, true)
		pdf.SetFillColor(231, 230, 230)
		draw(cells, widths, h, true, true)
	}
	fits := func(h float64) bool { return pdf.GetY()+h <= pageH-pdfBottom }
	_, hh := measure(headerCells, headerAligns, widths, true)
	if !fits(hh + 3*lh) {
		pdf.AddPage()
	}
	header()
	full := []float64{pageW - left - right}
	for _, row := range t.rows {
		cells, h := measure(row.cells, aligns, widths, row.bold)
		var noteCells []cellText
		var nh float64
		if row.note != "" {
			size -= 1
			noteCells, nh = measure([]string{row.note}, []align{alignLeft}, full, false)
			size += 1
		}
		if !fits(h + nh) {
			pdf.AddPage()
			header()
		}
		draw(cells, widths, h, row.bold, false)
		if row.note != "" {
			size -= 1
			pdf.SetTextColor(60, 60, 60)
			draw(noteCells, full, nh, false, false)
			pdf.SetTextColor(0, 0, 0)
			size += 1
		}
	}
	pdf.Ln(2)
}
