package deadline

import (
	"sync/atomic"
	"time"
	_ "time/tzdata" // Europe/Moscow and every other zone, whatever the host has

	"github.com/zozpp/zozpp/calendar"
)

// Option adjusts how a term is computed.
type Option func(*config)

type config struct {
	cal               *calendar.Calendar
	noShift           bool
	override          Term   // a term set by the consumer or agreed by the parties
	overrideBy        setter // who set override
	nonWorkingDaysOff bool
	place             *time.Location
}

// setter says where a term other than the statutory one came from.
type setter uint8

const (
	byLaw setter = iota
	byConsumer
	byAgreement
)

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

// defaultCalendar caches calendar.Russia().NonWorkingAsWorkdays(), the view
// Due uses without options, behind one atomic load.
var defaultCalendar atomic.Pointer[calendar.Calendar]

func defaultView() *calendar.Calendar {
	if c := defaultCalendar.Load(); c != nil {
		return c
	}
	c := calendar.Russia().NonWorkingAsWorkdays()
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
	return c.cal.NonWorkingAsWorkdays()
}

// WithCalendar computes on c instead of calendar.Russia(): a calendar with a
// newer decree or a region's own holidays. nil means calendar.Russia().
func WithCalendar(c *calendar.Calendar) Option { return func(o *config) { o.cal = c } }

// NoShift leaves the last day of the term where the arithmetic puts it, for
// the rare term that ГК РФ ст. 193 does not move (a term a contract or law
// fixes to a calendar date regardless of days off).
func NoShift() Option { return func(o *config) { o.noShift = true } }

// WithConsumerTerm computes the term the consumer set instead of the one
// passed to Compute: the «разумный срок, назначенный потребителем» of ЗоЗПП
// ст. 30, a new delivery term of ст. 23.1 п. 2.
func WithConsumerTerm(t Term) Option {
	return func(o *config) { o.override, o.overrideBy = t, byConsumer }
}

// WithAgreedTerm computes the term the parties agreed in the contract or in
// writing instead of the one passed to Compute: a repair term agreed in
// writing (ЗоЗПП ст. 20 п. 1), the term of the original contract for redoing
// a work (ст. 31 п. 2).
func WithAgreedTerm(t Term) Option {
	return func(o *config) { o.override, o.overrideBy = t, byAgreement }
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

// TermOf reports the term WithConsumerTerm or WithAgreedTerm put in opts
// (consumers says which), so that a caller — the claimtype package — can
// check it against a statutory bound. ok is false when opts set no term.
func TermOf(opts ...Option) (t Term, consumers, ok bool) {
	if len(opts) == 0 {
		return Term{}, false, false
	}
	c := resolve(opts)
	return c.override, c.overrideBy == byConsumer, c.overrideBy != byLaw
}
