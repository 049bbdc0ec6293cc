// Command loadtest measures the crmhook service on this machine: it builds
// and starts the service on loopback, then drives POST /v1/assess (the
// README's claim) and GET /healthz side by side with a closed loop of 1,
// 16 and 256 concurrent clients for a bounded time each, and reports
// requests per second, p50, p99 and max latency, failed requests, the
// service's resident memory before and after, and the time of a batch of
// 1 000 claims.
//
//	go run ./examples/crmhook/loadtest                 # 3 runs × 3 s per endpoint and level, ~1 min
//	go run ./examples/crmhook/loadtest -duration 10s -rounds 5 -out load.md
//
// The generator and the service share the machine's cores, so the figures
// are lower bounds of what the service does alone. It only ever talks to
// loopback: -url must name 127.0.0.1, ::1 or localhost.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// readmeClaim is the README's claim.
const readmeClaim = `{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"}`

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

type endpoint struct {
	name, method, path, contentType string
	body                            []byte
}

type result struct {
	endpoint      string
	concurrency   int
	requests      int
	failed        int
	elapsed       time.Duration
	p50, p99, max time.Duration
	firstFailure  string
	// serverCPU and clientCPU are the CPU time the service and the
	// generator used during the run: per request, a measure of the work
	// that does not depend on what else runs on the machine.
	serverCPU, clientCPU time.Duration
}

// cpuPerRequest is the CPU time of service and generator per request.
func (r result) cpuPerRequest() (server, total time.Duration) {
	if r.requests == 0 {
		return 0, 0
	}
	n := time.Duration(r.requests)
	return r.serverCPU / n, (r.serverCPU + r.clientCPU) / n
}

func (r result) rate() float64 { return float64(r.requests) / r.elapsed.Seconds() }

func run() error {
	duration := flag.Duration("duration", 3*time.Second, "how long each run lasts (at most 2m)")
	rounds := flag.Int("rounds", 3, "runs of each endpoint at each concurrency, interleaved; the median is reported (other load on the machine then skews both endpoints alike)")
	concurrency := flag.String("c", "1,16,256", "concurrency levels, comma-separated (at most 1024)")
	bin := flag.String("bin", "", "a built crmhook binary; by default the loadtest builds one")
	target := flag.String("url", "", "measure a service already running on loopback instead of starting one (RSS is then not reported)")
	batches := flag.Int("batches", 20, "batches of 1 000 claims to time")
	out := flag.String("out", "", "also write the report to this file (Markdown)")
	flag.Parse()
	if *duration <= 0 || *duration > 2*time.Minute {
		return errors.New("-duration must be in (0, 2m]")
	}
	if *rounds < 1 || *rounds > 9 {
		return errors.New("-rounds must be 1 to 9")
	}
	var levels []int
	for _, s := range strings.Split(*concurrency, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 1024 {
			return fmt.Errorf("-c %q: accepted are integers from 1 to 1024", s)
		}
		levels = append(levels, n)
	}

	base := *target
	pid := 0
	if base == "" {
		stop, addr, p, err := startService(*bin)
		if err != nil {
			return err
		}
		defer stop()
		base, pid = "http://"+addr, p
	}
	u, err := url.Parse(base)
	if err != nil || !isLoopback(u.Hostname()) {
		return fmt.Errorf("-url %q: only a loopback address is accepted", base)
	}

	endpoints := []endpoint{
		{name: "GET /healthz", method: "GET", path: "/healthz"},
		{name: "POST /v1/assess", method: "POST", path: "/v1/assess", contentType: "application/json", body: []byte(readmeClaim)},
	}
	var report strings.Builder
	fmt.Fprintf(&report, "crmhook load test: %s, GOMAXPROCS %d, %d CPUs shared by the service and the generator, keep-alive, closed loop; "+
		"%d interleaved runs of %s per endpoint and concurrency, the median run shown.\n\n",
		runtime.Version(), runtime.GOMAXPROCS(0), runtime.NumCPU(), *rounds, *duration)
	rssStart := rss(pid)
	// Warm up: tables built on first use, connections, the GC's pacing.
	for _, e := range endpoints {
		load(base, e, 16, time.Second, pid)
	}
	rssWarm := rss(pid)

	fmt.Fprintf(&report, "| endpoint | concurrency | requests | req/s | p50 | p99 | max | failed (all runs) | CPU/request: service | service + generator |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	var results []result
	rssAfter := map[int]int64{}
	for _, c := range levels {
		runs := make([][]result, len(endpoints))
		for range *rounds {
			for i, e := range endpoints {
				runs[i] = append(runs[i], load(base, e, c, *duration, pid))
			}
		}
		for i := range endpoints {
			slices.SortFunc(runs[i], func(a, b result) int { return int(a.rate() - b.rate()) })
			r := runs[i][len(runs[i])/2]
			failed := 0
			for _, x := range runs[i] {
				failed += x.failed
				if x.firstFailure != "" {
					fmt.Fprintf(os.Stderr, "first failure of %s at c=%d: %s\n", x.endpoint, x.concurrency, x.firstFailure)
				}
			}
			r.failed = failed
			results = append(results, r)
			sc, tc := r.cpuPerRequest()
			fmt.Fprintf(&report, "| %s | %d | %d | %.0f | %s | %s | %s | %d | %s | %s |\n", r.endpoint, r.concurrency, r.requests, r.rate(), ms(r.p50), ms(r.p99), ms(r.max), r.failed, us(sc), us(tc))
		}
		rssAfter[c] = rss(pid)
	}
	report.WriteString("\n")
	for _, c := range levels {
		var h, a result
		for _, r := range results {
			if r.concurrency == c {
				if strings.Contains(r.endpoint, "healthz") {
					h = r
				} else {
					a = r
				}
			}
		}
		line := fmt.Sprintf("POST /v1/assess at c=%d: %.0f%% of /healthz's requests per second", c, 100*a.rate()/h.rate())
		if _, ht := h.cpuPerRequest(); ht > 0 {
			_, at := a.cpuPerRequest()
			line += fmt.Sprintf(" (by the CPU each request costs service and generator together, which other load on the machine does not change: %.0f%%)", 100*float64(ht)/float64(at))
		}
		fmt.Fprintln(&report, line+".")
	}

	if *batches > 0 {
		fmt.Fprintf(&report, "\n%s\n", timeBatches(base, *batches))
	}
	if pid != 0 {
		fmt.Fprintf(&report, "\nResident memory of the service: %s at start, %s after warm-up", mb(rssStart), mb(rssWarm))
		for _, c := range levels {
			fmt.Fprintf(&report, ", %s after c=%d", mb(rssAfter[c]), c)
		}
		fmt.Fprintf(&report, ", %s at the end.\n", mb(rss(pid)))
	}
	fmt.Print(report.String())
	if *out != "" {
		return os.WriteFile(*out, []byte(report.String()), 0o644)
	}
	return nil
}

// load runs a closed loop of c clients against e for d.
func load(base string, e endpoint, c int, d time.Duration, pid int) result {
	server0, client0 := processCPU(pid), selfCPU()
	tr := &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c, DisableCompression: true, IdleConnTimeout: time.Minute}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var wg sync.WaitGroup
	lat := make([][]time.Duration, c)
	var failed atomic.Int64
	var firstFailure atomic.Value
	start := time.Now()
	for i := range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := make([]time.Duration, 0, 1<<14)
			for ctx.Err() == nil {
				var body io.Reader
				if e.body != nil {
					body = bytes.NewReader(e.body)
				}
				req, _ := http.NewRequest(e.method, base+e.path, body)
				if e.contentType != "" {
					req.Header.Set("Content-Type", e.contentType)
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				if ctx.Err() != nil {
					break // a request cut by the end of the run is not counted
				}
				if err != nil {
					failed.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			lat[i] = mine
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	r := result{endpoint: e.name, concurrency: c, requests: len(all), failed: int(failed.Load()), elapsed: elapsed,
		serverCPU: processCPU(pid) - server0, clientCPU: selfCPU() - client0}
	if f, ok := firstFailure.Load().(string); ok {
		r.firstFailure = f
	}
	if len(all) > 0 {
		r.p50, r.p99, r.max = all[len(all)/2], all[len(all)*99/100], all[len(all)-1]
	}
	return r
}

// timeBatches posts a batch of 1 000 claims n times, one after another.
func timeBatches(base string, n int) string {
	claims := make([]string, 1000)
	for i := range claims {
		day := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%400).Format("2006-01-02")
		claims[i] = `{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"` + day + `"}`
	}
	body := []byte("[" + strings.Join(claims, ",") + "]")
	var times []time.Duration
	size := 0
	for range n {
		t0 := time.Now()
		resp, err := http.Post(base+"/v1/assess/batch", "application/json", bytes.NewReader(body))
		if err != nil {
			return "batch: " + err.Error()
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		times = append(times, time.Since(t0))
		size = len(b)
		var m struct{ Count, Failed int }
		if resp.StatusCode != 200 || json.Unmarshal(b, &m) != nil || m.Count != 1000 || m.Failed != 0 {
			return fmt.Sprintf("batch: status %d, %.200s", resp.StatusCode, b)
		}
	}
	slices.Sort(times)
	return fmt.Sprintf("POST /v1/assess/batch, 1 000 claims (%d KiB of JSON in, %d KiB out), %d times: median %s, fastest %s, slowest %s over HTTP with the body read; "+
		"in the service (its request-duration histogram, from arrival to the last byte written): mean %s.",
		len(body)>>10, size>>10, n, ms(times[len(times)/2]), ms(times[0]), ms(times[len(times)-1]), ms(serverMean(base, "/v1/assess/batch")))
}

// serverMean reads the service's mean handling time of a route from
// /metrics.
func serverMean(base, route string) time.Duration {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var sum, count float64
	for _, line := range strings.Split(string(b), "\n") {
		labels := `{route="` + route + `",method="POST"} `
		if v, ok := strings.CutPrefix(line, "crmhook_http_request_duration_seconds_sum"+labels); ok {
			sum, _ = strconv.ParseFloat(v, 64)
		}
		if v, ok := strings.CutPrefix(line, "crmhook_http_request_duration_seconds_count"+labels); ok {
			count, _ = strconv.ParseFloat(v, 64)
		}
	}
	if count == 0 {
		return 0
	}
	return time.Duration(sum / count * 1e9)
}

// startService builds (unless given) and starts crmhook on a free loopback
// port, its logs in a temporary file; stop sends SIGTERM and waits.
func startService(bin string) (stop func(), addr string, pid int, err error) {
	dir, err := os.MkdirTemp("", "crmhook-loadtest-")
	if err != nil {
		return nil, "", 0, err
	}
	if bin == "" {
		bin = filepath.Join(dir, "crmhook")
		build := exec.Command("go", "build", "-o", bin, "github.com/zozpp/zozpp/examples/crmhook")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return nil, "", 0, fmt.Errorf("building crmhook: %w", err)
		}
	}
	logPath := filepath.Join(dir, "crmhook.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, "", 0, err
	}
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-log-format", "json", "-max-conns", "2048")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return nil, "", 0, err
	}
	stop = func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				fmt.Fprintln(os.Stderr, "crmhook exited:", err)
			}
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
		}
		logFile.Close()
		os.RemoveAll(dir)
	}
	re := regexp.MustCompile(`"msg":"listening","addr":"([^"]+)"`)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		f, _ := os.Open(logPath)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				f.Close()
				return stop, m[1], cmd.Process.Pid, nil
			}
		}
		f.Close()
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	return nil, "", 0, errors.New("crmhook did not start within 10 s")
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// rss reads a process's resident set size from /proc (Linux); 0 when
// unknown.
func rss(pid int) int64 {
	if pid == 0 {
		return 0
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// processCPU is a process's user + system CPU time from /proc (Linux).
func processCPU(pid int) time.Duration {
	if pid == 0 {
		return 0
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command (which may hold spaces) start after ")".
	f := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ
}

// selfCPU is the generator's own CPU time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func us(d time.Duration) string { return fmt.Sprintf("%d µs", d.Microseconds()) }

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
func mb(b int64) string         { return fmt.Sprintf("%.1f MB", float64(b)/1e6) }
