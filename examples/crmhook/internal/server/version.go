package server

import (
	"net/http"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

// buildVersion overrides the version read from the build info; set it
// with -ldflags "-X github.com/zozpp/zozpp/examples/crmhook/internal/server.buildVersion=v1.2.3"
// (the Dockerfile does, from its VERSION argument).
var buildVersion string

// libraryPath is the module whose data and rules the answers come from.
const libraryPath = "github.com/zozpp/zozpp"

// versionInfo is what the binary knows about its own build.
type versionInfo struct {
	Path, Version, GoVersion string
	Library, LibraryVersion  string
	LibraryReplace           string
	Revision, RevisionTime   string
	Modified                 bool
}

func readVersion() versionInfo {
	v := versionInfo{Path: "github.com/zozpp/zozpp/examples/crmhook", Version: "(devel)", GoVersion: runtime.Version(), Library: libraryPath}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Path != "" {
			v.Path = bi.Main.Path
		}
		if bi.Main.Version != "" {
			v.Version = bi.Main.Version
		}
		for _, dep := range bi.Deps {
			if dep.Path == libraryPath {
				v.LibraryVersion = dep.Version
				if dep.Replace != nil {
					v.LibraryReplace = dep.Replace.Path
					if dep.Replace.Version != "" {
						v.LibraryVersion = dep.Replace.Version
					}
				}
			}
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.RevisionTime = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if v.LibraryVersion == "" {
		// The service is part of the library's own build (a test binary).
		v.LibraryVersion = v.Version
	}
	if buildVersion != "" {
		v.Version = buildVersion
	}
	return v
}

// VersionAnswer is the body of GET /v1/version.
type VersionAnswer struct {
	Service ModuleVersion `json:"service" doc:"The service binary."`
	Library ModuleVersion `json:"library" doc:"The zozpp library module the answers are computed by."`
	Go      string        `json:"go" doc:"The Go toolchain the binary was built with." example:"go1.26.8"`
	API     string        `json:"api" doc:"The API version: the prefix of the paths." example:"v1"`
	Data    DataVersions  `json:"data" doc:"The data the answers depend on and how fresh it is."`
}

// ModuleVersion names a Go module and its version.
type ModuleVersion struct {
	Path     string `json:"path" example:"github.com/zozpp/zozpp"`
	Version  string `json:"version" doc:"The module version, \"(devel)\" for a build from a work tree." example:"v0.4.0"`
	Replace  string `json:"replace,omitempty" doc:"The directory the module was replaced by at build time, if any."`
	Revision string `json:"revision,omitempty" doc:"The VCS revision, when the build recorded it."`
	Time     string `json:"time,omitempty" doc:"The time of that revision."`
	Modified bool   `json:"modified,omitempty" doc:"The work tree had uncommitted changes."`
}

// DataVersions reports the data in use.
type DataVersions struct {
	Calendar CalendarVersion `json:"calendar"`
	Rates    RatesVersion    `json:"rates"`
	LoadedAt string          `json:"loaded_at" format:"date-time" doc:"When this data was loaded (start or the last SIGHUP)."`
}

// CalendarVersion reports the production calendar in use.
type CalendarVersion struct {
	Name            string     `json:"name" doc:"The calendar's name."`
	First           string     `json:"first" format:"date" doc:"The first day covered."`
	Last            string     `json:"last" format:"date" doc:"The last day covered; dates after it are out_of_range."`
	OfficialThrough int        `json:"official_through" doc:"The last year whose Government transfer decree is in the data; later years are provisional (the calendar_provisional warning)." example:"2026"`
	Source          DataSource `json:"source"`
}

// RatesVersion reports the reference-rate tables in use.
type RatesVersion struct {
	KeyRateKnownThrough string     `json:"key_rate_known_through" format:"date" doc:"The last day the key rate is known for; ст. 395 interest after it is left out with the rates_stale warning unless assume_last_rate."`
	Art395KnownThrough  string     `json:"art395_known_through" format:"date" doc:"The last day of the ст. 395 rate history."`
	Source              DataSource `json:"source"`
}

// DataSource says where a data set was loaded from.
type DataSource struct {
	Kind    string `json:"kind" enum:"embedded,file" doc:"embedded: compiled into the library; file: the -calendar or -rates file."`
	File    string `json:"file,omitempty" doc:"The file's path."`
	SHA256  string `json:"sha256,omitempty" doc:"The SHA-256 of the file's contents."`
	ModTime string `json:"mod_time,omitempty" format:"date-time" doc:"The file's modification time."`
}

// Health is the body of /healthz and /readyz.
type Health struct {
	Status string `json:"status" enum:"ok,draining" doc:"ok, or draining while the service shuts down (/readyz answers 503 then)."`
}

func (s *Server) handleVersion(w http.ResponseWriter, r *http.Request) {
	d := s.data.Load()
	v := s.version
	src := func(s Source) []byte {
		b := []byte(`{"kind":`)
		b = law.AppendJSONString(b, s.Kind)
		if s.File != "" {
			b = append(b, `,"file":`...)
			b = law.AppendJSONString(b, s.File)
			b = append(b, `,"sha256":`...)
			b = law.AppendJSONString(b, s.SHA256)
			b = append(b, `,"mod_time":`...)
			b = law.AppendJSONString(b, s.ModTime.Format(time.RFC3339))
		}
		return append(b, '}')
	}
	module := func(b []byte, path, version, replace string, withVCS bool) []byte {
		b = append(b, `{"path":`...)
		b = law.AppendJSONString(b, path)
		b = append(b, `,"version":`...)
		b = law.AppendJSONString(b, version)
		if replace != "" {
			b = append(b, `,"replace":`...)
			b = law.AppendJSONString(b, replace)
		}
		if withVCS && v.Revision != "" {
			b = append(b, `,"revision":`...)
			b = law.AppendJSONString(b, v.Revision)
			b = append(b, `,"time":`...)
			b = law.AppendJSONString(b, v.RevisionTime)
			if v.Modified {
				b = append(b, `,"modified":true`...)
			}
		}
		return append(b, '}')
	}
	b := []byte(`{"service":`)
	b = module(b, v.Path, v.Version, "", true)
	b = append(b, `,"library":`...)
	b = module(b, v.Library, v.LibraryVersion, v.LibraryReplace, false)
	b = append(b, `,"go":`...)
	b = law.AppendJSONString(b, v.GoVersion)
	b = append(b, `,"api":"v1","data":{"calendar":{"name":`...)
	b = law.AppendJSONString(b, d.Calendar.Name())
	b = append(b, `,"first":"`...)
	b = append(b, d.Calendar.First().String()...)
	b = append(b, `","last":"`...)
	b = append(b, d.Calendar.Last().String()...)
	b = append(b, `","official_through":`...)
	b = strconv.AppendInt(b, int64(d.Calendar.OfficialThrough()), 10)
	b = append(b, `,"source":`...)
	b = append(b, src(d.CalendarSource)...)
	b = append(b, `},"rates":{"key_rate_known_through":"`...)
	b = append(b, d.KeyRates.KnownThrough().String()...)
	b = append(b, `","art395_known_through":"`...)
	b = append(b, d.Art395.KnownThrough().String()...)
	b = append(b, `","source":`...)
	b = append(b, src(d.RatesSource)...)
	b = append(b, `},"loaded_at":`...)
	b = law.AppendJSONString(b, d.LoadedAt.Format(time.RFC3339))
	b = append(b, "}}"...)
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, b)
}

var (
	healthOK       = []byte(`{"status":"ok"}`)
	healthDraining = []byte(`{"status":"draining"}`)
)

func (s *Server) handleHealthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, healthOK)
}

func (s *Server) handleReadyz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if s.draining.Load() {
		writeJSON(w, http.StatusServiceUnavailable, healthDraining)
		return
	}
	writeJSON(w, http.StatusOK, healthOK)
}

// writeJSON sends a JSON body built by the caller.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)+1))
	w.WriteHeader(status)
	_, _ = w.Write(body)
	_, _ = w.Write(newline)
}

var newline = []byte{'\n'}
