package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// Rate publication formats.
const (
	formatSOAP        = "soap"        // DailyInfo KeyRate / KeyRateXML answer
	formatKeyRateHTML = "html"        // cbr.ru key-rate history table
	formatRefinancing = "refinancing" // cbr.ru refinancing-rate history table
)

// moscow is the zone whose date is "today" for the Bank of Russia.
var moscow = time.FixedZone("MSK", 3*60*60)

// ratesFlags are the flags of the rates command.
type ratesFlags struct {
	format, in, url, from, to, out string
	maxGap                         int
	check                          bool
	timeout                        time.Duration
}

// runRates is the rates command: read a Bank of Russia publication of the
// key rate (or of the refinancing rate), validate it, report how it differs
// from the embedded history, and write the merged history.
func runRates(ctx context.Context, args []string, e env) error {
	var f ratesFlags
	fs := flag.NewFlagSet("rates", flag.ContinueOnError)
	fs.StringVar(&f.format, "format", "auto", "publication: soap (DailyInfo KeyRate/KeyRateXML answer), html (cbr.ru key-rate table), refinancing (cbr.ru refinancing-rate table); auto tells them apart by content and fetches soap")
	fs.StringVar(&f.in, "in", "", "read the publication from this saved file (offline)")
	fs.StringVar(&f.url, "url", "", "fetch the publication from this URL (for soap, the service endpoint the request is POSTed to)")
	fs.StringVar(&f.from, "from", "", "first day to fetch (default: the last change in the history, so that the series overlaps it); refinancing: leave out periods that start earlier")
	fs.StringVar(&f.to, "to", "", "last day to fetch (default: today in Moscow)")
	fs.IntVar(&f.maxGap, "max-gap", 3, "daily series: the most business days that may be missing between two rows; -1 skips the check")
	fs.StringVar(&f.out, "o", "", "write the merged CSV to this file, updating it in place when it exists (default: standard output)")
	fs.BoolVar(&f.check, "check", false, "only compare with the embedded history: print every difference and exit 1 if there is one")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "network timeout")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	switch f.format {
	case "auto", formatSOAP, formatKeyRateHTML, formatRefinancing:
	default:
		return usagef("rates: -format %q: accepted are auto, soap, html, refinancing", f.format)
	}
	if f.in != "" && f.url != "" {
		return usagef("rates: -in and -url both given: accepted is one source")
	}
	// A saved file settles the format first; a fetch without -format asks
	// the DailyInfo service.
	var data []byte
	format := f.format
	if f.in != "" {
		var err error
		if data, err = readFile(f.in); err != nil {
			return err
		}
		if format == "auto" {
			if format, err = detectRatesFormat(data); err != nil {
				return fmt.Errorf("%s: %w", f.in, err)
			}
		}
	} else if format == "auto" {
		format = formatSOAP
	}
	kind := kindKey
	if format == formatRefinancing {
		kind = kindRefinancing
	}
	base, against, err := rateBase(f, kind)
	if err != nil {
		return err
	}
	from, to, err := rateWindow(f, format, base.rates, e)
	if err != nil {
		return err
	}
	if data == nil {
		if data, err = fetchRatePublication(ctx, f, format, from, to, e); err != nil {
			return err
		}
	}
	obs, notes, err := parseRatePublication(data, format, f.maxGap, from)
	if err != nil {
		return fmt.Errorf("%s: %w", sourceName(f), err)
	}
	diffs, diffNotes := diffRates(base.rates, obs)
	notes = append(notes, diffNotes...)
	if f.check {
		printRateReport(e.stdout, against, diffs, notes)
		if len(diffs) > 0 {
			return errDifference
		}
		return nil
	}
	printRateReport(e.stderr, against, diffs, notes)
	return writeRates(f.out, base, obs, e)
}

// rateBase returns the history to update and how to name it in the
// report: the file given with -o when it exists (not under -check), else
// the history embedded in the library.
func rateBase(f ratesFlags, kind string) (rateFile, string, error) {
	if !f.check {
		existing, err := readExisting(f.out)
		if err != nil {
			return rateFile{}, "", err
		}
		if existing != nil {
			base, err := parseRateFile(existing, f.out, kind)
			return base, f.out, err
		}
	}
	embedded, err := embeddedHistory(kind)
	if err != nil {
		return rateFile{}, "", fmt.Errorf("the embedded %s-rate history: %w", kind, err)
	}
	return rateFile{header: defaultRateHeader(kind), rates: embedded}, "the embedded " + kind + "-rate history", nil
}

// writeRates merges the publication into base and writes the file, after
// checking that the library reads it back.
func writeRates(path string, base rateFile, obs observedRates, e env) error {
	merged, err := mergeRates(base.rates, obs)
	if err != nil {
		return err
	}
	out, err := rateFile{header: base.header, rates: merged, kept: base.kept}.bytes()
	if err != nil {
		return err
	}
	if _, err := parseRateFile(out, "the output", obs.Kind); err != nil {
		return fmt.Errorf("the merged file does not load back: %w", err)
	}
	if err := writeOutput(path, out, e); err != nil {
		return err
	}
	if path != "" {
		fmt.Fprintf(e.stderr, "wrote %d periods to %s (known through %s)\n", len(merged), path, merged.knownThrough())
	}
	return nil
}

// rateWindow returns the days to ask the publication for.
func rateWindow(f ratesFlags, format string, base rateHistory, e env) (from, to calendar.Date, err error) {
	if f.from != "" {
		if from, err = calendar.ParseDate(f.from); err != nil {
			return from, to, usagef("rates: -from %q: accepted is YYYY-MM-DD or DD.MM.YYYY", f.from)
		}
	} else if format != formatRefinancing {
		from = base.lastChange()
	}
	to = calendar.DateOf(e.now().In(moscow))
	if f.to != "" {
		if to, err = calendar.ParseDate(f.to); err != nil {
			return from, to, usagef("rates: -to %q: accepted is YYYY-MM-DD or DD.MM.YYYY", f.to)
		}
	}
	switch {
	case from.IsZero() && format != formatRefinancing:
		return from, to, usagef("rates: -from is required: the history has no rate to start from")
	case !from.IsZero() && to.Before(from):
		return from, to, usagef("rates: -to %s is before -from %s", to, from)
	}
	return from, to, nil
}

// fetchRatePublication fetches the publication: the -url given, or the
// Bank of Russia's own address for the format.
func fetchRatePublication(ctx context.Context, f ratesFlags, format string, from, to calendar.Date, e env) ([]byte, error) {
	switch format {
	case formatKeyRateHTML:
		u := f.url
		if u == "" {
			u = keyRatePage(from, to)
		}
		return get(ctx, e, u, f.timeout)
	case formatRefinancing:
		u := f.url
		if u == "" {
			u = refinancingPageURL
		}
		return get(ctx, e, u, f.timeout)
	}
	endpoint := f.url
	if endpoint == "" {
		endpoint = dailyInfoEndpoint
	}
	return fetchKeyRateSOAP(ctx, e, endpoint, from, to, f.timeout)
}

// detectRatesFormat tells the publications apart by their content.
func detectRatesFormat(data []byte) (string, error) {
	if bytes.Contains(data, []byte("<KR>")) || bytes.Contains(data, []byte("<KR ")) {
		return formatSOAP, nil
	}
	tables := htmlTables(data)
	if _, ok := tableAfterHeader(tables, isKeyRateHeader); ok {
		return formatKeyRateHTML, nil
	}
	if _, ok := tableAfterHeader(tables, func(c []string) bool { _, ok := refinancingHeader(c); return ok }); ok {
		return formatRefinancing, nil
	}
	return "", errors.New("cannot tell the format: no KR rows (DailyInfo answer) and no Дата/Ставка or refinancing table; pass -format")
}

// parseRatePublication parses and validates a publication; from, when
// set, leaves out the refinancing periods that start earlier.
func parseRatePublication(data []byte, format string, maxGap int, from calendar.Date) (observedRates, []string, error) {
	switch format {
	case formatSOAP:
		rows, err := parseKeyRateSOAP(data)
		if err != nil {
			return observedRates{}, nil, err
		}
		obs, err := fromDailySeries(rows, kindKey, dailyInfoSource, maxGap, calendar.Russia())
		return obs, nil, err
	case formatKeyRateHTML:
		rows, err := parseKeyRateHTML(data)
		if err != nil {
			return observedRates{}, nil, err
		}
		obs, err := fromDailySeries(rows, kindKey, keyRatePageSrc, maxGap, calendar.Russia())
		return obs, nil, err
	}
	rows, err := parseRefinancingHTML(data)
	if err != nil {
		return observedRates{}, nil, err
	}
	return fromPeriodTable(rows, kindRefinancing, from)
}

func sourceName(f ratesFlags) string {
	switch {
	case f.in != "":
		return f.in
	case f.url != "":
		return f.url
	}
	return "the publication"
}
