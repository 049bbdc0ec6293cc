package claimtype

import (
	"errors"
	"slices"
	"strings"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

// knownRule reports whether the catalog's penalty name is a statutory rule
// of package penalty (its penalty.RuleID).
func knownRule(name string) bool { _, ok := penalty.RuleByID(penalty.RuleID(name)); return ok }

// newRule returns a fresh copy of the named rule; the name is known.
func newRule(name string) penalty.Rule { r, _ := penalty.RuleByID(penalty.RuleID(name)); return r }

func ruleNames() []string {
	var names []string
	for _, r := range penalty.Rules() {
		names = append(names, string(r.ID))
	}
	return names
}

// input is the penalty.Input of claim c from its first day of delay to its
// last day of calculation.
func (c Claim) input(from, until calendar.Date) penalty.Input {
	in := penalty.Input{Base: c.Base, From: from, To: until, Payments: c.Payments, Exclude: c.Exclude, Cap: c.Cap,
		Performed: c.PerformedValue, AssumeLastRate: c.AssumeLastRate}
	if c.Moratorium2022 {
		in.Exclude = append(slices.Clip(in.Exclude), penalty.Moratorium2022())
	}
	return in
}

// price computes rule over the claim's delay; errors about the claim's
// fields become FieldErrors naming them.
func price(rule penalty.Rule, c Claim, from, until calendar.Date) (penalty.Calculation, error) {
	return compute(rule, c, c.input(from, until))
}

// compute prices in with rule; the claim's base is required.
func compute(rule penalty.Rule, c Claim, in penalty.Input) (penalty.Calculation, error) {
	if !c.Base.IsPositive() {
		return penalty.Calculation{}, fieldError("base", nil, "required once the term is missed: the amount the sanction is taken from (%s), in rubles, above zero", rule.Base.Text(0))
	}
	calc, err := rule.Compute(in)
	if err != nil {
		return penalty.Calculation{}, inputError(err)
	}
	return calc, nil
}

// inputError names the claim's field a penalty error is about. The
// penalty package names its Input fields; a claim's fields have the same
// names, except the period of delay, whose end is the claim's
// performed_on or as_of.
func inputError(err error) error {
	if err == nil {
		return nil
	}
	var ie *penalty.InputError
	if !errors.As(err, &ie) {
		return err
	}
	field := ie.Field
	switch {
	case field == "to" || field == "from" || field == "":
		field = "as_of"
	case strings.HasPrefix(field, "exclude") && strings.Contains(err.Error(), "2022"):
		field = "moratorium_2022"
	}
	sentinel := penalty.ErrInvalidInput
	if errors.Is(err, penalty.ErrOutOfRange) {
		sentinel = penalty.ErrOutOfRange
	}
	return fieldError(field, sentinel, "%s", ie.Message)
}
