package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/claimtype"
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
		"Возврат уплаченной за товар суммы (Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 22)",
		"днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193]",
		"Срок исполнения — по 09.01.2025 включительно. Просрочка: 25 дней, с 10.01.2025.",
		"10.01.2025–03.02.2025",
		"14 997,50",
		"ст. 23 п. 1",
	} {
		assert.Contains(t, out, want)
	}
}

// TestEnglish: the same claim explained in English (-lang en), rendered
// from the same data.
func TestEnglish(t *testing.T) {
	code, out, errOut := runArgs("-claim", "goods.refund", "-received", "2024-12-25", "-price", "59990", "-performed", "2025-02-03", "-lang", "en")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{
		"Refund of the price of goods (Law of the Russian Federation of 7 February 1992 No. 2300-1",
		"the term therefore ends on the next working day, 9 January 2025. [Civil Code of the Russian Federation, Art. 193]",
		"Due by 9 January 2025 inclusive. Delay: 25 days, from 10 January 2025.",
		"14,997.50",
	} {
		assert.Contains(t, out, want)
	}
}

// TestFineInFull: ЗоЗПП ст. 13 п. 6 — 50 % of everything awarded: the
// penalty, the refund, moral damages and losses (Пленум ВС РФ № 17 п. 46).
func TestFineInFull(t *testing.T) {
	code, out, errOut := runArgs("-claim", "goods.refund", "-received", "2024-12-25", "-price", "59 990", "-performed", "2025-02-03",
		"-awarded", "-moral", "10000", "-losses", "2500,50", "-format", "json")
	require.Equal(t, 0, code, errOut)
	var a map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "43744.00", a["fine"].(map[string]any)["total"], "50 % × (14 997,50 + 59 990,00 + 10 000,00 + 2 500,50)")
}

// TestPaidFlag: -paid repeats, and its amount may have a decimal comma
// (review D13).
func TestPaidFlag(t *testing.T) {
	code, out, errOut := runArgs("-claim", "goods.prepaid.refund", "-received", "2025-03-03", "-price", "50000", "-performed", "2025-03-20",
		"-paid", "2025-03-15:20000,50", "-paid", "2025-03-17:100", "-format", "json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"paid":"20000.50"`)
}

// TestWriteError: output that cannot be written exits 1 (review D12).
func TestWriteError(t *testing.T) {
	var errOut bytes.Buffer
	code := run([]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "59990", "-performed", "2025-02-03"}, failWriter{}, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "writing the output")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestStaleRatesWarning: past the known key rates the CLI prints a warning
// line with its code and still answers (issue 12).
func TestStaleRatesWarning(t *testing.T) {
	code, out, errOut := runArgs("-claim", "goods.distance.refund", "-received", "2026-10-01", "-price", "1000", "-asof", "2026-11-30")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "claimcalc: warning: rates_stale:")
	assert.Contains(t, out, "Проценты по ГК РФ ст. 395 не рассчитаны")
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
	assert.Equal(t, len(claimtype.All())+1, strings.Count(out, "\n"), "header and every type")
	code, out, _ = runArgs("-list", "-format", "json", "-lang", "en")
	require.Equal(t, 0, code)
	var all []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &all))
	assert.Len(t, all, len(claimtype.All()))
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
		{[]string{"-claim", "goods.refund", "-received", "2024-02-30"}, `-received "2024-02-30": accepted: YYYY-MM-DD, DD.MM.YYYY or an RFC 3339 date-time`},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "59 990,5x"}, "accepted: rubles with up to two decimals"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "-5"}, "accepted: rubles with up to two decimals"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "1.234"}, "up to two decimals"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-price", "0e300000000"}, "accepted: rubles"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-lang", "de"}, `-lang "de": accepted: ru, en`},
		{[]string{"-claim", "services.defects", "-received", "2024-12-25", "-term", "10x"}, "accepted: a number and a unit"},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-format", "xml"}, `-format "xml": accepted: text, json`},
		{[]string{"-claim", "goods.refund", "-received", "2024-12-25", "-paid", "2025-01-01"}, "accepted: DATE:AMOUNT, one payment per flag"},
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
	assert.Contains(t, errOut, "base: required once the term is missed")
	code, _, errOut = runArgs("-claim", "goods.replace.far_north", "-received", "2024-12-25")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "the term ends with an event")
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
	assert.Contains(t, stderr.String(), "accepted: YYYY-MM-DD, DD.MM.YYYY")
}

// TestRegulation: the sample regulation's timeline for a claim received on
// 30.12.2025 at 17:30, before the New Year holidays (issue 14), beside the
// statutory term of a refund (ЗоЗПП ст. 22: 10 days, to 12.01.2026 after
// ГК РФ ст. 193).
func TestRegulation(t *testing.T) {
	code, out, errOut := runArgs("-regulation", "sample", "-received", "2025-12-30T17:30:00+03:00", "-now", "2026-01-12T10:00:00+03:00",
		"-claim", "goods.refund", "-lang", "en")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "12 January 2026")
	code, out, errOut = runArgs("-regulation", "sample", "-received", "2025-12-30T17:30:00+03:00", "-now", "2026-01-12T10:00:00+03:00", "-format", "json")
	require.Equal(t, 0, code, errOut)
	assert.True(t, json.Valid([]byte(out)))
	code, _, errOut = runArgs("-regulation", "sample", "-received", "30.12.2025")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "accepted: an RFC 3339 date-time")
}

// TestSchedule: -debts reads a schedule (ЖК РФ ст. 155 ч. 14); the payment
// the payer named goes to that month's bill (Пленум ВС РФ № 22 п. 32).
func TestSchedule(t *testing.T) {
	code, out, errOut := runArgs("-claim", "utilities.payment", "-debts", "testdata/bills.csv", "-asof", "2025-06-30", "-format", "json")
	require.Equal(t, 0, code, errOut)
	var a map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "overdue", a["status"])
	assert.Contains(t, out, `"allocation.named"`)
	code, _, errOut = runArgs("-claim", "goods.refund", "-debts", "testdata/bills.csv", "-asof", "2025-06-30")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "debts")
}
