package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/courtfee"
	"github.com/zozpp/zozpp/examples/documents"
)

// docArgs are the flags of the files claimcalc writes besides its output.
type docArgs struct {
	out, letter           string // -o and -letter: file names ending in .xlsx, .docx or .pdf
	seller, buyer, goods  string
	defects, demand       string
	demandAmount          decimal.Decimal
	letterDate            calendar.Date
	lang                  law.Lang
	sellerAddr, buyerAddr string
}

// courtFee is documents.CourtFee with -filed's wording for a claim that
// has nothing to sue for.
func courtFee(a claimtype.Assessment, c claimtype.Claim, filed calendar.Date) (*courtfee.Fee, error) {
	fee, err := documents.CourtFee(a, c, filed)
	switch {
	case errors.Is(err, documents.ErrNothingToSue):
		return nil, usagef("-filed: nothing to sue for: the claim has no penalty, interest or sum awarded (give -awarded or -losses)")
	case err != nil:
		return nil, err
	}
	return &fee, nil
}

// writeDocument renders the assessment as the file -o names.
func writeDocument(a claimtype.Assessment, fee *courtfee.Fee, d docArgs) ([]byte, error) {
	doc, err := documents.FromAssessment(a, documents.AssessmentOptions{Lang: d.lang, Date: d.letterDate, CourtFee: fee})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	switch ext := strings.ToLower(filepath.Ext(d.out)); ext {
	case ".xlsx":
		err = documents.WriteXLSX(&buf, doc)
	case ".docx":
		err = documents.WriteDOCX(&buf, doc)
	case ".pdf":
		err = documents.WritePDF(&buf, doc)
	default:
		return nil, usagef("-o %q: accepted are file names ending in .xlsx, .docx or .pdf", law.Clip(d.out))
	}
	return buf.Bytes(), err
}

// writeLetter renders the claim letter (претензия) as the file -letter
// names.
func writeLetter(a claimtype.Assessment, c claimtype.Claim, d docArgs) ([]byte, error) {
	if d.seller == "" || d.buyer == "" {
		return nil, usagef("-letter needs -seller NAME and -buyer NAME (the addressee and the consumer)")
	}
	goods := d.goods
	if goods == "" {
		goods = a.Type.Title
	}
	l, err := documents.LetterFor(a, documents.LetterFacts{
		Date:    d.letterDate,
		Seller:  documents.Party{Name: d.seller, Address: d.sellerAddr},
		Buyer:   documents.Party{Name: d.buyer, Address: d.buyerAddr},
		Subject: documents.Subject{Name: goods, Price: c.Base},
		Defects: d.defects, Demand: d.demand, Amount: d.demandAmount,
	})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	switch ext := strings.ToLower(filepath.Ext(d.letter)); ext {
	case ".docx":
		err = documents.WriteLetterDOCX(&buf, l)
	case ".pdf":
		err = documents.WriteLetterPDF(&buf, l)
	default:
		return nil, usagef("-letter %q: accepted are file names ending in .docx or .pdf", law.Clip(d.letter))
	}
	return buf.Bytes(), err
}
