package regulation

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

// Errors; test for them with errors.Is.
var (
	// ErrInvalid: a regulation that cannot be read or contradicts itself;
	// the message names the field ("stages[2].term.unit: …").
	ErrInvalid = errors.New("invalid regulation")
	// ErrInvalidComplaint: a complaint the timeline cannot be computed for
	// (no receipt moment, an unknown stage or flag, a stage done before the
	// complaint was received); the message says what was given.
	ErrInvalidComplaint = errors.New("invalid complaint")
)

// Received is the event every regulation has: the moment the complaint was
// received (and registered).
const Received = "received"

// Text is a text in Russian and English.
type Text struct {
	RU string `json:"ru"`
	EN string `json:"en,omitempty"`
}

// In returns the text in lang, the Russian one where no English is given.
func (t Text) In(lang law.Lang) string {
	if lang == law.English && t.EN != "" {
		return t.EN
	}
	return t.RU
}

// Unit is the unit of a stage's term.
type Unit uint8

// The units of a term.
const (
	// Minutes and Hours run on the clock, day and night.
	Minutes Unit = iota + 1
	Hours
	// WorkingMinutes and WorkingHours run only within the office's working
	// hours (calendar.Schedule).
	WorkingMinutes
	WorkingHours
	// WorkingDays are the production calendar's working days, counted from
	// the day after the event (ГК РФ ст. 191).
	WorkingDays
	// CalendarDays, Months and Years run from the day after the event and
	// end on the next working day when their last day is not one (ГК РФ
	// ст. 191–193).
	CalendarDays
	Months
	Years
)

var unitNames = [...]string{
	Minutes: "minutes", Hours: "hours", WorkingMinutes: "working_minutes", WorkingHours: "working_hours",
	WorkingDays: "working_days", CalendarDays: "calendar_days", Months: "months", Years: "years",
}

const acceptedUnits = "minutes, hours, working_minutes, working_hours, working_days, calendar_days, months, years"

// String returns the unit's name as in JSON: "working_hours".
func (u Unit) String() string {
	if u >= Minutes && u <= Years {
		return unitNames[u]
	}
	return fmt.Sprintf("unit(%d)", uint8(u))
}

// ParseUnit reads a unit's name.
func ParseUnit(s string) (Unit, error) {
	for u := Minutes; u <= Years; u++ {
		if unitNames[u] == s {
			return u, nil
		}
	}
	return 0, fmt.Errorf("%q: accepted are %s", law.Clip(s), acceptedUnits)
}

// MarshalText encodes the unit's name.
func (u Unit) MarshalText() ([]byte, error) {
	if u < Minutes || u > Years {
		return nil, fmt.Errorf("regulation: %w: unit %d", ErrInvalid, uint8(u))
	}
	return []byte(unitNames[u]), nil
}

// UnmarshalText reads a unit's name.
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := ParseUnit(string(b))
	if err != nil {
		return fmt.Errorf("regulation: %w: unit %v", ErrInvalid, err)
	}
	*u = v
	return nil
}

// onClock reports whether the unit runs on the clock or the schedule
// rather than by days.
func (u Unit) onClock() bool { return u <= WorkingHours }

// duration is the length of one unit of a clock term.
func (u Unit) duration() time.Duration {
	if u == Minutes || u == WorkingMinutes {
		return time.Minute
	}
	return time.Hour
}

// MaxN bounds a term: 100 000 of any unit is more than any regulation sets.
const MaxN = 100000

// Term is a stage's term: N units.
type Term struct {
	N    int  `json:"n"`
	Unit Unit `json:"unit"`
}

// check checks a term, naming the field under path.
func (t Term) check(path string) error {
	if t.Unit < Minutes || t.Unit > Years {
		return invalid(path+".unit", "%d: accepted are %s", uint8(t.Unit), acceptedUnits)
	}
	if t.N < 1 || t.N > MaxN {
		return invalid(path+".n", "%d: accepted is 1 to %d", t.N, MaxN)
	}
	return nil
}

// Ends says when a term in days ends on its last day.
type Ends uint8

const (
	// EndsDefault is CloseOfBusiness for working days and EndOfDay for
	// calendar days, months and years.
	EndsDefault Ends = iota
	// CloseOfBusiness: when the office closes (ГК РФ ст. 194 п. 1, second
	// sentence: an act to be done in an organisation).
	CloseOfBusiness
	// EndOfDay: at 24:00 (ГК РФ ст. 194 п. 1).
	EndOfDay
)

var endsNames = [...]string{EndsDefault: "", CloseOfBusiness: "close_of_business", EndOfDay: "end_of_day"}

// String returns "close_of_business", "end_of_day" or "" for EndsDefault.
func (e Ends) String() string {
	if int(e) < len(endsNames) {
		return endsNames[e]
	}
	return fmt.Sprintf("ends(%d)", uint8(e))
}

// StageKind says what a stage's term asks for.
type StageKind uint8

const (
	// Deadline: the stage must be done by its due moment.
	Deadline StageKind = iota
	// Retention: records must be kept at least until the due moment; doing
	// the stage (disposing of them) earlier is the violation.
	Retention
)

// String returns "deadline" or "retention".
func (k StageKind) String() string {
	if k == Retention {
		return "retention"
	}
	return "deadline"
}

// Variant is a different term for complaints with a flag: 60 calendar days
// instead of 30 for a claim about a cross-border transfer.
type Variant struct {
	Flag string `json:"flag"`
	Term Term   `json:"term"`
}

// Escalation is what the regulation requires when a stage is missed.
type Escalation struct {
	// Action is a stable code for a program: "agree_new_term".
	Action string `json:"action"`
	// Title says what to do; To names who is to act.
	Title Text `json:"title"`
	To    Text `json:"to,omitzero"`
}

// Flag is a property of a complaint that selects stages and variants
// ("written", "cross_border").
type Flag struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
}

// Event is a moment a stage's term may run from, besides Received and the
// completion of another stage ("internal_request", "closed").
type Event struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
}

// Stage is one step of the regulation.
type Stage struct {
	ID    string
	Title Text
	Kind  StageKind
	// Clause is where the regulation sets the stage: "п. 3.2".
	Clause string
	// From is the moment the term runs from: Received, an Event's ID or an
	// earlier stage's ID (the moment that stage was done).
	From string
	Term Term
	// Variants replace Term for complaints with a flag; the first that
	// applies wins.
	Variants []Variant
	// When and Unless select the complaints the stage applies to: all of
	// When's flags set, none of Unless's.
	When   []string
	Unless []string
	// Ends says when a term in days ends on its last day.
	Ends Ends
	// NoShift keeps the last day of a term in calendar days, months or years
	// where the arithmetic puts it (ГК РФ ст. 193 not applied).
	NoShift bool
	// AtRisk overrides the regulation's at-risk margin for this stage.
	AtRisk time.Duration
	// Escalation is what to do when the stage is missed; nil when the
	// regulation says nothing.
	Escalation *Escalation
}

// Office is where and when the regulation's working time runs.
type Office struct {
	// TimeZone is an IANA zone name; "" is Europe/Moscow.
	TimeZone string
	// Region is an ISO 3166-2 code whose non-working days apply
	// (calendar.Regions); "" for the federal calendar only.
	Region string
	// Week is the office's opening hours, Monday to Friday.
	Week calendar.Week
	// NoShortening keeps pre-holiday days whole (ТК РФ ст. 95 ч. 2:
	// continuous operations compensate the hour instead).
	NoShortening bool
}

// Spec is a regulation as written: what Parse reads from JSON, or what a
// program builds and passes to New.
type Spec struct {
	ID    string
	Title Text
	// Sample marks a sample regulation: not an act of any organisation.
	Sample bool
	// Source says where the regulation comes from; Basis lists the
	// documents it rests on.
	Source Text
	Basis  []Text
	Office Office
	// AtRisk is the default at-risk margin: a stage not done with at most
	// this much working time left is at risk.
	AtRisk time.Duration
	Flags  []Flag
	Events []Event
	Stages []Stage
}

// Regulation is a checked regulation, ready to compute timelines. It is
// immutable and safe for concurrent use.
type Regulation struct {
	spec     Spec
	schedule *calendar.Schedule
	cal      *calendar.Calendar
	region   string  // the office's region, "RU-TA"; "" for the federal calendar
	act      law.Act // the regulation as an act, for its clauses' citations
	flags    map[string]bool
	events   map[string]bool
	stages   map[string]int
}

// Bounds on what a regulation may hold.
const (
	maxStages = 64
	maxNamed  = 32 // flags, events
	maxList   = 8  // variants, when, unless, basis
	maxText   = 1000
	maxAtRisk = 10000 * time.Hour
)

// New checks a Spec and builds its calendar and schedule; the error wraps
// ErrInvalid and names the field.
func New(spec Spec) (*Regulation, error) {
	spec = cloneSpec(spec)
	r := &Regulation{spec: spec, flags: map[string]bool{}, events: map[string]bool{Received: true}, stages: map[string]int{}}
	if err := checkID("id", spec.ID); err != nil {
		return nil, err
	}
	if err := checkText("title", spec.Title, true); err != nil {
		return nil, err
	}
	if err := checkText("source", spec.Source, false); err != nil {
		return nil, err
	}
	if len(spec.Basis) > maxList {
		return nil, invalid("basis", "%d entries; at most %d", len(spec.Basis), maxList)
	}
	for i, b := range spec.Basis {
		if err := checkText(fmt.Sprintf("basis[%d]", i), b, true); err != nil {
			return nil, err
		}
	}
	if spec.AtRisk < 0 || spec.AtRisk > maxAtRisk {
		return nil, invalid("at_risk", "%v; accepted is 0 to %v of working time", spec.AtRisk, maxAtRisk)
	}
	if err := r.buildOffice(); err != nil {
		return nil, err
	}
	if len(spec.Flags) > maxNamed || len(spec.Events) > maxNamed {
		return nil, invalid("flags, events", "%d flags and %d events; at most %d of each", len(spec.Flags), len(spec.Events), maxNamed)
	}
	for i, f := range spec.Flags {
		p := fmt.Sprintf("flags[%d]", i)
		if err := checkID(p+".id", f.ID); err != nil {
			return nil, err
		}
		if r.flags[f.ID] {
			return nil, invalid(p+".id", "%q is declared twice", f.ID)
		}
		if err := checkText(p+".title", f.Title, true); err != nil {
			return nil, err
		}
		r.flags[f.ID] = true
	}
	for i, e := range spec.Events {
		p := fmt.Sprintf("events[%d]", i)
		if err := checkID(p+".id", e.ID); err != nil {
			return nil, err
		}
		if r.events[e.ID] {
			return nil, invalid(p+".id", "%q is declared twice (or is the built-in %q)", e.ID, Received)
		}
		if err := checkText(p+".title", e.Title, true); err != nil {
			return nil, err
		}
		r.events[e.ID] = true
	}
	if len(spec.Stages) == 0 || len(spec.Stages) > maxStages {
		return nil, invalid("stages", "%d stages; accepted is 1 to %d", len(spec.Stages), maxStages)
	}
	for i := range spec.Stages {
		if err := r.checkStage(i); err != nil {
			return nil, err
		}
		r.stages[spec.Stages[i].ID] = i
	}
	r.act = law.Act{Kind: law.Regulation, Title: spec.Title.RU, TitleEN: spec.Title.EN}
	return r, nil
}

// buildOffice loads the zone, the region's calendar and the schedule.
func (r *Regulation) buildOffice() error {
	o := &r.spec.Office
	zone := o.TimeZone
	if zone == "" {
		zone = "Europe/Moscow"
	}
	if zone == "Local" || len(zone) > 64 {
		return invalid("office.time_zone", "%q: accepted is an IANA zone name such as Europe/Moscow or Asia/Yekaterinburg", law.Clip(zone))
	}
	loc, err := loadZone(zone)
	if err != nil {
		return invalid("office.time_zone", "%q: accepted is an IANA zone name such as Europe/Moscow or Asia/Yekaterinburg", law.Clip(zone))
	}
	cal := calendar.Russia()
	if o.Region != "" {
		if cal, err = cal.Region(o.Region); err != nil {
			return invalid("office.region", "%v", err)
		}
		r.region = strings.ToUpper(strings.TrimSpace(o.Region))
		if !strings.HasPrefix(r.region, "RU-") {
			r.region = "RU-" + r.region
		}
	}
	s, err := schedule(cal, loc, o.Week, o.NoShortening)
	if err != nil {
		return invalid("office.hours", "%v", err)
	}
	r.cal, r.schedule = cal, s
	return nil
}

// zones keeps the zones loaded: time.LoadLocation reads the zone's file on
// every call. Only zones that load are kept, so the map is bounded by the
// time zone database.
var zones sync.Map // name → *time.Location

func loadZone(name string) (*time.Location, error) {
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	zones.Store(name, loc)
	return loc, nil
}

// schedules keeps the schedules built lately: a service that parses the same
// regulation for every request builds its schedule once. A Schedule is
// immutable, so sharing one changes nothing a caller can see.
var schedules struct {
	sync.Mutex
	m map[scheduleKey]*calendar.Schedule
}

type scheduleKey struct {
	cal          *calendar.Calendar
	zone, week   string
	noShortening bool
}

const maxSchedules = 32

func schedule(cal *calendar.Calendar, loc *time.Location, week calendar.Week, noShortening bool) (*calendar.Schedule, error) {
	key := scheduleKey{cal: cal, zone: loc.String(), week: fmt.Sprint(week), noShortening: noShortening}
	schedules.Lock()
	s, ok := schedules.m[key]
	schedules.Unlock()
	if ok {
		return s, nil
	}
	opts := []calendar.ScheduleOption{calendar.InLocation(loc)}
	if noShortening {
		opts = append(opts, calendar.ShortenedBy(0))
	}
	s, err := calendar.NewSchedule(cal, week, opts...)
	if err != nil {
		return nil, err
	}
	schedules.Lock()
	if len(schedules.m) >= maxSchedules || schedules.m == nil {
		schedules.m = map[scheduleKey]*calendar.Schedule{}
	}
	schedules.m[key] = s
	schedules.Unlock()
	return s, nil
}

// checkStage checks stage i against the ones before it.
func (r *Regulation) checkStage(i int) error {
	s := &r.spec.Stages[i]
	p := fmt.Sprintf("stages[%d]", i)
	if err := checkID(p+".id", s.ID); err != nil {
		return err
	}
	if _, dup := r.stages[s.ID]; dup || r.events[s.ID] {
		return invalid(p+".id", "%q is already a stage or an event", s.ID)
	}
	if err := checkText(p+".title", s.Title, true); err != nil {
		return err
	}
	if s.Kind > Retention {
		return invalid(p+".kind", "%d: accepted are deadline and retention", s.Kind)
	}
	if len(s.Clause) > 100 {
		return invalid(p+".clause", "%d bytes; a clause is a reference such as «п. 3.2»", len(s.Clause))
	}
	if _, earlier := r.stages[s.From]; !earlier && !r.events[s.From] {
		return invalid(p+".from", "%q: accepted are %s", law.Clip(s.From), r.fromChoices())
	}
	if err := s.Term.check(p + ".term"); err != nil {
		return err
	}
	if len(s.Variants) > maxList || len(s.When) > maxList || len(s.Unless) > maxList {
		return invalid(p, "at most %d variants, when and unless flags", maxList)
	}
	for j, v := range s.Variants {
		vp := fmt.Sprintf("%s.variants[%d]", p, j)
		if !r.flags[v.Flag] {
			return invalid(vp+".flag", "%q is not a declared flag; declared are %s", law.Clip(v.Flag), r.flagChoices())
		}
		if err := v.Term.check(vp + ".term"); err != nil {
			return err
		}
	}
	for name, list := range map[string][]string{"when": s.When, "unless": s.Unless} {
		for j, f := range list {
			if !r.flags[f] {
				return invalid(fmt.Sprintf("%s.%s[%d]", p, name, j), "%q is not a declared flag; declared are %s", law.Clip(f), r.flagChoices())
			}
		}
	}
	if s.Ends > EndOfDay {
		return invalid(p+".ends", "%d: accepted are close_of_business and end_of_day", s.Ends)
	}
	if s.Term.Unit.onClock() && (s.Ends != EndsDefault || s.NoShift) {
		return invalid(p+".ends", "a term in %s ends exactly when its time runs out; ends and no_shift apply to terms in days", s.Term.Unit)
	}
	if s.Term.Unit == WorkingDays && s.NoShift {
		return invalid(p+".no_shift", "a term in working days always ends on a working day")
	}
	if s.AtRisk < 0 || s.AtRisk > maxAtRisk {
		return invalid(p+".at_risk", "%v; accepted is 0 to %v of working time", s.AtRisk, maxAtRisk)
	}
	if e := s.Escalation; e != nil {
		if err := checkID(p+".escalation.action", e.Action); err != nil {
			return err
		}
		if err := checkText(p+".escalation.title", e.Title, true); err != nil {
			return err
		}
		if err := checkText(p+".escalation.to", e.To, false); err != nil {
			return err
		}
	}
	return nil
}

func (r *Regulation) fromChoices() string {
	c := []string{Received}
	for _, e := range r.spec.Events {
		c = append(c, e.ID)
	}
	for _, s := range r.spec.Stages {
		if _, ok := r.stages[s.ID]; ok {
			c = append(c, s.ID)
		}
	}
	return strings.Join(c, ", ") + " (an event, or a stage listed earlier)"
}

func (r *Regulation) flagChoices() string {
	if len(r.spec.Flags) == 0 {
		return "none"
	}
	c := make([]string, len(r.spec.Flags))
	for i, f := range r.spec.Flags {
		c[i] = f.ID
	}
	return strings.Join(c, ", ")
}

// checkID accepts a lowercase identifier: letters, digits, "_", "-", ".".
func checkID(path, id string) error {
	if id == "" || len(id) > 64 {
		return invalid(path, "%q: accepted is an identifier of 1 to 64 characters: a-z, 0-9, _, -, .", law.Clip(id))
	}
	for i, c := range id {
		if !(c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
			return invalid(path, "%q: accepted is an identifier of 1 to 64 characters: a-z, 0-9, _, -, . (starting with a letter)", law.Clip(id))
		}
	}
	return nil
}

func checkText(path string, t Text, required bool) error {
	if required && strings.TrimSpace(t.RU) == "" {
		return invalid(path+".ru", "empty; the Russian text is required")
	}
	if len(t.RU) > maxText || len(t.EN) > maxText {
		return invalid(path, "longer than %d bytes", maxText)
	}
	return nil
}

func invalid(path, format string, args ...any) error {
	return fmt.Errorf("regulation: %w: %s: %s", ErrInvalid, path, fmt.Sprintf(format, args...))
}

func cloneSpec(s Spec) Spec {
	s.Basis = slices.Clone(s.Basis)
	s.Flags = slices.Clone(s.Flags)
	s.Events = slices.Clone(s.Events)
	for wd := range s.Office.Week {
		s.Office.Week[wd] = slices.Clone(s.Office.Week[wd])
	}
	s.Stages = slices.Clone(s.Stages)
	for i := range s.Stages {
		st := &s.Stages[i]
		st.Variants = slices.Clone(st.Variants)
		st.When = slices.Clone(st.When)
		st.Unless = slices.Clone(st.Unless)
		if st.Escalation != nil {
			e := *st.Escalation
			st.Escalation = &e
		}
	}
	return s
}

// Spec returns a copy of the regulation as written.
func (r *Regulation) Spec() Spec { return cloneSpec(r.spec) }

// ID returns the regulation's identifier.
func (r *Regulation) ID() string { return r.spec.ID }

// Title returns the regulation's title.
func (r *Regulation) Title() Text { return r.spec.Title }

// Schedule returns the office's working hours the regulation counts on.
func (r *Regulation) Schedule() *calendar.Schedule { return r.schedule }

// Calendar returns the production calendar (federal, or with the office's
// region) the regulation counts days on.
func (r *Regulation) Calendar() *calendar.Calendar { return r.cal }

// Clause returns the citation of a stage's clause: the regulation as an
// act of kind law.Regulation, with the clause as written.
func (r *Regulation) Clause(stageID string) law.Ref {
	i, ok := r.stages[stageID]
	if !ok {
		return law.Ref{}
	}
	return law.Ref{Act: r.act, Clause: strings.TrimSpace(strings.TrimPrefix(r.spec.Stages[i].Clause, "п."))}
}

// deadlineTerm converts a term in days to the deadline package's.
func deadlineTerm(t Term) deadline.Term {
	switch t.Unit {
	case Months:
		return deadline.Months(t.N)
	case Years:
		return deadline.Years(t.N)
	case WorkingDays:
		return deadline.Workdays(t.N)
	}
	return deadline.Days(t.N)
}
