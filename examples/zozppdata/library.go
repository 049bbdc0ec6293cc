package main

import (
	"bytes"
	"fmt"

	"github.com/zozpp/zozpp/penalty"
)

// This file is the only one that touches the penalty package: the rate
// histories embedded in the library, and penalty.LoadRates, the reader of
// the files written here. Everything else works on rateHistory.

// embeddedHistory returns the history of kind embedded in the library: the
// key-rate series with its final none row, or the refinancing-rate
// periods of data/refinancing-rate.csv (the library's series goes on with
// the key rate from 2016, which is not this file's).
func embeddedHistory(kind string) (rateHistory, error) {
	if kind == kindKey {
		return fromLibrary(penalty.KeyRateSeries(), kind)
	}
	h, err := fromLibrary(penalty.RefinancingRateSeries(), kind)
	if n := len(h); n > 0 && h[n-1].Kind == kindNone {
		h = h[:n-1] // the end of the key-rate history, not of this one
	}
	return h, err
}

// loadRates reads a rate file with penalty.LoadRates, so that what this
// program keeps from a file is exactly what the library sees, and returns
// its rows of kind (and a final none row).
func loadRates(data []byte, kind string) (rateHistory, error) {
	rates, err := penalty.LoadRates(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	h, err := fromLibrary(rates, "")
	if err != nil {
		return nil, err
	}
	if err := h.validate(kind); err != nil {
		return nil, err
	}
	return h, nil
}

// fromLibrary converts the library's periods of kind (all kinds when kind
// is empty) and a final none row. Deposit rates, which carry a district,
// are not handled here.
func fromLibrary(rates penalty.Rates, kind string) (rateHistory, error) {
	var out rateHistory
	for i, p := range rates {
		k := p.Kind.String()
		last := i == len(rates)-1
		switch {
		case k == kindNone && !last:
			continue
		case k != kindNone && kind != "" && k != kind:
			continue
		case p.District != "":
			return nil, fmt.Errorf("the %s rate from %s has a district: accepted are key-rate and refinancing-rate histories", k, p.From)
		}
		out = append(out, ratePeriod{From: p.From, Percent: p.Percent, Kind: k, Source: p.Source})
	}
	return out, nil
}
