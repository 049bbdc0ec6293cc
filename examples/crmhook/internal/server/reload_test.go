package server

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two generations of data files: a calendar with the decree for one more
// year, and key rates known through a later day.
var generations = []struct {
	calendar, rates string
	official        int
	knownThrough    string
}{
	{
		calendar:     `[{"year":2028,"citation":"Постановление Правительства РФ от 01.09.2027 № 1001","yearly":true}]`,
		rates:        "from,percent,kind,source\n2026-09-24,16.50,key,test generation A\n2026-12-01,,none,not yet verified\n",
		official:     2028,
		knownThrough: "2026-11-30",
	},
	{
		calendar: `[{"year":2028,"citation":"Постановление Правительства РФ от 01.09.2027 № 1001","yearly":true},` +
			`{"year":2029,"citation":"Постановление Правительства РФ от 01.09.2028 № 1002","yearly":true}]`,
		rates:        "from,percent,kind,source\n2026-09-24,16.00,key,test generation B\n2026-11-01,15.50,key,test generation B\n2026-12-20,,none,not yet verified\n",
		official:     2029,
		knownThrough: "2026-12-19",
	},
}

// writeGeneration replaces the files atomically (rename), as an operator's
// deploy would, so a reload never reads a half-written file.
func writeGeneration(t testing.TB, dir string, g int) (string, string) {
	cal, rates := filepath.Join(dir, "calendar.json"), filepath.Join(dir, "rates.csv")
	for _, f := range []struct{ name, text string }{{cal, generations[g].calendar}, {rates, generations[g].rates}} {
		tmp := f.name + ".tmp"
		require.NoError(t, os.WriteFile(tmp, []byte(f.text), 0o644))
		require.NoError(t, os.Rename(tmp, f.name))
	}
	return cal, rates
}

func TestLoadDataFiles(t *testing.T) {
	dir := t.TempDir()
	cal, rates := writeGeneration(t, dir, 1)
	d, err := LoadData(cal, rates)
	require.NoError(t, err)
	assert.Equal(t, 2029, d.Calendar.OfficialThrough())
	assert.Equal(t, "2026-12-19", d.KeyRates.KnownThrough().String())
	assert.Equal(t, "2026-12-19", d.Art395.KnownThrough().String())
	assert.Equal(t, "file", d.RatesSource.Kind)
	assert.Len(t, d.CalendarSource.SHA256, 64)

	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("from,percent\n2020-01-01,abc\n"), 0o644))
	_, err = LoadData("", bad)
	assert.ErrorContains(t, err, "-rates")
	_, err = LoadData(filepath.Join(dir, "missing.json"), "")
	assert.ErrorContains(t, err, "-calendar")
	require.NoError(t, os.WriteFile(bad, []byte(`[{"year":2028,"citation":"x","yearly":true,"bogus":1}]`), 0o644))
	_, err = LoadData(bad, "")
	assert.Error(t, err, "unknown fields in a calendar file are errors")
}

// TestReloadIsAtomic: while the data is reloaded again and again from
// files that alternate between two generations, concurrent requests only
// ever see one whole generation — the calendar and the rates of the same
// load — never a mix. Run it with -race.
func TestReloadIsAtomic(t *testing.T) {
	dir := t.TempDir()
	cal, rates := writeGeneration(t, dir, 0)
	s := newServer(t, Config{CalendarFile: cal, RatesFile: rates})

	var stop atomic.Bool
	var wg sync.WaitGroup
	reloads := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer stop.Store(true)
		for i := 0; i < 20; i++ {
			writeGeneration(t, dir, (i+1)%2)
			if err := s.Reload(); err != nil {
				t.Error(err)
				return
			}
			reloads++
		}
	}()
	seen := [2]atomic.Int64{}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				a := do(t, s, "GET", "/v1/version", "")
				var v VersionAnswer
				if err := json.Unmarshal(a.Body, &v); err != nil {
					t.Error(err)
					return
				}
				g := 0
				if v.Data.Calendar.OfficialThrough == generations[1].official {
					g = 1
				}
				seen[g].Add(1)
				assert.Equal(t, generations[g].knownThrough, v.Data.Rates.KeyRateKnownThrough, "calendar of generation %d with rates of the other", g)
				// A running ст. 395 claim past the known rates: its warning
				// names the through-date of the rates it was computed with.
				b := postJSON(t, s, "/v1/assess", `{"claim_type":"goods.distance.refund","event":"2026-06-01","base":"10000","as_of":"2027-03-01"}`)
				if b.Status == 200 {
					var m struct {
						Warnings []struct {
							Code  string
							Facts struct{ Through string }
						}
					}
					require.NoError(t, json.Unmarshal(b.Body, &m))
					for _, w := range m.Warnings {
						if w.Code == "rates_stale" {
							assert.Contains(t, []string{generations[0].knownThrough, generations[1].knownThrough}, w.Facts.Through)
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 20, reloads)
	t.Logf("answers seen per generation: %d, %d", seen[0].Load(), seen[1].Load())

	// A reload that fails keeps the data in use.
	require.NoError(t, os.WriteFile(rates, []byte("not,a\nrate,file\n"), 0o644))
	before := s.Data()
	assert.Error(t, s.Reload())
	assert.Same(t, before, s.Data())
	metrics := string(do(t, s, "GET", "/metrics", "").Body)
	assert.Contains(t, metrics, `crmhook_data_reloads_total{result="error"} 1`)
	assert.Contains(t, metrics, `crmhook_data_reloads_total{result="ok"} 20`)
}
