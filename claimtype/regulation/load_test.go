package regulation_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype/regulation"
)

// minimal is a small valid regulation with three stages.
const minimal = `{
 "id": "t",
 "title": {"ru": "Тест"},
 "office": {"hours": {"weekdays": "09:00-18:00"}},
 "flags": [{"id": "f", "title": {"ru": "признак"}}],
 "events": [{"id": "e", "title": {"ru": "событие"}}],
 "stages": [
  {"id": "a", "title": {"ru": "А"}, "from": "received", "term": {"n": 1, "unit": "working_hours"}},
  {"id": "b", "title": {"ru": "Б"}, "from": "a", "term": {"n": 2, "unit": "working_days"}},
  {"id": "c", "title": {"ru": "В"}, "from": "e", "term": {"n": 30, "unit": "calendar_days"}}
 ]
}`

// edit applies changes to minimal, given as a JSON document path → value;
// a nil value deletes.
func edit(t *testing.T, changes map[string]any) []byte {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(minimal), &doc))
	for path, v := range changes {
		var node any = doc
		keys := strings.Split(path, ".")
		for _, k := range keys[:len(keys)-1] {
			node = step(node, k)
		}
		last := keys[len(keys)-1]
		switch n := node.(type) {
		case map[string]any:
			if v == nil {
				delete(n, last)
			} else {
				n[last] = v
			}
		case []any:
			var i int
			_, err := fmt.Sscan(last, &i)
			require.NoError(t, err)
			n[i] = v
		}
	}
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	return b
}

func step(node any, k string) any {
	if m, ok := node.(map[string]any); ok {
		return m[k]
	}
	var i int
	_, _ = fmt.Sscan(k, &i)
	return node.([]any)[i]
}

// TestParseErrorsNameTheField: every error names the field that is wrong
// and says what is accepted.
func TestParseErrorsNameTheField(t *testing.T) {
	_, err := regulation.Parse([]byte(minimal))
	require.NoError(t, err)
	for _, tc := range []struct {
		name    string
		doc     []byte
		field   string
		message string
	}{
		{"unit", edit(t, map[string]any{"stages.2.term.unit": "weeks"}), "stages[2].term.unit", "accepted are minutes, hours"},
		{"zero term", edit(t, map[string]any{"stages.0.term.n": 0}), "stages[0].term.n", "accepted is 1 to 100000"},
		{"huge term", edit(t, map[string]any{"stages.0.term.n": 1e6}), "stages[0].term.n", "accepted is 1 to 100000"},
		{"term type", edit(t, map[string]any{"stages.1.term.n": "two"}), "stages[1].term.n", "a JSON string where an integer is expected"},
		{"unknown field", edit(t, map[string]any{"colour": "red"}), "colour", "unknown field"},
		{"unknown stage field", edit(t, map[string]any{"stages.1.deadline": "soon"}), "stages[1].deadline", "unknown field"},
		{"id", edit(t, map[string]any{"id": "Big Id"}), "id", "identifier"},
		{"title", edit(t, map[string]any{"title": map[string]any{"en": "only English"}}), "title.ru", "the Russian text is required"},
		{"zone", edit(t, map[string]any{"office.time_zone": "Mars/Olympus"}), "office.time_zone", "IANA zone name"},
		{"local zone", edit(t, map[string]any{"office.time_zone": "Local"}), "office.time_zone", "IANA zone name"},
		{"region", edit(t, map[string]any{"office.region": "RU-CE"}), "office.region", "covered are RU-BA"},
		{"no hours", edit(t, map[string]any{"office.hours": map[string]any{}}), "office.hours", "missing"},
		{"closed all week", edit(t, map[string]any{"office.hours": map[string]any{"weekdays": "closed"}}), "office.hours", "no working hours"},
		{"bad day", edit(t, map[string]any{"office.hours": map[string]any{"funday": "09:00-18:00"}}), "office.hours.funday", "unknown day"},
		{"bad hours", edit(t, map[string]any{"office.hours": map[string]any{"weekdays": "18:00-09:00"}}), "office.hours.weekdays", "cannot cross midnight"},
		{"saturday", edit(t, map[string]any{"office.hours": map[string]any{"weekdays": "09:00-18:00", "saturday": "10:00-14:00"}}), "office.hours", "saturday has hours"},
		{"forward from", edit(t, map[string]any{"stages.0.from": "b"}), "stages[0].from", "accepted are received, e"},
		{"unknown from", edit(t, map[string]any{"stages.1.from": "nowhere"}), "stages[1].from", "an event, or a stage listed earlier"},
		{"duplicate", edit(t, map[string]any{"stages.1.id": "a"}), "stages[1].id", "already a stage or an event"},
		{"stage named like an event", edit(t, map[string]any{"stages.1.id": "e"}), "stages[1].id", "already a stage or an event"},
		{"variant flag", edit(t, map[string]any{"stages.2.variants": []any{map[string]any{"flag": "g", "term": map[string]any{"n": 1, "unit": "years"}}}}),
			"stages[2].variants[0].flag", "declared are f"},
		{"variant term", edit(t, map[string]any{"stages.2.variants": []any{map[string]any{"flag": "f", "term": map[string]any{"n": 1, "unit": "eons"}}}}),
			"stages[2].variants[0].term.unit", "accepted are"},
		{"when", edit(t, map[string]any{"stages.0.when": []any{"g"}}), "stages[0].when[0]", "not a declared flag"},
		{"unless", edit(t, map[string]any{"stages.0.unless": []any{"g"}}), "stages[0].unless[0]", "not a declared flag"},
		{"ends on the clock", edit(t, map[string]any{"stages.0.ends": "end_of_day"}), "stages[0].ends", "apply to terms in days"},
		{"ends value", edit(t, map[string]any{"stages.2.ends": "dusk"}), "stages[2].ends", "close_of_business and end_of_day"},
		{"no_shift on working days", edit(t, map[string]any{"stages.1.no_shift": true}), "stages[1].no_shift", "always ends on a working day"},
		{"kind", edit(t, map[string]any{"stages.0.kind": "wish"}), "stages[0].kind", "deadline (the default) and retention"},
		{"margin", edit(t, map[string]any{"at_risk": "-1h"}), "at_risk", "a duration of working time"},
		{"stage margin", edit(t, map[string]any{"stages.0.at_risk": "soon"}), "stages[0].at_risk", "a duration of working time"},
		{"escalation", edit(t, map[string]any{"stages.0.escalation": map[string]any{"action": "", "title": map[string]any{"ru": "x"}}}),
			"stages[0].escalation.action", "identifier"},
		{"escalation title", edit(t, map[string]any{"stages.0.escalation": map[string]any{"action": "x"}}), "stages[0].escalation.title.ru", "required"},
		{"flag twice", edit(t, map[string]any{"flags": []any{map[string]any{"id": "f", "title": map[string]any{"ru": "1"}}, map[string]any{"id": "f", "title": map[string]any{"ru": "2"}}}}),
			"flags[1].id", "declared twice"},
		{"event named received", edit(t, map[string]any{"events": []any{map[string]any{"id": "received", "title": map[string]any{"ru": "1"}}}}),
			"events[0].id", "built-in"},
		{"no stages", edit(t, map[string]any{"stages": []any{}}), "stages", "accepted is 1 to 64"},
		{"stages type", edit(t, map[string]any{"stages": "all"}), "stages", "a JSON string where a list is expected"},
		{"long text", edit(t, map[string]any{"title": map[string]any{"ru": strings.Repeat("я", 600)}}), "title", "longer than"},
		{"malformed", []byte(`{"id": `), "document", "truncated"},
		{"syntax", []byte(`{"id": "t",,}`), "document", "malformed JSON at byte"},
		{"trailing", []byte(minimal + `{}`), "document", "data after the JSON object"},
		{"empty", nil, "document", "empty"},
		{"too big", bytes.Repeat([]byte(" "), regulation.MaxSize+1), "document", "at most"},
	} {
		_, err := regulation.Parse(tc.doc)
		require.ErrorIs(t, err, regulation.ErrInvalid, tc.name)
		assert.Contains(t, err.Error(), "regulation: invalid regulation: "+tc.field+": ", tc.name)
		assert.Contains(t, err.Error(), tc.message, tc.name)
	}
	many := edit(t, nil)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(many, &doc))
	stages := doc["stages"].([]any)
	for i := 3; i <= 64; i++ {
		stages = append(stages, map[string]any{"id": fmt.Sprintf("s%d", i), "title": map[string]any{"ru": "x"}, "from": "received",
			"term": map[string]any{"n": 1, "unit": "hours"}})
	}
	doc["stages"] = stages
	many, _ = json.Marshal(doc)
	_, err = regulation.Parse(many)
	require.ErrorIs(t, err, regulation.ErrInvalid)
	assert.Contains(t, err.Error(), "stages: 65 stages; at most 64")
}

// TestSpecRoundTrip: a Spec written with MarshalJSON reads back the same.
func TestSpecRoundTrip(t *testing.T) {
	data, err := os.ReadFile(samplePath)
	require.NoError(t, err)
	spec, err := regulation.ParseSpec(data)
	require.NoError(t, err)
	out, err := json.Marshal(spec)
	require.NoError(t, err)
	back, err := regulation.ParseSpec(out)
	require.NoError(t, err)
	assert.Equal(t, spec, back)
	r, err := regulation.New(back)
	require.NoError(t, err)
	assert.Equal(t, "sample.complaints", r.ID())
	assert.Equal(t, spec, r.Spec())
}

// TestSample: the shipped sample says what it is and computes on the
// federal calendar in Moscow.
func TestSample(t *testing.T) {
	r := sample(t)
	spec := r.Spec()
	assert.True(t, spec.Sample, "the sample says it is one")
	assert.Contains(t, spec.Source.RU, "Р 50.1.076-2011")
	assert.Contains(t, spec.Source.RU, "не закон")
	assert.Len(t, spec.Stages, 6)
	assert.Equal(t, "Europe/Moscow", r.Schedule().Location().String())
	assert.Same(t, calendar.Russia(), r.Calendar())
	assert.Equal(t, "Регламент рассмотрения обращений и претензий клиентов (образец)", r.Title().RU)
	clause := r.Clause("written_answer")
	assert.Equal(t, law.Regulation, clause.Act.Kind)
	assert.Equal(t, "внутренний регламент организации «Регламент рассмотрения обращений и претензий клиентов (образец)», п. 5", clause.Text(law.Russian))
	assert.True(t, r.Clause("nothing").IsZero())

	// The Spec is a copy: changing it does not change the regulation.
	spec.Stages[0].Term.N = 99
	spec.Office.Week[time.Monday][0].End = calendar.At(23, 0)
	assert.Equal(t, 1, r.Spec().Stages[0].Term.N)
	assert.Equal(t, calendar.At(13, 0), r.Spec().Office.Week[time.Monday][0].End)
}

func TestUnits(t *testing.T) {
	for u := regulation.Minutes; u <= regulation.Years; u++ {
		b, err := u.MarshalText()
		require.NoError(t, err)
		var back regulation.Unit
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, u, back)
		assert.Equal(t, string(b), u.String())
	}
	var u regulation.Unit
	assert.ErrorIs(t, u.UnmarshalText([]byte("fortnights")), regulation.ErrInvalid)
	_, err := regulation.Unit(0).MarshalText()
	assert.ErrorIs(t, err, regulation.ErrInvalid)
	assert.Equal(t, "unit(42)", regulation.Unit(42).String())
}
