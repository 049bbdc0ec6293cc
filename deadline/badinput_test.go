package deadline_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

// TestBadInput runs the reproductions of ../shared/reviews/reliability.md
// that reach this package, and the other inputs a careless caller sends:
// each answers with its sentinel, quickly, and never panics.
func TestBadInput(t *testing.T) {
	var nilCal *calendar.Calendar
	for _, tc := range []struct {
		name  string
		event calendar.Date
		term  deadline.Term
		opts  []deadline.Option
		want  error
	}{
		{"D9: zero calendar", d("2025-01-01"), deadline.Days(10), []deadline.Option{deadline.WithCalendar(&calendar.Calendar{})}, deadline.ErrOutOfRange},
		{"nil calendar means Russia", d("2025-01-01"), deadline.Days(10), []deadline.Option{deadline.WithCalendar(nilCal)}, nil},
		{"no term at all", d("2025-01-01"), deadline.Term{}, nil, deadline.ErrNoTerm},
		{"empty consumer term", d("2025-01-01"), deadline.Term{}, []deadline.Option{deadline.WithConsumerTerm(deadline.Term{})}, deadline.ErrNoTerm},
		{"consumer term of 10^6 days", d("2025-01-01"), deadline.Term{}, []deadline.Option{deadline.WithConsumerTerm(deadline.Days(1_000_000))}, deadline.ErrInvalidTerm},
		{"negative N", d("2025-01-01"), deadline.Days(-5), nil, deadline.ErrInvalidTerm},
		{"MaxInt N", d("2025-01-01"), deadline.Days(int(^uint(0) >> 1)), nil, deadline.ErrInvalidTerm},
		{"unknown unit", d("2025-01-01"), deadline.Term{N: 1, Unit: 200}, nil, deadline.ErrInvalidTerm},
		{"event 0001", d("0001-01-01"), deadline.Days(10), nil, deadline.ErrOutOfRange},
		{"event 9999", d("9999-12-31"), deadline.Days(10), nil, deadline.ErrOutOfRange},
		{"agreed term over the limit", d("2025-03-03"), deadline.Term{},
			[]deadline.Option{deadline.WithAgreedTerm(deadline.Days(46)), deadline.NotLongerThan(deadline.Days(45), law.MustRef("Закон РФ от 07.02.1992 № 2300-1, ст. 20 п. 1"))},
			deadline.ErrTermTooLong},
		{"nil option", d("2025-01-01"), deadline.Days(10), []deadline.Option{nil}, nil},
	} {
		r, err := deadline.Compute(tc.event, tc.term, tc.opts...)
		due, dueErr := deadline.Due(tc.event, tc.term, tc.opts...)
		if tc.want == nil {
			require.NoError(t, err, tc.name)
			assert.Equal(t, r.Due, due, tc.name)
			continue
		}
		assert.True(t, errors.Is(err, tc.want), "%s: %v", tc.name, err)
		assert.True(t, errors.Is(dueErr, tc.want), "%s: %v", tc.name, dueErr)
		assert.NotContains(t, err.Error(), "calendar.(", "no Go identifiers in messages: %s", tc.name)
	}
}

// TestZeroResult: the zero Result is never overdue (review D10), has no
// steps, marshals and round-trips.
func TestZeroResult(t *testing.T) {
	var r deadline.Result
	assert.False(t, r.Overdue(time.Now()))
	assert.Zero(t, r.DaysOverdue(d("2025-01-01")))
	assert.Nil(t, r.Steps())
	assert.Empty(t, r.String())
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back deadline.Result
	require.NoError(t, json.Unmarshal(b, &back))
	back.Place = nil
	assert.Equal(t, r, back)
}

// TestJSONRoundTrip: every golden result unmarshals back into an equal
// value, in both languages of its texts.
func TestJSONRoundTrip(t *testing.T) {
	for _, tc := range loadGolden(t) {
		term := tc.Term
		if tc.ConsumerTerm {
			term = deadline.Term{}
		}
		r, err := deadline.Compute(tc.Event, term, tc.options()...)
		require.NoError(t, err)
		for _, lang := range []law.Lang{law.Russian, law.English} {
			b := r.AppendJSON(nil, lang)
			require.True(t, json.Valid(b), string(b))
			var back deadline.Result
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, r, back, tc.Source)
		}
	}
	r, err := deadline.Compute(d("2025-03-03"), deadline.Term{}, deadline.WithAgreedTerm(deadline.Days(20)),
		deadline.NotLongerThan(deadline.Days(45), law.MustRef("Закон РФ от 07.02.1992 № 2300-1, ст. 20 п. 1")),
		deadline.AtPlace(mustZone(t, "Asia/Vladivostok")))
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back deadline.Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.Limit, back.Limit)
	assert.Equal(t, "Asia/Vladivostok", back.Place.String())
	assert.Equal(t, r.Text(law.English), back.Text(law.English))
}

// TestShiftBack: ТК РФ ст. 136 ч. 8 — a payday on a day off is paid on the
// working day before it. Expected days from the reference production
// calendar (Постановления Правительства РФ № 1314 of 2023 and № 1335 of
// 2024).
func TestShiftBack(t *testing.T) {
	for _, tc := range []struct{ payday, due, source string }{
		{"2025-01-05", "2024-12-28", "New Year holidays; 28.12.2024 a working Saturday, 30–31.12.2024 days off (№ 1314)"},
		{"2025-01-10", "2025-01-10", "a working Friday: no shift"},
		{"2025-03-08", "2025-03-07", "8 March on a Saturday: paid on Friday 7 March"},
		{"2025-05-10", "2025-05-07", "9–11 May 2025 off (№ 1335): paid on Wednesday 7 May"},
	} {
		r, err := deadline.OnDate(d(tc.payday), deadline.ShiftBack())
		require.NoError(t, err)
		assert.Equal(t, d(tc.due), r.Due, tc.source)
		if tc.payday != tc.due {
			assert.Equal(t, deadline.ShiftBackward, r.Shift)
			assert.Equal(t, deadline.CodeShiftBack, r.Steps()[1].Code)
		}
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

// TestWithRegion: ГК РФ ст. 193 applies the non-working days of the place
// of performance. 30.08.2024, Friday, is День Республики in Tatarstan (Закон
// РТ от 19.02.1992 № 1448-XII): a 10-day term from 20.08.2024 ends on it
// and moves to Monday 02.09 there, not in Moscow.
func TestWithRegion(t *testing.T) {
	r, err := deadline.Compute(d("2024-08-20"), deadline.Days(10), deadline.WithRegion("RU-TA"))
	require.NoError(t, err)
	assert.Equal(t, d("2024-09-02"), r.Due)
	assert.Equal(t, deadline.ShiftForward, r.Shift)
	federal, err := deadline.Due(d("2024-08-20"), deadline.Days(10))
	require.NoError(t, err)
	assert.Equal(t, d("2024-08-30"), federal)
	_, err = deadline.Compute(d("2024-08-20"), deadline.Days(10), deadline.WithRegion("RU-XX"))
	assert.ErrorIs(t, err, deadline.ErrOutOfRange)
	assert.ErrorIs(t, err, calendar.ErrUnknownRegion)
}

// TestUtilitiesPayday: ЖК РФ ст. 155 ч. 1 — the 10th of the next month,
// the 15th for bills from March 2026 (ФЗ от 24.06.2025 № 177-ФЗ, in force
// 01.03.2026); a payday on a day off moves forward (ГК РФ ст. 193).
func TestUtilitiesPayday(t *testing.T) {
	for _, tc := range []struct{ period, payday, due, source string }{
		{"2025-01-31", "2025-02-10", "2025-02-10", "January 2025: the 10th of February, a Monday"},
		{"2025-04-15", "2025-05-10", "2025-05-12", "April 2025: 10.05.2025 is a day off (Постановление № 1335), paid on Monday 12.05"},
		{"2026-02-01", "2026-03-10", "2026-03-10", "February 2026: still the 10th"},
		{"2026-03-01", "2026-04-15", "2026-04-15", "March 2026: the 15th (177-ФЗ)"},
	} {
		day, ref := deadline.UtilitiesPayday(d(tc.period))
		assert.Equal(t, d(tc.payday), day, tc.source)
		assert.Equal(t, law.HousingCode, ref.Act.Kind)
		r, err := deadline.OnDate(day)
		require.NoError(t, err)
		assert.Equal(t, d(tc.due), r.Due, tc.source)
	}
}

// TestTaxTerm: НК РФ ст. 6.1 п. 7 moves a tax term off a day off, cited
// as the Tax Code's own rule.
func TestTaxTerm(t *testing.T) {
	r, err := deadline.OnDate(d("2025-06-28"), deadline.TaxTerm()) // a Saturday
	require.NoError(t, err)
	assert.Equal(t, d("2025-06-30"), r.Due)
	assert.Equal(t, deadline.CodeShiftTax, r.Steps()[1].Code)
	assert.Equal(t, "НК РФ ст. 6.1 п. 7", law.Join(r.Steps()[1].Refs, law.Russian))
}
