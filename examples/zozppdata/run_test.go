package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// runArgs runs the command offline and returns its exit status and output.
func runArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{stdout: &out, stderr: &errOut, client: &http.Client{}, now: func() time.Time {
		return time.Date(2026, time.November, 30, 12, 0, 0, 0, moscow)
	}}
	code = run(context.Background(), args, e)
	return code, out.String(), errOut.String()
}

// tempFile writes content to a file in a temporary directory.
func tempFile(t *testing.T, name string, content []byte) string {
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, content, 0o644))
	return path
}

// offlineURL is an address where nothing listens.
func offlineURL(t *testing.T) string {
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	return srv.URL
}

func TestRunRates(t *testing.T) {
	const dailySample = "testdata/cbr-keyrateXML-daily-2024H2.DERIVED.xml"
	changed := tempFile(t, "changed.xml", bytes.ReplaceAll(sample(t, "cbr-keyrateXML-daily-2024H2.DERIVED.xml"), []byte(">18.00<"), []byte(">18.50<")))
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"check: no difference", []string{"rates", "-in", dailySample, "-check"}, 0,
			[]string{"no difference from the embedded key-rate history over the publication's days"}, nil},
		{"check: the HTML table", []string{"rates", "-in", "testdata/cbr-keyrate-table.DERIVED.html", "-check"}, 0,
			[]string{"no difference"}, nil},
		{"check: a changed decision", []string{"rates", "-in", changed, "-check"}, 1,
			[]string{"1 difference(s) from the embedded key-rate history", "~ 2024-07-29   18.00 → 18.50  another rate on the same day"}, nil},
		{"check: the refinancing table", []string{"rates", "-in", "testdata/cbr-refinancing-table.DERIVED.html", "-check"}, 0,
			[]string{"no difference from the embedded refinancing-rate history", "note: line 16: the period from 01.01.2016 is left out"}, nil},
		{"a silent gap", []string{"rates", "-in", "testdata/cbr-keyrate-soap11-response.xml"}, 2,
			nil, []string{"zozppdata: testdata/cbr-keyrate-soap11-response.xml: 3 problem(s) in the publication:", "-max-gap"}},
		{"unknown format", []string{"rates", "-in", "testdata/isdayoff-2026.DERIVED.txt"}, 2, nil, []string{"cannot tell the format"}},
		{"offline", []string{"rates", "-url", offlineURL(t)}, 2, nil, []string{"cannot reach 127.0.0.1", "pass it with -in FILE"}},
		{"two sources", []string{"rates", "-in", dailySample, "-url", "https://example.org"}, 2, nil, []string{"-in and -url both given"}},
		{"bad date", []string{"rates", "-from", "2024/07/01"}, 2, nil, []string{`-from "2024/07/01": accepted is YYYY-MM-DD or DD.MM.YYYY`}},
		{"bad format", []string{"rates", "-format", "json"}, 2, nil, []string{`-format "json": accepted are auto, soap, html, refinancing`}},
		{"stray argument", []string{"rates", "now"}, 2, nil, []string{`unexpected argument "now"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(t, tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", stderr)
			for _, w := range tt.stdout {
				assert.Contains(t, stdout, w)
			}
			for _, w := range tt.stderr {
				assert.Contains(t, stderr, w)
			}
		})
	}
}

func TestRunRatesUpdatesAFileInPlace(t *testing.T) {
	path := tempFile(t, "key-rate.csv", []byte(keyRateFile))
	code, stdout, stderr := runArgs(t, "rates", "-in", "testdata/cbr-keyrateXML-daily-2024H2.DERIVED.xml", "-o", path)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "1 difference(s) from "+path, "the report compares with the file being updated")
	assert.Contains(t, stderr, "+ 2024-10-28")
	assert.Contains(t, stderr, "wrote 5 periods to "+path+" (known through 2024-12-27)")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), keyRateFile[:strings.Index(keyRateFile, "2024-09-16")]), "the header and the confirmed rows are kept")
	h, err := loadRates(data, kindKey)
	require.NoError(t, err)
	assert.Equal(t, date(t, "2024-12-27"), h.knownThrough())

	// A second run has nothing to add.
	code, _, stderr = runArgs(t, "rates", "-in", "testdata/cbr-keyrateXML-daily-2024H2.DERIVED.xml", "-o", path)
	require.Equal(t, 0, code, stderr)
	again, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again))
}

func TestRunRatesToStandardOutput(t *testing.T) {
	code, stdout, stderr := runArgs(t, "rates", "-in", "testdata/cbr-keyrateXML-daily-2024H2.DERIVED.xml")
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "# Ключевая ставка Банка России"))
	h, err := loadRates([]byte(stdout), kindKey)
	require.NoError(t, err)
	embedded, err := embeddedHistory(kindKey)
	require.NoError(t, err)
	assertSameHistory(t, embedded, h, "a series the embedded history already covers changes nothing")

	path := tempFile(t, "refinancing-rate.csv", []byte("# Ставка рефинансирования\nfrom,percent,kind,source\n2012-09-14,8.25,refinancing,Указание Банка России от 13.09.2012 № 2873-У\n"))
	code, _, stderr = runArgs(t, "rates", "-in", "testdata/cbr-refinancing-table.DERIVED.html", "-o", path)
	require.Equal(t, 0, code, stderr)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	h, err = loadRates(data, kindRefinancing)
	require.NoError(t, err)
	require.Len(t, h, 11)
	assert.Equal(t, "Указание Банка России от 13.09.2012 № 2873-У", h[10].Source, "the confirmed row keeps its source")
	assert.Equal(t, "Указание Банка России от 23.12.2011 № 2758-У ("+refinancingSource+")", h[9].Source)
}

func TestRunCalendar(t *testing.T) {
	// A publication of 2028, a year the embedded data derives from the statute alone.
	y2028, err := calendarYear(calendar.Russia(), 2028, "")
	require.NoError(t, err)
	digits := make([]byte, len(y2028.Days))
	for i, s := range y2028.Days {
		digits[i] = map[dayStatus]byte{statusWorking: '0', statusOff: '1', statusShortened: '2'}[s]
	}
	isdayoff2028 := tempFile(t, "2028.txt", digits)
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"check: agree", []string{"calendar", "-in", "testdata/xmlcalendar-ru-2026.xml", "-check"}, 0,
			[]string{"2026: xmlcalendar ru/2026 (2025.09.30) and the embedded calendar agree on every day"}, nil},
		{"check: data.gov.ru, three years", []string{"calendar", "-in", "testdata/datagov-2024-2026.DERIVED.csv", "-check"}, 0,
			[]string{"2024: data.gov.ru", "2025: data.gov.ru", "2026: data.gov.ru"}, nil},
		{"check: one day changed, cross-checked", []string{"calendar", "-in", "testdata/xmlcalendar-ru-2026-one-day-changed.DERIVED.xml",
			"-cross-in", "testdata/isdayoff-2026.DERIVED.txt", "-year", "2026", "-check"}, 1,
			[]string{"and the embedded calendar disagree on 1 day(s)", "and isdayoff 2026 disagree on 1 day(s)", "2026-05-11  понедельник  working"}, nil},
		{"check: a year without a decree", []string{"calendar", "-in", isdayoff2028, "-year", "2028", "-check"}, 1,
			[]string{"2028: the embedded calendar has no decree for this year (official through 2027): its days are provisional"}, nil},
		{"sources disagree: nothing written", []string{"calendar", "-in", "testdata/xmlcalendar-ru-2026.xml",
			"-cross-in", "testdata/xmlcalendar-ru-2026-one-day-changed.DERIVED.xml", "-citation", "x"}, 1,
			nil, []string{"the two publications disagree: nothing written"}},
		{"no citation", []string{"calendar", "-in", "testdata/xmlcalendar-ru-2026.xml"}, 2, nil, []string{"-citation is required to write"}},
		{"several years", []string{"calendar", "-in", "testdata/datagov-2024-2026.DERIVED.csv", "-citation", "x"}, 2,
			nil, []string{"the publication has the years [2024 2025 2026]: pass -year"}},
		{"a year the file lacks", []string{"calendar", "-in", "testdata/datagov-2024-2026.DERIVED.csv", "-year", "2023"}, 2,
			nil, []string{"no data for 2023 (it has [2024 2025 2026])"}},
		{"isdayoff without a year", []string{"calendar", "-in", "testdata/isdayoff-2026.DERIVED.txt"}, 2, nil, []string{"-year is required for isdayoff"}},
		{"fetch without a year", []string{"calendar"}, 2, nil, []string{"-year is required to fetch"}},
		{"offline", []string{"calendar", "-year", "2026", "-url", offlineURL(t)}, 2, nil, []string{"cannot reach 127.0.0.1"}},
		{"invalid publication", []string{"calendar", "-in", "testdata/cbr-keyrate-soap11-response.xml"}, 2, nil, []string{"no calendar element"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(t, tt.args...)
			assert.Equal(t, tt.code, code, "stderr: %s", stderr)
			for _, w := range tt.stdout {
				assert.Contains(t, stdout, w)
			}
			for _, w := range tt.stderr {
				assert.Contains(t, stderr, w)
			}
		})
	}
}

func TestRunCalendarWrites(t *testing.T) {
	const citation = "Постановление Правительства РФ от 24.09.2025 № 1466"
	dir := t.TempDir()
	acts := filepath.Join(dir, "acts.json")
	code, _, stderr := runArgs(t, "calendar", "-in", "testdata/xmlcalendar-ru-2026.xml", "-citation", citation, "-o", acts)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "2026: the derived decree has the same transfers and citation as the data's")
	data, err := os.ReadFile(acts)
	require.NoError(t, err)
	var list []calendar.Act
	require.NoError(t, json.Unmarshal(data, &list))
	require.Len(t, list, 1)
	assert.Equal(t, citation, list[0].Citation)

	full := filepath.Join(dir, "russia.json")
	code, _, stderr = runArgs(t, "calendar", "-in", "testdata/isdayoff-2026.DERIVED.txt", "-year", "2026", "-citation", citation, "-full", "-o", full)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "note: transfer 2026-01-03 → 2026-01-09")
	data, err = os.ReadFile(full)
	require.NoError(t, err)
	c, err := calendar.Load(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, citation, fmt.Sprint(c.Day(date(t, "2026-12-31")).Basis))

	// Updating the full definition in place with the same data changes nothing.
	code, _, stderr = runArgs(t, "calendar", "-in", "testdata/xmlcalendar-ru-2026.xml", "-citation", citation, "-title", "О переносе выходных дней в 2026 году", "-full", "-o", full)
	require.Equal(t, 0, code, stderr)
	again, err := os.ReadFile(full)
	require.NoError(t, err)
	c2, err := calendar.Load(bytes.NewReader(again))
	require.NoError(t, err)
	assert.Equal(t, c.Definition().LastYear, c2.Definition().LastYear)
}

func TestRunUsage(t *testing.T) {
	code, _, stderr := runArgs(t)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage:")

	code, _, stderr = runArgs(t, "holidays")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown command "holidays": accepted are rates and calendar`)

	code, stdout, _ := runArgs(t, "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "zozppdata rates")

	code, stdout, _ = runArgs(t, "calendar", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "-citation")
}
