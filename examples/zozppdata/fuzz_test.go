package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// Every parser is fuzzed from the samples: it must never panic, and what
// it accepts must be well-formed.

func FuzzKeyRateXML(f *testing.F) {
	for _, name := range []string{"cbr-keyrate-soap11-response.xml", "cbr-keyrateXML-soap11-response.DERIVED.xml", "cbr-keyrateXML-daily-2024H2.DERIVED.xml"} {
		f.Add(sample(f, name))
	}
	f.Add([]byte(`<KR><DT>2024-07-29</DT><Rate>18</Rate></KR><KR><DT>2024-07-26T00:00:00+03:00</DT><Rate>16.00</Rate></KR>`))
	f.Add([]byte(`<Fault><faultstring>x</faultstring></Fault>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := parseKeyRateSOAP(data)
		if err != nil {
			require.Nil(t, rows)
			return
		}
		require.NotEmpty(t, rows)
		for _, r := range rows {
			require.False(t, r.Date.IsZero())
			require.GreaterOrEqual(t, r.Percent.Sign(), 0)
		}
		checkSeries(t, rows)
	})
}

func FuzzKeyRateHTML(f *testing.F) {
	f.Add(sample(f, "cbr-keyrate-table.DERIVED.html"))
	f.Add([]byte("<table><tr><th>Дата</th><th>Ставка</th></tr><tr><td>29.07.2024</td><td>18,00</td></tr></table>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		rows, err := parseKeyRateHTML(page)
		if err != nil {
			return
		}
		require.NotEmpty(t, rows)
		checkSeries(t, rows)
	})
}

// checkSeries checks the periods derived from parsed rows.
func checkSeries(t *testing.T, rows []dailyRate) {
	obs, err := fromDailySeries(rows, kindKey, "fuzz", -1, calendar.Russia())
	if err != nil {
		return
	}
	require.Equal(t, obs.First, obs.Periods[0].From)
	for i, p := range obs.Periods {
		require.NoError(t, checkPercent(p.Percent, kindKey))
		if i > 0 {
			require.True(t, p.From.After(obs.Periods[i-1].From))
			require.False(t, p.Percent.Equal(obs.Periods[i-1].Percent))
		}
	}
	require.False(t, obs.Last.Before(obs.Periods[len(obs.Periods)-1].From))
}

func FuzzRefinancingHTML(f *testing.F) {
	f.Add(sample(f, "cbr-refinancing-table.DERIVED.html"))
	f.Add([]byte("<table><tr><th>Период</th><th>Значение</th></tr><tr><td>с 14.09.2012</td><td>8,25</td></tr></table>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		rows, err := parseRefinancingHTML(page)
		if err != nil {
			return
		}
		require.NotEmpty(t, rows)
		obs, _, err := fromPeriodTable(rows, kindRefinancing, calendar.Date{})
		if err != nil {
			return
		}
		for i, p := range obs.Periods {
			require.False(t, p.From.After(refinancingEnd))
			if i > 0 {
				require.True(t, p.From.After(obs.Periods[i-1].From))
			}
		}
	})
}

func FuzzXMLCalendar(f *testing.F) {
	for _, y := range []string{"2020", "2021", "2024", "2025", "2026", "2026-one-day-changed.DERIVED"} {
		f.Add(sample(f, "xmlcalendar-ru-"+y+".xml"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		y, err := parseXMLCalendar(data)
		if err != nil {
			return
		}
		checkYear(t, y)
		for to, from := range y.MovedFrom {
			require.Equal(t, y.Year, to.Year())
			require.Equal(t, y.Year, from.Year())
			require.Equal(t, statusOff, y.status(to))
		}
	})
}

func FuzzIsDayOff(f *testing.F) {
	f.Add(sample(f, "isdayoff-2026.DERIVED.txt"), 2026)
	f.Add([]byte("101"), 2026)
	f.Add([]byte("0124"), 2020)
	f.Fuzz(func(t *testing.T, data []byte, year int) {
		y, err := parseIsDayOff(data, year)
		if err != nil {
			return
		}
		require.Equal(t, year, y.Year)
		checkYear(t, y)
	})
}

func FuzzDataGovCSV(f *testing.F) {
	f.Add(sample(f, "datagov-2024-2026.DERIVED.csv"))
	f.Fuzz(func(t *testing.T, data []byte) {
		years, err := parseDataGovCSV(data)
		if err != nil {
			return
		}
		require.NotEmpty(t, years)
		for i, y := range years {
			checkYear(t, y)
			if i > 0 {
				require.Greater(t, y.Year, years[i-1].Year)
			}
		}
	})
}

// checkYear checks that every day of an accepted year has a status.
func checkYear(t *testing.T, y *publishedYear) {
	require.Len(t, y.Days, daysInYear(y.Year))
	for i, s := range y.Days {
		require.NotEqual(t, statusUnknown, s, "day %d", i)
	}
}
