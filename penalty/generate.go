package penalty

// The embedded key-rate history is refreshed after each decision of the
// Bank of Russia's board: run go generate here and review the diff of
// data/key-rate.csv before committing (never at build time). The command
// fetches the Bank's DailyInfo service from the last change on, checks that
// no business day is missing and that the series agrees with the history
// it overlaps, and moves the final "none" row to the day after the last
// day it could verify; see examples/zozppdata. Between releases a service
// loads a newer file with LoadRates instead.
//
//go:generate go run ../examples/zozppdata rates -o data/key-rate.csv
