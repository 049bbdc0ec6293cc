package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

var readmeClaim = []string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "59990", "-performed", "2025-02-03"}

// -o and -letter write the README claim as a spreadsheet and a claim
// letter; the spreadsheet's amount is the library's 14 997,50 (ЗоЗПП ст. 23
// п. 1), and the letter states it.
func TestDocuments(t *testing.T) {
	dir := t.TempDir()
	xlsx, letter := filepath.Join(dir, "calc.xlsx"), filepath.Join(dir, "pretenziya.docx")
	code, out, errOut := runArgs(append(readmeClaim, "-o", xlsx, "-letter", letter, "-seller", "ООО «Электроника»", "-buyer", "Иванов И. И.",
		"-goods", "смартфон")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "14 997,50")

	f, err := excelize.OpenFile(xlsx)
	require.NoError(t, err)
	defer f.Close()
	found := false
	rows, err := f.GetRows(f.GetSheetName(0), excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	for _, r := range rows {
		for _, v := range r {
			found = found || v == "14997.5"
		}
	}
	assert.True(t, found, "the amount 14997.5 is in the sheet")

	z, err := zip.OpenReader(letter)
	require.NoError(t, err)
	defer z.Close()
	var body string
	for _, zf := range z.File {
		if zf.Name == "word/document.xml" {
			rc, err := zf.Open()
			require.NoError(t, err)
			b, err := io.ReadAll(rc)
			require.NoError(t, err)
			rc.Close()
			body = string(b)
		}
	}
	assert.Contains(t, body, "ПРЕТЕНЗИЯ")
	assert.Contains(t, body, "ООО «Электроника»")
}

// -filed adds the court fee; a consumer's claim under 1 000 000 ₽ is exempt
// (НК РФ ст. 333.36 п. 3).
func TestCourtFee(t *testing.T) {
	code, out, errOut := runArgs(append(readmeClaim, "-awarded", "-filed", "2025-03-03")...)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Государственная пошлина:")
	assert.Contains(t, out, "Цена иска 74 987,50 руб.")
	assert.Contains(t, out, "К уплате в полных рублях: 0 руб.")
}

// Bad document flags are usage errors, and nothing is written.
func TestDocumentsBadFlags(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-o", filepath.Join(dir, "calc.odt")}, "accepted are file names ending in .xlsx, .docx or .pdf"},
		{[]string{"-letter", filepath.Join(dir, "p.docx")}, "-letter needs -seller NAME and -buyer NAME"},
		{[]string{"-letter", filepath.Join(dir, "p.txt"), "-seller", "S", "-buyer", "B"}, "accepted are file names ending in .docx or .pdf"},
		{[]string{"-filed", "2025-13-01"}, "-filed"},
	} {
		code, out, errOut := runArgs(append(readmeClaim, tc.args...)...)
		assert.Equal(t, 2, code, tc.args)
		assert.Empty(t, out)
		assert.Contains(t, errOut, tc.want)
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries)
}
