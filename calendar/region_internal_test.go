package calendar

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseRegionRejects: a regional data file that would cite the wrong
// act or change days outside its years does not load.
func TestParseRegionRejects(t *testing.T) {
	const head = `"name": "Республика Тест", "law": "Закон", "weekend_rule": "переносится", "first_year": 2025, "last_year": 2025`
	for _, tc := range []struct{ doc, want string }{
		{`{"code": "RU-ta", ` + head + `}`, "code"},
		{`{"code": "XX-TA", ` + head + `}`, "code"},
		{`{"code": "RU-TA", "name": "", "law": "", "weekend_rule": "", "first_year": 2025, "last_year": 2025}`, "name, law, weekend_rule"},
		{`{"code": "RU-TA", "name": "x", "law": "x", "weekend_rule": "x", "first_year": 2025, "last_year": 2024}`, "first_year, last_year"},
		{`{"code": "RU-TA", ` + head + `, "acts": [{"year": 2024, "citation": "Закон"}]}`, "acts[0].year"},
		{`{"code": "RU-TA", ` + head + `, "acts": [{"year": 2025, "citation": ""}]}`, "acts[0].citation"},
		{`{"code": "RU-TA", ` + head + `, "acts": [{"year": 2025, "citation": "Закон", "yearly": true}]}`, "acts[0]"},
		{`{"code": "RU-TA", ` + head + `, "acts": [{"year": 2025, "citation": "Закон", "holidays": [{"date": "2026-01-02", "name": "x"}]}]}`, "acts[0].holidays[0].date"},
		// 11.10.2025 is a Saturday: without a transfer or no_weekend_shift
		// the federal weekend shift would move it and be cited for it.
		{`{"code": "RU-TA", ` + head + `, "acts": [{"year": 2025, "citation": "Закон", "holidays": [{"date": "2025-10-11", "name": "x"}]}]}`, "falls on a Saturday"},
		{`{"code": "RU-TA", ` + head + `, "acts": [{"year": "2025"}]}`, "acts[0]"},
		{`[`, "region"},
	} {
		_, err := parseRegion([]byte(tc.doc))
		require.ErrorIs(t, err, ErrInvalidCalendar, tc.doc)
		assert.Contains(t, err.Error(), tc.want, tc.doc)
	}
	r, err := parseRegion([]byte(`{"code": "RU-TA", ` + head + `, "acts": [{"year": 2025, "citation": "Закон", "no_weekend_shift": true,
		"holidays": [{"date": "2025-10-11", "name": "x"}]}]}`))
	require.NoError(t, err)
	assert.True(t, r.acts[0].noWeekendShift)
}
