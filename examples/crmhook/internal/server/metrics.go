package server

import (
	"bytes"
	"math"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"time"
)

// The service writes the Prometheus text exposition format (version
// 0.0.4) itself: a dozen series do not justify the client library's
// dependency tree, and the counters are plain atomics on the hot path.

// durationBuckets are the upper bounds, in seconds, of the request
// duration histogram: an assessment takes tens of microseconds, a batch
// tens of milliseconds.
var durationBuckets = [...]float64{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1}

// routeMetrics are the counters of one route.
type routeMetrics struct {
	route, method string
	codes         [600]atomic.Uint64 // answers by status code
	buckets       [len(durationBuckets)]atomic.Uint64
	count         atomic.Uint64
	sumNanos      atomic.Uint64
}

func (m *routeMetrics) observe(status int, d time.Duration) {
	if status >= 100 && status < len(m.codes) {
		m.codes[status].Add(1)
	}
	s := d.Seconds()
	for i, le := range durationBuckets {
		if s <= le {
			m.buckets[i].Add(1)
			break // cumulated when written
		}
	}
	m.count.Add(1)
	m.sumNanos.Add(uint64(d))
}

// serviceMetrics are all the service's counters.
type serviceMetrics struct {
	routes      []*routeMetrics // in route order, then unmatched and preflight
	unmatched   *routeMetrics
	preflight   *routeMetrics
	inFlight    atomic.Int64
	batchItems  [2]atomic.Uint64 // ok, error
	reloads     [2]atomic.Uint64 // ok, error
	panics      atomic.Uint64
	start       time.Time
	buildLabels string
}

func newMetrics(rs []*route, version, goVersion string) *serviceMetrics {
	m := &serviceMetrics{start: time.Now()}
	for _, r := range rs {
		r.metrics = &routeMetrics{route: r.path, method: r.method}
		m.routes = append(m.routes, r.metrics)
	}
	m.unmatched = &routeMetrics{route: "unmatched", method: "any"}
	m.preflight = &routeMetrics{route: "preflight", method: "OPTIONS"}
	m.routes = append(m.routes, m.unmatched, m.preflight)
	m.buildLabels = `version=` + strconv.Quote(version) + `,goversion=` + strconv.Quote(goVersion)
	return m
}

// runtimeSamples are read from runtime/metrics on each scrape.
var runtimeSamples = []struct{ name, metric, help, typ string }{
	{"/sched/goroutines:goroutines", "go_goroutines", "Goroutines that currently exist.", "gauge"},
	{"/memory/classes/heap/objects:bytes", "go_heap_objects_bytes", "Memory occupied by live and not yet swept heap objects.", "gauge"},
	{"/memory/classes/total:bytes", "go_memory_total_bytes", "All memory mapped by the Go runtime.", "gauge"},
	{"/gc/cycles/total:gc-cycles", "go_gc_cycles_total", "Completed GC cycles.", "counter"},
}

// write appends the exposition of every series to b.
func (m *serviceMetrics) write(b []byte, d *Data) []byte {
	b = help(b, "crmhook_http_requests_total", "HTTP requests answered, by route, method and status code.", "counter")
	for _, r := range m.routes {
		for code := range r.codes {
			if n := r.codes[code].Load(); n > 0 {
				b = append(b, "crmhook_http_requests_total{route="...)
				b = strconv.AppendQuote(b, r.route)
				b = append(b, ",method="...)
				b = strconv.AppendQuote(b, r.method)
				b = append(b, `,code="`...)
				b = strconv.AppendInt(b, int64(code), 10)
				b = append(b, `"} `...)
				b = strconv.AppendUint(b, n, 10)
				b = append(b, '\n')
			}
		}
	}
	b = help(b, "crmhook_http_request_duration_seconds", "Time from the request's arrival at the handler to the end of the answer.", "histogram")
	for _, r := range m.routes {
		count := r.count.Load()
		if count == 0 {
			continue
		}
		labels := "route=" + strconv.Quote(r.route) + ",method=" + strconv.Quote(r.method)
		var cum uint64
		for i, le := range durationBuckets {
			cum += r.buckets[i].Load()
			b = append(b, "crmhook_http_request_duration_seconds_bucket{"+labels+`,le="`...)
			b = strconv.AppendFloat(b, le, 'g', -1, 64)
			b = append(b, `"} `...)
			b = strconv.AppendUint(b, cum, 10)
			b = append(b, '\n')
		}
		b = append(b, "crmhook_http_request_duration_seconds_bucket{"+labels+`,le="+Inf"} `...)
		b = strconv.AppendUint(b, count, 10)
		b = append(b, "\ncrmhook_http_request_duration_seconds_sum{"+labels+"} "...)
		b = strconv.AppendFloat(b, float64(r.sumNanos.Load())/1e9, 'g', -1, 64)
		b = append(b, "\ncrmhook_http_request_duration_seconds_count{"+labels+"} "...)
		b = strconv.AppendUint(b, count, 10)
		b = append(b, '\n')
	}
	b = help(b, "crmhook_http_requests_in_flight", "Requests being handled.", "gauge")
	b = sample(b, "crmhook_http_requests_in_flight", "", float64(m.inFlight.Load()))
	b = help(b, "crmhook_batch_items_total", "Claims assessed in batches, by result.", "counter")
	b = sample(b, "crmhook_batch_items_total", `result="ok"`, float64(m.batchItems[0].Load()))
	b = sample(b, "crmhook_batch_items_total", `result="error"`, float64(m.batchItems[1].Load()))
	b = help(b, "crmhook_panics_total", "Handler panics recovered (each answered 500).", "counter")
	b = sample(b, "crmhook_panics_total", "", float64(m.panics.Load()))
	b = help(b, "crmhook_data_reloads_total", "Reloads of the -calendar and -rates files (SIGHUP), by result.", "counter")
	b = sample(b, "crmhook_data_reloads_total", `result="ok"`, float64(m.reloads[0].Load()))
	b = sample(b, "crmhook_data_reloads_total", `result="error"`, float64(m.reloads[1].Load()))
	b = help(b, "crmhook_data_loaded_timestamp_seconds", "When the data in use was loaded.", "gauge")
	b = sample(b, "crmhook_data_loaded_timestamp_seconds", "", float64(d.LoadedAt.Unix()))
	b = help(b, "crmhook_calendar_official_through_year", "The last year whose transfer decree is in the calendar; later years are provisional.", "gauge")
	b = sample(b, "crmhook_calendar_official_through_year", "", float64(d.Calendar.OfficialThrough()))
	b = help(b, "crmhook_rates_known_through_timestamp_seconds", "The last day the key rate is known for (00:00 UTC); alert when it falls behind.", "gauge")
	b = sample(b, "crmhook_rates_known_through_timestamp_seconds", "", float64(d.KeyRates.KnownThrough().In(time.UTC).Unix()))
	b = help(b, "crmhook_build_info", "The service's version; always 1.", "gauge")
	b = sample(b, "crmhook_build_info", m.buildLabels, 1)

	samples := make([]metrics.Sample, len(runtimeSamples))
	for i, s := range runtimeSamples {
		samples[i].Name = s.name
	}
	metrics.Read(samples)
	for i, s := range runtimeSamples {
		b = help(b, s.metric, s.help, s.typ)
		var v float64
		switch samples[i].Value.Kind() {
		case metrics.KindUint64:
			v = float64(samples[i].Value.Uint64())
		case metrics.KindFloat64:
			v = samples[i].Value.Float64()
		}
		b = sample(b, s.metric, "", v)
	}
	b = help(b, "go_gomaxprocs", "GOMAXPROCS.", "gauge")
	b = sample(b, "go_gomaxprocs", "", float64(runtime.GOMAXPROCS(0)))
	b = help(b, "process_start_time_seconds", "Start time of the process since the Unix epoch.", "gauge")
	b = sample(b, "process_start_time_seconds", "", float64(m.start.Unix()))
	if rss, ok := residentBytes(); ok {
		b = help(b, "process_resident_memory_bytes", "Resident memory size.", "gauge")
		b = sample(b, "process_resident_memory_bytes", "", float64(rss))
	}
	return b
}

func help(b []byte, name, text, typ string) []byte {
	b = append(b, "# HELP "+name+" "+text+"\n# TYPE "+name+" "+typ+"\n"...)
	return b
}

func sample(b []byte, name, labels string, v float64) []byte {
	b = append(b, name...)
	if labels != "" {
		b = append(b, '{')
		b = append(b, labels...)
		b = append(b, '}')
	}
	b = append(b, ' ')
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		b = strconv.AppendInt(b, int64(v), 10)
	} else {
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
	}
	return append(b, '\n')
}

// residentBytes reads the resident set size from /proc (Linux only).
func residentBytes() (int64, bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	fields := bytes.Fields(data)
	if len(fields) < 2 {
		return 0, false
	}
	pages, err := strconv.ParseInt(string(fields[1]), 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}
