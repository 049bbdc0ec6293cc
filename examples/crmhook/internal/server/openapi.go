package server

import (
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

// The OpenAPI 3.1 document is generated from the route table and the Go
// types of contract.go with huma's schema registry: the JSON Schema of
// every body comes from the same struct tags the decoder uses, so the
// document cannot describe fields the service does not read. The answers,
// written by the library's AppendJSON methods, are checked against it by
// the tests.

// opSpec is the contract of one route.
type opSpec struct {
	id, summary, description string
	tag                      string
	params                   []paramSpec
	body                     any      // the request body's type, nil for none
	bodyMedia                []string // application/json by default
	bodyDescription          string
	answer                   any    // the 200 body's type; nil with answerMedia for non-JSON
	answerMedia              string // application/json by default
	answerStatus             int    // 200 by default
	answerDescription        string
	answerSchema             *huma.Schema     // instead of answer, for non-JSON bodies
	answerFiles              []string         // instead of answer: files of these media types, as attachments
	problems                 []int            // problem statuses the route may answer
	alsoAnswers              map[int]response // other statuses with a JSON body
	hidden                   bool             // not in the document (static assets)
	example                  any              // a request example
}

// response is a documented answer other than the main one.
type response struct {
	description string
	body        any
}

type paramSpec struct {
	name, in, description string
	required              bool
	schema                *huma.Schema
	example               any
}

// Common parameters.
var (
	langParam = paramSpec{name: "lang", in: "query", description: "The language of the answer's texts: ru or en. Without it, the best match of Accept-Language; Russian by default.",
		schema: &huma.Schema{Type: "string", Enum: []any{"ru", "en"}}, example: "en"}
	acceptLanguageParam = paramSpec{name: "Accept-Language", in: "header", description: "Used when lang is not given (RFC 9110 § 12.5.4).",
		schema: &huma.Schema{Type: "string", MaxLength: ptr(200)}, example: "en-GB,en;q=0.9,ru;q=0.8"}
	textParam = paramSpec{name: "text", in: "query", description: "true adds text, the whole assessment in words ready to paste into a claim; it is left out by default because it costs as much as the rest of the answer. Steps, rows and notes carry their own texts either way.",
		schema: &huma.Schema{Type: "boolean"}, example: true}
	regionParam = paramSpec{name: "region", in: "query", description: "ISO 3166-2 code of a region whose own non-working days apply (the covered ones are listed in the README); the federal calendar by default.",
		schema: &huma.Schema{Type: "string", MaxLength: ptr(8)}, example: "RU-TA"}
)

func dateQuery(name, description string, example string) paramSpec {
	return paramSpec{name: name, in: "query", description: description, required: true,
		schema: &huma.Schema{Type: "string", Description: "YYYY-MM-DD or DD.MM.YYYY"}, example: example}
}

// openAPI builds the document served at /openapi.json.
func (s *Server) openAPI() (*huma.OpenAPI, []byte, error) {
	reg := huma.NewMapRegistry("#/components/schemas/", huma.DefaultSchemaNamer)
	doc := &huma.OpenAPI{
		OpenAPI: "3.1.0",
		Info: &huma.Info{
			Title:   "zozpp CRM service",
			Version: s.version.Version,
			Description: "Deadlines and penalties of consumer claims under Russian law (Закон РФ «О защите прав потребителей», " +
				"ГК РФ ст. 190–194, ст. 395), with every figure traced to its article; the production calendar with O(1) working-day " +
				"arithmetic. Errors are RFC 9457 problem details (application/problem+json) with a stable `code` and the `field` they " +
				"are about. Texts come in Russian or English (`lang`, `Accept-Language`). See /docs.",
			License: &huma.License{Name: "MIT", Identifier: "MIT"},
		},
		Components: &huma.Components{Schemas: reg},
	}
	problemSchema := reg.Schema(reflect.TypeOf(Problem{}), true, "Problem")
	tags := map[string]bool{}
	for _, rt := range s.routes {
		sp := rt.spec
		if sp.hidden {
			continue
		}
		op := &huma.Operation{
			OperationID: sp.id, Method: rt.method, Path: apiPath(rt.path), Summary: sp.summary, Description: sp.description,
			Responses: map[string]*huma.Response{},
		}
		if sp.tag != "" {
			op.Tags = []string{sp.tag}
			tags[sp.tag] = true
		}
		for _, p := range sp.params {
			op.Parameters = append(op.Parameters, &huma.Param{Name: p.name, In: p.in, Description: p.description, Required: p.required || p.in == "path", Schema: p.schema, Example: p.example})
		}
		if sp.body != nil {
			media := sp.bodyMedia
			if len(media) == 0 {
				media = []string{mediaJSON}
			}
			schema := reg.Schema(reflect.TypeOf(sp.body), true, sp.id+"Request")
			rb := &huma.RequestBody{Required: true, Description: sp.bodyDescription, Content: map[string]*huma.MediaType{}}
			for _, m := range media {
				mt := &huma.MediaType{Schema: schema}
				if m == mediaNDJSON {
					mt = &huma.MediaType{Schema: itemSchema(reg, schema), Extensions: map[string]any{}}
				}
				if sp.example != nil && m == mediaJSON {
					mt.Example = sp.example
				}
				rb.Content[m] = mt
			}
			op.RequestBody = rb
		}
		status := sp.answerStatus
		if status == 0 {
			status = 200
		}
		answer := &huma.Response{Description: sp.answerDescription, Headers: commonHeaders()}
		if answer.Description == "" {
			answer.Description = "OK"
		}
		switch {
		case len(sp.answerFiles) > 0:
			answer.Content = map[string]*huma.MediaType{}
			for _, m := range sp.answerFiles {
				answer.Content[m] = &huma.MediaType{Schema: &huma.Schema{Type: "string", Description: "The file's bytes.",
					Extensions: map[string]any{"contentMediaType": m}}}
			}
			answer.Headers["Content-Disposition"] = &huma.Param{Description: `attachment; filename="zozpp-<claim_type>.<ext>" (a letter: zozpp-<claim_type>-letter.<ext>).`,
				Schema: &huma.Schema{Type: "string"}, Example: `attachment; filename="zozpp-goods.refund.pdf"`}
		case sp.answerSchema != nil:
			answer.Content = map[string]*huma.MediaType{sp.answerMedia: {Schema: sp.answerSchema}}
		case sp.answer != nil:
			media := sp.answerMedia
			if media == "" {
				media = mediaJSON
			}
			answer.Content = map[string]*huma.MediaType{media: {Schema: reg.Schema(reflect.TypeOf(sp.answer), true, sp.id+"Answer")}}
		}
		op.Responses[strconv.Itoa(status)] = answer
		for code, r := range sp.alsoAnswers {
			op.Responses[strconv.Itoa(code)] = &huma.Response{Description: r.description, Headers: commonHeaders(),
				Content: map[string]*huma.MediaType{mediaJSON: {Schema: reg.Schema(reflect.TypeOf(r.body), true, "")}}}
		}
		problems := append([]int{}, sp.problems...)
		problems = append(problems, 404, 405, 500)
		if sp.body != nil {
			problems = append(problems, 400, 413, 415)
		}
		if len(sp.params) > 0 {
			problems = append(problems, 400)
		}
		sort.Ints(problems)
		for i, code := range problems {
			if i > 0 && problems[i-1] == code {
				continue
			}
			op.Responses[strconv.Itoa(code)] = &huma.Response{
				Description: problemDescription(code),
				Headers:     commonHeaders(),
				Content:     map[string]*huma.MediaType{"application/problem+json": {Schema: problemSchema}},
			}
		}
		doc.AddOperation(op)
	}
	for _, t := range []struct{ name, description string }{
		{"claims", "Claims under the consumer protection law: the catalog, one claim, a batch."},
		{"documents", "What a lawyer files: a claim's calculation as XLSX, DOCX or PDF, the claim letter (претензия) as DOCX or PDF."},
		{"regulation", "An organisation's own complaint-handling terms (its regulation), with the law's term beside them."},
		{"layers", "The library's layers alone: a term, a penalty."},
		{"calendar", "The Russian production calendar."},
		{"service", "Health, version, metrics, the contract."},
		{"widget", "The embeddable widget and the docs page."},
	} {
		if tags[t.name] {
			doc.Tags = append(doc.Tags, &huma.Tag{Name: t.name, Description: t.description})
		}
	}
	finishSchemas(reg)
	b, err := json.Marshal(doc)
	return doc, b, err
}

// apiPath turns a ServeMux pattern's path into an OpenAPI path: "/{$}"
// (exactly "/") is "/".
func apiPath(p string) string { return strings.ReplaceAll(p, "{$}", "") }

// itemSchema describes one line of an NDJSON body: the items of an array
// schema.
func itemSchema(reg huma.Registry, s *huma.Schema) *huma.Schema {
	if s.Ref != "" {
		s = reg.SchemaFromRef(s.Ref)
	}
	if s.Items != nil {
		return &huma.Schema{Items: s.Items, Type: "array", Description: "application/x-ndjson: one JSON object per line, each as an item of this array."}
	}
	return s
}

func commonHeaders() map[string]*huma.Param {
	return map[string]*huma.Param{
		"X-Request-Id": {Description: "The request's id: the client's X-Request-Id when it is a token of at most 64 of [A-Za-z0-9._:-], else one the service assigns. The access log carries it.",
			Schema: &huma.Schema{Type: "string"}},
	}
}

func problemDescription(status int) string {
	var names []string
	for _, c := range codes {
		if c.Status == status {
			names = append(names, c.Code)
		}
	}
	return "Problem details (RFC 9457); code: " + strings.Join(names, ", ")
}

// finishSchemas completes what struct tags cannot say: enums taken from the
// library's own types (so a new kind of day or unit appears in the
// document by itself), nullable objects, and the date formats.
func finishSchemas(reg huma.Registry) {
	enums := map[string][]any{
		"LawAct.kind":            textEnum(func(i int) (string, bool) { return textOf(law.Kind(i)) }),
		"Term.unit":              textEnum(func(i int) (string, bool) { return textOf(deadline.Unit(i)) }),
		"CalendarDay.kind":       textEnum(func(i int) (string, bool) { return textOf(calendar.Kind(i)) }),
		"CalendarDayAnswer.kind": textEnum(func(i int) (string, bool) { return textOf(calendar.Kind(i)) }),
		"RangeDay.kind":          textEnum(func(i int) (string, bool) { return textOf(calendar.Kind(i)) }),
		"DeadlineResult.set_by":  textEnum(func(i int) (string, bool) { return textOf(deadline.Setter(i)) }),
		"DeadlineResult.shift":   textEnum(func(i int) (string, bool) { return textOf(deadline.Shift(i)) }),
		"DeadlineStep.code":      deadlineCodes(),
	}
	for name, values := range extraEnums() {
		enums[name] = values
	}
	for name, values := range regulationEnums() {
		enums[name] = values
	}
	for key, values := range enums {
		typ, field, _ := strings.Cut(key, ".")
		if s := reg.Map()[typ]; s != nil && s.Properties[field] != nil && len(values) > 0 {
			s.Properties[field].Enum = values
		}
	}
	for name, s := range reg.Map() {
		t := reg.TypeFromRef("#/components/schemas/" + name)
		if t == nil || t.Kind() != reflect.Struct {
			continue
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			jsonName, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Tag.Get("nullable-object") == "true" && s.Properties[jsonName] != nil {
				p := s.Properties[jsonName]
				s.Properties[jsonName] = &huma.Schema{Description: p.Description, AnyOf: []*huma.Schema{{Ref: p.Ref}, {Type: "null"}}}
			}
		}
	}
}

// textOf returns the MarshalText form of v, or false when it has none.
func textOf(v interface{ MarshalText() ([]byte, error) }) (string, bool) {
	b, err := v.MarshalText()
	if err != nil || len(b) == 0 {
		return "", false
	}
	return string(b), true
}

// textEnum lists the names of a uint8 enum: every value 0–255 whose
// MarshalText succeeds with a name that is not a Go-formatted fallback.
func textEnum(name func(int) (string, bool)) []any {
	var out []any
	seen := map[string]bool{}
	for i := 0; i < 256; i++ {
		s, ok := name(i)
		if !ok || seen[s] || strings.ContainsAny(s, "()") {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// deadlineCodes lists the step codes of the deadline package.
func deadlineCodes() []any {
	var out []any
	for _, c := range []deadline.Code{deadline.CodeConsumerTerm, deadline.CodeAgreedTerm, deadline.CodeLimit, deadline.CodeOnDate,
		deadline.CodeStart, deadline.CodeEndDays, deadline.CodeEndWeeks, deadline.CodeEndMonths, deadline.CodeEndMonthsLastDay,
		deadline.CodeEndYears, deadline.CodeEndYearsLastDay, deadline.CodeEndWorkdays, deadline.CodeEndExceptHolidays,
		deadline.CodeNoShiftNeeded, deadline.CodeShift, deadline.CodeShiftBack, deadline.CodeSpecialDay, deadline.CodeNoShift,
		deadline.CodeDeadline, deadline.CodeProvisional} {
		out = append(out, string(c))
	}
	return out
}

// Schema describes ISODate.
func (ISODate) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: "string", Format: "date", Pattern: `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}
}

// Schema describes OptionalDate.
func (OptionalDate) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: "string", Pattern: `^([0-9]{4}-[0-9]{2}-[0-9]{2})?$`, Description: "YYYY-MM-DD, or empty"}
}
