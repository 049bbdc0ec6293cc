package server

import (
	"net/http"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/penalty"
)

// Bounds on one POST /v1/penalty: far beyond any real claim, and they keep
// every request within its CPU budget.
const (
	maxPayments   = 1000
	maxExclusions = 100
)

// PenaltyRequest is the body of POST /v1/penalty: one delay priced by a
// statutory rule, or by a contractual daily rate. Field names are those of
// penalty.Input, so an error names the field as sent.
type PenaltyRequest struct {
	Rule           string         `json:"rule" doc:"The statutory rule (dynamic enum; GET /docs lists them with their articles), or contract for a contractual daily rate given in rate_percent." example:"goods"`
	RatePercent    *Amount        `json:"rate_percent,omitempty" doc:"With rule contract: the daily rate in percent, e.g. \"0.1\" for 0.1 % a day."`
	CapToBase      bool           `json:"cap_to_base,omitempty" doc:"With rule contract: the total may not exceed the base."`
	Base           Amount         `json:"base" doc:"The amount the rate applies to: the price, the prepayment, the debt."`
	From           Date           `json:"from" doc:"The first day of delay (the day after the due day), included." example:"2025-01-10"`
	To             Date           `json:"to" doc:"The day of performance, or the calculation date, included." example:"2025-02-03"`
	Payments       []PaymentInput `json:"payments,omitempty" maxItems:"1000" doc:"Payments that lower a debt-type base from the day after each, in order of date."`
	Exclude        []PeriodInput  `json:"exclude,omitempty" maxItems:"100" doc:"Periods in which nothing accrues, in order, not overlapping."`
	Moratorium2022 bool           `json:"moratorium_2022,omitempty" doc:"Exclude 01.04.2022–01.10.2022 (Постановление Правительства РФ от 28.03.2022 № 497)."`
	Cap            *Amount        `json:"cap,omitempty" doc:"A ceiling on the total besides the rule's own (for ОСАГО: what remains of the insured sum)."`
	Rounding       string         `json:"rounding,omitempty" enum:"each-row,daily-amount" doc:"each-row (default): each row's exact amount rounded once; daily-amount: the daily amount rounded first."`
	District       string         `json:"district,omitempty" doc:"For ст. 395 in 2015–16: the creditor's federal district (ЦФО by default)." example:"ЦФО"`
	RateDate       *Date          `json:"rate_date,omitempty" doc:"For rules that fix one day's rate: that day (e.g. the court's decision)."`
	AssumeLastRate bool           `json:"assume_last_rate,omitempty" doc:"Price days after the last known reference rate at that rate, each such row marked assumed, instead of failing with out_of_range."`
	EndExclusive   bool           `json:"end_exclusive,omitempty" doc:"Do not count the day of performance."`
}

// PaymentInput is a payment in a request.
type PaymentInput struct {
	On     Date   `json:"on" doc:"The day of the payment."`
	Amount Amount `json:"amount" doc:"The amount paid."`
}

// PeriodInput is an inclusive period in a request.
type PeriodInput struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// ruleIDs lists the statutory rules POST /v1/penalty prices, and contract.
func ruleIDs() []any {
	var ids []any
	for _, r := range penalty.Rules() {
		ids = append(ids, string(r.ID))
	}
	return append(ids, "contract")
}

// input builds the penalty input and rule of the request.
func (req *PenaltyRequest) input(d *Data) (penalty.Rule, penalty.Input, *Problem) {
	var rule penalty.Rule
	var in penalty.Input
	switch {
	case req.Rule == "contract":
		if req.RatePercent == nil {
			return rule, in, problem(codeInvalidField, "rate_percent", "required with rule contract: the daily rate in percent, e.g. \"0.1\"")
		}
		rate := req.RatePercent.Decimal
		if !rate.IsPositive() || rate.GreaterThan(decimal.NewFromInt(100)) {
			return rule, in, problem(codeInvalidField, "rate_percent", "accepted is a daily rate above 0 and at most 100 percent")
		}
		rule = penalty.Rule{Name: "неустойка по договору", Rate: rate.Shift(-2), Base: penalty.Debt, CapToBase: req.CapToBase}
	case req.RatePercent != nil || req.CapToBase:
		return rule, in, problem(codeInvalidField, "rate_percent", "rate_percent and cap_to_base are for rule contract only; a statutory rule has its own rate and cap")
	default:
		r, ok := penalty.RuleByID(penalty.RuleID(req.Rule))
		if !ok {
			return rule, in, problem(codeUnknownRule, "rule", "rule "+quoteClip(req.Rule)+" is not accepted: see the rule enum in /openapi.json, or use contract")
		}
		rule = r
	}
	switch {
	case len(req.Payments) > maxPayments:
		return rule, in, problem(codeInvalidField, "payments", "more than "+strconv.Itoa(maxPayments)+" payments")
	case len(req.Exclude) > maxExclusions:
		return rule, in, problem(codeInvalidField, "exclude", "more than "+strconv.Itoa(maxExclusions)+" periods")
	}
	in = penalty.Input{
		Base: req.Base.Decimal, From: calendar.Date(req.From), To: calendar.Date(req.To),
		AssumeLastRate: req.AssumeLastRate, EndExclusive: req.EndExclusive, District: penalty.District(req.District),
	}
	for _, p := range req.Payments {
		in.Payments = append(in.Payments, penalty.Payment{On: calendar.Date(p.On), Amount: p.Amount.Decimal})
	}
	for _, p := range req.Exclude {
		in.Exclude = append(in.Exclude, penalty.Period{From: calendar.Date(p.From), To: calendar.Date(p.To)})
	}
	if req.Moratorium2022 {
		in.Exclude = append(in.Exclude, penalty.Moratorium2022())
	}
	if req.Cap != nil {
		in.Cap = req.Cap.Decimal
	}
	if req.RateDate != nil {
		in.RateDate = calendar.Date(*req.RateDate)
	}
	if req.Rounding != "" {
		if err := in.Rounding.UnmarshalText([]byte(req.Rounding)); err != nil {
			return rule, in, libraryProblem(err, "")
		}
	}
	// Newer rates from -rates apply to the reference the rule takes.
	if d.RatesSource.Kind == "file" && req.District == "" {
		switch rule.Reference {
		case penalty.ReferenceKeyRate:
			in.Rates = d.KeyRates
		case penalty.ReferenceRefinancingRate:
			in.Rates = d.Refinancing
		case penalty.ReferenceArt395:
			in.Rates = d.Art395
		}
	}
	return rule, in, nil
}

func (s *Server) handlePenalty(w http.ResponseWriter, r *http.Request) {
	var req PenaltyRequest
	lang, buf := s.readJSON(w, r, &req)
	if buf == nil {
		return
	}
	defer putBuffer(buf)
	rule, in, p := req.input(s.data.Load())
	if p != nil {
		writeProblem(w, r, p)
		return
	}
	calc, err := rule.Compute(in)
	if err != nil {
		if p := libraryProblem(err, ""); p != nil {
			writeProblem(w, r, p)
			return
		}
		s.internalError(w, r, "penalty", err)
		return
	}
	*buf = calc.AppendJSON((*buf)[:0], lang)
	writeJSON(w, http.StatusOK, *buf)
}
