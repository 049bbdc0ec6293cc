package calendar_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zozpp/zozpp/calendar"
)

// sharedReference returns the path of a file under shared/reference — the
// steering repository checked out beside this one (../shared), or
// $ZOZPP_SHARED — and skips the test when it is absent.
func sharedReference(t *testing.T, rel string) string {
	t.Helper()
	root := os.Getenv("ZOZPP_SHARED")
	if root == "" {
		root = filepath.Join("..", "..", "shared")
	}
	p := filepath.Join(root, "reference", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("reference data not found at %s (set ZOZPP_SHARED to the shared/ folder): %v", p, err)
	}
	return p
}

// TestRussiaMatchesReference checks every day of every year of the reference
// production calendar (shared/reference/ru-calendar/ru-calendar.csv, compiled
// from xmlcalendar, consultant.ru, data.gov.ru, python-holidays and the
// decree texts): working day or not, нерабочий праздничный день or not,
// shortened or not.
func TestRussiaMatchesReference(t *testing.T) {
	f, err := os.Open(sharedReference(t, "ru-calendar/ru-calendar.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"date", "kind", "note"}, rows[0])

	type ref struct{ holiday, dayoff, workday, short bool }
	refs := map[calendar.Date]*ref{}
	firstYear, lastYear := 9999, 0
	for _, row := range rows[1:] {
		d, err := calendar.ParseDate(row[0])
		require.NoError(t, err, row)
		firstYear, lastYear = min(firstYear, d.Year()), max(lastYear, d.Year())
		r := refs[d]
		if r == nil {
			r = &ref{}
			refs[d] = r
		}
		switch row[1] {
		case "holiday":
			r.holiday = true
		case "dayoff":
			r.dayoff = true
		case "workday":
			r.workday = true
		case "short":
			r.short = true
		default:
			t.Fatalf("unknown kind %q in %v", row[1], row)
		}
	}
	require.Equal(t, 1999, firstYear)

	c := calendar.Russia()
	checked := 0
	for d := calendar.NewDate(firstYear, time.January, 1); d.Year() <= lastYear; d = d.AddDays(1) {
		r := refs[d]
		if r == nil {
			r = &ref{}
		}
		weekday := d.Weekday() != time.Saturday && d.Weekday() != time.Sunday
		wantWork := (weekday && !r.holiday && !r.dayoff) || r.workday
		day := c.Day(d)
		assert.Equal(t, wantWork, c.IsWorkday(d), "%s working day? got %v %q (%s)", d, day.Kind, day.Name, day.Basis)
		assert.Equal(t, r.holiday, c.IsHoliday(d), "%s holiday? got %v %q", d, day.Kind, day.Name)
		assert.Equal(t, r.short, day.Shortened, "%s shortened? got %v %q", d, day.Kind, day.Name)
		checked++
	}
	t.Logf("checked %d days, %d–%d", checked, firstYear, lastYear)
}
