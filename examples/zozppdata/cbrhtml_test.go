package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseKeyRateHTML(t *testing.T) {
	rows, err := parseKeyRateHTML(sample(t, "cbr-keyrate-table.DERIVED.html"))
	require.NoError(t, err)
	require.Len(t, rows, 20, "the rows of the Дата/Ставка table only: not the layout table, not the table in a script")
	assert.Equal(t, date(t, "2024-08-09"), rows[0].Date)
	assert.True(t, pct("18").Equal(rows[0].Percent), "decimal comma: 18,00")
	assert.Equal(t, 20, rows[0].Line)
	last := rows[len(rows)-1]
	assert.Equal(t, date(t, "2024-07-15"), last.Date)
	assert.True(t, pct("16").Equal(last.Percent))
}

func TestParseKeyRateHTMLErrors(t *testing.T) {
	table := func(rows string) string {
		return "<table>\n<tr><th>Дата</th><th>Ставка</th></tr>\n" + rows + "</table>"
	}
	tests := []struct {
		name, page, want string
	}{
		{"no table", "<html><body><p>Сервис недоступен</p></body></html>", "no table with the header Дата, Ставка"},
		{"other table", "<table><tr><th>Дата</th><th>Курс</th></tr></table>", "no table with the header Дата, Ставка"},
		{"empty table", table(""), "has no rows"},
		{"ISO date", table("<tr><td>2024-07-29</td><td>18,00</td></tr>\n"), `line 3: date "2024-07-29": accepted is DD.MM.YYYY`},
		{"no such day", table("<tr><td>31.06.2024</td><td>18,00</td></tr>\n"), `line 3: date "31.06.2024"`},
		{"rate with a sign", table("<tr><td>29.07.2024</td><td>+18</td></tr>\n"), `line 3: rate "+18"`},
		{"three cells", table("<tr><td>29.07.2024</td><td>18,00</td><td>x</td></tr>\n"), "line 3: a row of 3 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseKeyRateHTML([]byte(tt.page))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestHTMLTables(t *testing.T) {
	page := `<TABLE class=x>
<!-- <tr><td>comment</td></tr> -->
<tr><th title="a>b">Дата</th><TH>Ставка</TH></tr>
<tr><td> 29.07.2024 </td><td>18&#44;00&nbsp;</td>
<tr><td>26.07.2024<td>16,<br>00</tr>
<tr></tr>
</table>
<script>document.write("<table><tr><td>x</td></tr></table>")</script>
<table><tr><td>a &amp; b</td></tr></table>`
	tables := htmlTables([]byte(page))
	require.Len(t, tables, 2)
	assert.Equal(t, []htmlRow{
		{line: 3, cells: []string{"Дата", "Ставка"}},
		{line: 4, cells: []string{"29.07.2024", "18,00"}},
		{line: 5, cells: []string{"26.07.2024", "16, 00"}},
	}, tables[0].rows, "quoted '>' in attributes, entities, &nbsp;, unclosed cells and rows, comments, empty rows")
	assert.Equal(t, []htmlRow{{line: 9, cells: []string{"a & b"}}}, tables[1].rows, "script content is not a table")
}
