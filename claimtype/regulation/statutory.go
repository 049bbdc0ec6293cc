package regulation

import (
	"slices"

	"github.com/zozpp/zozpp/claimtype"
)

// StatutoryFor is the statutory term of a claim of type t, ready for
// CompareWith: its due day computed by claimtype's rules (ГК РФ ст. 191–194)
// and the provisions that set it. A regulation's stage that would end after
// it is marked AfterStatutoryDue: the law's term wins.
func StatutoryFor(t claimtype.Type, c claimtype.Claim, opts ...claimtype.Option) (Statutory, error) {
	r, err := t.Deadline(c, opts...)
	if err != nil {
		return Statutory{}, err
	}
	return Statutory{
		ID:    string(t.ID),
		Title: Text{RU: t.Title, EN: t.TitleEN},
		Due:   r.Due,
		Refs:  slices.Clone(t.Basis),
	}, nil
}
