package deadline_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
)

func d(s string) calendar.Date {
	v, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

type goldenCase struct {
	Event          calendar.Date `json:"event"`
	Term           deadline.Term `json:"term"`
	End            calendar.Date `json:"end"`
	Due            calendar.Date `json:"due"`
	NoShift        bool          `json:"no_shift"`
	SpecialDaysOff bool          `json:"special_days_off"`
	ConsumerTerm   bool          `json:"consumer_term"`
	Provisional    bool          `json:"provisional"`
	Source         string        `json:"source"`
}

func (c goldenCase) options() []deadline.Option {
	var opts []deadline.Option
	if c.NoShift {
		opts = append(opts, deadline.NoShift())
	}
	if c.SpecialDaysOff {
		opts = append(opts, deadline.SpecialNonWorkingDaysOff())
	}
	if c.ConsumerTerm {
		opts = append(opts, deadline.WithConsumerTerm(c.Term))
	}
	return opts
}

func loadGolden(t testing.TB) []goldenCase {
	data, err := os.ReadFile("../testdata/deadlines.json")
	require.NoError(t, err)
	var cases []goldenCase
	require.NoError(t, json.Unmarshal(data, &cases))
	return cases
}

// TestGolden runs testdata/deadlines.json: each case names the article, and
// for calendar-sensitive ones the decree, its expected dates come from. The
// expected values were computed independently of this package, from the
// reference production calendar.
func TestGolden(t *testing.T) {
	cases := loadGolden(t)
	require.GreaterOrEqual(t, len(cases), 60)
	for _, tc := range cases {
		name := tc.Event.String() + " + " + tc.Term.String()
		t.Run(name, func(t *testing.T) {
			term := tc.Term
			if tc.ConsumerTerm {
				term = deadline.Term{} // the term comes from the option
			}
			r, err := deadline.Compute(tc.Event, term, tc.options()...)
			require.NoError(t, err, tc.Source)
			assert.Equal(t, tc.Event.AddDays(1), r.Start, "ГК РФ ст. 191 (%s)", tc.Source)
			assert.Equal(t, tc.End, r.End, "end (%s)", tc.Source)
			assert.Equal(t, tc.Due, r.Due, "due (%s)", tc.Source)
			assert.Equal(t, tc.Due.AddDays(1), r.OverdueFrom(), "overdue from (%s)", tc.Source)
			assert.Equal(t, tc.Provisional, r.Provisional, "provisional (%s)", tc.Source)
			assert.Equal(t, tc.ConsumerTerm, (r.SetBy == deadline.ByConsumer))
			due, err := deadline.Due(tc.Event, term, tc.options()...)
			require.NoError(t, err)
			assert.Equal(t, r.Due, due, "Due agrees with Compute")
			for _, s := range r.Steps() {
				assert.NotEmpty(t, s.Code)
				assert.NotEmpty(t, s.Refs, s.Code)
				assert.NotEmpty(t, s.Text(law.Russian), s.Code)
				assert.NotEmpty(t, s.Text(law.English), s.Code)
			}
		})
	}
}

func TestExplanation(t *testing.T) {
	r, err := deadline.Compute(d("2024-12-25"), deadline.Days(10))
	require.NoError(t, err)
	assert.Equal(t, `Течение срока начинается на следующий день после события (25.12.2024): с 26.12.2024. [ГК РФ ст. 191]
Срок 10 календарных дней истекает в последний, 10-й день: 04.01.2025. [ГК РФ ст. 190, 191]
04.01.2025 — нерабочий праздничный день (Новогодние каникулы), ТК РФ ст. 112 ч. 1 (ред. ФЗ от 23.04.2012 № 35-ФЗ); днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193]
Требование должно быть исполнено до 24:00 09.01.2025 по времени места исполнения; просрочка — с 10.01.2025. [ГК РФ ст. 194 п. 1]`, r.String())

	r, err = deadline.Compute(d("2024-03-31"), deadline.Months(1))
	require.NoError(t, err)
	steps := r.Steps()
	assert.Equal(t, deadline.CodeEndMonthsLastDay, steps[1].Code)
	assert.Contains(t, steps[1].Text(law.Russian), "нет 31-го числа")
	assert.Equal(t, "ГК РФ ст. 192 п. 3", law.Join(steps[1].Refs, law.Russian))
	assert.Equal(t, deadline.CodeShift, steps[2].Code)
	assert.Contains(t, steps[2].Text(law.Russian), "перенос выходного дня с 02.11.2024")
	assert.Contains(t, steps[2].Text(law.Russian), "Постановление Правительства РФ от 10.08.2023 № 1314")
	assert.Equal(t, law.GovernmentDecree, steps[2].Day.Basis.Act.Kind, "the day's act is data")
	assert.Equal(t, "1314", steps[2].Day.Basis.Act.Number)

	r, err = deadline.Compute(d("2020-04-05"), deadline.Days(10))
	require.NoError(t, err)
	assert.Equal(t, deadline.CodeSpecialDay, r.Steps()[2].Code)
	assert.Equal(t, "ГК РФ ст. 193; Обзор ВС РФ № 1, утв. Президиумом ВС РФ 21.04.2020, вопрос 5", law.Join(r.Steps()[2].Refs, law.Russian))

	r, err = deadline.Compute(d("2027-12-20"), deadline.Days(20))
	require.NoError(t, err)
	last := r.Steps()[len(r.Steps())-1]
	assert.Equal(t, deadline.CodeProvisional, last.Code)
	assert.Equal(t, "ТК РФ ст. 112 ч. 5", law.Join(last.Refs, law.Russian))
	assert.Contains(t, r.String(), "предварительный")

	r, err = deadline.Compute(d("2025-03-03"), deadline.Term{}, deadline.WithConsumerTerm(deadline.Days(14)))
	require.NoError(t, err)
	assert.Contains(t, r.Steps()[0].Text(law.Russian), "Срок назначен потребителем: 14 календарных дней")
}

func TestTermString(t *testing.T) {
	for _, tc := range []struct {
		t    deadline.Term
		want string
	}{
		{deadline.Days(1), "1 календарный день"},
		{deadline.Days(3), "3 календарных дня"},
		{deadline.Days(10), "10 календарных дней"},
		{deadline.Days(11), "11 календарных дней"},
		{deadline.Days(21), "21 календарный день"},
		{deadline.Days(22), "22 календарных дня"},
		{deadline.Days(45), "45 календарных дней"},
		{deadline.Days(111), "111 календарных дней"},
		{deadline.Days(112), "112 календарных дней"},
		{deadline.Workdays(1), "1 рабочий день"},
		{deadline.Workdays(3), "3 рабочих дня"},
		{deadline.Workdays(15), "15 рабочих дней"},
		{deadline.DaysExceptHolidays(20), "20 календарных дней, за исключением нерабочих праздничных дней"},
		{deadline.Weeks(2), "2 недели"},
		{deadline.Months(1), "1 месяц"},
		{deadline.Months(2), "2 месяца"},
		{deadline.Months(6), "6 месяцев"},
		{deadline.Years(1), "1 год"},
		{deadline.Years(3), "3 года"},
		{deadline.Years(5), "5 лет"},
	} {
		assert.Equal(t, tc.want, tc.t.String())
	}
}

func TestTermGenitive(t *testing.T) {
	for _, tc := range []struct {
		t    deadline.Term
		want string
	}{
		{deadline.Days(10), "10 календарных дней"},
		{deadline.Days(3), "3 календарных дней"},
		{deadline.Days(21), "21 календарного дня"},
		{deadline.Days(11), "11 календарных дней"},
		{deadline.Workdays(1), "1 рабочего дня"},
		{deadline.Months(1), "1 месяца"},
		{deadline.Months(2), "2 месяцев"},
		{deadline.Years(1), "1 года"},
		{deadline.Years(5), "5 лет"},
		{deadline.Weeks(2), "2 недель"},
		{deadline.DaysExceptHolidays(20), "20 календарных дней, за исключением нерабочих праздничных дней"},
	} {
		assert.Equal(t, tc.want, tc.t.Genitive(law.Russian))
	}
}

func TestTermJSON(t *testing.T) {
	b, err := json.Marshal(deadline.Workdays(3))
	require.NoError(t, err)
	assert.JSONEq(t, `{"n":3,"unit":"workdays","text":"3 рабочих дня"}`, string(b))
	var back deadline.Term
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, deadline.Workdays(3), back)
	err = json.Unmarshal([]byte(`{"n":3,"unit":"hours"}`), &back)
	assert.ErrorIs(t, err, deadline.ErrInvalidTerm)
	assert.Contains(t, err.Error(), "accepted: days, workdays, days_except_holidays, weeks, months, years")
	u, err := deadline.ParseUnit("months")
	require.NoError(t, err)
	assert.Equal(t, deadline.UnitMonths, u)
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		event calendar.Date
		term  deadline.Term
		err   error
		msg   string
	}{
		{"zero n", d("2025-01-01"), deadline.Days(0), deadline.ErrInvalidTerm, "accepted: N from 1 to 100000"},
		{"negative", d("2025-01-01"), deadline.Months(-1), deadline.ErrInvalidTerm, "-1 months"},
		{"huge", d("2025-01-01"), deadline.Days(1 << 40), deadline.ErrInvalidTerm, "accepted: N from 1"},
		{"unknown unit", d("2025-01-01"), deadline.Term{N: 3, Unit: 99}, deadline.ErrInvalidTerm, "unknown unit 99"},
		{"zero term", d("2025-01-01"), deadline.Term{}, deadline.ErrNoTerm, "no term given"},
		{"no event", calendar.Date{}, deadline.Days(10), deadline.ErrInvalidTerm, "no event date"},
		{"event before", d("1998-12-31"), deadline.Days(10), deadline.ErrOutOfRange, "the event: 1998-12-31 is before 1999-01-01"},
		{"end after", d("2032-12-25"), deadline.Days(10), deadline.ErrOutOfRange, "2033-01-04 is after 2032-12-31"},
		{"workdays after", d("2032-12-25"), deadline.Workdays(10), deadline.ErrOutOfRange, "falls after 2032-12-31"},
		{"years after", d("2025-01-01"), deadline.Years(3650), deadline.ErrOutOfRange, "the calendar covers 1999-01-01 to 2032-12-31"},
	} {
		_, err := deadline.Compute(tc.event, tc.term)
		require.Error(t, err, tc.name)
		assert.True(t, errors.Is(err, tc.err), "%s: %v", tc.name, err)
		assert.Contains(t, err.Error(), tc.msg, tc.name)
		_, err2 := deadline.Due(tc.event, tc.term)
		assert.Equal(t, err.Error(), err2.Error(), tc.name)
	}
}

// TestShiftOutOfRange: a term ending on the covered range's last day, a
// Sunday, cannot be moved to a working day the calendar does not know.
func TestShiftOutOfRange(t *testing.T) {
	small, err := calendar.Load(strings.NewReader(`{"name":"2023","first_year":2023,"last_year":2023,
		"workday_basis":"ТК РФ ст. 91","weekend_basis":"ТК РФ ст. 111","shortened_basis":"ТК РФ ст. 95"}`))
	require.NoError(t, err)
	_, err = deadline.Compute(d("2023-12-21"), deadline.Days(10), deadline.WithCalendar(small))
	assert.ErrorIs(t, err, deadline.ErrOutOfRange)
	assert.Contains(t, err.Error(), "the working day next to 2023-12-31")
	_, err = deadline.Compute(d("2023-12-21"), deadline.Days(10), deadline.WithCalendar(small), deadline.NoShift())
	assert.NoError(t, err)
}

func TestWithCalendar(t *testing.T) {
	// A newer decree extends the range and moves a day off.
	next, err := calendar.Russia().With(calendar.Act{Year: 2033, Citation: "Постановление (пример)", Yearly: true,
		Transfers: []calendar.Transfer{{From: d("2033-01-01"), To: d("2033-01-10")}}})
	require.NoError(t, err)
	r, err := deadline.Compute(d("2032-12-31"), deadline.Days(10), deadline.WithCalendar(next))
	require.NoError(t, err)
	assert.Equal(t, d("2033-01-11"), r.Due, "10.01.2033 is a day off by the example decree")
	assert.False(t, r.Provisional)
	r, err = deadline.Compute(d("2025-01-15"), deadline.Days(10), deadline.WithCalendar(nil), nil)
	require.NoError(t, err, "nil options and a nil calendar fall back to the defaults")
	assert.Equal(t, d("2025-01-27"), r.Due)
}

// TestTimeOfDay: ГК РФ ст. 194 п. 1 — on time until 24:00 of Due at the
// place of performance, whatever zone "now" comes from.
func TestTimeOfDay(t *testing.T) {
	r, err := deadline.Compute(d("2024-12-25"), deadline.Days(10)) // due 09.01.2025, Moscow
	require.NoError(t, err)
	msk, _ := time.LoadLocation("Europe/Moscow")
	vl, _ := time.LoadLocation("Asia/Vladivostok")
	kg, _ := time.LoadLocation("Europe/Kaliningrad")
	assert.Equal(t, time.Date(2025, 1, 10, 0, 0, 0, 0, msk), r.ExpiresAt(msk))
	assert.Equal(t, time.Date(2025, 1, 10, 0, 0, 0, 0, vl), r.ExpiresAt(vl))
	assert.Equal(t, "Europe/Moscow", r.Place.String())

	// 10.01.2025 06:30 in Vladivostok is 09.01 23:30 in Moscow: still on time.
	assert.False(t, r.Overdue(time.Date(2025, 1, 10, 6, 30, 0, 0, vl)))
	assert.False(t, r.Overdue(time.Date(2025, 1, 9, 22, 30, 0, 0, kg)))
	// One hour later it is overdue everywhere.
	assert.True(t, r.Overdue(time.Date(2025, 1, 10, 7, 30, 0, 0, vl)))
	assert.True(t, r.Overdue(time.Date(2025, 1, 9, 23, 30, 0, 0, kg)))

	// A seller in Vladivostok: judged there.
	r, err = deadline.Compute(d("2024-12-25"), deadline.Days(10), deadline.AtPlace(vl))
	require.NoError(t, err)
	assert.True(t, r.Overdue(time.Date(2025, 1, 9, 18, 0, 0, 0, msk)), "00:00 10.01 in Vladivostok is 17:00 09.01 in Moscow")

	assert.Equal(t, 0, r.DaysOverdue(d("2025-01-09")))
	assert.Equal(t, 1, r.DaysOverdue(d("2025-01-10")))
	assert.Equal(t, 25, r.DaysOverdue(d("2025-02-03")), "10.01–03.02.2025 inclusive (Пленум ВС РФ № 7 п. 65)")
	assert.Equal(t, 0, r.DaysOverdue(calendar.Date{}))
}

func TestResultJSON(t *testing.T) {
	r, err := deadline.Compute(d("2025-01-31"), deadline.Months(1))
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, "2025-02-28", got["due"])
	assert.Equal(t, "2025-03-01", got["overdue_from"])
	assert.Equal(t, "Europe/Moscow", got["place"])
	assert.Equal(t, "1 месяц", got["term"].(map[string]any)["text"])
	assert.True(t, strings.Contains(string(b), `"code":"gk192.end_months_last_day"`))
}

// TestProperties: for every event of 2015–2030 and many N in every unit,
// Start = Event + 1, End ≥ Start, Due ≥ End, Due is a working day (of the
// civil-law view), and Due agrees with Compute.
func TestProperties(t *testing.T) {
	civil := calendar.Russia().CivilView()
	units := []deadline.Unit{deadline.UnitDays, deadline.UnitWorkdays, deadline.UnitDaysExceptHolidays, deadline.UnitWeeks, deadline.UnitMonths, deadline.UnitYears}
	for e := d("2015-01-01"); e.Before(d("2031-01-01")); e = e.AddDays(5) {
		for _, u := range units {
			for _, n := range []int{1, 2, 3, 7, 10, 20, 30, 45} {
				term := deadline.Term{N: n, Unit: u}
				r, err := deadline.Compute(e, term)
				if errors.Is(err, deadline.ErrOutOfRange) {
					continue
				}
				require.NoError(t, err)
				require.Equal(t, e.AddDays(1), r.Start)
				require.False(t, r.End.Before(r.Start), "%s %s", e, term)
				require.False(t, r.Due.Before(r.End), "%s %s", e, term)
				require.True(t, civil.IsWorkday(r.Due), "%s %s: due %s", e, term, r.Due)
				if !civil.IsWorkday(r.End) {
					require.Equal(t, civil.NextWorkday(r.End), r.Due)
				}
				due, err := deadline.Due(e, term)
				require.NoError(t, err)
				require.Equal(t, r.Due, due)
			}
		}
	}
}

// TestOnDate: a term set by a calendar date (ГК РФ ст. 190) is moved off a
// non-working day like any other (ст. 193).
func TestOnDate(t *testing.T) {
	for _, tc := range []struct {
		date, due, source string
	}{
		{"2025-03-08", "2025-03-10", "ГК РФ ст. 193: 08.03.2025 — праздник (суббота); 10.03.2025 — рабочий по Постановлению № 1335"},
		{"2025-03-11", "2025-03-11", "ГК РФ ст. 190: рабочий день"},
		{"2024-12-28", "2024-12-28", "ГК РФ ст. 193: рабочая суббота по Постановлению № 1314"},
	} {
		r, err := deadline.OnDate(d(tc.date))
		require.NoError(t, err)
		assert.Equal(t, d(tc.due), r.Due, tc.source)
		assert.True(t, r.Event.IsZero())
		assert.Equal(t, deadline.CodeOnDate, r.Steps()[0].Code)
		assert.Equal(t, "ГК РФ ст. 190", law.Join(r.Steps()[0].Refs, law.Russian))
	}
	r, err := deadline.OnDate(d("2025-03-08"), deadline.NoShift())
	require.NoError(t, err)
	assert.Equal(t, d("2025-03-08"), r.Due)
	_, err = deadline.OnDate(calendar.Date{})
	assert.ErrorIs(t, err, deadline.ErrInvalidTerm)
	_, err = deadline.OnDate(d("2040-01-01"))
	assert.ErrorIs(t, err, deadline.ErrOutOfRange)
}

func TestWithAgreedTerm(t *testing.T) {
	r, err := deadline.Compute(d("2025-03-03"), deadline.Days(45), deadline.WithAgreedTerm(deadline.Days(20)))
	require.NoError(t, err)
	assert.Equal(t, d("2025-03-24"), r.Due, "ЗоЗПП ст. 20 п. 1: 20 days agreed in writing; 23.03.2025 is a Sunday (ГК РФ ст. 193)")
	assert.True(t, (r.SetBy == deadline.ByAgreement))
	assert.False(t, (r.SetBy == deadline.ByConsumer))
	assert.Equal(t, "Срок установлен соглашением сторон: 20 календарных дней.", r.Steps()[0].Text(law.Russian))
}
