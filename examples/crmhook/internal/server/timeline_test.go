package server

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/regulation"
	sampledata "github.com/zozpp/zozpp/examples/regulation"
)

// issue14Body is issue 14's complaint: a written claim about a cross-border
// transfer received on Tuesday 30.12.2025 at 17:30 Moscow time, before the
// New Year holidays (31.12.2025–11.01.2026 off: ТК РФ ст. 112, ПП РФ от
// 24.09.2025 № 1466), classified on Monday 12.01.2026 at 10:00, judged on
// 13.01.2026 at 17:00.
const issue14Body = `{"received":"2025-12-30T17:30:00+03:00","now":"2026-01-13T17:00:00+03:00",` +
	`"done":{"classify":"2026-01-12T10:00:00+03:00"},"flags":["written","cross_border"]}`

func moment(t testing.TB, s string) time.Time {
	t.Helper()
	m, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return m
}

// libraryTimeline is what claimcalc -regulation sample -format json prints
// for issue 14's complaint: the library's calls in claimcalc's order.
func libraryTimeline(t testing.TB, lang law.Lang, claim string) []byte {
	t.Helper()
	reg, err := regulation.Parse(sampledata.Sample)
	require.NoError(t, err)
	received := moment(t, "2025-12-30T17:30:00+03:00")
	c := regulation.Complaint{Received: received, Flags: []string{"written", "cross_border"},
		Done: map[string]time.Time{"classify": moment(t, "2026-01-12T10:00:00+03:00")}}
	var opts []regulation.Option
	if claim != "" {
		typ, err := claimtype.Get(claimtype.ID(claim))
		require.NoError(t, err)
		st, err := regulation.StatutoryFor(typ, claimtype.Claim{Event: reg.Schedule().Date(received)})
		require.NoError(t, err)
		opts = append(opts, regulation.CompareWith(st))
	}
	tl, err := reg.Timeline(c, moment(t, "2026-01-13T17:00:00+03:00"), opts...)
	require.NoError(t, err)
	b, err := tl.JSON(lang)
	require.NoError(t, err)
	return b
}

// TestTimelineGolden: issue 14's complaint under the sample regulation is
// answered with exactly the library's JSON (what claimcalc prints), in
// either language, however the sample is asked for; and the figures are
// the regulation's:
//   - inform_term, 1 working hour from 17:30 on 30.12 (the office closes
//     at 18:00): 30 minutes that day, 30 more from the opening on 12.01 →
//     due 12.01 09:30, overdue at 13.01 17:00;
//   - classify, 1 working day from the day after receipt (ГК РФ ст. 191):
//     31.12–11.01 are days off, so 12.01, until the office closes at 18:00
//     (ст. 194 п. 1) → done at 10:00 on time;
//   - internal_answer waits for its event; settle_request does not apply
//     to a written claim;
//   - written_answer takes the cross_border variant, 60 calendar days from
//     31.12.2025: the last day 28.02.2026 is a Saturday, moved to Monday
//     02.03.2026 (ГК РФ ст. 193), at 24:00 → pending;
//   - retention waits for the complaint to be closed.
func TestTimelineGolden(t *testing.T) {
	s := newServer(t, Config{})
	for _, lang := range []law.Lang{law.Russian, law.English} {
		want := string(libraryTimeline(t, lang, "")) + "\n"
		for _, body := range []string{
			issue14Body,
			`{"regulation":"sample",` + issue14Body[1:],
			`{"regulation":null,` + issue14Body[1:],
			`{"regulation":` + string(sampledata.Sample) + `,` + issue14Body[1:],
		} {
			a := postJSON(t, s, "/v1/timeline?lang="+lang.String(), body)
			require.Equal(t, 200, a.Status, "%s", a.Body)
			assert.Equal(t, "application/json; charset=utf-8", a.Header.Get("Content-Type"))
			assert.Equal(t, lang.String(), a.Header.Get("Content-Language"))
			require.Equal(t, want, string(a.Body), "the service answers as the library (and claimcalc) does; body %.60s", body)
		}
	}
	m := postJSON(t, s, "/v1/timeline?lang=en", issue14Body).JSON(t)
	assert.Equal(t, "sample.complaints", m["regulation"])
	assert.Equal(t, true, m["sample"])
	assert.Equal(t, "Europe/Moscow", m["time_zone"])
	got := map[string]map[string]any{}
	var order []string
	for _, e := range m["entries"].([]any) {
		e := e.(map[string]any)
		got[e["stage"].(string)] = e
		order = append(order, e["stage"].(string))
	}
	assert.Equal(t, []string{"inform_term", "classify", "internal_answer", "written_answer", "retention"}, order, "settle_request is unless written")
	assert.Equal(t, "stage_overdue", got["inform_term"]["code"])
	assert.Equal(t, "2026-01-12T09:30:00+03:00", got["inform_term"]["due"])
	assert.NotNil(t, got["inform_term"]["escalation"], "a missed stage carries its escalation")
	assert.Equal(t, "stage_done_on_time", got["classify"]["code"])
	assert.Equal(t, "2026-01-12T18:00:00+03:00", got["classify"]["due"])
	assert.EqualValues(t, 7*3600, got["classify"]["left_seconds"], "10:00–13:00 and 14:00–18:00")
	assert.Equal(t, "stage_waiting", got["internal_answer"]["code"])
	assert.Equal(t, "stage_pending", got["written_answer"]["code"])
	assert.Equal(t, "cross_border", got["written_answer"]["variant"])
	assert.Equal(t, "2026-03-02", got["written_answer"]["due_date"])
	assert.Equal(t, "2026-03-03T00:00:00+03:00", got["written_answer"]["due"])
	assert.Equal(t, "stage_waiting", got["retention"]["code"])
	assert.Contains(t, m["text"], "Escalation")
}

// TestTimelineStatutory: with claim_type the law's term stands beside the
// stages, as claimcalc -claim shows it. goods.refund: 10 days from the
// receipt on 30.12.2025 end on 09.01.2026, a holiday, so on 12.01.2026 (ГК
// РФ ст. 191, 193; ЗоЗПП ст. 22); the written answer's 60 days end after
// it: after_statutory_due, the law's term wins.
func TestTimelineStatutory(t *testing.T) {
	s := newServer(t, Config{})
	body := `{"claim_type":"goods.refund",` + issue14Body[1:]
	for _, lang := range []law.Lang{law.Russian, law.English} {
		a := postJSON(t, s, "/v1/timeline?lang="+lang.String(), body)
		require.Equal(t, 200, a.Status, "%s", a.Body)
		require.Equal(t, string(libraryTimeline(t, lang, "goods.refund"))+"\n", string(a.Body))
	}
	m := postJSON(t, s, "/v1/timeline", body).JSON(t)
	st := m["statutory"].([]any)[0].(map[string]any)
	assert.Equal(t, "goods.refund", st["id"])
	assert.Equal(t, "2026-01-12", st["due"])
	assert.Equal(t, "statutory_expired", st["code"], "13.01 17:00 is after 24:00 of 12.01")
	var after []string
	for _, e := range m["entries"].([]any) {
		e := e.(map[string]any)
		notes, _ := e["notes"].([]any)
		for _, n := range notes {
			if n.(map[string]any)["code"] == "after_statutory_due" {
				after = append(after, e["stage"].(string))
			}
		}
	}
	assert.Equal(t, []string{"written_answer"}, after)
}

// TestTimelineOwnRegulation: a regulation in the body, with every field,
// in an office of Tatarstan whose own holidays count; now defaults to the
// server's clock.
func TestTimelineOwnRegulation(t *testing.T) {
	s := newServer(t, Config{})
	reg, err := os.ReadFile("testdata/regulation_full.json")
	require.NoError(t, err)
	before := time.Now()
	a := postJSON(t, s, "/v1/timeline?lang=en", `{"regulation":`+string(reg)+`,"received":"2025-10-27T10:00:00+03:00","flags":["written"]}`)
	require.Equal(t, 200, a.Status, "%s", a.Body)
	m := a.JSON(t)
	assert.Equal(t, "test.full", m["regulation"])
	assert.Equal(t, "RU-TA", m["region"])
	now, err := time.Parse(time.RFC3339Nano, m["now"].(string))
	require.NoError(t, err)
	assert.WithinDuration(t, before, now, time.Minute, "now is the server's clock when the body has none")
	e := m["entries"].([]any)[0].(map[string]any)
	assert.Equal(t, "answer", e["stage"])
	// 30 days from 28.10.2025 end on 26.11.2025, a Wednesday; 06.11 is the
	// Constitution Day of Tatarstan, a regional holiday within the term.
	assert.Equal(t, "2025-11-26", e["due_date"])
	var codes []string
	for _, n := range e["notes"].([]any) {
		codes = append(codes, n.(map[string]any)["code"].(string))
	}
	assert.Contains(t, codes, "regional_holiday")
}

// TestTimelineBadInput: every mistake is a problem naming the field as
// sent; the regulation's under regulation.
func TestTimelineBadInput(t *testing.T) {
	s := newServer(t, Config{})
	const rcv = `"received":"2025-12-30T17:30:00+03:00"`
	stage := `{"id":"a","title":{"ru":"А"},"from":"received","term":{"n":1,"unit":"working_days"}}`
	reg := func(stages string, extra string) string {
		return `{"regulation":{"id":"t","title":{"ru":"Т"},"office":{"hours":{"weekdays":"09:00-18:00"}}` + extra + `,"stages":[` + stages + `]},` + rcv + `}`
	}
	for _, tc := range []struct {
		name, body, code, field string
	}{
		{"no received", `{}`, codeInvalidField, "received"},
		{"a date, not a moment", `{"received":"2025-12-30"}`, codeInvalidField, "received"},
		{"a moment without its zone", `{"received":"2025-12-30T17:30:00"}`, codeInvalidField, "received"},
		{"the zero moment", `{"received":"0001-01-01T00:00:00Z"}`, codeInvalidField, "received"},
		{"received a number", `{"received":20251230}`, codeInvalidField, "received"},
		{"bad now", `{` + rcv + `,"now":"tomorrow"}`, codeInvalidField, "now"},
		{"bad done moment", `{` + rcv + `,"done":{"classify":"12.01.2026"}}`, codeInvalidField, "done.classify"},
		{"done: not a stage", `{` + rcv + `,"done":{"clasify":"2026-01-12T10:00:00+03:00"}}`, codeInvalidField, "done.clasify"},
		{"done before received", `{` + rcv + `,"done":{"classify":"2025-12-30T17:00:00+03:00"}}`, codeInvalidField, "done.classify"},
		{"done: received", `{` + rcv + `,"done":{"received":"2025-12-30T17:30:00+03:00"}}`, codeInvalidField, "done.received"},
		{"done twice", `{` + rcv + `,"done":{"classify":"2026-01-12T10:00:00+03:00","classify":"2026-01-12T11:00:00+03:00"}}`, codeDuplicateField, "done.classify"},
		{"undeclared flag", `{` + rcv + `,"flags":["written","urgent"]}`, codeInvalidField, "flags[1]"},
		{"flags not a list", `{` + rcv + `,"flags":"written"}`, codeInvalidField, "flags"},
		{"unknown field", `{` + rcv + `,"recieved":"x"}`, codeUnknownField, "recieved"},
		{"miscased field", `{"Received":"2025-12-30T17:30:00+03:00"}`, codeUnknownField, "Received"},
		{"duplicate field", `{` + rcv + `,` + rcv + `}`, codeDuplicateField, "received"},
		{"unknown claim type", `{` + rcv + `,"claim_type":"goods.refnd"}`, codeUnknownClaimType, "claim_type"},
		{"a claim type whose term the consumer sets", `{` + rcv + `,"claim_type":"services.defects"}`, codeTermRequired, "claim_type"},
		{"region without claim_type", `{` + rcv + `,"region":"RU-TA"}`, codeInvalidField, "region"},
		{"unknown region", `{` + rcv + `,"claim_type":"goods.refund","region":"RU-ZZ"}`, codeInvalidField, "region"},
		{"received outside the calendar", `{"received":"1990-01-01T10:00:00+03:00"}`, codeOutOfRange, "received"},
		{"regulation: another string", `{"regulation":"mine",` + rcv + `}`, codeInvalidField, "regulation"},
		{"regulation: a number", `{"regulation":5,` + rcv + `}`, codeInvalidField, "regulation"},
		{"regulation: an array", `{"regulation":[],` + rcv + `}`, codeInvalidField, "regulation"},
		{"regulation: unknown field", reg(stage, `,"owner":"x"`), codeUnknownField, "regulation.owner"},
		{"regulation: miscased field", reg(stage, `,"At_risk":"1h"`), codeUnknownField, "regulation.At_risk"},
		{"regulation: nested unknown field", reg(`{"id":"a","title":{"ru":"А"},"from":"received","term":{"n":1,"unit":"working_days","units":1}}`, ""), codeUnknownField, "regulation.stages[0].term.units"},
		{"regulation: duplicate key", reg(stage, `,"id":"u"`), codeDuplicateField, "regulation.id"},
		{"regulation: wrong type", reg(`{"id":"a","title":{"ru":"А"},"from":"received","term":{"n":"1","unit":"working_days"}}`, ""), codeInvalidField, "regulation.stages[0].term.n"},
		{"regulation: bad unit", reg(`{"id":"a","title":{"ru":"А"},"from":"received","term":{"n":1,"unit":"fortnights"}}`, ""), codeInvalidField, "regulation.stages[0].term.unit"},
		{"regulation: no stages", reg(``, ""), codeInvalidField, "regulation.stages"},
		{"regulation: from a later stage", reg(`{"id":"a","title":{"ru":"А"},"from":"b","term":{"n":1,"unit":"hours"}},`+strings.Replace(stage, `"a"`, `"b"`, 1), ""), codeInvalidField, "regulation.stages[0].from"},
		{"regulation: bad zone", `{"regulation":{"id":"t","title":{"ru":"Т"},"office":{"time_zone":"Mars/Olympus","hours":{"weekdays":"09:00-18:00"}},"stages":[` + stage + `]},` + rcv + `}`, codeInvalidField, "regulation.office.time_zone"},
		{"regulation: bad hours", `{"regulation":{"id":"t","title":{"ru":"Т"},"office":{"hours":{"weekdays":"18:00-09:00"}},"stages":[` + stage + `]},` + rcv + `}`, codeInvalidField, "regulation.office.hours.weekdays"},
		{"regulation: Saturday hours", `{"regulation":{"id":"t","title":{"ru":"Т"},"office":{"hours":{"saturday":"10:00-14:00"}},"stages":[` + stage + `]},` + rcv + `}`, codeUnknownField, "regulation.office.hours.saturday"},
		{"regulation: bad id", `{"regulation":{"id":"Т","title":{"ru":"Т"},"office":{"hours":{"weekdays":"09:00-18:00"}},"stages":[` + stage + `]},` + rcv + `}`, codeInvalidField, "regulation.id"},
		{"regulation: bad at_risk", reg(stage, `,"at_risk":"soon"`), codeInvalidField, "regulation.at_risk"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := postJSON(t, s, "/v1/timeline", tc.body)
			p := problemOf(t, a, 400, tc.code, tc.field)
			assert.NotEmpty(t, p["detail"])
			assert.LessOrEqual(t, len(a.Body), 2048, "an error never echoes the input at length")
		})
	}
	problemOf(t, postJSON(t, s, "/v1/timeline?lang=de", issue14Body), 400, codeInvalidParameter, "lang")
	big := `{"regulation":{"id":"` + strings.Repeat("x", maxBody) + `"},` + rcv + `}`
	problemOf(t, postJSON(t, s, "/v1/timeline", big), 413, codeBodyTooLarge, "")
	problemOf(t, do(t, s, "POST", "/v1/timeline", issue14Body, "Content-Type", "text/plain"), 415, codeUnsupportedMediaType, "Content-Type")
}

// TestRegulationInputMatchesParse: the contract's regulation is the format
// regulation.Parse reads. testdata/regulation_full.json sets every field of
// RegulationInput at every level, and the library parses it, so the
// contract offers no field the library refuses; the library's own writing
// of it (Spec.MarshalJSON) reads strictly into RegulationInput, so the
// contract refuses no field the library writes.
func TestRegulationInputMatchesParse(t *testing.T) {
	data, err := os.ReadFile("testdata/regulation_full.json")
	require.NoError(t, err)
	var in RegulationInput
	require.NoError(t, jsonv2.Unmarshal(data, &in, strictOptions))
	assertEveryField(t, reflect.ValueOf(in), "regulation")
	reg, err := regulation.Parse(data)
	require.NoError(t, err, "the library reads every field of the contract")
	written, err := json.Marshal(reg.Spec())
	require.NoError(t, err)
	var back RegulationInput
	require.NoError(t, jsonv2.Unmarshal(written, &back, strictOptions), "the contract reads what the library writes: %s", written)
	for _, raw := range [][]byte{sampledata.Sample} {
		var s RegulationInput
		require.NoError(t, jsonv2.Unmarshal(raw, &s, strictOptions), "the shipped sample is read strictly")
	}
}

// assertEveryField fails for a zero field of v, following the first item
// of lists and pointers.
func assertEveryField(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if assert.False(t, v.IsNil(), "%s is not set", path) {
			assertEveryField(t, v.Elem(), path)
		}
	case reflect.Slice:
		if assert.Positive(t, v.Len(), "%s is empty", path) {
			assertEveryField(t, v.Index(0), path+"[0]")
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
			assertEveryField(t, v.Field(i), path+"."+name)
		}
	default:
		assert.False(t, v.IsZero(), "%s is not set", path)
	}
}

// BenchmarkTimeline measures issue 14's complaint through the handler,
// with the statutory term of goods.refund: the sample regulation is parsed
// once, at start.
func BenchmarkTimeline(b *testing.B) {
	s := newServer(b, Config{})
	body := []byte(`{"claim_type":"goods.refund",` + issue14Body[1:])
	b.ReportAllocs()
	for b.Loop() {
		w := newDiscardWriter()
		s.ServeHTTP(w, newRequest("POST", "/v1/timeline", body, "application/json"))
		if w.status != 200 {
			b.Fatal(w.status)
		}
	}
}
