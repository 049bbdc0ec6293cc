package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"

	"github.com/zozpp/zozpp/calendar"
)

// rateFile is a rate history in the CSV that penalty.LoadRates reads
// (penalty/data/key-rate.csv, refinancing-rate.csv), together with the
// comment block that heads it, which a rewrite keeps verbatim: the source
// keys and caveats a reviewer needs live there.
type rateFile struct {
	header []string // leading comment and blank lines, without line ends
	rates  rateHistory
	// kept are the file's rows as written, by day: a row that is still the
	// same period is written back byte for byte, whatever its quoting or
	// number of decimals, so that a rewrite changes only what changed.
	kept map[calendar.Date]keptRow
}

// keptRow is a row of the file and the period it holds.
type keptRow struct {
	period ratePeriod
	line   string
}

// rateColumns is the header this program writes.
const rateColumns = "from,percent,kind,source"

// parseRateFile reads a rate file of kind. The rows are read by
// penalty.LoadRates itself, so what this program keeps is exactly what the
// library sees. Comments between rows would be lost on a rewrite and are
// refused, as are other kinds (deposit-rate files are not updated here).
func parseRateFile(data []byte, name, kind string) (rateFile, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	rates, err := loadRates(data, kind)
	if err != nil {
		return rateFile{}, fmt.Errorf("%s: %w", name, err)
	}
	lines := strings.Split(string(data), "\n")
	var f rateFile
	i := 0
	for ; i < len(lines); i++ {
		l := strings.TrimSuffix(lines[i], "\r")
		if !strings.HasPrefix(l, "#") && strings.TrimSpace(l) != "" {
			break
		}
		f.header = append(f.header, l)
	}
	for j := i + 1; j < len(lines); j++ {
		if strings.HasPrefix(lines[j], "#") {
			return rateFile{}, fmt.Errorf("%s:%d: a comment between the rows would be lost when the file is rewritten: move it into the comment block at the top", name, j+1)
		}
	}
	f.rates = rates
	if i < len(lines) && strings.TrimSuffix(lines[i], "\r") == rateColumns {
		f.kept = keptRows(data, lines, rates)
	}
	return f, nil
}

// keptRows maps each single-line row of a file with the columns
// rateColumns to the period it holds.
func keptRows(data []byte, lines []string, rates rateHistory) map[calendar.Date]keptRow {
	byDate := map[calendar.Date]ratePeriod{}
	for _, p := range rates {
		byDate[p.From] = p
	}
	kept := map[calendar.Date]keptRow{}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.TrimLeadingSpace = true
	if _, err := r.Read(); err != nil {
		return nil
	}
	for {
		rec, err := r.Read()
		if err != nil {
			return kept
		}
		n, _ := r.FieldPos(0)
		line := strings.TrimSuffix(lines[n-1], "\r")
		single := csv.NewReader(strings.NewReader(line))
		single.TrimLeadingSpace = true
		again, err := single.Read()
		d, derr := calendar.ParseDate(strings.TrimSpace(rec[0]))
		if p, ok := byDate[d]; ok && derr == nil && err == nil && slices.Equal(again, rec) {
			kept[d] = keptRow{period: p, line: line}
		}
	}
}

// defaultRateHeader heads a rate file written from the embedded history
// when there is no file to update.
func defaultRateHeader(kind string) []string {
	what := []string{
		`# Ключевая ставка Банка России: one row per decision, "from" = the first day the new rate is in force.`,
		`# Format: what penalty.LoadRates reads (from, percent per year, kind, source). A final row of kind "none"`,
		`# ends the verified history: Rates.KnownThrough() is the day before it.`,
	}
	if kind == kindRefinancing {
		what = []string{
			`# Ставка рефинансирования Банка России — «учетная ставка банковского процента» of ГК РФ ст. 395 п. 1 in its`,
			`# wording before ФЗ от 08.03.2015 № 42-ФЗ. One row per change, "from" = the first day the rate is in force.`,
			`# Format: what penalty.LoadRates reads (from, percent per year, kind, source).`,
		}
	}
	return append(what,
		`#`,
		`# Written by examples/zozppdata: the history embedded in the library (its source keys are explained in`,
		`# penalty/data/*.csv) with the rows of the Bank of Russia publication merged in.`,
	)
}

// bytes writes the file: the header block, then the CSV with the columns
// from, percent, kind, source. A row kept from the file is written as it
// was; a new one with two decimals ("5.50") and quotes only where CSV
// needs them.
func (f rateFile) bytes() ([]byte, error) {
	var b bytes.Buffer
	for _, l := range f.header {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	b.WriteString(rateColumns + "\n")
	for _, p := range f.rates {
		if k, ok := f.kept[p.From]; ok && samePeriod(k.period, p) {
			b.WriteString(k.line + "\n")
			continue
		}
		percent := ""
		if p.Kind != kindNone {
			percent = formatPercent(p.Percent)
		}
		w := csv.NewWriter(&b)
		if err := w.Write([]string{p.From.String(), percent, p.Kind, p.Source}); err != nil {
			return nil, err
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

func samePeriod(a, b ratePeriod) bool {
	return a.From == b.From && a.Kind == b.Kind && a.Source == b.Source && a.Percent.Equal(b.Percent)
}
