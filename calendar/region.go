package calendar

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
)

// ErrUnknownRegion is returned, wrapped, by Region for a code that is not
// an ISO 3166-2 code of a covered region; the message lists the covered
// ones.
var ErrUnknownRegion = errors.New("unknown or uncovered region")

// Regional non-working days (ТК РФ ст. 6 ч. 2: a constituent entity may
// add its own; religious days also under ФЗ от 26.09.1997 № 125-ФЗ ст. 4
// п. 7) are data: one file per region in data/regions, named by its ISO
// 3166-2 code, in the Act format of Definition plus two fields per act:
// no_weekend_shift (the region's holidays that fall on a weekend are not
// moved) and sources (where the dates were published). A holiday that
// moves when it falls on a weekend is written as a Transfer from the
// holiday to the day off, citing the regional law, so that every day's
// Basis is the regional act and never the federal weekend shift.
//
// A region is covered only for the years whose law and yearly dates are
// cited. Not covered, and why (checked 2026-11):
//
//   - RU-CE Чечня, RU-IN Ингушетия, RU-DA Дагестан, RU-KB Кабардино-Балкария:
//     the religious days are declared each year by a decree of the head
//     (or the government) under 125-ФЗ, with no standing regional law;
//     the 2024–2026 decrees and dates are not all found.
//   - RU-KC Карачаево-Черкесия: the yearly decree lets employers work the
//     day and give another day off instead; not a plain non-working day.
//   - RU-AD Адыгея: the number and date of the holiday law and the 2024
//     dates are not established.
//   - RU-TY Тыва and RU-BU Бурятия: whether Шагаа / Сагаалган on a
//     Saturday (2024, 2025) moved a day off is not established.
//   - RU-KL Калмыкия: the 2026 date of Цаган Сар and the other Buddhist
//     holidays' decrees are not found.
//   - RU-SA Якутия: 27.04 and 21.06 are non-working only for the staff of
//     the republic's state bodies and institutions; other employers decide.
var notCovered = map[string]string{
	"RU-CE": "Чеченская Республика: religious days are declared by a yearly decree under 125-ФЗ without a standing law, and the 2024–2026 dates are not all cited",
	"RU-IN": "Республика Ингушетия: religious days are declared by a yearly decree under 125-ФЗ without a standing law, and the 2025–2026 dates are not cited",
	"RU-DA": "Республика Дагестан: religious days are set by a yearly government decree under 125-ФЗ, and Курбан-байрам 2024–2026 is not cited",
	"RU-KB": "Кабардино-Балкарская Республика: religious days are declared by a yearly decree under 125-ФЗ, and most dates are not cited",
	"RU-KC": "Карачаево-Черкесская Республика: the yearly decree lets employers work the day and give another day off; not a plain non-working day",
	"RU-AD": "Республика Адыгея: the holiday law's number and date and the 2024 dates are not established",
	"RU-TY": "Республика Тыва: whether Шагаа on a Saturday (2024, 2025) moved a day off is not established",
	"RU-BU": "Республика Бурятия: whether Сагаалган on a Saturday (2024) moved a day off is not established",
	"RU-KL": "Республика Калмыкия: the 2026 date of Цаган Сар and the other yearly decrees are not found",
	"RU-SA": "Республика Саха (Якутия): 27.04 and 21.06 are non-working only for staff of the republic's state bodies; other employers decide",
}

//go:embed data/regions/*.json
var regionFiles embed.FS

// RegionInfo describes a covered region.
type RegionInfo struct {
	// Code is the ISO 3166-2 code: "RU-TA".
	Code string `json:"code"`
	// Name and NameEN name the region: "Республика Татарстан".
	Name   string `json:"name"`
	NameEN string `json:"name_en"`
	// FirstYear and LastYear bound the years covered: a regional calendar
	// covers only these years, since outside them its holidays are not
	// known.
	FirstYear int `json:"first_year"`
	LastYear  int `json:"last_year"`
	// Law cites the regional law on holidays; LawEN renders it in English.
	Law   string `json:"law"`
	LawEN string `json:"law_en"`
	// WeekendRule says what happens when a regional holiday falls on a
	// weekend, in Russian and English.
	WeekendRule   string `json:"weekend_rule"`
	WeekendRuleEN string `json:"weekend_rule_en"`
	// Holidays are the region's non-working holidays in the covered years,
	// in date order.
	Holidays []RegionalHoliday `json:"holidays"`
	// Sources say where the law and the dates were checked.
	Sources []string `json:"sources"`
}

// RegionalHoliday is one regional non-working holiday.
type RegionalHoliday struct {
	Date   Date   `json:"date"`
	Name   string `json:"name"`
	NameEN string `json:"name_en,omitempty"`
	// Basis cites the act that sets the day; BasisEN renders it in English.
	Basis   string `json:"basis"`
	BasisEN string `json:"basis_en,omitempty"`
	// MovedTo is the weekday the day off moved to when the holiday fell on a
	// weekend and the region moves it; zero otherwise.
	MovedTo Date `json:"moved_to,omitzero"`
}

// region is one parsed data file.
type region struct {
	info RegionInfo
	acts []regionAct
}

type regionAct struct {
	Act
	noWeekendShift bool
	sources        []string
}

// regionFile is the JSON form of a data file; acts are read twice, as
// Acts and for the two regional fields.
type regionFile struct {
	Code          string            `json:"code"`
	Name          string            `json:"name"`
	NameEN        string            `json:"name_en"`
	FirstYear     int               `json:"first_year"`
	LastYear      int               `json:"last_year"`
	Law           string            `json:"law"`
	LawEN         string            `json:"law_en"`
	WeekendRule   string            `json:"weekend_rule"`
	WeekendRuleEN string            `json:"weekend_rule_en"`
	Sources       []string          `json:"sources"`
	Acts          []json.RawMessage `json:"acts"`
}

type regionActExtra struct {
	NoWeekendShift bool     `json:"no_weekend_shift"`
	Sources        []string `json:"sources"`
}

// regions reads the embedded files once.
var regions = sync.OnceValues(func() (map[string]*region, error) {
	entries, err := regionFiles.ReadDir("data/regions")
	if err != nil {
		return nil, err
	}
	out := map[string]*region{}
	for _, e := range entries {
		data, err := regionFiles.ReadFile("data/regions/" + e.Name())
		if err != nil {
			return nil, err
		}
		r, err := parseRegion(data)
		if err != nil {
			return nil, fmt.Errorf("data/regions/%s: %w", e.Name(), err)
		}
		if want := strings.TrimSuffix(e.Name(), path.Ext(e.Name())); r.info.Code != want {
			return nil, fmt.Errorf("data/regions/%s: code %q does not match the file name", e.Name(), r.info.Code)
		}
		out[r.info.Code] = r
	}
	return out, nil
})

// parseRegion reads and checks one region's data.
func parseRegion(data []byte) (*region, error) {
	var f regionFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, invalid("region", "%v", err)
	}
	switch {
	case !isRegionCode(f.Code):
		return nil, invalid("code", "%q; accepted: an ISO 3166-2 code of a Russian region, RU-XX", law.Clip(f.Code))
	case f.Name == "" || f.Law == "" || f.WeekendRule == "":
		return nil, invalid("name, law, weekend_rule", "all three are required")
	case f.FirstYear < 1999 || f.LastYear < f.FirstYear || f.LastYear-f.FirstYear >= maxSpanYears:
		return nil, invalid("first_year, last_year", "%d–%d; accepted: a range of years from 1999", f.FirstYear, f.LastYear)
	}
	r := &region{info: RegionInfo{
		Code: f.Code, Name: f.Name, NameEN: f.NameEN, FirstYear: f.FirstYear, LastYear: f.LastYear,
		Law: f.Law, LawEN: f.LawEN, WeekendRule: f.WeekendRule, WeekendRuleEN: f.WeekendRuleEN,
		Sources: f.Sources,
	}}
	moved := map[Date]Date{}
	for i, raw := range f.Acts {
		p := fmt.Sprintf("acts[%d]", i)
		var a Act
		var x regionActExtra
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, invalid(p, "%v", err)
		}
		if err := json.Unmarshal(raw, &x); err != nil {
			return nil, invalid(p, "%v", err)
		}
		if a.Year < f.FirstYear || a.Year > f.LastYear {
			return nil, invalid(p+".year", "%d is outside the region's years %d–%d", a.Year, f.FirstYear, f.LastYear)
		}
		if a.Citation == "" {
			return nil, invalid(p+".citation", "empty; every regional act is cited")
		}
		if len(a.NonWorking) > 0 || a.Yearly {
			return nil, invalid(p, "a regional act adds holidays, transfers and shortened days only")
		}
		for j, h := range a.Holidays {
			if h.Date.Year() != a.Year {
				return nil, invalid(fmt.Sprintf("%s.holidays[%d].date", p, j), "%s is not in the act's year %d", h.Date, a.Year)
			}
		}
		for _, t := range a.Transfers {
			moved[t.From] = t.To
		}
		r.acts = append(r.acts, regionAct{Act: a, noWeekendShift: x.NoWeekendShift, sources: x.Sources})
		r.info.Sources = append(r.info.Sources, x.Sources...)
	}
	for i, a := range r.acts {
		for j, h := range a.Holidays {
			wd := h.Date.Weekday()
			weekend := wd == time.Saturday || wd == time.Sunday
			if weekend && !a.noWeekendShift && moved[h.Date].IsZero() {
				// Without a transfer the federal weekend shift (ТК РФ ст. 112
				// ч. 2) would move the day and be cited for it.
				return nil, invalid(fmt.Sprintf("acts[%d].holidays[%d]", i, j),
					"%s falls on a %s: give the transfer the regional law makes, or set no_weekend_shift", h.Date, wd)
			}
			r.info.Holidays = append(r.info.Holidays, RegionalHoliday{
				Date: h.Date, Name: h.Name, NameEN: h.NameEN, Basis: a.Citation, BasisEN: a.CitationEN, MovedTo: moved[h.Date],
			})
		}
	}
	slices.SortFunc(r.info.Holidays, func(a, b RegionalHoliday) int { return a.Date.Compare(b.Date) })
	return r, nil
}

func isRegionCode(s string) bool {
	if len(s) < 4 || len(s) > 6 || !strings.HasPrefix(s, "RU-") {
		return false
	}
	for _, c := range s[3:] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// Regions lists the covered regions, by code.
func Regions() []RegionInfo {
	all, err := regions()
	if err != nil {
		return nil
	}
	out := make([]RegionInfo, 0, len(all))
	for _, r := range all {
		info := r.info
		info.Holidays = slices.Clone(info.Holidays)
		info.Sources = slices.Clone(info.Sources)
		out = append(out, info)
	}
	slices.SortFunc(out, func(a, b RegionInfo) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// lookupRegion finds a region by its code, "RU-TA", "ru-ta" or "TA".
func lookupRegion(code string) (*region, string, error) {
	all, err := regions()
	if err != nil {
		return nil, "", fmt.Errorf("calendar: embedded regional data: %w", err)
	}
	c := strings.ToUpper(strings.TrimSpace(code))
	if !strings.HasPrefix(c, "RU-") {
		c = "RU-" + c
	}
	if r, ok := all[c]; ok {
		return r, c, nil
	}
	codes := make([]string, 0, len(all))
	for k, r := range all {
		codes = append(codes, fmt.Sprintf("%s (%s, %d–%d)", k, r.info.Name, r.info.FirstYear, r.info.LastYear))
	}
	slices.Sort(codes)
	covered := strings.Join(codes, ", ")
	if why, ok := notCovered[c]; ok {
		return nil, c, fmt.Errorf("calendar: %w: %s is not covered: %s; covered are %s", ErrUnknownRegion, c, why, covered)
	}
	return nil, c, fmt.Errorf("calendar: %w: %q is not an ISO 3166-2 code of a covered region; covered are %s", ErrUnknownRegion, law.Clip(code), covered)
}

// regionEntry caches the regional calendars built on the federal calendar.
type regionEntry struct {
	once sync.Once
	cal  *Calendar
	err  error
}

var regionCache sync.Map // code → *regionEntry

// Region returns c with the non-working days of the region with the given
// ISO 3166-2 code ("RU-TA"; "ru-ta" and "TA" are accepted too): its
// holidays, the days off its law moves them to, and the pre-holiday
// shortening before them (ТК РФ ст. 95 ч. 1), each day citing the regional
// act. The result covers only the years for which the region's law and
// dates are in the data (RegionInfo.FirstYear–LastYear): outside them
// nothing is guessed, as everywhere in this package.
//
// Regional calendars of Russia() are built once per code and shared; for
// other calendars the result is built on each call. c does not change. An
// unknown or uncovered code is an error wrapping ErrUnknownRegion that
// names the covered ones; see Regions.
func (c *Calendar) Region(code string) (*Calendar, error) {
	if !c.Covers(c.First()) {
		return nil, fmt.Errorf("calendar: %w: Region on a calendar that was not built; start from Russia, New or Load", ErrInvalidCalendar)
	}
	r, canonical, err := lookupRegion(code)
	if err != nil {
		return nil, err
	}
	base := c.ProductionView()
	if base != Russia().ProductionView() {
		rc, err := buildRegion(base, r)
		if err != nil {
			return nil, err
		}
		return sameView(c, rc), nil
	}
	v, _ := regionCache.LoadOrStore(canonical, &regionEntry{})
	e := v.(*regionEntry)
	e.once.Do(func() { e.cal, e.err = buildRegion(base, r) })
	if e.err != nil {
		return nil, e.err
	}
	return sameView(c, e.cal), nil
}

// sameView returns the view of rc that c is.
func sameView(c, rc *Calendar) *Calendar {
	if c.IsCivilView() {
		return rc.CivilView()
	}
	return rc
}

// buildRegion derives base with r's acts over the years both cover.
func buildRegion(base *Calendar, r *region) (*Calendar, error) {
	def := base.Definition()
	for _, a := range def.Acts {
		for _, other := range mustRegions() {
			for _, ra := range other.acts {
				if ra.Citation == a.Citation {
					return nil, fmt.Errorf("calendar: %w: the calendar already has the regional act %q; apply Region to the federal calendar",
						ErrInvalidCalendar, law.Clip(a.Citation))
				}
			}
		}
	}
	first, last := max(def.FirstYear, r.info.FirstYear), min(def.LastYear, r.info.LastYear)
	if first > last {
		return nil, fmt.Errorf("calendar: %w: %s is covered for %d–%d, the calendar for %d–%d",
			ErrNotCovered, r.info.Code, r.info.FirstYear, r.info.LastYear, def.FirstYear, def.LastYear)
	}
	def.Name = fmt.Sprintf("%s; %s (%s)", def.Name, r.info.Name, r.info.Code)
	def.FirstYear, def.LastYear = first, last
	def.Acts = slices.DeleteFunc(def.Acts, func(a Act) bool { return a.Year < first || a.Year > last })

	// A holiday on a weekend that the region does not move leaves the
	// weekend as it is; only the working day before it is shortened (ТК РФ
	// ст. 95 ч. 1). It is kept out of the holidays, or the federal weekend
	// shift (ТК РФ ст. 112 ч. 2) would move it.
	var kept []NamedDate
	for _, ra := range r.acts {
		if ra.Year < first || ra.Year > last {
			continue
		}
		a := ra.Act
		a.Holidays = nil
		for _, h := range ra.Holidays {
			if wd := h.Date.Weekday(); ra.noWeekendShift && (wd == time.Saturday || wd == time.Sunday) {
				kept = append(kept, h)
				continue
			}
			a.Holidays = append(a.Holidays, h)
		}
		def.Acts = append(def.Acts, a)
	}
	draft, err := New(def)
	if err != nil {
		return nil, fmt.Errorf("calendar: regional data %s: %w", r.info.Code, err)
	}
	shortened := map[int]int{} // year → index of its act in def.Acts
	for _, k := range kept {
		prev := k.Date.AddDays(-1)
		if !draft.IsWorkday(prev) {
			continue
		}
		i, ok := shortened[prev.Year()]
		if !ok {
			i = len(def.Acts)
			shortened[prev.Year()] = i
			def.Acts = append(def.Acts, Act{Year: prev.Year(), Citation: "ТК РФ ст. 95 ч. 1",
				CitationEN: "Labour Code of the Russian Federation, Art. 95, Part 1"})
		}
		wd := k.Date.Weekday()
		def.Acts[i].Shortened = append(def.Acts[i].Shortened, NamedDate{
			Date: prev,
			Name: fmt.Sprintf("предпраздничный день, сокращён на один час (%s, %s — «%s», день отдыха не переносится)",
				k.Date.Russian(), WeekdayText(wd, law.Russian), k.Name),
			NameEN: fmt.Sprintf("pre-holiday day, one hour shorter (%s, a %s, is “%s”; no day off is moved)",
				k.Date.Text(law.English), wd, orElse(k.NameEN, k.Name)),
		})
	}
	if len(shortened) == 0 {
		return draft, nil
	}
	rc, err := New(def)
	if err != nil {
		return nil, fmt.Errorf("calendar: regional data %s: %w", r.info.Code, err)
	}
	return rc, nil
}

func orElse(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}

// mustRegions returns the parsed regions, or none when the embedded data is
// broken (Region reports that error itself).
func mustRegions() map[string]*region {
	all, _ := regions()
	return all
}
