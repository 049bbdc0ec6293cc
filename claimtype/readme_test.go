package claimtype_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/claimtype"
)

// catalogTable renders All() as the README's Markdown table.
func catalogTable() string {
	var b strings.Builder
	b.WriteString("| ID | Требование | Срок | От события | Неустойка | Основание |\n|---|---|---|---|---|---|\n")
	for _, t := range claimtype.All() {
		term := t.TermKind.Russian()
		switch t.TermKind {
		case claimtype.Fixed, claimtype.Window:
			term = t.Term.String()
			if t.TermKind == claimtype.Window {
				term += " (срок потребителя)"
			}
		case claimtype.AtMost:
			term = "не более " + t.Term.Genitive()
		}
		pen := "—"
		switch {
		case t.Penalty != nil:
			pen = t.Penalty.Rate.Shift(2).String() + " % в день"
			if t.Penalty.CapToBase {
				pen += ", не более базы"
			}
		case t.Interest395:
			pen = "ГК РФ ст. 395"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", t.ID, t.Title, term, t.From.Russian(), pen, t.Basis)
	}
	return b.String()
}

const (
	beginCatalog = "<!-- catalog:begin (generated from claimtype.All by TestREADMECatalog; UPDATE_README=1 go test ./claimtype rewrites it) -->\n"
	endCatalog   = "<!-- catalog:end -->"
)

// TestREADMECatalog keeps the README's catalog table in sync with All().
func TestREADMECatalog(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	readme := string(data)
	start := strings.Index(readme, beginCatalog)
	end := strings.Index(readme, endCatalog)
	require.True(t, start >= 0 && end > start, "README.md lacks the catalog markers")
	want := readme[:start+len(beginCatalog)] + catalogTable() + readme[end:]
	if os.Getenv("UPDATE_README") == "1" {
		require.NoError(t, os.WriteFile("../README.md", []byte(want), 0o644))
		return
	}
	require.Equal(t, want, readme, "the catalog table in README.md is stale: run UPDATE_README=1 go test ./claimtype -run TestREADMECatalog")
}
