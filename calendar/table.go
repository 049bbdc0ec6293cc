package calendar

// table is the derived, read-only day data of a calendar, shared by its
// views.
type table struct {
	def             Definition // deep copy of the definition it was built from
	first           Date
	kinds           []Kind
	shortened       []bool
	names, bases    []uint16 // indexes into strs
	strs            []string
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
	index := map[string]uint16{}
	intern := func(s string) uint16 {
		i, ok := index[s]
		if !ok {
			i = uint16(len(t.strs))
			index[s] = i
			t.strs = append(t.strs, s)
		}
		return i
	}
	for i, d := range days {
		t.kinds[i], t.shortened[i] = d.kind, d.shortened
		t.names[i], t.bases[i] = intern(d.name), intern(d.basis)
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
