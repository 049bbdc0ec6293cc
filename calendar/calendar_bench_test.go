package calendar_test

import (
	"testing"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// Benchmarks of the working-day arithmetic, ours and rickar/cal/v2's
// BusinessCalendar with its ru.Holidays side by side on the same work:
//
//	go test -run '^$' -bench . -benchmem ./calendar
//
// Compare runs with benchstat. The same dates are used for both libraries.

var (
	sinkBool bool
	sinkDate calendar.Date
	sinkInt  int
	sinkTime time.Time
)

// benchDates spreads the start dates over 2024–2025 so that no branch
// predictor or cache learns one answer.
func benchDates() []calendar.Date {
	var ds []calendar.Date
	for x := d("2024-01-01"); x.Year() < 2026; x = x.AddDays(7) {
		ds = append(ds, x)
	}
	return ds
}

func benchTimes() []time.Time {
	var ts []time.Time
	for _, x := range benchDates() {
		ts = append(ts, x.In(time.UTC).Add(12*time.Hour))
	}
	return ts
}

func BenchmarkIsWorkday(b *testing.B) {
	b.Run("zozpp", func(b *testing.B) {
		c, ds := calendar.Russia(), benchDates()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkBool = c.IsWorkday(ds[i%len(ds)])
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		c, ts := rickarRU(), benchTimes()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkBool = c.IsWorkday(ts[i%len(ts)])
			i++
		}
	})
}

func BenchmarkAddWorkdays(b *testing.B) {
	for _, n := range []int{3, 20, 250} {
		b.Run("zozpp/n="+itoa(n), func(b *testing.B) {
			c, ds := calendar.Russia(), benchDates()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkDate = c.AddWorkdays(ds[i%len(ds)], n)
				i++
			}
		})
		b.Run("rickar/n="+itoa(n), func(b *testing.B) {
			c, ts := rickarRU(), benchTimes()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				sinkTime = c.WorkdaysFrom(ts[i%len(ts)], n)
				i++
			}
		})
	}
}

func BenchmarkWorkdays(b *testing.B) {
	for _, years := range []int{1, 10} {
		// Ranges of the given length ending in 2024–2026, precomputed for both.
		var from, to []calendar.Date
		var fromT, toT []time.Time
		for _, x := range benchDates() {
			f, t := x.AddYears(1-years), x.AddYears(1).AddDays(-1)
			from, to = append(from, f), append(to, t)
			fromT, toT = append(fromT, f.In(time.UTC)), append(toT, t.In(time.UTC))
		}
		b.Run("zozpp/years="+itoa(years), func(b *testing.B) {
			c := calendar.Russia()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := i % len(from)
				sinkInt = c.Workdays(from[k], to[k])
				i++
			}
		})
		b.Run("rickar/years="+itoa(years), func(b *testing.B) {
			c := rickarRU()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				k := i % len(fromT)
				sinkInt = c.WorkdaysInRange(fromT[k], toT[k])
				i++
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, _ = calendar.ParseDate("25.12.2024")
	}
}

func BenchmarkRussiaBuild(b *testing.B) {
	def := calendar.Russia().Definition()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calendar.New(def); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
