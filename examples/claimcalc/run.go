package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/courtfee"
)

// usageError is a bad flag or value: one line, exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// run is the whole program; main only wires it to the process. It returns
// the exit status: 0; 1 for a claim the library rejects or output that
// cannot be written; 2 for bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	res, err := execute(args)
	if err != nil {
		fmt.Fprintln(stderr, "claimcalc: "+err.Error())
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	for _, w := range res.warnings {
		fmt.Fprintln(stderr, "claimcalc: warning: "+w)
	}
	for _, f := range res.files {
		if err := os.WriteFile(f.name, f.data, 0o644); err != nil {
			fmt.Fprintln(stderr, "claimcalc: writing "+err.Error())
			return 1
		}
	}
	if _, err := stdout.Write(res.out); err != nil {
		fmt.Fprintln(stderr, "claimcalc: writing the output: "+err.Error())
		return 1
	}
	return 0
}

// execute parses args and returns the complete output and the warning
// lines, so that nothing is printed unless everything succeeded.
func execute(args []string) (result, error) {
	fs := flag.NewFlagSet("claimcalc", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var paid multi
	var (
		claim      = fs.String("claim", "", "claim type ID, e.g. goods.refund (see -list)")
		event      = fs.String("event", "", "the day the term runs from (YYYY-MM-DD, DD.MM.YYYY or RFC 3339)")
		received   = fs.String("received", "", "alias of -event: the day the claim was received")
		price      = fs.String("price", "", "the amount the penalty is taken from: price of the goods or work, prepayment, payout, premium, debt; e.g. 59990 or \"59 990,50\"")
		performed  = fs.String("performed", "", "the day the claim was satisfied")
		asOf       = fs.String("asof", "", "calculation date of a claim not yet satisfied (instead of -performed)")
		term       = fs.String("term", "", "term set by the consumer, e.g. 14d, 3wd, 20hd, 2w, 1m, 1y")
		agreed     = fs.String("agreed", "", "term agreed in the contract or in writing, same form as -term")
		from       = fs.String("penalty-from", "", "first day of delay when the penalty runs from an earlier event")
		cap        = fs.String("cap", "", "extra ceiling on the penalty (ОСАГО ст. 16.1 п. 6: what remains of the insured sum), rubles")
		moratory   = fs.Bool("moratorium2022", false, "exclude 01.04.2022–01.10.2022 (Постановление Правительства РФ № 497)")
		awarded    = fs.Bool("awarded", false, "the base is also awarded: include it in the ст. 13 п. 6 fine")
		moral      = fs.String("moral", "", "compensation of moral harm awarded (part of the ст. 13 п. 6 fine's base)")
		losses     = fs.String("losses", "", "losses awarded (part of the fine's base)")
		other      = fs.String("other", "", "other sums awarded to the consumer (part of the fine's base)")
		court      = fs.String("court-payout", "", "ОСАГО: the payout the court sets (40-ФЗ ст. 16.1 п. 3 fine)")
		voluntary  = fs.String("paid-voluntarily", "", "ОСАГО: what the insurer paid voluntarily")
		assume     = fs.Bool("assume-last-rate", false, "compute ст. 395 interest past the last known key rate at that rate (rows marked assumed)")
		ratesFile  = fs.String("rates", "", "a key-rate file (CSV or JSON, see penalty.LoadRates) laid over the embedded history")
		calFile    = fs.String("calendar", "", "a calendar file: a whole definition, or a JSON array of acts added to the federal calendar")
		format     = fs.String("format", "text", "output: text or json")
		langFlag   = fs.String("lang", "ru", "language of the explanation: ru or en")
		list       = fs.Bool("list", false, "print the catalog of claim types")
		debtsFile  = fs.String("debts", "", "a schedule of debts and payments (CSV: kind,date,amount[,for]; see penalty.LoadSchedule) for utilities, wages, taxes, alimony")
		citizen    = fs.Bool("citizen", false, "the creditor is a citizen (214-ФЗ ст. 6 ч. 2: the ДДУ penalty is doubled)")
		perfValue  = fs.String("performed-value", "", "44-ФЗ ст. 34 ч. 7: the value of what the supplier performed, rubles")
		region     = fs.String("region", "", "ISO 3166-2 code of the place of performance (RU-TA, RU-BA): its own non-working days count too")
		regFile    = fs.String("regulation", "", "an organisation's complaint regulation (JSON file, or \"sample\"): print a complaint's timeline")
		now        = fs.String("now", "", "with -regulation: the moment to judge the timeline at (RFC 3339; now by default)")
		done       = fs.String("done", "", "with -regulation: stages done, STAGE=MOMENT pairs separated by commas")
		flagsList  = fs.String("flags", "", "with -regulation: the complaint's flags, e.g. written,cross_border")
		filedFlag  = fs.String("filed", "", "the day a lawsuit is filed: add the court fee (НК РФ ст. 333.19, 333.36) on the penalty, interest and sums claimed")
		outFile    = fs.String("o", "", "also write the calculation as a document: calc.xlsx, calc.docx or calc.pdf")
		letterFile = fs.String("letter", "", "also write a claim letter (претензия): pretenziya.docx or .pdf; needs -seller and -buyer")
		seller     = fs.String("seller", "", "with -letter: the addressee (seller, contractor)")
		sellerAddr = fs.String("seller-address", "", "with -letter: the addressee's address")
		buyer      = fs.String("buyer", "", "with -letter: the consumer")
		buyerAddr  = fs.String("buyer-address", "", "with -letter: the consumer's address")
		goods      = fs.String("goods", "", "with -letter: the goods or the work, e.g. \"смартфон, серийный номер …\"")
		defects    = fs.String("defects", "", "with -letter: what is wrong, in the consumer's words")
		demand     = fs.String("demand", "", "with -letter: the demand in the consumer's words (required for services)")
		demandAmt  = fs.String("demand-amount", "", "with -letter: the money demanded (the refund is the price by default)")
		docDate    = fs.String("date", "", "the date of the document and the letter (-performed or -asof by default)")
	)
	fs.Var(&paid, "paid", "a payment DATE:AMOUNT, e.g. 2025-01-20:1000,50; repeat the flag for each payment")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return result{out: usage(fs)}, nil
		}
		return result{}, usagef("%v (run with -h for the flags)", err)
	}
	if fs.NArg() > 0 {
		return result{}, usagef("unexpected argument %q; every value goes with a flag, e.g. -price 59990", law.Clip(fs.Arg(0)))
	}
	if *format != "text" && *format != "json" {
		return result{}, usagef("-format %q: accepted: text, json", law.Clip(*format))
	}
	lang, err := law.ParseLang(*langFlag)
	if err != nil {
		return result{}, usagef("-lang %q: accepted: ru, en", law.Clip(*langFlag))
	}
	if *list {
		on := today()
		if *asOf != "" {
			if on, err = calendar.ParseDate(*asOf); err != nil {
				return result{}, usagef("-asof: %v", err)
			}
		}
		return result{out: catalog(*format, lang, on)}, nil
	}
	if *regFile != "" {
		out, err := timeline(timelineArgs{file: *regFile, received: *received, now: *now, flags: *flagsList, done: *done,
			claim: *claim, region: *region, json: *format == "json", lang: lang})
		return result{out: out}, err
	}
	if *claim == "" {
		return result{}, usagef("-claim is required: a claim type ID such as goods.refund (claimcalc -list shows them all)")
	}
	t, err := claimtype.Get(claimtype.ID(*claim))
	if err != nil {
		return result{}, usagef("-claim: %v", err)
	}
	if *event != "" && *received != "" && *event != *received {
		return result{}, usagef("-event and -received are the same date; give one")
	}
	if *event == "" {
		*event = *received
	}
	if *event == "" && *debtsFile == "" {
		return result{}, usagef("-received is required: the day the term runs from, YYYY-MM-DD or DD.MM.YYYY (or -debts FILE for a schedule)")
	}
	var c claimtype.Claim
	p := parser{}
	c.Event = p.date("-received", *event)
	c.PerformedOn = p.date("-performed", *performed)
	c.AsOf = p.date("-asof", *asOf)
	c.PenaltyFrom = p.date("-penalty-from", *from)
	c.Base = p.amount("-price", *price)
	c.Cap = p.amount("-cap", *cap)
	c.MoralDamages = p.amount("-moral", *moral)
	c.Losses = p.amount("-losses", *losses)
	c.OtherAwarded = p.amount("-other", *other)
	c.CourtPayout = p.amount("-court-payout", *court)
	c.PaidVoluntarily = p.amount("-paid-voluntarily", *voluntary)
	c.PerformedValue = p.amount("-performed-value", *perfValue)
	c.Citizen = *citizen
	if *debtsFile != "" {
		sched := p.schedule(*debtsFile)
		c.Debts, c.Payments = sched.Debts, sched.Payments
	}
	c.ConsumerTerm = p.term("-term", *term)
	c.AgreedTerm = p.term("-agreed", *agreed)
	for _, s := range paid {
		c.Payments = append(c.Payments, p.payment(s))
	}
	c.Moratorium2022, c.BaseAwarded, c.AssumeLastRate, c.Region = *moratory, *awarded, *assume, *region
	var opts []claimtype.Option
	if r := p.rates(*ratesFile); r != nil {
		opts = append(opts, claimtype.WithRates(r))
	}
	if cal := p.calendar(*calFile); cal != nil {
		opts = append(opts, claimtype.WithCalendar(cal))
	}
	if p.err != nil {
		return result{}, p.err
	}
	a, err := t.Assess(c, opts...)
	if err != nil {
		return result{}, err
	}
	var warnings []string
	for _, w := range a.Warnings {
		warnings = append(warnings, string(w.Code)+": "+w.Text(lang))
	}
	res := result{warnings: warnings}
	var fee *courtfee.Fee
	if *filedFlag != "" {
		if fee, err = courtFee(a, c, p.date("-filed", *filedFlag)); p.err != nil || err != nil {
			return result{}, errors.Join(p.err, err)
		}
	}
	docs := docArgs{out: *outFile, letter: *letterFile, seller: *seller, buyer: *buyer, sellerAddr: *sellerAddr, buyerAddr: *buyerAddr,
		goods: *goods, defects: *defects, demand: *demand, demandAmount: p.amount("-demand-amount", *demandAmt), lang: lang}
	docs.letterDate = p.date("-date", *docDate)
	for _, d := range []calendar.Date{c.PerformedOn, c.AsOf, today()} {
		if docs.letterDate.IsZero() {
			docs.letterDate = d
		}
	}
	if p.err != nil {
		return result{}, p.err
	}
	if *outFile != "" {
		b, err := writeDocument(a, fee, docs)
		if err != nil {
			return result{}, err
		}
		res.files = append(res.files, file{*outFile, b})
	}
	if *letterFile != "" {
		b, err := writeLetter(a, c, docs)
		if err != nil {
			return result{}, err
		}
		res.files = append(res.files, file{*letterFile, b})
	}
	if *format == "json" {
		res.out = a.AppendJSONWithText(nil, lang)
		if fee != nil {
			feeJSON, err := json.Marshal(fee)
			if err != nil {
				return result{}, err
			}
			res.out = append(append(append(append([]byte(`{"assessment":`), res.out...), `,"court_fee":`...), feeJSON...), '}')
		}
		res.out = append(res.out, '\n')
		return res, nil
	}
	res.out = []byte(a.Text(lang) + "\n")
	if fee != nil {
		if lang == law.English {
			res.out = append(res.out, "\nCourt fee:\n"...)
		} else {
			res.out = append(res.out, "\nГосударственная пошлина:\n"...)
		}
		res.out = append(res.out, fee.Text(lang)...)
	}
	return res, nil
}

// result is everything a run produces, built before anything is written.
type result struct {
	out      []byte
	warnings []string
	files    []file
}

// file is a document to write: -o, -letter.
type file struct {
	name string
	data []byte
}

func usage(fs *flag.FlagSet) []byte {
	var b bytes.Buffer
	b.WriteString("usage: claimcalc -claim ID -received DATE [-price AMOUNT] [-performed DATE | -asof DATE] [flags]\n" +
		"       claimcalc -regulation FILE|sample -received MOMENT [-now MOMENT] [-done STAGE=MOMENT,…] [-claim ID]\n" +
		"       claimcalc -list [-format json] [-lang en]\n\n")
	fs.SetOutput(&b)
	fs.PrintDefaults()
	return b.Bytes()
}

// catalog prints every claim type: ID, term, penalty (the rates in force on
// day on), basis.
func catalog(format string, lang law.Lang, on calendar.Date) []byte {
	all := claimtype.All()
	if format == "json" {
		b := []byte{'['}
		for i, t := range all {
			if i > 0 {
				b = append(b, ",\n"...)
			}
			b = t.AppendJSON(b, lang)
		}
		return append(b, "]\n"...)
	}
	var b bytes.Buffer
	w := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	if lang == law.English {
		fmt.Fprintln(w, "ID\tTERM\tPENALTY\tBASIS")
	} else {
		fmt.Fprintln(w, "ID\tСРОК\tНЕУСТОЙКА\tОСНОВАНИЕ")
	}
	for _, t := range all {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", t.ID, termText(t, lang), penaltyText(t, on, lang), law.JoinShort(t.Basis, lang))
	}
	w.Flush()
	return b.Bytes()
}

func termText(t claimtype.Type, lang law.Lang) string {
	switch t.TermKind {
	case claimtype.TermFixed:
		return t.Term.Text(lang)
	case claimtype.TermAtMost:
		if lang == law.English {
			return "at most " + t.Term.Text(lang)
		}
		return "не более " + t.Term.Genitive(lang)
	case claimtype.TermWindow:
		if lang == law.English {
			return t.Term.Text(lang) + " (consumer's period)"
		}
		return t.Term.Text(lang) + " (срок потребителя)"
	}
	return t.TermKind.Text(lang)
}

func penaltyText(t claimtype.Type, on calendar.Date, lang law.Lang) string {
	switch {
	case t.Penalty != nil:
		return t.Penalty.RateText(on, lang)
	case t.Interest395:
		return law.MustRef("ГК РФ ст. 395").Text(lang)
	}
	return "—"
}

// today is the date in Moscow (UTC+3 since 26.10.2014, no daylight saving).
func today() calendar.Date { return calendar.DateOf(time.Now().In(time.FixedZone("MSK", 3*60*60))) }
