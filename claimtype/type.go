package claimtype

import (
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// ID identifies a claim type: stable, lowercase, dotted ("goods.refund").
type ID string

// Type is one kind of claim: its statutory term, the event the term runs
// from, the penalty for missing it, and the law behind each.
type Type struct {
	ID      ID     `json:"id"`
	Title   string `json:"title"`    // Russian, as a lawyer would write it
	TitleEN string `json:"title_en"` // English
	Subject Subject
	// Basis cites the article that sets the term: "Закон РФ от 07.02.1992
	// № 2300-1, ст. 22".
	Basis    string
	TermKind TermKind
	// Term is the term for Fixed and Window types, the maximum for AtMost;
	// zero for the others.
	Term deadline.Term
	// From is the event the term runs from.
	From Event
	// Penalty is the statutory daily penalty for missing the term; nil where
	// the law attaches none (then ГК РФ ст. 395 interest may apply to money).
	Penalty *penalty.Rule
	// Interest395 marks a money claim with no statutory penalty on which
	// interest under ГК РФ ст. 395 accrues after the term; Assess computes it.
	Interest395 bool
	// Note explains conditions, exceptions and unverified points, in Russian.
	Note string
	// Statutory is false for the organisation-level presets (Subject
	// Complaint): a regulation's terms, not the law's.
	Statutory bool
}

// HasPenalty reports whether missing the term carries a statutory penalty.
func (t Type) HasPenalty() bool { return t.Penalty != nil }

// clone returns t with its own copy of the penalty rule, so that no caller
// can change the catalog through a returned Type.
func (t Type) clone() Type {
	if t.Penalty != nil {
		r := *t.Penalty
		t.Penalty = &r
	}
	return t
}
