//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWasmInNode builds the js/wasm binary and runs test.mjs on it with
// Node: the README's claim assessed in JavaScript. It reports the size the
// README quotes (raw and gzip -9).
func TestWasmInNode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds for js/wasm; not in -short")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found: install Node.js to run the WebAssembly test")
	}
	wasm := filepath.Join(t.TempDir(), "zozpp.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("GOOS=js GOARCH=wasm go build: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	_, _ = w.Write(raw)
	_ = w.Close()
	t.Logf("zozpp.wasm: %.2f MB, gzip -9 %.2f MB", float64(len(raw))/1e6, float64(gz.Len())/1e6)

	out, err := exec.Command(node, "test.mjs", wasm).CombinedOutput()
	if err != nil {
		t.Fatalf("node test.mjs: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), "ok: due 2025-01-09, penalty 14997.50") {
		t.Fatalf("unexpected output: %s", out)
	}
	t.Log(strings.TrimSpace(string(out)))
}
