// Command crmhook is the zozpp HTTP service for CRM plugins (Bitrix24 and
// amoCRM widgets, 1C integrations) and browsers: a versioned JSON API with
// an OpenAPI 3.1 contract, RFC 9457 errors and CORS, plus an embeddable
// widget.
//
//	GET  /                        the widget (claim type, dates, amount → due date, penalty, timeline)
//	GET  /docs, /openapi.json     the contract, readable and machine-readable
//	POST /v1/assess               one claim → its assessment (deadline, penalty, fine, warnings)
//	POST /v1/assess/batch         a JSON array or NDJSON stream of claims → one result or problem per claim
//	GET  /v1/claimtypes[/{id}]    the catalog
//	POST /v1/deadline             a term alone (ГК РФ ст. 190–194)
//	POST /v1/penalty              a penalty alone
//	POST /v1/documents            one claim → its calculation as XLSX, DOCX or PDF, or its claim letter (претензия)
//	POST /v1/timeline             a complaint → its stages under an organisation's regulation, beside the law's term
//	GET  /v1/calendar/{date}      a day of the production calendar; /add, /count, /days
//	GET  /v1/version              module and data versions, data freshness
//	GET  /healthz, /readyz, /metrics
//
// Every flag has an environment variable (CRMHOOK_ADDR for -addr, …); a
// flag given on the command line wins. SIGINT or SIGTERM drains and stops
// the service; SIGHUP reloads the -calendar and -rates files and swaps the
// new data in atomically (a file that fails to load keeps the data in
// use).
//
//	go run ./examples/crmhook -addr 127.0.0.1:8080 -cors-origins 'https://*.bitrix24.ru'
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // the place of performance (ГК РФ ст. 194) in a container without /usr/share/zoneinfo

	"golang.org/x/net/netutil"

	"github.com/zozpp/zozpp/examples/crmhook/internal/server"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// config is the service's configuration: flags, each with an environment
// variable.
type config struct {
	addr            string
	corsOrigins     string
	maxConns        int
	batchMax        int
	logFormat       string
	logLevel        string
	accessLog       bool
	ratesFile       string
	calendarFile    string
	shutdownTimeout time.Duration
	drainDelay      time.Duration
	gcPercent       int
	healthcheck     bool
}

// flagEnv lists the flags with their environment variables, in the order
// the usage text shows them.
var flagEnv = []struct{ flag, env string }{
	{"addr", "CRMHOOK_ADDR"},
	{"cors-origins", "CRMHOOK_CORS_ORIGINS"},
	{"max-conns", "CRMHOOK_MAX_CONNS"},
	{"batch-max", "CRMHOOK_BATCH_MAX"},
	{"rates", "CRMHOOK_RATES"},
	{"calendar", "CRMHOOK_CALENDAR"},
	{"log-format", "CRMHOOK_LOG_FORMAT"},
	{"log-level", "CRMHOOK_LOG_LEVEL"},
	{"access-log", "CRMHOOK_ACCESS_LOG"},
	{"shutdown-timeout", "CRMHOOK_SHUTDOWN_TIMEOUT"},
	{"drain-delay", "CRMHOOK_DRAIN_DELAY"},
	{"gc-percent", "CRMHOOK_GC_PERCENT"},
}

// parseConfig reads the flags, then fills those not given from the
// environment.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("crmhook", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen address (host:port; :8080 for every interface)")
	fs.StringVar(&c.corsOrigins, "cors-origins", "", "comma-separated origins allowed to call the API from a browser: *, https://crm.example.com, https://*.bitrix24.ru (none by default)")
	fs.IntVar(&c.maxConns, "max-conns", 1024, "most connections open at once; more wait in the listen backlog")
	fs.IntVar(&c.batchMax, "batch-max", server.DefaultBatchMax, "most claims in one POST /v1/assess/batch")
	fs.StringVar(&c.ratesFile, "rates", "", "a key-rate file (CSV or JSON, see penalty.LoadRates) laid over the embedded history; reloaded on SIGHUP")
	fs.StringVar(&c.calendarFile, "calendar", "", "a calendar file: a whole definition (calendar.Load) or a JSON array of acts added to the federal calendar; reloaded on SIGHUP")
	fs.StringVar(&c.logFormat, "log-format", "text", "log format: text or json")
	fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	fs.BoolVar(&c.accessLog, "access-log", true, "write one log line per request")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", 10*time.Second, "how long requests in flight may take to finish after SIGTERM")
	fs.DurationVar(&c.drainDelay, "drain-delay", 0, "after SIGTERM, how long /readyz answers 503 (and answers ask clients to close their connections) before the listener closes")
	fs.IntVar(&c.gcPercent, "gc-percent", 400, "the garbage collector's target (GOGC): 400 lets the heap grow to 5× the live data (tens of MB) and saves about a third of the CPU per request; the GOGC environment variable wins unless this flag is given")
	fs.BoolVar(&c.healthcheck, "healthcheck", false, "GET /healthz of the service at -addr and exit 0 if it answers 200 (the container's HEALTHCHECK)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: crmhook [flags]\n\nflags (each also read from its environment variable; a flag given wins):\n")
		for _, fe := range flagEnv {
			f := fs.Lookup(fe.flag)
			fmt.Fprintf(fs.Output(), "  -%s (%s, default %q)\n    \t%s\n", f.Name, fe.env, f.DefValue, f.Usage)
		}
		fmt.Fprintf(fs.Output(), "  -healthcheck\n    \t%s\n", fs.Lookup("healthcheck").Usage)
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	for _, fe := range flagEnv {
		if v := getenv(fe.env); v != "" && !given[fe.flag] {
			if err := fs.Set(fe.flag, v); err != nil {
				return c, fmt.Errorf("%s=%q: %v", fe.env, v, err)
			}
		}
	}
	switch {
	case c.maxConns < 1:
		return c, fmt.Errorf("-max-conns %d: accepted is at least 1", c.maxConns)
	case c.batchMax < 1 || c.batchMax > 100000:
		return c, fmt.Errorf("-batch-max %d: accepted is 1 to 100000", c.batchMax)
	case c.logFormat != "text" && c.logFormat != "json":
		return c, fmt.Errorf("-log-format %q: accepted are text and json", c.logFormat)
	case c.shutdownTimeout < 0 || c.drainDelay < 0:
		return c, errors.New("-shutdown-timeout and -drain-delay must not be negative")
	}
	if _, err := parseLevel(c.logLevel); err != nil {
		return c, err
	}
	if c.gcPercent < 0 {
		return c, fmt.Errorf("-gc-percent %d: accepted is 0 or more (GOGC=off is not a service setting)", c.gcPercent)
	}
	if getenv("GOGC") != "" && !given["gc-percent"] {
		c.gcPercent = 0 // the runtime already follows GOGC
	}
	return c, nil
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("-log-level %q: accepted are debug, info, warn and error", s)
	}
	return l, nil
}

// run is main without the exit, for tests.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	c, err := parseConfig(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "crmhook:", err)
		return 2
	}
	if c.healthcheck {
		return healthcheck(c.addr, stdout, stderr)
	}
	level, _ := parseLevel(c.logLevel)
	opts := &slog.HandlerOptions{Level: level}
	var logger *slog.Logger
	if c.logFormat == "json" {
		logger = slog.New(slog.NewJSONHandler(stderr, opts))
	} else {
		logger = slog.New(slog.NewTextHandler(stderr, opts))
	}
	if c.gcPercent > 0 {
		debug.SetGCPercent(c.gcPercent)
	}
	if err := serve(ctx, c, logger); err != nil {
		logger.Error("stopped", "err", err)
		return 1
	}
	return 0
}

// serve runs the service until ctx is done or SIGINT/SIGTERM arrives.
func serve(ctx context.Context, c config, logger *slog.Logger) error {
	data, err := server.LoadData(c.calendarFile, c.ratesFile)
	if err != nil {
		return err
	}
	var origins []string
	if c.corsOrigins != "" {
		origins = strings.Split(c.corsOrigins, ",")
	}
	srv, err := server.New(server.Config{
		CORSOrigins: origins, BatchMax: c.batchMax, CalendarFile: c.calendarFile, RatesFile: c.ratesFile,
		Logger: logger, AccessLog: c.accessLog,
	}, data)
	if err != nil {
		return err
	}
	// Signals are caught before the service is announced, so that a SIGHUP
	// sent as soon as "listening" is logged reloads instead of killing it.
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(signals)
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	// LimitListener caps the connections open at once (reliability review,
	// D15): when all are in use, Accept waits and new connections queue in
	// the kernel's backlog instead of exhausting file descriptors.
	ln = netutil.LimitListener(ln, c.maxConns)
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          log.New(slogWriter{logger}, "", 0),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	logger.Info("listening", "addr", ln.Addr().String(), "max_conns", c.maxConns, "cors_origins", c.corsOrigins,
		"calendar_official_through", data.Calendar.OfficialThrough(), "key_rate_known_through", data.KeyRates.KnownThrough().String())

	for {
		select {
		case err := <-errc:
			return err
		case <-ctx.Done():
			return shutdown(hs, srv, c, logger, errc)
		case sig := <-signals:
			if sig == syscall.SIGHUP {
				if err := srv.Reload(); err != nil {
					logger.Error("reload failed; the data in use stays", "err", err)
					continue
				}
				d := srv.Data()
				logger.Info("reloaded", "calendar", d.CalendarSource.Kind+" "+d.CalendarSource.File, "rates", d.RatesSource.Kind+" "+d.RatesSource.File,
					"calendar_official_through", d.Calendar.OfficialThrough(), "key_rate_known_through", d.KeyRates.KnownThrough().String())
				continue
			}
			logger.Info("shutting down", "signal", sig.String(), "drain_delay", c.drainDelay.String())
			return shutdown(hs, srv, c, logger, errc)
		}
	}
}

// shutdown drains: /readyz turns 503 for the drain delay, then the
// listener closes and requests in flight get the shutdown timeout.
func shutdown(hs *http.Server, srv *server.Server, c config, logger *slog.Logger, errc chan error) error {
	srv.Drain()
	if c.drainDelay > 0 {
		time.Sleep(c.drainDelay)
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(ctx); err != nil {
		_ = hs.Close()
		return fmt.Errorf("requests still in flight after %s: %w", c.shutdownTimeout, err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}

// slogWriter sends net/http's own error log (TLS handshakes, accept
// errors) to the structured log.
type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	w.l.Warn("http", "msg", strings.TrimSpace(string(p)))
	return len(p), nil
}

// healthcheck is the container's HEALTHCHECK: the image has no shell or
// curl, so the binary checks itself.
func healthcheck(addr string, stdout, stderr io.Writer) int {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		fmt.Fprintln(stderr, "crmhook: -addr:", err)
		return 2
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	client := &http.Client{Timeout: 3 * time.Second}
	resp, err := client.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		fmt.Fprintln(stderr, "crmhook: healthcheck:", err)
		return 1
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<10))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(stderr, "crmhook: healthcheck: status", strconv.Itoa(resp.StatusCode))
		return 1
	}
	fmt.Fprintln(stdout, "ok")
	return 0
}
