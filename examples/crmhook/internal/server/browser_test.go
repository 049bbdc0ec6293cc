package server

import (
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "write the widget's screenshot to examples/crmhook/testdata/widget.png (for the README)")

// findBrowser returns a Chromium or Chrome executable: $ZOZPP_CHROMIUM,
// then the usual names on PATH (Debian's package installs /usr/bin/chromium).
func findBrowser() string {
	if p := os.Getenv("ZOZPP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts one headless browser for a test, with the flags a CI
// container needs and a fresh profile.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := findBrowser()
	if path == "" {
		if os.Getenv("ZOZPP_REQUIRE_TOOLS") != "" { // set by .ci/run once it has installed the browser
			t.Fatal("no Chromium found, and ZOZPP_REQUIRE_TOOLS is set")
		}
		t.Skip("no Chromium found: install Debian's chromium package (apt-get install -y chromium) or set ZOZPP_CHROMIUM to a Chrome or Chromium executable")
	}
	profile, err := os.MkdirTemp("", "zozpp-chromium-")
	require.NoError(t, err)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(900, 1200),
		chromedp.Flag("accept-lang", "ru-RU,ru"),
	)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 45*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc() // waits for the browser to exit
		_ = os.RemoveAll(profile)
	})
	require.NoError(t, chromedp.Run(ctx), "starting %s", path)
	return ctx
}

// artifactDir is where test artifacts go: $ZOZPP_ARTIFACTS, else a
// directory under the system's temporary directory.
func artifactDir(t *testing.T) string {
	dir := os.Getenv("ZOZPP_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "zozpp-artifacts")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// TestWidgetInBrowser fills the widget for the README's claim in headless
// Chromium — goods.refund, received 25.12.2024, price 59 990, refunded
// 03.02.2025 — and finds the due date 09.01.2025 and the penalty
// 14 997,50 on the page, with the timeline drawn.
func TestWidgetInBrowser(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(checked(t, newServer(t, Config{})))
	defer srv.Close()

	var due, result, status string
	var holidays, penaltyArea int
	var png []byte
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(900, 1200),
		chromedp.Navigate(srv.URL+"/?lang=ru"),
		chromedp.WaitVisible(`#zz-types li[data-id="goods.refund"]`),
		chromedp.SendKeys("#zz-search", "возврат уплаченной"),
		chromedp.Click(`#zz-types li[data-id="goods.refund"]`),
		chromedp.SendKeys("#zz-event", "25.12.2024"),
		chromedp.SendKeys("#zz-base", "59 990"),
		chromedp.Click(`input[name=outcome][value=performed]`),
		chromedp.SetValue("#zz-until", "03.02.2025"),
		chromedp.Click("#zz-submit"),
		chromedp.WaitVisible(`#zz-penalty td[data-total]`),
		chromedp.WaitVisible(`#zz-timeline svg`),
		chromedp.Text("#zz-due", &due),
		chromedp.Text("#zz-status", &status),
		chromedp.Text("#zz-result", &result),
		chromedp.Evaluate(`document.querySelectorAll('#zz-timeline rect[data-kind="holiday"]').length`, &holidays),
		chromedp.Evaluate(`document.querySelectorAll('#zz-timeline path').length`, &penaltyArea),
		chromedp.FullScreenshot(&png, 100),
	)
	require.NoError(t, err)
	shot := filepath.Join(artifactDir(t), "widget.png")
	require.NoError(t, os.WriteFile(shot, png, 0o644))
	t.Logf("screenshot: %s (%d KiB)", shot, len(png)>>10)
	if *updateScreenshot {
		require.NoError(t, os.WriteFile(filepath.Join("..", "..", "testdata", "widget.png"), png, 0o644))
	}

	assert.Equal(t, "09.01.2025", due)
	assert.Contains(t, result, "14 997,50")
	assert.Contains(t, result, "7 498,75", "the ст. 13 п. 6 fine")
	assert.Contains(t, status, "25 дней")
	assert.Contains(t, result, "ГК РФ ст. 193", "the reasoning cites the article that moved the day")
	assert.GreaterOrEqual(t, holidays, 8, "the New Year holidays are marked on the timeline")
	assert.Equal(t, 1, penaltyArea, "the penalty grows over the delay")

	// In English, from the same form.
	var dueEN, resultEN string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Click(`.zz-lang button[data-lang="en"]`),
		chromedp.Poll(`document.querySelector('#zz-due').textContent === '9 Jan 2025'`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Text("#zz-due", &dueEN),
		chromedp.Text("#zz-result", &resultEN),
	))
	assert.Equal(t, "9 Jan 2025", dueEN)
	assert.Contains(t, resultEN, "14,997.50")
	assert.Contains(t, resultEN, "Civil Code")

	// A bad amount: the problem is shown and the field marked.
	var errText, invalid string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.SetValue("#zz-base", "0e300000000"),
		chromedp.Click("#zz-submit"),
		chromedp.WaitVisible("#zz-error"),
		chromedp.Text("#zz-error", &errText),
		chromedp.AttributeValue("#zz-base", "aria-invalid", &invalid, nil),
	))
	assert.Contains(t, errText, "base")
	assert.Equal(t, "true", invalid)
}

// TestCrossOriginPage: a page served from another origin calls the API
// with fetch — allowed when its origin is in -cors-origins (with a
// preflight for application/json, without one for text/plain), refused by
// the browser otherwise — and embeds the widget in an iframe, which loads
// and announces itself to the page.
func TestCrossOriginPage(t *testing.T) {
	ctx := browser(t)
	page := http.NewServeMux()
	pageSrv := httptest.NewServer(page)
	defer pageSrv.Close()

	var preflights atomic.Int64
	api := newServer(t, Config{CORSOrigins: []string{pageSrv.URL}})
	apiSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions {
			preflights.Add(1)
		}
		checked(t, api).ServeHTTP(w, r)
	}))
	defer apiSrv.Close()
	closed := httptest.NewServer(checked(t, newServer(t, Config{})))
	defer closed.Close()

	page.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!doctype html><meta charset="utf-8"><title>CRM card</title>
<pre id="out"></pre><pre id="frame"></pre>
<iframe id="widget" src="` + apiSrv.URL + `/?lang=en" width="800" height="600"></iframe>
<script>
const body = JSON.stringify(` + readmeBody + `);
const out = document.getElementById('out');
window.addEventListener('message', e => {
  if (e.data && e.data.source === 'zozpp') document.getElementById('frame').textContent += e.data.type + ' ' + e.origin + '\n';
});
async function call(name, url, type) {
  try {
    const r = await fetch(url + '/v1/assess?lang=en', {method: 'POST', headers: {'Content-Type': type}, body});
    const a = await r.json();
    out.textContent += name + ' ' + r.status + ' ' + a.deadline.due + ' ' + a.penalty.total + ' ' + r.headers.get('X-Request-Id') + '\n';
  } catch (e) {
    out.textContent += name + ' blocked ' + e.name + '\n';
  }
}
(async () => {
  await call('json', '` + apiSrv.URL + `', 'application/json');
  await call('text', '` + apiSrv.URL + `', 'text/plain;charset=UTF-8');
  await call('closed', '` + closed.URL + `', 'application/json');
  out.dataset.done = 'yes';
})();
</script>`))
	})

	var out, frame string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Navigate(pageSrv.URL+"/"),
		chromedp.WaitVisible(`#out[data-done="yes"]`),
		chromedp.Text("#out", &out),
		chromedp.Poll(`document.getElementById('frame').textContent.includes('ready')`, nil, chromedp.WithPollingTimeout(15*time.Second)),
		chromedp.Text("#frame", &frame),
	))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, out)
	assert.Regexp(t, `^json 200 2025-01-09 14997.50 \S+$`, lines[0], "allowed origin, with a preflight; X-Request-Id is exposed")
	assert.Regexp(t, `^text 200 2025-01-09 14997.50 \S+$`, lines[1], "text/plain needs no preflight")
	assert.Equal(t, "closed blocked TypeError", lines[2], "a service without -cors-origins cannot be read")
	assert.EqualValues(t, 1, preflights.Load(), "only the application/json call was preflighted")
	assert.Contains(t, frame, "ready "+apiSrv.URL, "the widget runs inside a cross-origin iframe")
}
