package server

import (
	"net/http"

	"github.com/zozpp/zozpp/calendar/law"
)

// language picks the language of an answer's texts: the lang query
// parameter ("ru" or "en") when given, else the best match of the
// Accept-Language header (law.MatchAcceptLanguage), Russian by default.
// It sets Content-Language and Vary accordingly.
func language(w http.ResponseWriter, r *http.Request) (law.Lang, *Problem) {
	h := w.Header()
	h.Add("Vary", "Accept-Language")
	lang := law.Russian
	if q := r.URL.Query(); q.Has("lang") {
		l, err := law.ParseLang(q.Get("lang"))
		if err != nil {
			return 0, problem(codeInvalidParameter, "lang", "lang "+quoteClip(q.Get("lang"))+" is not accepted: accepted are ru and en")
		}
		lang = l
	} else if al := r.Header.Get("Accept-Language"); al != "" {
		lang = law.MatchAcceptLanguage(al)
	}
	h.Set("Content-Language", lang.String())
	return lang, nil
}
