package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fetch tests talk to a server on the loopback interface only; no
// test reaches the network.

func testEnv() env {
	return env{stdout: io.Discard, stderr: io.Discard, client: &http.Client{}, now: time.Now}
}

func TestFetchKeyRateSOAP(t *testing.T) {
	capture := sample(t, "cbr-keyrate-soap11-response.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Method != http.MethodPost || r.Header.Get("SOAPAction") != `"http://web.cbr.ru/KeyRate"` ||
			!strings.HasPrefix(r.Header.Get("User-Agent"), "zozppdata") ||
			!bytes.Contains(body, []byte("<fromDate>2024-07-26T00:00:00</fromDate>")) ||
			!bytes.Contains(body, []byte("<ToDate>2025-01-17T00:00:00</ToDate>")) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		_, _ = w.Write(capture)
	}))
	defer srv.Close()
	data, err := fetchKeyRateSOAP(context.Background(), testEnv(), srv.URL, date(t, "2024-07-26"), date(t, "2025-01-17"), time.Second)
	require.NoError(t, err)
	assert.Equal(t, capture, data)
}

func TestFetchErrors(t *testing.T) {
	handler := func(status int, body string, delay time.Duration) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if delay > 0 {
				select {
				case <-time.After(delay):
				case <-r.Context().Done():
					return
				}
			}
			w.WriteHeader(status)
			_, _ = io.WriteString(w, body)
		}
	}
	tests := []struct {
		name    string
		handler http.HandlerFunc
		timeout time.Duration
		want    string
	}{
		{"server error", handler(http.StatusInternalServerError, "<html><body>\n<h1>Runtime Error</h1></body></html>", 0), time.Second,
			"answered 500 Internal Server Error: <html><body> <h1>Runtime Error</h1></body></html>"},
		{"isdayoff error code", handler(http.StatusNotFound, "101", 0), time.Second, "error 101: no data for that date"},
		{"too large", handler(http.StatusOK, strings.Repeat("0", maxInput+1), 0), time.Second, "exceeds 4194304 bytes"},
		{"too slow", handler(http.StatusOK, "", time.Second), 50 * time.Millisecond, "did not answer within 50ms: raise -timeout, or save the publication and pass it with -in FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			_, err := get(context.Background(), testEnv(), srv.URL, tt.timeout)
			err = explainIsDayOff(err)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestFetchOffline(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there any more: what being offline looks like
	_, err := get(context.Background(), testEnv(), url, time.Second)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot reach "+strings.TrimPrefix(url, "http://")+" (offline, or the host refuses this network)")
	assert.Contains(t, err.Error(), "pass it with -in FILE")
}

func TestFetchUsage(t *testing.T) {
	_, err := get(context.Background(), testEnv(), "ftp://example.org/x", time.Second)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "accepted is an http or https URL")

	_, err = get(context.Background(), testEnv(), "http://127.0.0.1:1/", 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "-timeout 0s: accepted is a positive duration")
}

func TestFetchInterrupted(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := get(ctx, testEnv(), srv.URL, time.Second)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "interrupted")
}
