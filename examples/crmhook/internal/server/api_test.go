package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
)

// TestAssessREADME: the README's claim (ЗоЗПП ст. 22: 10 days from
// 25.12.2024 end on 04.01.2025, a holiday, so on 09.01.2025 by ГК РФ ст.
// 193; ст. 23 п. 1: 1 % of 59 990 for 25 days of delay, 10.01–03.02.2025).
func TestAssessREADME(t *testing.T) {
	s := newServer(t, Config{})
	for _, tc := range []struct {
		name, target string
		header       []string
		lang         string
		step         string
	}{
		{"default Russian", "/v1/assess", nil, "ru", "Течение срока начинается"},
		{"lang=en", "/v1/assess?lang=en", nil, "en", "The term begins"},
		{"Accept-Language", "/v1/assess", []string{"Accept-Language", "en-US,en;q=0.9"}, "en", "The term begins"},
		{"lang wins over Accept-Language", "/v1/assess?lang=ru", []string{"Accept-Language", "en"}, "ru", "Течение срока"},
		{"APPLICATION/JSON is JSON (media types are case-insensitive)", "/v1/assess", []string{"Content-Type", "APPLICATION/JSON; Charset=UTF-8"}, "ru", "Течение"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := postJSON(t, s, tc.target, readmeBody, tc.header...)
			require.Equal(t, 200, a.Status, "%s", a.Body)
			assert.Equal(t, "application/json; charset=utf-8", a.Header.Get("Content-Type"))
			assert.Equal(t, tc.lang, a.Header.Get("Content-Language"))
			m := a.JSON(t)
			assert.Equal(t, "overdue", m["status"])
			assert.EqualValues(t, 25, m["days_overdue"])
			dl := m["deadline"].(map[string]any)
			assert.Equal(t, "2025-01-09", dl["due"])
			assert.Contains(t, dl["steps"].([]any)[0].(map[string]any)["text"], tc.step)
			assert.Equal(t, "14997.50", m["penalty"].(map[string]any)["total"])
			assert.Equal(t, "7498.75", m["fine"].(map[string]any)["total"])
			assert.NotEmpty(t, a.Header.Get("X-Request-Id"))
		})
	}
}

// TestAssessEveryClaimType assesses a claim of every type of the catalog,
// in both languages, through the running and the performed forms: every
// shape the library writes is checked against the contract.
func TestAssessEveryClaimType(t *testing.T) {
	s := newServer(t, Config{})
	statuses := map[string]int{}
	for _, ct := range claimtype.All() {
		for _, lang := range []string{"ru", "en"} {
			for _, until := range []string{`"as_of":"2026-11-30"`, `"performed_on":"2026-08-15"`} {
				claim := map[string]any{}
				require.NoError(t, json.Unmarshal([]byte(`{"claim_type":"`+string(ct.ID)+`","event":"2026-06-01","base":"300000",`+until+`}`), &claim))
				switch ct.TermKind {
				case claimtype.TermSetByConsumer:
					claim["consumer_term"] = map[string]any{"n": 14, "unit": "days"}
				case claimtype.TermAgreed:
					claim["agreed_term"] = map[string]any{"n": 20, "unit": "days"}
				}
				if ct.Penalty != nil && ct.Penalty.Base.ReducedByPayments() {
					claim["payments"] = []any{map[string]any{"on": "2026-07-01", "amount": "1000"}}
				}
				body, _ := json.Marshal(claim)
				a := postJSON(t, s, "/v1/assess?lang="+lang, string(body))
				statuses[fmt.Sprint(a.Status)]++
				if a.Status != 200 {
					p := a.JSON(t)
					// A type whose term has no date, or a window, may refuse; the
					// answer must still be a coded problem naming a field.
					assert.NotEmpty(t, p["field"], "%s: %s", ct.ID, a.Body)
					assert.Contains(t, []any{codeNoFixedTerm, codeInvalidField, codeOutOfRange, codeTermRequired}, p["code"], "%s: %s", ct.ID, a.Body)
				}
			}
		}
	}
	assert.Greater(t, statuses["200"], len(claimtype.All()), "most types assess: %v", statuses)
}

func TestClaimTypes(t *testing.T) {
	s := newServer(t, Config{})
	a := do(t, s, "GET", "/v1/claimtypes?lang=en", "")
	require.Equal(t, 200, a.Status)
	m := a.JSON(t)
	assert.EqualValues(t, len(claimtype.All()), m["count"])
	first := m["claim_types"].([]any)[0].(map[string]any)
	assert.NotEmpty(t, first["id"])
	assert.Equal(t, "en", a.Header.Get("Content-Language"))

	a = do(t, s, "GET", "/v1/claimtypes/goods.refund", "")
	require.Equal(t, 200, a.Status)
	assert.Equal(t, "goods.refund", a.JSON(t)["id"])

	p := problemOf(t, do(t, s, "GET", "/v1/claimtypes/goods.refnd", ""), 404, codeUnknownClaimType, "id")
	assert.Contains(t, p["detail"], "goods.refund", "the closest ids are suggested")
}

func TestDeadline(t *testing.T) {
	s := newServer(t, Config{})
	for _, tc := range []struct {
		name, body, due string
		source          string
	}{
		{"10 days over the New Year holidays", `{"event":"2024-12-25","term":{"n":10,"unit":"days"}}`, "2025-01-09", "ГК РФ ст. 191, 193"},
		{"3 working days over a weekend", `{"event":"2025-04-10","term":{"n":3,"unit":"workdays"}}`, "2025-04-15", "ТК РФ ст. 111; ГК РФ ст. 191"},
		{"1 month from 31 January", `{"event":"2025-01-31","term":{"n":1,"unit":"months"}}`, "2025-02-28", "ГК РФ ст. 192 п. 3"},
		{"a date term moved by ст. 193", `{"on_date":"2025-01-04"}`, "2025-01-09", "ГК РФ ст. 190, 193"},
		{"no_shift keeps a holiday", `{"event":"2024-12-25","term":{"n":10,"unit":"days"},"no_shift":true}`, "2025-01-04", "ГК РФ ст. 193 not applied"},
		{"payday moved back", `{"on_date":"2025-01-04","shift_back":true}`, "2024-12-28", "ТК РФ ст. 136 ч. 8: the working Saturday 28.12.2024"},
		{"agreed within the limit", `{"event":"2025-03-01","term":{"n":30,"unit":"days"},"limit":{"n":45,"unit":"days"},"limit_basis":"Закон РФ от 07.02.1992 № 2300-1, ст. 20 п. 1"}`, "2025-03-31", "ЗоЗПП ст. 20 п. 1"},
		{"place of performance", `{"event":"2024-12-25","term":{"n":10,"unit":"days"},"place":"Asia/Vladivostok"}`, "2025-01-09", "ГК РФ ст. 194"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := postJSON(t, s, "/v1/deadline?lang=en", tc.body)
			require.Equal(t, 200, a.Status, "%s", a.Body)
			assert.Equal(t, tc.due, a.JSON(t)["due"], tc.source)
		})
	}
	for _, tc := range []struct {
		name, body, code, field string
	}{
		{"no event", `{"term":{"n":10,"unit":"days"}}`, codeInvalidField, "event"},
		{"no term", `{"event":"2024-12-25"}`, codeTermRequired, "term"},
		{"bad unit", `{"event":"2024-12-25","term":{"n":10,"unit":"fortnights"}}`, codeInvalidTerm, "term.unit"},
		{"n out of range", `{"event":"2024-12-25","term":{"n":0,"unit":"days"}}`, codeInvalidTerm, "term.n"},
		{"n not an integer", `{"event":"2024-12-25","term":{"n":1.5,"unit":"days"}}`, codeInvalidField, "term.n"},
		{"event outside the calendar", `{"event":"2040-01-01","term":{"n":10,"unit":"days"}}`, codeOutOfRange, "event"},
		{"both forms", `{"on_date":"2025-01-04","event":"2024-12-25","term":{"n":1,"unit":"days"}}`, codeInvalidField, "on_date"},
		{"agreed beyond the limit", `{"event":"2025-03-01","term":{"n":60,"unit":"days"},"limit":{"n":45,"unit":"days"},"limit_basis":"ЗоЗПП ст. 20"}`, codeInvalidTerm, "term"},
		{"limit without basis", `{"event":"2025-03-01","term":{"n":30,"unit":"days"},"limit":{"n":45,"unit":"days"}}`, codeInvalidField, "limit_basis"},
		{"bad place", `{"event":"2024-12-25","term":{"n":10,"unit":"days"},"place":"../../etc/passwd"}`, codeInvalidField, "place"},
		{"unknown region", `{"event":"2024-12-25","term":{"n":10,"unit":"days"},"region":"RU-XX"}`, codeInvalidField, "region"},
		{"bad date", `{"event":"2024-02-30","term":{"n":10,"unit":"days"}}`, codeInvalidField, "event"},
		{"nested unknown field", `{"event":"2024-12-25","term":{"n":10,"unit":"days","units":"x"}}`, codeUnknownField, "term.units"},
		{"nested miscased field", `{"event":"2024-12-25","term":{"N":10,"unit":"days"}}`, codeUnknownField, "term.N"},
		{"nested duplicate", `{"event":"2024-12-25","term":{"n":10,"n":1,"unit":"days"}}`, codeDuplicateField, "term.n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			problemOf(t, postJSON(t, s, "/v1/deadline", tc.body), 400, tc.code, tc.field)
		})
	}
}

func TestPenalty(t *testing.T) {
	s := newServer(t, Config{})
	for _, tc := range []struct {
		name, body, total, source string
	}{
		{"goods, the README's delay", `{"rule":"goods","base":"59990","from":"2025-01-10","to":"2025-02-03"}`, "14997.50", "ЗоЗПП ст. 23 п. 1: 59 990 × 1 % × 25"},
		{"services capped at the price", `{"rule":"services","base":"45000","from":"2026-10-01","to":"2026-11-29"}`, "45000.00", "ЗоЗПП ст. 28 п. 5: 3 % a day, at most the price"},
		{"contractual 0.1 % a day", `{"rule":"contract","rate_percent":"0.1","base":100000,"from":"2025-01-01","to":"2025-01-10"}`, "1000.00", "ГК РФ ст. 330: 100 000 × 0.1 % × 10"},
		{"moratorium 2022 excluded", `{"rule":"goods","base":"1000","from":"2022-03-01","to":"2022-10-31","moratorium_2022":true}`, "610.00", "ПП РФ № 497: 31 + 30 days of 245 accrue"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := postJSON(t, s, "/v1/penalty?lang=en", tc.body)
			require.Equal(t, 200, a.Status, "%s", a.Body)
			assert.Equal(t, tc.total, a.JSON(t)["total"], tc.source)
		})
	}
	for _, tc := range []struct {
		name, body, code, field string
	}{
		{"unknown rule", `{"rule":"goodz","base":"1","from":"2025-01-10","to":"2025-02-03"}`, codeUnknownRule, "rule"},
		{"contract without a rate", `{"rule":"contract","base":"1","from":"2025-01-10","to":"2025-02-03"}`, codeInvalidField, "rate_percent"},
		{"rate for a statutory rule", `{"rule":"goods","rate_percent":"5","base":"1","from":"2025-01-10","to":"2025-02-03"}`, codeInvalidField, "rate_percent"},
		{"huge exponent base", `{"rule":"goods","base":"0e300000000","from":"2025-01-10","to":"2025-02-03"}`, codeInvalidField, "base"},
		{"numeric huge exponent", `{"rule":"goods","base":1e300000000,"from":"2025-01-10","to":"2025-02-03"}`, codeInvalidField, "base"},
		{"negative base", `{"rule":"goods","base":-5,"from":"2025-01-10","to":"2025-02-03"}`, codeInvalidField, "base"},
		{"inverted period", `{"rule":"goods","base":"1000","from":"2025-02-03","to":"2025-01-10"}`, codeInvalidField, "*"},
		{"bad payment amount", `{"rule":"art395","base":"1000","from":"2025-01-10","to":"2025-02-03","payments":[{"on":"2025-01-20","amount":"0.001"}]}`, codeInvalidField, "payments[0].amount"},
		{"payment with a miscased key", `{"rule":"art395","base":"1000","from":"2025-01-10","to":"2025-02-03","payments":[{"ON":"2025-01-20","amount":"1"}]}`, codeUnknownField, "payments[0].ON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			problemOf(t, postJSON(t, s, "/v1/penalty", tc.body), 400, tc.code, tc.field)
		})
	}
}

func TestCalendarEndpoints(t *testing.T) {
	s := newServer(t, Config{})
	for _, tc := range []struct {
		name, target string
		want         map[string]any
		source       string
	}{
		{"a New Year holiday", "/v1/calendar/2025-01-08?lang=en", map[string]any{"kind": "holiday", "working": false, "name": "New Year holidays"}, "ТК РФ ст. 112 ч. 1"},
		{"a working Saturday", "/v1/calendar/28.12.2024", map[string]any{"kind": "working-weekend", "working": true}, "Постановление Правительства РФ от 04.08.2023 № 1271"},
		{"a transferred day off", "/v1/calendar/2024-12-30", map[string]any{"kind": "dayoff", "working": false}, "ПП РФ № 1271"},
		{"a special non-working day", "/v1/calendar/2020-04-01", map[string]any{"kind": "non-working"}, "Указ Президента РФ от 25.03.2020 № 206"},
		{"add 3 working days", "/v1/calendar/add?from=2025-04-10&workdays=3", map[string]any{"date": "2025-04-15", "skipped": float64(2)}, "Fri 11, Mon 14, Tue 15"},
		{"add across the New Year", "/v1/calendar/add?from=2024-12-27&workdays=2", map[string]any{"date": "2025-01-09"}, "28.12 works, 30.12–08.01 off"},
		{"back 1 working day", "/v1/calendar/add?from=2025-01-09&workdays=-1", map[string]any{"date": "2024-12-28"}, "the working Saturday"},
		{"count January 2025", "/v1/calendar/count?from=2025-01-01&to=2025-01-31", map[string]any{"workdays": float64(17), "days": float64(31)}, "production calendar 2025: 17 working days in January"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, s, "GET", tc.target, "")
			require.Equal(t, 200, a.Status, "%s", a.Body)
			m := a.JSON(t)
			for k, v := range tc.want {
				assert.Equal(t, v, m[k], "%s (%s)", k, tc.source)
			}
		})
	}
	a := do(t, s, "GET", "/v1/calendar/days?from=2024-12-25&to=2025-01-15", "")
	require.Equal(t, 200, a.Status)
	days := a.JSON(t)["days"].([]any)
	assert.Equal(t, "2024-12-28", days[0].(map[string]any)["date"])
	assert.Equal(t, "working-weekend", days[0].(map[string]any)["kind"])

	for _, tc := range []struct {
		name, target, code, field string
	}{
		{"malformed date", "/v1/calendar/2025-13-01", codeInvalidParameter, "date"},
		{"outside the calendar", "/v1/calendar/1990-01-01", codeOutOfRange, "date"},
		{"workdays not a number", "/v1/calendar/add?from=2025-01-01&workdays=x", codeInvalidParameter, "workdays"},
		{"workdays too many", "/v1/calendar/add?from=2025-01-01&workdays=100001", codeInvalidParameter, "workdays"},
		{"result outside", "/v1/calendar/add?from=2032-12-01&workdays=100", codeOutOfRange, "workdays"},
		{"to before from", "/v1/calendar/count?from=2025-02-01&to=2025-01-01", codeInvalidParameter, "to"},
		{"missing from", "/v1/calendar/count?to=2025-01-01", codeInvalidParameter, "from"},
		{"range too long", "/v1/calendar/days?from=2000-01-01&to=2030-01-01", codeInvalidParameter, "to"},
		{"bad lang", "/v1/calendar/2025-01-08?lang=de", codeInvalidParameter, "lang"},
		{"unknown region", "/v1/calendar/2025-01-08?region=RU-XX", codeInvalidParameter, "region"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			problemOf(t, do(t, s, "GET", tc.target, ""), 400, tc.code, tc.field)
		})
	}
}

func TestServiceEndpoints(t *testing.T) {
	s := newServer(t, Config{})
	a := do(t, s, "GET", "/healthz", "")
	assert.Equal(t, 200, a.Status)
	assert.JSONEq(t, `{"status":"ok"}`, string(a.Body))
	assert.Equal(t, 200, do(t, s, "GET", "/readyz", "").Status)

	v := do(t, s, "GET", "/v1/version", "").JSON(t)
	data := v["data"].(map[string]any)
	assert.Equal(t, "embedded", data["calendar"].(map[string]any)["source"].(map[string]any)["kind"])
	assert.NotEmpty(t, data["rates"].(map[string]any)["key_rate_known_through"])
	assert.EqualValues(t, s.Data().Calendar.OfficialThrough(), data["calendar"].(map[string]any)["official_through"])
	assert.Equal(t, "v1", v["api"])

	w := do(t, s, "GET", "/", "")
	require.Equal(t, 200, w.Status)
	assert.Contains(t, w.Header.Get("Content-Security-Policy"), "script-src 'self'")
	assert.NotContains(t, w.Header.Get("Content-Security-Policy"), "frame-ancestors", "the widget may be framed by a CRM")
	assert.Empty(t, w.Header.Get("X-Frame-Options"))
	assert.Contains(t, string(w.Body), `src="static/widget.js"`)
	assert.Equal(t, 200, do(t, s, "GET", "/static/widget.js", "").Status)
	assert.Equal(t, 200, do(t, s, "GET", "/static/widget.css", "").Status)
	problemOf(t, do(t, s, "GET", "/static/secret.txt", ""), 404, codeNotFound, "")

	// Draining: readiness fails, every answer closes its connection.
	s.Drain()
	r := do(t, s, "GET", "/readyz", "")
	assert.Equal(t, http.StatusServiceUnavailable, r.Status)
	assert.JSONEq(t, `{"status":"draining"}`, string(r.Body))
	assert.Equal(t, "close", r.Header.Get("Connection"))
	assert.Equal(t, 200, do(t, s, "GET", "/healthz", "").Status, "liveness holds while draining")
}

// TestMetrics: /metrics is the Prometheus text format 0.0.4 — every line
// a comment or a sample, every sample of a declared family.
func TestMetrics(t *testing.T) {
	s := newServer(t, Config{})
	postJSON(t, s, "/v1/assess", readmeBody)
	postJSON(t, s, "/v1/assess", `{}`)
	do(t, s, "GET", "/nowhere", "")
	a := do(t, s, "GET", "/metrics", "")
	require.Equal(t, 200, a.Status)
	assert.Equal(t, "text/plain; version=0.0.4; charset=utf-8", a.Header.Get("Content-Type"))
	text := string(a.Body)
	families := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "# HELP "):
			continue
		case strings.HasPrefix(line, "# TYPE "):
			f := strings.Fields(line)
			require.Len(t, f, 4, line)
			families[f[2]] = f[3]
		default:
			require.Regexp(t, `^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"\\]*"(,[a-zA-Z_][a-zA-Z0-9_]*="[^"\\]*")*\})? (-?[0-9.]+(e[+-][0-9]+)?|[+-]Inf|NaN)$`, line)
			name := line[:strings.IndexAny(line, "{ ")]
			base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "_bucket"), "_sum"), "_count")
			_, declared := families[name]
			_, declaredBase := families[base]
			assert.True(t, declared || declaredBase, "sample %s has no # TYPE", name)
		}
	}
	assert.Contains(t, text, `crmhook_http_requests_total{route="/v1/assess",method="POST",code="200"} 1`)
	assert.Contains(t, text, `crmhook_http_requests_total{route="/v1/assess",method="POST",code="400"} 1`)
	assert.Contains(t, text, `crmhook_http_requests_total{route="unmatched",method="any",code="404"} 1`)
	assert.Contains(t, text, `crmhook_http_request_duration_seconds_bucket{route="/v1/assess",method="POST",le="+Inf"} 2`)
	assert.Contains(t, text, "crmhook_rates_known_through_timestamp_seconds ")
	assert.Contains(t, text, "crmhook_build_info{")
	assert.Contains(t, text, "go_goroutines ")
}

// TestAssessmentJSON: the service writes an assessment as the library does,
// byte for byte: claimtype.Assessment.AppendJSON without the text, and
// AppendJSONWithText when the text is asked for.
func TestAssessmentJSON(t *testing.T) {
	s := newServer(t, Config{})
	for _, ct := range claimtype.All() {
		claim := `{"claim_type":"` + string(ct.ID) + `","event":"2026-06-01","base":"300000","as_of":"2026-11-30"`
		switch ct.TermKind {
		case claimtype.TermSetByConsumer:
			claim += `,"consumer_term":{"n":14,"unit":"days"}`
		case claimtype.TermAgreed:
			claim += `,"agreed_term":{"n":20,"unit":"days"}`
		}
		id, c, err := claimtype.DecodeClaim([]byte(claim + "}"))
		require.NoError(t, err)
		typ, err := claimtype.Get(id)
		require.NoError(t, err)
		a, err := typ.Assess(c)
		if err != nil {
			continue
		}
		for _, lang := range []law.Lang{law.Russian, law.English} {
			want := a.AppendJSONWithText(nil, lang)
			got := s.appendAssessment(nil, a, answerForm{lang: lang, text: true})
			require.Equal(t, string(want), string(got), "%s %s", ct.ID, lang)
			short := s.appendAssessment(nil, a, answerForm{lang: lang})
			require.Equal(t, string(a.AppendJSON(nil, lang)), string(short), "%s %s", ct.ID, lang)
			var m map[string]any
			require.NoError(t, json.Unmarshal(short, &m))
			assert.NotContains(t, m, "text")
		}
	}
	full := postJSON(t, s, "/v1/assess?text=true", readmeBody).JSON(t)
	assert.Contains(t, full["text"], "14 997,50")
	problemOf(t, postJSON(t, s, "/v1/assess?text=maybe", readmeBody), 400, codeInvalidParameter, "text")
}
