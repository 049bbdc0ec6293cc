package penalty_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/penalty"
)

func TestSpecialPeriodsData(t *testing.T) {
	all := penalty.SpecialPeriods()
	require.Len(t, all, 3)
	for family, list := range all {
		for _, s := range list {
			assert.NotEmpty(t, s.Basis, "%s/%s cites its act", family, s.ID)
			assert.Contains(t, []string{"V", "P", "U"}, s.Mark)
			assert.Equal(t, law.GovernmentDecree, s.Basis[0].Act.Kind)
		}
	}
	find := func(family, id string) penalty.SpecialPeriod {
		for _, s := range all[family] {
			if s.ID == id {
				return s
			}
		}
		t.Fatalf("%s/%s missing", family, id)
		return penalty.SpecialPeriod{}
	}
	for _, tc := range []struct {
		family, id, from, to, percent string
		kind                          penalty.SpecialKind
		source                        string
	}{
		{"ddu", "pp423", "2020-04-03", "2020-12-31", "", penalty.Moratorium, "ПП № 423 «с 3 апреля до 1 января 2021 года»"},
		{"ddu", "pp479", "2022-03-29", "2023-06-30", "", penalty.Moratorium, "ПП № 479, extended to 30.06.2023 (P)"},
		{"ddu", "pp479_cap", "2022-02-25", "2022-12-31", "9.5", penalty.RateCap, "ПП № 479: not above 9,5 %"},
		{"ddu", "pp326", "2024-03-22", "2025-12-31", "", penalty.Moratorium, "ПП № 326, not extended into 2026"},
		{"ddu", "pp326_cap", "2023-07-01", "2025-12-31", "7.5", penalty.RateCap, "ПП № 326 п. 2: 7,5 %"},
		{"housing", "pp424", "2020-04-06", "2020-12-31", "", penalty.Moratorium, "ПП № 424 (V)"},
		{"housing", "pp474_fixed", "2022-02-28", "2022-07-31", "9.5", penalty.RateFixed, "ПП № 474: the key rate of 27.02.2022"},
		{"housing", "pp474_cap", "2022-08-01", "2026-12-31", "9.5", penalty.RateCap, "ПП № 474 with № 1681, 2479, 2382, 329"},
		{"capital_repair", "pp474_cap", "2022-08-01", "2026-12-31", "9.5", penalty.RateCap, "ПП № 474 names capital repair"},
	} {
		s := find(tc.family, tc.id)
		assert.Equal(t, tc.from, s.From.String(), tc.source)
		assert.Equal(t, tc.to, s.To.String(), tc.source)
		assert.Equal(t, tc.kind, s.Kind, tc.source)
		if tc.percent != "" {
			assert.True(t, s.Percent.Equal(dec(tc.percent)), tc.source)
		}
	}
	assert.Equal(t, all["ddu"], penalty.DDU().Special, "the ДДУ rules carry the ddu periods")
	assert.Equal(t, all["housing"], penalty.Utilities().Special)
	assert.Empty(t, penalty.Wages().Special)
}
