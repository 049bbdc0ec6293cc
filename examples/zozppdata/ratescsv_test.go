package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyRateFile is a key-rate file in the style of penalty/data/key-rate.csv.
const keyRateFile = `# Ключевая ставка Банка России: one row per decision, "from" = the first day the new rate is in force.
# Format: what penalty.LoadRates reads (from, percent per year, kind, source).
#
# Source keys used below:
#   395GK       the table 395gk.ru/svedcb.htm as transcribed in public code
from,percent,kind,source
2023-12-18,16.00,key,395GK
2024-07-29,18.00,key,"395GK; zakupki-inform.ru"
2024-09-16,19,key,"395GK, its.1c.ru"
2024-10-04,,none,verified through 03.10.2024
`

func TestRateFileRoundTrip(t *testing.T) {
	f, err := parseRateFile([]byte(keyRateFile), "key-rate.csv", kindKey)
	require.NoError(t, err)
	assert.Len(t, f.header, 5)
	assert.Len(t, f.rates, 4)
	out, err := f.bytes()
	require.NoError(t, err)
	assert.Equal(t, keyRateFile, string(out), "rewriting an unchanged file changes nothing, not even quotes or decimals")

	f.rates[1].Source = "395GK"
	out, err = f.bytes()
	require.NoError(t, err)
	assert.Equal(t, strings.Replace(keyRateFile, `2024-07-29,18.00,key,"395GK; zakupki-inform.ru"`, "2024-07-29,18.00,key,395GK", 1), string(out), "a changed row is written afresh")
}

func TestRateFileRoundTripOfTheEmbeddedFiles(t *testing.T) {
	for _, tt := range []struct{ file, kind string }{{"key-rate.csv", kindKey}, {"refinancing-rate.csv", kindRefinancing}} {
		data, err := os.ReadFile(filepath.Join("..", "..", "penalty", "data", tt.file))
		if os.IsNotExist(err) {
			t.Skipf("penalty/data/%s is not there", tt.file)
		}
		require.NoError(t, err)
		f, err := parseRateFile(data, tt.file, tt.kind)
		require.NoError(t, err)
		out, err := f.bytes()
		require.NoError(t, err)
		assert.Equal(t, string(data), string(out), "a go:generate run without news leaves penalty/data/%s unchanged", tt.file)
	}
}

func TestMergedFileLoadsInTheLibrary(t *testing.T) {
	f, err := parseRateFile([]byte(keyRateFile), "key-rate.csv", kindKey)
	require.NoError(t, err)
	merged, err := mergeRates(f.rates, daily(t))
	require.NoError(t, err)
	out, err := rateFile{header: f.header, rates: merged}.bytes()
	require.NoError(t, err)

	text := string(out)
	assert.True(t, strings.HasPrefix(text, strings.Join(f.header, "\n")+"\nfrom,percent,kind,source\n"), "the comment block is kept")
	assert.Contains(t, text, "\n2024-10-28,21.00,key,"+dailyInfoSource+"\n")
	assert.Contains(t, text, "\n2024-12-28,,none,no later rate verified: the series ("+dailyInfoSource+") ends on 27.12.2024\n")

	back, err := loadRates(out, kindKey) // penalty.LoadRates
	require.NoError(t, err)
	assertSameHistory(t, merged, back)
	assert.Equal(t, date(t, "2024-12-27"), back.knownThrough())
}

func TestDefaultHeaderFileLoadsInTheLibrary(t *testing.T) {
	for _, kind := range []string{kindKey, kindRefinancing} {
		embedded, err := embeddedHistory(kind)
		require.NoError(t, err)
		require.NotEmpty(t, embedded)
		out, err := rateFile{header: defaultRateHeader(kind), rates: embedded}.bytes()
		require.NoError(t, err)
		back, err := loadRates(out, kind)
		require.NoError(t, err, kind)
		assertSameHistory(t, embedded, back, kind)
	}
}

func TestParseRateFileErrors(t *testing.T) {
	tests := []struct {
		name, data, kind, want string
	}{
		{"comment between rows", "from,percent,kind,source\n2024-07-29,18,key,x\n# later\n2024-09-16,19,key,y\n", kindKey,
			"f.csv:3: a comment between the rows would be lost"},
		{"another kind", keyRateFile, kindRefinancing, "f.csv: a key rate from 2023-12-18: accepted are refinancing rates"},
		{"a district", "from,percent,kind,district,source\n2015-06-01,9.5,deposit,СКФО,x\n", kindKey, "has a district"},
		{"not a rate file", "date,rate\n2024-07-29,18\n", kindKey, "f.csv:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseRateFile([]byte(tt.data), "f.csv", tt.kind)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
