package deadline

import (
	"sync/atomic"
	"time"
	_ "time/tzdata" // Europe/Moscow and every other zone, whatever the host has

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// Option adjusts how a term is computed.
type Option func(*config)

type config struct {
	cal               *calendar.Calendar
	shift             shiftMode
	override          Term   // a term set by the consumer or agreed by the parties
	setBy             Setter // who set override
	limit             *Limit // NotLongerThan; a pointer keeps config small
	nonWorkingDaysOff bool
	place             *time.Location
	tax               bool   // TaxTerm
	region            string // WithRegion, resolved by resolve
	err               error  // an option that failed (an unknown region)
}

// Setter says who set the term a Result was computed for.
type Setter uint8

// Who set a term.
const (
	// ByLaw: the term passed to Compute, as the law (or the caller) gives it.
	ByLaw Setter = iota
	// ByConsumer: the term the consumer set (WithConsumerTerm).
	ByConsumer
	// ByAgreement: the term agreed by the parties (WithAgreedTerm).
	ByAgreement
)

var setterNames = [...]string{ByLaw: "law", ByConsumer: "consumer", ByAgreement: "agreement"}

// String returns "law", "consumer" or "agreement", the names used in JSON.
func (s Setter) String() string {
	if int(s) < len(setterNames) {
		return setterNames[s]
	}
	return "unknown"
}

// shiftMode is how the end of a term is moved off a non-working day.
type shiftMode uint8

const (
	shiftForward shiftMode = iota // ГК РФ ст. 193
	shiftNone                     // NoShift
	shiftBack                     // ShiftBack: ТК РФ ст. 136 ч. 8
)

// Limit is a statutory maximum an agreed term may not exceed: ЗоЗПП ст. 20
// п. 1 lets the parties agree a repair term in writing, «не более сорока
// пяти дней». The zero Limit is none.
type Limit struct {
	Term  Term    `json:"term"`
	Basis law.Ref `json:"basis"`
	// End is the last day of the maximum term, computed from the same event.
	End calendar.Date `json:"end"`
}

// IsZero reports whether l is no limit.
func (l Limit) IsZero() bool { return l.Term.IsZero() }

// moscow is the default place of performance for ExpiresAt and Overdue.
var moscow = mustLoad("Europe/Moscow")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// time/tzdata is linked in, so this cannot happen.
		panic(err)
	}
	return loc
}

// defaultCalendar caches calendar.Russia().CivilView(), the view Due uses
// without options, behind one atomic load.
var defaultCalendar atomic.Pointer[calendar.Calendar]

func defaultView() *calendar.Calendar {
	if c := defaultCalendar.Load(); c != nil {
		return c
	}
	c := calendar.Russia().CivilView()
	defaultCalendar.Store(c)
	return c
}

// resolve applies opts over the defaults. Without options it does not
// allocate, which keeps Due allocation-free for batch users.
func resolve(opts []Option) config {
	if len(opts) == 0 {
		return config{cal: calendar.Russia(), place: moscow}
	}
	c := &config{cal: calendar.Russia(), place: moscow}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	if c.cal == nil {
		c.cal = calendar.Russia()
	}
	if c.region != "" {
		rc, err := c.cal.Region(c.region)
		if err != nil {
			c.err = regionError{err}
		} else {
			c.cal = rc
		}
	}
	if c.place == nil {
		c.place = moscow
	}
	return *c
}

// view is the calendar view ст. 193 and working-day terms are judged on.
func (c *config) view() *calendar.Calendar {
	if c.nonWorkingDaysOff {
		return c.cal.ProductionView()
	}
	return c.cal.CivilView()
}

// WithCalendar computes on c instead of calendar.Russia(): a calendar with a
// newer decree or a region's own holidays (calendar.Calendar.Region: ГК РФ
// ст. 193 applies the non-working days of the place of performance). nil
// means calendar.Russia(); a Calendar that was not built covers nothing,
// so every term on it is ErrOutOfRange.
func WithCalendar(c *calendar.Calendar) Option { return func(o *config) { o.cal = c } }

// WithRegion computes on the calendar of a region, by its ISO 3166-2 code
// ("RU-TA"): the federal calendar (or WithCalendar's) with the republic's
// own non-working days, which ГК РФ ст. 193 applies at the place of
// performance (calendar.Calendar.Region). An unknown or uncovered region is
// ErrOutOfRange, wrapping calendar.ErrUnknownRegion.
func WithRegion(code string) Option { return func(o *config) { o.region = code } }

// TaxTerm computes a term of the Tax Code: its last day, when not a
// working day, moves to the next working day by НК РФ ст. 6.1 п. 7 — the
// same rule as ГК РФ ст. 193, cited as the Tax Code's own.
func TaxTerm() Option { return func(o *config) { o.tax = true } }

// NoShift leaves the last day of the term where the arithmetic puts it, for
// the rare term that ГК РФ ст. 193 does not move (a term a contract or law
// fixes to a calendar date regardless of days off).
func NoShift() Option { return func(o *config) { o.shift = shiftNone } }

// ShiftBack moves a last day that is not a working day to the working day
// before it instead of after it: ТК РФ ст. 136 ч. 8, «при совпадении дня
// выплаты с выходным или нерабочим праздничным днем выплата заработной
// платы производится накануне этого дня». Use it for paydays:
// OnDate(payday, ShiftBack()).
func ShiftBack() Option { return func(o *config) { o.shift = shiftBack } }

// WithConsumerTerm computes the term the consumer set instead of the one
// passed to Compute: the «разумный срок, назначенный потребителем» of ЗоЗПП
// ст. 30, a new delivery term of ст. 23.1 п. 2.
func WithConsumerTerm(t Term) Option {
	return func(o *config) { o.override, o.setBy = t, ByConsumer }
}

// WithAgreedTerm computes the term the parties agreed in the contract or in
// writing instead of the one passed to Compute: a repair term agreed in
// writing (ЗоЗПП ст. 20 п. 1), the term of the original contract for redoing
// a work (ст. 31 п. 2).
func WithAgreedTerm(t Term) Option {
	return func(o *config) { o.override, o.setBy = t, ByAgreement }
}

// NotLongerThan bounds the term by a statutory maximum cited by basis: the
// term computed (an agreed one, typically) may not end after the maximum
// computed from the same event, else Compute returns ErrTermTooLong. The
// check and the maximum's last day appear as their own step. ЗоЗПП ст. 20
// п. 1: a repair term agreed in writing is at most 45 days.
func NotLongerThan(max Term, basis law.Ref) Option {
	l := &Limit{Term: max, Basis: basis}
	return func(o *config) { o.limit = l }
}

// SpecialNonWorkingDaysOff treats the special non-working days declared by
// Presidential decrees in 2020–2021 (Указы № 206, 239, 294, 345, 354 of 2020,
// № 242 and 595 of 2021) as days off that move a term's end (ГК РФ ст. 193)
// and are skipped by working-day terms.
//
// The default is the opposite and follows the Supreme Court: those days «не
// могут считаться нерабочими днями в смысле, придаваемом этому понятию ГК
// РФ» and do not move the end of a term (Обзор ВС РФ по вопросам COVID-19
// № 1 от 21.04.2020, ответ на вопрос 5; ответ Президиума ВС РФ от
// 26.10.2021 for the days of November 2021). Use this option only to show
// the other reading.
func SpecialNonWorkingDaysOff() Option { return func(o *config) { o.nonWorkingDaysOff = true } }

// AtPlace sets the time zone of the place where the obligation is to be
// performed (ГК РФ ст. 194: the term runs until 24:00 of its last day there).
// It decides Result.Overdue; the default is Europe/Moscow.
func AtPlace(loc *time.Location) Option { return func(o *config) { o.place = loc } }

// regionError is an unknown or uncovered region: its message is the
// calendar's, which names the covered regions, and it is ErrOutOfRange too
// (the region's calendar does not cover the date).
type regionError struct{ err error }

func (e regionError) Error() string   { return "deadline: " + e.err.Error() }
func (e regionError) Unwrap() []error { return []error{e.err, ErrOutOfRange} }
