package calendar_test

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// TestRussiaGolden checks the tricky days of 2013–2027 — every transfer,
// shift, shortened and special non-working day of 2020–2027 and every New
// Year boundary — against testdata/calendar.json, which works without
// ../shared. Each case names the act its expected kind comes from.
func TestRussiaGolden(t *testing.T) {
	var cases []struct {
		Date      calendar.Date `json:"date"`
		Kind      string        `json:"kind"`
		Workday   bool          `json:"workday"`
		Holiday   bool          `json:"holiday"`
		Shortened bool          `json:"shortened"`
		Basis     string        `json:"basis"`
		Source    string        `json:"source"`
	}
	data, err := os.ReadFile("../testdata/calendar.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &cases))
	require.Greater(t, len(cases), 300)
	c := calendar.Russia()
	for _, tc := range cases {
		day := c.Day(tc.Date)
		assert.Equal(t, tc.Kind, day.Kind.String(), "%s kind (%s)", tc.Date, tc.Source)
		assert.Equal(t, tc.Workday, c.IsWorkday(tc.Date), "%s workday (%s)", tc.Date, tc.Source)
		assert.Equal(t, tc.Holiday, c.IsHoliday(tc.Date), "%s holiday (%s)", tc.Date, tc.Source)
		assert.Equal(t, tc.Shortened, day.Shortened, "%s shortened (%s)", tc.Date, tc.Source)
		assert.Contains(t, day.Basis.String(), tc.Basis, "%s basis (%s)", tc.Date, tc.Source)
	}
}

func TestRussiaRange(t *testing.T) {
	c := calendar.Russia()
	assert.Equal(t, d("1999-01-01"), c.First())
	assert.Equal(t, 2027, c.OfficialThrough(), "Постановление Правительства РФ от 17.09.2026 № 1187 is the last decree")
	assert.Equal(t, 2032, c.Last().Year())
	assert.Same(t, c, calendar.Russia(), "built once")

	assert.False(t, c.Day(d("2027-05-10")).Provisional)
	p := c.Day(d("2028-01-03"))
	assert.True(t, p.Provisional, "no decree for 2028 yet")
	assert.Equal(t, calendar.Holiday, p.Kind, "ТК РФ ст. 112 ч. 1")
	assert.True(t, c.IsProvisional(d("2028-06-01")))
	assert.False(t, c.IsProvisional(d("2027-06-01")))

	for _, out := range []calendar.Date{d("1998-12-31"), c.Last().AddDays(1), {}} {
		assert.False(t, c.Covers(out))
		assert.Equal(t, calendar.Unknown, c.Day(out).Kind)
		assert.False(t, c.IsWorkday(out))
		assert.False(t, c.IsHoliday(out))
		assert.True(t, c.NextWorkday(out).IsZero())
		assert.True(t, c.AddWorkdays(out, 1).IsZero())
		assert.True(t, c.AddDaysExceptHolidays(out, 1).IsZero())
	}
	assert.True(t, c.AddWorkdays(c.Last(), 1).IsZero(), "result past the range")
	assert.True(t, c.AddWorkdays(c.First(), -1).IsZero(), "result before the range")
	assert.True(t, c.NextWorkday(c.Last()).IsZero() || c.IsWorkday(c.Last()))
	assert.Equal(t, 0, c.Workdays(d("2024-01-10"), d("2024-01-09")))
	assert.Equal(t, 0, c.Workdays(d("1990-01-01"), d("1998-12-31")))
	assert.Equal(t, c.Workdays(c.First(), d("1999-12-31")), c.Workdays(d("1990-01-01"), d("1999-12-31")), "clipped to the range")
	assert.Nil(t, c.Days(1998))
	assert.Len(t, c.Days(2024), 366)
}

// TestWorkingDayCounts checks yearly totals published in the production
// calendar (xmlcalendar.ru, consultant.ru): working days of a year.
func TestWorkingDayCounts(t *testing.T) {
	c := calendar.Russia()
	for _, tc := range []struct {
		year, want int
		source     string
	}{
		{2020, 248, "Постановление № 875; 5 Указы are extra non-working days — production calendar 2020 has 248 working days by the Government decree, minus the Presidential days"},
		{2023, 247, "Постановление Правительства РФ № 1505: 247 рабочих дней"},
		{2024, 248, "Постановление Правительства РФ № 1314: 248 рабочих дней"},
		{2025, 247, "Постановление Правительства РФ № 1335: 247 рабочих дней"},
		{2026, 247, "Постановление Правительства РФ № 1466: 247 рабочих дней"},
	} {
		got := c.CivilView().Workdays(calendar.NewDate(tc.year, 1, 1), calendar.NewDate(tc.year, 12, 31))
		assert.Equal(t, tc.want, got, "%d (%s)", tc.year, tc.source)
	}
	// 2020 without the Presidential non-working days counted: 248 − 29.
	assert.Equal(t, 248-29, c.Workdays(d("2020-01-01"), d("2020-12-31")), "Указы № 206, 239, 294, 345, 354: 29 weekdays")
}

// TestNonWorkingView: the special non-working days of 2020–2021 are days off
// in the production calendar and working days in the civil-law view (ВС РФ,
// Обзор № 1 от 21.04.2020, вопрос 5).
func TestNonWorkingView(t *testing.T) {
	prod := calendar.Russia()
	civil := prod.CivilView()
	assert.True(t, civil.IsCivilView())
	assert.False(t, prod.IsCivilView())
	assert.Same(t, civil, civil.CivilView())
	assert.Same(t, prod, civil.ProductionView())
	assert.Same(t, prod, prod.ProductionView())

	apr := d("2020-04-15")
	assert.Equal(t, calendar.NonWorking, prod.Day(apr).Kind)
	assert.Contains(t, prod.Day(apr).Basis.String(), "Указ Президента РФ от 02.04.2020 № 239")
	assert.False(t, prod.IsWorkday(apr))
	assert.True(t, civil.IsWorkday(apr))
	assert.Equal(t, calendar.NonWorking, civil.Day(apr).Kind, "Day reports the kind in both views")
	assert.Equal(t, d("2020-05-12"), prod.NextWorkday(d("2020-03-28")), "production calendar: first working day after the spring 2020 period")
	assert.Equal(t, d("2020-03-30"), civil.NextWorkday(d("2020-03-28")), "civil-law view: 30.03.2020 counts as a working day")
	assert.Equal(t, d("2021-11-08"), prod.NextWorkday(d("2021-10-30")), "Указ № 595")
	assert.Equal(t, d("2021-11-01"), civil.NextWorkday(d("2021-10-30")), "Указ № 595 does not move terms (ответ Президиума ВС РФ от 26.10.2021)")
}

// naive is the day-by-day reference the O(1) arithmetic must agree with.
type naive struct{ c *calendar.Calendar }

func (n naive) workdays(from, to calendar.Date) int {
	k := 0
	for x := from; !x.After(to); x = x.AddDays(1) {
		if n.c.IsWorkday(x) {
			k++
		}
	}
	return k
}

func (n naive) add(x calendar.Date, k int) calendar.Date {
	step := 1
	if k < 0 {
		step, k = -1, -k
	}
	for k > 0 {
		x = x.AddDays(step)
		if !n.c.Covers(x) {
			return calendar.Date{}
		}
		if n.c.IsWorkday(x) {
			k--
		}
	}
	return x
}

// TestArithmeticProperties compares the constant-time arithmetic with a
// day-by-day loop over the whole covered range, in both views, and checks
// that AddWorkdays and Workdays are inverses and monotonic.
func TestArithmeticProperties(t *testing.T) {
	for _, c := range []*calendar.Calendar{calendar.Russia(), calendar.Russia().CivilView()} {
		ref := naive{c}
		first, last := c.First(), c.Last()
		total := ref.workdays(first, last)
		assert.Equal(t, total, c.Workdays(first, last))
		count := 0 // working days in [first, x]
		var prevNext calendar.Date
		for x := first; !x.After(last); x = x.AddDays(1) {
			if c.IsWorkday(x) {
				count++
			}
			require.Equal(t, count, c.Workdays(first, x), "Workdays(first, %s)", x)
			next := c.NextWorkday(x)
			if c.IsWorkday(x) {
				require.Equal(t, x, next)
			} else if !next.IsZero() {
				require.Equal(t, ref.add(x, 1), next, "NextWorkday(%s)", x)
			}
			require.False(t, next.Before(prevNext), "NextWorkday monotonic at %s", x)
			prevNext = next
			for _, n := range []int{1, 3, 7, 20, -1, -5} {
				got := c.AddWorkdays(x, n)
				require.Equal(t, ref.add(x, n), got, "AddWorkdays(%s, %d)", x, n)
				if n > 0 && !got.IsZero() {
					require.Equal(t, n, c.Workdays(x.AddDays(1), got), "inverse at %s, %d", x, n)
					require.True(t, c.IsWorkday(got))
				}
			}
			require.Equal(t, x, c.AddWorkdays(x, 0))
		}
	}
}

// TestDaysExceptHolidays: ОСАГО counts calendar days except нерабочие
// праздничные дни of ТК РФ ст. 112 (ФЗ № 40-ФЗ ст. 12 п. 21).
func TestDaysExceptHolidays(t *testing.T) {
	c := calendar.Russia()
	for _, tc := range []struct {
		from   string
		n      int
		want   string
		source string
	}{
		{"2025-12-25", 20, "2026-01-22", "civil-code-terms.md §4: 1–8 January 2026 are ст. 112 holidays"},
		{"2024-04-25", 20, "2024-05-17", "ст. 112 holidays 01.05 and 09.05.2024 skipped; transferred 29–30.04 and 10.05 counted"},
		{"2024-03-01", 10, "2024-03-12", "08.03.2024 skipped"},
		{"2024-02-01", 10, "2024-02-11", "no holiday inside"},
		{"2026-01-09", -1, "2025-12-31", "backwards over 1–8 January"},
	} {
		assert.Equal(t, tc.want, c.AddDaysExceptHolidays(d(tc.from), tc.n).String(), "%s + %d (%s)", tc.from, tc.n, tc.source)
	}
	assert.Equal(t, 365-14, c.DaysExceptHolidays(d("2025-01-01"), d("2025-12-31")), "14 holidays in 2025 (ТК РФ ст. 112 ч. 1)")
	for x := d("2019-01-01"); x.Before(d("2027-01-01")); x = x.AddDays(3) {
		y := c.AddDaysExceptHolidays(x, 20)
		require.False(t, c.IsHoliday(y))
		require.Equal(t, 20, c.DaysExceptHolidays(x.AddDays(1), y))
	}
}

func TestWithNewDecree(t *testing.T) {
	base := calendar.Russia()
	// A hypothetical decree for 2028 and a hypothetical regional holiday
	// (a republic's Курбан-байрам, ТК РФ ст. 6 ч. 2).
	next, err := base.With(
		calendar.Act{Year: 2028, Citation: "Постановление Правительства РФ (пример) № 1", Yearly: true,
			Transfers: []calendar.Transfer{{From: d("2028-01-01"), To: d("2028-05-02")}}},
		calendar.Act{Year: 2026, Citation: "Указ главы республики (пример)",
			Holidays: []calendar.NamedDate{{Date: d("2026-05-27"), Name: "Курбан-байрам"}}},
	)
	require.NoError(t, err)
	assert.NotSame(t, base, next)
	assert.Equal(t, 2028, next.OfficialThrough())
	assert.Equal(t, 2027, base.OfficialThrough(), "the original is unchanged")
	assert.Equal(t, calendar.DayOff, next.Day(d("2028-05-02")).Kind)
	assert.False(t, next.Day(d("2028-05-02")).Provisional)
	assert.Equal(t, calendar.Workday, base.Day(d("2028-05-02")).Kind)
	assert.True(t, next.IsHoliday(d("2026-05-27")))
	assert.Equal(t, "Указ главы республики (пример)", next.Day(d("2026-05-27")).Basis.String())
	assert.False(t, base.IsHoliday(d("2026-05-27")))
	assert.True(t, next.Day(d("2026-05-26")).Shortened, "ТК РФ ст. 95 ч. 1: the working day right before a holiday")
	assert.False(t, base.Day(d("2026-05-26")).Shortened)

	civil, err := base.CivilView().With()
	require.NoError(t, err)
	assert.True(t, civil.IsCivilView(), "With keeps the view")

	_, err = base.With(calendar.Act{Year: 2026, Citation: "x", Transfers: []calendar.Transfer{{From: d("2026-03-10"), To: d("2026-03-11")}}})
	assert.ErrorIs(t, err, calendar.ErrInvalidCalendar)
	assert.Contains(t, err.Error(), "transfers[0].from: 2026-03-10 (Tuesday) is a workday")

	def := base.Definition()
	def.Acts[0].Transfers[0].To = d("2000-01-01")
	assert.Equal(t, d("1999-01-08"), base.Definition().Acts[0].Transfers[0].To, "Definition returns a copy")
}

func TestLoadErrors(t *testing.T) {
	valid := `{"name":"t","first_year":2024,"last_year":2024,"workday_basis":"w","weekend_basis":"we","shortened_basis":"s",
	"weekend_shift":[{"from":2002,"basis":"ТК РФ ст. 112 ч. 2"}],
	"holidays":[{"name":"Новый год","month":1,"days":[1],"from":2002,"basis":"ТК"}],
	"acts":[{"year":2024,"citation":"П","transfers":[{"from":"2024-04-27","to":"2024-04-29"}]}]}`
	c, err := calendar.Load(strings.NewReader(valid))
	require.NoError(t, err)
	assert.Equal(t, calendar.WorkingWeekend, c.Day(d("2024-04-27")).Kind)
	assert.Equal(t, 0, c.OfficialThrough())

	for _, tc := range []struct{ name, doc, msg string }{
		{"syntax", "{\n\"name\": ,}", "line 2"},
		{"type", `{"first_year":"2024"}`, "field first_year: got JSON string, want int"},
		{"unknown field", `{"name":"t","colour":1}`, `unknown field "colour"`},
		{"trailing", valid + ` {}`, "data after the JSON document"},
		{"years", `{"first_year":2024,"last_year":2023}`, "last_year: 2023"},
		{"span", `{"first_year":1,"last_year":9000}`, "at most 200 years"},
		{"bases", `{"first_year":2024,"last_year":2024}`, "must cite their rule"},
		{"bad date", strings.Replace(valid, "2024-04-29", "2024-04-31", 1), "2024-04-31"},
		{"month", strings.Replace(valid, `"month":1`, `"month":13`, 1), "holidays[0].month: 13; accepted: 1–12"},
		{"day", strings.Replace(valid, `"days":[1]`, `"days":[32]`, 1), "holidays[0].days[0]: 32; accepted: 1–31"},
		{"feb 29", strings.Replace(valid, `"month":1,"days":[1]`, `"month":2,"days":[29]`, 1), "holidays[0].days[0]: 29; accepted: 1–28"},
		{"act year", strings.Replace(valid, `"year":2024`, `"year":2030`, 1), "acts[0].year: 2030 is outside"},
		{"citation", strings.Replace(valid, `"citation":"П"`, `"citation":""`, 1), "acts[0].citation: empty"},
		{"to weekend", strings.Replace(valid, "2024-04-29", "2024-04-28", 1), "acts[0].transfers[0].to: 2024-04-28 (Sunday) is already a weekend"},
		{"from workday", strings.Replace(valid, "2024-04-27", "2024-04-26", 1), "acts[0].transfers[0].from: 2024-04-26 (Friday) is a workday"},
		{"outside", strings.Replace(valid, "2024-04-27", "2025-04-26", 1), "outside the calendar's years"},
		{"missing", strings.Replace(valid, `"from":"2024-04-27",`, ``, 1), "acts[0].transfers[0].from: missing"},
	} {
		_, err := calendar.Load(strings.NewReader(tc.doc))
		require.Error(t, err, tc.name)
		assert.ErrorIs(t, err, calendar.ErrInvalidCalendar, tc.name)
		assert.Contains(t, err.Error(), tc.msg, tc.name)
	}
}

// TestRussiaConcurrent is for -race: the calendar is built once and read
// from many goroutines.
func TestRussiaConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := calendar.Russia()
			for x := d("2024-01-01"); x.Year() == 2024; x = x.AddDays(1) {
				_ = c.AddWorkdays(x, 10)
				_ = c.Day(x)
			}
		}()
	}
	wg.Wait()
}

func TestKindNames(t *testing.T) {
	assert.Equal(t, "working-weekend", calendar.WorkingWeekend.String())
	assert.Equal(t, "нерабочий праздничный день", calendar.Holiday.Text(law.Russian))
	assert.Equal(t, "unknown", calendar.Kind(200).String())
	assert.Equal(t, time.Saturday, d("2024-04-27").Weekday())
}

// TestRussiaCitationsStructured: every day of the embedded calendar cites
// its act as a structured law.Ref, renders in both languages and, where it
// has a name, has an English one too — except the years whose act is not
// known, which say so in both languages.
func TestRussiaCitationsStructured(t *testing.T) {
	c := calendar.Russia()
	texts := map[string]bool{}
	for y := c.First().Year(); y <= c.Last().Year(); y++ {
		for _, day := range c.Days(y) {
			require.False(t, day.Basis.IsZero(), day.Date)
			if day.Basis.Act.Kind == law.Text {
				texts[day.Basis.Act.Title] = true
				assert.NotEmpty(t, day.Basis.Act.TitleEN, day.Date)
			}
			assert.NotEmpty(t, day.Basis.Text(law.English), day.Date)
			if day.Name != "" {
				assert.NotEmpty(t, day.NameEN, "%s %q has no English name", day.Date, day.Name)
			}
		}
	}
	assert.Len(t, texts, 3, "only the acts of 1999, 2000 and 2010, whose numbers are unknown, are cited as text: %v", texts)
	day := c.Day(d("2024-05-10"))
	assert.Equal(t, "Постановление Правительства РФ от 10.08.2023 № 1314", day.Basis.Text(law.Russian))
	assert.Equal(t, "Decree of the Government of the Russian Federation of 10 August 2023 No. 1314", day.Basis.Text(law.English))
	assert.Equal(t, "day off moved from 6 January 2024", day.NameEN)
	assert.Equal(t, "New Year holidays", c.Day(d("2025-01-04")).NameText(law.English))
	assert.Equal(t, "Labour Code of the Russian Federation, Art. 112, Part 1 (as amended by Federal Law of 23 April 2012 No. 35-FZ)",
		c.Day(d("2025-01-04")).Basis.Text(law.English))
}

// TestZeroCalendar: a Calendar not built by Russia, New or Load covers
// nothing and answers like a day outside the range — no panic (review D9).
func TestZeroCalendar(t *testing.T) {
	var nilCal *calendar.Calendar
	for _, c := range []*calendar.Calendar{{}, nilCal} {
		day := d("2025-01-09")
		assert.False(t, c.Covers(day))
		assert.Equal(t, calendar.Unknown, c.Day(day).Kind)
		assert.False(t, c.IsWorkday(day))
		assert.False(t, c.IsHoliday(day))
		assert.True(t, c.NextWorkday(day).IsZero())
		assert.True(t, c.AddWorkdays(day, 3).IsZero())
		assert.True(t, c.AddDaysExceptHolidays(day, 3).IsZero())
		assert.Zero(t, c.Workdays(day, day.AddDays(30)))
		assert.Zero(t, c.DaysExceptHolidays(day, day.AddDays(30)))
		assert.Nil(t, c.Days(2025))
		assert.True(t, c.First().IsZero())
		assert.True(t, c.Last().IsZero())
		assert.Zero(t, c.OfficialThrough())
		assert.False(t, c.IsProvisional(day))
		assert.Empty(t, c.Name())
		assert.Same(t, c, c.CivilView())
		assert.Same(t, c, c.ProductionView())
		_, err := c.With(calendar.Act{Year: 2025, Citation: "x"})
		assert.ErrorIs(t, err, calendar.ErrInvalidCalendar)
	}
}

// TestLoadActs: a JSON array of acts is added to the federal calendar.
func TestLoadActs(t *testing.T) {
	c, err := calendar.Load(strings.NewReader(`[{"year": 2028, "citation": "Постановление Правительства РФ от 01.09.2027 № 1000", "yearly": true,
		"transfers": [{"from": "2028-01-01", "to": "2028-05-02"}]}]`))
	require.NoError(t, err)
	assert.Equal(t, 2028, c.OfficialThrough())
	assert.Equal(t, calendar.DayOff, c.Day(d("2028-05-02")).Kind)
	assert.Equal(t, "1000", c.Day(d("2028-05-02")).Basis.Act.Number)
	_, err = calendar.Load(strings.NewReader(`[{"year": 2028, "citation": "x", "transfers": [{"from": "2028-05-03", "to": "2028-05-02"}]}]`))
	assert.ErrorIs(t, err, calendar.ErrInvalidCalendar)
}
