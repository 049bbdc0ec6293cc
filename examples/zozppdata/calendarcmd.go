package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/zozpp/zozpp/calendar"
)

// Calendar publication formats.
const (
	formatXMLCalendar = "xmlcalendar"
	formatIsDayOff    = "isdayoff"
	formatDataGov     = "datagov"
)

// calendarFlags are the flags of the calendar command.
type calendarFlags struct {
	format, in, url                string
	crossFormat, crossIn, crossURL string
	citation, title, out           string
	year                           int
	full, check                    bool
	timeout                        time.Duration
}

// runCalendar is the calendar command: read a published production
// calendar, compare it day by day with the embedded calendar and with a
// second publication, and write the year's transfer decree as JSON.
func runCalendar(ctx context.Context, args []string, e env) error {
	var f calendarFlags
	fs := flag.NewFlagSet("calendar", flag.ContinueOnError)
	fs.StringVar(&f.format, "format", "auto", "publication: xmlcalendar (ru/YYYY/calendar.xml), isdayoff (api/getdata answer), datagov (data.gov.ru CSV); auto tells them apart by content and fetches xmlcalendar")
	fs.StringVar(&f.in, "in", "", "read the publication from this saved file (offline)")
	fs.StringVar(&f.url, "url", "", "fetch the publication from this URL")
	fs.IntVar(&f.year, "year", 0, "the year: required to fetch, for isdayoff, and to pick one year of a data.gov.ru file")
	fs.StringVar(&f.crossFormat, "cross-format", "auto", "format of the second publication, as for -format (auto: by content for a file, xmlcalendar for a URL)")
	fs.StringVar(&f.crossIn, "cross-in", "", "a second publication, from a saved file, to cross-check every day against")
	fs.StringVar(&f.crossURL, "cross-url", "", "a second publication, fetched from this URL, to cross-check every day against")
	fs.StringVar(&f.citation, "citation", "", `the decree the year's transfers come from, as Day.Basis will cite it: "Постановление Правительства РФ от 24.09.2025 № 1466" (required to write; no publication names it)`)
	fs.StringVar(&f.title, "title", "", `the decree's title, e.g. "О переносе выходных дней в 2026 году"`)
	fs.StringVar(&f.out, "o", "", "write the JSON to this file (default: standard output); with -full an existing file is updated in place")
	fs.BoolVar(&f.full, "full", false, "write the whole calendar definition (what calendar.Load reads, like calendar/data/russia.json) instead of a list of acts (what Calendar.With takes)")
	fs.BoolVar(&f.check, "check", false, "only compare with the embedded calendar (and -cross-*): print every difference and exit 1 if there is one")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "network timeout")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	switch {
	case f.in != "" && f.url != "":
		return usagef("calendar: -in and -url both given: accepted is one source")
	case f.crossIn != "" && f.crossURL != "":
		return usagef("calendar: -cross-in and -cross-url both given: accepted is one second source")
	}
	years, err := readCalendar(ctx, e, f.format, source{file: f.in, url: f.url}, f.year, f.timeout)
	if err != nil {
		return err
	}
	var cross []*publishedYear
	if f.crossIn != "" || f.crossURL != "" {
		if cross, err = readCalendar(ctx, e, f.crossFormat, source{file: f.crossIn, url: f.crossURL}, f.year, f.timeout); err != nil {
			return err
		}
	}
	report := e.stderr
	if f.check {
		report = e.stdout
	}
	embedded := calendar.Russia()
	differences := compareWithEmbedded(report, embedded, years)
	disagreements := compareSources(report, years, cross)
	if f.check {
		if differences+disagreements > 0 {
			return errDifference
		}
		return nil
	}
	if disagreements > 0 {
		fmt.Fprintln(e.stderr, "the two publications disagree: nothing written; settle which one is right against the decree")
		return errDifference
	}
	return writeCalendar(f, years, embedded, e)
}

// readCalendar reads (or fetches) a publication and returns its years,
// only year when one is given.
func readCalendar(ctx context.Context, e env, format string, src source, year int, timeout time.Duration) ([]*publishedYear, error) {
	switch format {
	case "auto", formatXMLCalendar, formatIsDayOff, formatDataGov:
	default:
		return nil, usagef("calendar: format %q: accepted are auto, xmlcalendar, isdayoff, datagov", format)
	}
	var data []byte
	var err error
	if src.file != "" {
		if data, err = readFile(src.file); err != nil {
			return nil, err
		}
		if format == "auto" {
			if format, err = detectCalendarFormat(data); err != nil {
				return nil, fmt.Errorf("%s: %w", src.file, err)
			}
		}
	} else {
		if format == "auto" {
			format = formatXMLCalendar
		}
		if src.url == "" {
			if year == 0 {
				return nil, usagef("calendar: -year is required to fetch a publication (or give -in FILE)")
			}
			src.url = defaultCalendarURL(format, year)
		}
		if data, err = fetchCalendar(ctx, e, format, src.url, timeout); err != nil {
			return nil, err
		}
	}
	years, err := parseCalendar(data, format, year)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.name(), err)
	}
	if year == 0 {
		return years, nil
	}
	for _, y := range years {
		if y.Year == year {
			return []*publishedYear{y}, nil
		}
	}
	return nil, fmt.Errorf("%s: no data for %d (it has %v)", src.name(), year, yearsOf(years))
}

// fetchCalendar fetches a publication, explaining isdayoff's error codes.
func fetchCalendar(ctx context.Context, e env, format, u string, timeout time.Duration) ([]byte, error) {
	data, err := get(ctx, e, u, timeout)
	if format == formatIsDayOff {
		err = explainIsDayOff(err)
	}
	return data, err
}

func defaultCalendarURL(format string, year int) string {
	switch format {
	case formatIsDayOff:
		return fmt.Sprintf(isDayOffURL, year)
	case formatDataGov:
		return fmt.Sprintf(dataGovURL, year)
	}
	return fmt.Sprintf(xmlCalendarURL, year)
}

// detectCalendarFormat tells the publications apart by their content.
func detectCalendarFormat(data []byte) (string, error) {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	switch {
	case bytes.HasPrefix(t, []byte("<")):
		return formatXMLCalendar, nil
	case len(t) > 0 && allDigits(string(t)):
		return formatIsDayOff, nil
	case bytes.Contains(t, []byte(dataGovYear)):
		return formatDataGov, nil
	}
	return "", errors.New("cannot tell the format: not XML (xmlcalendar), not a string of digits (isdayoff), no Год/Месяц column (data.gov.ru); pass -format")
}

func parseCalendar(data []byte, format string, year int) ([]*publishedYear, error) {
	switch format {
	case formatXMLCalendar:
		y, err := parseXMLCalendar(data)
		if err != nil {
			return nil, err
		}
		return []*publishedYear{y}, nil
	case formatIsDayOff:
		if year == 0 {
			return nil, usagef("calendar: -year is required for isdayoff: its answer does not say which year it is")
		}
		y, err := parseIsDayOff(data, year)
		if err != nil {
			return nil, err
		}
		return []*publishedYear{y}, nil
	}
	return parseDataGovCSV(data)
}

func yearsOf(years []*publishedYear) []int {
	out := make([]int, len(years))
	for i, y := range years {
		out[i] = y.Year
	}
	return out
}

// compareWithEmbedded reports, for each year, every day on which the
// publication and the embedded calendar disagree, and a year the embedded
// data has no decree for. It returns the number of differences.
func compareWithEmbedded(w io.Writer, embedded *calendar.Calendar, years []*publishedYear) int {
	n := 0
	for _, y := range years {
		emb, err := calendarYear(embedded, y.Year, "the embedded calendar")
		if err != nil {
			fmt.Fprintf(w, "%d: %v\n", y.Year, err)
			n++
			continue
		}
		list := crossCheck(y, emb)
		printDisagreements(w, y, emb, list)
		n += len(list)
		if y.Year > embedded.OfficialThrough() {
			fmt.Fprintf(w, "%d: the embedded calendar has no decree for this year (official through %d): its days are provisional\n", y.Year, embedded.OfficialThrough())
			n++
		}
	}
	return n
}

// compareSources reports every day on which two publications disagree,
// for the years both have. It returns the number of such days.
func compareSources(w io.Writer, years, cross []*publishedYear) int {
	if cross == nil {
		return 0
	}
	n := 0
	for _, y := range years {
		i := slices.IndexFunc(cross, func(c *publishedYear) bool { return c.Year == y.Year })
		if i < 0 {
			fmt.Fprintf(w, "%d: the second publication has no data for this year (it has %v)\n", y.Year, yearsOf(cross))
			continue
		}
		list := crossCheck(y, cross[i])
		printDisagreements(w, y, cross[i], list)
		n += len(list)
	}
	return n
}

// writeCalendar derives the year's decree and writes it.
func writeCalendar(f calendarFlags, years []*publishedYear, embedded *calendar.Calendar, e env) error {
	if len(years) != 1 {
		return usagef("calendar: the publication has the years %v: pass -year to pick the one to write", yearsOf(years))
	}
	y := years[0]
	if f.citation == "" {
		return usagef(`calendar: -citation is required to write: the decree that sets the transfers of %d as it will be cited, e.g. -citation "Постановление Правительства РФ от 24.09.2025 № 1466" (no publication names it)`, y.Year)
	}
	def := embedded.Definition()
	if f.full {
		existing, err := readExisting(f.out)
		if err != nil {
			return err
		}
		if existing != nil {
			c, err := calendar.Load(bytes.NewReader(existing))
			if err != nil {
				return fmt.Errorf("%s: %w", f.out, err)
			}
			def = c.Definition()
		}
	}
	act, notes, err := yearlyAct(def, y, f.citation, f.title)
	if err != nil {
		return err
	}
	act = carryOver(def, act)
	for _, n := range notes {
		fmt.Fprintln(e.stderr, "note: "+n)
	}
	printActDiff(e.stderr, def, act)
	var out []byte
	if f.full {
		if out, err = marshalCalendarJSON(withAct(withoutYearly(def, y.Year), act)); err != nil {
			return err
		}
		if _, err := calendar.Load(bytes.NewReader(out)); err != nil {
			return fmt.Errorf("the written definition does not load back: %w", err)
		}
	} else {
		if out, err = marshalCalendarJSON([]calendar.Act{act}); err != nil {
			return err
		}
		var acts []calendar.Act
		if err := json.Unmarshal(out, &acts); err != nil {
			return fmt.Errorf("the written acts do not decode: %w", err)
		}
	}
	return writeOutput(f.out, out, e)
}

// printActDiff compares the derived act's transfers with those of the
// yearly act already in def for the year, for the reviewer.
func printActDiff(w io.Writer, def calendar.Definition, act calendar.Act) {
	i := slices.IndexFunc(def.Acts, func(a calendar.Act) bool { return a.Year == act.Year && a.Yearly })
	if i < 0 {
		fmt.Fprintf(w, "%d: a new decree (%d transfers); the data had none for this year\n", act.Year, len(act.Transfers))
		return
	}
	old := def.Acts[i]
	key := func(t calendar.Transfer) string { return t.From.String() + " → " + t.To.String() }
	had := map[string]bool{}
	for _, t := range old.Transfers {
		had[key(t)] = true
	}
	var lines []string
	for _, t := range act.Transfers {
		if !had[key(t)] {
			lines = append(lines, "+ "+key(t))
		}
		delete(had, key(t))
	}
	for _, t := range old.Transfers {
		if had[key(t)] {
			lines = append(lines, "- "+key(t))
		}
	}
	if old.Citation != act.Citation {
		lines = append(lines, fmt.Sprintf("citation %q → %q", old.Citation, act.Citation))
	}
	if len(lines) == 0 {
		fmt.Fprintf(w, "%d: the derived decree has the same transfers and citation as the data's\n", act.Year)
		return
	}
	fmt.Fprintf(w, "%d: the derived decree differs from the data's (%s):\n", act.Year, old.Citation)
	for _, l := range lines {
		fmt.Fprintln(w, "  "+l)
	}
}
