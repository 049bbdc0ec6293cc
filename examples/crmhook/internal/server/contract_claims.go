package server

import (
	"reflect"

	"github.com/danielgtaylor/huma/v2"

	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/penalty"
)

// Money is an amount in an answer: a decimal string in rubles with two
// decimals ("14997.50"); never a JSON number, so no client rounds it
// through a float.
type Money string

// Schema describes Money.
func (Money) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: "string", Pattern: `^-?[0-9]+\.[0-9]{2}$`, Description: "Rubles with kopecks, a decimal string.", Examples: []any{"14997.50"}}
}

// Fraction is a rate in an answer: a decimal string fraction ("0.01" is
// 1 %).
type Fraction string

// Schema describes Fraction.
func (Fraction) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: "string", Pattern: `^-?[0-9]+(\.[0-9]+)?$`, Description: "A decimal string.", Examples: []any{"0.01"}}
}

// ClaimInput is one claim (claimtype.DecodeClaim reads it): the body of
// POST /v1/assess and an item of a batch.
type ClaimInput struct {
	ClaimType       string         `json:"claim_type" maxLength:"100" doc:"The claim type's id (GET /v1/claimtypes)." example:"goods.refund"`
	Event           *Date          `json:"event,omitempty" doc:"The day the type's term runs from (its from): the claim received, the goods handed over, the contract's date. Required, except for a schedule type, whose debts carry their own due days."`
	Base            *Amount        `json:"base,omitempty" doc:"The amount the penalty rate applies to: the price of the goods, of the work, the prepayment, the insurance payout; for ст. 395 interest, the debt. Not needed for a deadline alone."`
	PerformedOn     *Date          `json:"performed_on,omitempty" doc:"The day the claim was satisfied; the penalty runs through it, inclusive (Пленум ВС РФ № 7, п. 65)."`
	AsOf            *Date          `json:"as_of,omitempty" doc:"The calculation date of a claim not yet satisfied: a running penalty. Give performed_on or as_of, not both."`
	Payments        []ClaimPayment `json:"payments,omitempty" doc:"Payments that lower a debt-type base from the day after each, in order of date."`
	ConsumerTerm    *TermInput     `json:"consumer_term,omitempty" doc:"The term the consumer set (types with term_kind set_by_consumer only)."`
	AgreedTerm      *TermInput     `json:"agreed_term,omitempty" doc:"The term agreed in the contract or in writing (term_kind agreed_term; at_most types within the statutory maximum)."`
	PenaltyFrom     *Date          `json:"penalty_from,omitempty" doc:"The first day of delay when the penalty runs from an earlier event (ЗоЗПП ст. 23.1 п. 3)."`
	Exclude         []ExcludeInput `json:"exclude,omitempty" doc:"Periods in which nothing accrues, in order, not overlapping."`
	Moratorium2022  bool           `json:"moratorium_2022,omitempty" doc:"Exclude 01.04.2022–01.10.2022 (Постановление Правительства РФ от 28.03.2022 № 497); the caller decides whether it covers the debtor."`
	Cap             *Amount        `json:"cap,omitempty" doc:"A ceiling on the penalty besides the rule's own: for ОСАГО, the insured sum left (ФЗ № 40-ФЗ ст. 16.1 п. 6)."`
	BaseAwarded     bool           `json:"base_awarded,omitempty" doc:"The court also awards the base (the refund): it enters the ст. 13 п. 6 fine's base."`
	MoralDamages    *Amount        `json:"moral_damages,omitempty" doc:"Moral damages awarded (ЗоЗПП ст. 15): in the fine's base."`
	Losses          *Amount        `json:"losses,omitempty" doc:"Losses awarded: in the fine's base."`
	OtherAwarded    *Amount        `json:"other_awarded,omitempty" doc:"Any other sum awarded to the consumer: in the fine's base."`
	CourtPayout     *Amount        `json:"court_payout,omitempty" doc:"ОСАГО: the insurance payout the court awards, the base of the 50 % fine of ФЗ № 40-ФЗ ст. 16.1 п. 3."`
	PaidVoluntarily *Amount        `json:"paid_voluntarily,omitempty" doc:"ОСАГО: what the insurer paid voluntarily before the suit, not in that fine's base."`
	Region          string         `json:"region,omitempty" maxLength:"8" doc:"ISO 3166-2 code of the place of performance (\"RU-TA\"): its regional non-working days move the due day (ГК РФ ст. 193)."`
	Debts           []DebtInput    `json:"debts,omitempty" doc:"For a schedule type: the debts, each with the day it is due and its amount, in order of due day (at most 1200)."`
	Citizen         bool           `json:"citizen,omitempty" doc:"The creditor is a citizen, where the law doubles the penalty (214-ФЗ ст. 6 ч. 2)."`
	PerformedValue  *Amount        `json:"performed_value,omitempty" doc:"For a supplier's delay under 44-ФЗ ст. 34 ч. 7: the value of what was performed; the penalty is taken from the price less it."`
	AssumeLastRate  bool           `json:"assume_last_rate,omitempty" doc:"Compute ст. 395 interest past the last known key rate at that rate, each such row marked assumed (the rates_assumed warning); by default those days are left out with rates_stale."`
}

// ClaimPayment is a payment of a claim.
type ClaimPayment struct {
	On     Date   `json:"on" doc:"The day of the payment."`
	Amount Amount `json:"amount" doc:"The amount paid."`
	For    *Date  `json:"for,omitempty" doc:"In a schedule: the due day of the debt it pays; else the oldest debt."`
}

// DebtInput is one debt of a schedule.
type DebtInput struct {
	Due    Date   `json:"due" doc:"The last day to pay it on time; the delay starts the next day."`
	Amount Amount `json:"amount"`
}

// ExcludeInput is an excluded period of a claim.
type ExcludeInput struct {
	From  Date   `json:"from"`
	To    Date   `json:"to"`
	Basis string `json:"basis,omitempty" maxLength:"300" doc:"Why nothing accrues: a citation as Russian lawyers write it."`
}

// AssessmentAnswer is an assessed claim (claimtype.Assessment).
type AssessmentAnswer struct {
	ClaimType   *ClaimTypeAnswer   `json:"claim_type" nullable-object:"true" doc:"The claim type assessed."`
	Deadline    DeadlineResult     `json:"deadline" doc:"The due date with its reasoning."`
	Status      string             `json:"status" doc:"Where the claim stands (dynamic enum): no_date (neither performed_on nor as_of), pending, on_time, overdue; window_open, window_closed for the consumer's own periods." example:"overdue"`
	DaysOverdue int                `json:"days_overdue" doc:"Days of delay through performed_on or as_of, both inclusive." example:"25"`
	Penalty     *CalculationAnswer `json:"penalty" nullable-object:"true" doc:"The penalty, or null when the type has none, the claim is on time or no base was given."`
	Interest    *CalculationAnswer `json:"interest_395" nullable-object:"true" doc:"ст. 395 interest where the type has it, else null."`
	Fine        *FineAnswer        `json:"fine" nullable-object:"true" doc:"The fine a court adds (ЗоЗПП ст. 13 п. 6: 50 % of the sums awarded), else null."`
	Warnings    []NoteAnswer       `json:"warnings" doc:"Things a program must react to, by code: rates_stale (interest left out past the known key rate), calendar_provisional (the due day lies in a year with no transfer decree yet), rates_assumed."`
	Notes       []NoteAnswer       `json:"notes" doc:"Explanations that concern the whole assessment."`
	Text        string             `json:"text,omitempty" doc:"With ?text=true: the whole assessment in words, in the answer's language, ready to paste into a claim."`
}

// NoteAnswer is a coded warning or note of an assessment.
type NoteAnswer struct {
	Code  string    `json:"code" doc:"The stable code (dynamic enum)." example:"rates_stale"`
	Refs  []LawRef  `json:"refs"`
	Facts NoteFacts `json:"facts"`
	Text  string    `json:"text" doc:"The note in words, in the answer's language."`
}

// NoteFacts are the data of a note; which are present depends on the code.
type NoteFacts struct {
	Date    ISODate `json:"date,omitempty"`
	Through ISODate `json:"through,omitempty" doc:"For rates_stale and rates_assumed: the last day the rates are known for."`
	Year    int     `json:"year,omitempty" doc:"For calendar_provisional: the year without a decree."`
	Amount  Money   `json:"amount,omitempty"`
}

// ClaimTypeAnswer is a claim type of the catalog (claimtype.Type).
type ClaimTypeAnswer struct {
	ID                string       `json:"id" example:"goods.refund"`
	Title             string       `json:"title" doc:"The Russian title, as a lawyer would write it."`
	TitleEN           string       `json:"title_en" doc:"The English title."`
	Subject           string       `json:"subject" doc:"What the claim is about (dynamic enum)." example:"goods"`
	Basis             []LawRef     `json:"basis" doc:"The provisions that set the claim and its term."`
	TermKind          string       `json:"term_kind" doc:"How the term is set (dynamic enum): fixed by law, at_most (agreed within a statutory maximum), set_by_consumer (consumer_term needed), agreed_term (agreed_term needed), contract_date (event is the contract's date), on_event (no computable date), window (the consumer's own period to act; no penalty)." example:"fixed"`
	Term              *Term        `json:"term" nullable-object:"true" doc:"The statutory term, or null when the consumer or the contract sets it."`
	From              string       `json:"from" doc:"The event the term runs from (dynamic enum)." example:"claim_received"`
	FromText          string       `json:"from_text" doc:"That event in words, in the answer's language."`
	Penalty           *RuleSummary `json:"penalty" nullable-object:"true" doc:"The statutory penalty for missing the term, or null."`
	Interest395       bool         `json:"interest_395" doc:"ст. 395 interest applies to a sum owed."`
	AgreedTermAllowed bool         `json:"agreed_term_allowed,omitempty" doc:"agreed_term may be given."`
	Note              string       `json:"note,omitempty" doc:"What else to know, in the answer's language."`
	Statutory         bool         `json:"statutory" doc:"The term is the law's, not an organisation's regulation."`
}

// RuleSummary is what a CRM needs of a penalty rule.
type RuleSummary struct {
	ID        string   `json:"id" doc:"The rule's id (POST /v1/penalty takes it)." example:"goods"`
	Rate      Fraction `json:"rate" doc:"The daily rate as a fraction: 0.01 is 1 % a day; 0 for a rule at a share of a reference rate."`
	Base      string   `json:"base" doc:"What the rate applies to (dynamic enum)." example:"price_of_goods"`
	CapToBase bool     `json:"cap_to_base" doc:"The total may not exceed the base."`
	Basis     []LawRef `json:"basis"`
}

// CatalogAnswer is the body of GET /v1/claimtypes.
type CatalogAnswer struct {
	Count      int               `json:"count" example:"46"`
	ClaimTypes []ClaimTypeAnswer `json:"claim_types"`
}

// CalculationAnswer is a priced delay (penalty.Calculation).
type CalculationAnswer struct {
	Rule              string             `json:"rule,omitempty" doc:"The statutory rule (dynamic enum); absent for a contractual rule." example:"goods"`
	Name              string             `json:"name,omitempty" doc:"A contractual rule's name."`
	Title             string             `json:"title" doc:"The calculation's title in the answer's language."`
	BaseKind          string             `json:"base_kind,omitempty" doc:"What the rate applied to (dynamic enum)."`
	Rows              []RowAnswer        `json:"rows" doc:"The rows of the table, in order."`
	Debts             []DebtAnswer       `json:"debts,omitempty" doc:"For a schedule of debts: one summary per debt."`
	Allocations       []AllocationAnswer `json:"allocations,omitempty" doc:"For a schedule: how payments were allocated."`
	Days              int                `json:"days" doc:"Days on which the sanction accrued." example:"25"`
	ExcludedDays      int                `json:"excluded_days,omitempty" doc:"Days on which nothing accrued."`
	Uncapped          Money              `json:"uncapped" doc:"The sum of the rows."`
	Total             Money              `json:"total" doc:"The amount owed: uncapped, lowered to the cap." example:"14997.50"`
	Cap               Money              `json:"cap,omitempty" doc:"The ceiling applied."`
	Capped            bool               `json:"capped" doc:"The total was lowered to the cap."`
	CapCode           string             `json:"cap_code,omitempty" doc:"cap.to_base, cap.limit, cap.unlimited, cap.limit_not_applied." example:"cap.unlimited"`
	CapBasis          []LawRef           `json:"cap_basis,omitempty" doc:"The law behind the cap line."`
	CapText           string             `json:"cap_text" doc:"The cap line in words."`
	Basis             []LawRef           `json:"basis" doc:"The articles the amount rests on."`
	Method            []MethodAnswer     `json:"method" doc:"How the amount was computed, step by step."`
	Notes             []PenaltyNote      `json:"notes,omitempty" doc:"Warnings and explanations about the whole calculation."`
	Rounding          string             `json:"rounding" enum:"each-row,daily-amount"`
	DayCount          string             `json:"day_count,omitempty" enum:"actual,30/360"`
	RateOn            string             `json:"rate_on,omitempty" enum:"per_period,day_before_from,on_payment,on_to"`
	RateDate          ISODate            `json:"rate_date,omitempty"`
	EndExclusive      bool               `json:"end_exclusive,omitempty"`
	RatesKnownThrough ISODate            `json:"rates_known_through,omitempty" doc:"The last day the reference rates are known for."`
	Lang              string             `json:"lang" enum:"ru,en" doc:"The language of the texts."`
}

// RowAnswer is one row of a calculation.
type RowAnswer struct {
	Debt       int                  `json:"debt,omitempty" doc:"In a schedule: the debt's index."`
	From       ISODate              `json:"from"`
	To         ISODate              `json:"to"`
	Days       int                  `json:"days" example:"25"`
	DelayDay   int                  `json:"delay_day" doc:"Which day of delay the row starts on (1 for the first)."`
	Reason     string               `json:"reason,omitempty" doc:"Why a new row starts here (a code)." example:"row.start"`
	Base       Money                `json:"base"`
	Rate       Fraction             `json:"rate" doc:"The daily rate as a fraction, or the annual reference rate's share."`
	Share      *ShareAnswer         `json:"share,omitempty" doc:"For a share of a reference rate: 1/300 is {num:1, den:300}."`
	Multiplier int                  `json:"multiplier,omitempty"`
	YearDays   int                  `json:"year_days,omitempty" doc:"365 or 366 for an annual rate."`
	RateDate   ISODate              `json:"rate_date,omitempty"`
	RatePeriod *RatePeriodAnswer    `json:"rate_period,omitempty" doc:"The reference rate in force."`
	Special    *SpecialPeriodAnswer `json:"special,omitempty" doc:"A special period (moratorium, rate cap) the row lies in."`
	Exclusion  *PeriodAnswer        `json:"exclusion,omitempty" doc:"The excluded period the row lies in."`
	Excluded   bool                 `json:"excluded,omitempty" doc:"Nothing accrues in this row."`
	Assumed    bool                 `json:"assumed,omitempty" doc:"Priced at the last known rate (assume_last_rate)."`
	PaidOn     ISODate              `json:"paid_on,omitempty"`
	Paid       Money                `json:"paid,omitempty"`
	Amount     Money                `json:"amount" example:"14997.50"`
	Rounding   string               `json:"rounding,omitempty" enum:"each-row,daily-amount"`
	Formula    string               `json:"formula" doc:"The row's arithmetic, in the answer's language." example:"59 990,00 × 1 % × 25"`
	Note       string               `json:"note,omitempty" doc:"What happened at the row's start, in words."`
}

// ShareAnswer is a share of a reference rate.
type ShareAnswer struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// RatePeriodAnswer is a dated reference rate.
type RatePeriodAnswer struct {
	From     ISODate  `json:"from"`
	Percent  Fraction `json:"percent,omitempty" doc:"Percent per year."`
	Kind     string   `json:"kind" enum:"key,refinancing,deposit,none"`
	District string   `json:"district,omitempty"`
	Source   string   `json:"source,omitempty"`
}

// SpecialPeriodAnswer is a moratorium or a rate cap.
type SpecialPeriodAnswer struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	From    ISODate  `json:"from"`
	To      ISODate  `json:"to"`
	Percent Fraction `json:"percent,omitempty"`
	Basis   []LawRef `json:"basis,omitempty"`
	Mark    string   `json:"mark,omitempty"`
}

// PeriodAnswer is an inclusive period.
type PeriodAnswer struct {
	From  ISODate  `json:"from"`
	To    ISODate  `json:"to"`
	Basis []LawRef `json:"basis,omitempty"`
}

// DebtAnswer summarises one debt of a schedule.
type DebtAnswer struct {
	Due             ISODate `json:"due"`
	Amount          Money   `json:"amount"`
	PaidBeforeDelay Money   `json:"paid_before_delay,omitempty"`
	To              ISODate `json:"to,omitempty"`
	Days            int     `json:"days"`
	Total           Money   `json:"total"`
}

// AllocationAnswer is a payment allocated to a debt.
type AllocationAnswer struct {
	Payment int     `json:"payment"`
	On      ISODate `json:"on"`
	Debt    int     `json:"debt"`
	Amount  Money   `json:"amount"`
	Code    string  `json:"code"`
	Text    string  `json:"text"`
}

// MethodAnswer is one step of a calculation's method.
type MethodAnswer struct {
	Code  string   `json:"code" example:"method.days_inclusive"`
	Basis []LawRef `json:"basis,omitempty"`
	Text  string   `json:"text"`
}

// PenaltyNote is a note of a calculation or a fine.
type PenaltyNote struct {
	Code   string   `json:"code"`
	Date   ISODate  `json:"date,omitempty"`
	Amount Money    `json:"amount,omitempty"`
	Of     Money    `json:"of,omitempty"`
	Basis  []LawRef `json:"basis,omitempty"`
	Text   string   `json:"text"`
}

// FineAnswer is the fine a court adds (penalty.Fine).
type FineAnswer struct {
	Kind  string        `json:"kind" doc:"Which fine." example:"consumer"`
	Parts []FinePart    `json:"parts" doc:"The sums its base is made of."`
	Base  Money         `json:"base"`
	Rate  Fraction      `json:"rate" doc:"0.5 for 50 %." example:"0.5"`
	Total Money         `json:"total" example:"7498.75"`
	Basis []LawRef      `json:"basis"`
	Notes []PenaltyNote `json:"notes,omitempty"`
	Text  string        `json:"text"`
}

// FinePart is one sum in a fine's base.
type FinePart struct {
	Code   string `json:"code"`
	Amount Money  `json:"amount"`
	Text   string `json:"text"`
}

// BatchAnswer is the body of POST /v1/assess/batch for a JSON array.
type BatchAnswer struct {
	Count   int         `json:"count" doc:"The claims in the batch." example:"2"`
	Results []BatchItem `json:"results" doc:"One per claim, in order."`
	Failed  int         `json:"failed" doc:"How many results are problems." example:"0"`
}

// BatchItem is the result for one claim of a batch.
type BatchItem struct {
	Index      int               `json:"index" doc:"The claim's position in the batch, from 0."`
	Status     int               `json:"status" doc:"200, or the status the claim alone would have had." example:"200"`
	Assessment *AssessmentAnswer `json:"assessment,omitempty" doc:"With status 200."`
	Problem    *Problem          `json:"problem,omitempty" doc:"Otherwise."`
}

// extraEnums lists the enums of claimtype and penalty for finishSchemas.
func extraEnums() map[string][]any {
	subjects := textEnum(func(i int) (string, bool) { return textOf(claimtype.Subject(i)) })
	kinds := textEnum(func(i int) (string, bool) { return textOf(claimtype.TermKind(i)) })
	triggers := textEnum(func(i int) (string, bool) { return textOf(claimtype.Trigger(i)) })
	bases := textEnum(func(i int) (string, bool) { return textOf(penalty.Base(i)) })
	rules := ruleIDs()
	var statutory []any
	for _, r := range rules {
		if r != "contract" {
			statutory = append(statutory, r)
		}
	}
	return map[string][]any{
		"ClaimTypeAnswer.subject":     subjects,
		"ClaimTypeAnswer.term_kind":   kinds,
		"ClaimTypeAnswer.from":        triggers,
		"RuleSummary.base":            bases,
		"RuleSummary.id":              statutory,
		"CalculationAnswer.rule":      statutory,
		"CalculationAnswer.base_kind": bases,
		"PenaltyRequest.rule":         rules,
		"AssessmentAnswer.status": {string(claimtype.StatusNoDate), string(claimtype.StatusPending), string(claimtype.StatusOnTime),
			string(claimtype.StatusOverdue), string(claimtype.StatusWindowOpen), string(claimtype.StatusWindowClosed)},
		"NoteAnswer.code": noteCodes(),
	}
}

// noteCodes lists the assessment's note codes.
func noteCodes() []any {
	var out []any
	for _, c := range []claimtype.NoteCode{claimtype.WarnCalendarProvisional, claimtype.WarnRatesStale, claimtype.WarnRatesAssumed,
		claimtype.WarnFineMoratorium, claimtype.NotePenaltyFrom, claimtype.NoteNoPenalty, claimtype.NoteInterest395,
		claimtype.NoteFinePreview, claimtype.NoteOSAGOFine, claimtype.NoteNotStatutory} {
		out = append(out, string(c))
	}
	return out
}

// contractTypes are the types of contract.go, in the order the docs page
// keeps their fields.
var contractTypes = []reflect.Type{
	reflect.TypeOf(Problem{}), reflect.TypeOf(LawRef{}), reflect.TypeOf(LawAct{}), reflect.TypeOf(Term{}), reflect.TypeOf(CalendarDay{}),
	reflect.TypeOf(DeadlineStep{}), reflect.TypeOf(DeadlineFacts{}), reflect.TypeOf(DeadlineLimit{}), reflect.TypeOf(DeadlineResult{}),
	reflect.TypeOf(TermInput{}), reflect.TypeOf(DeadlineRequest{}), reflect.TypeOf(CalendarDayAnswer{}), reflect.TypeOf(WorkdaysAddAnswer{}),
	reflect.TypeOf(WorkdaysCountAnswer{}), reflect.TypeOf(CalendarRangeAnswer{}), reflect.TypeOf(RangeDay{}), reflect.TypeOf(ClaimInput{}),
	reflect.TypeOf(ExcludeInput{}), reflect.TypeOf(ClaimPayment{}), reflect.TypeOf(DebtInput{}), reflect.TypeOf(AssessmentAnswer{}), reflect.TypeOf(NoteAnswer{}), reflect.TypeOf(NoteFacts{}),
	reflect.TypeOf(ClaimTypeAnswer{}), reflect.TypeOf(RuleSummary{}), reflect.TypeOf(CatalogAnswer{}), reflect.TypeOf(CalculationAnswer{}),
	reflect.TypeOf(RowAnswer{}), reflect.TypeOf(ShareAnswer{}), reflect.TypeOf(RatePeriodAnswer{}), reflect.TypeOf(SpecialPeriodAnswer{}),
	reflect.TypeOf(PeriodAnswer{}), reflect.TypeOf(DebtAnswer{}), reflect.TypeOf(AllocationAnswer{}), reflect.TypeOf(MethodAnswer{}),
	reflect.TypeOf(PenaltyNote{}), reflect.TypeOf(FineAnswer{}), reflect.TypeOf(FinePart{}), reflect.TypeOf(BatchAnswer{}),
	reflect.TypeOf(BatchItem{}), reflect.TypeOf(PenaltyRequest{}), reflect.TypeOf(PaymentInput{}), reflect.TypeOf(PeriodInput{}),
	reflect.TypeOf(VersionAnswer{}), reflect.TypeOf(ModuleVersion{}), reflect.TypeOf(DataVersions{}), reflect.TypeOf(CalendarVersion{}),
	reflect.TypeOf(RatesVersion{}), reflect.TypeOf(DataSource{}), reflect.TypeOf(Health{}),
	reflect.TypeOf(DocumentRequest{}), reflect.TypeOf(LetterInput{}), reflect.TypeOf(PartyInput{}),
	reflect.TypeOf(TimelineRequest{}), reflect.TypeOf(RegulationInput{}), reflect.TypeOf(RegulationText{}), reflect.TypeOf(RegulationOffice{}),
	reflect.TypeOf(RegulationHours{}), reflect.TypeOf(RegulationName{}), reflect.TypeOf(RegulationStage{}), reflect.TypeOf(RegulationTerm{}),
	reflect.TypeOf(RegulationVariant{}), reflect.TypeOf(RegulationEscalation{}), reflect.TypeOf(TimelineAnswer{}), reflect.TypeOf(TimelineEntry{}),
	reflect.TypeOf(TimelineNote{}), reflect.TypeOf(TimelineStatutory{}), reflect.TypeOf(PlainLawRef{}),
}
