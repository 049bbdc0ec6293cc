package regulation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/zozpp/zozpp/calendar"
)

// MaxSize bounds a regulation document: a regulation is a few pages, not a
// database.
const MaxSize = 1 << 20

// The JSON form of a Spec: strings where the Go form has types, so that
// every error can name its field.
type fileSpec struct {
	ID     string            `json:"id"`
	Title  Text              `json:"title"`
	Sample bool              `json:"sample,omitempty"`
	Source Text              `json:"source,omitzero"`
	Basis  []Text            `json:"basis,omitempty"`
	Office fileOffice        `json:"office"`
	AtRisk string            `json:"at_risk,omitempty"`
	Flags  []Flag            `json:"flags,omitempty"`
	Events []Event           `json:"events,omitempty"`
	Stages []json.RawMessage `json:"stages"`
}

type fileOffice struct {
	TimeZone     string            `json:"time_zone,omitempty"`
	Region       string            `json:"region,omitempty"`
	Hours        map[string]string `json:"hours"`
	NoShortening bool              `json:"no_shortening,omitempty"`
}

type fileStage struct {
	ID         string        `json:"id"`
	Title      Text          `json:"title"`
	Kind       string        `json:"kind,omitempty"`
	Clause     string        `json:"clause,omitempty"`
	From       string        `json:"from"`
	Term       fileTerm      `json:"term"`
	Variants   []fileVariant `json:"variants,omitempty"`
	When       []string      `json:"when,omitempty"`
	Unless     []string      `json:"unless,omitempty"`
	Ends       string        `json:"ends,omitempty"`
	NoShift    bool          `json:"no_shift,omitempty"`
	AtRisk     string        `json:"at_risk,omitempty"`
	Escalation *Escalation   `json:"escalation,omitempty"`
}

type fileTerm struct {
	N    int    `json:"n"`
	Unit string `json:"unit"`
}

type fileVariant struct {
	Flag string   `json:"flag"`
	Term fileTerm `json:"term"`
}

var dayKeys = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

const acceptedDays = "weekdays (Monday to Friday), monday, tuesday, wednesday, thursday, friday"

// Load reads a regulation from r (at most MaxSize bytes); see Parse.
func Load(r io.Reader) (*Regulation, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("regulation: reading: %w", err)
	}
	return Parse(data)
}

// Parse reads a regulation from JSON and checks it (New). The format:
//
//	{
//	  "id": "sample.complaints",
//	  "title": {"ru": "Регламент …", "en": "Regulation …"},
//	  "sample": true,
//	  "source": {"ru": "…", "en": "…"}, "basis": [{"ru": "…", "en": "…"}],
//	  "office": {
//	    "time_zone": "Europe/Moscow",          // IANA; default Europe/Moscow
//	    "region": "RU-TA",                     // optional, calendar.Regions
//	    "hours": {"weekdays": "09:00-13:00, 14:00-18:00", "friday": "09:00-16:45"},
//	    "no_shortening": false                 // true: pre-holiday days stay whole
//	  },
//	  "at_risk": "2h",                         // default at-risk margin, working time
//	  "flags":  [{"id": "cross_border", "title": {"ru": "…"}}],
//	  "events": [{"id": "closed", "title": {"ru": "…"}}],
//	  "stages": [{
//	    "id": "answer", "title": {"ru": "…", "en": "…"}, "clause": "5.1",
//	    "kind": "deadline",                    // or "retention"
//	    "from": "received",                    // received, an event, an earlier stage
//	    "term": {"n": 30, "unit": "calendar_days"},
//	    "variants": [{"flag": "cross_border", "term": {"n": 60, "unit": "calendar_days"}}],
//	    "when": ["written"], "unless": [],
//	    "ends": "end_of_day",                  // or close_of_business; terms in days
//	    "no_shift": false,                     // true: ГК РФ ст. 193 not applied
//	    "at_risk": "1h",
//	    "escalation": {"action": "agree_new_term", "title": {"ru": "…"}, "to": {"ru": "…"}}
//	  }]
//	}
//
// Units: minutes, hours, working_minutes, working_hours, working_days,
// calendar_days, months, years. Durations are Go durations ("90m", "2h").
// Unknown fields are errors. Every error wraps ErrInvalid and names the
// field: "stages[2].term.unit: …".
func Parse(data []byte) (*Regulation, error) {
	spec, err := ParseSpec(data)
	if err != nil {
		return nil, err
	}
	return New(spec)
}

// ParseSpec reads the JSON form of a Spec without checking what New checks.
func ParseSpec(data []byte) (Spec, error) {
	if len(data) > MaxSize {
		return Spec{}, invalid("document", "%d bytes; at most %d", len(data), MaxSize)
	}
	var f fileSpec
	if err := decodeStrict(data, &f); err != nil {
		return Spec{}, jsonError("", err)
	}
	spec := Spec{
		ID: f.ID, Title: f.Title, Sample: f.Sample, Source: f.Source, Basis: f.Basis,
		Flags: f.Flags, Events: f.Events,
		Office: Office{TimeZone: f.Office.TimeZone, Region: f.Office.Region, NoShortening: f.Office.NoShortening},
	}
	var err error
	if spec.AtRisk, err = parseDuration("at_risk", f.AtRisk); err != nil {
		return Spec{}, err
	}
	if spec.Office.Week, err = parseWeek(f.Office.Hours); err != nil {
		return Spec{}, err
	}
	if len(f.Stages) > maxStages {
		return Spec{}, invalid("stages", "%d stages; at most %d", len(f.Stages), maxStages)
	}
	for i, raw := range f.Stages {
		p := fmt.Sprintf("stages[%d]", i)
		var fs fileStage
		if err := decodeStrict(raw, &fs); err != nil {
			return Spec{}, jsonError(p, err)
		}
		s, err := fs.stage(p)
		if err != nil {
			return Spec{}, err
		}
		spec.Stages = append(spec.Stages, s)
	}
	return spec, nil
}

func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON object")
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON object")
	}
	return nil
}

// jsonError names the field of a decoding error under prefix.
func jsonError(prefix string, err error) error {
	join := func(field string) string {
		switch {
		case prefix == "":
			return field
		case field == "":
			return prefix
		}
		return prefix + "." + field
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return invalid(join("document"), "malformed JSON at byte %d: %v", syntax.Offset, syntax)
	case errors.As(err, &typ):
		return invalid(join(typ.Field), "a JSON %s where %s is expected", typ.Value, jsonKind(typ.Type.Kind().String()))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return invalid(join(field), "unknown field; see regulation.Parse for the format")
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return invalid(join("document"), "empty or truncated JSON")
	}
	return invalid(join("document"), "%v", err)
}

func jsonKind(k string) string {
	switch k {
	case "int", "int64", "uint8":
		return "an integer"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice":
		return "a list"
	case "struct", "map", "ptr":
		return "an object"
	}
	return k
}

func parseDuration(path, s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 || d > maxAtRisk {
		return 0, invalid(path, "%q: accepted is a duration of working time such as \"30m\" or \"2h\", at most %v", law.Clip(s), maxAtRisk)
	}
	return d, nil
}

func parseWeek(hours map[string]string) (calendar.Week, error) {
	var w calendar.Week
	if len(hours) == 0 {
		return w, invalid("office.hours", "missing; accepted keys are %s, each with intervals such as \"09:00-13:00, 14:00-18:00\"", acceptedDays)
	}
	if v, ok := hours["weekdays"]; ok {
		h, err := calendar.ParseHours(v)
		if err != nil {
			return w, invalid("office.hours.weekdays", "%v", err)
		}
		w = calendar.Weekdays(h...)
	}
	for key, v := range hours {
		if key == "weekdays" {
			continue
		}
		wd, ok := dayKeys[key]
		if !ok {
			return w, invalid("office.hours."+law.Clip(key), "unknown day; accepted are %s", acceptedDays)
		}
		h, err := calendar.ParseHours(v)
		if err != nil {
			return w, invalid("office.hours."+key, "%v", err)
		}
		w[wd] = h
	}
	open := false
	for _, h := range w {
		open = open || len(h) > 0
	}
	if !open {
		return w, invalid("office.hours", "no working hours on any day")
	}
	return w, nil
}

// stage converts a stage's JSON form.
func (fs fileStage) stage(p string) (Stage, error) {
	s := Stage{
		ID: fs.ID, Title: fs.Title, Clause: fs.Clause, From: fs.From,
		When: fs.When, Unless: fs.Unless, NoShift: fs.NoShift, Escalation: fs.Escalation,
	}
	switch fs.Kind {
	case "", "deadline":
		s.Kind = Deadline
	case "retention":
		s.Kind = Retention
	default:
		return Stage{}, invalid(p+".kind", "%q: accepted are deadline (the default) and retention", law.Clip(fs.Kind))
	}
	switch fs.Ends {
	case "":
	case "close_of_business":
		s.Ends = CloseOfBusiness
	case "end_of_day":
		s.Ends = EndOfDay
	default:
		return Stage{}, invalid(p+".ends", "%q: accepted are close_of_business and end_of_day", law.Clip(fs.Ends))
	}
	var err error
	if s.Term, err = fs.Term.term(p + ".term"); err != nil {
		return Stage{}, err
	}
	if len(fs.Variants) > maxList {
		return Stage{}, invalid(p+".variants", "%d variants; at most %d", len(fs.Variants), maxList)
	}
	for j, v := range fs.Variants {
		t, err := v.Term.term(fmt.Sprintf("%s.variants[%d].term", p, j))
		if err != nil {
			return Stage{}, err
		}
		s.Variants = append(s.Variants, Variant{Flag: v.Flag, Term: t})
	}
	if s.AtRisk, err = parseDuration(p+".at_risk", fs.AtRisk); err != nil {
		return Stage{}, err
	}
	return s, nil
}

func (ft fileTerm) term(p string) (Term, error) {
	u, err := ParseUnit(ft.Unit)
	if err != nil {
		return Term{}, invalid(p+".unit", "%v", err)
	}
	if ft.N < 1 || ft.N > MaxN {
		return Term{}, invalid(p+".n", "%d: accepted is 1 to %d", ft.N, MaxN)
	}
	return Term{N: ft.N, Unit: u}, nil
}

// MarshalJSON writes the Spec in the form Parse reads.
func (s Spec) MarshalJSON() ([]byte, error) {
	f := struct {
		fileSpec
		Stages []fileStage `json:"stages"`
	}{fileSpec: fileSpec{
		ID: s.ID, Title: s.Title, Sample: s.Sample, Source: s.Source, Basis: s.Basis,
		Flags: s.Flags, Events: s.Events,
		Office: fileOffice{TimeZone: s.Office.TimeZone, Region: s.Office.Region, NoShortening: s.Office.NoShortening, Hours: map[string]string{}},
	}}
	if s.AtRisk != 0 {
		f.AtRisk = s.AtRisk.String()
	}
	for key, wd := range dayKeys {
		if h := s.Office.Week[wd]; len(h) > 0 {
			parts := make([]string, len(h))
			for i, iv := range h {
				parts[i] = iv.String()
			}
			f.Office.Hours[key] = strings.Join(parts, ", ")
		}
	}
	for _, st := range s.Stages {
		fs := fileStage{
			ID: st.ID, Title: st.Title, Clause: st.Clause, From: st.From,
			Term: fileTerm{N: st.Term.N, Unit: st.Term.Unit.String()},
			When: st.When, Unless: st.Unless, NoShift: st.NoShift, Escalation: st.Escalation,
		}
		if st.Kind == Retention {
			fs.Kind = "retention"
		}
		fs.Ends = st.Ends.String()
		if st.AtRisk != 0 {
			fs.AtRisk = st.AtRisk.String()
		}
		for _, v := range st.Variants {
			fs.Variants = append(fs.Variants, fileVariant{Flag: v.Flag, Term: fileTerm{N: v.Term.N, Unit: v.Term.Unit.String()}})
		}
		f.Stages = append(f.Stages, fs)
	}
	return json.Marshal(f)
}
