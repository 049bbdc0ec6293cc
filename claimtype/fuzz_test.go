package claimtype_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
)

// FuzzAssess feeds arbitrary JSON claims through DecodeClaim to every claim
// type: nothing panics or hangs, every error is a *FieldError, and a
// success round-trips through JSON.
func FuzzAssess(f *testing.F) {
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"59990","performed_on":"2025-02-03","base_awarded":true}`))
	f.Add(uint8(23), []byte(`{"event":"2025-02-03","consumer_term":{"n":10,"unit":"days"},"base":"20000","as_of":"2025-03-31"}`))
	f.Add(uint8(13), []byte(`{"event":"2025-03-03","base":"50000","performed_on":"2025-03-13","payments":[{"on":"2025-03-08","amount":"20000"}]}`))
	f.Add(uint8(35), []byte(`{"event":"2022-03-10","base":"1e30","as_of":"2032-12-01","moratorium_2022":true,"cap":"-5"}`))
	// The adversarial inputs of ../shared/reviews/reliability.md.
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"0e300000000","performed_on":"2025-02-03"}`))
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"-1e1000000","performed_on":"2025-02-03"}`))
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"59990","performed_on":"2025-02-03","consumer_term":{"n":1000,"unit":"days"}}`))
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"59990","performed_on":"2025-02-03","penalty_from":"0001-01-01"}`))
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"59990","as_of":"9999-12-31"}`))
	f.Add(uint8(13), []byte(`{"event":"2024-12-25","base":"100","base":"59990","payments":[{"ON":"2025-01-20","AMOUNT":"100","amount":"200"}]}`))
	all := claimtype.All()
	f.Fuzz(func(t *testing.T, pick uint8, doc []byte) {
		typ := all[int(pick)%len(all)]
		body := append([]byte(`{"claim_type":"`+string(typ.ID)+`",`), bytes.TrimPrefix(bytes.TrimSpace(doc), []byte("{"))...)
		_, c, err := claimtype.DecodeClaim(body)
		if err != nil {
			var fe *claimtype.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("decode: not a FieldError: %v", err)
			}
			return
		}
		a, err := typ.Assess(c)
		if err != nil {
			var fe *claimtype.FieldError
			if !errors.As(err, &fe) || !errors.Is(err, claimtype.ErrInvalidClaim) {
				t.Fatalf("%s: undocumented error %v", typ.ID, err)
			}
			return
		}
		var back claimtype.Assessment
		if err := json.Unmarshal(a.AppendJSON(nil, law.English), &back); err != nil {
			t.Fatalf("%s: round trip: %v", typ.ID, err)
		}
	})
}
