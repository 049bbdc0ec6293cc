package deadline

import (
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// utilitiesFifteenth is the first billed month paid by the 15th: ЖК РФ
// ст. 155 ч. 1 in the wording of ФЗ от 24.06.2025 № 177-ФЗ, in force
// 01.03.2026; the bill for February 2026 was still due on 10 March.
var utilitiesFifteenth = calendar.NewDate(2026, time.March, 1)

// UtilitiesPayday returns the day by which the bill for housing and
// utilities for the month of period is to be paid, with its citation: the
// 10th of the next month (ЖК РФ ст. 155 ч. 1), the 15th for bills from
// March 2026 on (ред. ФЗ от 24.06.2025 № 177-ФЗ). A contract or a decision
// of the owners could set another day before 01.03.2026; pass that day to
// OnDate instead. The day is a calendar date; OnDate moves it off a
// non-working day (ГК РФ ст. 193).
func UtilitiesPayday(period calendar.Date) (calendar.Date, law.Ref) {
	if period.IsZero() {
		return calendar.Date{}, law.Ref{}
	}
	first := calendar.NewDate(period.Year(), period.Month(), 1)
	next := first.AddMonths(1)
	if first.Before(utilitiesFifteenth) {
		return next.AddDays(9), utilitiesTenth
	}
	return next.AddDays(14), utilitiesFifteenthRef
}

var (
	utilitiesTenth        = law.MustRef("ЖК РФ ст. 155 ч. 1")
	utilitiesFifteenthRef = law.MustRef("ЖК РФ ст. 155 ч. 1 (ред. ФЗ от 24.06.2025 № 177-ФЗ)")
)
