package server

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

// toTerm converts and checks a term of a request.
func (t *TermInput) toTerm(field string) (deadline.Term, *Problem) {
	u, err := deadline.ParseUnit(t.Unit)
	if err != nil {
		return deadline.Term{}, problem(codeInvalidTerm, field+".unit", "unit "+quoteClip(t.Unit)+
			" is not accepted: accepted are days, workdays, days_except_holidays, weeks, months, years")
	}
	term := deadline.Term{N: t.N, Unit: u}
	if err := term.Validate(); err != nil {
		return term, problem(codeInvalidTerm, field+".n", "n "+strconv.Itoa(t.N)+" is not accepted: accepted is 1 to 100000")
	}
	return term, nil
}

// locations caches the time zones requests name; only valid names are
// kept, so the cache is bounded by the tz database.
var locations sync.Map

func loadLocation(name string) (*time.Location, *Problem) {
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	if len(name) > 64 || strings.Contains(name, "..") || strings.HasPrefix(name, "/") || name == "Local" {
		return nil, problem(codeInvalidField, "place", "place "+quoteClip(name)+" is not an IANA time zone name such as Europe/Moscow")
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, problem(codeInvalidField, "place", "place "+quoteClip(name)+" is not an IANA time zone name such as Europe/Moscow")
	}
	locations.Store(name, l)
	return l, nil
}

// options turns the request's switches into deadline options.
func (req *DeadlineRequest) options(d *Data) ([]deadline.Option, *Problem) {
	c, err := d.region(req.Region)
	if err != nil {
		return nil, problem(codeInvalidField, "region", clip2(err.Error()))
	}
	opts := []deadline.Option{deadline.WithCalendar(c)}
	if req.NoShift && req.ShiftBack {
		return nil, problem(codeInvalidField, "shift_back", "no_shift and shift_back are both given; give one")
	}
	if req.NoShift {
		opts = append(opts, deadline.NoShift())
	}
	if req.ShiftBack {
		opts = append(opts, deadline.ShiftBack())
	}
	if req.SpecialDaysOff {
		opts = append(opts, deadline.SpecialNonWorkingDaysOff())
	}
	if req.Place != "" {
		loc, p := loadLocation(req.Place)
		if p != nil {
			return nil, p
		}
		opts = append(opts, deadline.AtPlace(loc))
	}
	if req.Limit != nil {
		limit, p := req.Limit.toTerm("limit")
		if p != nil {
			return nil, p
		}
		if strings.TrimSpace(req.LimitBasis) == "" {
			return nil, problem(codeInvalidField, "limit_basis", "required with limit: the citation of the statutory maximum, e.g. «Закон РФ от 07.02.1992 № 2300-1, ст. 20 п. 1»")
		}
		if len(req.LimitBasis) > 300 {
			return nil, problem(codeInvalidField, "limit_basis", "longer than 300 bytes")
		}
		opts = append(opts, deadline.NotLongerThan(limit, law.TextRef(req.LimitBasis, "")))
	} else if req.LimitBasis != "" {
		return nil, problem(codeInvalidField, "limit_basis", "given without limit")
	}
	return opts, nil
}

func (s *Server) handleDeadline(w http.ResponseWriter, r *http.Request) {
	var req DeadlineRequest
	lang, buf := s.readJSON(w, r, &req)
	if buf == nil {
		return
	}
	defer putBuffer(buf)
	res, p := req.compute(s.data.Load())
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	*buf = res.AppendJSON((*buf)[:0], lang)
	writeJSON(w, http.StatusOK, *buf)
}

// compute runs the request's term.
func (req *DeadlineRequest) compute(d *Data) (deadline.Result, *Problem) {
	opts, p := req.options(d)
	if p != nil {
		return deadline.Result{}, p
	}
	var res deadline.Result
	var err error
	switch {
	case req.OnDate != nil && (req.Event != nil || req.Term != nil):
		return res, problem(codeInvalidField, "on_date", "on_date is given with event or term; give event and term, or on_date")
	case req.OnDate != nil:
		res, err = deadline.OnDate(calendar.Date(*req.OnDate), opts...)
		if err != nil {
			return res, deadlineProblem(err, "on_date")
		}
		return res, nil
	case req.Event == nil:
		return res, problem(codeInvalidField, "event", "required: the day the term runs from, YYYY-MM-DD or DD.MM.YYYY (or give on_date)")
	case req.Term == nil:
		return res, problem(codeTermRequired, "term", `required: the term, e.g. {"n":10,"unit":"days"}`)
	}
	term, p := req.Term.toTerm("term")
	if p != nil {
		return res, p
	}
	res, err = deadline.Compute(calendar.Date(*req.Event), term, opts...)
	if err != nil {
		return res, deadlineProblem(err, "event")
	}
	return res, nil
}

// deadlineProblem words an error of the deadline package.
func deadlineProblem(err error, field string) *Problem {
	if p := libraryProblem(err, field); p != nil {
		if p.Code == codeInvalidTerm && p.Field == "event" {
			p.Field = "term"
		}
		return p
	}
	return problem(codeInvalidField, field, clip2(err.Error()))
}
