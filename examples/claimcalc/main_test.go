package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestREADMECommand runs the README's main job: a refund received on
// 25.12.2024, price 59 990, refunded on 03.02.2025 (ЗоЗПП ст. 22, 23 п. 1).
func TestREADMECommand(t *testing.T) {
	code, out, errOut := runArgs("-claim", "goods.refund", "-received", "2024-12-25", "-price", "59990", "-performed", "2025-02-03")
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, errOut)
	for _, want := range []string{
		"Возврат уплаченной за товар суммы (Закон РФ от 07.02.1992 № 2300-1, ст. 22)",
		"днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193]",
		"Срок исполнения — по 09.01.2025 включительно. Просрочка: 25 дней, с 10.01.2025.",
		"10.01.2025–03.02.2025",
		"14 997,50",
		"ст. 23 п. 1",
	} {
		assert.Contains(t, out, want)
	}
}

func TestJSONAndRunningPenalty(t *testing.T) {
	code, out, errOut := runArgs("-claim", "services.defects", "-received", "03.02.2025", "-term", "10d", "-price", "20000", "-asof", "2025-03-31", "-format", "json")
	require.Equal(t, 0, code, errOut)
	var a map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "overdue", a["status"])
	p := a["penalty"].(map[string]any)
	assert.Equal(t, "20000.00", p["total"], "ЗоЗПП ст. 28 п. 5: capped at the price")
}

func TestList(t *testing.T) {
	code, out, _ := runArgs("-list")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "goods.refund")
	assert.Contains(t, out, "osago.claim")
	assert.Equal(t, 47, strings.Count(out, "\n"), "header and 46 types")
	code, out, _ = runArgs("-list", "-format", "json")
	require.Equal(t, 0, code)
	var all []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &all))
	assert.Len(t, all, 46)
}

// TestBadUsage: one line on stderr saying what is accepted, exit status 2,
// nothing on stdout.
func TestBadUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{}, "-claim is required"},
		{[]string{"-claim", "goods.refun", "-received", "2024-12-25"}, "closest: goods.refund"},
		{[]string{"-claim", "goods.refund"}, "-received is required"},
		{[]string{"-claim", "goods.refund", "-received", "2024-02-30"}, `-received "2024-02-30": accepted: YYYY-MM-DD or DD.MM.YYYY`},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "59 990,5x"}, "accepted: rubles above zero"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "-5"}, "accepted: rubles above zero"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "1.234"}, "up to two decimals"},
		{[]string{"-claim", "services.defects", "-received", "2024-12-25", "-term", "10x"}, "accepted: a number and a unit"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-format", "xml"}, `-format "xml": accepted: text, json`},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-paid", "2025-01-01"}, "accepted: DATE:AMOUNT pairs"},
		{[]string{"-claim", "goods.refund", "-nosuchflag"}, "flag provided but not defined: -nosuchflag"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "extra"}, `unexpected argument "extra"`},
		{[]string{"-claim", "goods.refund", "-event", "2024-12-25", "-received", "2024-12-26"}, "same date; give one"},
	} {
		code, out, errOut := runArgs(tc.args...)
		assert.Equal(t, 2, code, "%v", tc.args)
		assert.Empty(t, out, "%v", tc.args)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
		assert.Contains(t, errOut, tc.msg, "%v", tc.args)
	}
}

// TestClaimErrors: input the library rejects exits 1 with its message.
func TestClaimErrors(t *testing.T) {
	code, out, errOut := runArgs("-claim", "goods.refund", "-received", "2024-12-25", "-performed", "2025-02-03")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "base: 0; give the amount the penalty is taken from (цена товара)")
	code, _, errOut = runArgs("-claim", "goods.replace.far_north", "-received", "2024-12-25")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "no fixed term")
}

func TestHelp(t *testing.T) {
	code, out, _ := runArgs("-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "usage: claimcalc -claim ID")
}

// TestBinary builds the command and runs it as the README does.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "claimcalc")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	out, err := exec.Command(bin, "-claim", "goods.refund", "-received", "2024-12-25", "-price", "59990", "-performed", "2025-02-03").Output()
	require.NoError(t, err)
	assert.Contains(t, string(out), "14 997,50")
	cmd := exec.Command(bin, "-claim", "goods.refund", "-received", "bad")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 2, exit.ExitCode())
	assert.Contains(t, stderr.String(), "accepted: YYYY-MM-DD or DD.MM.YYYY")
}
