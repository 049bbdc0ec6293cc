package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeBody is the README's claim: goods.refund received 25.12.2024,
// price 59 990, refunded 03.02.2025 (ЗоЗПП ст. 22, 23 п. 1).
const readmeBody = `{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"}`

// The contract every answer of every test is checked against: the
// document the server serves, read by an independent JSON Schema 2020-12
// validator (santhosh-tekuri/jsonschema), not by huma, which wrote it.
var (
	contractOnce sync.Once
	theContract  *contract
)

type contract struct {
	doc      map[string]any
	compiler *jsonschema.Compiler
	paths    []contractPath
	mu       sync.Mutex
	schemas  map[string]*jsonschema.Schema
	seen     map[string]bool // "GET /v1/version 200"
}

type contractPath struct {
	template string
	re       *regexp.Regexp
}

const specURL = "https://zozpp.test/openapi.json"

func testContract(t testing.TB) *contract {
	contractOnce.Do(func() {
		s := newServer(t, Config{})
		var doc map[string]any
		if err := json.Unmarshal(s.spec, &doc); err != nil {
			panic(err)
		}
		c := &contract{doc: doc, schemas: map[string]*jsonschema.Schema{}, seen: map[string]bool{}}
		c.compiler = jsonschema.NewCompiler()
		c.compiler.DefaultDraft(jsonschema.Draft2020)
		c.compiler.AssertFormat()
		var raw any
		_ = json.Unmarshal(s.spec, &raw)
		if err := c.compiler.AddResource(specURL, raw); err != nil {
			panic(err)
		}
		for p := range doc["paths"].(map[string]any) {
			// QuoteMeta escapes the braces of "{id}"; each becomes one segment.
			re := regexp.MustCompile("^" + regexp.MustCompile(`\\\{[^}]+\\\}`).ReplaceAllString(regexp.QuoteMeta(p), "[^/]+") + "$")
			c.paths = append(c.paths, contractPath{p, re})
		}
		// Literal paths win over templates, as in the mux.
		sort.Slice(c.paths, func(i, j int) bool {
			return strings.Count(c.paths[i].template, "{") < strings.Count(c.paths[j].template, "{")
		})
		theContract = c
	})
	return theContract
}

// schema compiles the schema at a JSON pointer of the document.
func (c *contract) schema(t testing.TB, pointer string) *jsonschema.Schema {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.schemas[pointer]; ok {
		return s
	}
	s, err := c.compiler.Compile(specURL + "#" + pointer)
	require.NoError(t, err, "compiling %s", pointer)
	c.schemas[pointer] = s
	return s
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// check validates one answer against the document: the operation exists,
// the status and media type are documented, the body matches the schema.
func (c *contract) check(t testing.TB, method, path string, status int, header http.Header, body []byte) {
	t.Helper()
	if method == http.MethodOptions || method == http.MethodHead {
		return // preflights and HEAD carry no documented body
	}
	if strings.HasPrefix(path, "/static/") && status == http.StatusOK {
		return // the widget's script and style sheet are not part of the API
	}
	ct := header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	var tmpl string
	for _, p := range c.paths {
		if p.re.MatchString(path) {
			tmpl = p.template
			break
		}
	}
	var op map[string]any
	if tmpl != "" {
		op, _ = c.doc["paths"].(map[string]any)[tmpl].(map[string]any)[strings.ToLower(method)].(map[string]any)
	}
	if op == nil {
		// No operation: only a problem (404, 405) may answer.
		require.Equal(t, "application/problem+json", mt, "%s %s answered %d %s outside the contract", method, path, status, ct)
		c.validate(t, "/components/schemas/Problem", body, method+" "+path)
		return
	}
	key := method + " " + tmpl + " " + strconv.Itoa(status)
	c.mu.Lock()
	c.seen[key] = true
	c.mu.Unlock()
	resp, ok := op["responses"].(map[string]any)[strconv.Itoa(status)].(map[string]any)
	require.True(t, ok, "%s %s: status %d is not documented", method, tmpl, status)
	content, _ := resp["content"].(map[string]any)
	media := mt
	if mt == "text/plain" {
		media = strings.ReplaceAll(strings.TrimSuffix(ct, "; charset=utf-8"), "; charset=utf-8", "")
	}
	if mt == mediaNDJSON {
		// An NDJSON answer: each line is an item of the JSON answer's results.
		sc := bufio.NewScanner(bytes.NewReader(body))
		sc.Buffer(nil, 1<<22)
		for sc.Scan() {
			c.validate(t, "/components/schemas/BatchItem", sc.Bytes(), key)
		}
		return
	}
	_, ok = content[media]
	require.True(t, ok, "%s: media type %q is not documented (have %v)", key, ct, keys(content))
	if mt == mediaJSON || mt == "application/problem+json" {
		c.validate(t, "/paths/"+escapePointer(tmpl)+"/"+strings.ToLower(method)+"/responses/"+strconv.Itoa(status)+"/content/"+escapePointer(media)+"/schema", body, key)
	}
}

func (c *contract) validate(t testing.TB, pointer string, body []byte, what string) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	require.NoError(t, err, "%s: the body is not JSON: %.300s", what, body)
	if err := c.schema(t, pointer).Validate(v); err != nil {
		t.Errorf("%s: the answer does not match the contract (%s):\n%v\nbody: %.2000s", what, pointer, err, body)
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// newServer builds a Server over the embedded data.
func newServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	d, err := LoadData(cfg.CalendarFile, cfg.RatesFile)
	require.NoError(t, err)
	s, err := New(cfg, d)
	require.NoError(t, err)
	return s
}

// answer is a recorded answer.
type answer struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into a map.
func (a answer) JSON(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(a.Body, &m), "body: %.500s", a.Body)
	return m
}

// do serves one request in-process and checks the answer against the
// contract.
func do(t testing.TB, h http.Handler, method, target string, body string, header ...string) answer {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	a := answer{Status: rec.Code, Header: rec.Header(), Body: rec.Body.Bytes()}
	testContract(t).check(t, method, req.URL.Path, a.Status, a.Header, a.Body)
	return a
}

// postJSON posts a JSON body.
func postJSON(t testing.TB, h http.Handler, target, body string, header ...string) answer {
	t.Helper()
	return do(t, h, http.MethodPost, target, body, append([]string{"Content-Type", "application/json"}, header...)...)
}

// checked wraps a handler for tests that call it over the network (the
// browser test): every answer is checked against the contract too.
func checked(t testing.TB, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
		testContract(t).check(t, r.Method, r.URL.Path, rec.Code, rec.Header(), rec.Body.Bytes())
	})
}

// problemOf asserts a problem answer and returns it.
func problemOf(t testing.TB, a answer, status int, code, field string) map[string]any {
	t.Helper()
	require.Equal(t, status, a.Status, "body: %.600s", a.Body)
	assert.Equal(t, "application/problem+json", a.Header.Get("Content-Type"))
	p := a.JSON(t)
	if code != "*" {
		assert.Equal(t, code, p["code"], "problem: %v", p)
	}
	if field != "*" {
		f, _ := p["field"].(string)
		assert.Equal(t, field, f, "problem: %v", p)
	}
	assert.EqualValues(t, status, p["status"])
	assert.NotEmpty(t, p["title"])
	assert.NotEmpty(t, p["type"])
	return p
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	// With the whole suite run, every documented operation must have been
	// answered with its success status at least once: the contract has no
	// endpoint the tests never saw.
	if code == 0 && theContract != nil && flag.Lookup("test.run").Value.String() == "" && !testing.Short() {
		var missing []string
		for p, item := range theContract.doc["paths"].(map[string]any) {
			for method, op := range item.(map[string]any) {
				for status := range op.(map[string]any)["responses"].(map[string]any) {
					if status[0] == '2' && !theContract.seen[strings.ToUpper(method)+" "+p+" "+status] {
						missing = append(missing, strings.ToUpper(method)+" "+p+" "+status)
					}
				}
			}
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			fmt.Fprintf(os.Stderr, "contract: success answers no test checked: %v\n", missing)
			code = 1
		}
	}
	os.Exit(code)
}
