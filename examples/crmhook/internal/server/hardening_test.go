package server

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype"
)

// TestReviewReproductions: the HTTP reproductions of the reliability
// review (../shared/reviews/reliability.md, D1, D5–D7, D15) as named
// cases. Each must answer a problem with its code and field — fast (see
// TestAdversarialCPU for the time bound).
func TestReviewReproductions(t *testing.T) {
	s := newServer(t, Config{})
	big := `{"claim_type":"goods.refund","event":"2024-12-25","base":"` + strings.Repeat("9", 70<<10) + `"}`
	for _, tc := range []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		status      int
		code, field string
	}{
		// D1: the huge exponent is rejected at decode time, naming base.
		{"D1 huge exponent base 0e300000000", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"0e300000000","performed_on":"2025-02-03"}`, 400, codeInvalidField, "base"},
		{"D1 negative huge exponent -1e1000000", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"-1e1000000","performed_on":"2025-02-03"}`, 400, codeInvalidField, "base"},
		{"D1 huge exponent as a JSON number", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":1e300000000,"performed_on":"2025-02-03"}`, 400, codeInvalidField, "base"},
		{"D1 huge exponent in a payment", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.prepaid.delivery_delay","event":"2024-12-25","base":"1000","as_of":"2025-02-03","payments":[{"on":"2025-01-20","amount":"1e99999999"}]}`, 400, codeInvalidField, "payments[0].amount"},
		{"D1 huge exponent cap", "POST", "/v1/assess", "application/json",
			`{"claim_type":"osago.claim","event":"2024-12-25","base":"1000","as_of":"2025-02-03","cap":"9e2000000000"}`, 400, codeInvalidField, "cap"},
		// D5: penalty-layer errors name their field.
		{"D5 base with a fraction of a kopeck", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"0.001","performed_on":"2025-02-03"}`, 400, codeInvalidField, "base"},
		{"D5 overlapping exclusions", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"1000","performed_on":"2025-02-03","exclude":[{"from":"2025-01-12","to":"2025-01-20"},{"from":"2025-01-15","to":"2025-01-25"}]}`, 400, codeInvalidField, "exclude[1].from"},
		// D6: strict JSON at every level.
		{"D6 duplicate top-level key", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"100","base":"59990","performed_on":"2025-02-03"}`, 400, codeDuplicateField, "base"},
		{"D6 duplicate event (bad, then good)", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"bad","event":"2024-12-25","base":"59990"}`, 400, codeInvalidField, "event"},
		{"D6 nested case-insensitive keys", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.prepaid.delivery_delay","event":"2024-12-25","base":"1000","as_of":"2025-02-03","payments":[{"ON":"2025-01-20","AMOUNT":"100","amount":"200"}]}`, 400, codeUnknownField, "payments[0].ON"},
		{"D6 nested unknown key in a term", "POST", "/v1/assess", "application/json",
			`{"claim_type":"services.defects","event":"2024-12-25","base":"1000","consumer_term":{"n":14,"unit":"days","extra":1}}`, 400, codeUnknownField, "consumer_term.extra"},
		{"D6 nested unknown key in an exclusion", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"1000","exclude":[{"from":"2025-01-12","to":"2025-01-20","until":"x"}]}`, 400, codeUnknownField, "exclude[0].until"},
		{"D6 top-level miscased key", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","Event":"2024-12-25","base":"1000"}`, 400, codeUnknownField, "Event"},
		{"D6 nested duplicate key", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.prepaid.delivery_delay","event":"2024-12-25","base":"1000","as_of":"2025-02-03","payments":[{"on":"2025-01-20","amount":"1","amount":"2"}]}`, 400, codeDuplicateField, "payments[0].amount"},
		// D7: HTTP hygiene.
		{"D7 application/jsonfoo is not JSON", "POST", "/v1/assess", "application/jsonfoo", readmeBody, 415, codeUnsupportedMediaType, "Content-Type"},
		{"D7 no Content-Type", "POST", "/v1/assess", "", readmeBody, 415, codeUnsupportedMediaType, "Content-Type"},
		{"D7 text/plain without an allowed origin", "POST", "/v1/assess", "text/plain", readmeBody, 415, codeUnsupportedMediaType, "Content-Type"},
		{"D7 a form post", "POST", "/v1/assess", "application/x-www-form-urlencoded", readmeBody, 415, codeUnsupportedMediaType, "Content-Type"},
		{"D7 another charset", "POST", "/v1/assess", "application/json; charset=latin1", readmeBody, 415, codeUnsupportedMediaType, "Content-Type"},
		{"D7 malformed media type", "POST", "/v1/assess", "application/json; charset", readmeBody, 415, codeUnsupportedMediaType, "Content-Type"},
		{"D7 404 is a problem", "GET", "/v1/nothing", "", "", 404, codeNotFound, ""},
		{"D7 405 is a problem", "GET", "/v1/assess", "", "", 405, codeMethodNotAllowed, ""},
		{"D7 405 on DELETE", "DELETE", "/v1/claimtypes", "", "", 405, codeMethodNotAllowed, ""},
		{"D7 POST /v1//assess is not redirected", "POST", "/v1//assess", "application/json", readmeBody, 404, codeNotFound, ""},
		{"D7 dot segments are not redirected", "GET", "/v1/./version", "", "", 404, codeNotFound, ""},
		{"D7 trailing slash", "GET", "/v1/claimtypes/", "", "", 404, codeNotFound, ""},
		{"D7 null body", "POST", "/v1/assess", "application/json", `null`, 400, codeInvalidJSON, ""},
		{"D7 base true", "POST", "/v1/assess", "application/json", `{"claim_type":"goods.refund","event":"2024-12-25","base":true}`, 400, codeInvalidField, "base"},
		{"D7 empty body", "POST", "/v1/assess", "application/json", ``, 400, codeInvalidJSON, ""},
		{"D7 array for one claim", "POST", "/v1/assess", "application/json", `[` + readmeBody + `]`, 400, codeInvalidJSON, ""},
		{"D7 trailing data", "POST", "/v1/assess", "application/json", readmeBody + `{}`, 400, codeInvalidJSON, ""},
		{"D7 truncated", "POST", "/v1/assess", "application/json", `{"claim_type":"goods.refund","event":`, 400, codeInvalidJSON, "event"},
		{"oversized body", "POST", "/v1/assess", "application/json", big, 413, codeBodyTooLarge, ""},
		{"oversized deadline body", "POST", "/v1/deadline", "application/json", `{"place":"` + strings.Repeat("x", 70<<10) + `"}`, 413, codeBodyTooLarge, ""},
		// D2, D3, D4 reach the service through the library.
		{"D2 consumer term on a fixed type", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03","consumer_term":{"n":1000,"unit":"days"}}`, 400, codeInvalidField, "consumer_term"},
		{"D3 performed before the event", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2024-01-01"}`, 400, codeInvalidField, "performed_on"},
		{"D4 penalty from year 1", "POST", "/v1/assess", "application/json",
			`{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03","penalty_from":"0001-01-01"}`, 400, codeInvalidField, "penalty_from"},
		{"unknown claim type", "POST", "/v1/assess", "application/json", `{"claim_type":"goods.refnd","event":"2024-12-25"}`, 400, codeUnknownClaimType, "claim_type"},
		{"a term the consumer must set", "POST", "/v1/assess", "application/json", `{"claim_type":"services.defects","event":"2024-12-25","base":"1000"}`, 400, codeTermRequired, "consumer_term"},
		{"bad lang", "POST", "/v1/assess?lang=fr", "application/json", readmeBody, 400, codeInvalidParameter, "lang"},
		// An unknown region is a *claimtype.FieldError on region wrapping
		// calendar.ErrUnknownRegion: the region is the mistake, not the range.
		{"unknown region", "POST", "/v1/assess", "application/json", `{"claim_type":"goods.refund","event":"2024-12-25","region":"RU-ZZ"}`, 400, codeInvalidField, "region"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header := []string{}
			if tc.contentType != "" {
				header = append(header, "Content-Type", tc.contentType)
			}
			a := do(t, s, tc.method, tc.target, tc.body, header...)
			p := problemOf(t, a, tc.status, tc.code, tc.field)
			assert.NotEmpty(t, p["detail"])
			assert.Equal(t, a.Header.Get("X-Request-Id"), p["request_id"])
			assert.LessOrEqual(t, len(a.Body), 2048, "an error never echoes the input at length")
			assert.NotContains(t, p["detail"], "127.0.0.1", "no socket addresses in messages")
			if tc.status == 405 {
				assert.NotEmpty(t, a.Header.Get("Allow"))
			}
		})
	}
}

// TestRequestID: a sane client id is kept, anything else replaced.
func TestRequestID(t *testing.T) {
	s := newServer(t, Config{})
	a := do(t, s, "GET", "/healthz", "", "X-Request-Id", "crm-42.a:b_c")
	assert.Equal(t, "crm-42.a:b_c", a.Header.Get("X-Request-Id"))
	a = do(t, s, "GET", "/healthz", "", "X-Request-Id", "bad id with spaces")
	assert.NotEqual(t, "bad id with spaces", a.Header.Get("X-Request-Id"))
	assert.NotEmpty(t, a.Header.Get("X-Request-Id"))
	b := do(t, s, "GET", "/healthz", "")
	assert.NotEqual(t, a.Header.Get("X-Request-Id"), b.Header.Get("X-Request-Id"))
}

// TestOptions: OPTIONS without a preflight lists the methods.
func TestOptions(t *testing.T) {
	s := newServer(t, Config{})
	a := do(t, s, "OPTIONS", "/v1/assess", "")
	assert.Equal(t, http.StatusNoContent, a.Status)
	assert.Equal(t, "POST, OPTIONS", a.Header.Get("Allow"))
	a = do(t, s, "OPTIONS", "/v1/claimtypes", "")
	assert.Equal(t, "GET, HEAD, OPTIONS", a.Header.Get("Allow"))
	a = do(t, s, "OPTIONS", "/nowhere", "")
	assert.Equal(t, 404, a.Status)
	h := do(t, s, "HEAD", "/v1/version", "")
	assert.Equal(t, 200, h.Status)
}

// TestCORS: no origin is allowed by default; allowed origins get the
// headers and a correct preflight; text/plain is read as JSON only from
// them.
func TestCORS(t *testing.T) {
	closed := newServer(t, Config{})
	a := postJSON(t, closed, "/v1/assess", readmeBody, "Origin", "https://crm.example.com")
	assert.Equal(t, 200, a.Status, "a request without CORS is still answered")
	assert.Empty(t, a.Header.Get("Access-Control-Allow-Origin"), "but the browser may not read it")
	p := problemOf(t, do(t, closed, "OPTIONS", "/v1/assess", "", "Origin", "https://crm.example.com", "Access-Control-Request-Method", "POST"), 403, codeCORSRejected, "Origin")
	assert.Contains(t, p["detail"], "-cors-origins")

	s := newServer(t, Config{CORSOrigins: []string{"https://crm.example.com", "https://*.bitrix24.ru", "http://localhost:3000"}})
	for _, tc := range []struct {
		name, origin string
		allowed      bool
	}{
		{"exact", "https://crm.example.com", true},
		{"wildcard subdomain", "https://portal.bitrix24.ru", true},
		{"deep subdomain", "https://a.b.bitrix24.ru", true},
		{"the wildcard's own domain", "https://bitrix24.ru", false},
		{"a suffix that is not a subdomain", "https://evilbitrix24.ru", false},
		{"other scheme", "http://portal.bitrix24.ru", false},
		{"port", "http://localhost:3000", true},
		{"other port", "http://localhost:3001", false},
		{"null", "null", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pre := do(t, s, "OPTIONS", "/v1/assess", "", "Origin", tc.origin, "Access-Control-Request-Method", "POST",
				"Access-Control-Request-Headers", "content-type, accept-language")
			if !tc.allowed {
				problemOf(t, pre, 403, codeCORSRejected, "Origin")
				return
			}
			require.Equal(t, http.StatusNoContent, pre.Status, "%s", pre.Body)
			assert.Equal(t, tc.origin, pre.Header.Get("Access-Control-Allow-Origin"))
			assert.Equal(t, "POST", pre.Header.Get("Access-Control-Allow-Methods"))
			assert.Equal(t, "content-type, accept-language", pre.Header.Get("Access-Control-Allow-Headers"))
			assert.Equal(t, corsMaxAge, pre.Header.Get("Access-Control-Max-Age"))
			assert.Contains(t, pre.Header.Values("Vary"), "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
			a := postJSON(t, s, "/v1/assess", readmeBody, "Origin", tc.origin)
			assert.Equal(t, tc.origin, a.Header.Get("Access-Control-Allow-Origin"))
			assert.Contains(t, a.Header.Get("Access-Control-Expose-Headers"), "X-Request-Id")
			assert.Contains(t, a.Header.Get("Access-Control-Expose-Headers"), "Content-Disposition", "a page reads the file name of POST /v1/documents")
			assert.Contains(t, a.Header.Values("Vary"), "Origin")
			// The preflight-free form: a simple request with text/plain.
			txt := do(t, s, "POST", "/v1/assess", readmeBody, "Content-Type", "text/plain;charset=UTF-8", "Origin", tc.origin)
			assert.Equal(t, 200, txt.Status, "%s", txt.Body)
		})
	}
	problemOf(t, do(t, s, "OPTIONS", "/v1/assess", "", "Origin", "https://crm.example.com", "Access-Control-Request-Method", "DELETE"), 403, codeCORSRejected, "Access-Control-Request-Method")
	problemOf(t, do(t, s, "OPTIONS", "/v1/assess", "", "Origin", "https://crm.example.com", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization"), 403, codeCORSRejected, "Access-Control-Request-Headers")
	problemOf(t, do(t, s, "OPTIONS", "/v1/nowhere", "", "Origin", "https://crm.example.com", "Access-Control-Request-Method", "GET"), 404, codeNotFound, "")
	// Errors carry the CORS headers too, so the page can read the problem.
	e := postJSON(t, s, "/v1/assess", `{}`, "Origin", "https://crm.example.com")
	assert.Equal(t, "https://crm.example.com", e.Header.Get("Access-Control-Allow-Origin"))
	any := newServer(t, Config{CORSOrigins: []string{"*"}})
	assert.Equal(t, "*", do(t, any, "GET", "/healthz", "", "Origin", "https://x.example").Header.Get("Access-Control-Allow-Origin"))

	for _, bad := range []string{"crm.example.com", "https://crm.example.com/path", "ftp://x.example", "https://a.*.example.com", "https://*."} {
		_, err := parseOrigins([]string{bad})
		assert.Error(t, err, bad)
	}
}

// TestClaimProblemSentinels: the codes of DecodeClaim's refusals come from
// its sentinels, not from the wording of its messages — a message the
// library rewords keeps its code.
func TestClaimProblemSentinels(t *testing.T) {
	for _, tc := range []struct {
		name  string
		err   error
		code  string
		field string
	}{
		{"malformed JSON", &claimtype.FieldError{Field: "event", Message: "reworded", Err: claimtype.ErrMalformedJSON}, codeInvalidJSON, "event"},
		{"unknown field", &claimtype.FieldError{Field: "Event", Message: "reworded", Err: claimtype.ErrUnknownField}, codeUnknownField, "Event"},
		{"duplicate field", &claimtype.FieldError{Field: "base", Message: "reworded", Err: claimtype.ErrDuplicateField}, codeDuplicateField, "base"},
		{"wrong type of a field", &claimtype.FieldError{Field: "base", Message: "reworded", Err: claimtype.ErrWrongType}, codeInvalidField, "base"},
		{"wrong type of the document", &claimtype.FieldError{Message: "reworded", Err: claimtype.ErrWrongType}, codeInvalidJSON, ""},
		{"a field's value", &claimtype.FieldError{Field: "base", Message: "unknown field lookalike"}, codeInvalidField, "base"},
		{"unknown region", &claimtype.FieldError{Field: "region", Message: "reworded", Err: calendar.ErrUnknownRegion}, codeInvalidField, "region"},
		{"term required", &claimtype.FieldError{Field: "consumer_term", Message: "given twice lookalike", Err: claimtype.ErrTermRequired}, codeTermRequired, "consumer_term"},
		{"wrapped", fmt.Errorf("context: %w", &claimtype.FieldError{Field: "x", Message: "m", Err: claimtype.ErrDuplicateField}), codeDuplicateField, "x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := claimProblem(tc.err)
			require.NotNil(t, p)
			assert.Equal(t, tc.code, p.Code)
			assert.Equal(t, tc.field, p.Field)
		})
	}
	// And through DecodeClaim itself: each refusal carries its sentinel.
	for body, want := range map[string]error{
		`{"claim_type":"goods.refund",`:                     claimtype.ErrMalformedJSON,
		`{"claim_type":"goods.refund"}{}`:                   claimtype.ErrMalformedJSON,
		`{"claim_type":"goods.refund","Base":"1"}`:          claimtype.ErrUnknownField,
		`{"claim_type":"goods.refund","base":"1","base":2}`: claimtype.ErrDuplicateField,
		`{"claim_type":"goods.refund","base":true}`:         claimtype.ErrWrongType,
		`null`: claimtype.ErrWrongType,
	} {
		_, _, err := claimtype.DecodeClaim([]byte(body))
		assert.ErrorIs(t, err, want, body)
	}
}
