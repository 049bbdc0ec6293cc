package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/go-json-experiment/json"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/penalty"
)

// Data is one consistent set of the data every answer depends on: the
// production calendar and the reference-rate tables. The server holds the
// current Data behind an atomic pointer; a request loads it once and uses
// only that value, and a reload (SIGHUP) builds a complete new Data before
// swapping it in — so no request ever sees a calendar from one load and
// rates from another, or a half-built table. A Data never changes.
type Data struct {
	// Calendar is the federal calendar: calendar.Russia() or the -calendar
	// file (a whole definition, or acts added to the federal calendar).
	Calendar *calendar.Calendar
	// KeyRates, Art395 and Refinancing are the embedded histories, extended
	// by the -rates file (Rates.With) when one is given.
	KeyRates, Art395, Refinancing penalty.Rates
	// CalendarSource and RatesSource say where each came from.
	CalendarSource, RatesSource Source
	// LoadedAt is when this Data was built.
	LoadedAt time.Time

	// assessOptions are the claimtype options that make Assess use this
	// data; nil for the embedded data (the fast path).
	assessOptions []claimtype.Option
	// regions caches regional calendars derived from Calendar, by code.
	regions sync.Map
}

// Source describes where a data set came from.
type Source struct {
	// Kind is "embedded" (the data compiled into the library) or "file".
	Kind string
	// File is the path given by the flag; SHA256 the digest of its contents.
	File, SHA256 string
	// ModTime is the file's modification time.
	ModTime time.Time
}

// maxDataFile bounds a -calendar or -rates file.
const maxDataFile = 8 << 20

// LoadData builds the data from the embedded tables and, when given, the
// -calendar and -rates files. An empty name keeps the embedded data.
func LoadData(calendarFile, ratesFile string) (*Data, error) {
	d := &Data{
		Calendar:       calendar.Russia(),
		KeyRates:       penalty.KeyRateSeries(),
		Art395:         penalty.Art395Rates(),
		Refinancing:    penalty.RefinancingRateSeries(),
		CalendarSource: Source{Kind: "embedded"},
		RatesSource:    Source{Kind: "embedded"},
		LoadedAt:       time.Now().UTC(),
	}
	if calendarFile != "" {
		data, src, err := readDataFile(calendarFile)
		if err != nil {
			return nil, fmt.Errorf("-calendar: %w", err)
		}
		c, err := parseCalendar(data)
		if err != nil {
			return nil, fmt.Errorf("-calendar %s: %w", calendarFile, err)
		}
		d.Calendar, d.CalendarSource = c, src
		d.assessOptions = append(d.assessOptions, claimtype.WithCalendar(c))
	}
	if ratesFile != "" {
		data, src, err := readDataFile(ratesFile)
		if err != nil {
			return nil, fmt.Errorf("-rates: %w", err)
		}
		loaded, err := penalty.LoadRates(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("-rates %s: %w", ratesFile, err)
		}
		if d.KeyRates, err = d.KeyRates.With(loaded); err != nil {
			return nil, fmt.Errorf("-rates %s: over the key-rate history: %w", ratesFile, err)
		}
		if d.Art395, err = d.Art395.With(loaded); err != nil {
			return nil, fmt.Errorf("-rates %s: over the ст. 395 history: %w", ratesFile, err)
		}
		// The refinancing rate equals the key rate since 01.01.2016
		// (Указание Банка России от 11.12.2015 № 3894-У).
		refinancing := make(penalty.Rates, len(loaded))
		for i, p := range loaded {
			if p.Kind == penalty.KeyRate {
				p.Kind = penalty.RefinancingRate
			}
			refinancing[i] = p
		}
		if d.Refinancing, err = d.Refinancing.With(refinancing); err != nil {
			return nil, fmt.Errorf("-rates %s: over the refinancing-rate history: %w", ratesFile, err)
		}
		d.RatesSource = src
		d.assessOptions = append(d.assessOptions, claimtype.WithRates(d.Art395))
	}
	return d, nil
}

func readDataFile(name string) ([]byte, Source, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, Source{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, Source{}, err
	}
	if st.Size() > maxDataFile {
		return nil, Source{}, fmt.Errorf("%s has %d bytes; accepted is at most %d", name, st.Size(), maxDataFile)
	}
	data := make([]byte, 0, st.Size())
	buf := bytes.NewBuffer(data)
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, Source{}, err
	}
	sum := sha256.Sum256(buf.Bytes())
	return buf.Bytes(), Source{Kind: "file", File: name, SHA256: hex.EncodeToString(sum[:]), ModTime: st.ModTime().UTC()}, nil
}

// parseCalendar reads a -calendar file: a whole calendar definition (an
// object, calendar.Load) or a JSON array of acts added to the federal
// calendar (Calendar.With) — what `zozppdata calendar -o` writes.
func parseCalendar(data []byte) (*calendar.Calendar, error) {
	if t := bytes.TrimLeft(data, " \t\r\n\uFEFF"); len(t) > 0 && t[0] == '[' {
		var acts []calendar.Act
		if err := json.Unmarshal(t, &acts, strictOptions); err != nil {
			return nil, fmt.Errorf("%w: %v", calendar.ErrInvalidCalendar, err)
		}
		return calendar.Russia().With(acts...)
	}
	return calendar.Load(bytes.NewReader(data))
}

// region returns the regional calendar of the given ISO 3166-2 code, built
// once per Data.
func (d *Data) region(code string) (*calendar.Calendar, error) {
	if code == "" {
		return d.Calendar, nil
	}
	if c, ok := d.regions.Load(code); ok {
		return c.(*calendar.Calendar), nil
	}
	c, err := d.Calendar.Region(code)
	if err != nil {
		return nil, err
	}
	c2, _ := d.regions.LoadOrStore(code, c)
	return c2.(*calendar.Calendar), nil
}
