package regulation_test

import (
	"os"
	"testing"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype/regulation"
)

func BenchmarkParseSample(b *testing.B) {
	data, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := regulation.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTimeline(b *testing.B) {
	r := sample(b)
	received := at(b, "2025-12-30T17:30:00+03:00")
	c := regulation.Complaint{Received: received, Flags: []string{"written"},
		Done: map[string]time.Time{"classify": at(b, "2026-01-12T10:00:00+03:00")}}
	now := at(b, "2026-01-13T17:00:00+03:00")
	b.Run("compute", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = r.Timeline(c, now)
		}
	})
	b.Run("compute+text", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			tl, _ := r.Timeline(c, now)
			_ = tl.Text(law.Russian)
		}
	})
}
