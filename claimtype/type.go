package claimtype

import (
	"slices"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// ID identifies a claim type: stable, lowercase, dotted ("goods.refund").
type ID string

// Type is one kind of claim: its statutory term, the event the term runs
// from, the penalty for missing it, and the law behind each. Get and All
// return copies; changing one changes nothing else.
type Type struct {
	ID      ID
	Title   string // Russian, as a lawyer would write it
	TitleEN string
	Subject Subject
	// Basis cites the provisions that set the term: ЗоЗПП ст. 22, …
	Basis    []law.Ref
	TermKind TermKind
	// Term is the term for TermFixed and TermWindow types, the maximum for
	// TermAtMost; zero for the others.
	Term deadline.Term
	// From is the event the term runs from.
	From Trigger
	// Penalty is the statutory daily penalty for missing the term; nil where
	// the law attaches none (then ГК РФ ст. 395 interest may apply to money).
	Penalty *penalty.Rule
	// CitizenPenalty is the penalty when the creditor is a citizen, where
	// the law doubles it (214-ФЗ ст. 6 ч. 2: Claim.Citizen); nil otherwise.
	CitizenPenalty *penalty.Rule
	// Fine names the court fine a claim of this type previews: the consumer
	// fine (ЗоЗПП ст. 13 п. 6), the ОСАГО fine (40-ФЗ ст. 16.1 п. 3) or the
	// ДДУ fine (214-ФЗ ст. 10 ч. 3); "" for none.
	Fine penalty.FineKind
	// DueShift says how a schedule's due days move off a non-working day:
	// forward (ГК РФ ст. 193; НК РФ ст. 6.1 п. 7 for taxes) or backward
	// (ТК РФ ст. 136 ч. 8 for wages).
	DueShift DueShift
	// Interest395 marks a money claim with no statutory penalty on which
	// interest under ГК РФ ст. 395 accrues after the term; Assess computes it.
	Interest395 bool
	// Note explains conditions, exceptions and unsettled points, in Russian;
	// NoteEN in English.
	Note, NoteEN string
	// AgreedAllowed marks a fixed term that a term agreed by the parties may
	// replace, where the law says so (osago.repair: «срока, согласованного
	// страховщиком и потерпевшим», 40-ФЗ ст. 12 п. 21 абз. 2).
	AgreedAllowed bool
	// Statutory is false for the organisation-level presets (SubjectComplaint):
	// a regulation's terms, not the law's.
	Statutory bool

	rule, citizenRule string // the catalog's names of the rules, to build fresh copies
}

// DueShift says how a due day that is not a working day moves.
type DueShift uint8

// The ways a due day moves.
const (
	ShiftForward DueShift = iota // to the next working day (ГК РФ ст. 193)
	ShiftTax                     // to the next working day (НК РФ ст. 6.1 п. 7)
	ShiftBack                    // to the working day before it (ТК РФ ст. 136 ч. 8)
)

var dueShiftNames = [...]string{ShiftForward: "forward", ShiftTax: "tax", ShiftBack: "back"}

// String returns "forward", "tax" or "back", the names used in JSON.
func (s DueShift) String() string {
	if int(s) < len(dueShiftNames) {
		return dueShiftNames[s]
	}
	return "unknown"
}

// NoteText returns the note in lang, the Russian one where no English one
// exists.
func (t Type) NoteText(lang law.Lang) string {
	if lang == law.English && t.NoteEN != "" {
		return t.NoteEN
	}
	return t.Note
}

// TitleText returns the title in lang.
func (t Type) TitleText(lang law.Lang) string {
	if lang == law.English && t.TitleEN != "" {
		return t.TitleEN
	}
	return t.Title
}

// clone returns t with its own copies of everything it points to, so that
// no caller can change the catalog through a returned Type.
func (t Type) clone() Type {
	t.Basis = slices.Clone(t.Basis)
	if t.Penalty != nil {
		r := newRule(t.rule)
		t.Penalty = &r
	}
	if t.CitizenPenalty != nil {
		r := newRule(t.citizenRule)
		t.CitizenPenalty = &r
	}
	return t
}
