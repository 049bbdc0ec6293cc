package documents

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
)

// poppler finds pdftoppm, pdftotext and pdffonts (Debian's poppler-utils)
// or skips the test.
func poppler(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"pdftoppm", "pdftotext", "pdffonts"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("ZOZPP_REQUIRE_TOOLS") != "" { // set by .ci/run, which installs them
				t.Fatalf("%s not found", tool)
			}
			t.Skipf("%s not found: install Debian's poppler-utils (apt-get install poppler-utils) to render and read the PDFs", tool)
		}
	}
}

// renderPDF writes the PDF to a temporary directory, renders every page
// to PNG with pdftoppm, and returns the PNG files and the text pdftotext
// extracts (no-break spaces as plain ones).
func renderPDF(t *testing.T, pdf []byte) (pages []string, text string) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "doc.pdf")
	require.NoError(t, os.WriteFile(file, pdf, 0o644))
	out, err := exec.Command("pdftoppm", "-r", "50", "-png", file, filepath.Join(dir, "page")).CombinedOutput()
	require.NoError(t, err, "pdftoppm: %s", out)
	pages, err = filepath.Glob(filepath.Join(dir, "page-*.png"))
	require.NoError(t, err)
	txt, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", file, "-").Output()
	require.NoError(t, err)
	fonts, err := exec.Command("pdffonts", file).Output()
	require.NoError(t, err)
	for _, line := range strings.Split(string(fonts), "\n") {
		if strings.Contains(line, "dejavusans") {
			assert.Regexp(t, `CID TrueType\s+Identity-H\s+yes`, line, "the font is embedded")
		}
	}
	assert.Contains(t, string(fonts), "dejavusans")
	return pages, strings.ReplaceAll(string(txt), "\u00a0", " ")
}

func TestWritePDFReadme(t *testing.T) {
	poppler(t)
	var buf bytes.Buffer
	require.NoError(t, WritePDF(&buf, readmeDocument()))
	pages, text := renderPDF(t, buf.Bytes())
	assert.Len(t, pages, 1)
	for _, want := range []string{
		"Расчёт неустойки по требованию о возврате уплаченной за товар",
		"Дата расчёта: 03.02.2025",
		"10.01.2025–03.02.2025",
		"59 990,00 × 1 % × 25",
		"14 997,50",
		"Штраф: 50 % × 14 997,50 = 7 498,75 руб.",
		"09.01.2025",
		"ГК РФ ст. 193",
		"стр. 1 из 1",
	} {
		assert.Contains(t, text, want)
	}
}

func TestWritePDF(t *testing.T) {
	poppler(t)
	for _, fx := range fixtures() {
		for _, lang := range []law.Lang{law.Russian, law.English} {
			t.Run(fx.name+"/"+lang.String(), func(t *testing.T) {
				d := fx.doc
				d.Lang = lang
				var buf bytes.Buffer
				require.NoError(t, WritePDF(&buf, d))
				pages, text := renderPDF(t, buf.Bytes())
				assert.NotEmpty(t, pages)
				for _, c := range d.Calculations {
					for _, r := range c.Rows {
						assert.Contains(t, text, strings.ReplaceAll(money(r.Amount, lang), "\u00a0", " "))
					}
					assert.Contains(t, text, strings.ReplaceAll(money(c.Total, lang), "\u00a0", " "))
				}
				assert.Contains(t, text, labelsFor(lang).Formula)
			})
		}
	}
}

// TestPDFManyPages: a long table breaks across pages with its header
// repeated, and the pages are numbered.
func TestPDFManyPages(t *testing.T) {
	poppler(t)
	d := interest395Document()
	c := &d.Calculations[0]
	rows := c.Rows
	for range 15 {
		c.Rows = append(c.Rows, rows...)
	}
	c.Days *= 16
	c.Total = c.Uncapped()
	require.NoError(t, d.Validate())
	var buf bytes.Buffer
	require.NoError(t, WritePDF(&buf, d))
	pages, text := renderPDF(t, buf.Bytes())
	assert.GreaterOrEqual(t, len(pages), 2)
	assert.Equal(t, len(pages), strings.Count(text, "Сумма, руб."), "the header on every page")
	assert.Contains(t, text, "стр. 2 из ")
}

// TestReadmePNG keeps testdata/readme-example.png, the first page of the
// README example's document (FromAssessment) as rendered by pdftoppm;
// UPDATE_PNG=1 rewrites it.
func TestReadmePNG(t *testing.T) {
	const file = "testdata/readme-example.png"
	if os.Getenv("UPDATE_PNG") != "" {
		poppler(t)
		var buf bytes.Buffer
		d, err := FromAssessment(readmeAssessment(t), AssessmentOptions{Date: day(2025, time.February, 3)})
		require.NoError(t, err)
		require.NoError(t, WritePDF(&buf, d))
		dir := t.TempDir()
		pdf := filepath.Join(dir, "readme.pdf")
		require.NoError(t, os.WriteFile(pdf, buf.Bytes(), 0o644))
		out, err := exec.Command("pdftoppm", "-r", "110", "-png", "-singlefile", pdf, strings.TrimSuffix(file, ".png")).CombinedOutput()
		require.NoError(t, err, "pdftoppm: %s", out)
	}
	b, err := os.ReadFile(file)
	require.NoError(t, err, "run UPDATE_PNG=1 go test -run TestReadmePNG ./examples/documents/")
	assert.True(t, bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")), "a PNG")
}
