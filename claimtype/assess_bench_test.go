package claimtype_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
)

// The README claim: goods.refund, overdue 25 days. Targets (issue 9):
// Assess ≤ 1.5 µs, its JSON ≤ 15 µs, its Russian text ≤ 15 µs. The names
// match the benchmarks of the previous release, for benchstat.

var (
	sinkBytes  []byte
	sinkString string
)

func readmeClaim() claimtype.Claim {
	return claimtype.Claim{Event: calendar.NewDate(2024, 12, 25), Base: decimal.NewFromInt(59990), PerformedOn: calendar.NewDate(2025, 2, 3)}
}

func BenchmarkAssess(b *testing.B) {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	c := readmeClaim()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := t.Assess(c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessmentJSON is what a service answers: encoding/json calls
// MarshalJSON, which appends without reflection.
func BenchmarkAssessmentJSON(b *testing.B) {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	a, _ := t.Assess(readmeClaim())
	b.ReportAllocs()
	for b.Loop() {
		sinkBytes, _ = json.Marshal(a)
	}
}

// BenchmarkAssessmentAppendJSON reuses the caller's buffer.
func BenchmarkAssessmentAppendJSON(b *testing.B) {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	a, _ := t.Assess(readmeClaim())
	buf := make([]byte, 0, 16<<10)
	b.ReportAllocs()
	for b.Loop() {
		sinkBytes = a.AppendJSON(buf[:0], law.Russian)
	}
}

func BenchmarkAssessmentText(b *testing.B) {
	t, _ := claimtype.Get(claimtype.GoodsRefund)
	a, _ := t.Assess(readmeClaim())
	b.ReportAllocs()
	for b.Loop() {
		sinkString = a.String()
	}
}

// BenchmarkDecodeClaim is the strict reading of a service's request body.
func BenchmarkDecodeClaim(b *testing.B) {
	body := []byte(`{"claim_type":"goods.refund","event":"2024-12-25","base":"59990","performed_on":"2025-02-03"}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := claimtype.DecodeClaim(body); err != nil {
			b.Fatal(err)
		}
	}
}
