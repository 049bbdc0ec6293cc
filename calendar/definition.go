package calendar

import "time"

// Definition is the law a Calendar is derived from, organised as the law
// is: the statutory list of holidays with the years each entry was in force,
// the rule that moves a weekend coinciding with a holiday, and one record per
// act (a Government transfer decree, a Presidential decree on non-working
// days, a regional law). It is also the JSON format read by Load; the
// embedded federal calendar is one such document (data/russia.json).
//
// Days are derived, never listed: every Day's Basis names the statute or act
// that produced it.
type Definition struct {
	// Name describes the calendar ("Российская Федерация (федеральный)").
	Name string `json:"name"`
	// FirstYear and LastYear bound the covered range. Years after the last
	// yearly decree are derived from the statute alone and are Provisional.
	FirstYear int `json:"first_year"`
	LastYear  int `json:"last_year"`
	// WorkdayBasis, WeekendBasis and ShortenedBasis cite the rules for
	// ordinary days: the five-day week with Saturday and Sunday off
	// (ТК РФ ст. 111) and the pre-holiday shortening (ТК РФ ст. 95 ч. 1).
	WorkdayBasis   string `json:"workday_basis"`
	WeekendBasis   string `json:"weekend_basis"`
	ShortenedBasis string `json:"shortened_basis"`
	// WeekendShift lists the periods in which a weekend coinciding with a
	// holiday moves to the next working day (ТК РФ ст. 112 ч. 2).
	WeekendShift []ShiftRule `json:"weekend_shift"`
	// Holidays is the statutory list of нерабочие праздничные дни.
	Holidays []Statute `json:"holidays"`
	// Acts are the decrees and laws that change particular days.
	Acts []Act `json:"acts"`
}

// ShiftRule is a period of years in which the weekend shift applies.
type ShiftRule struct {
	From  int    `json:"from"`
	To    int    `json:"to,omitempty"` // 0: still in force
	Basis string `json:"basis"`
}

// Statute is one entry of the statutory holiday list: the same days of a
// month every year from From to To.
type Statute struct {
	Name   string     `json:"name"`
	NameEN string     `json:"name_en,omitempty"`
	Month  time.Month `json:"month"`
	Days   []int      `json:"days"`
	From   int        `json:"from"`
	To     int        `json:"to,omitempty"` // 0: still in force
	Basis  string     `json:"basis"`
	// NoWeekendShift exempts these days from the weekend shift: since 2013
	// the weekends coinciding with 1–8 January are moved by the yearly decree
	// instead (ТК РФ ст. 112 ч. 2 in the wording of 23.04.2012 № 35-ФЗ).
	NoWeekendShift bool `json:"no_weekend_shift,omitempty"`
}

// inForce reports whether the statute lists its days in year.
func (s Statute) inForce(year int) bool { return year >= s.From && (s.To == 0 || year <= s.To) }

// Act is one decree or law that changes particular days.
type Act struct {
	// Year is the calendar year the act governs.
	Year int `json:"year"`
	// Citation is the act's reference as Russian documents write it,
	// "Постановление Правительства РФ от 10.08.2023 № 1314"; it becomes
	// Day.Basis, read by law.ParseRef. A citation in another form (an act
	// whose number is unknown, a regional law) is kept as text, with
	// CitationEN as its English rendering.
	Citation   string `json:"citation"`
	CitationEN string `json:"citation_en,omitempty"`
	// Title is the act's full title, when known.
	Title string `json:"title,omitempty"`
	// Yearly marks the Government's yearly transfer decree (ТК РФ ст. 112
	// ч. 5): its year is official, no longer Provisional. It is also set for
	// a year in which no transfer was needed and none was decreed.
	Yearly bool `json:"yearly,omitempty"`
	// Transfers move days off.
	Transfers []Transfer `json:"transfers,omitempty"`
	// NonWorking are periods of special non-working days (Presidential
	// decrees of 2020–2021): every working day inside becomes NonWorking.
	NonWorking []Span `json:"non_working,omitempty"`
	// Holidays are additional нерабочие праздничные дни on given dates, such
	// as a republic's own holidays (ТК РФ ст. 6 ч. 2).
	Holidays []NamedDate `json:"holidays,omitempty"`
	// Shortened are working days shortened by one hour outside the rule of
	// ТК РФ ст. 95, with the reason.
	Shortened []NamedDate `json:"shortened,omitempty"`
}

// Transfer moves a day off from From to To. From is a weekend day (it
// becomes a working day), a holiday that fell on a weekend (the day off owed
// for it moves to To instead of the next working day), or the weekday the
// weekend shift made a day off (it becomes a working day again). To is a
// working Monday–Friday; it becomes a day off.
type Transfer struct {
	From   Date   `json:"from"`
	To     Date   `json:"to"`
	Note   string `json:"note,omitempty"`
	NoteEN string `json:"note_en,omitempty"`
}

// Span is an inclusive range of dates.
type Span struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// NamedDate is a date with a name or a reason.
type NamedDate struct {
	Date   Date   `json:"date"`
	Name   string `json:"name"`
	NameEN string `json:"name_en,omitempty"`
}
