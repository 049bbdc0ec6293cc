package penalty_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/penalty"
)

func TestLoadRatesFormats(t *testing.T) {
	csv := "\uFEFF# a comment\nsource,from,rate_percent\nЦБ,01.08.2016,\"10,5\"\nЦБ,2016-09-19,10\n"
	r, err := penalty.LoadRates(strings.NewReader(csv))
	require.NoError(t, err)
	require.Len(t, r, 2)
	assert.Equal(t, "2016-08-01", r[0].From.String())
	assert.Equal(t, "10.5", r[0].Percent.String())
	assert.Equal(t, "ЦБ", r[0].Source)

	js := `[{"from":"2016-08-01","percent":"10.50"},{"from":"2016-09-19","percent":10},{"from":"2026-09-24","kind":"none"}]`
	r, err = penalty.LoadRates(strings.NewReader(js))
	require.NoError(t, err)
	require.Len(t, r, 3)
	assert.Equal(t, "10.5", r[0].Percent.String(), "percents carry no trailing zeros")
	assert.Equal(t, "2026-09-23", r.KnownThrough().String())

	dep, err := penalty.LoadRates(strings.NewReader("from,percent,kind,district\n2015-06-01,11.80,deposit,ЦФО\n"))
	require.NoError(t, err)
	assert.Equal(t, penalty.Central, dep[0].District)
}

func TestLoadRatesRejects(t *testing.T) {
	tests := []struct{ name, in, field, msg string }{
		{"empty", "", "", "no header"},
		{"unknown column", "from,percent,rate\n", "line 1", "header column"},
		{"missing percent column", "from\n2020-01-01\n", "line 1", "no percent column"},
		{"duplicate column", "from,from,percent\n", "line 1", "twice"},
		{"bad date", "from,percent\n2020-13-01,5\n", "line 2", "accepted are 2006-01-02"},
		{"bad percent", "from,percent\n2020-01-01,5%\n", "line 2", "percent"},
		{"exponent", "from,percent\n2020-01-01,1e400\n", "line 2", "percent"},
		{"bad kind", "from,percent,kind\n2020-01-01,5,prime\n", "line 2", "kind"},
		{"none with percent", "from,percent,kind\n2020-01-01,5,none\n", "line 2", "kind none"},
		{"unordered", "from,percent\n2020-01-02,5\n2020-01-01,5\n", "rates[1]", "strictly increasing"},
		{"json unknown field", `[{"from":"2020-01-01","percent":"5","x":1}]`, "", "JSON"},
		{"json trailing", `[] []`, "", "after the array"},
		{"too large", "from,percent\n" + strings.Repeat("#", 1<<20), "", "1 MiB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := penalty.LoadRates(strings.NewReader(tc.in))
			require.ErrorIs(t, err, penalty.ErrInvalidRates)
			var ie *penalty.InputError
			require.True(t, errors.As(err, &ie), err.Error())
			assert.Equal(t, tc.field, ie.Field, err.Error())
			assert.Contains(t, err.Error(), tc.msg)
			assert.Less(t, len(err.Error()), 400, "no long echo of the input")
		})
	}
}

func TestRatePeriodJSON(t *testing.T) {
	for _, p := range penalty.Art395Rates() {
		data, err := json.Marshal(p)
		require.NoError(t, err)
		var back penalty.RatePeriod
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, p, back, string(data))
	}
	whole := penalty.KeyRateSeries()
	data, err := json.Marshal(whole)
	require.NoError(t, err)
	again, err := penalty.LoadRates(strings.NewReader(string(data)))
	require.NoError(t, err, "what MarshalJSON writes LoadRates reads")
	assert.Equal(t, whole, again)
}
