package server

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// maxRangeDays bounds GET /v1/calendar/days: ten years of days.
const maxRangeDays = 3660

// maxAddWorkdays bounds the N of GET /v1/calendar/add.
const maxAddWorkdays = 10000

// parseDateParam reads a date from a query parameter or path segment.
func parseDateParam(name, v string) (calendar.Date, *Problem) {
	if v == "" {
		return calendar.Date{}, problem(codeInvalidParameter, name, name+" is required: a date, YYYY-MM-DD or DD.MM.YYYY")
	}
	d, err := calendar.ParseDate(v)
	if err != nil {
		return d, problem(codeInvalidParameter, name, clip2(err.Error()))
	}
	return d, nil
}

// regionCalendar returns the calendar the region query parameter names, or
// the federal one.
func regionCalendar(d *Data, q url.Values) (*calendar.Calendar, string, *Problem) {
	code := q.Get("region")
	if len(code) > 8 {
		return nil, "", problem(codeInvalidParameter, "region", "region "+quoteClip(code)+" is not an ISO 3166-2 code such as RU-TA")
	}
	c, err := d.region(code)
	if err != nil {
		if errors.Is(err, calendar.ErrUnknownRegion) {
			return nil, "", problem(codeInvalidParameter, "region", clip2(err.Error()))
		}
		return nil, "", problem(codeInvalidParameter, "region", "region "+quoteClip(code)+": "+clip2(err.Error()))
	}
	return c, code, nil
}

// outOfRange explains a date the calendar does not cover.
func outOfRange(field string, day calendar.Date, c *calendar.Calendar) *Problem {
	return problem(codeOutOfRange, field, day.String()+" is outside the production calendar, which covers "+
		c.First().String()+" to "+c.Last().String()+"; nothing is guessed outside it")
}

// queryOf parses the query once, reporting a malformed one.
func queryOf(r *http.Request) (url.Values, *Problem) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, problem(codeInvalidParameter, "", "malformed query string")
	}
	return q, nil
}

// calendarQuery reads what every calendar endpoint takes: the query and
// the calendar of its region (?region=, the federal one when absent).
func (s *Server) calendarQuery(r *http.Request) (q url.Values, c *calendar.Calendar, region string, p *Problem) {
	if q, p = queryOf(r); p != nil {
		return nil, nil, "", p
	}
	c, region, p = regionCalendar(s.data.Load(), q)
	return q, c, region, p
}

func (s *Server) handleCalendarDay(w http.ResponseWriter, r *http.Request) {
	lang, p := language(w, r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	_, c, region, p := s.calendarQuery(r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	day, p := parseDateParam("date", r.PathValue("date"))
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if !c.Covers(day) {
		writeProblem(w, r, outOfRange("date", day, c))
		return
	}
	info := c.Day(day)
	buf := getBuffer()
	defer putBuffer(buf)
	b := append((*buf)[:0], `{"date":"`...)
	b = append(b, day.String()...)
	b = append(b, `","weekday":`...)
	b = law.AppendJSONString(b, calendar.WeekdayText(day.Weekday(), lang))
	b = append(b, `,"kind":"`...)
	b = append(b, info.Kind.String()...)
	b = append(b, `","working":`...)
	b = strconv.AppendBool(b, info.IsWorkday())
	b = append(b, `,"shortened":`...)
	b = strconv.AppendBool(b, info.Shortened)
	b = append(b, `,"provisional":`...)
	b = strconv.AppendBool(b, info.Provisional)
	if name := info.NameText(lang); name != "" {
		b = append(b, `,"name":`...)
		b = law.AppendJSONString(b, name)
	}
	if !info.Basis.IsZero() {
		b = append(b, `,"basis":`...)
		b = info.Basis.AppendJSON(b, lang)
	}
	b = appendRegion(b, region)
	b = append(b, '}')
	*buf = b
	writeJSON(w, http.StatusOK, b)
}

func appendRegion(b []byte, region string) []byte {
	if region == "" {
		return b
	}
	b = append(b, `,"region":`...)
	return law.AppendJSONString(b, region)
}

func (s *Server) handleWorkdaysAdd(w http.ResponseWriter, r *http.Request) {
	q, c, region, p := s.calendarQuery(r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	from, p := parseDateParam("from", q.Get("from"))
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	n, err := strconv.Atoi(q.Get("workdays"))
	if err != nil || n < -maxAddWorkdays || n > maxAddWorkdays {
		writeProblem(w, r, problem(codeInvalidParameter, "workdays", "workdays "+quoteClip(q.Get("workdays"))+
			" is not accepted: accepted is an integer from -10000 to 10000"))
		return
	}
	if !c.Covers(from) {
		writeProblem(w, r, outOfRange("from", from, c))
		return
	}
	to := c.AddWorkdays(from, n)
	if to.IsZero() {
		writeProblem(w, r, problem(codeOutOfRange, "workdays", "the result lies outside the production calendar, which covers "+
			c.First().String()+" to "+c.Last().String()))
		return
	}
	skipped := to.Sub(from)
	if skipped < 0 {
		skipped = -skipped
	}
	if n < 0 {
		skipped += n
	} else {
		skipped -= n
	}
	b := append(make([]byte, 0, 128), `{"from":"`...)
	b = append(b, from.String()...)
	b = append(b, `","workdays":`...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, `,"date":"`...)
	b = append(b, to.String()...)
	b = append(b, `","skipped":`...)
	b = strconv.AppendInt(b, int64(skipped), 10)
	b = appendRegion(b, region)
	writeJSON(w, http.StatusOK, append(b, '}'))
}

func (s *Server) handleWorkdaysCount(w http.ResponseWriter, r *http.Request) {
	q, c, region, p := s.calendarQuery(r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	from, to, p := dateRange(q, c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	days := to.Sub(from) + 1
	work := c.Workdays(from, to)
	holidays := days - c.DaysExceptHolidays(from, to)
	b := append(make([]byte, 0, 160), `{"from":"`...)
	b = append(b, from.String()...)
	b = append(b, `","to":"`...)
	b = append(b, to.String()...)
	b = append(b, `","days":`...)
	b = strconv.AppendInt(b, int64(days), 10)
	b = append(b, `,"workdays":`...)
	b = strconv.AppendInt(b, int64(work), 10)
	b = append(b, `,"non_working":`...)
	b = strconv.AppendInt(b, int64(days-work), 10)
	b = append(b, `,"holidays":`...)
	b = strconv.AppendInt(b, int64(holidays), 10)
	b = appendRegion(b, region)
	writeJSON(w, http.StatusOK, append(b, '}'))
}

// dateRange reads from and to, both covered by c, from <= to.
func dateRange(q url.Values, c *calendar.Calendar) (from, to calendar.Date, p *Problem) {
	if from, p = parseDateParam("from", q.Get("from")); p != nil {
		return
	}
	if to, p = parseDateParam("to", q.Get("to")); p != nil {
		return
	}
	switch {
	case to.Before(from):
		p = problem(codeInvalidParameter, "to", "to "+to.String()+" is before from "+from.String()+"; accepted is a range with from <= to")
	case !c.Covers(from):
		p = outOfRange("from", from, c)
	case !c.Covers(to):
		p = outOfRange("to", to, c)
	}
	return
}

func (s *Server) handleCalendarDays(w http.ResponseWriter, r *http.Request) {
	lang, p := language(w, r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	q, c, region, p := s.calendarQuery(r)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	from, to, p := dateRange(q, c)
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	if to.Sub(from) >= maxRangeDays {
		writeProblem(w, r, problem(codeInvalidParameter, "to", "the range has "+strconv.Itoa(to.Sub(from)+1)+
			" days; accepted is at most "+strconv.Itoa(maxRangeDays)))
		return
	}
	buf := getBuffer()
	defer putBuffer(buf)
	b := append((*buf)[:0], `{"from":"`...)
	b = append(b, from.String()...)
	b = append(b, `","to":"`...)
	b = append(b, to.String()...)
	b = append(b, `","days":[`...)
	first := true
	for d := from; !d.After(to); d = d.AddDays(1) {
		k := c.Kind(d)
		if k == calendar.Workday {
			if !c.Day(d).Shortened {
				continue
			}
		}
		info := c.Day(d)
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, `{"date":"`...)
		b = append(b, d.String()...)
		b = append(b, `","kind":"`...)
		b = append(b, k.String()...)
		b = append(b, '"')
		if info.Shortened {
			b = append(b, `,"shortened":true`...)
		}
		if name := info.NameText(lang); name != "" {
			b = append(b, `,"name":`...)
			b = law.AppendJSONString(b, name)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	b = appendRegion(b, region)
	b = append(b, '}')
	*buf = b
	writeJSON(w, http.StatusOK, b)
}
