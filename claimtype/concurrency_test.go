package claimtype_test

import (
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
)

// TestConcurrentAssess runs every golden claim from many goroutines at once
// — Get, Assess, the JSON and the text in both languages, DecodeClaim of the
// JSON form — and compares each answer with a sequential run: nothing in
// the catalog, the calendar or the rate tables is shared mutably (run with
// -race).
func TestConcurrentAssess(t *testing.T) {
	data, err := os.ReadFile("../testdata/claims.json")
	require.NoError(t, err)
	var cases []golden
	require.NoError(t, json.Unmarshal(data, &cases))
	answer := func(tc golden) string {
		typ, err := claimtype.Get(tc.Claim.Type)
		if err != nil {
			return err.Error()
		}
		a, err := typ.Assess(tc.Claim.Claim)
		if err != nil {
			return err.Error()
		}
		body := a.AppendJSON(nil, law.Russian)
		if _, _, err := claimtype.DecodeClaim(body); err == nil {
			return "an assessment decoded as a claim"
		}
		return string(body) + a.Text(law.English) + string(a.AppendJSONWithText(nil, law.English))
	}
	want := make([]string, len(cases))
	for i, tc := range cases {
		want[i] = answer(tc)
	}
	const workers = 16
	got := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[w] = make([]string, len(cases))
			for k := range cases {
				i := (k + w*7) % len(cases) // each worker in its own order
				got[w][i] = answer(cases[i])
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range cases {
			require.Equal(t, want[i], got[w][i], "worker %d, case %d (%s)", w, i, cases[i].Claim.Type)
		}
	}
}
