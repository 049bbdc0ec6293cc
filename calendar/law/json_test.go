package law_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar/law"
)

// FuzzAppendJSONString: whatever the bytes, the output is one JSON string
// that reads back as encoding/json reads its own encoding of them (invalid
// UTF-8 as U+FFFD).
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c\n\t\x01", "кириллица «№ 2300-1» — 14 997,50 ₽", "bad\xffutf8", "\xd0", "\xd0\x41", "\xe2\x82", "\xed\xa0\x80", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got string
		require.NoError(t, json.Unmarshal(law.AppendJSONString(nil, s), &got))
		std, err := json.Marshal(s)
		require.NoError(t, err)
		var want string
		require.NoError(t, json.Unmarshal(std, &want))
		require.Equal(t, want, got)
	})
}

var sinkBytes []byte

// BenchmarkAppendJSONString escapes a typical explanation sentence: Cyrillic,
// guillemets, a dash, a quote and a newline.
func BenchmarkAppendJSONString(b *testing.B) {
	s := "04.01.2025 — нерабочий праздничный день (Новогодние каникулы), ТК РФ ст. 112 ч. 1; днём окончания срока считается ближайший следующий за ним рабочий день — 09.01.2025. [ГК РФ ст. 193] «\"»\n"
	buf := make([]byte, 0, 1024)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		sinkBytes = law.AppendJSONString(buf[:0], s)
	}
}
