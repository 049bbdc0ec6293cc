package server

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/penalty"
)

// assessOne decodes one claim and appends its assessment to out. A caller
// error is a Problem; any other error (a bug) is returned as err.
func (s *Server) assessOne(out, raw []byte, opts []claimtype.Option, f answerForm) ([]byte, *Problem, error) {
	a, _, p, err := s.assessClaim(raw, opts)
	if p != nil || err != nil {
		return out, p, err
	}
	return s.appendAssessment(out, a, f), nil, nil
}

// answerForm is how an assessment is written: its language, and whether
// the whole explanation ("text") is included.
type answerForm struct {
	lang law.Lang
	text bool
}

// formOf reads lang (see language) and text=true|false.
func formOf(w http.ResponseWriter, r *http.Request) (answerForm, *Problem) {
	lang, p := language(w, r)
	if p != nil {
		return answerForm{}, p
	}
	f := answerForm{lang: lang}
	if r.URL.RawQuery != "" {
		switch v := r.URL.Query().Get("text"); v {
		case "", "false", "0":
		case "true", "1":
			f.text = true
		default:
			return f, problem(codeInvalidParameter, "text", "text "+quoteClip(v)+" is not accepted: accepted are true and false")
		}
	}
	return f, nil
}

// appendAssessment writes a the way claimtype.Assessment.AppendJSON does —
// the same members in the same order, each written by the library — or,
// with f.text, as AppendJSONWithText does (the whole explanation costs half
// of the encoding, so it is left out unless asked for). One difference
// makes the answers cheaper: the claim type comes from the catalog cache.
// TestAssessmentJSON checks that the bytes equal the library's.
func (s *Server) appendAssessment(b []byte, a claimtype.Assessment, f answerForm) []byte {
	b = append(b, `{"claim_type":`...)
	if cached, ok := s.catalog.byID[f.lang][a.Type.ID]; ok {
		b = append(b, cached...)
	} else if a.Type.TermKind == 0 {
		b = append(b, "null"...)
	} else {
		b = a.Type.AppendJSON(b, f.lang)
	}
	b = append(b, `,"deadline":`...)
	b = a.Deadline.AppendJSON(b, f.lang)
	b = append(b, `,"status":`...)
	b = law.AppendJSONString(b, string(a.Status))
	b = append(b, `,"days_overdue":`...)
	b = strconv.AppendInt(b, int64(a.DaysOverdue), 10)
	b = append(b, `,"penalty":`...)
	if a.Penalty == nil {
		b = append(b, "null"...)
	} else {
		b = a.Penalty.AppendJSON(b, f.lang)
	}
	b = append(b, `,"interest_395":`...)
	if a.Interest == nil {
		b = append(b, "null"...)
	} else {
		b = a.Interest.AppendJSON(b, f.lang)
	}
	b = append(b, `,"fine":`...)
	if a.Fine == nil {
		b = append(b, "null"...)
	} else {
		b = a.Fine.AppendJSON(b, f.lang)
	}
	for _, list := range []struct {
		name  string
		notes []claimtype.Note
	}{{`,"warnings":[`, a.Warnings}, {`],"notes":[`, a.Notes}} {
		b = append(b, list.name...)
		for i, n := range list.notes {
			if i > 0 {
				b = append(b, ',')
			}
			b = n.AppendJSON(b, f.lang)
		}
	}
	b = append(b, ']')
	if f.text {
		b = append(b, `,"text":`...)
		b = law.AppendJSONString(b, a.Text(f.lang))
	}
	return append(b, '}')
}

// claimProblem turns a caller error of claimtype into a Problem, nil for
// any other error. DecodeClaim says why it refused a document with a
// sentinel inside its *FieldError: ErrMalformedJSON (and ErrWrongType for
// the document as a whole: null, an array) is invalid_json, ErrUnknownField
// unknown_field, ErrDuplicateField duplicate_field; ErrWrongType on a field
// is invalid_field, as is every other error naming a field.
func claimProblem(err error) *Problem {
	var fe *claimtype.FieldError
	if !errors.As(err, &fe) {
		return libraryProblem(err, "")
	}
	code := sentinelCode(err)
	switch {
	case errors.Is(err, claimtype.ErrUnknownField):
		code = codeUnknownField
	case errors.Is(err, claimtype.ErrDuplicateField):
		code = codeDuplicateField
	case errors.Is(err, claimtype.ErrMalformedJSON), errors.Is(err, claimtype.ErrWrongType) && fe.Field == "":
		code = codeInvalidJSON
	}
	return problem(code, fe.Field, fe.Message)
}

// trimPrefix drops a Go package prefix ("claimtype: ") from a message meant
// for an HTTP client.
func trimPrefix(s string) string {
	if i := strings.Index(s, ": "); i > 0 && !strings.ContainsAny(s[:i], " .") {
		return s[i+2:]
	}
	return s
}

func (s *Server) handleAssess(w http.ResponseWriter, r *http.Request) {
	f, p := formOf(w, r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if _, p := mediaType(r, s.textOK(r), mediaJSON); p != nil {
		writeProblem(w, r, p)
		return
	}
	buf := getBuffer()
	defer putBuffer(buf)
	if p := readBody(w, r, buf, maxBody); p != nil {
		writeProblem(w, r, p)
		return
	}
	out := getBuffer()
	defer putBuffer(out)
	b, p, err := s.assessOne((*out)[:0], *buf, s.data.Load().assessOptions, f)
	*out = b
	if err != nil {
		s.internalError(w, r, "assess", err)
		return
	}
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// internalError logs err under the request id and answers 500.
func (s *Server) internalError(w http.ResponseWriter, r *http.Request, what string, err error) {
	s.log.LogAttrs(r.Context(), slog.LevelError, what, slog.String("request_id", w.Header().Get("X-Request-Id")), slog.String("err", err.Error()))
	writeProblem(w, r, problem(codeInternal, "", "internal error; the log has it under the request id"))
}

// handleBatch assesses many claims: a JSON array (application/json)
// answered by one JSON object, or an NDJSON stream (application/x-ndjson)
// answered line by line as the claims are read. Each item is answered on
// its own, in order: {"index", "status", "assessment"} or {"index",
// "status", "problem"}.
func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	f, p := formOf(w, r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	mt, p := mediaType(r, s.textOK(r), mediaJSON, mediaNDJSON)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	opts := s.data.Load().assessOptions
	if mt == mediaNDJSON {
		s.batchNDJSON(w, r, opts, f)
		return
	}
	s.batchArray(w, r, opts, f)
}

func (s *Server) batchArray(w http.ResponseWriter, r *http.Request, opts []claimtype.Option, f answerForm) {
	in := getBuffer()
	defer putBuffer(in)
	if p := readBody(w, r, in, maxBatchBody); p != nil {
		writeProblem(w, r, p)
		return
	}
	items, p := splitArray(*in, s.cfg.BatchMax)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	parts, failed := s.assessItems(w, r, items, opts, f)
	if r.Context().Err() != nil {
		return // the client left; nothing to answer
	}
	// The items are written as they are, without copying them into one
	// buffer: a batch of 1000 is several megabytes.
	head := strconv.AppendInt([]byte(`{"count":`), int64(len(items)), 10)
	head = append(head, `,"results":[`...)
	tail := strconv.AppendInt([]byte(`],"failed":`), int64(failed), 10)
	tail = append(tail, "}\n"...)
	size := len(head) + len(tail) + max(len(parts)-1, 0)
	for _, p := range parts {
		size += len(p)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(size))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(head)
	for i, p := range parts {
		if i > 0 {
			_, _ = w.Write(comma)
		}
		if _, err := w.Write(p); err != nil {
			return
		}
	}
	_, _ = w.Write(tail)
}

var comma = []byte{','}

// assessItems assesses the items of a batch on every core: the claims are
// independent, and a batch of 1000 must answer within 50 ms. It returns
// each item's JSON, in order, and how many failed. Each worker appends to
// one buffer of its own; the items are slices of those.
func (s *Server) assessItems(w http.ResponseWriter, r *http.Request, items [][]byte, opts []claimtype.Option, f answerForm) ([][]byte, int) {
	type span struct{ worker, start, end int }
	spans := make([]span, len(items))
	oks := make([]bool, len(items))
	workers := min(runtime.GOMAXPROCS(0), (len(items)+15)/16)
	bufs := make([][]byte, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 0, (len(items)/workers+1)*10<<10)
			for {
				i := int(next.Add(1) - 1)
				if i >= len(items) || r.Context().Err() != nil {
					break
				}
				start := len(buf)
				buf, oks[i] = s.batchItem(w, r, buf, i, items[i], opts, f)
				spans[i] = span{k, start, len(buf)}
			}
			bufs[k] = buf
		}()
	}
	wg.Wait()
	parts := make([][]byte, len(items))
	failed := 0
	for i, sp := range spans {
		parts[i] = bufs[sp.worker][sp.start:sp.end]
		if !oks[i] {
			failed++
		}
	}
	return parts, failed
}

// batchItem appends one item's result.
func (s *Server) batchItem(w http.ResponseWriter, r *http.Request, out []byte, i int, raw []byte, opts []claimtype.Option, f answerForm) ([]byte, bool) {
	out = append(out, `{"index":`...)
	out = strconv.AppendInt(out, int64(i), 10)
	mark := len(out)
	out = append(out, `,"status":200,"assessment":`...)
	res, p, err := s.assessOne(out, raw, opts, f)
	if err != nil {
		s.log.LogAttrs(r.Context(), slog.LevelError, "batch item", slog.String("request_id", w.Header().Get("X-Request-Id")), slog.Int("index", i), slog.String("err", err.Error()))
		p = problem(codeInternal, "", "internal error; the log has it under the request id and index")
	}
	if p != nil {
		s.metrics.batchItems[1].Add(1)
		p.Instance, p.RequestID = r.URL.Path, w.Header().Get("X-Request-Id")
		out = append(out[:mark], `,"status":`...)
		out = strconv.AppendInt(out, int64(p.Status), 10)
		out = append(out, `,"problem":`...)
		out = p.appendJSON(out)
		return append(out, '}'), false
	}
	s.metrics.batchItems[0].Add(1)
	return append(res, '}'), true
}

// splitArray checks that data is one JSON array of at most max values and
// returns its elements, each still raw JSON for DecodeClaim.
func splitArray(data []byte, max int) ([][]byte, *Problem) {
	// Duplicate names inside an item are left for DecodeClaim, which
	// reports them on that item alone.
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true))
	tok, err := dec.ReadToken()
	if err != nil {
		return nil, problem(codeInvalidJSON, "", "the body must be a JSON array of claims: "+clip2(err.Error()))
	}
	if tok.Kind() != '[' {
		return nil, problem(codeInvalidJSON, "", "the body must be a JSON array of claims (or NDJSON with Content-Type application/x-ndjson), not "+kindName(tok.Kind()))
	}
	var items [][]byte
	for dec.PeekKind() != ']' {
		if len(items) == max {
			return nil, problem(codeBatchTooLarge, "", "the batch has more than "+strconv.Itoa(max)+" claims; split it")
		}
		v, err := dec.ReadValue()
		if err != nil {
			return nil, jsonProblem(err, nil, "")
		}
		// v is only valid until the next read; the same bytes of data are.
		end := int(dec.InputOffset())
		items = append(items, data[end-len(v):end])
	}
	if _, err := dec.ReadToken(); err != nil {
		return nil, problem(codeInvalidJSON, "", clip2(err.Error()))
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		return nil, problem(codeInvalidJSON, "", "data after the JSON array; send exactly one array")
	}
	return items, nil
}

// batchNDJSON answers an NDJSON stream line by line, flushing as it goes.
func (s *Server) batchNDJSON(w http.ResponseWriter, r *http.Request, opts []claimtype.Option, f answerForm) {
	if r.ContentLength > maxBatchBody {
		writeProblem(w, r, tooLarge(maxBatchBody))
		return
	}
	body := bufio.NewReaderSize(http.MaxBytesReader(w, r.Body, maxBatchBody), 64<<10)
	h := w.Header()
	h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	out := getBuffer()
	defer putBuffer(out)
	i := 0
	fail := func(p *Problem) {
		p.Instance, p.RequestID = r.URL.Path, h.Get("X-Request-Id")
		b := append((*out)[:0], `{"index":`...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `,"status":`...)
		b = strconv.AppendInt(b, int64(p.Status), 10)
		b = append(b, `,"problem":`...)
		b = append(p.appendJSON(b), "}\n"...)
		*out = b
		_, _ = w.Write(b)
	}
	for {
		line, err := body.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			fail(problem(codeBodyTooLarge, "", "a line is longer than 64 KiB; one claim per line"))
			return
		}
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(tooLarge(maxBatchBody))
			return
		}
		if err != nil && err != io.EOF {
			fail(problem(codeInvalidJSON, "", "the body could not be read completely"))
			return
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if i == s.cfg.BatchMax {
				fail(problem(codeBatchTooLarge, "", "the batch has more than "+strconv.Itoa(s.cfg.BatchMax)+" claims; the rest was not read"))
				return
			}
			b, _ := s.batchItem(w, r, (*out)[:0], i, t, opts, f)
			*out = append(b, '\n')
			if _, werr := w.Write(*out); werr != nil {
				return
			}
			i++
			if flusher != nil && i%64 == 0 {
				flusher.Flush()
			}
		}
		if err == io.EOF || r.Context().Err() != nil {
			return
		}
	}
}

// catalogCache holds the catalog's types and their JSON in each language:
// they do not change while the process runs. The types are the catalog's
// copies (claimtype.All), which only Assess reads: claimtype.Get copies a
// type's citations and rules on every call, some 4 % of a batch.
type catalogCache struct {
	all   [2][]byte
	byID  [2]map[claimtype.ID][]byte
	types map[claimtype.ID]claimtype.Type
}

func buildCatalog() *catalogCache {
	c := &catalogCache{types: map[claimtype.ID]claimtype.Type{}}
	for _, t := range claimtype.All() {
		// Clipped, an append to a shared list always copies it.
		t.Basis = slices.Clip(t.Basis)
		for _, r := range []**penalty.Rule{&t.Penalty, &t.CitizenPenalty} {
			if *r != nil {
				clipped := **r
				clipped.Basis = slices.Clip(clipped.Basis)
				*r = &clipped
			}
		}
		c.types[t.ID] = t
	}
	for _, lang := range []law.Lang{law.Russian, law.English} {
		b := []byte(`{"count":`)
		all := claimtype.All()
		b = strconv.AppendInt(b, int64(len(all)), 10)
		b = append(b, `,"claim_types":[`...)
		c.byID[lang] = make(map[claimtype.ID][]byte, len(all))
		for i, t := range all {
			if i > 0 {
				b = append(b, ',')
			}
			one := t.AppendJSON(nil, lang)
			c.byID[lang][t.ID] = one
			b = append(b, one...)
		}
		c.all[lang] = append(b, "]}"...)
	}
	return c
}

func (s *Server) handleClaimTypes(w http.ResponseWriter, r *http.Request) {
	lang, p := language(w, r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	writeJSON(w, http.StatusOK, s.catalog.all[lang])
}

func (s *Server) handleClaimType(w http.ResponseWriter, r *http.Request) {
	lang, p := language(w, r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	id := claimtype.ID(r.PathValue("id"))
	b, ok := s.catalog.byID[lang][id]
	if !ok {
		_, err := claimtype.Get(id)
		detail := "no claim type has the id " + quoteClip(string(id))
		if err != nil {
			detail = clip2(trimPrefix(err.Error()))
		}
		writeProblem(w, r, problem(codeUnknownClaimType, "id", detail+"; GET /v1/claimtypes lists them").withStatus(http.StatusNotFound))
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	writeJSON(w, http.StatusOK, b)
}
