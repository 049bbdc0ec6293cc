package penalty_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

// TestConcurrentUse runs the golden cases and the other entry points from
// many goroutines at once (run it with -race): results equal the
// sequential ones, and the embedded data builds once.
func TestConcurrentUse(t *testing.T) {
	var cases []goldenCase
	for _, file := range []string{"penalties.json", "penalties-keyrate.json"} {
		for _, tc := range loadGolden(t, file) {
			if tc.Want != nil && (tc.Kind == "" || tc.Kind == "rule" || tc.Kind == "interest395") {
				cases = append(cases, tc)
			}
		}
	}
	render := func(tc goldenCase) string {
		c, err := tc.compute(t)
		if err != nil {
			return "error: " + err.Error()
		}
		return c.String() + string(c.AppendJSON(nil, law.English))
	}
	want := make([]string, len(cases))
	for i, tc := range cases {
		want[i] = render(tc)
	}
	const workers = 32
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(cases))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range cases {
				k := (i + w*7) % len(cases)
				if got := render(cases[k]); got != want[k] {
					errs <- cases[k].Name
				}
				switch i % 5 {
				case 0:
					_ = penalty.Art395Rates()
				case 1:
					_, _ = penalty.ParseAmount("59 990,00 ₽")
				case 2:
					_ = penalty.Rules()
				case 3:
					_ = penalty.SpecialPeriods()
				case 4:
					var c penalty.Calculation
					_ = json.Unmarshal([]byte(`{"total":"1.00"}`), &c)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		assert.Fail(t, "a concurrent result differs from the sequential one", name)
	}
	require.NotEmpty(t, cases)
}
