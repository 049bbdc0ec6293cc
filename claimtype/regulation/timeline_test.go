package regulation_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype/regulation"
	"github.com/zozpp/zozpp/deadline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const samplePath = "../../examples/regulation/sample.json"

func sample(t testing.TB) *regulation.Regulation {
	t.Helper()
	f, err := os.Open(samplePath)
	require.NoError(t, err)
	defer f.Close()
	r, err := regulation.Load(f)
	require.NoError(t, err)
	return r
}

// withOffice returns the sample with another office: zone and region.
func withOffice(t testing.TB, zone, region string) *regulation.Regulation {
	t.Helper()
	spec := sample(t).Spec()
	spec.Office.TimeZone, spec.Office.Region = zone, region
	r, err := regulation.New(spec)
	require.NoError(t, err)
	return r
}

func at(t testing.TB, s string) time.Time {
	t.Helper()
	m, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return m
}

type want struct {
	code regulation.Code
	due  string // RFC 3339; "" when there is none
	left time.Duration
	note regulation.Code // a note the entry must carry
}

// TestTimelineGolden: the sample regulation's stages in the situations a CRM
// meets; each case says why the figures are what they are.
func TestTimelineGolden(t *testing.T) {
	for _, tc := range []struct {
		name      string
		reg       *regulation.Regulation
		complaint regulation.Complaint
		now       string
		opts      []regulation.Option
		want      map[string]want
		reasoning string
	}{
		{
			name: "written claim over the New Year holidays",
			reg:  sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-30T17:30:00+03:00"), Flags: []string{"written"},
				Done: map[string]time.Time{"classify": at(t, "2026-01-12T10:00:00+03:00")}},
			now: "2026-01-12T12:00:00+03:00",
			want: map[string]want{
				"inform_term":     {code: regulation.StageOverdue, due: "2026-01-12T09:30:00+03:00", left: -150 * time.Minute},
				"classify":        {code: regulation.StageDoneOnTime, due: "2026-01-12T18:00:00+03:00", left: 7 * time.Hour, note: regulation.EndsAtCloseOfBusiness},
				"internal_answer": {code: regulation.StageWaiting},
				"written_answer":  {code: regulation.StagePending, due: "2026-01-30T00:00:00+03:00", left: 109 * time.Hour, note: regulation.EndsAtMidnight},
				"retention":       {code: regulation.StageWaiting},
			},
			reasoning: "30.12.2025 17:30–18:00 is the only working time before 12.01.2026 (31.12 and 09.01 transferred days off, 1–8.01 holidays); " +
				"one working day after 30.12 is 12.01 (ГК РФ ст. 191), ending at 18:00 (ст. 194 п. 1); 30 days from 30.12 end on 29.01 at 24:00; " +
				"from 12.01 12:00 to then: 5 h on 12.01 and 13 days × 8 h",
		},
		{
			name:      "cross-border claim: 60 days, the last a Saturday",
			reg:       sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-30T17:30:00+03:00"), Flags: []string{"written", "cross_border"}},
			now:       "2026-02-27T12:00:00+03:00",
			want: map[string]want{
				"written_answer": {code: regulation.StageAtRisk, due: "2026-03-03T00:00:00+03:00", left: 13 * time.Hour, note: regulation.DueMovedToWorkday},
			},
			reasoning: "60 days from 30.12.2025 end on Saturday 28.02.2026, moved to Monday 02.03 (ГК РФ ст. 193), until 24:00; " +
				"left on Friday 27.02 12:00: 12:00–13:00 and 14:00–18:00 (5 h) and Monday 02.03 (8 h) is 13 h, within the stage's 16 h margin",
		},
		{
			name:      "general request settled in 3 working days: at risk",
			reg:       sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-30T17:30:00+03:00")},
			now:       "2026-01-14T16:30:00+03:00",
			want: map[string]want{
				"settle_request": {code: regulation.StageAtRisk, due: "2026-01-14T18:00:00+03:00", left: 90 * time.Minute},
			},
			reasoning: "working days after 30.12.2025: 12, 13, 14.01.2026; 1 h 30 min left is within the 2 h margin",
		},
		{
			name:      "the same with a 1-hour margin: pending",
			reg:       sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-30T17:30:00+03:00")},
			now:       "2026-01-14T16:30:00+03:00",
			opts:      []regulation.Option{regulation.AtRisk(time.Hour)},
			want: map[string]want{
				"settle_request": {code: regulation.StagePending, left: 90 * time.Minute},
			},
			reasoning: "AtRisk(1h) replaces the regulation's 2 h default",
		},
		{
			name: "general request settled late: new term to agree",
			reg:  sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-30T17:30:00+03:00"),
				Done: map[string]time.Time{"settle_request": at(t, "2026-01-15T10:00:00+03:00")}},
			now: "2026-01-16T09:00:00+03:00",
			want: map[string]want{
				"settle_request": {code: regulation.StageDoneLate, due: "2026-01-14T18:00:00+03:00", left: -time.Hour},
			},
			reasoning: "done an hour of working time after 14.01 18:00: the escalation applies",
		},
		{
			name: "internal request answered by the next working day",
			reg:  sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-30T17:30:00+03:00"),
				Done: map[string]time.Time{"internal_request": at(t, "2026-01-12T15:00:00+03:00")}},
			now: "2026-01-13T09:00:00+03:00",
			want: map[string]want{
				"internal_answer": {code: regulation.StagePending, due: "2026-01-13T18:00:00+03:00", left: 8 * time.Hour},
			},
			reasoning: "1 working day after 12.01 is 13.01, ending at 18:00",
		},
		{
			name:      "received after hours: counted from the opening",
			reg:       sample(t),
			complaint: regulation.Complaint{Received: at(t, "2025-12-29T20:00:00+03:00")},
			now:       "2025-12-30T09:10:00+03:00",
			want: map[string]want{
				"inform_term": {code: regulation.StagePending, due: "2025-12-30T10:00:00+03:00", left: 50 * time.Minute, note: regulation.CountedFromOpening},
			},
			reasoning: "20:00 is after closing; the hour runs 09:00–10:00 next morning; 50 min left is more than the stage's 15 min margin",
		},
		{
			name:      "Tatarstan: a regional holiday and a shortened day",
			reg:       withOffice(t, "Europe/Moscow", "RU-TA"),
			complaint: regulation.Complaint{Received: at(t, "2025-06-05T16:30:00+03:00")},
			now:       "2025-06-05T16:40:00+03:00",
			want: map[string]want{
				"inform_term": {code: regulation.StagePending, due: "2025-06-09T09:30:00+03:00", left: 50 * time.Minute, note: regulation.RegionalHoliday},
				"classify":    {code: regulation.StagePending, due: "2025-06-09T18:00:00+03:00", note: regulation.RegionalHoliday},
			},
			reasoning: "05.06.2025 closes at 17:00 in Tatarstan (ТК РФ ст. 95 ч. 1 before Курбан-байрам 06.06); 30 min that day, 30 min on Monday 09.06; " +
				"the first working day after 05.06 is 09.06, not 06.06",
		},
		{
			name:      "Bashkortostan in Ufa time: a moved day off",
			reg:       withOffice(t, "Asia/Yekaterinburg", "RU-BA"),
			complaint: regulation.Complaint{Received: at(t, "2025-10-10T16:00:00+05:00")},
			now:       "2025-10-10T16:05:00+05:00",
			want: map[string]want{
				"inform_term":    {code: regulation.StagePending, due: "2025-10-10T17:00:00+05:00", note: regulation.ShortenedDay},
				"classify":       {code: regulation.StagePending, due: "2025-10-14T18:00:00+05:00", note: regulation.RegionalHoliday},
				"settle_request": {code: regulation.StagePending, due: "2025-10-16T18:00:00+05:00"},
			},
			reasoning: "10.10.2025 closes at 17:00 (before the 11.10 holiday); 13.10 is the day off moved from 11.10 (Закон РБ № ВС-10/21); " +
				"working days after 10.10: 14, 15, 16.10",
		},
		{
			name: "retention runs five years, to a provisional year",
			reg:  sample(t),
			complaint: regulation.Complaint{Received: at(t, "2026-01-12T10:00:00+03:00"),
				Done: map[string]time.Time{"closed": at(t, "2026-02-10T12:00:00+03:00")}},
			now: "2026-03-01T12:00:00+03:00",
			want: map[string]want{
				"retention": {code: regulation.RetentionRunning, due: "2031-02-11T00:00:00+03:00", note: regulation.CalendarProvisional},
			},
			reasoning: "5 years from 10.02.2026 end on 10.02.2031 (ГК РФ ст. 192 п. 1; no_shift), a year without a decree in the data",
		},
		{
			name: "records disposed of early",
			reg:  sample(t),
			complaint: regulation.Complaint{Received: at(t, "2026-01-12T10:00:00+03:00"),
				Done: map[string]time.Time{"closed": at(t, "2026-02-10T12:00:00+03:00"), "retention": at(t, "2027-01-01T12:00:00+03:00")}},
			now: "2027-01-02T12:00:00+03:00",
			want: map[string]want{
				"retention": {code: regulation.RetentionDisposedEarly},
			},
			reasoning: "disposed of before 10.02.2031",
		},
		{
			name: "regional calendar ends with its data: retention not computable",
			reg:  withOffice(t, "Europe/Moscow", "RU-TA"),
			complaint: regulation.Complaint{Received: at(t, "2026-01-12T10:00:00+03:00"),
				Done: map[string]time.Time{"closed": at(t, "2026-02-10T12:00:00+03:00")}},
			now: "2026-03-01T12:00:00+03:00",
			want: map[string]want{
				"retention": {code: regulation.StageNotComputable, note: regulation.CalendarOutOfRange},
			},
			reasoning: "Tatarstan's data covers 2024–2026; nothing is guessed for 2031",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl, err := tc.reg.Timeline(tc.complaint, at(t, tc.now), tc.opts...)
			require.NoError(t, err)
			for stage, w := range tc.want {
				e, ok := tl.Entry(stage)
				require.True(t, ok, "%s is on the timeline", stage)
				assert.Equal(t, w.code, e.Code, "%s: %s", stage, tc.reasoning)
				if w.due != "" {
					assert.True(t, at(t, w.due).Equal(e.Due), "%s due %s, want %s: %s", stage, e.Due, w.due, tc.reasoning)
					assert.Equal(t, tl.Location, e.Due.Location(), "%s: in the office's zone", stage)
				}
				if w.left != 0 {
					assert.True(t, e.LeftKnown, stage)
					assert.Equal(t, w.left, e.Left, "%s: %s", stage, tc.reasoning)
				}
				if w.note != "" {
					assert.True(t, hasNote(e, w.note), "%s carries %s: %v", stage, w.note, e.Notes)
				}
				if e.Missed() && stage != "retention" {
					require.NotNil(t, e.Escalation, "%s: a missed stage escalates", stage)
					assert.NotEmpty(t, e.Escalation.Action)
				} else if !e.Missed() {
					assert.Nil(t, e.Escalation, "%s: no escalation while on track", stage)
				}
			}
		})
	}
}

func hasNote(e regulation.Entry, code regulation.Code) bool {
	for _, n := range e.Notes {
		if n.Code == code {
			return true
		}
	}
	return false
}

// TestTimelineStages: which stages apply follows the flags.
func TestTimelineStages(t *testing.T) {
	r := sample(t)
	received := at(t, "2025-12-30T17:30:00+03:00")
	stages := func(flags ...string) []string {
		tl, err := r.Timeline(regulation.Complaint{Received: received, Flags: flags}, received)
		require.NoError(t, err)
		var ids []string
		for _, e := range tl.Entries {
			ids = append(ids, e.Stage)
		}
		return ids
	}
	assert.Equal(t, []string{"inform_term", "classify", "internal_answer", "settle_request", "retention"}, stages())
	assert.Equal(t, []string{"inform_term", "classify", "internal_answer", "written_answer", "retention"}, stages("written"))
	tl, err := r.Timeline(regulation.Complaint{Received: received, Flags: []string{"written", "cross_border"}}, received)
	require.NoError(t, err)
	e, _ := tl.Entry("written_answer")
	assert.Equal(t, "cross_border", e.Variant)
	assert.Equal(t, regulation.Term{N: 60, Unit: regulation.CalendarDays}, e.Term)
	require.Len(t, tl.Flags, 2)
	assert.Equal(t, "written", tl.Flags[0].ID, "in the regulation's order")
	assert.Equal(t, "cross_border", tl.Flags[1].ID)
	assert.Equal(t, "claim about a cross-border transfer", tl.Flags[1].Title.EN)
}

// TestTimelineStatutory: a stage that would end after the statutory term
// is flagged, the statutory term is on the timeline.
func TestTimelineStatutory(t *testing.T) {
	received := at(t, "2025-12-30T17:30:00+03:00")
	// ЗоЗПП ст. 22: 10 days from the claim; 09.01.2026 is a day off, so the
	// term ends on 12.01.2026 (ГК РФ ст. 193).
	due, err := deadline.Due(calendar.DateOf(received), deadline.Days(10))
	require.NoError(t, err)
	require.Equal(t, calendar.NewDate(2026, 1, 12), due)
	refund := regulation.Statutory{
		ID: "goods.refund", Title: regulation.Text{RU: "возврат уплаченной за товар суммы", EN: "refund of the price of goods"},
		Due: due, Refs: []law.Ref{law.MustRef("Закон РФ от 07.02.1992 № 2300-1, ст. 22")},
	}
	tl, err := sample(t).Timeline(regulation.Complaint{Received: received, Flags: []string{"written"}}, at(t, "2026-01-12T12:00:00+03:00"),
		regulation.CompareWith(refund))
	require.NoError(t, err)
	require.Len(t, tl.Statutory, 1)
	assert.Equal(t, regulation.StatutoryPending, tl.Statutory[0].Code)
	assert.True(t, at(t, "2026-01-13T00:00:00+03:00").Equal(tl.Statutory[0].Expires), "24:00 of the due day (ГК РФ ст. 194 п. 1)")
	answer, _ := tl.Entry("written_answer")
	assert.True(t, hasNote(answer, regulation.AfterStatutoryDue), "30 days exceed the 10 the law gives")
	classify, _ := tl.Entry("classify")
	assert.False(t, hasNote(classify, regulation.AfterStatutoryDue), "12.01 18:00 is within the statutory term")
	assert.Contains(t, answer.Text(law.Russian), "действует срок закона")
	assert.Contains(t, tl.Text(law.English), "Statutory term: refund of the price of goods — until 24:00 of 12 January 2026; not expired")

	tl, err = sample(t).Timeline(regulation.Complaint{Received: received}, at(t, "2026-01-13T00:00:00+03:00"), regulation.CompareWith(refund))
	require.NoError(t, err)
	assert.Equal(t, regulation.StatutoryExpired, tl.Statutory[0].Code)
}

// TestTimelineErrors: a complaint the timeline cannot read is an error
// saying what was given.
func TestTimelineErrors(t *testing.T) {
	r := sample(t)
	received := at(t, "2025-12-30T17:30:00+03:00")
	for _, tc := range []struct {
		name string
		c    regulation.Complaint
		now  time.Time
		opts []regulation.Option
		want string
		is   error
	}{
		{"no receipt", regulation.Complaint{}, received, nil, "received: missing", regulation.ErrInvalidComplaint},
		{"no now", regulation.Complaint{Received: received}, time.Time{}, nil, "now: missing", regulation.ErrInvalidComplaint},
		{"unknown flag", regulation.Complaint{Received: received, Flags: []string{"urgent"}}, received, nil, `flag "urgent" is not declared`, regulation.ErrInvalidComplaint},
		{"unknown stage", regulation.Complaint{Received: received, Done: map[string]time.Time{"answer": received}}, received, nil, `done["answer"]: not a stage or event`, regulation.ErrInvalidComplaint},
		{"receipt as done", regulation.Complaint{Received: received, Done: map[string]time.Time{"received": received}}, received, nil, "give the receipt moment as Received", regulation.ErrInvalidComplaint},
		{"zero done", regulation.Complaint{Received: received, Done: map[string]time.Time{"classify": {}}}, received, nil, "a zero moment", regulation.ErrInvalidComplaint},
		{"done before receipt", regulation.Complaint{Received: received, Done: map[string]time.Time{"classify": received.Add(-time.Minute)}}, received, nil, "before the complaint was received", regulation.ErrInvalidComplaint},
		{"receipt outside the calendar", regulation.Complaint{Received: at(t, "2040-01-01T10:00:00+03:00")}, received, nil, "2032-12-31", calendar.ErrNotCovered},
		{"negative margin", regulation.Complaint{Received: received}, received, []regulation.Option{regulation.AtRisk(-time.Hour)}, "at-risk margin", regulation.ErrInvalidComplaint},
	} {
		_, err := r.Timeline(tc.c, tc.now, tc.opts...)
		require.ErrorIs(t, err, tc.is, tc.name)
		assert.Contains(t, err.Error(), tc.want, tc.name)
	}
	var nilReg *regulation.Regulation
	_, err := nilReg.Timeline(regulation.Complaint{Received: received}, received)
	require.ErrorIs(t, err, regulation.ErrInvalid)
}

// TestTimelineGoldenFiles: the sample's full timeline, as text in both
// languages and as JSON, against testdata (go test -update rewrites them).
func TestTimelineGoldenFiles(t *testing.T) {
	tl, err := sample(t).Timeline(regulation.Complaint{
		Received: at(t, "2025-12-30T17:30:00+03:00"),
		Flags:    []string{"written", "cross_border"},
		Done:     map[string]time.Time{"classify": at(t, "2026-01-12T10:00:00+03:00"), "internal_request": at(t, "2026-01-12T11:00:00+03:00")},
	}, at(t, "2026-01-13T17:00:00+03:00"))
	require.NoError(t, err)
	ru, en := tl.Text(law.Russian), tl.Text(law.English)
	js, err := tl.JSON(law.Russian)
	require.NoError(t, err)
	var pretty map[string]any
	require.NoError(t, json.Unmarshal(js, &pretty))
	js, err = json.MarshalIndent(pretty, "", "  ")
	require.NoError(t, err)
	for name, got := range map[string]string{"sample.ru.txt": ru, "sample.en.txt": en, "sample.json": string(js) + "\n"} {
		path := filepath.Join("testdata", name)
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
			continue
		}
		wantBytes, err := os.ReadFile(path)
		require.NoError(t, err, "run go test -update to create %s", path)
		assert.Equal(t, string(wantBytes), got, path)
	}
	plain, err := json.Marshal(tl)
	require.NoError(t, err)
	assert.NotContains(t, string(plain), `"text"`, "MarshalJSON carries codes and facts, no text")
	assert.Contains(t, string(plain), `"code":"stage_overdue"`)
}

// TestTimelineTextHasEveryCode: every stage code renders a sentence of its
// own, in both languages.
func TestTimelineTextHasEveryCode(t *testing.T) {
	for _, code := range []regulation.Code{
		regulation.StageWaiting, regulation.StagePending, regulation.StageAtRisk, regulation.StageOverdue,
		regulation.StageDoneOnTime, regulation.StageDoneLate, regulation.StageNotComputable,
		regulation.RetentionRunning, regulation.RetentionEnded, regulation.RetentionDisposed, regulation.RetentionDisposedEarly,
	} {
		e := regulation.Entry{Stage: "x", Title: regulation.Text{RU: "Этап"}, Code: code, Term: regulation.Term{N: 1, Unit: regulation.Hours}}
		for _, lang := range []law.Lang{law.Russian, law.English} {
			text := e.Text(lang)
			assert.NotContains(t, text, string(code), "%s has a sentence in %s", code, lang)
		}
	}
	for _, code := range []regulation.Code{
		regulation.TermFromNextDay, regulation.CountedFromOpening, regulation.DueMovedToWorkday, regulation.EndsAtCloseOfBusiness,
		regulation.EndsAtMidnight, regulation.ShortenedDay, regulation.RegionalHoliday, regulation.CalendarProvisional,
		regulation.CalendarOutOfRange, regulation.AfterStatutoryDue, regulation.SampleRegulation, regulation.DaysOffSkipped,
	} {
		n := regulation.Note{Code: code, Date: calendar.NewDate(2026, 1, 12)}
		for _, lang := range []law.Lang{law.Russian, law.English} {
			assert.NotContains(t, n.Text(lang), string(code), "%s has a sentence in %s", code, lang)
		}
	}
	assert.True(t, strings.HasPrefix(regulation.Term{N: 3, Unit: regulation.WorkingDays}.Text(law.Russian), "3 рабочих дня"))
	assert.Equal(t, "21 working hours", regulation.Term{N: 21, Unit: regulation.WorkingHours}.Text(law.English))
	assert.Equal(t, "5 лет", regulation.Term{N: 5, Unit: regulation.Years}.Text(law.Russian))
	assert.Equal(t, "1 рабочий час", regulation.Term{N: 1, Unit: regulation.WorkingHours}.Text(law.Russian))
}

// TestTimelineRegionCode: the office's region is reported by its ISO code,
// however the regulation spells it.
func TestTimelineRegionCode(t *testing.T) {
	r := withOffice(t, "Europe/Moscow", "ta")
	tl, err := r.Timeline(regulation.Complaint{Received: at(t, "2025-06-05T16:30:00+03:00")}, at(t, "2025-06-05T16:30:00+03:00"))
	require.NoError(t, err)
	assert.Equal(t, "RU-TA", tl.Region)
	assert.Contains(t, tl.Text(law.Russian), "регион RU-TA")
	e, _ := tl.Entry("inform_term")
	var holiday regulation.Note
	for _, n := range e.Notes {
		if n.Code == regulation.RegionalHoliday {
			holiday = n
		}
	}
	assert.Equal(t, calendar.NewDate(2025, 6, 6), holiday.Date)
	assert.Equal(t, "Курбан-байрам", holiday.Name.RU)
	assert.Contains(t, holiday.Text(law.Russian), "Указ Раиса Республики Татарстан", "the regional act is cited")
}
