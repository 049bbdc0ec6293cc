package claimtype_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
	"github.com/zozpp/zozpp/calendar/law"
	"github.com/zozpp/zozpp/claimtype"
	"github.com/zozpp/zozpp/deadline"
	"github.com/zozpp/zozpp/penalty"
)

// catalogDate is the day whose wording of each rule the table shows.
var catalogDate = calendar.NewDate(2026, time.November, 30)

// catalogTable renders All() as the README's Markdown table.
func catalogTable() string {
	var b strings.Builder
	b.WriteString("| ID | Требование | Срок | От события | Неустойка | Основание |\n|---|---|---|---|---|---|\n")
	for _, t := range claimtype.All() {
		term := t.TermKind.Text(law.Russian)
		switch t.TermKind {
		case claimtype.TermFixed, claimtype.TermWindow:
			term = t.Term.String()
			if t.TermKind == claimtype.TermWindow {
				term += " (срок потребителя)"
			}
		case claimtype.TermAtMost:
			term = "не более " + t.Term.Genitive(law.Russian)
		}
		pen := "—"
		switch {
		case t.Penalty != nil:
			pen = t.Penalty.RateText(catalogDate, law.Russian)
		case t.Interest395:
			pen = "ГК РФ ст. 395"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", t.ID, t.Title, term, t.From.Text(law.Russian), pen, law.JoinShort(t.Basis, law.Russian))
	}
	return b.String()
}

// codesTable renders every code a result carries, by package, as the
// README's Markdown table.
func codesTable() string {
	var b strings.Builder
	b.WriteString("| code | where | meaning |\n|---|---|---|\n")
	for _, d := range deadline.Codes() {
		fmt.Fprintf(&b, "| `%s` | deadline step | %s |\n", d.Code, d.Meaning)
	}
	for _, d := range penalty.Codes() {
		fmt.Fprintf(&b, "| `%s` | penalty %s | %s |\n", d.Code, d.Kind, d.Meaning)
	}
	for _, d := range claimtype.NoteCodes() {
		where := "assessment note"
		if d.Warning {
			where = "assessment warning"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", d.Code, where, d.Meaning)
	}
	return b.String()
}

const (
	beginCodes   = "<!-- codes:begin (generated from deadline.Codes, penalty.Codes and claimtype.NoteCodes by TestREADMECatalog) -->\n"
	endCodes     = "<!-- codes:end -->"
	beginCatalog = "<!-- catalog:begin (generated from claimtype.All by TestREADMECatalog; UPDATE_README=1 go test ./claimtype rewrites it) -->\n"
	endCatalog   = "<!-- catalog:end -->"
)

// TestREADMECatalog keeps the README's catalog and codes tables in sync with
// the packages.
func TestREADMECatalog(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	readme := string(data)
	want := readme
	for _, section := range []struct{ begin, end, body string }{{beginCatalog, endCatalog, catalogTable()}, {beginCodes, endCodes, codesTable()}} {
		start := strings.Index(want, section.begin)
		end := strings.Index(want, section.end)
		require.True(t, start >= 0 && end > start, "README.md lacks the markers %q", section.begin)
		want = want[:start+len(section.begin)] + section.body + want[end:]
	}
	if os.Getenv("UPDATE_README") == "1" {
		require.NoError(t, os.WriteFile("../README.md", []byte(want), 0o644))
		return
	}
	require.Equal(t, want, readme, "the tables in README.md are stale: run UPDATE_README=1 go test ./claimtype -run TestREADMECatalog")
}
