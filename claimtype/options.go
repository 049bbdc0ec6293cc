package claimtype

import (
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// Option adjusts Deadline and Assess: newer data than the embedded one, or
// the place of performance.
type Option func(*options)

type options struct {
	cal   *calendar.Calendar
	rates penalty.Rates
	place *time.Location
}

func resolve(opts []Option) options {
	var o options
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	return o
}

// deadline returns the deadline options the claim options and the claim's
// region imply.
func (o options) deadline(c Claim) []deadline.Option {
	var d []deadline.Option
	if c.Region != "" {
		d = append(d, deadline.WithRegion(c.Region))
	}
	if o.cal != nil {
		d = append(d, deadline.WithCalendar(o.cal))
	}
	if o.place != nil {
		d = append(d, deadline.AtPlace(o.place))
	}
	return d
}

// WithCalendar computes terms on c instead of calendar.Russia(): a calendar
// with a newer decree (calendar.Load, Calendar.With) or a region's own
// non-working days (Calendar.Region; ГК РФ ст. 193 applies those of the
// place of performance).
func WithCalendar(c *calendar.Calendar) Option { return func(o *options) { o.cal = c } }

// WithRates computes ст. 395 interest on r instead of the embedded history
// (penalty.LoadRates, Rates.With): newer key-rate decisions without a
// release. Its KnownThrough decides the rates_stale warning.
func WithRates(r penalty.Rates) Option { return func(o *options) { o.rates = r } }

// AtPlace sets the time zone of the place of performance (ГК РФ ст. 194);
// Europe/Moscow by default.
func AtPlace(loc *time.Location) Option { return func(o *options) { o.place = loc } }
