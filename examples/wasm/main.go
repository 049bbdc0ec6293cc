//go:build js && wasm

// Command wasm is zozpp in the browser (or Node): built with
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o zozpp.wasm ./examples/wasm
//
// and loaded with Go's wasm_exec.js ($(go env GOROOT)/lib/wasm), it sets
// globalThis.zozpp:
//
//	zozpp.assess(claim, lang?) → string
//
// claim is the JSON of POST /v1/assess (a string, or an object that is
// stringified): {"claim_type":"goods.refund","event":"2024-12-25",
// "base":"59990","performed_on":"2025-02-03"}; lang is "ru" (default) or
// "en". The answer is the assessment's JSON — the same as the service's
// with ?text=true — or a problem {"status":400,"code","field","detail"}
// like the service's errors. Nothing leaves the page: the calendar, the
// rates and the catalog are compiled in.
//
//	zozpp.version → the library version this build carries
//
// Go's runtime starts asynchronously; set globalThis.zozppOnReady to a
// function before go.run and it is called with zozpp once it is ready.
package main

import (
	"errors"
	"runtime/debug"
	"syscall/js"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("assess", js.FuncOf(assess))
	api.Set("version", version())
	js.Global().Set("zozpp", api)
	// Go's runtime starts asynchronously: a page waits for zozpp with
	// globalThis.zozppOnReady, called once zozpp is set.
	if ready := js.Global().Get("zozppOnReady"); ready.Type() == js.TypeFunction {
		ready.Invoke(api)
	}
	select {} // keep the exported functions alive
}

// assess is zozpp.assess.
func assess(_ js.Value, args []js.Value) any {
	if len(args) == 0 {
		return problem("", "assess(claim, lang?): the claim is missing")
	}
	claim := args[0]
	switch claim.Type() {
	case js.TypeString:
	case js.TypeObject:
		claim = js.Global().Get("JSON").Call("stringify", claim)
	default:
		return problem("", "assess(claim, lang?): the claim must be a JSON string or an object")
	}
	lang := law.Russian
	if len(args) > 1 && args[1].Type() == js.TypeString {
		l, err := law.ParseLang(args[1].String())
		if err != nil {
			return problem("lang", "accepted are ru and en")
		}
		lang = l
	}
	id, c, err := claimtype.DecodeClaim([]byte(claim.String()))
	if err != nil {
		return fieldProblem(err)
	}
	t, err := claimtype.Get(id)
	if err != nil {
		return problem("claim_type", err.Error())
	}
	a, err := t.Assess(c)
	if err != nil {
		return fieldProblem(err)
	}
	return string(a.AppendJSONWithText(nil, lang))
}

func fieldProblem(err error) string {
	var fe *claimtype.FieldError
	if errors.As(err, &fe) {
		return problem(fe.Field, fe.Message)
	}
	return problem("", err.Error())
}

// problem writes an error as the service does (RFC 9457 members, with the
// code and field extensions).
func problem(field, detail string) string {
	b := []byte(`{"type":"/docs#problem-invalid_field","title":"A field of the request is invalid","status":400,"code":"invalid_field"`)
	if field != "" {
		b = append(b, `,"field":`...)
		b = law.AppendJSONString(b, field)
	}
	b = append(b, `,"detail":`...)
	b = law.AppendJSONString(b, detail)
	return string(append(b, '}'))
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/zozpp/zozpp" {
				return dep.Version
			}
		}
		return bi.Main.Version
	}
	return "(devel)"
}
