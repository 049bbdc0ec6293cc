package main

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// disagreement is a day on which two sources say different things.
type disagreement struct {
	Date calendar.Date
	A, B dayStatus
}

// crossCheck returns every day of the year on which a and b disagree, in
// date order. A special non-working day (2020–2021) and an ordinary day
// off count as the same when one source cannot tell them apart.
func crossCheck(a, b *publishedYear) []disagreement {
	var out []disagreement
	for i, sa := range a.Days {
		d := a.date(i)
		if sb := b.status(d); !sameStatus(sa, sb, a.NonWorkingAsOff || b.NonWorkingAsOff) {
			out = append(out, disagreement{Date: d, A: sa, B: sb})
		}
	}
	return out
}

// sameStatus compares two statuses; nonWorkingAsOff lets a special
// non-working day match a day off.
func sameStatus(a, b dayStatus, nonWorkingAsOff bool) bool {
	if a == b {
		return true
	}
	return nonWorkingAsOff && (a == statusNonWorking && b == statusOff || a == statusOff && b == statusNonWorking)
}

// printDisagreements writes a report of the days on which a and b differ:
// date, weekday, what each source says.
func printDisagreements(w io.Writer, a, b *publishedYear, list []disagreement) {
	if len(list) == 0 {
		fmt.Fprintf(w, "%d: %s and %s agree on every day\n", a.Year, a.Source, b.Source)
		return
	}
	fmt.Fprintf(w, "%d: %s and %s disagree on %d day(s):\n", a.Year, a.Source, b.Source, len(list))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  date\tweekday\t%s\t%s\n", a.Source, b.Source)
	for _, d := range list {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", d.Date, russianWeekday(d.Date.Weekday()), d.A, d.B)
	}
	tw.Flush()
}

var russianWeekdays = [...]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"}

// russianWeekday names a weekday as the reports do: "понедельник".
func russianWeekday(wd time.Weekday) string { return russianWeekdays[wd%7] }
