package deadline

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// MarshalJSON writes the result with its Russian texts; see AppendJSON.
func (r Result) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil, law.Russian), nil }

// AppendJSON appends r as JSON with texts in lang:
//
//	{"event":"2024-12-25","term":{"n":10,"unit":"days","text":"10 календарных дней"},"set_by":"law",
//	 "start":"2024-12-26","end":"2025-01-04","due":"2025-01-09","overdue_from":"2025-01-10",
//	 "shift":"forward","end_day":{"date":"2025-01-04","kind":"holiday","name":"…","basis":{…}},
//	 "provisional":false,"place":"Europe/Moscow",
//	 "steps":[{"code":"gk191.start","refs":[{…,"text":"ГК РФ ст. 191"}],
//	           "facts":{"from":"2024-12-25","date":"2024-12-26"},"text":"Течение срока начинается …"}, …]}
//
// Dates are "YYYY-MM-DD"; "limit" is present only with NotLongerThan. The
// steps are derived from the other fields, which UnmarshalJSON reads back.
func (r Result) AppendJSON(b []byte, lang law.Lang) []byte {
	date := func(name string, d calendar.Date) {
		b = append(b, ',', '"')
		b = append(b, name...)
		b = append(b, `":"`...)
		b = appendISO(b, d)
		b = append(b, '"')
	}
	b = append(b, `{"event":"`...)
	b = appendISO(b, r.Event)
	b = append(b, `","term":`...)
	b = r.Term.AppendJSON(b, lang)
	b = append(b, `,"set_by":"`...)
	b = append(b, r.SetBy.String()...)
	b = append(b, '"')
	date("start", r.Start)
	date("end", r.End)
	date("due", r.Due)
	date("overdue_from", r.OverdueFrom())
	b = append(b, `,"shift":"`...)
	b = append(b, r.Shift.String()...)
	b = append(b, `","end_day":`...)
	b = appendDay(b, r.EndDay, lang)
	if !r.Limit.IsZero() {
		b = append(b, `,"limit":{"term":`...)
		b = r.Limit.Term.AppendJSON(b, lang)
		b = append(b, `,"basis":`...)
		b = r.Limit.Basis.AppendJSON(b, lang)
		date("end", r.Limit.End)
		b = append(b, '}')
	}
	b = append(b, `,"provisional":`...)
	b = strconv.AppendBool(b, r.Provisional)
	if r.Tax {
		b = append(b, `,"tax":true`...)
	}
	b = append(b, `,"place":`...)
	place := ""
	if r.Place != nil {
		place = r.Place.String()
	}
	b = law.AppendJSONString(b, place)
	b = append(b, `,"steps":[`...)
	var buf [8]Step
	for i, s := range r.steps(buf[:0]) {
		if i > 0 {
			b = append(b, ',')
		}
		b = s.AppendJSON(b, lang)
	}
	return append(b, "]}"...)
}

// AppendJSON appends the step as {"code", "refs", "facts", "text"}, the
// facts holding only the fields its code uses.
func (s Step) AppendJSON(b []byte, lang law.Lang) []byte {
	b = append(b, `{"code":"`...)
	b = append(b, s.Code...)
	b = append(b, `","refs":`...)
	b = law.AppendJSONRefs(b, s.Refs, lang)
	b = append(b, `,"facts":{`...)
	n := 0
	sep := func() {
		if n > 0 {
			b = append(b, ',')
		}
		n++
	}
	date := func(name string, d calendar.Date) {
		if !d.IsZero() {
			sep()
			b = append(b, '"')
			b = append(b, name...)
			b = append(b, `":"`...)
			b = appendISO(b, d)
			b = append(b, '"')
		}
	}
	if !s.Term.IsZero() {
		sep()
		b = append(b, `"term":`...)
		b = s.Term.AppendJSON(b, lang)
	}
	date("from", s.From)
	date("date", s.Date)
	date("to", s.To)
	if s.N != 0 {
		sep()
		b = append(b, `"n":`...)
		b = strconv.AppendInt(b, int64(s.N), 10)
	}
	if !s.Day.Date.IsZero() {
		sep()
		b = append(b, `"day":`...)
		b = appendDay(b, s.Day, lang)
	}
	b = append(b, `},"text":`...)
	var tmp [1024]byte
	b = law.AppendJSONBytes(b, s.appendText(tmp[:0], lang))
	return append(b, '}')
}

// appendDay writes a calendar day with its citation rendered in lang.
func appendDay(b []byte, d calendar.Day, lang law.Lang) []byte {
	b = append(b, `{"date":"`...)
	b = appendISO(b, d.Date)
	b = append(b, `","kind":"`...)
	b = append(b, d.Kind.String()...)
	b = append(b, '"')
	if d.Shortened {
		b = append(b, `,"shortened":true`...)
	}
	if d.Provisional {
		b = append(b, `,"provisional":true`...)
	}
	if d.Name != "" {
		b = append(b, `,"name":`...)
		b = law.AppendJSONString(b, d.Name)
	}
	if d.NameEN != "" {
		b = append(b, `,"name_en":`...)
		b = law.AppendJSONString(b, d.NameEN)
	}
	if !d.Basis.IsZero() {
		b = append(b, `,"basis":`...)
		b = d.Basis.AppendJSON(b, lang)
	}
	return append(b, '}')
}

// resultJSON is what UnmarshalJSON reads.
type resultJSON struct {
	Event       calendar.Date `json:"event"`
	Term        Term          `json:"term"`
	SetBy       Setter        `json:"set_by"`
	Start       calendar.Date `json:"start"`
	End         calendar.Date `json:"end"`
	Due         calendar.Date `json:"due"`
	Shift       Shift         `json:"shift"`
	EndDay      calendar.Day  `json:"end_day"`
	Limit       *Limit        `json:"limit"`
	Provisional bool          `json:"provisional"`
	Tax         bool          `json:"tax"`
	Place       string        `json:"place"`
}

// UnmarshalJSON reads what MarshalJSON writes. The texts and steps, which
// are derived, are not read; the place is loaded by its IANA name.
func (r *Result) UnmarshalJSON(b []byte) error {
	var j resultJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("deadline: reading a result: %w", err)
	}
	place, err := location(j.Place)
	if err != nil {
		return err
	}
	*r = Result{Event: j.Event, Term: j.Term, SetBy: j.SetBy, Start: j.Start, End: j.End, Due: j.Due, Shift: j.Shift,
		EndDay: j.EndDay, Provisional: j.Provisional, Tax: j.Tax, Place: place}
	if j.Limit != nil {
		r.Limit = *j.Limit
	}
	return nil
}

// locations caches the zones UnmarshalJSON loads, so that a round trip
// gives the same *time.Location.
var locations sync.Map

func location(name string) (*time.Location, error) {
	switch name {
	case "", moscow.String():
		return moscow, nil
	}
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	if len(name) > 64 {
		return nil, fmt.Errorf("deadline: place %q: accepted is an IANA time zone name such as Europe/Moscow", name[:64])
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("deadline: place %q: accepted is an IANA time zone name such as Europe/Moscow", name)
	}
	v, _ := locations.LoadOrStore(name, l)
	return v.(*time.Location), nil
}

// MarshalText encodes the setter's name.
func (s Setter) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText accepts a name returned by String.
func (s *Setter) UnmarshalText(b []byte) error {
	for i, n := range setterNames {
		if n == string(b) {
			*s = Setter(i)
			return nil
		}
	}
	return fmt.Errorf("deadline: set_by %q: accepted are law, consumer, agreement", law.Clip(string(b)))
}

// MarshalText encodes the shift's name.
func (s Shift) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText accepts a name returned by String.
func (s *Shift) UnmarshalText(b []byte) error {
	for i, n := range shiftNames {
		if n == string(b) {
			*s = Shift(i)
			return nil
		}
	}
	return fmt.Errorf("deadline: shift %q: accepted are not_needed, forward, backward, special_day, off", law.Clip(string(b)))
}

// appendISO writes d as "2006-01-02" (nothing for the zero Date).
func appendISO(b []byte, d calendar.Date) []byte {
	b, _ = d.AppendText(b)
	return b
}
