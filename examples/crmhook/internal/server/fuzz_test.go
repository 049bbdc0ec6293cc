package server

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/zozpp/zozpp/examples/documents"
)

// fuzzTarget runs body through one endpoint and checks what must hold for
// any input: no panic and no 500, a JSON answer (a problem naming a code
// for any error), bounded in size.
func fuzzTarget(f *testing.F, method, target, contentType string, seeds ...string) {
	s := newServer(f, Config{})
	for _, seed := range seeds {
		f.Add([]byte(seed))
	}
	for _, a := range adversarial() {
		if a.target == target && len(a.body) < 100<<10 {
			f.Add([]byte(a.body))
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		w := newDiscardWriterKeep()
		s.ServeHTTP(w, newRequest(method, target, body, contentType))
		if w.status >= 500 {
			t.Fatalf("status %d for %q: %s", w.status, body, w.body)
		}
		ct := w.h.Get("Content-Type")
		switch {
		case w.status == 200 && strings.HasPrefix(ct, "application/x-ndjson"):
			for _, line := range strings.Split(strings.TrimSpace(string(w.body)), "\n") {
				if line != "" && !json.Valid([]byte(line)) {
					t.Fatalf("invalid NDJSON line %q", line)
				}
			}
		case w.status == 200 && (ct == documents.ContentTypeXLSX || ct == documents.ContentTypeDOCX || ct == documents.ContentTypePDF):
			if len(w.body) == 0 || w.h.Get("Content-Disposition") == "" {
				t.Fatalf("an empty file or no Content-Disposition for %q", body)
			}
			if ct == documents.ContentTypePDF && !strings.HasPrefix(string(w.body), "%PDF-") || ct != documents.ContentTypePDF && !strings.HasPrefix(string(w.body), "PK") {
				t.Fatalf("a %s that does not start as one: %.20q", ct, w.body)
			}
		case w.status == 200:
			if !json.Valid(w.body) {
				t.Fatalf("invalid JSON answer for %q", body)
			}
		default:
			var p Problem
			if ct != "application/problem+json" || json.Unmarshal(w.body, &p) != nil || p.Code == "" || p.Status != w.status {
				t.Fatalf("status %d with %s %q", w.status, ct, w.body)
			}
			if len(w.body) > 64<<10 {
				t.Fatalf("a %d-byte problem for a %d-byte body", len(w.body), len(body))
			}
		}
	})
}

// discardWriter that keeps the body, for the fuzz checks.
type keepWriter struct {
	discardWriter
	body []byte
}

func newDiscardWriterKeep() *keepWriter {
	return &keepWriter{discardWriter: discardWriter{h: make(map[string][]string)}}
}

func (w *keepWriter) Write(b []byte) (int, error) {
	w.body = append(w.body, b...)
	return w.discardWriter.Write(b)
}

func FuzzAssess(f *testing.F) {
	fuzzTarget(f, "POST", "/v1/assess", "application/json", readmeBody,
		`{"claim_type":"goods.prepaid.delivery_delay","event":"2026-01-10","base":"40000","as_of":"2026-03-01","payments":[{"on":"2026-02-01","amount":"10000"}]}`,
		`{"claim_type":"services.defects","event":"2025-05-01","base":"1000","consumer_term":{"n":14,"unit":"days"},"performed_on":"2025-06-01"}`,
		`{"claim_type":"osago.claim","event":"2026-06-01","base":"300000","as_of":"2026-08-15","cap":"400000","region":"RU-TA"}`,
		`{"claim_type":"goods.refund","event":"2022-01-10","base":"1000","performed_on":"2022-12-01","moratorium_2022":true,"exclude":[{"from":"2022-11-01","to":"2022-11-05","basis":"ГК РФ ст. 401"}]}`)
}

func FuzzDeadline(f *testing.F) {
	fuzzTarget(f, "POST", "/v1/deadline", "application/json",
		`{"event":"2024-12-25","term":{"n":10,"unit":"days"}}`, `{"on_date":"2025-01-04","shift_back":true}`,
		`{"event":"2025-03-01","term":{"n":30,"unit":"days"},"limit":{"n":45,"unit":"days"},"limit_basis":"ЗоЗПП ст. 20 п. 1","region":"RU-TA","place":"Europe/Kaliningrad"}`)
}

func FuzzPenalty(f *testing.F) {
	fuzzTarget(f, "POST", "/v1/penalty", "application/json",
		`{"rule":"goods","base":"59990","from":"2025-01-10","to":"2025-02-03"}`,
		`{"rule":"art395","base":"120000","from":"2025-03-01","to":"2025-11-30","payments":[{"on":"2025-06-01","amount":"20000"}],"assume_last_rate":true}`,
		`{"rule":"contract","rate_percent":"0.1","cap_to_base":true,"base":1000,"from":"2025-01-01","to":"2027-01-01","rounding":"daily-amount"}`)
}

func FuzzBatch(f *testing.F) {
	fuzzTarget(f, "POST", "/v1/assess/batch", "application/x-ndjson", readmeBody+"\n"+readmeBody, "{}\n[]\n\n"+readmeBody)
}

func FuzzTimeline(f *testing.F) {
	fuzzTarget(f, "POST", "/v1/timeline", "application/json", issue14Body,
		`{"claim_type":"goods.refund","region":"RU-TA",`+issue14Body[1:],
		`{"regulation":"sample","received":"2026-05-08T17:59:59+03:00","now":"2026-05-12T09:00:00+03:00","done":{"internal_request":"2026-05-08T18:30:00+03:00","closed":"2026-06-01T10:00:00+03:00","retention":"2027-01-01T10:00:00+03:00"}}`,
		`{"regulation":{"id":"t","title":{"ru":"Т","en":"T"},"office":{"time_zone":"Asia/Yekaterinburg","region":"RU-BA","hours":{"weekdays":"09:00-13:00, 14:00-18:00","friday":"09:00-16:45"},"no_shortening":true},"at_risk":"30m",`+
			`"flags":[{"id":"w","title":{"ru":"П"}}],"events":[{"id":"e","title":{"ru":"С"}}],"stages":[{"id":"a","title":{"ru":"А"},"from":"received","term":{"n":90,"unit":"working_minutes"}},`+
			`{"id":"b","title":{"ru":"Б"},"kind":"deadline","clause":"2.1","from":"a","term":{"n":1,"unit":"months"},"variants":[{"flag":"w","term":{"n":2,"unit":"years"}}],"when":["w"],"ends":"close_of_business","no_shift":true,"at_risk":"4h",`+
			`"escalation":{"action":"x","title":{"ru":"Х"},"to":{"ru":"Р"}}},{"id":"c","title":{"ru":"В"},"kind":"retention","from":"e","term":{"n":3,"unit":"calendar_days"}}]},`+
			`"received":"2025-03-07T17:00:00+05:00","now":"2025-03-11T10:00:00+05:00","flags":["w"],"done":{"a":"2025-03-10T10:00:00+05:00"}}`)
}

func FuzzDocuments(f *testing.F) {
	fuzzTarget(f, "POST", "/v1/documents", "application/json",
		`{"claim":`+readmeBody+`,"format":"docx"}`,
		`{"claim":`+readmeBody+`,"format":"xlsx","filed":"2025-03-03","date":"2025-03-01"}`,
		`{"claim":{"claim_type":"goods.proper_quality.refund","event":"2025-01-10","base":"20000","as_of":"2025-06-01","losses":"500","base_awarded":true},"format":"docx","filed":"2025-06-02"}`,
		letterBody("docx"),
		`{"claim":{"claim_type":"services.defects","event":"2025-05-01","base":"1000","consumer_term":{"n":14,"unit":"days"}},"format":"docx","kind":"letter","letter":{"seller":{"name":"ИП"},"buyer":{"name":"И"},"demand":"устранить","demand_amount":"500"}}`)
}
