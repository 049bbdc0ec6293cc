package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// history is a small key-rate history in the shape of penalty/data/key-rate.csv.
func history(t *testing.T) rateHistory {
	return rateHistory{
		{From: date(t, "2023-12-18"), Percent: pct("16"), Kind: kindKey, Source: "395GK"},
		{From: date(t, "2024-07-29"), Percent: pct("18"), Kind: kindKey, Source: "395GK; zakupki-inform.ru"},
		{From: date(t, "2024-09-16"), Percent: pct("19"), Kind: kindKey, Source: "395GK; its.1c.ru"},
		{From: date(t, "2024-10-04"), Kind: kindNone, Source: "verified through 03.10.2024"},
	}
}

// daily is the derived daily series of 01.07–27.12.2024.
func daily(t *testing.T) observedRates {
	rows, err := parseKeyRateSOAP(sample(t, "cbr-keyrateXML-daily-2024H2.DERIVED.xml"))
	require.NoError(t, err)
	obs, err := fromDailySeries(rows, kindKey, dailyInfoSource, 3, calendar.Russia())
	require.NoError(t, err)
	return obs
}

func TestDiffRatesAgainstEmbeddedHistory(t *testing.T) {
	embedded, err := embeddedHistory(kindKey)
	require.NoError(t, err)
	diffs, _ := diffRates(embedded, daily(t))
	assert.Empty(t, diffs, "the embedded history has the 2024 decisions the series shows")
}

func TestDiffRates(t *testing.T) {
	changed := daily(t)
	changed.Periods[1].Percent = pct("18.5") // one decision changed
	tests := []struct {
		name  string
		hist  rateHistory
		obs   observedRates
		want  []string
		notes []string
	}{
		{"a new decision past the known history", history(t), daily(t),
			[]string{"+ 2024-10-28   21.00  a change in the publication (line 50), not in the history"},
			[]string{"the publication covers the days through 2024-12-27; the history is verified through 2024-10-03"}},
		{"another rate on the same day", history(t), changed,
			[]string{"~ 2024-07-29   18.00 → 18.50  another rate on the same day", "+ 2024-10-28"}, nil},
		{"a change the publication does not show", append(history(t)[:3:3],
			ratePeriod{From: date(t, "2024-12-02"), Percent: pct("20"), Kind: kindKey, Source: "a mistake"},
			ratePeriod{From: date(t, "2025-01-01"), Kind: kindNone}), daily(t),
			[]string{"- 2024-12-02   20.00  a change in the history that the publication does not show (source: a mistake)"}, nil},
		{"the first day's rate differs", rateHistory{{From: date(t, "2024-01-01"), Percent: pct("15"), Kind: kindKey}}, daily(t),
			[]string{"~ 2024-07-01   15.00 → 16.00  in force on the publication's first day"}, nil},
		{"the history starts later", rateHistory{{From: date(t, "2024-08-01"), Percent: pct("18"), Kind: kindKey}}, daily(t),
			[]string{"+ 2024-07-01   16.00  in force on the publication's first day; the history has no verified rate then"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diffs, notes := diffRates(tt.hist, tt.obs)
			var lines []string
			for _, d := range diffs {
				lines = append(lines, d.String())
			}
			for _, w := range tt.want {
				assert.True(t, containsPrefix(lines, w), "want %q in %q", w, lines)
			}
			if tt.notes != nil {
				assert.Equal(t, tt.notes, notes)
			}
		})
	}
}

func containsPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if len(l) >= len(prefix) && l[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

func TestMergeRates(t *testing.T) {
	merged, err := mergeRates(history(t), daily(t))
	require.NoError(t, err)
	require.Len(t, merged, 5)
	assert.Equal(t, history(t)[:3], merged[:3], "rows the publication confirms keep their sources")
	assert.Equal(t, ratePeriod{From: date(t, "2024-10-28"), Percent: pct("21.00"), Kind: kindKey, Source: dailyInfoSource}, merged[3])
	assert.Equal(t, date(t, "2024-12-28"), merged[4].From, "the history now ends after the series' last day")
	assert.Equal(t, kindNone, merged[4].Kind)
	assert.Equal(t, date(t, "2024-12-27"), merged.knownThrough())
}

func TestMergeRatesKeepsWhatTheBaseKnowsBeyond(t *testing.T) {
	base := append(history(t)[:3:3],
		ratePeriod{From: date(t, "2024-10-28"), Percent: pct("21"), Kind: kindKey, Source: "395GK"},
		ratePeriod{From: date(t, "2025-06-09"), Percent: pct("20"), Kind: kindKey, Source: "395GK"},
		ratePeriod{From: date(t, "2025-07-01"), Kind: kindNone, Source: "known through 30.06.2025"})
	merged, err := mergeRates(base, daily(t))
	require.NoError(t, err)
	assert.Equal(t, base, merged, "a series that confirms everything changes nothing")
}

func TestMergeRatesRefusesWhatItCannotDate(t *testing.T) {
	_, err := mergeRates(rateHistory{{From: date(t, "2024-01-01"), Percent: pct("15"), Kind: kindKey}}, daily(t))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "on 2024-07-01, its first day, the publication shows 16.00 % but the history 15.00 %")
	assert.Contains(t, err.Error(), "(-from)")

	_, err = mergeRates(rateHistory{
		{From: date(t, "2024-01-01"), Percent: pct("16"), Kind: kindKey},
		{From: date(t, "2024-05-01"), Kind: kindNone},
	}, daily(t))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the publication starts on 2024-07-01, where the history has no verified rate (known through 2024-04-30)")

	_, err = mergeRates(rateHistory{{From: date(t, "2012-09-14"), Percent: pct("8.25"), Kind: kindRefinancing}}, daily(t))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a refinancing rate from 2012-09-14: accepted are key rates")
}
