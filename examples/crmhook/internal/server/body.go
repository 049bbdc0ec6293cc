package server

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/zozpp/zozpp/calendar/law"
)

// Limits on request bodies. A claim is a few hundred bytes; 64 KiB leaves
// room for long payment lists. A batch of -batch-max claims fits in 4 MiB.
const (
	maxBody      = 64 << 10
	maxBatchBody = 4 << 20
)

// Media types the service reads.
const (
	mediaJSON   = "application/json"
	mediaNDJSON = "application/x-ndjson"
	mediaText   = "text/plain"
)

// bufPool recycles the byte slices request bodies are read into and
// answers are written from: an answer is built with appends, so the hot
// path allocates little.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

func getBuffer() *[]byte { return bufPool.Get().(*[]byte) }

func putBuffer(b *[]byte) {
	if cap(*b) > 1<<20 {
		return // do not keep a batch-sized buffer forever
	}
	*b = (*b)[:0]
	bufPool.Put(b)
}

// mediaType checks the request's Content-Type with mime.ParseMediaType
// (media types are case-insensitive, RFC 9110 § 8.3.1) and returns the
// accepted type it names. JSON may carry charset=utf-8 and nothing else.
// text/plain — a CORS-safelisted type a browser sends without a preflight —
// is read as JSON only when textOK, that is when the request comes from
// an allowed CORS origin.
func mediaType(r *http.Request, textOK bool, accepted ...string) (string, *Problem) {
	want := strings.Join(accepted, " or ")
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return "", problem(codeUnsupportedMediaType, "Content-Type", "no Content-Type header: send the body as "+want)
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", problem(codeUnsupportedMediaType, "Content-Type", "malformed Content-Type "+strconv.Quote(law.Clip(ct))+": send "+want)
	}
	for k, v := range params {
		if k != "charset" || !strings.EqualFold(v, "utf-8") {
			return "", problem(codeUnsupportedMediaType, "Content-Type", "parameter "+strconv.Quote(law.Clip(k+"="+v))+" is not accepted: JSON is UTF-8 (RFC 8259); send "+want)
		}
	}
	for _, a := range accepted {
		if mt == a {
			return mt, nil
		}
	}
	if mt == mediaText && textOK {
		return mediaJSON, nil
	}
	detail := "Content-Type " + strconv.Quote(law.Clip(mt)) + " is not accepted: send " + want
	if mt == mediaText {
		detail += " (text/plain is read as JSON only from an allowed CORS origin)"
	}
	return "", problem(codeUnsupportedMediaType, "Content-Type", detail)
}

// readBody reads the whole body, at most limit bytes, into buf.
func readBody(w http.ResponseWriter, r *http.Request, buf *[]byte, limit int64) *Problem {
	if r.ContentLength > limit {
		return tooLarge(limit)
	}
	body := http.MaxBytesReader(w, r.Body, limit)
	b := (*buf)[:0]
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := body.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			*buf = b
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return tooLarge(limit)
			}
			// The client went away or was too slow (ReadTimeout); the
			// socket's error says nothing useful to it.
			return problem(codeInvalidJSON, "", "the body could not be read completely")
		}
	}
	*buf = b
	return nil
}

func tooLarge(limit int64) *Problem {
	return problem(codeBodyTooLarge, "", "the body exceeds "+strconv.FormatInt(limit>>10, 10)+" KiB")
}

// readJSON is the start of every handler of a JSON body other than a
// claim's: the answer's language, the media type, the body within maxBody,
// and its strict decoding into v. On failure it has written the problem
// and returns a nil buffer. On success the caller defers putBuffer(buf):
// v may still point into it, and the answer may be written from it.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any) (lang law.Lang, buf *[]byte) {
	lang, p := language(w, r)
	if p == nil {
		_, p = mediaType(r, s.textOK(r), mediaJSON)
	}
	if p != nil {
		writeProblem(w, r, p)
		return lang, nil
	}
	buf = getBuffer()
	if p := readBody(w, r, buf, maxBody); p != nil {
		putBuffer(buf)
		writeProblem(w, r, p)
		return lang, nil
	}
	if p := decodeStrict(*buf, v, ""); p != nil {
		putBuffer(buf)
		writeProblem(w, r, p)
		return lang, nil
	}
	return lang, buf
}
