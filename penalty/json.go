package penalty

import (
	"encoding/json"

	"github.com/zozpp/zozpp/calendar"
)

// rowJSON is the JSON form of a Row: money and rates as decimal strings,
// so no reader loses a kopeck to floating point.
type rowJSON struct {
	From     calendar.Date `json:"from"`
	To       calendar.Date `json:"to"`
	Days     int           `json:"days"`
	Base     string        `json:"base"`
	Rate     string        `json:"rate"`
	YearDays int           `json:"year_days,omitempty"`
	Amount   string        `json:"amount"`
	Excluded bool          `json:"excluded,omitempty"`
	Formula  string        `json:"formula"`
	Note     string        `json:"note,omitempty"`
}

func (r Row) toJSON() rowJSON {
	return rowJSON{
		From: r.From, To: r.To, Days: r.Days,
		Base: r.Base.StringFixed(2), Rate: r.Rate.String(), YearDays: r.YearDays,
		Amount: r.Amount.StringFixed(2), Excluded: r.Excluded, Formula: r.Formula(), Note: r.Note,
	}
}

// MarshalJSON writes the row with dates as "YYYY-MM-DD", money as strings
// with two decimals ("8398.60"), the rate as a decimal-fraction string
// ("0.01" per day, or "0.155" per year with "year_days") and its formula.
// It does not depend on decimal's package settings.
func (r Row) MarshalJSON() ([]byte, error) { return json.Marshal(r.toJSON()) }

// MarshalJSON writes the calculation with money as decimal strings with
// two decimals and dates as "YYYY-MM-DD":
//
//	{"title": "…", "rows": [{"from": "2025-03-17", "to": "2025-03-30", "days": 14,
//	  "base": "59990.00", "rate": "0.01", "amount": "8398.60", "formula": "…"}],
//	 "days": 14, "uncapped": "8398.60", "total": "8398.60", "capped": false,
//	 "cap_basis": "…", "basis": "…", "method": "…", "rounding": "each-row"}
//
// "cap" is present only when a cap applies, "excluded_days" only when
// some days were excluded.
func (c Calculation) MarshalJSON() ([]byte, error) {
	type calculationJSON struct {
		Title        string    `json:"title"`
		Rows         []rowJSON `json:"rows"`
		Days         int       `json:"days"`
		ExcludedDays int       `json:"excluded_days,omitempty"`
		Uncapped     string    `json:"uncapped"`
		Total        string    `json:"total"`
		Cap          string    `json:"cap,omitempty"`
		Capped       bool      `json:"capped"`
		CapBasis     string    `json:"cap_basis,omitempty"`
		Basis        string    `json:"basis"`
		Method       string    `json:"method,omitempty"`
		Rounding     string    `json:"rounding"`
	}
	j := calculationJSON{
		Title: c.Title, Rows: make([]rowJSON, 0, len(c.Rows)), Days: c.Days, ExcludedDays: c.ExcludedDays,
		Uncapped: c.Uncapped.StringFixed(2), Total: c.Total.StringFixed(2), Capped: c.Capped,
		CapBasis: c.CapBasis, Basis: c.Basis, Method: c.Method, Rounding: c.Rounding.String(),
	}
	for _, r := range c.Rows {
		j.Rows = append(j.Rows, r.toJSON())
	}
	if c.Cap.Sign() > 0 {
		j.Cap = c.Cap.StringFixed(2)
	}
	return json.Marshal(j)
}
