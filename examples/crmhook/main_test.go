package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseConfig(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, tc := range []struct {
		name    string
		args    []string
		env     map[string]string
		check   func(t *testing.T, c config)
		wantErr string
	}{
		{"defaults", nil, nil, func(t *testing.T, c config) {
			assert.Equal(t, "127.0.0.1:8080", c.addr)
			assert.Equal(t, 1024, c.maxConns)
			assert.Equal(t, 1000, c.batchMax)
			assert.Empty(t, c.corsOrigins, "no CORS origin by default")
			assert.True(t, c.accessLog)
			assert.Equal(t, 400, c.gcPercent)
		}, ""},
		{"GOGC wins over the default", nil, map[string]string{"GOGC": "100"}, func(t *testing.T, c config) {
			assert.Equal(t, 0, c.gcPercent, "left to the runtime")
		}, ""},
		{"the flag wins over GOGC", []string{"-gc-percent", "200"}, map[string]string{"GOGC": "100"}, func(t *testing.T, c config) {
			assert.Equal(t, 200, c.gcPercent)
		}, ""},
		{"environment", nil, map[string]string{"CRMHOOK_ADDR": ":9000", "CRMHOOK_CORS_ORIGINS": "https://*.bitrix24.ru", "CRMHOOK_MAX_CONNS": "64",
			"CRMHOOK_LOG_FORMAT": "json", "CRMHOOK_ACCESS_LOG": "false", "CRMHOOK_DRAIN_DELAY": "5s"}, func(t *testing.T, c config) {
			assert.Equal(t, ":9000", c.addr)
			assert.Equal(t, "https://*.bitrix24.ru", c.corsOrigins)
			assert.Equal(t, 64, c.maxConns)
			assert.Equal(t, "json", c.logFormat)
			assert.False(t, c.accessLog)
			assert.Equal(t, 5*time.Second, c.drainDelay)
		}, ""},
		{"a flag wins over the environment", []string{"-addr", ":7000"}, map[string]string{"CRMHOOK_ADDR": ":9000"}, func(t *testing.T, c config) {
			assert.Equal(t, ":7000", c.addr)
		}, ""},
		{"bad environment value", nil, map[string]string{"CRMHOOK_MAX_CONNS": "lots"}, nil, "CRMHOOK_MAX_CONNS"},
		{"zero connections", []string{"-max-conns", "0"}, nil, nil, "-max-conns"},
		{"bad log format", []string{"-log-format", "xml"}, nil, nil, "-log-format"},
		{"bad log level", []string{"-log-level", "loud"}, nil, nil, "-log-level"},
		{"positional argument", []string{"serve"}, nil, nil, "unexpected argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseConfig(tc.args, env(tc.env), io.Discard)
			if tc.wantErr != "" {
				assert.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			tc.check(t, c)
		})
	}
}

func TestUsageListsEveryFlag(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run(context.Background(), []string{"-h"}, func(string) string { return "" }, io.Discard, &out))
	for _, fe := range flagEnv {
		assert.Contains(t, out.String(), "-"+fe.flag+" ("+fe.env)
	}
	assert.Equal(t, 2, run(context.Background(), []string{"-nope"}, func(string) string { return "" }, io.Discard, io.Discard))
}

// syncBuffer is a log sink the test reads while the service writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestRunReloadAndShutdown starts the real service on a free port, with
// -calendar and -rates files; SIGHUP reloads them; cancelling stops it
// gracefully; the healthcheck flag probes it.
func TestRunReloadAndShutdown(t *testing.T) {
	dir := t.TempDir()
	cal, rates := filepath.Join(dir, "calendar.json"), filepath.Join(dir, "rates.csv")
	require.NoError(t, os.WriteFile(cal, []byte(`[{"year":2028,"citation":"Постановление Правительства РФ от 01.09.2027 № 1001","yearly":true}]`), 0o644))
	require.NoError(t, os.WriteFile(rates, []byte("from,percent,kind\n2026-09-24,16.5,key\n2026-12-01,,none\n"), 0o644))

	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-log-format", "json", "-calendar", cal, "-rates", rates}, func(string) string { return "" }, io.Discard, logs)
	}()
	var addr string
	require.Eventually(t, func() bool {
		m := regexp.MustCompile(`"msg":"listening","addr":"([^"]+)"`).FindStringSubmatch(logs.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	}, 10*time.Second, 10*time.Millisecond, "the service did not start: %s", logs)
	base := "http://" + addr

	version := func() (int, string) {
		resp, err := http.Get(base + "/v1/version")
		require.NoError(t, err)
		defer resp.Body.Close()
		var v struct {
			Data struct {
				Calendar struct {
					OfficialThrough int `json:"official_through"`
				}
				Rates struct {
					KnownThrough string `json:"key_rate_known_through"`
				}
			}
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
		return v.Data.Calendar.OfficialThrough, v.Data.Rates.KnownThrough
	}
	year, through := version()
	assert.Equal(t, 2028, year)
	assert.Equal(t, "2026-11-30", through)

	// New files, SIGHUP: the new data is in use.
	require.NoError(t, os.WriteFile(rates, []byte("from,percent,kind\n2026-09-24,16.5,key\n2026-12-20,,none\n"), 0o644))
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGHUP))
	require.Eventually(t, func() bool { _, th := version(); return th == "2026-12-19" }, 5*time.Second, 20*time.Millisecond)
	assert.Contains(t, logs.String(), `"msg":"reloaded"`)

	// A broken file: the reload fails, the data in use stays.
	require.NoError(t, os.WriteFile(rates, []byte("garbage"), 0o644))
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGHUP))
	require.Eventually(t, func() bool { return strings.Contains(logs.String(), "reload failed") }, 5*time.Second, 20*time.Millisecond)
	_, through = version()
	assert.Equal(t, "2026-12-19", through)

	// The access log has a JSON line per request with its id.
	assert.Regexp(t, `"msg":"request","request_id":"[^"]+","method":"GET","path":"/v1/version","route":"/v1/version","status":200`, logs.String())

	var out bytes.Buffer
	assert.Equal(t, 0, run(context.Background(), []string{"-healthcheck", "-addr", addr}, func(string) string { return "" }, &out, io.Discard))
	assert.Equal(t, "ok\n", out.String())

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code, "logs: %s", logs)
	case <-time.After(15 * time.Second):
		t.Fatal("the service did not stop")
	}
	assert.Contains(t, logs.String(), `"msg":"stopped"`)
	assert.Equal(t, 1, run(context.Background(), []string{"-healthcheck", "-addr", addr}, func(string) string { return "" }, io.Discard, io.Discard), "nothing answers any more")
}

func TestRunFailsOnBadData(t *testing.T) {
	var logs bytes.Buffer
	code := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-rates", filepath.Join(t.TempDir(), "missing.csv")}, func(string) string { return "" }, io.Discard, &logs)
	assert.Equal(t, 1, code)
	assert.Contains(t, logs.String(), "-rates")
}

// TestMaxConns: with -max-conns 1, a second connection waits until the
// first one closes (reliability review, D15).
func TestMaxConns(t *testing.T) {
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-log-format", "json", "-max-conns", "1", "-access-log=false"}, func(string) string { return "" }, io.Discard, logs)
	}()
	defer func() { cancel(); <-done }()
	var addr string
	require.Eventually(t, func() bool {
		m := regexp.MustCompile(`"msg":"listening","addr":"([^"]+)"`).FindStringSubmatch(logs.String())
		if m != nil {
			addr = m[1]
		}
		return m != nil
	}, 10*time.Second, 10*time.Millisecond)

	first, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	// The first connection is accepted and holds the only slot.
	_, err = first.Write([]byte("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"))
	require.NoError(t, err)
	buf := make([]byte, 512)
	_, err = first.Read(buf)
	require.NoError(t, err)

	client := &http.Client{Timeout: 300 * time.Millisecond}
	_, err = client.Get("http://" + addr + "/healthz")
	require.Error(t, err, "a second connection is not served while the first is open")

	require.NoError(t, first.Close())
	client.Timeout = 5 * time.Second
	resp, err := client.Get("http://" + addr + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
}
