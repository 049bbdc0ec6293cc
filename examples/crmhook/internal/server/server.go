// Package server is the HTTP service of examples/crmhook: the versioned
// JSON API over the zozpp library (claims, deadlines, penalties, the
// production calendar), its OpenAPI 3.1 contract and docs page, and the
// embeddable widget.
//
// Every answer goes through one ServeHTTP: it assigns a request id,
// applies CORS, counts the request for /metrics and writes one access-log
// line. Errors are RFC 9457 problem details (Problem) with a stable code
// and the field they are about — for unknown paths and wrong methods too.
// The data the answers depend on (calendar, rates) is a Data value behind
// an atomic pointer: Reload builds a new one and swaps it in whole.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

// Config configures a Server.
type Config struct {
	// CORSOrigins are the origins allowed to call the API from a browser:
	// "*", "https://crm.example.com", "https://*.bitrix24.ru". None by
	// default.
	CORSOrigins []string
	// BatchMax is the most claims one batch may hold; 1000 by default.
	BatchMax int
	// CalendarFile and RatesFile are the -calendar and -rates files, read by
	// Reload; empty keeps the embedded data.
	CalendarFile, RatesFile string
	// Logger receives the access log and errors; nil discards them.
	Logger *slog.Logger
	// AccessLog writes one line per request.
	AccessLog bool
}

// DefaultBatchMax is the default limit on the claims of one batch.
const DefaultBatchMax = 1000

// Server is the service's http.Handler.
type Server struct {
	cfg      Config
	log      *slog.Logger
	cors     *corsPolicy
	data     atomic.Pointer[Data]
	mux      *http.ServeMux
	routes   []*route
	metrics  *serviceMetrics
	draining atomic.Bool
	reloadMu sync.Mutex

	version  versionInfo
	spec     []byte // /openapi.json
	docsPage []byte // /docs
	catalog  *catalogCache

	idPrefix string
	idSeq    atomic.Uint64

	// docSlots bounds the files POST /v1/documents writes at once.
	docSlots chan struct{}
}

// New builds a Server over d (see LoadData).
func New(cfg Config, d *Data) (*Server, error) {
	if d == nil {
		return nil, errors.New("server: no data")
	}
	if cfg.BatchMax <= 0 {
		cfg.BatchMax = DefaultBatchMax
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cors, err := parseOrigins(cfg.CORSOrigins)
	if err != nil {
		return nil, err
	}
	var seed [6]byte
	_, _ = rand.Read(seed[:])
	s := &Server{cfg: cfg, log: cfg.Logger, cors: cors, mux: http.NewServeMux(), version: readVersion(), idPrefix: hex.EncodeToString(seed[:]) + "-"}
	s.data.Store(d)
	s.docSlots = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)/2))
	s.catalog = buildCatalog()
	s.routes = s.routeTable()
	s.metrics = newMetrics(s.routes, s.version.Version, s.version.GoVersion)
	for _, rt := range s.routes {
		s.mux.Handle(rt.method+" "+rt.path, rt.wrap(rt.handler))
	}
	s.mux.HandleFunc("/", s.unmatched)
	doc, spec, err := s.openAPI()
	if err != nil {
		return nil, fmt.Errorf("server: building the OpenAPI document: %w", err)
	}
	s.spec = spec
	if s.docsPage, err = renderDocs(doc); err != nil {
		return nil, fmt.Errorf("server: building the docs page: %w", err)
	}
	return s, nil
}

// Data returns the data answers are computed on now.
func (s *Server) Data() *Data { return s.data.Load() }

// Reload reads the -calendar and -rates files again and, when both load,
// swaps the new data in at once; on an error the data in use stays.
func (s *Server) Reload() error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	d, err := LoadData(s.cfg.CalendarFile, s.cfg.RatesFile)
	if err != nil {
		s.metrics.reloads[1].Add(1)
		return err
	}
	s.data.Store(d)
	s.metrics.reloads[0].Add(1)
	return nil
}

// SetData swaps d in (tests, and programs that load data themselves).
func (s *Server) SetData(d *Data) { s.data.Store(d) }

// Drain marks the service as shutting down: /readyz answers 503 so that a
// load balancer stops sending requests, and every answer asks the client
// to close its connection, so keep-alive clients reconnect elsewhere
// before the listener closes (reliability review, D14).
func (s *Server) Drain() { s.draining.Store(true) }

// route is one endpoint: its method and path, its contract and handler.
type route struct {
	method, path string
	spec         opSpec
	handler      http.HandlerFunc
	metrics      *routeMetrics
}

// wrap marks the request's recorder with the route, for the metrics and
// the access log.
func (rt *route) wrap(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rec, ok := w.(*recorder); ok {
			rec.route = rt.metrics
		}
		h(w, r)
	})
}

// recorder wraps the ResponseWriter to learn the status and size of the
// answer; it keeps Flush for NDJSON streaming.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
	route  *routeMetrics
	code   string // the problem code, for the access log
}

func (rec *recorder) WriteHeader(code int) {
	if !rec.wrote {
		rec.status, rec.wrote = code, true
	}
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *recorder) Write(b []byte) (int, error) {
	if !rec.wrote {
		rec.status, rec.wrote = http.StatusOK, true
	}
	n, err := rec.ResponseWriter.Write(b)
	rec.bytes += int64(n)
	return n, err
}

func (rec *recorder) Flush() {
	if f, ok := rec.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// ServeHTTP serves every request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	h := w.Header()
	id := requestID(r.Header.Get("X-Request-Id"))
	if id == "" {
		id = s.idPrefix + strconv.FormatUint(s.idSeq.Add(1), 36)
	}
	h.Set("X-Request-Id", id)
	h.Set("X-Content-Type-Options", "nosniff")
	if s.draining.Load() {
		h.Set("Connection", "close")
	}
	s.metrics.inFlight.Add(1)
	defer func() {
		s.metrics.inFlight.Add(-1)
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler { //nolint:errorlint // the sentinel is compared by identity
				panic(v)
			}
			s.metrics.panics.Add(1)
			s.log.LogAttrs(r.Context(), slog.LevelError, "panic", slog.String("request_id", id), slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
			if !rec.wrote {
				writeProblem(rec, r, problem(codeInternal, "", "internal error; the log has it under the request id"))
			}
		}
		m := rec.route
		if m == nil {
			m = s.metrics.unmatched
		}
		d := time.Since(start)
		m.observe(rec.status, d)
		if s.cfg.AccessLog {
			s.accessLog(r, rec, m, id, d)
		}
	}()

	origin := r.Header.Get("Origin")
	if origin != "" && s.cors.allowed(origin) {
		s.cors.allowHeaders(h, origin)
	}
	if s.cors.enabled() && !s.cors.any {
		h.Add("Vary", "Origin") // the answer differs by origin, for every cache
	}
	if !cleanPath(r.URL.Path) {
		writeProblem(rec, r, problem(codeNotFound, "", "the path "+quoteClip(r.URL.Path)+" is not in canonical form (a doubled slash, a dot segment); paths are matched exactly, without redirects"))
		return
	}
	if r.Method == http.MethodOptions {
		rec.route = s.metrics.preflight
		if origin != "" && r.Header.Get("Access-Control-Request-Method") != "" {
			s.preflight(rec, r)
			return
		}
		allow := s.allowedMethods(r)
		if len(allow) == 0 {
			writeProblem(rec, r, problem(codeNotFound, "", "no endpoint has the path "+quoteClip(r.URL.Path)))
			return
		}
		h.Set("Allow", strings.Join(append(allow, http.MethodOptions), ", "))
		rec.WriteHeader(http.StatusNoContent)
		return
	}
	s.mux.ServeHTTP(rec, r)
}

// accessLog writes the request's line.
func (s *Server) accessLog(r *http.Request, rec *recorder, m *routeMetrics, id string, d time.Duration) {
	level := slog.LevelInfo
	if rec.status >= 500 {
		level = slog.LevelError
	}
	attrs := make([]slog.Attr, 0, 10)
	attrs = append(attrs,
		slog.String("request_id", id),
		slog.String("method", r.Method),
		slog.String("path", law.Clip(r.URL.Path)),
		slog.String("route", m.route),
		slog.Int("status", rec.status))
	if rec.code != "" {
		attrs = append(attrs, slog.String("code", rec.code))
	}
	attrs = append(attrs,
		slog.Int64("bytes", rec.bytes),
		slog.Float64("duration_ms", float64(d.Microseconds())/1000),
		slog.String("remote", r.RemoteAddr))
	s.log.LogAttrs(context.Background(), level, "request", attrs...)
}

// unmatched answers a request no route takes: 405 with Allow when the path
// exists with another method, else 404.
func (s *Server) unmatched(w http.ResponseWriter, r *http.Request) {
	if allow := s.allowedMethods(r); len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(append(allow, http.MethodOptions), ", "))
		writeProblem(w, r, problem(codeMethodNotAllowed, "", r.Method+" is not accepted on "+quoteClip(r.URL.Path)+"; accepted: "+strings.Join(allow, ", ")))
		return
	}
	writeProblem(w, r, problem(codeNotFound, "", "no endpoint has the path "+quoteClip(r.URL.Path)+"; see /docs"))
}

// allowedMethods lists the methods some route takes on r's path.
func (s *Server) allowedMethods(r *http.Request) []string {
	var allow []string
	for _, m := range [...]string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		probe := &http.Request{Method: m, URL: r.URL, Host: r.Host, Header: http.Header{}}
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/" {
			allow = append(allow, m)
		}
	}
	return allow
}

// cleanPath reports whether p is in the canonical form ServeMux would not
// redirect: absolute, no empty, "." or ".." segments.
func cleanPath(p string) bool {
	if p == "" || p[0] != '/' {
		return false
	}
	return !strings.Contains(p, "//") && !strings.Contains(p, "/./") && !strings.Contains(p, "/../") &&
		!strings.HasSuffix(p, "/.") && !strings.HasSuffix(p, "/..")
}

// requestID returns a client's X-Request-Id when it is a sane token (at
// most 64 of [A-Za-z0-9._:-]), else "".
func requestID(s string) string {
	if s == "" || len(s) > 64 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-') {
			return ""
		}
	}
	return s
}

// quoteClip quotes a short form of s for a message.
func quoteClip(s string) string { return strconv.Quote(law.Clip(s)) }
