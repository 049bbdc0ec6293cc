package penalty

import (
	_ "embed"

	"github.com/zozpp/zozpp/calendar/law"

	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/zozpp/zozpp/calendar"
)

// The three eras of ГК РФ ст. 395 п. 1, and the refinancing rate's end.
var (
	// depositEraStart: ФЗ от 08.03.2015 № 42-ФЗ, in force 01.06.2015,
	// replaced the refinancing rate by the district deposit rates.
	depositEraStart = calendar.NewDate(2015, 6, 1)
	// keyEraStart: ФЗ от 03.07.2016 № 315-ФЗ, in force 01.08.2016,
	// replaced them by the key rate.
	keyEraStart = calendar.NewDate(2016, 8, 1)
	// refinancingEqualsKey: Указание Банка России от 11.12.2015 № 3894-У.
	refinancingEqualsKey = calendar.NewDate(2016, 1, 1)
	// art395PerPeriodFrom: the first day ст. 395 is priced per period in
	// its old wording — 14.09.2012, since when the rate did not change
	// until the wording did.
	art395PerPeriodFrom = calendar.NewDate(2012, 9, 14)
)

var (
	//go:embed data/key-rate.csv
	keyRateCSV []byte
	//go:embed data/refinancing-rate.csv
	refinancingRateCSV []byte
	//go:embed data/deposit-rate.csv
	depositRateCSV []byte
)

// rateTables are the embedded histories, built and checked once.
type rateTables struct {
	key         Rates              // the key rate since 2013
	refinancing Rates              // the refinancing rate since 1992, the key rate from 2016
	art395      map[District]Rates // the ст. 395 history as seen from each district
	// fractions holds each embedded table's percents as fractions, by the
	// address of its first period, so pricing does not divide them again.
	fractions map[*RatePeriod][]num
}

// fractionsOf returns the precomputed fractions of an embedded table, or
// nil for a table the caller built.
func fractionsOf(r Rates) []num {
	if len(r) == 0 {
		return nil
	}
	f := builtin().fractions[&r[0]]
	if len(f) != len(r) {
		return nil
	}
	return f
}

var builtin = sync.OnceValue(func() *rateTables {
	t, err := buildRateTables(keyRateCSV, refinancingRateCSV, depositRateCSV)
	if err != nil {
		// The data is part of the release and a test loads it: failing here
		// is a broken build, not bad user input.
		panic("penalty: embedded rate data: " + err.Error())
	}
	return t
})

// KeyRateSeries returns every Bank of Russia key-rate decision in the data
// since the rate was introduced (13.09.2013), each with its source, ending
// in a NoRate period after the last verified one: the bare key-rate
// series, the reference of contractual «1/300 ключевой ставки» penalties.
// A fresh copy.
func KeyRateSeries() Rates { return slices.Clone(builtin().key) }

// RefinancingRateSeries returns the refinancing rate of the Bank of Russia
// since 01.01.1992 and, from 01.01.2016, the key rate it equals (Указание
// Банка России от 11.12.2015 № 3894-У): the rate ТК РФ ст. 236, ЖК РФ
// ст. 155, НК РФ ст. 75 and 214-ФЗ name. Rows before 14.09.2012 rest on
// secondary sources, each marked in its Source. A fresh copy.
func RefinancingRateSeries() Rates { return slices.Clone(builtin().refinancing) }

// Art395Rates returns the rate history of ГК РФ ст. 395 п. 1 for a
// creditor in the Central federal district (ЦФО), the default: the
// refinancing rate for delay days 14.09.2012–31.05.2015, the ЦФО average
// deposit rates for 01.06.2015–31.07.2016, the key rate from 01.08.2016
// through KnownThrough. The ЦФО deposit table is not verified and so not
// embedded: its days are a NoRate period, ErrOutOfRange — pick a district
// with Art395RatesFor or load the table with LoadRates. Days before
// 14.09.2012 are a NoRate period too: the old wording took one rate for
// the whole delay, which Input.RateDate selects. A fresh copy.
func Art395Rates() Rates { return slices.Clone(builtin().art395[Central]) }

// Art395RatesFor is Art395Rates for a creditor in district d: only the
// 01.06.2015–31.07.2016 era differs. A district whose table is not in the
// embedded data gets a NoRate period there, never another district's
// rates. An unknown district is an *InputError on "district".
func Art395RatesFor(d District) (Rates, error) {
	r, ok := builtin().art395[d]
	if !ok {
		return nil, fieldError(ErrInvalidInput, "district", fmt.Sprintf("%q", law.Clip(string(d))), ": accepted are ЦФО, СЗФО, ЮФО, СКФО, ПФО, УФО, СФО, ДФО, КФО")
	}
	return slices.Clone(r), nil
}

// DepositRateDistricts returns the districts whose 2015–16 deposit-rate
// table is embedded, in the order of Districts.
func DepositRateDistricts() []District {
	var out []District
	for _, d := range Districts() {
		if r := builtin().art395[d]; r[r.index(depositEraStart)].Kind == DepositRate {
			out = append(out, d)
		}
	}
	return out
}

// buildRateTables parses and checks the embedded files and assembles the
// tables.
func buildRateTables(keyCSV, refinancingCSV, depositCSV []byte) (*rateTables, error) {
	key, err := loadKind(keyCSV, "key-rate.csv", KeyRate)
	if err != nil {
		return nil, err
	}
	refinancing, err := loadKind(refinancingCSV, "refinancing-rate.csv", RefinancingRate)
	if err != nil {
		return nil, err
	}
	deposits, err := parseRates(depositCSV)
	if err != nil {
		return nil, fmt.Errorf("deposit-rate.csv: %w", err)
	}
	byDistrict := map[District]Rates{}
	for _, p := range deposits {
		if p.Kind != DepositRate || !p.District.Valid() || p.From.Before(depositEraStart) || !p.From.Before(keyEraStart) {
			return nil, fmt.Errorf("deposit-rate.csv: %s %s %q: accepted are deposit rates of a known district dated 01.06.2015–31.07.2016", p.From, p.Kind, string(p.District))
		}
		byDistrict[p.District] = append(byDistrict[p.District], p)
	}
	for _, d := range slices.Sorted(maps.Keys(byDistrict)) {
		table := byDistrict[d]
		if err := table.Validate(); err != nil {
			return nil, fmt.Errorf("deposit-rate.csv, %s: %w", d, err)
		}
		if table[0].From != depositEraStart {
			return nil, fmt.Errorf("deposit-rate.csv, %s: the table starts on %s: accepted is a table from %s", d, table[0].From, depositEraStart)
		}
	}
	keyAt := func(d calendar.Date, why string) (RatePeriod, error) {
		i := key.index(d)
		if i < 0 || key[i].Kind != KeyRate {
			return RatePeriod{}, fmt.Errorf("key-rate.csv: no key rate in force on %s", d)
		}
		p := key[i]
		p.From = d
		p.Source = fmt.Sprintf("%s; ключевая ставка в силе с %s: %s", why, key[i].From.Russian(), key[i].Source)
		return p, nil
	}
	t := &rateTables{key: key, art395: map[District]Rates{}}

	// The refinancing series: every refinancing row before 2016, then the key rate.
	for _, p := range refinancing {
		if p.Kind == RefinancingRate && p.From.Before(refinancingEqualsKey) {
			t.refinancing = append(t.refinancing, p)
		}
	}
	first, err := keyAt(refinancingEqualsKey, "ставка рефинансирования равна ключевой ставке с 01.01.2016 (Указание Банка России от 11.12.2015 № 3894-У)")
	if err != nil {
		return nil, err
	}
	t.refinancing = append(t.refinancing, first)
	t.refinancing = append(t.refinancing, key[key.index(refinancingEqualsKey)+1:]...)
	if err := t.refinancing.Validate(); err != nil {
		return nil, fmt.Errorf("refinancing series: %w", err)
	}

	// The ст. 395 history, per district.
	i := refinancing.index(art395PerPeriodFrom)
	if i < 0 || refinancing[i].From != art395PerPeriodFrom {
		return nil, fmt.Errorf("refinancing-rate.csv: no row from %s", art395PerPeriodFrom)
	}
	early := RatePeriod{From: refinancing[0].From, Kind: NoRate, Source: "ГК РФ ст. 395 п. 1 before 01.06.2015 took one rate for the whole delay — " +
		"the refinancing rate on the day of payment or, in court, on the day of filing or of the decision (Пленум ВС РФ № 13, Пленум ВАС РФ № 14 " +
		"от 08.10.1998, п. 3) — and the rate changed often before 14.09.2012: name that day in rate_date"}
	key395, err := keyAt(keyEraStart, "ключевая ставка для ст. 395 ГК РФ с 01.08.2016 (ФЗ от 03.07.2016 № 315-ФЗ)")
	if err != nil {
		return nil, err
	}
	for _, d := range Districts() {
		r := Rates{early}
		for _, p := range refinancing[i:] {
			if p.From.Before(depositEraStart) {
				r = append(r, p)
			}
		}
		if table, ok := byDistrict[d]; ok {
			r = append(r, table...)
		} else {
			r = append(r, RatePeriod{From: depositEraStart, Kind: NoRate, Source: fmt.Sprintf(
				"the %s (%s) average deposit rates that ГК РФ ст. 395 п. 1 used for 01.06.2015–31.07.2016 are not in the embedded data, "+
					"not having been verified against the Bank of Russia publication: load them with LoadRates, or choose a district of %v",
				d.Text(0), d, slices.Sorted(maps.Keys(byDistrict)))})
		}
		r = append(r, key395)
		r = append(r, key[key.index(keyEraStart)+1:]...)
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("ст. 395 history for %s: %w", d, err)
		}
		t.art395[d] = r
	}
	t.fractions = map[*RatePeriod][]num{}
	add := func(r Rates) {
		f := make([]num, len(r))
		for i, p := range r {
			f[i] = newNum(percentFraction(p.Percent))
		}
		t.fractions[&r[0]] = f
	}
	add(t.key)
	add(t.refinancing)
	for _, r := range t.art395 {
		add(r)
	}
	return t, nil
}

// loadKind loads one embedded file whose rows are all of one kind, bar a
// final NoRate row.
func loadKind(data []byte, name string, kind RateKind) (Rates, error) {
	r, err := parseRates(data)
	if err == nil {
		err = r.Validate()
	}
	if err == nil {
		for i, p := range r {
			if p.Kind != kind && !(p.Kind == NoRate && i == len(r)-1) {
				err = fmt.Errorf("%w: %s is %s: accepted are %s rates and a final none row", ErrInvalidRates, p.From, p.Kind, kind)
				break
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}
