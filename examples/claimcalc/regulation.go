package main

import (
	"os"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/claimtype/regulation"
	sample "github.com/zozpp/zozpp/examples/regulation"
)

// timelineArgs are the flags of the regulation mode.
type timelineArgs struct {
	file, received, now, flags, done, claim, region string
	json                                            bool
	lang                                            law.Lang
}

// timeline prints a complaint's timeline under an organisation's
// regulation: -regulation FILE (or "sample"), -received and -now as
// RFC 3339 moments, -done stage=moment pairs, -flags, and -claim to show the
// statutory term beside the regulation's (issue 14).
func timeline(a timelineArgs) ([]byte, error) {
	data := sample.Sample
	if a.file != "sample" {
		var err error
		if data, err = os.ReadFile(a.file); err != nil {
			return nil, usagef("-regulation: %v", err)
		}
	}
	reg, err := regulation.Parse(data)
	if err != nil {
		return nil, err
	}
	received, err := moment("-received", a.received)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	if a.now != "" {
		if now, err = moment("-now", a.now); err != nil {
			return nil, err
		}
	}
	c := regulation.Complaint{Received: received, Done: map[string]time.Time{}}
	if a.flags != "" {
		c.Flags = strings.Split(a.flags, ",")
	}
	for _, pair := range strings.Split(a.done, ",") {
		if pair == "" {
			continue
		}
		id, at, ok := strings.Cut(pair, "=")
		if !ok {
			return nil, usagef("-done %q: accepted: STAGE=MOMENT pairs separated by commas, e.g. classify=2025-12-31T10:00:00+03:00", law.Clip(pair))
		}
		t, err := moment("-done "+id, at)
		if err != nil {
			return nil, err
		}
		c.Done[id] = t
	}
	var opts []regulation.Option
	if a.claim != "" {
		t, err := claimtype.Get(claimtype.ID(a.claim))
		if err != nil {
			return nil, usagef("-claim: %v", err)
		}
		s, err := regulation.StatutoryFor(t, claimtype.Claim{Event: reg.Schedule().Date(received), Region: a.region})
		if err != nil {
			return nil, err
		}
		opts = append(opts, regulation.CompareWith(s))
	}
	tl, err := reg.Timeline(c, now, opts...)
	if err != nil {
		return nil, err
	}
	if a.json {
		b, err := tl.JSON(a.lang)
		return append(b, '\n'), err
	}
	return []byte(tl.Text(a.lang) + "\n"), nil
}

// moment parses an RFC 3339 date-time: a moment with its zone.
func moment(flag, s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, usagef("%s %q: accepted: an RFC 3339 date-time with its zone, e.g. 2025-12-30T17:30:00+03:00", flag, law.Clip(s))
	}
	return t, nil
}
