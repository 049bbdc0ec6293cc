package server

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/zozpp/zozpp/examples/documents"
)

// letterBody asks for the README claim's claim letter.
func letterBody(format string) string {
	return `{"claim":` + readmeBody + `,"format":"` + format + `","kind":"letter","letter":{` +
		`"seller":{"name":"ООО «Электроника»","address":"г. Москва, ул. Тверская, д. 1"},` +
		`"buyer":{"name":"Иванов Иван Иванович","address":"г. Москва, ул. Арбат, д. 2, кв. 3"},` +
		`"goods":"смартфон, серийный номер F2LX0000","defects":"не включается","place":"г. Москва"}}`
}

// docxText is the text of a DOCX's body, its XML markup left in.
func docxText(t *testing.T, b []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err, "a DOCX is a zip archive")
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			require.NoError(t, err)
			defer r.Close()
			x, err := io.ReadAll(r)
			require.NoError(t, err)
			return string(x)
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

// pdfText extracts a PDF's text with pdftotext (poppler-utils), or skips
// when it is absent (fails under ZOZPP_REQUIRE_TOOLS=1, as in CI).
func pdfText(t *testing.T, b []byte) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("ZOZPP_REQUIRE_TOOLS") != "" {
			t.Fatal("pdftotext is required (ZOZPP_REQUIRE_TOOLS) but absent")
		}
		t.Log("pdftotext absent: the PDF's text is not checked")
		return "", false
	}
	name := filepath.Join(t.TempDir(), "doc.pdf")
	require.NoError(t, os.WriteFile(name, b, 0o600))
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", name, "-").Output()
	require.NoError(t, err)
	return string(out), true
}

// TestDocumentsREADME: the README's claim (goods.refund: 59 990 × 1 % × 25
// days = 14 997,50, ЗоЗПП ст. 23 п. 1) as each file, with the amount in it
// — a number in the spreadsheet, "14 997,50" with a no-break space in the
// texts — and the headers a browser saves it by.
func TestDocumentsREADME(t *testing.T) {
	s := newServer(t, Config{})
	for _, tc := range []struct {
		format, media string
		check         func(t *testing.T, b []byte)
	}{
		{"xlsx", documents.ContentTypeXLSX, func(t *testing.T, b []byte) {
			f, err := excelize.OpenReader(bytes.NewReader(b))
			require.NoError(t, err)
			defer f.Close()
			found := false
			for _, sheet := range f.GetSheetList() {
				rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
				require.NoError(t, err)
				for _, row := range rows {
					for _, cell := range row {
						found = found || cell == "14997.5"
					}
				}
			}
			assert.True(t, found, "the penalty 14997.5 is a cell of the spreadsheet")
		}},
		{"docx", documents.ContentTypeDOCX, func(t *testing.T, b []byte) {
			assert.Contains(t, docxText(t, b), "14\u00a0997,50")
		}},
		{"pdf", documents.ContentTypePDF, func(t *testing.T, b []byte) {
			require.True(t, bytes.HasPrefix(b, []byte("%PDF-")), "a PDF starts with %%PDF-")
			if text, ok := pdfText(t, b); ok {
				assert.Contains(t, strings.ReplaceAll(text, "\u00a0", " "), "14 997,50")
			}
		}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			a := postJSON(t, s, "/v1/documents", `{"claim":`+readmeBody+`,"format":"`+tc.format+`"}`)
			require.Equal(t, 200, a.Status, "%.500s", a.Body)
			assert.Equal(t, tc.media, a.Header.Get("Content-Type"))
			assert.Equal(t, `attachment; filename="zozpp-goods.refund.`+tc.format+`"`, a.Header.Get("Content-Disposition"))
			assert.Equal(t, fmt.Sprint(len(a.Body)), a.Header.Get("Content-Length"))
			assert.Equal(t, "no-store", a.Header.Get("Cache-Control"))
			assert.Equal(t, "ru", a.Header.Get("Content-Language"))
			tc.check(t, a.Body)
		})
	}
}

// TestDocumentsOptions: the court fee with filed, the date, the language.
func TestDocumentsOptions(t *testing.T) {
	s := newServer(t, Config{})
	// filed: a consumer's claim under ЗоЗПП is exempt up to 1 000 000 (НК РФ
	// ст. 333.36 п. 3), as claimcalc -filed says.
	a := postJSON(t, s, "/v1/documents", `{"claim":`+readmeBody+`,"format":"docx","filed":"2025-03-03","date":"2025-03-01"}`)
	require.Equal(t, 200, a.Status, "%.500s", a.Body)
	text := docxText(t, a.Body)
	assert.Contains(t, text, "333.36")
	assert.Contains(t, text, "01.03.2025", "the date asked for is printed")
	// English labels with lang=en.
	en := postJSON(t, s, "/v1/documents?lang=en", `{"claim":`+readmeBody+`,"format":"docx"}`)
	require.Equal(t, 200, en.Status, "%.500s", en.Body)
	assert.Equal(t, "en", en.Header.Get("Content-Language"))
	assert.Contains(t, docxText(t, en.Body), "14,997.50")
	// Without a date: performed_on.
	def := postJSON(t, s, "/v1/documents", `{"claim":`+readmeBody+`,"format":"docx"}`)
	assert.Contains(t, docxText(t, def.Body), "03.02.2025")
	// A running claim without a date: today in Moscow.
	run := postJSON(t, s, "/v1/documents", `{"claim":{"claim_type":"goods.refund","event":"2025-06-02","base":"1000"},"format":"docx"}`)
	require.Equal(t, 200, run.Status, "%.500s", run.Body)
	assert.Contains(t, docxText(t, run.Body), time.Now().In(moscow).Format("02.01.2006"))
}

// TestDocumentsLetter: the claim letter (претензия) for the README claim,
// as DOCX and PDF, in Russian whatever the language asked.
func TestDocumentsLetter(t *testing.T) {
	s := newServer(t, Config{})
	a := postJSON(t, s, "/v1/documents?lang=en", letterBody("docx"))
	require.Equal(t, 200, a.Status, "%.500s", a.Body)
	assert.Equal(t, documents.ContentTypeDOCX, a.Header.Get("Content-Type"))
	assert.Equal(t, `attachment; filename="zozpp-goods.refund-letter.docx"`, a.Header.Get("Content-Disposition"))
	assert.Equal(t, "ru", a.Header.Get("Content-Language"), "the letter is in Russian")
	text := docxText(t, a.Body)
	assert.Contains(t, text, "ПРЕТЕНЗИЯ")
	assert.Contains(t, text, "Электроника")
	assert.Contains(t, text, "смартфон")
	p := postJSON(t, s, "/v1/documents", letterBody("pdf"))
	require.Equal(t, 200, p.Status, "%.500s", p.Body)
	require.True(t, bytes.HasPrefix(p.Body, []byte("%PDF-")))
	if text, ok := pdfText(t, p.Body); ok {
		assert.Contains(t, text, "ПРЕТЕНЗИЯ")
	}
	// A services letter states the demand.
	svc := `{"claim":{"claim_type":"services.defects","event":"2025-05-01","base":"1000","consumer_term":{"n":14,"unit":"days"},"performed_on":"2025-06-01"},` +
		`"format":"docx","kind":"letter","letter":{"seller":{"name":"ИП Петров"},"buyer":{"name":"Иванов И. И."},"demand":"безвозмездно устранить недостатки работы"}}`
	sv := postJSON(t, s, "/v1/documents", svc)
	require.Equal(t, 200, sv.Status, "%.500s", sv.Body)
	assert.Contains(t, docxText(t, sv.Body), "безвозмездно устранить")
}

// TestDocumentsBadInput: every mistake is a problem naming the field as
// sent: the claim's under claim, the letter's under letter.
func TestDocumentsBadInput(t *testing.T) {
	s := newServer(t, Config{})
	parties := `"seller":{"name":"ООО «Электроника»"},"buyer":{"name":"Иванов И. И."}`
	for _, tc := range []struct {
		name, body, code, field string
	}{
		{"no claim", `{"format":"pdf"}`, codeInvalidField, "claim"},
		{"no format", `{"claim":` + readmeBody + `}`, codeInvalidField, "format"},
		{"bad format", `{"claim":` + readmeBody + `,"format":"odt"}`, codeInvalidField, "format"},
		{"miscased format", `{"claim":` + readmeBody + `,"format":"PDF"}`, codeInvalidField, "format"},
		{"bad kind", `{"claim":` + readmeBody + `,"format":"pdf","kind":"memo"}`, codeInvalidField, "kind"},
		{"unknown field", `{"claim":` + readmeBody + `,"format":"pdf","lang":"en"}`, codeUnknownField, "lang"},
		{"claim: unknown type", `{"claim":{"claim_type":"goods.refnd","event":"2024-12-25"},"format":"pdf"}`, codeUnknownClaimType, "claim.claim_type"},
		{"claim: unknown field", `{"claim":{"claim_type":"goods.refund","Event":"2024-12-25"},"format":"pdf"}`, codeUnknownField, "claim.Event"},
		{"claim: duplicate field", `{"claim":{"claim_type":"goods.refund","base":"1","base":"2"},"format":"pdf"}`, codeDuplicateField, "claim.base"},
		{"claim: bad amount", `{"claim":{"claim_type":"goods.refund","event":"2024-12-25","base":"0e300000000"},"format":"pdf"}`, codeInvalidField, "claim.base"},
		{"claim: not an object", `{"claim":[],"format":"pdf"}`, codeInvalidJSON, "claim"},
		{"claim: a term required", `{"claim":{"claim_type":"services.defects","event":"2024-12-25","base":"1000"},"format":"pdf"}`, codeTermRequired, "claim.consumer_term"},
		{"filed: nothing to sue for", `{"claim":{"claim_type":"goods.refund","event":"2025-06-02"},"format":"pdf","filed":"2025-07-01"}`, codeInvalidField, "filed"},
		{"filed before the data", `{"claim":` + readmeBody + `,"format":"pdf","filed":"1999-01-01"}`, codeOutOfRange, "filed"},
		{"filed: not a date", `{"claim":` + readmeBody + `,"format":"pdf","filed":"soon"}`, codeInvalidField, "filed"},
		{"date: not a date", `{"claim":` + readmeBody + `,"format":"pdf","date":"2025-02-30"}`, codeInvalidField, "date"},
		{"letter with a calculation", `{"claim":` + readmeBody + `,"format":"pdf","letter":{` + parties + `}}`, codeInvalidField, "letter"},
		{"letter without letter", `{"claim":` + readmeBody + `,"format":"pdf","kind":"letter"}`, codeInvalidField, "letter"},
		{"letter as xlsx", `{"claim":` + readmeBody + `,"format":"xlsx","kind":"letter","letter":{` + parties + `}}`, codeInvalidField, "format"},
		{"letter with filed", `{"claim":` + readmeBody + `,"format":"pdf","kind":"letter","filed":"2025-03-03","letter":{` + parties + `}}`, codeInvalidField, "filed"},
		{"letter: no seller", `{"claim":` + readmeBody + `,"format":"pdf","kind":"letter","letter":{"buyer":{"name":"Иванов И. И."}}}`, codeInvalidField, "letter.seller.name"},
		{"letter: blank buyer", `{"claim":` + readmeBody + `,"format":"docx","kind":"letter","letter":{"seller":{"name":"ООО"},"buyer":{"name":"  "}}}`, codeInvalidField, "letter.buyer.name"},
		{"letter: unknown party field", `{"claim":` + readmeBody + `,"format":"docx","kind":"letter","letter":{"seller":{"name":"ООО","inn":"7700000000"},"buyer":{"name":"И"}}}`, codeUnknownField, "letter.seller.inn"},
		{"letter: a control character", `{"claim":` + readmeBody + `,"format":"docx","kind":"letter","letter":{"seller":{"name":"ООО\u0007"},"buyer":{"name":"И"}}}`, codeInvalidField, "letter.seller.name"},
		{"letter: too long", `{"claim":` + readmeBody + `,"format":"docx","kind":"letter","letter":{` + parties + `,"defects":"` + strings.Repeat("я", 1001) + `"}}`, codeInvalidField, "letter.defects"},
		{"letter: bad amount", `{"claim":` + readmeBody + `,"format":"docx","kind":"letter","letter":{` + parties + `,"demand_amount":"-5"}}`, codeInvalidField, "letter.demand_amount"},
		{"letter for a type without a template", `{"claim":{"claim_type":"osago.claim","event":"2025-06-02","base":"300000","as_of":"2025-08-01"},"format":"docx","kind":"letter","letter":{` + parties + `}}`, codeInvalidField, "claim.claim_type"},
		{"services letter without the demand", `{"claim":{"claim_type":"services.defects","event":"2025-05-01","base":"1000","consumer_term":{"n":14,"unit":"days"}},"format":"docx","kind":"letter","letter":{` + parties + `}}`, codeInvalidField, "letter.demand"},
		{"a calculation of too many rows", `{"claim":` + manyPayments(maxDocumentRows+10) + `,"format":"xlsx"}`, codeInvalidField, "claim"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := postJSON(t, s, "/v1/documents", tc.body)
			p := problemOf(t, a, 400, tc.code, tc.field)
			assert.NotEmpty(t, p["detail"])
			assert.LessOrEqual(t, len(a.Body), 2048, "an error never echoes the input at length")
		})
	}
	problemOf(t, postJSON(t, s, "/v1/documents?lang=de", `{"claim":`+readmeBody+`,"format":"pdf"}`), 400, codeInvalidParameter, "lang")
	problemOf(t, postJSON(t, s, "/v1/documents", `{"claim":`+readmeBody+`,"format":"pdf","letter":{"place":"`+strings.Repeat("x", maxBody)+`"}}`), 413, codeBodyTooLarge, "")
}

// manyPayments is a claim whose penalty table has n+1 rows: a prepayment
// lowered by n payments, one a week from 2005.
func manyPayments(n int) string {
	var pays strings.Builder
	for i := range n {
		if i > 0 {
			pays.WriteByte(',')
		}
		fmt.Fprintf(&pays, `{"on":"%s","amount":"1"}`, time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*7).Format("2006-01-02"))
	}
	return `{"claim_type":"goods.prepaid.delivery_delay","event":"2004-12-25","base":"10000000","as_of":"2026-09-01","payments":[` + pays.String() + `]}`
}

// TestDocumentsBounded: at most docSlots files are written at once; a
// request waiting for a slot leaves when its client does.
func TestDocumentsBounded(t *testing.T) {
	s := newServer(t, Config{})
	for range cap(s.docSlots) {
		s.docSlots <- struct{}{}
	}
	req := newRequest("POST", "/v1/documents", []byte(`{"claim":`+readmeBody+`,"format":"docx"}`), "application/json")
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	w := newDiscardWriter()
	start := time.Now()
	s.ServeHTTP(w, req.WithContext(ctx))
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond, "it waited for a slot")
	assert.Zero(t, w.n, "nothing is written to a client that left")
	for range cap(s.docSlots) {
		<-s.docSlots
	}
	w = newDiscardWriter()
	s.ServeHTTP(w, newRequest("POST", "/v1/documents", []byte(`{"claim":`+readmeBody+`,"format":"docx"}`), "application/json"))
	assert.Equal(t, 200, w.status)
}

// BenchmarkDocuments measures the README claim as each file, and its
// claim letter, through the handler.
func BenchmarkDocuments(b *testing.B) {
	s := newServer(b, Config{})
	for _, tc := range []struct{ name, body string }{
		{"xlsx", `{"claim":` + readmeBody + `,"format":"xlsx"}`},
		{"docx", `{"claim":` + readmeBody + `,"format":"docx"}`},
		{"pdf", `{"claim":` + readmeBody + `,"format":"pdf"}`},
		{"letter.pdf", letterBody("pdf")},
	} {
		body := []byte(tc.body)
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w := newDiscardWriter()
				s.ServeHTTP(w, newRequest("POST", "/v1/documents", body, "application/json"))
				if w.status != 200 {
					b.Fatal(w.status)
				}
			}
		})
	}
}
