package regulation_test

import (
	"fmt"
	"os"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype/regulation"
	"github.com/zozpp/zozpp/deadline"
)

// A written claim received on 30 December 2025 at 17:30, classified on
// 12 January: where does each stage of the sample regulation stand at noon
// that day?
func Example() {
	f, err := os.Open("../../examples/regulation/sample.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	reg, err := regulation.Load(f)
	if err != nil {
		panic(err)
	}
	msk := reg.Schedule().Location()
	tl, err := reg.Timeline(regulation.Complaint{
		Received: time.Date(2025, 12, 30, 17, 30, 0, 0, msk),
		Flags:    []string{"written"},
		Done:     map[string]time.Time{"classify": time.Date(2026, 1, 12, 10, 0, 0, 0, msk)},
	}, time.Date(2026, 1, 12, 12, 0, 0, 0, msk))
	if err != nil {
		panic(err)
	}
	for _, e := range tl.Entries {
		due := "—"
		if !e.Due.IsZero() {
			due = e.Due.Format("02.01.2006 15:04")
		}
		fmt.Printf("%-16s %-19s %s\n", e.Stage, e.Code, due)
	}
	for _, e := range tl.Escalations() {
		fmt.Println("escalate:", e.Stage, e.Escalation.Action)
	}
	// Output:
	// inform_term      stage_overdue       12.01.2026 09:30
	// classify         stage_done_on_time  12.01.2026 18:00
	// internal_answer  stage_waiting       —
	// written_answer   stage_pending       30.01.2026 00:00
	// retention        stage_waiting       —
	// escalate: inform_term inform_client
}

// Errors name the field that is wrong.
func ExampleParse() {
	_, err := regulation.Parse([]byte(`{"id": "r", "title": {"ru": "Регламент"},
		"office": {"hours": {"weekdays": "09:00-18:00"}},
		"stages": [{"id": "answer", "title": {"ru": "Ответ"}, "from": "received", "term": {"n": 10, "unit": "fortnights"}}]}`))
	fmt.Println(err)
	// Output: regulation: invalid regulation: stages[0].term.unit: "fortnights": accepted are minutes, hours, working_minutes, working_hours, working_days, calendar_days, months, years
}

// A regulation cannot extend a statutory term: the refund of ЗоЗПП ст. 22
// is due in 10 days, so the sample's 30-day answer is flagged.
func ExampleCompareWith() {
	f, _ := os.Open("../../examples/regulation/sample.json")
	defer f.Close()
	reg, _ := regulation.Load(f)
	received := time.Date(2025, 12, 30, 17, 30, 0, 0, reg.Schedule().Location())
	due, _ := deadline.Due(calendar.DateOf(received), deadline.Days(10))
	tl, _ := reg.Timeline(regulation.Complaint{Received: received, Flags: []string{"written"}}, received,
		regulation.CompareWith(regulation.Statutory{
			ID: "goods.refund", Title: regulation.Text{RU: "возврат денег за товар", EN: "refund for goods"}, Due: due,
			Refs: []law.Ref{law.MustRef("Закон РФ от 07.02.1992 № 2300-1, ст. 22")},
		}))
	answer, _ := tl.Entry("written_answer")
	for _, n := range answer.Notes {
		if n.Code == regulation.AfterStatutoryDue {
			fmt.Println(n.Text(law.English))
		}
	}
	// Output: the stage ends after the statutory term (“refund for goods”, last day 12 January 2026): the statutory term prevails [Law of the Russian Federation of 7 February 1992 No. 2300-1 “On Protection of Consumer Rights”, Art. 22]
}
