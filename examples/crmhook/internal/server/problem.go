package server

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// Problem is an error answer in the format of RFC 9457 ("Problem Details
// for HTTP APIs"), sent as application/problem+json, with two extensions:
// Code, a stable machine-readable code from the table in codes, and Field,
// the request field (JSON name, query parameter or path segment) the
// problem is about.
type Problem struct {
	Type      string `json:"type" doc:"A URI reference naming the problem type: the docs page's entry for Code." example:"/docs#problem-invalid_field"`
	Title     string `json:"title" doc:"A short summary of the problem type, the same for every occurrence of Code." example:"A field of the request is invalid"`
	Status    int    `json:"status" doc:"The HTTP status code." example:"400"`
	Detail    string `json:"detail,omitempty" doc:"What was wrong in this request and what is accepted, in English." example:"base: the amount 0e300000000 is not accepted: accepted is an amount in rubles with at most 2 decimals"`
	Instance  string `json:"instance,omitempty" doc:"The request path the problem occurred on." example:"/v1/assess"`
	Code      string `json:"code" doc:"A stable machine-readable code; the docs page lists them all." example:"invalid_field"`
	Field     string `json:"field,omitempty" doc:"The request field the problem is about, named as in the request: a JSON field (\"base\", \"payments[2].amount\"), a query parameter or a path segment." example:"base"`
	RequestID string `json:"request_id,omitempty" doc:"The request id, also sent in the X-Request-Id header and written to the access log." example:"4f1c2a9e0b7d-2a"`
}

// Codes of problems. Each is documented in codes (and on the docs page);
// a client may switch on them.
const (
	codeInvalidJSON          = "invalid_json"
	codeUnknownField         = "unknown_field"
	codeDuplicateField       = "duplicate_field"
	codeInvalidField         = "invalid_field"
	codeInvalidParameter     = "invalid_parameter"
	codeTermRequired         = "term_required"
	codeNoFixedTerm          = "no_fixed_term"
	codeInvalidTerm          = "invalid_term"
	codeOutOfRange           = "out_of_range"
	codeUnknownClaimType     = "unknown_claim_type"
	codeUnknownRule          = "unknown_rule"
	codeNotFound             = "not_found"
	codeMethodNotAllowed     = "method_not_allowed"
	codeBodyTooLarge         = "body_too_large"
	codeBatchTooLarge        = "batch_too_large"
	codeUnsupportedMediaType = "unsupported_media_type"
	codeCORSRejected         = "cors_rejected"
	codeInternal             = "internal"
)

// codeDoc documents one problem code.
type codeDoc struct {
	Code, Title string
	Status      int
	Meaning     string
}

// codes is the table of problem codes, in the order the docs page lists
// them.
var codes = []codeDoc{
	{codeInvalidJSON, "The body is not the JSON document expected", 400,
		"The body is not valid JSON, holds more than one document, repeats a member name (at any depth), or has the wrong JSON type at the top."},
	{codeUnknownField, "The request has a field this endpoint does not accept", 400,
		"An object member the endpoint does not know, at any depth; names are matched exactly (case-sensitively). Field names it."},
	{codeDuplicateField, "A field is given twice", 400,
		"The same member name appears twice in one JSON object. Field names it."},
	{codeInvalidField, "A field of the request is invalid", 400,
		"A field is missing, malformed, out of its bounds or contradicts another field. Field names it; Detail says what is accepted."},
	{codeInvalidParameter, "A query parameter or path segment is invalid", 400,
		"A query parameter or a path segment (a date, a number, a language) is missing or malformed. Field names it."},
	{codeTermRequired, "The claim type needs a term the request does not give", 400,
		"The type's term is set by the consumer or by agreement: give consumer_term or agreed_term."},
	{codeNoFixedTerm, "The claim type has no computable due date", 400,
		"The type's term ends with an event, not a date (e.g. seasonal delivery)."},
	{codeInvalidTerm, "The term is invalid", 400,
		"A term's number or unit is out of range, or an agreed term exceeds its statutory maximum."},
	{codeOutOfRange, "A date lies outside the data", 400,
		"A date, or the end of a term, lies outside the production calendar's years or past the known rates; nothing is guessed there."},
	{codeUnknownClaimType, "No claim type has this id", 400,
		"The claim_type (or the {id} path segment) is not in the catalog; GET /v1/claimtypes lists them. 404 on GET /v1/claimtypes/{id}."},
	{codeUnknownRule, "No penalty rule has this id", 400,
		"The rule of POST /v1/penalty is not one of the statutory rules listed in the contract."},
	{codeNotFound, "No such resource", 404,
		"No endpoint has this path. Paths are matched exactly: no redirect for a doubled or trailing slash."},
	{codeMethodNotAllowed, "The endpoint does not accept this method", 405,
		"The path exists but not with this method; the Allow header lists the methods it takes."},
	{codeBodyTooLarge, "The body is too large", 413,
		"The body exceeds the endpoint's limit (64 KiB for one request, 4 MiB for a batch)."},
	{codeBatchTooLarge, "The batch has too many items", 413,
		"A batch holds more claims than the service's limit (-batch-max, 1000 by default)."},
	{codeUnsupportedMediaType, "The body's media type is not accepted", 415,
		"Send Content-Type: application/json (a batch may also be application/x-ndjson). text/plain is accepted only from an allowed CORS origin, for preflight-free browser calls."},
	{codeCORSRejected, "The cross-origin request is not allowed", 403,
		"A CORS preflight from an origin, or asking for a method or header, that the service does not allow (-cors-origins)."},
	{codeInternal, "Internal error", 500,
		"A bug or an unexpected failure; the access log has the details under the request id."},
}

var codeIndex = func() map[string]codeDoc {
	m := make(map[string]codeDoc, len(codes))
	for _, c := range codes {
		m[c.Code] = c
	}
	return m
}()

// problem builds a Problem of the given code; Status and Title come from
// the table.
func problem(code, field, detail string) *Problem {
	c, ok := codeIndex[code]
	if !ok {
		c = codeIndex[codeInternal]
	}
	return &Problem{Type: "/docs#problem-" + c.Code, Title: c.Title, Status: c.Status, Detail: detail, Code: c.Code, Field: field}
}

// withStatus returns p with another status (unknown_claim_type is a 404
// on a path, a 400 in a body).
func (p *Problem) withStatus(status int) *Problem {
	p.Status = status
	return p
}

// Error lets a *Problem travel as an error inside the handlers.
func (p *Problem) Error() string { return p.Code + ": " + p.Detail }

// appendJSON writes p without reflection.
func (p *Problem) appendJSON(b []byte) []byte {
	b = append(b, `{"type":`...)
	b = law.AppendJSONString(b, p.Type)
	b = append(b, `,"title":`...)
	b = law.AppendJSONString(b, p.Title)
	b = append(b, `,"status":`...)
	b = strconv.AppendInt(b, int64(p.Status), 10)
	if p.Detail != "" {
		b = append(b, `,"detail":`...)
		b = law.AppendJSONString(b, p.Detail)
	}
	if p.Instance != "" {
		b = append(b, `,"instance":`...)
		b = law.AppendJSONString(b, p.Instance)
	}
	b = append(b, `,"code":`...)
	b = law.AppendJSONString(b, p.Code)
	if p.Field != "" {
		b = append(b, `,"field":`...)
		b = law.AppendJSONString(b, p.Field)
	}
	if p.RequestID != "" {
		b = append(b, `,"request_id":`...)
		b = law.AppendJSONString(b, p.RequestID)
	}
	return append(b, '}')
}

// writeProblem sends p as application/problem+json, filling in the
// instance and the request id.
func writeProblem(w http.ResponseWriter, r *http.Request, p *Problem) {
	p.Instance = r.URL.Path
	p.RequestID = w.Header().Get("X-Request-Id")
	buf := getBuffer()
	defer putBuffer(buf)
	*buf = append(p.appendJSON((*buf)[:0]), '\n')
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Language")
	if rw, ok := w.(*recorder); ok {
		rw.code = p.Code
	}
	w.WriteHeader(p.Status)
	_, _ = w.Write(*buf)
}

// libraryProblem turns an error of the library into a Problem: every
// caller error (a *claimtype.FieldError, a *penalty.InputError, the
// deadline and calendar sentinels) becomes a 400 naming its field; nil
// means err is not the caller's fault (a 500).
func libraryProblem(err error, field string) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		return p
	}
	var fe *claimtype.FieldError
	if errors.As(err, &fe) {
		return problem(sentinelCode(err), fe.Field, fe.Message)
	}
	var ie *penalty.InputError
	if errors.As(err, &ie) {
		return problem(sentinelCode(err), joinField(field, ie.Field), ie.Message)
	}
	switch {
	case errors.Is(err, claimtype.ErrUnknown):
		return problem(codeUnknownClaimType, "claim_type", err.Error())
	case errors.Is(err, deadline.ErrInvalidTerm), errors.Is(err, deadline.ErrOutOfRange),
		errors.Is(err, calendar.ErrInvalidDate), errors.Is(err, penalty.ErrInvalidInput), errors.Is(err, penalty.ErrOutOfRange):
		return problem(sentinelCode(err), field, err.Error())
	}
	return nil
}

// sentinelCode picks the most precise code for a library error.
func sentinelCode(err error) string {
	switch {
	case errors.Is(err, calendar.ErrUnknownRegion):
		return codeInvalidField // the library also wraps it as out of range; the region is the mistake
	case errors.Is(err, claimtype.ErrTermRequired), errors.Is(err, deadline.ErrNoTerm):
		return codeTermRequired
	case errors.Is(err, claimtype.ErrNoFixedTerm):
		return codeNoFixedTerm
	case errors.Is(err, claimtype.ErrUnknown):
		return codeUnknownClaimType
	case errors.Is(err, deadline.ErrOutOfRange), errors.Is(err, penalty.ErrOutOfRange):
		return codeOutOfRange
	case errors.Is(err, deadline.ErrInvalidTerm):
		return codeInvalidTerm
	}
	return codeInvalidField
}

// joinField prefixes a nested field name: "" + "base" is "base",
// "claims[3]" + "base" is "claims[3].base".
func joinField(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	case field[0] == '[':
		return prefix + field
	}
	return prefix + "." + field
}
