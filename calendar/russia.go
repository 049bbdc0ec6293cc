package calendar

import (
	_ "embed"
	"sync"
)

//go:embed data/russia.json
var russiaJSON []byte

// russia is built on first use; a failure is a defect of the embedded data,
// which TestRussiaLoads guards.
var russia = sync.OnceValue(func() *Calendar {
	c, err := loadDefinition(russiaJSON)
	if err != nil {
		panic("calendar: embedded data/russia.json: " + err.Error())
	}
	return c
})

// Russia returns the federal production calendar of the Russian Federation,
// 1999 through the last year of the embedded data, derived from the
// statutory holiday list (КЗоТ РСФСР ст. 65; ТК РФ ст. 112 in each of its
// wordings), the weekend shift of ТК РФ ст. 112 ч. 2, every Government
// transfer decree and the Presidential decrees on non-working days of
// 2020–2021. Years after OfficialThrough are Provisional: derived from the
// statute alone, without the yearly decree that will move the January
// weekend days.
//
// It is built once, on first use, and shared: it is immutable and safe for
// concurrent use. Regional calendars and newer decrees: see With.
func Russia() *Calendar { return russia() }
