package calendar

// The embedded calendar is refreshed from the published production
// calendars each autumn, when the Government publishes next year's transfer
// decree: set the year, the decree's citation and title, run go generate,
// and review the diff of data/russia.json before committing (never at build
// time). The command cross-checks two sources and reports every day they
// disagree on; see examples/zozppdata.
//
//go:generate go run ../examples/zozppdata calendar -year 2027 -citation "Постановление Правительства РФ от 17.09.2026 № 1187" -title "О переносе выходных дней в 2027 году" -cross-format isdayoff -cross-url "https://isdayoff.ru/api/getdata?year=2027&cc=ru&pre=1" -full -o data/russia.json
