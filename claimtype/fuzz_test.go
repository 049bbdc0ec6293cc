package claimtype_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// FuzzAssess feeds arbitrary JSON claims to every claim type: Assess never
// panics, fails only with the documented errors, and a success marshals.
func FuzzAssess(f *testing.F) {
	f.Add(uint8(9), []byte(`{"event":"2024-12-25","base":"59990","performed_on":"2025-02-03","base_awarded":true}`))
	f.Add(uint8(23), []byte(`{"event":"2025-02-03","consumer_term":{"n":10,"unit":"days"},"base":"20000","as_of":"2025-03-31"}`))
	f.Add(uint8(13), []byte(`{"event":"2025-03-03","base":"50000","performed_on":"2025-03-13","payments":[{"on":"2025-03-08","amount":"20000"}]}`))
	f.Add(uint8(35), []byte(`{"event":"2022-03-10","base":"1e30","as_of":"2032-12-01","moratorium_2022":true,"cap":"-5"}`))
	all := claimtype.All()
	f.Fuzz(func(t *testing.T, pick uint8, doc []byte) {
		var c claimtype.Claim
		if json.Unmarshal(doc, &c) != nil {
			return
		}
		typ := all[int(pick)%len(all)]
		a, err := typ.Assess(c)
		if err != nil {
			for _, known := range []error{claimtype.ErrInvalidClaim, claimtype.ErrTermRequired, claimtype.ErrNoFixedTerm,
				deadline.ErrInvalidTerm, deadline.ErrOutOfRange, penalty.ErrInvalidInput, penalty.ErrOutOfRange} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("%s: undocumented error %v", typ.ID, err)
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("%s: marshal: %v", typ.ID, err)
		}
	})
}
