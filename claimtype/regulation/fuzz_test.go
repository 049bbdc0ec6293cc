package regulation_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype/regulation"
)

// FuzzParse: any document either fails with ErrInvalid or gives a
// regulation that writes back to the same Spec and computes a timeline
// without panicking.
func FuzzParse(f *testing.F) {
	data, err := os.ReadFile(samplePath)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(minimal))
	f.Add([]byte(`{"id": "x", "title": {"ru": "x"}, "office": {"hours": {"monday": "00:00-24:00"}, "region": "ta"},
		"stages": [{"id": "a", "title": {"ru": "a"}, "from": "received", "term": {"n": 100000, "unit": "years"}, "kind": "retention"}]}`))
	f.Add([]byte(`{"stages": [{}]}`))
	f.Add([]byte(`[]`))
	received := time.Date(2025, 12, 30, 17, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, doc []byte) {
		spec, err := regulation.ParseSpec(doc)
		if err != nil {
			if !errors.Is(err, regulation.ErrInvalid) {
				t.Fatalf("ParseSpec: %v does not wrap ErrInvalid", err)
			}
			return
		}
		r, err := regulation.New(spec)
		if err != nil {
			if !errors.Is(err, regulation.ErrInvalid) {
				t.Fatalf("New: %v does not wrap ErrInvalid", err)
			}
			return
		}
		out, err := json.Marshal(r.Spec())
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		back, err := regulation.Parse(out)
		if err != nil {
			t.Fatalf("the written form does not read back: %v\n%s", err, out)
		}
		again, _ := json.Marshal(back.Spec())
		if string(again) != string(out) {
			t.Fatalf("round trip changed the spec:\n%s\n%s", out, again)
		}
		tl, err := r.Timeline(regulation.Complaint{Received: received}, received.Add(72*time.Hour))
		if err != nil {
			if !errors.Is(err, regulation.ErrInvalidComplaint) && !errors.Is(err, calendar.ErrNotCovered) {
				t.Fatalf("Timeline: %v", err)
			}
			return
		}
		_ = tl.Text(law.English)
		if _, err := tl.JSON(law.Russian); err != nil {
			t.Fatalf("JSON: %v", err)
		}
	})
}

// FuzzTimeline: any complaint on the sample regulation gives a timeline or
// an error wrapping a sentinel; a done stage is on time exactly when it was
// done no later than its due moment.
func FuzzTimeline(f *testing.F) {
	data, err := os.ReadFile(samplePath)
	if err != nil {
		f.Fatal(err)
	}
	r, err := regulation.Parse(data)
	if err != nil {
		f.Fatal(err)
	}
	base := time.Date(2025, 12, 30, 17, 30, 0, 0, time.UTC).Unix()
	f.Add(int64(0), int64(3600*24*14), int64(3600), int64(-1), int64(-1), uint8(1), int32(180))
	f.Add(int64(86400*400), int64(86400*30), int64(86400), int64(86400*2), int64(86400*3), uint8(3), int32(-300))
	f.Add(int64(-1<<40), int64(1<<40), int64(0), int64(0), int64(0), uint8(255), int32(0))
	f.Fuzz(func(t *testing.T, recv, now, classify, internal, closed int64, flags uint8, zoneMinutes int32) {
		zone := time.FixedZone("", int(zoneMinutes%(14*60))*60)
		received := time.Unix(base+recv, 0).In(zone)
		c := regulation.Complaint{Received: received, Done: map[string]time.Time{}}
		for id, offset := range map[string]int64{"classify": classify, "internal_request": internal, "closed": closed} {
			if offset >= 0 {
				c.Done[id] = received.Add(time.Duration(offset%(1<<33)) * time.Second)
			}
		}
		for i, flag := range []string{"written", "cross_border", "urgent"} {
			if flags&(1<<i) != 0 {
				c.Flags = append(c.Flags, flag)
			}
		}
		tl, err := r.Timeline(c, received.Add(time.Duration(now%(1<<33))*time.Second))
		if err != nil {
			if !errors.Is(err, regulation.ErrInvalidComplaint) && !errors.Is(err, calendar.ErrNotCovered) {
				t.Fatalf("Timeline: %v", err)
			}
			return
		}
		for _, e := range tl.Entries {
			if e.Code == regulation.StageDoneOnTime && e.Done.After(e.Due) || e.Code == regulation.StageDoneLate && !e.Done.After(e.Due) {
				t.Fatalf("%s: %s done %s due %s", e.Stage, e.Code, e.Done, e.Due)
			}
			if e.Code == regulation.StageOverdue && !tl.Now.After(e.Due) {
				t.Fatalf("%s overdue before its due moment", e.Stage)
			}
		}
		_ = tl.Text(law.Russian)
	})
}
