package penalty

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadRatesFormats(t *testing.T) {
	tests := []struct {
		name  string
		input string
	}{
		{"csv", "from,percent,kind,district,source\n2015-06-01,10.46,deposit,СКФО,consultant\n2016-08-01,10.50,key,,cbr\n2026-09-24,,none,,end\n"},
		{"csv, columns reordered, comments, comma decimal, Russian dates", "\uFEFF# a comment\nsource,kind,percent,district,from\nconsultant,deposit,\"10,46\",СКФО,01.06.2015\n# another\ncbr,key,10.5,,01.08.2016\nend,none,,,24.09.2026\n"},
		{"csv, reference header rate_percent", "from,rate_percent,source\n2015-06-01,10.46,x\n"},
		{"json", `[{"from":"2015-06-01","percent":"10.46","kind":"deposit","district":"СКФО","source":"consultant"},
			{"from":"2016-08-01","percent":10.5,"source":"cbr"},{"from":"2026-09-24","kind":"none","percent":null}]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := LoadRates(strings.NewReader(tc.input))
			require.NoError(t, err)
			require.NotEmpty(t, r)
			assert.Equal(t, "2015-06-01", r[0].From.String())
			assert.Equal(t, "10.46", r[0].Percent.StringFixed(2))
			if len(r) == 3 {
				assert.Equal(t, DepositRate, r[0].Kind)
				assert.Equal(t, NorthCaucasian, r[0].District)
				assert.Equal(t, KeyRate, r[1].Kind)
				assert.Equal(t, "10.50", r[1].Percent.StringFixed(2))
				assert.Equal(t, "2026-09-23", r.KnownThrough().String())
			}
		})
	}
}

func TestLoadRatesRejects(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		message string
	}{
		{"empty", "", "no header"},
		{"no percent column", "from,source\n2020-01-01,x\n", "no percent column"},
		{"no from column", "percent\n5\n", "no from column"},
		{"unknown column", "from,percent,note\n2020-01-01,5,x\n", `header column "note"`},
		{"duplicate column", "from,percent,percent\n2020-01-01,5,5\n", "twice"},
		{"bad date", "from,percent\n2020-13-01,5\n", `line 2: from "2020-13-01"`},
		{"bad percent", "from,percent\n2020-01-01,5%\n", `percent "5%"`},
		{"exponent", "from,percent\n2020-01-01,1e1\n", `percent "1e1"`},
		{"negative", "from,percent\n2020-01-01,-5\n", `percent "-5"`},
		{"too many decimals", "from,percent\n2020-01-01,5.1234567\n", "up to 6 decimals"},
		{"over 100", "from,percent\n2020-01-01,101\n", "0 to 100"},
		{"bad kind", "from,percent,kind\n2020-01-01,5,base\n", `kind "base"`},
		{"none with percent", "from,percent,kind\n2020-01-01,5,none\n", "kind none with percent"},
		{"unsorted", "from,percent\n2020-02-01,5\n2020-01-01,5\n", "strictly increasing"},
		{"ragged csv", "from,percent\n2020-01-01,5,extra\n", "wrong number of fields"},
		{"json not an array of objects", `[1,2]`, "JSON"},
		{"json unknown field", `[{"from":"2020-01-01","percent":"5","rate":"5"}]`, "unknown field"},
		{"json trailing data", `[{"from":"2020-01-01","percent":"5"}] []`, "data after the array"},
		{"json bad percent", `[{"from":"2020-01-01","percent":true}]`, "percent"},
		{"json empty", `[]`, "empty"},
		{"too large", "from,percent\n" + strings.Repeat("# padding\n", maxRatesInput/10+1), "exceeds"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadRates(strings.NewReader(tc.input))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidRates)
			assert.ErrorIs(t, err, ErrInvalidInput)
			assert.Contains(t, err.Error(), tc.message)
		})
	}
}

func TestRatesJSONRoundTrip(t *testing.T) {
	for _, d := range []District{Central, NorthCaucasian} {
		r, err := KeyRatesFor(d)
		require.NoError(t, err)
		data, err := json.Marshal(r)
		require.NoError(t, err)
		back, err := LoadRates(strings.NewReader(string(data)))
		require.NoError(t, err)
		require.Len(t, back, len(r))
		for i := range r {
			assert.Equal(t, r[i].From, back[i].From)
			assert.True(t, r[i].Percent.Equal(back[i].Percent))
			assert.Equal(t, r[i].Kind, back[i].Kind)
			assert.Equal(t, r[i].District, back[i].District)
			assert.Equal(t, r[i].Source, back[i].Source)
		}
	}
}
