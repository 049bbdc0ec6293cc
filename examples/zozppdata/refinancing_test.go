package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRefinancingHTML(t *testing.T) {
	rows, err := parseRefinancingHTML(sample(t, "cbr-refinancing-table.DERIVED.html"))
	require.NoError(t, err)
	require.Len(t, rows, 12)
	assert.Equal(t, date(t, "2016-01-01"), rows[0].Date, "«с 1 января 2016 г.»")
	assert.True(t, pct("11").Equal(rows[0].Percent))
	assert.Equal(t, date(t, "2012-09-14"), rows[1].Date, "the first date of «14 сентября 2012 г. — 31 декабря 2015 г.»")
	assert.True(t, pct("8.25").Equal(rows[1].Percent))
	assert.Equal(t, "Указание Банка России от 13.09.2012 № 2873-У ("+refinancingSource+")", rows[1].Source, "the act column becomes the source")
	assert.Equal(t, refinancingSource, rows[4].Source, "a row without an act names the table")
}

func TestFirstRussianDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"14 сентября 2012 г. — 31 декабря 2015 г.", "2012-09-14"},
		{"с 1 января 2016 г.", "2016-01-01"},
		{"c 1 января 2016 года*", "2016-01-01"}, // a Latin c, as one transcription has it
		{"со 2 мая 2017 года", "2017-05-02"},
		{"14.09.2012 – 31.12.2015", "2012-09-14"},
		{"С 3 МАЯ 2011 Г.", "2011-05-03"},
	}
	for _, tt := range tests {
		d, ok := firstRussianDate(tt.in)
		require.True(t, ok, tt.in)
		assert.Equal(t, date(t, tt.want), d, tt.in)
	}
	for _, bad := range []string{"", "31 февраля 2012", "14 сентябрь 2012", "2012"} {
		_, ok := firstRussianDate(bad)
		assert.False(t, ok, bad)
	}
}

func TestParseRefinancingHTMLErrors(t *testing.T) {
	table := func(rows string) string {
		return "<table>\n<tr><th>Период</th><th>Значение</th></tr>\n" + rows + "</table>"
	}
	tests := []struct {
		name, page, want string
	}{
		{"no table", "<p>нет</p>", "no table with a period column"},
		{"the key-rate table", "<table><tr><th>Дата</th><th>Ставка</th></tr></table>", "no table with a period column"},
		{"no rows", table(""), "has no rows"},
		{"no date", table("<tr><td>сентябрь 2012</td><td>8,25</td></tr>\n"), `line 3: period "сентябрь 2012"`},
		{"bad rate", table("<tr><td>с 14.09.2012</td><td>8.2.5</td></tr>\n"), `line 3: rate "8.2.5"`},
		{"one cell", table("<tr><td>с 14.09.2012</td></tr>\n"), "line 3: a row of 1 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseRefinancingHTML([]byte(tt.page))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
