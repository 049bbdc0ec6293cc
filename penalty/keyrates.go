package penalty

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/zozpp/zozpp/calendar"
)

// The three eras of ГК РФ ст. 395 п. 1.
var (
	// depositEraStart: ФЗ от 08.03.2015 № 42-ФЗ, in force 01.06.2015,
	// replaced the refinancing rate by the district deposit rates.
	depositEraStart = calendar.NewDate(2015, 6, 1)
	// keyEraStart: ФЗ от 03.07.2016 № 315-ФЗ, in force 01.08.2016,
	// replaced them by the key rate.
	keyEraStart = calendar.NewDate(2016, 8, 1)
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
	key        Rates              // the key rate since 2013
	byDistrict map[District]Rates // the ст. 395 history as seen from each district
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

// KeyRates returns the ст. 395 rate history for a creditor in the Central
// federal district (ЦФО), the default: the refinancing rate for days up to
// 31.05.2015, the ЦФО average deposit rates for 01.06.2015–31.07.2016, the
// key rate from 01.08.2016 through KnownThrough. Each period carries its
// source. The ЦФО deposit table is not verified and so not embedded: its
// days are a NoRate period and interest over them is ErrOutOfRange — pick
// a district with KeyRatesFor or load the table with LoadRates. The result
// is a copy the caller may change.
func KeyRates() Rates {
	return slices.Clone(builtin().byDistrict[Central])
}

// KeyRatesFor is KeyRates for a creditor in district d: only the
// 01.06.2015–31.07.2016 era differs. A district whose table is not in the
// embedded data gets a NoRate period there, never another district's
// rates. An unknown district is ErrInvalidInput.
func KeyRatesFor(d District) (Rates, error) {
	r, ok := builtin().byDistrict[d]
	if !ok {
		return nil, fmt.Errorf("penalty: %w: district %q: accepted are %v", ErrInvalidInput, string(d), districts)
	}
	return slices.Clone(r), nil
}

// DepositRateDistricts returns the districts whose 2015–16 deposit-rate
// table is embedded, in the order of Districts.
func DepositRateDistricts() []District {
	var out []District
	for _, d := range districts {
		if r := builtin().byDistrict[d]; r[r.index(depositEraStart)].Kind == DepositRate {
			out = append(out, d)
		}
	}
	return out
}

// KeyRateHistory returns every Bank of Russia key-rate decision in the
// data since the rate was introduced (13.09.2013), each with its source,
// ending in a NoRate period after the last verified one. ст. 395 uses the
// key rate only from 01.08.2016; this is the bare series, for other uses.
func KeyRateHistory() Rates {
	return slices.Clone(builtin().key)
}

// buildRateTables parses and checks the three embedded files and assembles
// the ст. 395 history for every district.
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
	inForce := key.index(keyEraStart)
	if inForce < 0 || key[inForce].Kind != KeyRate {
		return nil, fmt.Errorf("key-rate.csv: no key rate in force on %s", keyEraStart)
	}
	t := &rateTables{key: key, byDistrict: map[District]Rates{}}
	for _, d := range districts {
		var r Rates
		for _, p := range refinancing {
			if p.From.Before(depositEraStart) {
				r = append(r, p)
			}
		}
		if table, ok := byDistrict[d]; ok {
			r = append(r, table...)
		} else {
			r = append(r, RatePeriod{From: depositEraStart, Kind: NoRate, Source: fmt.Sprintf(
				"the %s (%s) average deposit rates that ГК РФ ст. 395 п. 1 used for 01.06.2015–31.07.2016 are not in the embedded data, "+
					"not having been verified against the Bank of Russia publication: load them with LoadRates, or use KeyRatesFor with one of %v",
				d.Name(), d, slices.Sorted(maps.Keys(byDistrict)))})
		}
		first := key[inForce]
		first.From = keyEraStart
		first.Source = fmt.Sprintf("ключевая ставка в силе с %s: %s", key[inForce].From.Russian(), key[inForce].Source)
		r = append(r, first)
		r = append(r, key[inForce+1:]...)
		if err := r.Validate(); err != nil {
			return nil, fmt.Errorf("ст. 395 history for %s: %w", d, err)
		}
		t.byDistrict[d] = r
	}
	return t, nil
}

// loadKind loads one embedded file whose rows are all of one kind, bar a
// final NoRate row.
func loadKind(data []byte, name string, kind RateKind) (Rates, error) {
	r, err := parseRates(data)
	if err == nil {
		err = r.validateKind(kind)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}

func (r Rates) validateKind(kind RateKind) error {
	if err := r.Validate(); err != nil {
		return err
	}
	for i, p := range r {
		if p.Kind != kind && !(p.Kind == NoRate && i == len(r)-1) {
			return fmt.Errorf("%w: %s is %s: accepted are %s rates and a final none row", ErrInvalidRates, p.From, p.Kind, kind)
		}
	}
	return nil
}
