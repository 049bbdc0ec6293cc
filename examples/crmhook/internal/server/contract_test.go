package server

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/claimtype"
)

// TestOpenAPIDocument: /openapi.json is a valid OpenAPI 3.1 document — it
// validates against the official schema of the specification
// (testdata/oas-3.1-schema.json, https://spec.openapis.org/oas/3.1/schema/2022-10-07),
// every schema in it compiles as JSON Schema 2020-12, and every example
// matches its schema.
func TestOpenAPIDocument(t *testing.T) {
	s := newServer(t, Config{})
	a := do(t, s, "GET", "/openapi.json", "")
	require.Equal(t, 200, a.Status)

	meta, err := os.ReadFile("testdata/oas-3.1-schema.json")
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	metaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(meta))
	require.NoError(t, err)
	require.NoError(t, c.AddResource("https://spec.openapis.org/oas/3.1/schema/2022-10-07", metaDoc))
	oas, err := c.Compile("https://spec.openapis.org/oas/3.1/schema/2022-10-07")
	require.NoError(t, err)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(a.Body))
	require.NoError(t, err)
	require.NoError(t, oas.Validate(doc), "the document is not valid OpenAPI 3.1")

	m := a.JSON(t)
	assert.Equal(t, "3.1.0", m["openapi"])
	ct := testContract(t)
	for name := range m["components"].(map[string]any)["schemas"].(map[string]any) {
		ct.schema(t, "/components/schemas/"+escapePointer(name))
	}
	for p, item := range m["paths"].(map[string]any) {
		for method, op := range item.(map[string]any) {
			rb, ok := op.(map[string]any)["requestBody"].(map[string]any)
			if !ok {
				continue
			}
			mt := rb["content"].(map[string]any)["application/json"].(map[string]any)
			if ex, ok := mt["example"]; ok {
				b, _ := json.Marshal(ex)
				ct.validate(t, "/paths/"+escapePointer(p)+"/"+method+"/requestBody/content/application~1json/schema", b, "example of "+method+" "+p)
			}
		}
	}
}

// TestExamplesAreAccepted: the request examples of the document are
// accepted by the service as they stand.
func TestExamplesAreAccepted(t *testing.T) {
	s := newServer(t, Config{})
	var doc map[string]any
	require.NoError(t, json.Unmarshal(s.spec, &doc))
	n := 0
	for p, item := range doc["paths"].(map[string]any) {
		for method, op := range item.(map[string]any) {
			rb, ok := op.(map[string]any)["requestBody"].(map[string]any)
			if !ok {
				continue
			}
			ex, ok := rb["content"].(map[string]any)["application/json"].(map[string]any)["example"]
			if !ok {
				continue
			}
			b, _ := json.Marshal(ex)
			a := do(t, s, strings.ToUpper(method), p, string(b), "Content-Type", "application/json")
			assert.Equal(t, 200, a.Status, "%s %s: %s", method, p, a.Body)
			n++
		}
	}
	assert.GreaterOrEqual(t, n, 3)
}

// TestClaimInputMatchesDecodeClaim: the contract's claim lists exactly the
// fields claimtype.DecodeClaim reads, at every level, so the document
// cannot promise a field the service rejects or hide one it takes. The
// accepted names are read from DecodeClaim's own answer to an unknown one.
func TestClaimInputMatchesDecodeClaim(t *testing.T) {
	for _, tc := range []struct {
		probe string
		typ   reflect.Type
	}{
		{`{"zz_not_a_field":1}`, reflect.TypeOf(ClaimInput{})},
		{`{"payments":[{"zz_not_a_field":1}]}`, reflect.TypeOf(ClaimPayment{})},
		{`{"debts":[{"zz_not_a_field":1}]}`, reflect.TypeOf(DebtInput{})},
		{`{"exclude":[{"zz_not_a_field":1}]}`, reflect.TypeOf(ExcludeInput{})},
		{`{"consumer_term":{"zz_not_a_field":1}}`, reflect.TypeOf(TermInput{})},
		{`{"agreed_term":{"zz_not_a_field":1}}`, reflect.TypeOf(TermInput{})},
	} {
		_, _, err := claimtype.DecodeClaim([]byte(tc.probe))
		var fe *claimtype.FieldError
		require.ErrorAs(t, err, &fe, tc.probe)
		_, list, ok := strings.Cut(fe.Message, "accepted: ")
		require.True(t, ok, "DecodeClaim's message no longer lists the accepted fields: %q", fe.Message)
		accepted := strings.Split(list, ", ")
		// A term's "text" is what the library writes and ignores on reading;
		// the contract does not offer it.
		accepted = slices.DeleteFunc(accepted, func(s string) bool { return s == "text" && tc.typ == reflect.TypeOf(TermInput{}) })
		sort.Strings(accepted)
		ours := acceptedNames(tc.typ)
		sort.Strings(ours)
		assert.Equal(t, accepted, ours, "%s (contract) and claimtype.DecodeClaim disagree on %s", tc.typ.Name(), tc.probe)
	}
}

// TestContractTypesListed: every type the document names is in
// contractTypes, which keeps the docs page's field order.
func TestContractTypesListed(t *testing.T) {
	s := newServer(t, Config{})
	var doc map[string]any
	require.NoError(t, json.Unmarshal(s.spec, &doc))
	listed := map[string]bool{}
	for _, typ := range contractTypes {
		listed[typ.Name()] = true
	}
	for name := range doc["components"].(map[string]any)["schemas"].(map[string]any) {
		assert.True(t, listed[name], "%s is not in contractTypes", name)
	}
}

// TestDocsPage: the readable page is served with every operation and
// every problem code, and links nothing outside the service.
func TestDocsPage(t *testing.T) {
	s := newServer(t, Config{})
	a := do(t, s, "GET", "/docs", "")
	require.Equal(t, 200, a.Status)
	assert.Equal(t, "text/html; charset=utf-8", a.Header.Get("Content-Type"))
	page := string(a.Body)
	for _, rt := range s.routes {
		if !rt.spec.hidden {
			assert.Contains(t, page, `id="op-`+rt.spec.id+`"`)
		}
	}
	for _, c := range codes {
		assert.Contains(t, page, `id="problem-`+c.Code+`"`)
	}
	assert.NotContains(t, page, "<script")
	assert.NotRegexp(t, `(src|href)="https?://`, page, "the docs page must not load anything from elsewhere")
}
