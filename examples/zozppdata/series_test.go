package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

func TestFromDailySeries(t *testing.T) {
	rows, err := parseKeyRateSOAP(sample(t, "cbr-keyrateXML-daily-2024H2.DERIVED.xml"))
	require.NoError(t, err)
	obs, err := fromDailySeries(rows, kindKey, dailyInfoSource, 3, calendar.Russia())
	require.NoError(t, err)
	// source: Bank of Russia decisions of 26.07.2024 (18 % from 29.07), 13.09.2024 (19 % from 16.09), 25.10.2024 (21 % from 28.10)
	want := []struct{ from, percent string }{
		{"2024-07-01", "16"}, {"2024-07-29", "18"}, {"2024-09-16", "19"}, {"2024-10-28", "21"},
	}
	require.Len(t, obs.Periods, len(want))
	for i, w := range want {
		assert.Equal(t, date(t, w.from), obs.Periods[i].From, "period %d", i)
		assert.True(t, pct(w.percent).Equal(obs.Periods[i].Percent), "period %d: %s", i, obs.Periods[i].Percent)
	}
	assert.Equal(t, date(t, "2024-07-01"), obs.First)
	assert.Equal(t, date(t, "2024-12-27"), obs.Last)
	assert.True(t, obs.OpenStart, "a daily series starts inside a period")
	assert.True(t, obs.EndsHistory)
	assert.Contains(t, obs.EndSource, "27.12.2024")
}

// series builds daily rows from "date rate" pairs; row i is on line i+1.
func series(t *testing.T, pairs ...string) []dailyRate {
	var rows []dailyRate
	for i, p := range pairs {
		d, r, _ := strings.Cut(p, " ")
		rows = append(rows, dailyRate{Date: date(t, d), Percent: pct(r), Line: i + 1})
	}
	return rows
}

func TestFromDailySeriesValidation(t *testing.T) {
	tests := []struct {
		name   string
		rows   []dailyRate
		maxGap int
		want   []string
	}{
		{"duplicate date", series(t, "2024-07-30 18", "2024-07-29 18", "2024-07-29 18"), 3,
			[]string{"lines 2 and 3: two rows for 2024-07-29"}},
		{"rate of zero", series(t, "2024-07-29 0"), 3, []string{"line 1 (2024-07-29): rate 0: accepted is more than 0 and at most 100"}},
		{"rate over 100", series(t, "2024-07-29 180"), 3, []string{"line 1 (2024-07-29): rate 180"}},
		{"three decimals", series(t, "2024-07-29 18.125"), 3, []string{"line 1 (2024-07-29): rate 18.125", "at most 2 decimals"}},
		{"silent gap", series(t, "2024-08-09 18", "2024-07-26 16"), 3,
			[]string{"lines 2 and 1: 9 business days missing between 2024-07-26 and 2024-08-09 (accepted: at most 3, -max-gap)"}},
		{"the New Year holidays are no gap", series(t, "2026-01-12 16", "2025-12-30 16"), 0, nil},
		{"a working Saturday is a business day", series(t, "2025-01-09 21", "2024-12-27 21"), 0,
			[]string{"lines 2 and 1: 1 business days missing between 2024-12-27 and 2025-01-09"}},
		{"a weekend is no gap", series(t, "2024-07-29 18", "2024-07-26 16"), 0, nil},
		{"gap check off", series(t, "2024-12-27 21", "2024-07-01 16"), -1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fromDailySeries(tt.rows, kindKey, "test", tt.maxGap, calendar.Russia())
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestFromDailySeriesReportsEveryGapOfTheCapture(t *testing.T) {
	rows, err := parseKeyRateSOAP(sample(t, "cbr-keyrate-soap11-response.xml"))
	require.NoError(t, err)
	_, err = fromDailySeries(rows, kindKey, dailyInfoSource, 3, calendar.Russia())
	require.Error(t, err)
	msg := err.Error()
	assert.Contains(t, msg, "3 problem(s)")
	assert.Contains(t, msg, "lines 48 and 44: 33 business days missing between 2024-07-29 and 2024-09-13")
	assert.Contains(t, msg, "lines 40 and 36: 28 business days missing between 2024-09-16 and 2024-10-25")
	assert.Contains(t, msg, "lines 32 and 28: 50 business days missing between 2024-10-28 and 2025-01-16")

	obs, err := fromDailySeries(rows, kindKey, dailyInfoSource, -1, calendar.Russia())
	require.NoError(t, err, "the truncated capture still gives the change days when the gap check is off")
	require.Len(t, obs.Periods, 4)
	assert.Equal(t, date(t, "2024-07-29"), obs.Periods[1].From)
	assert.Equal(t, date(t, "2024-09-16"), obs.Periods[2].From)
	assert.Equal(t, date(t, "2024-10-28"), obs.Periods[3].From)
}

func TestFromPeriodTable(t *testing.T) {
	rows, err := parseRefinancingHTML(sample(t, "cbr-refinancing-table.DERIVED.html"))
	require.NoError(t, err)
	obs, notes, err := fromPeriodTable(rows, kindRefinancing, calendar.Date{})
	require.NoError(t, err)
	require.Len(t, obs.Periods, 11, "the 2016 row is left out")
	assert.Equal(t, date(t, "2009-10-30"), obs.First)
	assert.Equal(t, date(t, "2015-12-31"), obs.Last)
	assert.False(t, obs.OpenStart)
	assert.False(t, obs.EndsHistory)
	assert.Equal(t, date(t, "2012-09-14"), obs.Periods[10].From)
	require.Len(t, notes, 1)
	assert.Contains(t, notes[0], "3894-У")

	obs, _, err = fromPeriodTable(rows, kindRefinancing, date(t, "2011-01-01"))
	require.NoError(t, err)
	assert.Len(t, obs.Periods, 4, "-from leaves out older periods")
}

func TestFromPeriodTableValidation(t *testing.T) {
	row := func(d, r string, line int) tableRate {
		return tableRate{dailyRate: dailyRate{Date: date(t, d), Percent: pct(r), Line: line}}
	}
	_, _, err := fromPeriodTable([]tableRate{row("1993-10-15", "2100", 7), row("1998-06-05", "60", 8)}, kindRefinancing, calendar.Date{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 7 (from 1993-10-15): rate 2100: accepted is more than 0 and at most 300 per year")
	assert.Contains(t, err.Error(), "pass -from to leave out older rows")

	_, _, err = fromPeriodTable([]tableRate{row("2011-05-03", "8.25", 3), row("2011-05-03", "8", 4)}, kindRefinancing, calendar.Date{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "lines 3 and 4: two periods from 2011-05-03")

	_, _, err = fromPeriodTable([]tableRate{row("2016-01-01", "11", 3)}, kindRefinancing, calendar.Date{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no period of the table starts")
}
