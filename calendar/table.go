package calendar

import "github.com/zozpp/zozpp/calendar/law"

// draft is one day while the calendar is being derived.
type draft struct {
	kind         Kind
	shortened    bool
	name, nameEN string
	basis        law.Ref
	// owedTo is where the day off owed for a weekend holiday was moved by a
	// decree (suppresses the automatic weekend shift).
	owedTo Date
}

// table is the derived, read-only day data of a calendar, shared by its
// views. Names and citations are interned: a calendar of 34 years has a
// few hundred distinct ones.
type table struct {
	def             Definition // deep copy of the definition it was built from
	first           Date
	kinds           []Kind
	shortened       []bool
	names, bases    []uint16 // indexes into namePairs and refs
	namePairs       [][2]string
	refs            []law.Ref
	officialThrough int
	nonHoliday      counter // days that are not нерабочие праздничные дни
}

func newTable(def *Definition, first Date, days []draft) *table {
	t := &table{
		def:       cloneDefinition(def),
		first:     first,
		kinds:     make([]Kind, len(days)),
		shortened: make([]bool, len(days)),
		names:     make([]uint16, len(days)),
		bases:     make([]uint16, len(days)),
	}
	nameIndex := map[[2]string]uint16{}
	refIndex := map[law.Ref]uint16{}
	for i, d := range days {
		t.kinds[i], t.shortened[i] = d.kind, d.shortened
		pair := [2]string{d.name, d.nameEN}
		n, ok := nameIndex[pair]
		if !ok {
			n = uint16(len(t.namePairs))
			nameIndex[pair] = n
			t.namePairs = append(t.namePairs, pair)
		}
		r, ok := refIndex[d.basis]
		if !ok {
			r = uint16(len(t.refs))
			refIndex[d.basis] = r
			t.refs = append(t.refs, d.basis)
		}
		t.names[i], t.bases[i] = n, r
	}
	for _, a := range def.Acts {
		if a.Yearly && a.Year > t.officialThrough {
			t.officialThrough = a.Year
		}
	}
	t.nonHoliday = newCounter(t.kinds, ^Holiday.mask())
	return t
}

// cloneDefinition returns a deep copy, so that no caller can change a
// calendar's definition after it was built.
func cloneDefinition(def *Definition) Definition {
	c := *def
	c.WeekendShift = append([]ShiftRule(nil), def.WeekendShift...)
	c.Holidays = make([]Statute, len(def.Holidays))
	for i, s := range def.Holidays {
		s.Days = append([]int(nil), s.Days...)
		c.Holidays[i] = s
	}
	c.Acts = make([]Act, len(def.Acts))
	for i, a := range def.Acts {
		a.Transfers = append([]Transfer(nil), a.Transfers...)
		a.NonWorking = append([]Span(nil), a.NonWorking...)
		a.Holidays = append([]NamedDate(nil), a.Holidays...)
		a.Shortened = append([]NamedDate(nil), a.Shortened...)
		c.Acts[i] = a
	}
	return c
}
