package deadline_test

import (
	"testing"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
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

var (
	sinkBytes []byte
	sinkText  string
)

// BenchmarkSteps is the render path Compute leaves out: the coded steps
// with their citations, derived from a result.
func BenchmarkSteps(b *testing.B) {
	r, _ := deadline.Compute(d("2024-12-25"), deadline.Days(10))
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Steps()
	}
}

func BenchmarkText(b *testing.B) {
	r, _ := deadline.Compute(d("2024-12-25"), deadline.Days(10))
	for _, lang := range []law.Lang{law.Russian, law.English} {
		b.Run(lang.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkText = r.Text(lang)
			}
		})
	}
}

func BenchmarkAppendJSON(b *testing.B) {
	r, _ := deadline.Compute(d("2024-12-25"), deadline.Days(10))
	buf := make([]byte, 0, 8<<10)
	b.ReportAllocs()
	for b.Loop() {
		sinkBytes = r.AppendJSON(buf[:0], law.Russian)
	}
}
