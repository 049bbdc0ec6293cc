package penalty

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
)

// RuleID names a statutory rule; [Calculation.Rule] carries it so that a
// program can tell which sanction was computed. A rule the caller builds
// has no ID (its Name is shown instead).
type RuleID string

// The statutory rules, by the function that returns each.
const (
	RuleGoods               RuleID = "goods"                // [Goods]
	RulePrepayment          RuleID = "prepayment"           // [Prepayment]
	RuleServices            RuleID = "services"             // [Services]
	RuleOSAGO               RuleID = "osago"                // [OSAGO]
	RuleOSAGORepair         RuleID = "osago_repair"         // [OSAGORepair]
	RuleOSAGOSanction       RuleID = "osago_sanction"       // [OSAGOSanction]
	RuleArt395              RuleID = "art395"               // [Art395]
	RuleStatutoryInterest   RuleID = "statutory_interest"   // [StatutoryInterest]
	RuleWages               RuleID = "wages"                // [Wages]
	RuleUtilities           RuleID = "utilities"            // [Utilities]
	RuleCapitalRepair       RuleID = "capital_repair"       // [CapitalRepair]
	RuleDDU                 RuleID = "ddu"                  // [DDU]
	RuleDDUCitizen          RuleID = "ddu_citizen"          // [DDUCitizen]
	RuleTaxIndividual       RuleID = "tax_individual"       // [TaxIndividual]
	RuleTaxOrganisation     RuleID = "tax_organisation"     // [TaxOrganisation]
	RuleProcurementSupplier RuleID = "procurement_supplier" // [ProcurementSupplier]
	RuleProcurementCustomer RuleID = "procurement_customer" // [ProcurementCustomer]
	RuleAlimony             RuleID = "alimony"              // [Alimony]
)

// Reference names the published rate a rule takes a share of.
type Reference uint8

// The reference rates. Each is a dated table ([Rates]) embedded in the
// package; [Input.Rates] replaces it for one calculation.
const (
	// NoReference: a rule with fixed daily rates only.
	NoReference Reference = iota
	// ReferenceKeyRate: the key rate of the Bank of Russia since
	// 13.09.2013 ([KeyRateSeries]).
	ReferenceKeyRate
	// ReferenceRefinancingRate: the refinancing rate of the Bank of Russia
	// since 1992, equal to the key rate from 01.01.2016 (Указание Банка
	// России от 11.12.2015 № 3894-У; [RefinancingRateSeries]). The rate
	// ТК, ЖК, НК and 214-ФЗ name.
	ReferenceRefinancingRate
	// ReferenceArt395: the rate of ГК РФ ст. 395 п. 1 in its three
	// wordings — refinancing, district deposit, key ([Art395Rates]).
	ReferenceArt395
	referenceEnd
)

var referenceNames = [referenceEnd]string{"none", "key_rate", "refinancing_rate", "art395"}

// String returns "none", "key_rate", "refinancing_rate" or "art395".
func (r Reference) String() string {
	if r < referenceEnd {
		return referenceNames[r]
	}
	return fmt.Sprintf("Reference(%d)", uint8(r))
}

// RateOn says which day's reference rate a rule applies.
type RateOn uint8

// The ways the law fixes the day of the rate.
const (
	// RatePerPeriod: the rate in force on each day of delay, rows split
	// where it changes («действующей в это время»: ТК РФ ст. 236, НК РФ
	// ст. 75; «действовавшей в соответствующие периоды»: ГК РФ ст. 395).
	// Input.RateDate is refused, except for ст. 395 delays before
	// 01.06.2015 (one rate, Пленум ВС № 13 / ВАС № 14 п. 3).
	RatePerPeriod RateOn = iota
	// RateOnDayBeforeFrom: one rate, in force on the last day of the term —
	// the day before Input.From — for the whole delay, unless
	// Input.RateDate names another day (214-ФЗ ст. 6 ч. 2 as read by
	// Определение ВС РФ от 27.02.2024 № 127-КГ23-18-К4).
	RateOnDayBeforeFrom
	// RateOnPayment: each part of the debt at the rate in force on the day
	// it was paid; what is unpaid at the rate on Input.To (the calculation
	// date); Input.RateDate names one day for all (ЖК РФ ст. 155 ч. 14 «на
	// день фактической оплаты»; a court takes the day of its decision).
	RateOnPayment
	// RateOnTo: one rate, in force on Input.To — the day the penalty is
	// paid, or the calculation date — unless Input.RateDate names another
	// day (44-ФЗ ст. 34 ч. 7 «на дату уплаты пени»).
	RateOnTo
	rateOnEnd
)

var rateOnNames = [rateOnEnd]string{"per_period", "day_before_from", "on_payment", "on_to"}

// String returns "per_period", "day_before_from", "on_payment" or "on_to".
func (r RateOn) String() string {
	if r < rateOnEnd {
		return rateOnNames[r]
	}
	return fmt.Sprintf("RateOn(%d)", uint8(r))
}

// MarshalText writes the name.
func (r RateOn) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (r *RateOn) UnmarshalText(text []byte) error {
	for i := RateOn(0); i < rateOnEnd; i++ {
		if rateOnNames[i] == string(text) {
			*r = i
			return nil
		}
	}
	return fieldError(ErrInvalidInput, "rate_on", fmt.Sprintf("%q", law.Clip(string(text))), ": accepted are per_period, day_before_from, on_payment, on_to")
}

// Share is the part of an annual reference rate charged per day: {1, 300}
// is one three-hundredth. Den 0 with Num 1 divides the annual rate by the
// days of the year instead (ГК РФ ст. 395, 317.1). The zero Share charges
// nothing.
type Share struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// Annual reports whether s divides by the days of the year.
func (s Share) Annual() bool { return s.Num > 0 && s.Den == 0 }

// IsZero reports whether s charges nothing.
func (s Share) IsZero() bool { return s.Num == 0 }

// String writes "1/300", "1/year" for an annual share, "0" for none.
func (s Share) String() string {
	switch {
	case s.Num == 0:
		return "0"
	case s.Den == 0:
		return itoa(s.Num) + "/year"
	}
	return itoa(s.Num) + "/" + itoa(s.Den)
}

// Tier is the rate from one day of delay on: a Share of the reference rate,
// or a Fixed daily fraction (0.001 = 0.1 %), or — with both zero — nothing
// (a grace period: ЖК РФ ст. 155 ч. 14, days 1–30).
type Tier struct {
	FromDay int             `json:"from_day"` // 1 is the first day of delay (Input.From)
	Share   Share           `json:"share,omitzero"`
	Fixed   decimal.Decimal `json:"fixed,omitzero"`
}

// Era is one wording of a rule: the tiers in force for days of delay From
// through To (zero: open), cited by Basis. With DueFrom set the era covers
// only debts whose delay began on or after it (the tiers of 401-ФЗ applied
// to arrears arising after 01.10.2017). For a day, the last era in the
// rule's list that covers it applies; a day no era covers is
// [ErrOutOfRange].
type Era struct {
	From    calendar.Date `json:"from,omitzero"`
	To      calendar.Date `json:"to,omitzero"`
	DueFrom calendar.Date `json:"due_from,omitzero"`
	Tiers   []Tier        `json:"tiers"`
	Basis   []law.Ref     `json:"basis,omitempty"`
}

func (e Era) covers(d, delayFrom calendar.Date) bool {
	return (e.From.IsZero() || !d.Before(e.From)) && (e.To.IsZero() || !d.After(e.To)) &&
		(e.DueFrom.IsZero() || !delayFrom.Before(e.DueFrom))
}

// Rule is a statutory or contractual sanction priced per day of delay.
//
// The simple form is a fixed daily Rate of a Base (ЗоЗПП 1 %, 3 %, 0.5 %; a
// contractual 0.1 %). A rule at a share of a reference rate sets Reference,
// RateOn and Eras (each with tiers by day of delay), a Multiplier (×2 for a
// citizen under 214-ФЗ) and Special periods (moratoria, rate caps) from the
// package's data. The statutory rules are functions returning a fresh
// value ([Goods], [Wages], [Art395], ...): change a copy freely.
type Rule struct {
	ID   RuleID // the statutory rule; "" for a rule built by the caller
	Name string // a caller's rule: its title, shown as given in every language

	// Rate is a fixed daily rate as a fraction: 0.01 = 1 %. Leave it zero
	// when Eras are given.
	Rate      decimal.Decimal
	Base      Base
	CapToBase bool // the total may not exceed the base (ЗоЗПП ст. 23.1 п. 3, ст. 28 п. 5)

	Basis []law.Ref // the article and clause that set the sanction
	// CapBasis cites the rule's own ceiling (CapToBase) or, for a rule
	// without one, the authority that the law sets none (Пленум ВС РФ
	// № 17 п. 32 for [Goods]).
	CapBasis []law.Ref
	// LimitBasis cites an outside ceiling the caller passes as Input.Cap
	// (40-ФЗ ст. 16.1 п. 6 for ОСАГО); without Input.Cap the calculation
	// says it was not applied.
	LimitBasis []law.Ref

	Reference  Reference
	RateOn     RateOn
	Multiplier int // 0 or 1: none; 2: double (214-ФЗ ст. 6 ч. 2 for a citizen)
	Eras       []Era
	Special    []SpecialPeriod // moratoria, rate caps and fixed rates by period of delay
}

// Limits on a rule a caller builds, so that validating and pricing it is
// bounded.
const (
	maxEras      = 32
	maxTiers     = 16
	maxSpecial   = 64
	maxShareNum  = 10
	maxShareDen  = 1000
	maxMultiple  = 10
	maxRateExp   = 10 // at most 10 decimals in a daily fraction
	maxTierDay   = 1 << 20
	maxNameBytes = 1 << 10
)

// validFixed accepts a daily fraction in (0, 1] with at most 10 decimals,
// in integers, so that checking a rule allocates nothing.
func validFixed(d decimal.Decimal) bool {
	c, e, ok := smallInt(d)
	switch {
	case !ok || c <= 0 || e < -maxRateExp:
		return false
	case e >= 0:
		return e == 0 && c == 1
	}
	return uint64(c) <= pow10[-e]
}

// validate checks a rule, bounding every decimal before anything formats
// it. Errors are *InputError with a Field under "rule".
func (r *Rule) validate() error {
	bad := func(field string, msg ...string) error { return fieldError(ErrInvalidInput, field, msg...) }
	if !r.Base.valid() {
		return bad("rule.base", fmt.Sprintf("base %d", uint8(r.Base)), ": accepted are the bases of the package (price_of_goods … unperformed_price); a zero Rule is not a rule")
	}
	if len(r.Name) > maxNameBytes {
		return bad("rule.name", "longer than 1 KiB")
	}
	if r.Reference >= referenceEnd {
		return bad("rule.reference", fmt.Sprintf("%d", uint8(r.Reference)), ": accepted are none, key_rate, refinancing_rate, art395")
	}
	if r.RateOn >= rateOnEnd {
		return bad("rule.rate_on", fmt.Sprintf("%d", uint8(r.RateOn)), ": accepted are per_period, day_before_from, on_payment, on_to")
	}
	if r.Multiplier < 0 || r.Multiplier > maxMultiple {
		return bad("rule.multiplier", itoa(r.Multiplier), ": accepted is 0 to 10 (0 and 1 mean none)")
	}
	if len(r.Eras) == 0 {
		if !validFixed(r.Rate) {
			return bad("rule.rate", "daily rate ", showDecimal(r.Rate), ": accepted is a fraction in (0, 1] with at most 10 decimals (0.01 = 1 %), or eras")
		}
	} else if !r.Rate.IsZero() {
		return bad("rule.rate", "a fixed rate and eras both given: accepted is one of them")
	}
	if len(r.Eras) > maxEras {
		return bad("rule.eras", itoa(len(r.Eras)), " eras: accepted are at most 32")
	}
	usesShare := false
	for i, e := range r.Eras {
		field := func() string { return indexed("rule.eras", i, "") }
		if !e.From.IsZero() && !e.To.IsZero() && e.To.Before(e.From) {
			return fieldError(ErrInvalidPeriod, field(), "to before from: accepted is an era with to on or after from")
		}
		if len(e.Tiers) == 0 || len(e.Tiers) > maxTiers {
			return bad(field()+".tiers", itoa(len(e.Tiers)), " tiers: accepted are 1 to 16")
		}
		for j, t := range e.Tiers {
			tf := func() string { return indexed(field()+".tiers", j, "") }
			switch {
			case j == 0 && t.FromDay != 1:
				return bad(tf()+".from_day", itoa(t.FromDay), ": accepted is 1 for the first tier")
			case j > 0 && (t.FromDay <= e.Tiers[j-1].FromDay || t.FromDay > maxTierDay):
				return bad(tf()+".from_day", itoa(t.FromDay), ": accepted are days in increasing order")
			case !t.Fixed.IsZero() && !t.Share.IsZero():
				return bad(tf(), "a share and a fixed rate both given: accepted is one of them")
			case !t.Fixed.IsZero() && !validFixed(t.Fixed):
				return bad(tf()+".fixed", showDecimal(t.Fixed), ": accepted is a fraction in (0, 1] with at most 10 decimals")
			case t.Share.Num < 0 || t.Share.Num > maxShareNum || t.Share.Den < 0 || t.Share.Den > maxShareDen || (t.Share.Den == 0 && t.Share.Num > 1):
				return bad(tf()+".share", t.Share.String(), ": accepted is num 1–10 over den 1–1000, or 1/year")
			case t.Share.Num == 0 && t.Share.Den != 0:
				return bad(tf()+".share", "den without num: accepted is num 1–10 over den 1–1000, or 1/year")
			}
			usesShare = usesShare || !t.Share.IsZero()
		}
	}
	if usesShare && r.Reference == NoReference {
		return bad("rule.reference", "shares of a reference rate need a reference: accepted are key_rate, refinancing_rate, art395")
	}
	if !usesShare && r.RateOn != RatePerPeriod {
		return bad("rule.rate_on", "a rule with fixed rates takes no rate day")
	}
	if len(r.Special) > maxSpecial {
		return bad("rule.special", itoa(len(r.Special)), " special periods: accepted are at most 64")
	}
	for i, s := range r.Special {
		if err := s.validate(i); err != nil {
			return err
		}
		for j := range i {
			o := r.Special[j]
			if o.Kind.excludes() == s.Kind.excludes() && !o.To.Before(s.From) && !s.To.Before(o.From) {
				return fieldError(ErrInvalidPeriod, indexed("rule.special", i, ""), "overlaps special period ", o.ID, ": accepted are moratoria (and rate caps) that share no day")
			}
		}
	}
	return nil
}

// annual reports whether any tier divides by the days of the year.
func (r *Rule) annual() bool {
	for _, e := range r.Eras {
		for _, t := range e.Tiers {
			if t.Share.Annual() {
				return true
			}
		}
	}
	return false
}
