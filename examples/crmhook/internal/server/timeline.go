package server

import (
	"bytes"
	"errors"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/regulation"
	sampledata "github.com/zozpp/zozpp/examples/regulation"
)

// POST /v1/timeline (issue 14): a complaint's timeline under an
// organisation's regulation — what `claimcalc -regulation FILE|sample
// -received … -now … -done STAGE=MOMENT,… -flags … -claim ID` prints with
// -format json, from the same library calls in the same order, so that the
// CLI and the service answer alike.

// Moment is a moment in a request: an RFC 3339 date-time with its zone,
// read by time.Parse(time.RFC3339) as claimcalc reads -received.
type Moment time.Time

// UnmarshalText reads an RFC 3339 date-time.
func (m *Moment) UnmarshalText(b []byte) error {
	if len(b) > 64 {
		return problem(codeInvalidField, "", "longer than 64 bytes: accepted is an RFC 3339 date-time with its zone, e.g. 2025-12-30T17:30:00+03:00")
	}
	t, err := time.Parse(time.RFC3339, string(b))
	if err != nil {
		return problem(codeInvalidField, "", quoteClip(string(b))+" is not accepted: accepted is an RFC 3339 date-time with its zone, e.g. 2025-12-30T17:30:00+03:00")
	}
	if t.IsZero() {
		return problem(codeInvalidField, "", "the zero moment 0001-01-01T00:00:00Z is not accepted: give the moment it happened")
	}
	*m = Moment(t)
	return nil
}

// RegulationValue is the regulation of a request as sent: an object, or
// the string "sample". It is kept raw: the object is read strictly into
// RegulationInput for its errors and then by regulation.Parse.
type RegulationValue struct{ raw []byte }

// UnmarshalJSON keeps the value; the decoder has already checked its
// syntax and that no name repeats.
func (v *RegulationValue) UnmarshalJSON(b []byte) error {
	v.raw = append(v.raw[:0], b...)
	return nil
}

// sampleRegulation is examples/regulation's sample, parsed once: the
// default of every request.
var sampleRegulation = func() *regulation.Regulation {
	r, err := regulation.Parse(sampledata.Sample)
	if err != nil {
		panic("server: the shipped sample regulation does not parse: " + err.Error())
	}
	return r
}()

// regulationOf returns the request's regulation: the sample when none is
// given or "sample", else the object, parsed.
func (req *TimelineRequest) regulationOf() (*regulation.Regulation, *Problem) {
	if req.Regulation == nil {
		return sampleRegulation, nil
	}
	raw := bytes.TrimSpace(req.Regulation.raw)
	switch {
	case len(raw) == 0 || bytes.Equal(raw, []byte("null")) || bytes.Equal(raw, []byte(`"sample"`)):
		return sampleRegulation, nil
	case raw[0] != '{':
		return nil, problem(codeInvalidField, "regulation", "got "+jsonKindName(raw[0])+`: accepted is a regulation object (see RegulationInput) or "sample"`)
	}
	// The library reads the regulation with encoding/json, which matches
	// names case-insensitively; reading it first into the contract's
	// mirror refuses a miscased or unknown name and a wrong type with the
	// field named, as in every other body.
	var in RegulationInput
	if p := decodeStrict(raw, &in, "regulation"); p != nil {
		return nil, p
	}
	reg, err := regulation.Parse(raw)
	if err != nil {
		if p := regulationProblem(err); p != nil {
			return nil, p
		}
		return nil, problem(codeInvalidField, "regulation", clip2(err.Error()))
	}
	return reg, nil
}

// regulationProblem names the field of a regulation.ErrInvalid error under
// "regulation.". The package has no field error type: its messages read
// "regulation: invalid regulation: stages[2].term.unit: …", so the field
// is taken from there (see the report on issue 14).
func regulationProblem(err error) *Problem {
	if !errors.Is(err, regulation.ErrInvalid) {
		return nil
	}
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, "regulation: "+regulation.ErrInvalid.Error()+": ")
	if !ok {
		return problem(codeInvalidField, "regulation", clip2(trimPrefix(msg)))
	}
	path, detail, ok := strings.Cut(rest, ": ")
	if !ok || path == "document" || path == "" || strings.ContainsAny(path, " ,") {
		return problem(codeInvalidField, "regulation", clip2(rest))
	}
	return problem(codeInvalidField, "regulation."+path, clip2(detail))
}

// complaint checks the complaint against the regulation, naming the field
// of every mistake, and builds it. Timeline checks the same; checking here
// names the request's fields (flags[1], done.classify) instead.
func (req *TimelineRequest) complaint(reg *regulation.Regulation) (regulation.Complaint, *Problem) {
	var c regulation.Complaint
	if req.Received == nil {
		return c, problem(codeInvalidField, "received", "required: the moment the complaint was received, RFC 3339 with its zone, e.g. 2025-12-30T17:30:00+03:00")
	}
	c.Received = time.Time(*req.Received)
	spec := reg.Spec()
	declared := make(map[string]bool, len(spec.Flags))
	for _, f := range spec.Flags {
		declared[f.ID] = true
	}
	for i, f := range req.Flags {
		if !declared[f] {
			return c, problem(codeInvalidField, "flags["+strconv.Itoa(i)+"]", "flag "+quoteClip(f)+" is not declared by the regulation "+quoteClip(spec.ID)+"; declared are "+idList(spec.Flags, func(f regulation.Flag) string { return f.ID }))
		}
	}
	c.Flags = req.Flags
	if len(req.Done) > 0 {
		known := make(map[string]bool, len(spec.Stages)+len(spec.Events))
		for _, s := range spec.Stages {
			known[s.ID] = true
		}
		for _, e := range spec.Events {
			known[e.ID] = true
		}
		c.Done = make(map[string]time.Time, len(req.Done))
		for _, id := range slices.Sorted(maps.Keys(req.Done)) { // the first mistake in a stable order
			field := joinField("done", law.Clip(id))
			at := time.Time(req.Done[id])
			switch {
			case id == regulation.Received:
				return c, problem(codeInvalidField, field, "the receipt is received, not a stage done")
			case !known[id]:
				return c, problem(codeInvalidField, field, quoteClip(id)+" is not a stage or event of "+quoteClip(spec.ID)+"; accepted are "+
					idList(spec.Stages, func(s regulation.Stage) string { return s.ID })+", "+idList(spec.Events, func(e regulation.Event) string { return e.ID }))
			case at.Before(c.Received):
				return c, problem(codeInvalidField, field, at.Format(time.RFC3339)+" is before the complaint was received ("+c.Received.Format(time.RFC3339)+")")
			}
			c.Done[id] = at
		}
	}
	return c, nil
}

func idList[T any](list []T, id func(T) string) string {
	if len(list) == 0 {
		return "none"
	}
	ids := make([]string, len(list))
	for i, x := range list {
		ids[i] = id(x)
	}
	return clip2(strings.Join(ids, ", "))
}

// statutory is the statutory term of the request's claim_type, as claimcalc
// -claim computes it: claimtype's rules from the day of receipt in the
// office's zone.
func (req *TimelineRequest) statutory(reg *regulation.Regulation, d *Data) ([]regulation.Option, *Problem) {
	if req.ClaimType == "" {
		if req.Region != "" {
			return nil, problem(codeInvalidField, "region", "given without claim_type: region is the place of performance of the claim type's statutory term")
		}
		return nil, nil
	}
	t, err := claimtype.Get(claimtype.ID(req.ClaimType))
	if err != nil {
		return nil, problem(codeUnknownClaimType, "claim_type", clip2(trimPrefix(err.Error())))
	}
	received := time.Time(*req.Received)
	st, err := regulation.StatutoryFor(t, claimtype.Claim{Event: reg.Schedule().Date(received), Region: req.Region}, d.assessOptions...)
	if err != nil {
		var fe *claimtype.FieldError
		if !errors.As(err, &fe) {
			return nil, libraryProblem(err, "claim_type")
		}
		p := claimProblem(err)
		switch fe.Field {
		case "event":
			p.Field = "received"
		case "region":
		default:
			// consumer_term, agreed_term, claim_type: what the type needs and
			// a timeline does not take.
			p.Field = "claim_type"
			p.Detail = clip2(string(t.ID) + " has no statutory term a timeline can show: " + fe.Field + ": " + fe.Message)
		}
		return nil, p
	}
	return []regulation.Option{regulation.CompareWith(st)}, nil
}

func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	var req TimelineRequest
	lang, buf := s.readJSON(w, r, &req)
	if buf == nil {
		return
	}
	defer putBuffer(buf)
	reg, p := req.regulationOf()
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	c, p := req.complaint(reg)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	now := time.Now()
	if req.Now != nil {
		now = time.Time(*req.Now)
	}
	opts, p := req.statutory(reg, s.data.Load())
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	tl, err := reg.Timeline(c, now, opts...)
	if err != nil {
		switch {
		case errors.Is(err, calendar.ErrNotCovered):
			writeProblem(w, r, problem(codeOutOfRange, "received", clip2(trimPrefix(err.Error()))))
		case errors.Is(err, regulation.ErrInvalidComplaint):
			writeProblem(w, r, problem(codeInvalidField, "", clip2(trimPrefix(err.Error()))))
		default:
			s.internalError(w, r, "timeline", err)
		}
		return
	}
	b, err := tl.JSON(lang)
	if err != nil {
		s.internalError(w, r, "timeline", err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}
