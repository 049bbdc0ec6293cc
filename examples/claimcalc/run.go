package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/zozpp/zozpp/claimtype"
)

// usageError is a bad flag or value: one line, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// run is the whole program; main only wires it to the process. It returns
// the exit status: 0, 1 for a claim the library rejects, 2 for bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	out, err := execute(args)
	if err != nil {
		fmt.Fprintln(stderr, "claimcalc: "+err.Error())
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	_, _ = stdout.Write(out)
	return 0
}

// execute parses args and returns the complete output, so that nothing is
// printed unless everything succeeded.
func execute(args []string) ([]byte, error) {
	fs := flag.NewFlagSet("claimcalc", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var (
		claim     = fs.String("claim", "", "claim type ID, e.g. goods.refund (see -list)")
		event     = fs.String("event", "", "the day the term runs from (YYYY-MM-DD or DD.MM.YYYY)")
		received  = fs.String("received", "", "alias of -event: the day the claim was received")
		price     = fs.String("price", "", "the amount the penalty is taken from: price of the goods or work, prepayment, payout, debt")
		performed = fs.String("performed", "", "the day the claim was satisfied")
		asOf      = fs.String("asof", "", "calculation date of a claim not yet satisfied (instead of -performed)")
		term      = fs.String("term", "", "term set by the consumer, e.g. 14d, 3wd, 20hd, 2w, 1m, 1y")
		agreed    = fs.String("agreed", "", "term agreed in the contract or in writing, same form as -term")
		paid      = fs.String("paid", "", "payments, e.g. 2025-01-20:1000,2025-01-25:500.50")
		from      = fs.String("penalty-from", "", "first day of delay when the penalty runs from an earlier event")
		cap       = fs.String("cap", "", "extra ceiling on the penalty (ОСАГО ст. 16.1 п. 6), rubles")
		moratory  = fs.Bool("moratorium2022", false, "exclude 01.04.2022–01.10.2022 (Постановление Правительства РФ № 497)")
		awarded   = fs.Bool("awarded", false, "the base is also awarded: include it in the ст. 13 п. 6 fine preview")
		format    = fs.String("format", "text", "output: text or json")
		list      = fs.Bool("list", false, "print the catalog of claim types")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return usage(fs), nil
		}
		return nil, usagef("%v (run with -h for the flags)", err)
	}
	if fs.NArg() > 0 {
		return nil, usagef("unexpected argument %q; every value goes with a flag, e.g. -price 59990", fs.Arg(0))
	}
	if *format != "text" && *format != "json" {
		return nil, usagef("-format %q: accepted: text, json", *format)
	}
	if *list {
		return catalog(*format)
	}
	if *claim == "" {
		return nil, usagef("-claim is required: a claim type ID such as goods.refund (claimcalc -list shows them all)")
	}
	t, err := claimtype.Get(claimtype.ID(*claim))
	if err != nil {
		return nil, usagef("-claim: %v", err)
	}
	if *event != "" && *received != "" && *event != *received {
		return nil, usagef("-event and -received are the same date; give one")
	}
	if *event == "" {
		*event = *received
	}
	var c claimtype.Claim
	p := parser{}
	c.Event = p.date("-received", *event, true)
	c.PerformedOn = p.date("-performed", *performed, false)
	c.AsOf = p.date("-asof", *asOf, false)
	c.PenaltyFrom = p.date("-penalty-from", *from, false)
	c.Base = p.amount("-price", *price)
	c.Cap = p.amount("-cap", *cap)
	c.ConsumerTerm = p.term("-term", *term)
	c.AgreedTerm = p.term("-agreed", *agreed)
	c.Payments = p.payments("-paid", *paid)
	c.Moratorium2022, c.BaseAwarded = *moratory, *awarded
	if p.err != nil {
		return nil, p.err
	}
	a, err := t.Assess(c)
	if err != nil {
		return nil, err
	}
	if *format == "json" {
		return jsonLine(a)
	}
	return []byte(a.String() + "\n"), nil
}

func usage(fs *flag.FlagSet) []byte {
	var b bytes.Buffer
	b.WriteString("usage: claimcalc -claim ID -received DATE [-price AMOUNT] [-performed DATE | -asof DATE] [flags]\n       claimcalc -list\n\n")
	fs.SetOutput(&b)
	fs.PrintDefaults()
	return b.Bytes()
}

// catalog prints every claim type: ID, term, penalty, basis.
func catalog(format string) ([]byte, error) {
	all := claimtype.All()
	if format == "json" {
		return jsonLine(all)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-40s %-48s %-22s %s\n", "ID", "СРОК", "НЕУСТОЙКА", "ОСНОВАНИЕ")
	for _, t := range all {
		fmt.Fprintf(&b, "%-40s %-48s %-22s %s\n", t.ID, termText(t), penaltyText(t), t.Basis)
	}
	return []byte(b.String()), nil
}

func termText(t claimtype.Type) string {
	switch t.TermKind {
	case claimtype.Fixed:
		return t.Term.String()
	case claimtype.AtMost:
		return "не более " + t.Term.Genitive()
	case claimtype.Window:
		return t.Term.String() + " (срок потребителя)"
	}
	return t.TermKind.Russian()
}

func penaltyText(t claimtype.Type) string {
	switch {
	case t.Penalty != nil:
		s := t.Penalty.Rate.Shift(2).String() + " % в день"
		if t.Penalty.CapToBase {
			s += ", ≤ базы"
		}
		return s
	case t.Interest395:
		return "ГК РФ ст. 395"
	}
	return "—"
}

func jsonLine(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
