package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// corsPolicy decides which browser origins may call the API (the Fetch
// standard's CORS protocol). None may by default. The service uses no
// cookies or credentials, so an allowed origin is echoed in
// Access-Control-Allow-Origin and Access-Control-Allow-Credentials is never
// sent.
type corsPolicy struct {
	any    bool            // "*": every origin
	exact  map[string]bool // "https://crm.example.com"
	suffix []originSuffix  // "https://*.bitrix24.ru"
}

type originSuffix struct{ scheme, suffix string }

// corsHeaders are the request headers a cross-origin call may send beyond
// the CORS-safelisted ones, lower-case.
var corsHeaders = map[string]bool{"content-type": true, "accept": true, "accept-language": true, "x-request-id": true}

// corsMaxAge is how long a browser may cache a preflight, in seconds
// (Chromium caps it at 7200).
const corsMaxAge = "7200"

// parseOrigins reads the -cors-origins list: "*", exact origins
// ("https://crm.example.com", "http://localhost:3000") and wildcard
// subdomains ("https://*.bitrix24.ru", which does not match bitrix24.ru
// itself).
func parseOrigins(list []string) (*corsPolicy, error) {
	p := &corsPolicy{exact: map[string]bool{}}
	for _, o := range list {
		o = strings.TrimSpace(o)
		switch {
		case o == "":
			continue
		case o == "*":
			p.any = true
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") ||
			u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return nil, fmt.Errorf("CORS origin %q: accepted are *, scheme://host[:port] and scheme://*.domain", o)
		}
		host := strings.ToLower(u.Host)
		if rest, ok := strings.CutPrefix(host, "*."); ok {
			if rest == "" || strings.Contains(rest, "*") {
				return nil, fmt.Errorf("CORS origin %q: a wildcard must be followed by a domain", o)
			}
			p.suffix = append(p.suffix, originSuffix{u.Scheme, "." + rest})
			continue
		}
		if strings.Contains(host, "*") {
			return nil, fmt.Errorf("CORS origin %q: a wildcard is accepted only as the first label (https://*.example.com)", o)
		}
		p.exact[u.Scheme+"://"+host] = true
	}
	return p, nil
}

// allowed reports whether a request with this Origin header may read the
// answer.
func (p *corsPolicy) allowed(origin string) bool {
	if origin == "" || origin == "null" {
		return false
	}
	if p.any {
		return true
	}
	if p.exact[origin] {
		return true
	}
	if len(p.suffix) == 0 {
		return false
	}
	scheme, host, ok := strings.Cut(origin, "://")
	if !ok {
		return false
	}
	host = strings.ToLower(host)
	if h, _, found := strings.Cut(host, ":"); found {
		host = h
	}
	for _, s := range p.suffix {
		if scheme == s.scheme && strings.HasSuffix(host, s.suffix) && len(host) > len(s.suffix) {
			return true
		}
	}
	return false
}

// enabled reports whether any origin is allowed.
func (p *corsPolicy) enabled() bool { return p.any || len(p.exact) > 0 || len(p.suffix) > 0 }

// allowHeaders marks an answer to an allowed cross-origin request.
func (p *corsPolicy) allowHeaders(h http.Header, origin string) {
	if p.any {
		h.Set("Access-Control-Allow-Origin", "*")
	} else {
		h.Set("Access-Control-Allow-Origin", origin)
	}
	h.Set("Access-Control-Expose-Headers", "X-Request-Id, Content-Language, Content-Disposition") // the file name of POST /v1/documents
}

// preflight answers a CORS preflight (OPTIONS with Origin and
// Access-Control-Request-Method): 204 with the allowed method and headers,
// or a 403 problem saying what is not allowed — the browser then blocks the
// call, and the developer sees why in the network panel.
func (s *Server) preflight(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Add("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
	origin := r.Header.Get("Origin")
	if !s.cors.allowed(origin) {
		detail := "origin " + quoteClip(origin) + " is not allowed to call this service"
		if !s.cors.enabled() {
			detail += "; no origin is, until the service is started with -cors-origins (or CRMHOOK_CORS_ORIGINS)"
		}
		writeProblem(w, r, problem(codeCORSRejected, "Origin", detail))
		return
	}
	method := r.Header.Get("Access-Control-Request-Method")
	allow := s.allowedMethods(r)
	if len(allow) == 0 {
		writeProblem(w, r, problem(codeNotFound, "", "no endpoint has the path "+quoteClip(r.URL.Path)))
		return
	}
	if !containsMethod(allow, method) {
		writeProblem(w, r, problem(codeCORSRejected, "Access-Control-Request-Method",
			"method "+quoteClip(method)+" is not allowed on "+quoteClip(r.URL.Path)+"; allowed: "+strings.Join(allow, ", ")))
		return
	}
	var asked []string
	for _, v := range r.Header.Values("Access-Control-Request-Headers") {
		for _, name := range strings.Split(v, ",") {
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" {
				continue
			}
			if !corsHeaders[name] {
				writeProblem(w, r, problem(codeCORSRejected, "Access-Control-Request-Headers",
					"header "+quoteClip(name)+" is not allowed; allowed: Content-Type, Accept, Accept-Language, X-Request-Id"))
				return
			}
			asked = append(asked, name)
		}
	}
	s.cors.allowHeaders(h, origin)
	h.Set("Access-Control-Allow-Methods", strings.Join(allow, ", "))
	if len(asked) > 0 {
		h.Set("Access-Control-Allow-Headers", strings.Join(asked, ", "))
	}
	h.Set("Access-Control-Max-Age", corsMaxAge)
	w.WriteHeader(http.StatusNoContent)
}

func containsMethod(list []string, m string) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}
