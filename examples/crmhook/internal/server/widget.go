package server

import (
	"embed"
	"mime"
	"net/http"
	"path"
)

// static holds the widget: HTML, CSS and JavaScript written by hand, no
// build step, embedded in the binary.
//
//go:embed static
var static embed.FS

// widgetCSP allows the page only its own scripts, styles and API; it sets
// no frame-ancestors, so a CRM may show it in an iframe.
const widgetCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'"

func (s *Server) handleWidget(w http.ResponseWriter, r *http.Request) {
	if _, p := language(w, r); p != nil {
		writeProblem(w, r, p)
		return
	}
	w.Header().Del("Content-Language") // the page picks its language itself
	serveStatic(w, "static/index.html")
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	switch name {
	case "widget.js", "widget.css":
		serveStatic(w, "static/"+name)
	default:
		writeProblem(w, r, problem(codeNotFound, "", "no static file "+quoteClip(name)))
	}
}

func serveStatic(w http.ResponseWriter, name string) {
	b, err := static.ReadFile(name)
	if err != nil {
		http.Error(w, "missing "+name, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	ct := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".html":
		ct = "text/html; charset=utf-8"
		h.Set("Content-Security-Policy", widgetCSP)
	case ".js":
		ct = "text/javascript; charset=utf-8"
	case ".css":
		ct = "text/css; charset=utf-8"
	}
	h.Set("Content-Type", ct)
	h.Set("Cache-Control", "no-cache")
	h.Set("Referrer-Policy", "no-referrer")
	_, _ = w.Write(b)
}

func (s *Server) handleDocs(w http.ResponseWriter, _ *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(s.docsPage)
}
