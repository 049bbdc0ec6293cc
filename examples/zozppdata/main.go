// Command zozppdata turns the official publications of the Bank of Russia
// key rate and of the Russian production calendar into the data files the
// library embeds: penalty/data/key-rate.csv (and refinancing-rate.csv) and
// calendar/data/russia.json. It validates what it reads, reports every
// difference from the data it updates, and writes only what it could check.
//
//	zozppdata rates    [-format auto|soap|html|refinancing] [-in FILE | -url URL] [-from DATE] [-to DATE]
//	                   [-max-gap N] [-o FILE] [-check] [-timeout 30s]
//	zozppdata calendar [-format auto|xmlcalendar|isdayoff|datagov] [-in FILE | -url URL] [-year YYYY]
//	                   [-cross-format F] [-cross-in FILE | -cross-url URL]
//	                   [-citation "Постановление Правительства РФ от … № …"] [-title T]
//	                   [-o FILE] [-full] [-check] [-timeout 30s]
//
// rates reads the DailyInfo KeyRate/KeyRateXML answer or the cbr.ru
// key-rate table (one row per business day: a new period starts on the
// first day whose rate differs), or the cbr.ru refinancing-rate table (one
// row per change). It checks for repeated days, implausible rates and
// business days missing from a daily series, and writes the CSV that
// penalty.LoadRates reads.
//
// calendar reads an xmlcalendar file, an isdayoff.ru year or the
// data.gov.ru production calendar, compares every day with the embedded
// calendar and, with -cross-*, with a second publication, and derives the
// year's transfer decree as a calendar.Act. No publication names the
// decree: -citation does. It writes a JSON list of acts, for
// Calendar.With (which adds acts: use it for a year the calendar has no
// decree for), or with -full the whole calendar.Definition, for
// calendar.Load, laid out like calendar/data/russia.json.
//
// Without -in or -url the command fetches the publication over HTTPS (the
// Bank of Russia DailyInfo service; xmlcalendar for a -year) with a
// timeout; offline, it says so and points to -in. With -o an existing file
// is updated in place: its rows, sources and header comments are kept and
// the publication's rows are merged in, so that a go:generate line
// refreshes an embedded file and the change is reviewed in a diff — never
// at build time. Without -o the result goes to standard output; the report
// of differences from the data being updated goes to standard error.
//
// With -check nothing is written: the publication is compared with the
// data embedded in this build, every difference is printed to standard
// output, and the exit status is 1 when there is one — a data check for
// CI. For rates a difference is a change of rate the two do not share (a
// series that merely runs past the embedded history's last verified day
// is a note); for the calendar, a day they disagree on, or a year the
// embedded data has no decree for.
//
// Exit status: 0 done (or no difference); 1 a difference under -check, or
// two publications that contradict each other; 2 bad usage, an unreadable
// or invalid publication, or a network error.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], newEnv(os.Stdout, os.Stderr))
	stop()
	os.Exit(code)
}
