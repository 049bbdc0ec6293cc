package regulation

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

// Complaint is what a timeline is computed for.
type Complaint struct {
	// Received is the moment the complaint was received (and registered).
	Received time.Time
	// Done holds the moments the stages were done, by stage ID, and the
	// moments of the regulation's other events, by event ID.
	Done map[string]time.Time
	// Flags are the complaint's properties that select stages and
	// variants ("written", "cross_border"); each must be declared.
	Flags []string
}

// Code is a stable code of a timeline entry or note; doc.go lists them.
type Code string

// Stage codes (Entry.Code).
const (
	StageWaiting           Code = "stage_waiting"
	StagePending           Code = "stage_pending"
	StageAtRisk            Code = "stage_at_risk"
	StageOverdue           Code = "stage_overdue"
	StageDoneOnTime        Code = "stage_done_on_time"
	StageDoneLate          Code = "stage_done_late"
	StageNotComputable     Code = "stage_not_computable"
	RetentionRunning       Code = "retention_running"
	RetentionEnded         Code = "retention_ended"
	RetentionDisposed      Code = "retention_disposed"
	RetentionDisposedEarly Code = "retention_disposed_early"
)

// Note codes (Note.Code).
const (
	TermFromNextDay           Code = "term_from_next_day"
	CountedFromOpening        Code = "counted_from_opening"
	DueMovedToWorkday         Code = "due_moved_to_workday"
	EndsAtCloseOfBusiness     Code = "ends_at_close_of_business"
	EndsAtMidnight            Code = "ends_at_midnight"
	ShortenedDay              Code = "shortened_day"
	RegionalHoliday           Code = "regional_holiday"
	CalendarProvisional       Code = "calendar_provisional"
	CalendarOutOfRange        Code = "calendar_out_of_range"
	DaysOffSkipped            Code = "days_off_skipped"
	AfterStatutoryDue         Code = "after_statutory_due"
	SampleRegulation          Code = "sample_regulation"
	StatutoryPending          Code = "statutory_pending"
	StatutoryExpired          Code = "statutory_expired"
	maxNotesPerEntry               = 12
	maxShortenedListed             = 4
	maxRegionalHolidaysListed      = 4
)

// Citations of the rules the notes apply.
var (
	refTermStart = law.MustRef("ГК РФ ст. 191")
	refShift     = law.MustRef("ГК РФ ст. 193")
	refEnds      = law.MustRef("ГК РФ ст. 194 п. 1")
	refShortened = law.MustRef("ТК РФ ст. 95 ч. 1")
	refDecrees   = law.MustRef("ТК РФ ст. 112 ч. 5")
)

// Note is one fact behind an entry, with the rule it applies. Which fields
// are set depends on Code; Text renders it.
type Note struct {
	Code Code
	// Ref cites the rule applied.
	Ref law.Ref
	// Date is the day concerned; To a second day (where a term's end moved).
	Date, To calendar.Date
	// Dates lists several days (the shortened days within a term).
	Dates []calendar.Date
	// At is a moment concerned (the opening the count starts from, the
	// statutory term's expiry).
	At time.Time
	// Kind is the calendar's kind of Date.
	Kind calendar.Kind
	// Count counts days (the days off a term skips).
	Count int
	// Name names the day, the act or the statutory term concerned, and
	// Basis cites the act behind the day.
	Name  Text
	Basis law.Ref
}

// Entry is one stage on a complaint's timeline.
type Entry struct {
	Stage string
	Title Text
	Kind  StageKind
	// Code is the stage's status at the timeline's moment.
	Code Code
	// Clause cites the regulation's clause that sets the stage.
	Clause law.Ref
	// From is what the term runs from (Received, an event or a stage) and
	// Start when it happened; Start is zero while the entry is waiting.
	From      string
	FromTitle Text
	Start     time.Time
	// Term is the term applied; Variant the flag that selected it, if any,
	// and VariantTitle that flag's title.
	Term         Term
	Variant      string
	VariantTitle Text
	// Due is the moment the term ends, in the office's zone: the stage is on
	// time when done no later than Due. DueDate is the term's last day.
	// Both are zero while waiting or when not computable.
	Due     time.Time
	DueDate calendar.Date
	Ends    Ends
	// Done is when the stage was done; zero when it is not.
	Done time.Time
	// Left is the working time from the timeline's moment to Due for a
	// stage not done (negative: overdue by that much), or from Done to Due
	// for a stage done (negative: late by that much). LeftKnown is false
	// when it cannot be measured (waiting, or outside the calendar).
	Left      time.Duration
	LeftKnown bool
	// AtRisk is the margin the stage was judged against.
	AtRisk time.Duration
	// Escalation is the regulation's action for a missed stage (overdue or
	// done late); nil otherwise.
	Escalation *Escalation
	Notes      []Note
}

// Missed reports whether the stage is overdue or was done late (for a
// retention stage: disposed of early).
func (e Entry) Missed() bool {
	return e.Code == StageOverdue || e.Code == StageDoneLate || e.Code == RetentionDisposedEarly
}

// Open reports whether the stage still has to be done: pending, at risk or
// overdue.
func (e Entry) Open() bool {
	return e.Code == StagePending || e.Code == StageAtRisk || e.Code == StageOverdue
}

// Statutory is a statutory term to compare the regulation with: the due day
// of a claim under the law (a claimtype type's deadline.Result.Due).
type Statutory struct {
	// ID identifies the term for a program ("goods.refund").
	ID    string
	Title Text
	// Due is the last day of the statutory term, ГК РФ ст. 193 applied; the
	// term expires at 24:00 of it in the office's zone (ст. 194 п. 1).
	Due  calendar.Date
	Refs []law.Ref
}

// StatutoryEntry is a statutory term on the timeline.
type StatutoryEntry struct {
	Statutory
	// Expires is 24:00 of Due in the office's zone.
	Expires time.Time
	// Code is StatutoryPending or StatutoryExpired at the timeline's moment.
	Code Code
}

// Timeline is a complaint's stages at a moment.
type Timeline struct {
	Regulation      string
	RegulationTitle Text
	Sample          bool
	Received        time.Time
	Now             time.Time
	// Location is the office's zone; every moment is in it.
	Location *time.Location
	Region   string
	// Flags are the complaint's flags, in the regulation's order.
	Flags   []Flag
	Entries []Entry
	// Statutory lists the statutory terms compared with (CompareWith).
	Statutory []StatutoryEntry
	// Notes are facts about the whole timeline (SampleRegulation).
	Notes []Note
}

// Escalations returns the entries whose stage was missed, in order.
func (t Timeline) Escalations() []Entry {
	var out []Entry
	for _, e := range t.Entries {
		if e.Missed() {
			out = append(out, e)
		}
	}
	return out
}

// Entry returns the entry of a stage.
func (t Timeline) Entry(stage string) (Entry, bool) {
	for _, e := range t.Entries {
		if e.Stage == stage {
			return e, true
		}
	}
	return Entry{}, false
}

// Option adjusts a timeline.
type Option func(*options)

type options struct {
	atRisk    time.Duration
	hasAtRisk bool
	statutory []Statutory
}

// AtRisk sets the at-risk margin of working time for stages that set none
// of their own, instead of the regulation's default.
func AtRisk(margin time.Duration) Option {
	return func(o *options) { o.atRisk, o.hasAtRisk = margin, true }
}

// CompareWith puts statutory terms on the timeline and marks every stage
// that would end after one of them (AfterStatutoryDue): a regulation cannot
// extend a term the law sets.
func CompareWith(s ...Statutory) Option {
	return func(o *options) { o.statutory = append(o.statutory, s...) }
}

// Timeline computes the complaint's stages at the moment now: each
// applicable stage's due moment, status, working time left and, when it
// was missed, the escalation. It returns ErrInvalidComplaint for a
// complaint it cannot read and calendar.ErrNotCovered when the complaint
// was received outside the calendar's range; a stage whose due moment
// falls outside the range is reported as StageNotComputable.
func (r *Regulation) Timeline(c Complaint, now time.Time, opts ...Option) (Timeline, error) {
	if r == nil || r.schedule == nil {
		return Timeline{}, fmt.Errorf("regulation: %w: a nil or zero Regulation; build one with Parse, Load or New", ErrInvalid)
	}
	var o options
	for _, f := range opts {
		if f != nil {
			f(&o)
		}
	}
	if o.hasAtRisk && (o.atRisk < 0 || o.atRisk > maxAtRisk) {
		return Timeline{}, fmt.Errorf("regulation: %w: at-risk margin %v: accepted is 0 to %v", ErrInvalidComplaint, o.atRisk, maxAtRisk)
	}
	if len(o.statutory) > maxList {
		return Timeline{}, fmt.Errorf("regulation: %w: %d statutory terms; at most %d", ErrInvalidComplaint, len(o.statutory), maxList)
	}
	loc := r.schedule.Location()
	if c.Received.IsZero() {
		return Timeline{}, fmt.Errorf("regulation: %w: received: missing; give the moment the complaint was received, with its zone", ErrInvalidComplaint)
	}
	if now.IsZero() {
		return Timeline{}, fmt.Errorf("regulation: %w: now: missing; give the moment to judge the stages at", ErrInvalidComplaint)
	}
	if _, err := r.schedule.Between(c.Received, c.Received); err != nil {
		return Timeline{}, fmt.Errorf("regulation: received: %w", err)
	}
	flags := map[string]bool{}
	for _, f := range c.Flags {
		if !r.flags[f] {
			return Timeline{}, fmt.Errorf("regulation: %w: flag %q is not declared by %s; declared are %s", ErrInvalidComplaint, law.Clip(f), r.spec.ID, r.flagChoices())
		}
		flags[f] = true
	}
	moments := map[string]time.Time{Received: c.Received}
	keys := make([]string, 0, len(c.Done))
	for k := range c.Done {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := c.Done[k]
		_, stage := r.stages[k]
		if !stage && !r.events[k] {
			return Timeline{}, fmt.Errorf("regulation: %w: done[%q]: not a stage or event of %s; accepted are %s",
				ErrInvalidComplaint, law.Clip(k), r.spec.ID, r.allIDs())
		}
		if k == Received {
			return Timeline{}, fmt.Errorf("regulation: %w: done[%q]: give the receipt moment as Received", ErrInvalidComplaint, k)
		}
		if v.IsZero() {
			return Timeline{}, fmt.Errorf("regulation: %w: done[%q]: a zero moment; leave out what has not happened", ErrInvalidComplaint, k)
		}
		if v.Before(c.Received) {
			return Timeline{}, fmt.Errorf("regulation: %w: done[%q]: %s is before the complaint was received (%s)",
				ErrInvalidComplaint, k, v.Format(time.RFC3339), c.Received.Format(time.RFC3339))
		}
		moments[k] = v
	}

	t := Timeline{
		Regulation: r.spec.ID, RegulationTitle: r.spec.Title, Sample: r.spec.Sample,
		Received: c.Received.In(loc), Now: now.In(loc), Location: loc, Region: r.region,
	}
	for _, f := range r.spec.Flags {
		if flags[f.ID] {
			t.Flags = append(t.Flags, f)
		}
	}
	if r.spec.Sample {
		t.Notes = append(t.Notes, Note{Code: SampleRegulation, Ref: law.Ref{Act: r.act}, Name: r.spec.Source})
	}
	for _, s := range o.statutory {
		e := StatutoryEntry{Statutory: s, Code: StatutoryPending}
		e.Refs = slices.Clone(s.Refs)
		if !s.Due.IsZero() {
			e.Expires = s.Due.AddDays(1).In(loc)
			if !now.Before(e.Expires) {
				e.Code = StatutoryExpired
			}
		}
		t.Statutory = append(t.Statutory, e)
	}
	for i := range r.spec.Stages {
		s := &r.spec.Stages[i]
		if !applies(s, flags) {
			continue
		}
		e := r.entry(s, moments, flags, now, &o)
		for _, st := range t.Statutory {
			if e.Kind == Deadline && !e.Due.IsZero() && !st.Expires.IsZero() && e.Due.After(st.Expires) {
				e.Notes = append(e.Notes, Note{Code: AfterStatutoryDue, Name: st.Title, Date: st.Due, At: st.Expires,
					Ref: firstRef(st.Refs)})
			}
		}
		t.Entries = append(t.Entries, e)
	}
	return t, nil
}

func firstRef(refs []law.Ref) law.Ref {
	if len(refs) > 0 {
		return refs[0]
	}
	return law.Ref{}
}

func (r *Regulation) allIDs() string {
	ids := []string{}
	for _, s := range r.spec.Stages {
		ids = append(ids, s.ID)
	}
	for _, e := range r.spec.Events {
		ids = append(ids, e.ID)
	}
	return strings.Join(ids, ", ")
}

// applies reports whether a stage applies to a complaint with flags.
func applies(s *Stage, flags map[string]bool) bool {
	for _, f := range s.When {
		if !flags[f] {
			return false
		}
	}
	for _, f := range s.Unless {
		if flags[f] {
			return false
		}
	}
	return true
}

// entry computes one stage.
func (r *Regulation) entry(s *Stage, moments map[string]time.Time, flags map[string]bool, now time.Time, o *options) Entry {
	loc := r.schedule.Location()
	e := Entry{Stage: s.ID, Title: s.Title, Kind: s.Kind, Clause: r.Clause(s.ID), From: s.From, FromTitle: r.fromTitle(s.From),
		Term: s.Term, Ends: s.Ends}
	for _, v := range s.Variants {
		if flags[v.Flag] {
			e.Term, e.Variant = v.Term, v.Flag
			for _, f := range r.spec.Flags {
				if f.ID == v.Flag {
					e.VariantTitle = f.Title
				}
			}
			break
		}
	}
	if s.Escalation != nil {
		esc := *s.Escalation
		e.Escalation = &esc // kept only when missed, below
	}
	e.AtRisk = r.spec.AtRisk
	if o.hasAtRisk {
		e.AtRisk = o.atRisk
	}
	if s.AtRisk != 0 {
		e.AtRisk = s.AtRisk
	}
	if done, ok := moments[s.ID]; ok {
		e.Done = done.In(loc)
	}
	start, ok := moments[s.From]
	if !ok {
		e.Code, e.Escalation = StageWaiting, nil
		return e
	}
	e.Start = start.In(loc)
	if err := r.due(&e); err != nil {
		e.Code, e.Escalation = StageNotComputable, nil
		e.Due, e.DueDate = time.Time{}, calendar.Date{}
		e.Notes = append(e.Notes, Note{Code: CalendarOutOfRange, Date: r.cal.First(), To: r.cal.Last()})
		return e
	}
	if len(e.Notes) > maxNotesPerEntry {
		e.Notes = e.Notes[:maxNotesPerEntry]
	}
	r.status(&e, now)
	if !e.Missed() {
		e.Escalation = nil
	}
	return e
}

// due computes e.Due and its notes.
func (r *Regulation) due(e *Entry) error {
	sched := r.schedule
	loc := sched.Location()
	t := e.Term
	switch t.Unit {
	case Minutes, Hours:
		e.Due = e.Start.Add(time.Duration(t.N) * t.Unit.duration())
		e.DueDate = calendar.DateOf(e.Due)
		return nil
	case WorkingMinutes, WorkingHours:
		open, err := sched.NextOpen(e.Start)
		if err != nil {
			return err
		}
		if !open.Equal(e.Start) {
			e.Notes = append(e.Notes, Note{Code: CountedFromOpening, At: open})
		}
		if e.Due, err = sched.Add(e.Start, time.Duration(t.N)*t.Unit.duration()); err != nil {
			return err
		}
		e.DueDate = calendar.DateOf(e.Due)
		r.dayNotes(e, sched.Date(e.Start), e.DueDate, true)
		return nil
	}
	event := sched.Date(e.Start)
	var end calendar.Date
	switch t.Unit {
	case WorkingDays:
		end = r.cal.AddWorkdays(event, t.N)
		if end.IsZero() {
			return errors.New("out of range")
		}
		e.DueDate = end
	default:
		switch t.Unit {
		case Months:
			end = event.AddMonths(t.N)
		case Years:
			end = event.AddYears(t.N)
		default:
			end = event.AddDays(t.N)
		}
		opts := []deadline.Option{deadline.WithCalendar(r.cal)}
		if r.stageNoShift(e.Stage) {
			opts = append(opts, deadline.NoShift())
		}
		due, err := deadline.Due(event, deadlineTerm(t), opts...)
		if err != nil {
			return err
		}
		e.DueDate = due
		if due != end {
			e.Notes = append(e.Notes, Note{Code: DueMovedToWorkday, Ref: refShift, Date: end, To: due, Kind: r.cal.Day(end).Kind,
				Name: dayName(r.cal.Day(end)), Basis: r.cal.Day(end).Basis})
		}
	}
	e.Notes = append([]Note{{Code: TermFromNextDay, Ref: refTermStart, Date: event.AddDays(1)}}, e.Notes...)
	ends := e.Ends
	if ends == EndsDefault {
		ends = EndOfDay
		if t.Unit == WorkingDays {
			ends = CloseOfBusiness
		}
	}
	e.Ends = ends
	opening, err := sched.On(e.DueDate)
	if ends == CloseOfBusiness && err == nil && !opening.Close.IsZero() {
		e.Due = opening.Close
		e.Notes = append(e.Notes, Note{Code: EndsAtCloseOfBusiness, Ref: refEnds, Date: e.DueDate, At: e.Due})
	} else {
		e.Ends = EndOfDay
		e.Due = e.DueDate.AddDays(1).In(loc)
		e.Notes = append(e.Notes, Note{Code: EndsAtMidnight, Ref: refEnds, Date: e.DueDate, At: e.Due})
	}
	if r.cal.IsProvisional(e.DueDate) {
		e.Notes = append(e.Notes, Note{Code: CalendarProvisional, Ref: refDecrees, Date: e.DueDate})
	}
	r.dayNotes(e, event.AddDays(1), e.DueDate, t.Unit == WorkingDays)
	return nil
}

// fromTitle names what a term runs from: the receipt, an event, a stage.
func (r *Regulation) fromTitle(id string) Text {
	if id == Received {
		return Text{RU: "поступление жалобы", EN: "receipt of the complaint"}
	}
	for _, e := range r.spec.Events {
		if e.ID == id {
			return e.Title
		}
	}
	if i, ok := r.stages[id]; ok {
		t := r.spec.Stages[i].Title
		return Text{RU: "выполнение этапа «" + t.RU + "»", EN: "completion of “" + t.In(law.English) + "”"}
	}
	return Text{RU: id}
}

func (r *Regulation) stageNoShift(id string) bool { return r.spec.Stages[r.stages[id]].NoShift }

// dayNotes notes the shortened days and regional holidays in [from, to],
// which explain the working time a term takes, and with skip the days off
// it passes over.
func (r *Regulation) dayNotes(e *Entry, from, to calendar.Date, skip bool) {
	if to.Before(from) || to.Sub(from) > 3*366 {
		return
	}
	var short []calendar.Date
	holidays := 0
	regional := r.spec.Office.Region != ""
	var off Note
	for d := from; !d.After(to); d = d.AddDays(1) {
		day := r.cal.Day(d)
		if skip && !r.cal.IsWorkday(d) && d != to {
			if off.Count == 0 {
				off = Note{Code: DaysOffSkipped, Date: d}
			}
			off.To = d
			off.Count++
		}
		if day.Shortened && r.schedule.Shortening() > 0 && len(short) < maxShortenedListed {
			short = append(short, d)
		}
		if regional && holidays < maxRegionalHolidaysListed && isRegional(day) {
			holidays++
			e.Notes = append(e.Notes, Note{Code: RegionalHoliday, Date: d, Kind: day.Kind, Name: dayName(day), Basis: day.Basis})
		}
	}
	if off.Count > 0 {
		e.Notes = append(e.Notes, off)
	}
	if len(short) > 0 {
		e.Notes = append(e.Notes, Note{Code: ShortenedDay, Ref: refShortened, Dates: short, Date: short[0]})
	}
}

// isRegional reports whether a day off comes from a regional act: its
// basis is not the federal calendar's.
func isRegional(day calendar.Day) bool {
	if day.Kind != calendar.Holiday && day.Kind != calendar.DayOff {
		return false
	}
	return calendar.Russia().Day(day.Date).Kind != day.Kind
}

func dayName(day calendar.Day) Text { return Text{RU: day.Name, EN: day.NameEN} }

// status judges e at now.
func (r *Regulation) status(e *Entry, now time.Time) {
	sched := r.schedule
	if e.Kind == Retention {
		switch {
		case !e.Done.IsZero() && e.Done.Before(e.Due):
			e.Code = RetentionDisposedEarly
		case !e.Done.IsZero():
			e.Code = RetentionDisposed
		case now.Before(e.Due):
			e.Code = RetentionRunning
		default:
			e.Code = RetentionEnded
		}
		return
	}
	if !e.Done.IsZero() {
		e.Code = StageDoneOnTime
		if e.Done.After(e.Due) {
			e.Code = StageDoneLate
		}
		if left, err := sched.Between(e.Done, e.Due); err == nil {
			e.Left, e.LeftKnown = left, true
		}
		return
	}
	left, err := sched.Between(now, e.Due)
	if err == nil {
		e.Left, e.LeftKnown = left, true
	}
	switch {
	case now.After(e.Due):
		e.Code = StageOverdue
	case err == nil && left <= e.AtRisk:
		e.Code = StageAtRisk
	default:
		e.Code = StagePending
	}
}
