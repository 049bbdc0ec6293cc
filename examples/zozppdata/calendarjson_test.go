package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

func TestMarshalCalendarJSONLayout(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"scalars and scalar arrays stay on one line", map[string]any{"days": []int{1, 2}, "name": "Новый год <&>"},
			`{"days": [1, 2], "name": "Новый год <&>"}` + "\n"},
		{"objects that hold objects are spread, their leaves are not",
			map[string]any{"a": []any{map[string]any{"x": 1}, map[string]any{"y": []any{map[string]any{"z": true}}}}, "b": nil},
			"{\n \"a\": [\n  {\n   \"x\": 1\n  },\n  {\n   \"y\": [\n    {\"z\": true}\n   ]\n  }\n ],\n \"b\": null\n}\n"},
		{"an English rendering stays beside its original",
			map[string]any{"acts": []any{map[string]any{"citation": "x", "citation_en": "y", "transfers": []any{map[string]any{}}}}},
			"{\n \"acts\": [\n  {\n   \"citation\": \"x\", \"citation_en\": \"y\",\n   \"transfers\": [\n    {}\n   ]\n  }\n ]\n}\n"},
		{"empty containers", []any{[]any{}, map[string]any{}}, "[\n [],\n {}\n]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := marshalCalendarJSON(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

// TestFullDefinitionKeepsTheEmbeddedLayout checks that regenerating
// calendar/data/russia.json with the data it already has changes nothing,
// so that a go:generate diff shows only news.
func TestFullDefinitionKeepsTheEmbeddedLayout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "calendar", "data", "russia.json"))
	if os.IsNotExist(err) {
		t.Skip("calendar/data/russia.json is not there")
	}
	require.NoError(t, err)
	c, err := calendar.Load(bytes.NewReader(data))
	require.NoError(t, err)
	out, err := marshalCalendarJSON(c.Definition())
	require.NoError(t, err)
	assert.Equal(t, string(data), string(out))
}
