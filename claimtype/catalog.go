package claimtype

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

//go:embed data/catalog.json
var catalogJSON []byte

// entry is one record of data/catalog.json: the law as a lawyer reviews it.
// basis is a Russian citation list read by law.ParseRefs; penalty names a
// rule of package penalty (see rules).
type entry struct {
	ID        ID             `json:"id"`
	Title     string         `json:"title"`
	TitleEN   string         `json:"title_en"`
	Subject   Subject        `json:"subject"`
	Basis     string         `json:"basis"`
	TermKind  TermKind       `json:"term_kind"`
	Term      *deadline.Term `json:"term"`
	From      Trigger        `json:"from"`
	Penalty   string         `json:"penalty"`
	Interest  bool           `json:"interest_395"`
	Note      string         `json:"note"`
	NoteEN    string         `json:"note_en"`
	Statutory *bool          `json:"statutory"`
	// CitizenPenalty names the rule for a citizen creditor; Fine the court
	// fine; DueShift how a schedule's due days move.
	CitizenPenalty string `json:"penalty_citizen"`
	Fine           string `json:"fine"`
	DueShift       string `json:"due_shift"`
	// AgreedAllowed lets an agreed term replace a fixed statutory one where
	// the law says so (40-ФЗ ст. 12 п. 21 абз. 2: «срока, согласованного
	// страховщиком и потерпевшим»).
	AgreedAllowed bool `json:"agreed_term_allowed"`
}

type catalog struct {
	all  []Type
	byID map[ID]int
}

// theCatalog is parsed once; TestCatalogLoads guards the embedded data.
var theCatalog = sync.OnceValue(func() *catalog {
	c, err := parseCatalog(catalogJSON)
	if err != nil {
		panic("claimtype: embedded data/catalog.json: " + err.Error())
	}
	return c
})

// parseCatalog reads and checks the catalog: every field known, every ID
// unique and well-formed, every citation readable, every term valid for its
// kind, every penalty name known.
func parseCatalog(data []byte) (*catalog, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var entries []entry
	if err := dec.Decode(&entries); err != nil {
		return nil, err
	}
	c := &catalog{byID: map[ID]int{}}
	for i, e := range entries {
		t, err := e.toType()
		if err != nil {
			return nil, fmt.Errorf("entry %d (%s): %w", i, e.ID, err)
		}
		if _, dup := c.byID[t.ID]; dup {
			return nil, fmt.Errorf("entry %d: duplicate id %s", i, t.ID)
		}
		c.byID[t.ID] = len(c.all)
		c.all = append(c.all, t)
	}
	return c, nil
}

func (e entry) toType() (Type, error) {
	t := Type{ID: e.ID, Title: e.Title, TitleEN: e.TitleEN, Subject: e.Subject, TermKind: e.TermKind, From: e.From,
		Note: e.Note, NoteEN: e.NoteEN, Statutory: e.Statutory == nil || *e.Statutory, Interest395: e.Interest,
		AgreedAllowed: e.AgreedAllowed}
	switch {
	case !validID(string(e.ID)):
		return t, fmt.Errorf("id %q: lowercase words joined by dots", e.ID)
	case e.Title == "" || e.TitleEN == "" || e.Basis == "":
		return t, fmt.Errorf("title, title_en and basis are required")
	case e.Subject == 0 || e.TermKind == 0 || e.From == 0:
		return t, fmt.Errorf("subject, term_kind and from are required")
	case t.Statutory != (e.Subject != SubjectComplaint):
		return t, fmt.Errorf("exactly the complaint presets are not statutory")
	case e.Note != "" && e.NoteEN == "":
		return t, fmt.Errorf("note without note_en")
	case e.AgreedAllowed && e.TermKind != TermFixed:
		return t, fmt.Errorf("agreed_term_allowed is for fixed terms; at_most and agreed_term types take one anyway")
	}
	basis, err := law.ParseRefs(e.Basis)
	if err != nil {
		return t, fmt.Errorf("basis: %w", err)
	}
	t.Basis = basis
	switch penalty.FineKind(e.Fine) {
	case "", penalty.ConsumerFineKind, penalty.OSAGOFineKind, penalty.DDUFineKind:
		t.Fine = penalty.FineKind(e.Fine)
	default:
		return t, fmt.Errorf("fine %q: accepted are consumer, osago, ddu", e.Fine)
	}
	switch e.DueShift {
	case "", "forward":
	case "tax":
		t.DueShift = ShiftTax
	case "back":
		t.DueShift = ShiftBack
	default:
		return t, fmt.Errorf("due_shift %q: accepted are forward, tax, back", e.DueShift)
	}
	if (e.DueShift != "") != (e.TermKind == TermSchedule) && e.DueShift != "" {
		return t, fmt.Errorf("due_shift is for schedules")
	}
	if e.CitizenPenalty != "" {
		if !knownRule(e.CitizenPenalty) || e.Penalty == "" {
			return t, fmt.Errorf("penalty_citizen %q: a known rule beside a penalty; accepted %v", e.CitizenPenalty, ruleNames())
		}
		r := newRule(e.CitizenPenalty)
		t.CitizenPenalty, t.citizenRule = &r, e.CitizenPenalty
	}
	needsTerm := e.TermKind == TermFixed || e.TermKind == TermAtMost || e.TermKind == TermWindow
	if needsTerm != (e.Term != nil) {
		return t, fmt.Errorf("term_kind %s: term given %v", e.TermKind, e.Term != nil)
	}
	if e.Term != nil {
		if err := e.Term.Validate(); err != nil {
			return t, err
		}
		t.Term = *e.Term
	}
	if e.Penalty != "" {
		if !knownRule(e.Penalty) {
			return t, fmt.Errorf("penalty %q: accepted %v", e.Penalty, ruleNames())
		}
		if e.TermKind == TermWindow {
			return t, fmt.Errorf("a window is the consumer's own period: no penalty")
		}
		r := newRule(e.Penalty)
		t.Penalty, t.rule = &r, e.Penalty
	}
	if e.Interest && e.Penalty != "" {
		return t, fmt.Errorf("interest_395 is for money claims without a statutory penalty")
	}
	return t, nil
}

func validID(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '.' && r != '_' {
			return false
		}
	}
	return true
}

// All returns every claim type, in the catalog's stable order: goods,
// services, civil law, insurance, financial services, then the
// organisation-level presets. The slice and everything in it is the
// caller's.
func All() []Type {
	all := theCatalog().all
	out := make([]Type, len(all))
	for i, t := range all {
		out[i] = t.clone()
	}
	return out
}

// Get returns the claim type with the given ID. For an unknown ID the error
// wraps ErrUnknown and names the closest known IDs.
func Get(id ID) (Type, error) {
	c := theCatalog()
	if i, ok := c.byID[id]; ok {
		return c.all[i].clone(), nil
	}
	return Type{}, fmt.Errorf("claimtype: %w %q; closest: %s (GET /v1/claimtypes or claimcalc -list show them all)",
		ErrUnknown, law.Clip(string(id)), strings.Join(closest(id, c.all, 3), ", "))
}

// closest returns the n known IDs nearest to id by edit distance.
func closest(id ID, all []Type, n int) []string {
	type scored struct {
		id   string
		dist int
	}
	s := make([]scored, len(all))
	for i, t := range all {
		s[i] = scored{string(t.ID), distance(string(id), string(t.ID))}
	}
	slices.SortStableFunc(s, func(a, b scored) int { return a.dist - b.dist })
	out := make([]string, 0, n)
	for _, x := range s[:min(n, len(s))] {
		out = append(out, x.id)
	}
	return out
}

// distance is the Levenshtein distance between a and b, over bytes (IDs are
// ASCII); a is cut to 200 bytes so that a hostile ID costs little.
func distance(a, b string) int {
	if len(a) > 200 {
		a = a[:200]
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
