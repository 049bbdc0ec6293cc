package server

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/danielgtaylor/huma/v2"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/courtfee"
	"github.com/zozpp/zozpp/examples/documents"
	"github.com/zozpp/zozpp/penalty"
)

// POST /v1/documents (issue 15): the calculation of one claim as a file a
// lawyer files — XLSX, DOCX or PDF — or the claim letter (претензия) as
// DOCX or PDF, written by examples/documents from the same assessment
// POST /v1/assess answers, with the court fee computed as `claimcalc
// -filed` computes it.

// DocumentRequest is the body of POST /v1/documents.
type DocumentRequest struct {
	Claim  *ClaimValue  `json:"claim" doc:"The claim, exactly as POST /v1/assess takes it."`
	Format string       `json:"format" enum:"xlsx,docx,pdf" doc:"The file: xlsx (formulas a clerk can recheck), docx or pdf (A4). A letter is docx or pdf." example:"pdf"`
	Kind   string       `json:"kind,omitempty" enum:"calculation,letter" doc:"calculation (the default): the penalty and interest tables, the fine, the court fee and the reasoning; letter: the claim letter (претензия) to the seller or contractor, in Russian."`
	Filed  *Date        `json:"filed,omitempty" doc:"With kind calculation: the day a lawsuit is filed; adds the court fee (НК РФ ст. 333.19, 333.36) on the penalty, the interest, the base when base_awarded and the losses, with the consumer exemption for claims under the consumer protection law." example:"2025-03-03"`
	Date   *Date        `json:"date,omitempty" doc:"The date printed on the document or letter: the claim's performed_on by default, else its as_of, else today in Moscow." example:"2025-02-03"`
	Letter *LetterInput `json:"letter,omitempty" doc:"Required with kind letter: the parties and the facts the letter states."`
}

// LetterInput is what a claim letter states beyond the claim.
type LetterInput struct {
	Seller       PartyInput `json:"seller" doc:"The addressee: the seller, manufacturer or contractor."`
	Buyer        PartyInput `json:"buyer" doc:"The consumer."`
	Goods        string     `json:"goods,omitempty" maxLength:"1000" doc:"The goods or the work; the claim type's title by default." example:"смартфон, серийный номер F2LX0000"`
	Defects      string     `json:"defects,omitempty" maxLength:"1000" doc:"What is wrong, in the consumer's words." example:"не включается"`
	Demand       string     `json:"demand,omitempty" maxLength:"1000" doc:"The demand in the consumer's words; required for a services letter (services.defects)."`
	DemandAmount *Amount    `json:"demand_amount,omitempty" doc:"The money demanded; for a refund, the price (the claim's base) by default."`
	Place        string     `json:"place,omitempty" maxLength:"1000" doc:"Where the letter is written." example:"г. Москва"`
}

// PartyInput is a party of a claim letter.
type PartyInput struct {
	Name    string `json:"name" minLength:"1" maxLength:"1000" doc:"Required." example:"ООО «Электроника»"`
	Address string `json:"address,omitempty" maxLength:"1000" example:"г. Москва, ул. Тверская, д. 1"`
}

// ClaimValue is the claim of a request, kept raw for claimtype.DecodeClaim,
// which reads it strictly, as POST /v1/assess does.
type ClaimValue struct{ raw []byte }

// UnmarshalJSON keeps the value.
func (v *ClaimValue) UnmarshalJSON(b []byte) error {
	v.raw = append(v.raw[:0], b...)
	return nil
}

// Schema describes ClaimValue: a ClaimInput.
func (ClaimValue) Schema(r huma.Registry) *huma.Schema {
	return r.Schema(reflect.TypeOf(ClaimInput{}), true, "")
}

// The files POST /v1/documents writes.
var documentMedia = map[string]string{
	"xlsx": documents.ContentTypeXLSX,
	"docx": documents.ContentTypeDOCX,
	"pdf":  documents.ContentTypePDF,
}

// maxDocumentRows bounds the rows of a calculation written as a file: a
// dozen pages, and about 60 ms of CPU for a PDF. A longer table (hundreds
// of payments) is split by period, or taken from POST /v1/assess.
const maxDocumentRows = 500

// maxLetterText bounds each text of a letter, in characters: 1000 of any
// script stay within documents.MaxText bytes.
const maxLetterText = 1000

// moscow is where "today" is when a request gives no date, as in claimcalc.
var moscow = time.FixedZone("MSK", 3*60*60)

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	var req DocumentRequest
	lang, buf := s.readJSON(w, r, &req)
	if buf == nil {
		return
	}
	defer putBuffer(buf)
	if p := req.check(); p != nil {
		writeProblem(w, r, p)
		return
	}
	a, c, p, err := s.assessClaim(req.Claim.raw, s.data.Load().assessOptions)
	if err != nil {
		s.internalError(w, r, "documents", err)
		return
	}
	if p != nil {
		p.Field = joinField("claim", p.Field)
		writeProblem(w, r, p)
		return
	}
	if rows := documentRows(a); req.Kind == "calculation" && rows > maxDocumentRows {
		writeProblem(w, r, problem(codeInvalidField, "claim", "the calculation has "+strconv.Itoa(rows)+" rows; a document holds at most "+
			strconv.Itoa(maxDocumentRows)+": split the period into several claims, or take the table from POST /v1/assess"))
		return
	}
	date := calendar.DateOf(time.Now().In(moscow))
	for _, d := range []calendar.Date{c.AsOf, c.PerformedOn} {
		if !d.IsZero() {
			date = d
		}
	}
	if req.Date != nil {
		date = calendar.Date(*req.Date)
	}
	// A PDF takes milliseconds of CPU: at most docSlots files are written
	// at once, so that a burst of them leaves cores to the assessments.
	select {
	case s.docSlots <- struct{}{}:
		defer func() { <-s.docSlots }()
	case <-r.Context().Done():
		return // the client left
	}
	out := &bytes.Buffer{}
	if req.Kind == "letter" {
		p, err = req.writeLetter(out, a, c, date)
		w.Header().Set("Content-Language", "ru") // the letters are in Russian
	} else {
		p, err = req.writeCalculation(out, a, c, date, lang)
	}
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if err != nil {
		s.internalError(w, r, "documents", err)
		return
	}
	name := "zozpp-" + string(a.Type.ID)
	if req.Kind == "letter" {
		name += "-letter"
	}
	h := w.Header()
	h.Set("Content-Type", documentMedia[req.Format])
	h.Set("Content-Disposition", `attachment; filename="`+name+"."+req.Format+`"`)
	h.Set("Content-Length", strconv.Itoa(out.Len()))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(out.Bytes())
}

// documentRows counts the rows of the assessment's tables.
func documentRows(a claimtype.Assessment) int {
	n := 0
	for _, c := range []*penalty.Calculation{a.Penalty, a.Interest} {
		if c != nil {
			n += len(c.Rows)
		}
	}
	return n
}

// check checks what the request says beside its claim.
func (req *DocumentRequest) check() *Problem {
	if req.Claim == nil {
		return problem(codeInvalidField, "claim", `required: the claim, as POST /v1/assess takes it, e.g. {"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"}`)
	}
	if _, ok := documentMedia[req.Format]; !ok {
		if req.Format == "" {
			return problem(codeInvalidField, "format", "required: xlsx, docx or pdf")
		}
		return problem(codeInvalidField, "format", "format "+quoteClip(req.Format)+" is not accepted: accepted are xlsx, docx and pdf")
	}
	switch req.Kind {
	case "", "calculation":
		req.Kind = "calculation"
		if req.Letter != nil {
			return problem(codeInvalidField, "letter", "given with kind calculation: letter is for kind letter")
		}
		return nil
	case "letter":
	default:
		return problem(codeInvalidField, "kind", "kind "+quoteClip(req.Kind)+" is not accepted: accepted are calculation and letter")
	}
	switch {
	case req.Format == "xlsx":
		return problem(codeInvalidField, "format", "a letter is written as docx or pdf, not xlsx")
	case req.Filed != nil:
		return problem(codeInvalidField, "filed", "given with kind letter: the court fee is part of the calculation (kind calculation)")
	case req.Letter == nil:
		return problem(codeInvalidField, "letter", `required with kind letter: {"seller":{"name":…},"buyer":{"name":…},…}`)
	}
	l := req.Letter
	for _, f := range []struct {
		field, s string
		required bool
	}{
		{"letter.seller.name", l.Seller.Name, true}, {"letter.buyer.name", l.Buyer.Name, true},
		{"letter.seller.address", l.Seller.Address, false}, {"letter.buyer.address", l.Buyer.Address, false},
		{"letter.goods", l.Goods, false}, {"letter.defects", l.Defects, false}, {"letter.demand", l.Demand, false}, {"letter.place", l.Place, false},
	} {
		switch {
		case f.required && strings.TrimSpace(f.s) == "":
			return problem(codeInvalidField, f.field, "required: the party's name as the letter states it")
		case utf8.RuneCountInString(f.s) > maxLetterText:
			return problem(codeInvalidField, f.field, "longer than "+strconv.Itoa(maxLetterText)+" characters")
		}
	}
	return nil
}

// assessClaim decodes and assesses one claim. A caller error is a Problem
// (its field as in the claim); any other error is returned as err.
func (s *Server) assessClaim(raw []byte, opts []claimtype.Option) (claimtype.Assessment, claimtype.Claim, *Problem, error) {
	id, c, err := claimtype.DecodeClaim(raw)
	if err != nil {
		return claimtype.Assessment{}, c, claimProblem(err), nil
	}
	t, ok := s.catalog.types[id]
	if !ok {
		_, err = claimtype.Get(id) // for its message, which names the closest ids
		if err == nil {
			err = fmt.Errorf("claim type %q is in the catalog but not in the service's cache", id)
		}
		if errors.Is(err, claimtype.ErrUnknown) {
			return claimtype.Assessment{}, c, problem(codeUnknownClaimType, "claim_type", clip2(trimPrefix(err.Error()))), nil
		}
		return claimtype.Assessment{}, c, nil, err
	}
	a, err := t.Assess(c, opts...)
	if err != nil {
		if p := claimProblem(err); p != nil {
			return a, c, p, nil
		}
		return a, c, nil, err
	}
	return a, c, nil, nil
}

// writeCalculation writes the assessment's calculation, with the court fee
// when the request gives filed.
func (req *DocumentRequest) writeCalculation(out *bytes.Buffer, a claimtype.Assessment, c claimtype.Claim, date calendar.Date, lang law.Lang) (*Problem, error) {
	var fee *courtfee.Fee
	if req.Filed != nil {
		var p *Problem
		if fee, p = courtFee(a, c, calendar.Date(*req.Filed)); p != nil {
			return p, nil
		}
	}
	doc, err := documents.FromAssessment(a, documents.AssessmentOptions{Lang: lang, Date: date, CourtFee: fee})
	if err != nil {
		return documentsProblem(err), nil
	}
	switch req.Format {
	case "xlsx":
		err = documents.WriteXLSX(out, doc)
	case "docx":
		err = documents.WriteDOCX(out, doc)
	default:
		err = documents.WritePDF(out, doc)
	}
	if err != nil {
		return documentsProblem(err), nil
	}
	return nil, nil
}

// courtFee is documents.CourtFee (the same as claimcalc -filed) with its
// errors as problems on the field filed.
func courtFee(a claimtype.Assessment, c claimtype.Claim, filed calendar.Date) (*courtfee.Fee, *Problem) {
	fee, err := documents.CourtFee(a, c, filed)
	switch {
	case err == nil:
		return &fee, nil
	case errors.Is(err, documents.ErrNothingToSue):
		return nil, problem(codeInvalidField, "filed", "nothing to sue for: the claim has no penalty, interest or sum awarded (give claim.base_awarded or claim.losses)")
	case errors.Is(err, courtfee.ErrOutOfRange):
		return nil, problem(codeOutOfRange, "filed", clip2(trimPrefix(err.Error())))
	default:
		return nil, problem(codeInvalidField, "filed", clip2(trimPrefix(err.Error())))
	}
}

// writeLetter writes the claim letter, as claimcalc -letter does.
func (req *DocumentRequest) writeLetter(out *bytes.Buffer, a claimtype.Assessment, c claimtype.Claim, date calendar.Date) (*Problem, error) {
	kind, ok := documents.KindFor(string(a.Type.ID))
	if !ok {
		var with []string
		for _, t := range claimtype.All() {
			if _, ok := documents.KindFor(string(t.ID)); ok {
				with = append(with, string(t.ID))
			}
		}
		return problem(codeInvalidField, "claim.claim_type", string(a.Type.ID)+" has no claim letter template; accepted are "+clip2(strings.Join(with, ", "))), nil
	}
	l := req.Letter
	if kind == documents.Services && strings.TrimSpace(l.Demand) == "" {
		return problem(codeInvalidField, "letter.demand", "required for a services letter: the demand in the consumer's words (ЗоЗПП ст. 29 п. 1 offers several)"), nil
	}
	goods := l.Goods
	if goods == "" {
		goods = a.Type.Title
	}
	facts := documents.LetterFacts{
		Date:    date,
		Place:   l.Place,
		Seller:  documents.Party{Name: l.Seller.Name, Address: l.Seller.Address},
		Buyer:   documents.Party{Name: l.Buyer.Name, Address: l.Buyer.Address},
		Subject: documents.Subject{Name: goods, Price: c.Base},
		Defects: l.Defects, Demand: l.Demand,
	}
	if l.DemandAmount != nil {
		facts.Amount = l.DemandAmount.Decimal
	}
	letter, err := documents.LetterFor(a, facts)
	if err != nil {
		return documentsProblem(err), nil
	}
	if req.Format == "docx" {
		err = documents.WriteLetterDOCX(out, letter)
	} else {
		err = documents.WriteLetterPDF(out, letter)
	}
	if err != nil {
		return documentsProblem(err), nil
	}
	return nil, nil
}

// documentFields maps the fields examples/documents names to the
// request's: what the request gives, and "claim" for what the assessment
// gives.
var documentFields = map[string]string{
	"seller":      "letter.seller",
	"buyer":       "letter.buyer",
	"subject":     "letter.goods",
	"defects":     "letter.defects",
	"requirement": "letter.demand",
	"place":       "letter.place",
	"date":        "date",
	"claim_type":  "claim.claim_type",
}

// documentsProblem words an error of examples/documents; nil for one that
// is not the caller's (a writer's I/O error is then a 500). The package
// has no field error type: its messages read "documents: invalid input:
// seller.name: …", so the field is taken from there and mapped to the
// request's (see the report on issue 15).
func documentsProblem(err error) *Problem {
	if !errors.Is(err, documents.ErrInvalid) {
		return nil
	}
	msg, _, _ := strings.Cut(err.Error(), "\n") // errors.Join: the first
	rest := strings.TrimPrefix(msg, documents.ErrInvalid.Error()+": ")
	path, detail, ok := strings.Cut(rest, ": ")
	if !ok || strings.ContainsAny(path, " ,") {
		return problem(codeInvalidField, "claim", clip2(rest))
	}
	head, tail, _ := strings.Cut(path, ".")
	field := "claim"
	switch mapped, ok := documentFields[head]; {
	case !ok:
		detail = path + ": " + detail // a figure or text derived from the claim
	case head == "seller" || head == "buyer":
		field = joinField(mapped, tail)
	case path == "subject.price":
		field = "claim.base"
	case path == "requirement.amount":
		field = "letter.demand_amount"
	default:
		field = mapped
	}
	return problem(codeInvalidField, field, clip2(detail))
}
