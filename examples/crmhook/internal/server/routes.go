package server

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"github.com/zozpp/zozpp/examples/documents"
)

// readmeClaim is the README's example claim, the example of the contract.
var readmeClaim = map[string]any{"claim_type": "goods.refund", "event": "2024-12-25", "base": "59990", "performed_on": "2025-02-03"}

// timelineExample is issue 14's complaint under the sample regulation: a
// written claim about a cross-border transfer received on 30.12.2025 at
// 17:30, classified on 12.01.2026, judged on 13.01.2026 at 17:00.
var timelineExample = map[string]any{"regulation": "sample", "received": "2025-12-30T17:30:00+03:00", "now": "2026-01-13T17:00:00+03:00",
	"done": map[string]any{"classify": "2026-01-12T10:00:00+03:00"}, "flags": []any{"written", "cross_border"}, "claim_type": "goods.refund"}

// routeTable lists every endpoint with its contract: the mux, the OpenAPI
// document, CORS preflights, 405 answers and the metrics all come from it.
func (s *Server) routeTable() []*route {
	return []*route{
		{method: "GET", path: "/{$}", handler: s.handleWidget, spec: opSpec{
			id: "widget", tag: "widget", summary: "The embeddable widget",
			description: "An HTML page that assesses a claim: pick a claim type, enter the dates and the amount, see the due date with its reasoning, the penalty table, the fine and a timeline. No build step, no CDN; it works inside an iframe. ?lang=en for English.",
			params:      []paramSpec{langParam},
			answerMedia: "text/html", answerSchema: &huma.Schema{Type: "string"}}},
		{method: "GET", path: "/static/{file}", handler: s.handleStatic, spec: opSpec{id: "static", hidden: true}},
		{method: "GET", path: "/docs", handler: s.handleDocs, spec: opSpec{
			id: "docs", tag: "widget", summary: "This contract as a readable page",
			answerMedia: "text/html", answerSchema: &huma.Schema{Type: "string"}}},
		{method: "GET", path: "/openapi.json", handler: s.handleSpec, spec: opSpec{
			id: "openapi", tag: "service", summary: "The OpenAPI 3.1 document",
			answerMedia: mediaJSON, answerSchema: &huma.Schema{Type: "object", Description: "An OpenAPI 3.1 document."}}},
		{method: "GET", path: "/healthz", handler: s.handleHealthz, spec: opSpec{
			id: "healthz", tag: "service", summary: "Liveness", description: "200 while the process serves requests.", answer: Health{}}},
		{method: "GET", path: "/readyz", handler: s.handleReadyz, spec: opSpec{
			id: "readyz", tag: "service", summary: "Readiness",
			description: "200 when the service takes requests; 503 with status draining after SIGTERM, for the -drain-delay, so that a load balancer stops sending requests before the listener closes.",
			answer:      Health{},
			alsoAnswers: map[int]response{503: {"Draining: the service is shutting down.", Health{}}}}},
		{method: "GET", path: "/metrics", handler: s.handleMetrics, spec: opSpec{
			id: "metrics", tag: "service", summary: "Prometheus metrics",
			description: "The Prometheus text exposition format 0.0.4: requests by route and status, durations, requests in flight, batch items, data reloads and freshness, Go runtime, resident memory.",
			answerMedia: "text/plain; version=0.0.4", answerSchema: &huma.Schema{Type: "string"}}},
		{method: "GET", path: "/v1/version", handler: s.handleVersion, spec: opSpec{
			id: "version", tag: "service", summary: "Module and data versions",
			description: "The service's and the library's module versions, and the data in use: the calendar's covered range and last official year, the key rate's last known day, where each was loaded from and when.",
			answer:      VersionAnswer{}}},
		{method: "GET", path: "/v1/claimtypes", handler: s.handleClaimTypes, spec: opSpec{
			id: "listClaimTypes", tag: "claims", summary: "The catalog of claim types",
			description: "Every claim type with its term, the event it runs from, its penalty rule and its citations, in a stable order.",
			params:      []paramSpec{langParam, acceptLanguageParam}, answer: CatalogAnswer{}}},
		{method: "GET", path: "/v1/claimtypes/{id}", handler: s.handleClaimType, spec: opSpec{
			id: "getClaimType", tag: "claims", summary: "One claim type",
			params: []paramSpec{{name: "id", in: "path", description: "The claim type's id.", schema: &huma.Schema{Type: "string", MaxLength: ptr(100)}, example: "goods.refund"},
				langParam, acceptLanguageParam},
			answer: ClaimTypeAnswer{}}},
		{method: "POST", path: "/v1/assess", handler: s.handleAssess, spec: opSpec{
			id: "assess", tag: "claims", summary: "Assess one claim",
			description: "The claim's due date with its reasoning (ГК РФ ст. 190–194), its status, the penalty so far or through performance, ст. 395 interest where the type has it, the ст. 13 п. 6 fine preview, and coded warnings (rates_stale, calendar_provisional, rates_assumed). " +
				"The body is read strictly: unknown or miscased fields and duplicate keys are errors at every level. " +
				"Content-Type application/json; text/plain is read as JSON from an allowed CORS origin (a call without a preflight).",
			params: []paramSpec{langParam, acceptLanguageParam, textParam},
			body:   ClaimInput{}, example: readmeClaim, answer: AssessmentAnswer{}}},
		{method: "POST", path: "/v1/assess/batch", handler: s.handleBatch, spec: opSpec{
			id: "assessBatch", tag: "claims", summary: "Assess many claims",
			description: "A JSON array of claims (application/json), answered by one object with a result per claim in order; or an NDJSON stream (application/x-ndjson, one claim per line), answered as NDJSON line by line as the claims are read. " +
				"Each item is {index, status: 200, assessment} or {index, status, problem}; a bad item does not stop the others. " +
				"At most -batch-max claims (1000 by default; more is a 413 batch_too_large, or in NDJSON a last line with it) and 4 MiB.",
			params: []paramSpec{langParam, acceptLanguageParam, textParam},
			body:   []ClaimInput{}, bodyMedia: []string{mediaJSON, mediaNDJSON},
			answer: BatchAnswer{}, answerDescription: "application/json for an array; for NDJSON, application/x-ndjson lines each shaped like an item of results."}},
		{method: "POST", path: "/v1/documents", handler: s.handleDocuments, spec: opSpec{
			id: "documents", tag: "documents", summary: "A claim's calculation or claim letter as a file",
			description: "The claim of POST /v1/assess, assessed, written by examples/documents: kind calculation (the default) as xlsx (formulas a clerk can recheck), docx or pdf — the facts, the penalty and ст. 395 interest tables, the fine, with filed the court fee (НК РФ ст. 333.19, 333.36), the reasoning and the warnings, in the answer's language; " +
				"kind letter as docx or pdf — the claim letter (претензия) to the seller or contractor, in Russian, for the types that have a template (goods.refund, goods.replace, goods.repair, goods.price_reduction, services.defects, …; a type without one is a 400 naming claim.claim_type). " +
				"The answer is the file, with Content-Disposition: attachment. Errors name the request's field (claim.base, letter.seller.name, format). The body is read strictly; 64 KiB at most.",
			params: []paramSpec{langParam, acceptLanguageParam},
			body:   DocumentRequest{}, example: map[string]any{"claim": readmeClaim, "format": "pdf"},
			answerFiles:       []string{documents.ContentTypeXLSX, documents.ContentTypeDOCX, documents.ContentTypePDF},
			answerDescription: "The file: xlsx, docx or pdf as format asks."}},
		{method: "POST", path: "/v1/timeline", handler: s.handleTimeline, spec: opSpec{
			id: "timeline", tag: "regulation", summary: "A complaint's timeline under an organisation's regulation",
			description: "Each stage of the regulation that applies to the complaint (by its flags): its due moment over the office's working hours, time zone and production calendar (ГК РФ ст. 191–194, ТК РФ ст. 95), its status at now (waiting, pending, at risk, overdue, done on time or late), the working time left and, when it is missed, the regulation's escalation; each due moment with coded notes. " +
				"With claim_type, the law's term for that claim beside the stages, and the note after_statutory_due on every stage that would end after it: a regulation cannot extend the law's term. " +
				"The same as claimcalc -regulation … -format json. The regulation is the shipped sample unless the body gives one (at most 64 stages, 64 KiB with the rest of the body); it counts on the embedded federal calendar and its office's region. The body is read strictly, the regulation too: its errors name the field under regulation. (regulation.stages[2].term.unit).",
			params: []paramSpec{langParam, acceptLanguageParam},
			body:   TimelineRequest{}, example: timelineExample,
			answer: TimelineAnswer{}}},
		{method: "POST", path: "/v1/deadline", handler: s.handleDeadline, spec: opSpec{
			id: "deadline", tag: "layers", summary: "Compute a term",
			description: "A term run from an event by the Civil Code's rules (ГК РФ ст. 191–194) over the production calendar, or a term set by a date, with its reasoning.",
			params:      []paramSpec{langParam, acceptLanguageParam},
			body:        DeadlineRequest{}, example: map[string]any{"event": "2024-12-25", "term": map[string]any{"n": 10, "unit": "days"}},
			answer: DeadlineResult{}}},
		{method: "POST", path: "/v1/penalty", handler: s.handlePenalty, spec: opSpec{
			id: "penalty", tag: "layers", summary: "Price a delay",
			description: "A penalty or interest for a delay, by a statutory rule or a contractual daily rate: the rows with their rates and formulas, the total, the cap and the law behind each.",
			params:      []paramSpec{langParam, acceptLanguageParam},
			body:        PenaltyRequest{}, example: map[string]any{"rule": "goods", "base": "59990", "from": "2025-01-10", "to": "2025-02-03"},
			answer: CalculationAnswer{}}},
		{method: "GET", path: "/v1/calendar/{date}", handler: s.handleCalendarDay, spec: opSpec{
			id: "calendarDay", tag: "calendar", summary: "One day of the production calendar",
			description: "Its kind (working day, weekend, holiday, transferred day off, working weekend, special non-working day), its name and the act that makes it so.",
			params: []paramSpec{{name: "date", in: "path", description: "YYYY-MM-DD or DD.MM.YYYY.", schema: &huma.Schema{Type: "string", MaxLength: ptr(40)}, example: "2025-01-08"},
				langParam, acceptLanguageParam, regionParam},
			answer: CalendarDayAnswer{}}},
		{method: "GET", path: "/v1/calendar/add", handler: s.handleWorkdaysAdd, spec: opSpec{
			id: "addWorkdays", tag: "calendar", summary: "Add N working days",
			description: "The N-th working day after from (before it for a negative N), transfers included: a working Saturday counts, a transferred day off does not.",
			params: []paramSpec{dateQuery("from", "The day to count from (need not be a working day).", "2025-04-10"),
				{name: "workdays", in: "query", required: true, description: "N, from -10000 to 10000.", schema: &huma.Schema{Type: "integer", Minimum: ptrF(-10000), Maximum: ptrF(10000)}, example: 3},
				regionParam},
			answer: WorkdaysAddAnswer{}}},
		{method: "GET", path: "/v1/calendar/count", handler: s.handleWorkdaysCount, spec: opSpec{
			id: "countWorkdays", tag: "calendar", summary: "Count working days",
			description: "Working days, non-working days and holidays in [from, to], both included.",
			params:      []paramSpec{dateQuery("from", "The first day.", "2025-01-01"), dateQuery("to", "The last day, included.", "2025-01-31"), regionParam},
			answer:      WorkdaysCountAnswer{}}},
		{method: "GET", path: "/v1/calendar/days", handler: s.handleCalendarDays, spec: opSpec{
			id: "calendarDays", tag: "calendar", summary: "The non-working days of a range",
			description: "Every day in [from, to] that is not an ordinary working day, with its kind and name: what a timeline marks. At most 3660 days.",
			params: []paramSpec{dateQuery("from", "The first day.", "2024-12-25"), dateQuery("to", "The last day, included.", "2025-02-03"),
				langParam, acceptLanguageParam, regionParam},
			answer: CalendarRangeAnswer{}}},
	}
}

func (s *Server) handleSpec(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=300")
	writeJSON(w, http.StatusOK, s.spec)
}

func (s *Server) handleMetrics(w http.ResponseWriter, _ *http.Request) {
	buf := getBuffer()
	defer putBuffer(buf)
	*buf = s.metrics.write((*buf)[:0], s.data.Load())
	h := w.Header()
	h.Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	_, _ = w.Write(*buf)
}

// textOK reports whether r may send JSON as text/plain: only a browser
// request from an allowed origin, which sends text/plain to avoid a
// preflight.
func (s *Server) textOK(r *http.Request) bool {
	o := r.Header.Get("Origin")
	return o != "" && s.cors.allowed(o)
}
