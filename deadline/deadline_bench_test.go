package deadline_test

import (
	"testing"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/deadline"
)

// go test -run '^$' -bench . -benchmem ./deadline

var (
	sinkDate   calendar.Date
	sinkResult deadline.Result
)

func events() []calendar.Date {
	var ds []calendar.Date
	for x := d("2024-01-01"); x.Year() < 2026; x = x.AddDays(3) {
		ds = append(ds, x)
	}
	return ds
}

func BenchmarkDue(b *testing.B) {
	for _, term := range []deadline.Term{deadline.Days(10), deadline.Workdays(3), deadline.Months(1)} {
		b.Run(term.Unit.String(), func(b *testing.B) {
			es := events()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkDate, _ = deadline.Due(es[i%len(es)], term)
				i++
			}
		})
	}
}

func BenchmarkDueWithOptions(b *testing.B) {
	es, cal := events(), calendar.Russia()
	opts := []deadline.Option{deadline.WithCalendar(cal), deadline.NoShift()}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkDate, _ = deadline.Due(es[i%len(es)], deadline.Days(10), opts...)
		i++
	}
}

func BenchmarkCompute(b *testing.B) {
	for _, term := range []deadline.Term{deadline.Days(10), deadline.Workdays(3), deadline.Months(1)} {
		b.Run(term.Unit.String(), func(b *testing.B) {
			es := events()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkResult, _ = deadline.Compute(es[i%len(es)], term)
				i++
			}
		})
	}
}
