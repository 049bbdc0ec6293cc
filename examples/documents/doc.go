// Package documents writes what a lawyer files: a calculation as XLSX, DOCX
// and PDF, and a claim letter (претензия) from an editable template as DOCX
// and PDF.
//
// It works on its own document model, not on the library's result types: a
// Document (title, facts, Calculation tables of Rows, Totals, an
// Explanation, Notes) and a Letter (parties, goods or service, the
// requirement with its article, the term with its due day, the penalty so
// far, the fine warning of ЗоЗПП ст. 13 п. 6). An adapter fills them from a
// claimtype.Assessment or a penalty.Calculation; Validate checks that every
// figure follows from the others to the kopeck before anything is written.
//
//	var buf bytes.Buffer
//	err := documents.WriteXLSX(&buf, doc)   // formulas a clerk can recheck
//	err = documents.WriteDOCX(&buf, doc)    // the same table and the explanation
//	err = documents.WritePDF(&buf, doc)     // A4, DejaVu Sans embedded
//	err = documents.WriteLetterDOCX(&buf, letter)
//
// Formats and why:
//   - XLSX: github.com/xuri/excelize/v2 (BSD-3-Clause), the maintained Go
//     library for OOXML spreadsheets; it writes formulas with cached values
//     and evaluates them (the tests recompute every amount with it).
//   - DOCX: written by hand (archive/zip, OOXML WordprocessingML): a few
//     fixed parts, no dependency, byte-for-byte reproducible; the Go DOCX
//     libraries are either AGPL (fumiama/go-docx), commercial
//     (unidoc/unioffice) or young (gomutex/godocx).
//   - PDF: codeberg.org/go-pdf/fpdf (MIT), the maintained successor of
//     jung-kurt/gofpdf (github.com/go-pdf/fpdf is archived): embeds TrueType
//     subsets with ToUnicode maps, so the text is extractable; v0.11.1 keeps
//     the module on Go 1.24 (v0.12.0 needs Go 1.25).
//   - Font: DejaVu Sans 2.37 from Debian's fonts-dejavu-core (Bitstream Vera
//     licence, embedding allowed; fonts/LICENSE-DejaVu.txt): Cyrillic, «»,
//     №, § and ₽. Liberation Sans lacks ₽.
//
// The letter templates are text/template files in templates/ that a user
// can copy and edit (LoadTemplates); templates/README.md describes the
// markup they produce, the functions they may call and where each quotation
// of the law comes from.
package documents
