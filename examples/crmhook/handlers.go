package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sort"
	"strings"

	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// maxBody bounds a request body: a claim is a few hundred bytes.
const maxBody = 64 << 10

func routes(log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/assess", assess(log))
	mux.HandleFunc("GET /v1/claimtypes", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, claimtype.All())
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	return mux
}

// apiError is the body of every error answer; Field names the offending
// field of the request when there is one.
type apiError struct {
	Error struct {
		Field   string `json:"field,omitempty"`
		Message string `json:"message"`
	} `json:"error"`
}

// requestError is a bad request with the field it is about.
type requestError struct {
	status  int
	field   string
	message string
}

func (e *requestError) Error() string { return e.message }

func badRequest(field, format string, args ...any) *requestError {
	return &requestError{http.StatusBadRequest, field, fmt.Sprintf(format, args...)}
}

func assess(log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, claim, rerr := decode(w, r)
		if rerr != nil {
			fail(w, rerr)
			return
		}
		t, err := claimtype.Get(id)
		if err != nil {
			fail(w, badRequest("claim_type", "%v", err))
			return
		}
		a, err := t.Assess(claim)
		if err != nil {
			if !isInputError(err) {
				log.Error("assess", "claim_type", id, "err", err)
				fail(w, &requestError{http.StatusInternalServerError, "", "internal error"})
				return
			}
			fail(w, badRequest(fieldOf(err), "%v", err))
			return
		}
		writeJSON(w, http.StatusOK, a)
	}
}

// decode reads the request body field by field, so that every error names
// the field it is about.
func decode(w http.ResponseWriter, r *http.Request) (claimtype.ID, claimtype.Claim, *requestError) {
	var id claimtype.ID
	var c claimtype.Claim
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return id, c, &requestError{http.StatusUnsupportedMediaType, "", "send the claim as application/json"}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return id, c, &requestError{http.StatusRequestEntityTooLarge, "", fmt.Sprintf("the body exceeds %d bytes", maxBody)}
	}
	if err != nil {
		return id, c, badRequest("", "reading the body: %v", err)
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&raw); err != nil || raw == nil {
		return id, c, badRequest("", "the body must be one JSON object with the claim's fields (%v)", err)
	}
	if dec.More() {
		return id, c, badRequest("", "send exactly one JSON object")
	}
	fields := map[string]any{
		"claim_type": &id, "event": &c.Event, "base": &c.Base, "performed_on": &c.PerformedOn, "as_of": &c.AsOf,
		"payments": &c.Payments, "consumer_term": &c.ConsumerTerm, "agreed_term": &c.AgreedTerm, "penalty_from": &c.PenaltyFrom,
		"exclude": &c.Exclude, "moratorium_2022": &c.Moratorium2022, "cap": &c.Cap, "base_awarded": &c.BaseAwarded,
	}
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	sort.Strings(names) // report the same error for the same body
	for _, name := range names {
		target, ok := fields[name]
		if !ok {
			return id, c, badRequest(name, "unknown field; accepted: %s", strings.Join(accepted(fields), ", "))
		}
		if err := json.Unmarshal(raw[name], target); err != nil {
			return id, c, badRequest(name, "%s", valueError(err))
		}
	}
	if id == "" {
		return id, c, badRequest("claim_type", "required: a claim type ID such as goods.refund (GET /v1/claimtypes lists them)")
	}
	return id, c, nil
}

func accepted(fields map[string]any) []string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// valueError words a field's decoding error.
func valueError(err error) string {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		want := strings.TrimPrefix(typ.Type.String(), "*")
		switch want {
		case "calendar.Date":
			want = `a date string, "YYYY-MM-DD" or "DD.MM.YYYY"`
		case "decimal.Decimal":
			want = `an amount in rubles, e.g. "59990.00"`
		}
		return fmt.Sprintf("got JSON %s, want %s", typ.Value, want)
	}
	return err.Error()
}

// isInputError reports whether err is the caller's fault.
func isInputError(err error) bool {
	for _, target := range []error{claimtype.ErrInvalidClaim, claimtype.ErrTermRequired, claimtype.ErrNoFixedTerm,
		deadline.ErrInvalidTerm, deadline.ErrOutOfRange, penalty.ErrInvalidInput, penalty.ErrOutOfRange} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// fieldOf names the request field an error from Assess is about.
func fieldOf(err error) string {
	var fe *claimtype.FieldError
	switch {
	case errors.As(err, &fe):
		return fe.Field
	case errors.Is(err, claimtype.ErrTermRequired):
		return "consumer_term"
	case errors.Is(err, claimtype.ErrNoFixedTerm):
		return "claim_type"
	case errors.Is(err, deadline.ErrInvalidTerm), errors.Is(err, deadline.ErrOutOfRange):
		return "event"
	case errors.Is(err, penalty.ErrOutOfRange):
		return "as_of"
	}
	return ""
}

func fail(w http.ResponseWriter, e *requestError) {
	var body apiError
	body.Error.Field, body.Error.Message = e.field, e.message
	writeJSON(w, e.status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"error":{"message":"internal error"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
