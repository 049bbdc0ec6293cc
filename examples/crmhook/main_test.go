package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTestServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(routes(slog.New(slog.NewTextHandler(io.Discard, nil))))
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, srv *httptest.Server, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(srv.URL+"/v1/assess", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
	var m map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&m))
	return resp.StatusCode, m
}

// TestAssess: the README's curl call (ЗоЗПП ст. 22, 23 п. 1).
func TestAssess(t *testing.T) {
	srv := newTestServer(t)
	status, m := post(t, srv, `{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"}`)
	require.Equal(t, http.StatusOK, status, m)
	assert.Equal(t, "overdue", m["status"])
	assert.Equal(t, float64(25), m["days_overdue"])
	assert.Equal(t, "2025-01-09", m["deadline"].(map[string]any)["due"])
	assert.Equal(t, "14997.50", m["penalty"].(map[string]any)["total"])
	assert.Equal(t, "7498.75", m["fine"])
}

func TestValidation(t *testing.T) {
	srv := newTestServer(t)
	for _, tc := range []struct {
		body, field, msg string
		status           int
	}{
		{`{"claim_type":"goods.refund","event":"2024-12-32"}`, "event", "December 2024 has days 01–31", 400},
		{`{"claim_type":"goods.refun","event":"2024-12-25"}`, "claim_type", "closest: goods.refund", 400},
		{`{"event":"2024-12-25"}`, "claim_type", "required", 400},
		{`{"claim_type":"goods.refund","event":"2024-12-25","price":1}`, "price", "unknown field; accepted: agreed_term, as_of, base", 400},
		{`{"claim_type":"goods.refund","event":"2024-12-25","base":"abc"}`, "base", "can't convert abc to decimal", 400},
		{`{"claim_type":"goods.refund","event":"2024-12-25","as_of":"2025-02-01"}`, "base", "give the amount the penalty is taken from", 400},
		{`{"claim_type":"goods.refund","event":"2024-12-25","as_of":"2025-02-01","performed_on":"2025-02-01"}`, "performed_on, as_of", "both given", 400},
		{`{"claim_type":"services.defects","event":"2024-12-25"}`, "consumer_term", "term required", 400},
		{`{"claim_type":"goods.refund","event":"1990-01-01"}`, "event", "the calendar covers", 400},
		{`{"claim_type":"goods.refund","event":5}`, "event", `got JSON number, want a date string, "YYYY-MM-DD"`, 400},
		{`{"claim_type":"goods.refund",`, "", "one JSON object", 400},
		{`[1,2]`, "", "one JSON object", 400},
		{`{"claim_type":"goods.refund","event":"2024-12-25"} {}`, "", "exactly one JSON object", 400},
		{`{"claim_type":"goods.refund","event":"` + strings.Repeat("x", 70<<10) + `"}`, "", "the body exceeds 65536 bytes", 413},
	} {
		status, m := post(t, srv, tc.body)
		assert.Equal(t, tc.status, status, tc.body[:min(len(tc.body), 80)])
		e, ok := m["error"].(map[string]any)
		require.True(t, ok, "%v", m)
		if tc.field != "" {
			assert.Equal(t, tc.field, e["field"], tc.body[:min(len(tc.body), 80)])
		}
		assert.Contains(t, e["message"], tc.msg, tc.body[:min(len(tc.body), 80)])
	}
}

func TestContentTypeAndMethods(t *testing.T) {
	srv := newTestServer(t)
	resp, err := http.Post(srv.URL+"/v1/assess", "text/plain", strings.NewReader(`{}`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	resp, err = http.Get(srv.URL + "/v1/assess")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestClaimTypesAndHealth(t *testing.T) {
	srv := newTestServer(t)
	resp, err := http.Get(srv.URL + "/v1/claimtypes")
	require.NoError(t, err)
	var all []map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&all))
	resp.Body.Close()
	assert.Len(t, all, 46)
	assert.Equal(t, "goods.repair", all[0]["id"])
	resp, err = http.Get(srv.URL + "/healthz")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.JSONEq(t, `{"status":"ok"}`, string(body))
}

// TestGracefulShutdown: serve returns nil once its context is cancelled.
func TestGracefulShutdown(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, addr, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
	require.Eventually(t, func() bool {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	}, 5*time.Second, 20*time.Millisecond)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	srv := newServer(addr, nil)
	assert.Equal(t, 5*time.Second, srv.ReadHeaderTimeout)
	assert.Equal(t, 10*time.Second, srv.WriteTimeout)
}
