package main

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseXMLCalendar(t *testing.T) {
	tests := []struct {
		file   string
		year   int
		source string
		days   map[string]dayStatus
		moved  map[string]string
	}{
		{"xmlcalendar-ru-2026.xml", 2026, "xmlcalendar ru/2026 (2025.09.30)",
			map[string]dayStatus{
				"2026-01-01": statusOff, "2026-01-09": statusOff, "2026-01-12": statusWorking,
				"2026-04-30": statusShortened, "2026-05-11": statusOff, "2026-11-03": statusShortened,
				"2026-12-31": statusOff, "2026-02-21": statusOff, "2026-02-24": statusWorking,
			},
			map[string]string{"2026-01-09": "2026-01-03", "2026-12-31": "2026-01-04", "2026-03-09": "2026-03-08", "2026-05-11": "2026-05-09"}},
		{"xmlcalendar-ru-2025.xml", 2025, "xmlcalendar ru/2025 (2024.12.01)", // no country attribute
			map[string]dayStatus{"2025-11-01": statusShortened, "2025-11-03": statusOff, "2025-05-08": statusOff, "2025-02-24": statusWorking},
			map[string]string{"2025-05-08": "2025-02-23", "2025-06-13": "2025-03-08"}},
		{"xmlcalendar-ru-2024.xml", 2024, "xmlcalendar ru/2024 (2023.09.30)",
			map[string]dayStatus{"2024-04-27": statusWorking, "2024-11-02": statusShortened, "2024-12-28": statusWorking, "2024-02-29": statusWorking},
			map[string]string{"2024-04-30": "2024-11-02"}},
		{"xmlcalendar-ru-2020.xml", 2020, "xmlcalendar ru/2020 (2020.06.17)", // Presidential non-working days as days off; no f
			map[string]dayStatus{"2020-04-15": statusOff, "2020-05-04": statusOff, "2020-06-24": statusOff, "2020-12-31": statusShortened},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			y := xmlYear(t, tt.file)
			assert.Equal(t, tt.year, y.Year)
			assert.Equal(t, tt.source, y.Source)
			assert.True(t, y.NonWorkingAsOff)
			for d, s := range tt.days {
				assert.Equal(t, s, y.status(date(t, d)), d)
			}
			for to, from := range tt.moved {
				assert.Equal(t, date(t, from), y.MovedFrom[date(t, to)], to)
			}
			if tt.moved == nil {
				assert.Empty(t, y.MovedFrom)
			}
		})
	}
}

func TestParseXMLCalendarErrors(t *testing.T) {
	doc := func(days string) string {
		return fmt.Sprintf("<calendar year=\"2026\">\n<holidays><holiday id=\"1\" title=\"Новогодние каникулы\"/></holidays>\n<days>\n%s\n</days>\n</calendar>", days)
	}
	tests := []struct {
		name, data, want string
	}{
		{"not XML", "<calendar year=\"2026\">\n<days>\n<day d=\"01.01\" t=\"1\">\n</calendar>", "line 4: not well-formed XML"},
		{"no calendar", "<days/>", "no calendar element"},
		{"no year", "<calendar><days/></calendar>", `line 1: calendar year "": accepted is a year`},
		{"day first", doc(`<day d="31.12" t="1"/>`), `line 4: d="31.12": no such day in 2026: accepted is MM.DD, month first`},
		{"no such day", doc(`<day d="02.30" t="1"/>`), `line 4: d="02.30": no such day in 2026`},
		{"short form", doc(`<day d="1.9" t="1"/>`), `line 4: d="1.9"`},
		{"unknown type", doc(`<day d="01.09" t="4"/>`), `line 4: t="4" on 2026-01-09: accepted are 1 (day off), 2 (shortened working day), 3 (working Saturday or Sunday)`},
		{"working weekday", doc(`<day d="01.13" t="3"/>`), "line 4: t=3 (a working Saturday or Sunday) on 2026-01-13, a Tuesday"},
		{"transfer onto a working day", doc(`<day d="04.30" t="2" f="01.03"/>`), "line 4: f=\"01.03\" on 2026-04-30, which is not a day off"},
		{"bad from", doc(`<day d="01.09" t="1" f="13.03"/>`), `line 4: f="13.03": no such day in 2026`},
		{"twice", doc("<day d=\"01.09\" t=\"1\"/>\n<day d=\"01.09\" t=\"1\"/>"), "lines 4 and 5: two day elements for 2026-01-09"},
		{"unknown holiday", doc(`<day d="01.01" t="1" h="9"/>`), `line 4: h="9" names no holiday`},
		{"two calendars", "<x><calendar year=\"2026\"/>\n<calendar year=\"2027\"/></x>", "line 2: a second calendar element"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseXMLCalendar([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
