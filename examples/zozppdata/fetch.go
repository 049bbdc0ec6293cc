package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
	"unicode"
)

// maxInput bounds every publication read, from a file or over HTTP: a year
// of a production calendar is a few KiB and a decade of daily key rates a
// few hundred KiB, so 4 MiB is generous and keeps a hostile or broken
// answer from exhausting memory.
const maxInput = 4 << 20

// userAgent names the program to the servers it asks; cbr.ru is reported
// to refuse some requests that carry none.
const userAgent = "zozppdata (github.com/zozpp/zozpp data updater)"

// readLimited reads at most maxInput bytes from r, naming what it read in
// the error when there is more.
func readLimited(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > maxInput {
		return nil, fmt.Errorf("%s exceeds %d bytes: accepted is a single publication of at most 4 MiB", name, maxInput)
	}
	return data, nil
}

// readFile reads a saved publication.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, path)
}

// httpStatusError is an HTTP answer other than 200 OK.
type httpStatusError struct {
	url    string
	status string
	code   int
	body   string // the start of the body, printable only
}

func (e *httpStatusError) Error() string {
	msg := fmt.Sprintf("%s answered %s", e.url, e.status)
	if e.body != "" {
		msg += ": " + e.body
	}
	return msg
}

// fetch performs req within timeout (and ctx) and returns the body of a
// 200 answer. A network failure is explained as such: the usual cause is
// being offline, and the remedy is a saved copy passed with -in.
func fetch(ctx context.Context, e env, req *http.Request, timeout time.Duration) ([]byte, error) {
	if timeout <= 0 {
		return nil, usagef("-timeout %s: accepted is a positive duration such as 30s", timeout)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req = req.WithContext(ctx)
	req.Header.Set("User-Agent", userAgent)
	resp, err := e.client.Do(req)
	if err != nil {
		return nil, explainNetError(req.URL, timeout, err)
	}
	defer resp.Body.Close()
	body, err := readLimited(resp.Body, req.URL.Redacted())
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, explainNetError(req.URL, timeout, err)
		}
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &httpStatusError{url: req.URL.Redacted(), status: resp.Status, code: resp.StatusCode, body: excerpt(body)}
	}
	return body, nil
}

// explainNetError says why a request failed in terms a user can act on.
func explainNetError(u *url.URL, timeout time.Duration, err error) error {
	var dns *net.DNSError
	var op *net.OpError
	switch {
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("fetching %s: interrupted", u.Redacted())
	case errors.Is(err, context.DeadlineExceeded) || os.IsTimeout(err):
		return fmt.Errorf("%s did not answer within %s: raise -timeout, or save the publication and pass it with -in FILE", u.Host, timeout)
	case errors.As(err, &dns), errors.As(err, &op):
		return fmt.Errorf("cannot reach %s (offline, or the host refuses this network): %v; save the publication elsewhere and pass it with -in FILE", u.Host, err)
	}
	return fmt.Errorf("fetching %s: %v", u.Redacted(), err)
}

// excerpt returns the start of an error body, printable characters only.
func excerpt(body []byte) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return ' '
	}, string(body))
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}

// get fetches u with GET.
func get(ctx context.Context, e env, u string, timeout time.Duration) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, usagef("-url %q: %v", u, err)
	}
	if req.URL.Scheme != "https" && req.URL.Scheme != "http" {
		return nil, usagef("-url %q: accepted is an http or https URL", u)
	}
	return fetch(ctx, e, req, timeout)
}
