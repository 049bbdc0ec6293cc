package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"sort"
	"strings"

	"github.com/danielgtaylor/huma/v2"
)

// renderDocs renders the OpenAPI document as one readable HTML page: no
// JavaScript, no CDN, served by the binary itself at /docs.
func renderDocs(doc *huma.OpenAPI) ([]byte, error) {
	type param struct {
		Name, In, Description, Example string
		Type                           template.HTML
		Required                       bool
	}
	type response struct {
		Status, Description, Media string
		Type                       template.HTML
	}
	type op struct {
		ID, Method, Path, Summary, Description string
		Params                                 []param
		BodyMedia                              []string
		BodyType                               template.HTML
		Example                                string
		Responses                              []response
	}
	type group struct {
		Name, Description string
		Ops               []op
	}
	type prop struct {
		Name, Description string
		Type              template.HTML
		Required          bool
		Enum              string
	}
	type schema struct {
		Name, Description string
		Props             []prop
	}
	reg := doc.Components.Schemas
	var groups []group
	for _, tag := range doc.Tags {
		g := group{Name: tag.Name, Description: tag.Description}
		var paths []string
		for p := range doc.Paths {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		for _, p := range paths {
			item := doc.Paths[p]
			for _, o := range []*huma.Operation{item.Get, item.Post} {
				if o == nil || len(o.Tags) == 0 || o.Tags[0] != tag.Name {
					continue
				}
				x := op{ID: o.OperationID, Method: o.Method, Path: o.Path, Summary: o.Summary, Description: o.Description}
				for _, pa := range o.Parameters {
					x.Params = append(x.Params, param{Name: pa.Name, In: pa.In, Description: pa.Description, Required: pa.Required,
						Type: typeHTML(pa.Schema), Example: fmt.Sprint(orEmpty(pa.Example))})
				}
				if rb := o.RequestBody; rb != nil {
					for m, mt := range rb.Content {
						x.BodyMedia = append(x.BodyMedia, m)
						if m == mediaJSON {
							x.BodyType = typeHTML(mt.Schema)
							if mt.Example != nil {
								b, _ := json.MarshalIndent(mt.Example, "", "  ")
								x.Example = string(b)
							}
						}
					}
					sort.Strings(x.BodyMedia)
				}
				var codes []string
				for c := range o.Responses {
					codes = append(codes, c)
				}
				sort.Strings(codes)
				for _, c := range codes {
					resp := o.Responses[c]
					for m, mt := range resp.Content {
						x.Responses = append(x.Responses, response{Status: c, Description: resp.Description, Media: m, Type: typeHTML(mt.Schema)})
					}
				}
				g.Ops = append(g.Ops, x)
			}
		}
		groups = append(groups, g)
	}
	var schemas []schema
	names := make([]string, 0, len(reg.Map()))
	for n := range reg.Map() {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := reg.Map()[n]
		sc := schema{Name: n, Description: s.Description}
		var keys []string
		for k := range s.Properties {
			keys = append(keys, k)
		}
		sort.SliceStable(keys, func(i, j int) bool { return propOrder(n, keys[i]) < propOrder(n, keys[j]) })
		required := map[string]bool{}
		for _, r := range s.Required {
			required[r] = true
		}
		for _, k := range keys {
			p := s.Properties[k]
			var enum []string
			for _, e := range p.Enum {
				enum = append(enum, fmt.Sprint(e))
			}
			if p.Items != nil {
				for _, e := range p.Items.Enum {
					enum = append(enum, fmt.Sprint(e))
				}
			}
			sc.Props = append(sc.Props, prop{Name: k, Description: p.Description, Type: typeHTML(p), Required: required[k], Enum: strings.Join(enum, ", ")})
		}
		schemas = append(schemas, sc)
	}
	var buf bytes.Buffer
	err := docsTemplate.Execute(&buf, map[string]any{
		"Title": doc.Info.Title, "Version": doc.Info.Version, "Description": doc.Info.Description,
		"Groups": groups, "Schemas": schemas, "Codes": codes,
	})
	return buf.Bytes(), err
}

// propOrder keeps the properties in the order of the Go struct, as written
// in contract.go; huma's map has lost it.
func propOrder(schemaName, prop string) int {
	for _, t := range contractTypes {
		if t.Name() != schemaName {
			continue
		}
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			if name == prop {
				return i
			}
		}
	}
	return 1 << 20
}

func orEmpty(v any) any {
	if v == nil {
		return ""
	}
	return v
}

// typeHTML names a schema's type, linking to named schemas.
func typeHTML(s *huma.Schema) template.HTML {
	if s == nil {
		return "any"
	}
	if s.Ref != "" {
		name := strings.TrimPrefix(s.Ref, "#/components/schemas/")
		return template.HTML(`<a href="#schema-` + template.HTMLEscapeString(name) + `">` + template.HTMLEscapeString(name) + `</a>`)
	}
	var alts []*huma.Schema
	alts = append(alts, s.OneOf...)
	alts = append(alts, s.AnyOf...)
	if len(alts) > 0 {
		var parts []string
		for _, a := range alts {
			parts = append(parts, string(typeHTML(a)))
		}
		return template.HTML(strings.Join(parts, " or "))
	}
	switch s.Type {
	case "array":
		return "array of " + typeHTML(s.Items)
	case "":
		return "any"
	}
	t := template.HTMLEscapeString(s.Type)
	if s.Format != "" {
		t += " (" + template.HTMLEscapeString(s.Format) + ")"
	}
	if s.Nullable {
		t += " or null"
	}
	return template.HTML(t)
}

var docsTemplate = template.Must(template.New("docs").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} {{.Version}} — API</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2430;margin:0;background:#f4f6f9}
main{max-width:980px;margin:0 auto;padding:20px 20px 60px;background:#fff;border-left:1px solid #d9dee6;border-right:1px solid #d9dee6}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #d9dee6;padding-bottom:4px}
h3{font-size:16px;margin:22px 0 6px}code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:#f7f8fa;border:1px solid #e3e7ee;border-radius:6px;padding:10px;overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0 10px}th,td{border-bottom:1px solid #e3e7ee;padding:5px 6px;text-align:left;vertical-align:top}
th{font-size:12px;color:#5d6675}.m{display:inline-block;min-width:44px;font-weight:700;color:#fff;border-radius:4px;padding:1px 6px;margin-right:6px;text-align:center;font-size:12px}
.GET{background:#1d7a46}.POST{background:#1f5fbf}.req{color:#c8372d;font-size:12px}.muted{color:#5d6675}nav a{margin-right:12px}a{color:#1f5fbf}
</style>
</head>
<body><main>
<h1>{{.Title}}</h1>
<p class="muted">version {{.Version}} · <a href="openapi.json">openapi.json</a> (OpenAPI 3.1) · <a href="./">widget</a></p>
<p>{{.Description}}</p>
<nav>{{range .Groups}}<a href="#tag-{{.Name}}">{{.Name}}</a>{{end}}<a href="#problems">problems</a><a href="#schemas">schemas</a></nav>

<h2 id="start">Quick start</h2>
<pre>curl -s -H 'Content-Type: application/json' -X POST http://127.0.0.1:8080/v1/assess?lang=en \
  -d '{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"}'</pre>
<p>The answer: <code>deadline.due</code> 2025-01-09 with its reasoning in <code>deadline.steps</code>, <code>status</code> overdue,
<code>days_overdue</code> 25, <code>penalty.total</code> "14997.50" with its rows, <code>fine</code> and coded <code>warnings</code>.
From a page on another origin (allowed with <code>-cors-origins</code>):</p>
<pre>const r = await fetch("https://zozpp.example.com/v1/assess?lang=en", {method: "POST",
  headers: {"Content-Type": "application/json"}, body: JSON.stringify(claim)});
const answer = await r.json();   // a problem+json object when !r.ok: {code, field, detail}</pre>
<p>The same claim as a file a lawyer files — <code>xlsx</code>, <code>docx</code> or <code>pdf</code>; <code>"kind":"letter"</code> with the parties gives the claim letter (претензия):</p>
<pre>curl -s -H 'Content-Type: application/json' -X POST http://127.0.0.1:8080/v1/documents -o zozpp-goods.refund.pdf \
  -d '{"claim":{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"},"format":"pdf"}'</pre>
<p>A complaint's stages under an organisation's regulation (the shipped sample unless the body gives one), with the law's term beside them:</p>
<pre>curl -s -H 'Content-Type: application/json' -X POST http://127.0.0.1:8080/v1/timeline?lang=en \
  -d '{"received":"2025-12-30T17:30:00+03:00","now":"2026-01-13T17:00:00+03:00","done":{"classify":"2026-01-12T10:00:00+03:00"},"flags":["written","cross_border"],"claim_type":"goods.refund"}'</pre>

<h2 id="conventions">Conventions</h2>
<ul>
<li><b>Language.</b> Texts (steps, notes, citations, titles) come in Russian or English: <code>?lang=ru|en</code>, else <code>Accept-Language</code>, else Russian. Codes and data do not depend on it. Error details are in English.</li>
<li><b>Strict JSON.</b> Bodies are read strictly at every depth: an unknown field, a field name in another case and a duplicate key are errors naming the field. Amounts are strings ("59990.00", "59 990,00 ₽") or numbers; dates "YYYY-MM-DD", "DD.MM.YYYY" or RFC 3339.</li>
<li><b>Media types.</b> Send <code>Content-Type: application/json</code> (charset utf-8 at most), parsed as a media type (case-insensitive). A batch may be <code>application/x-ndjson</code>. <code>text/plain</code> is read as JSON only from an allowed CORS origin: a browser sends it without a preflight.</li>
<li><b>CORS.</b> None by default; the service's <code>-cors-origins</code> (or <code>CRMHOOK_CORS_ORIGINS</code>) lists allowed origins: <code>https://crm.example.com</code>, <code>https://*.bitrix24.ru</code>, or <code>*</code>. Preflights are answered with the route's methods; no credentials.</li>
<li><b>Limits.</b> 64 KiB per body, 4 MiB and 1000 claims per batch, 500 rows per document, 64 stages per regulation; connections are capped (<code>-max-conns</code>). Every request's work is bounded: amounts are parsed with a bound before any arithmetic.</li>
<li><b>Errors</b> are RFC 9457 <code>application/problem+json</code>: <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code>, plus <code>code</code> (below), <code>field</code> and <code>request_id</code> — for unknown paths (404) and wrong methods (405) too. Paths are matched exactly; a doubled slash is a 404, not a redirect.</li>
<li><b>Request ids.</b> Every answer has <code>X-Request-Id</code> (yours when you send a sane one); the access log carries it.</li>
</ul>

{{range .Groups}}<h2 id="tag-{{.Name}}">{{.Name}}</h2><p class="muted">{{.Description}}</p>
{{range .Ops}}<h3 id="op-{{.ID}}"><span class="m {{.Method}}">{{.Method}}</span><code>{{.Path}}</code> — {{.Summary}}</h3>
{{if .Description}}<p>{{.Description}}</p>{{end}}
{{if .Params}}<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th><th>example</th></tr>
{{range .Params}}<tr><td><code>{{.Name}}</code>{{if .Required}} <span class="req">required</span>{{end}}</td><td>{{.In}}</td><td>{{.Type}}</td><td>{{.Description}}</td><td><code>{{.Example}}</code></td></tr>{{end}}</table>{{end}}
{{if .BodyMedia}}<p>Body ({{range $i, $m := .BodyMedia}}{{if $i}}, {{end}}<code>{{$m}}</code>{{end}}): {{.BodyType}}</p>{{end}}
{{if .Example}}<pre>{{.Example}}</pre>{{end}}
<table><tr><th>status</th><th>media type</th><th>body</th><th>description</th></tr>
{{range .Responses}}<tr><td>{{.Status}}</td><td><code>{{.Media}}</code></td><td>{{.Type}}</td><td>{{.Description}}</td></tr>{{end}}</table>
{{end}}{{end}}

<h2 id="problems">Problem codes</h2>
<table><tr><th>code</th><th>status</th><th>title</th><th>meaning</th></tr>
{{range .Codes}}<tr id="problem-{{.Code}}"><td><code>{{.Code}}</code></td><td>{{.Status}}</td><td>{{.Title}}</td><td>{{.Meaning}}</td></tr>{{end}}</table>

<h2 id="schemas">Schemas</h2>
{{range .Schemas}}<h3 id="schema-{{.Name}}">{{.Name}}</h3>{{if .Description}}<p>{{.Description}}</p>{{end}}
{{if .Props}}<table><tr><th>field</th><th>type</th><th>description</th></tr>
{{range .Props}}<tr><td><code>{{.Name}}</code>{{if .Required}} <span class="req">required</span>{{end}}</td><td>{{.Type}}</td><td>{{.Description}}{{if .Enum}}<br><span class="muted">one of: {{.Enum}}</span>{{end}}</td></tr>{{end}}</table>{{end}}
{{end}}
</main></body></html>
`))
