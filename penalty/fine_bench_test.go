package penalty_test

import (
	"testing"

	"github.com/zozpp/zozpp/penalty"
)

var sinkFine penalty.Fine

// BenchmarkConsumerFine is the fine preview of every consumer assessment.
func BenchmarkConsumerFine(b *testing.B) {
	in := penalty.ConsumerFineInput{Penalty: dec("14997.50"), MoralDamages: dec("5000")}
	b.ReportAllocs()
	for b.Loop() {
		sinkFine, _ = penalty.ConsumerFine(in)
	}
}
