package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/zozpp/zozpp/calendar/law"

	"github.com/zozpp/zozpp/calendar"
)

// The Bank of Russia DailyInfo web service, an ASP.NET SOAP service
// documented by its own help pages: https://www.cbr.ru/DailyInfoWebServ/DailyInfo.asmx?op=KeyRate,
// ?op=KeyRateXML and the WSDL (?WSDL); overview at https://www.cbr.ru/development/DWS/.
const (
	dailyInfoEndpoint = "https://www.cbr.ru/DailyInfoWebServ/DailyInfo.asmx"
	dailyInfoAction   = "http://web.cbr.ru/KeyRate"
	// dailyInfoSource is the source given to rows read from the service.
	dailyInfoSource = "Банк России: веб-сервис DailyInfo (KeyRate) — дневной ряд ключевой ставки"
)

// keyRateRequest builds the SOAP 1.1 call of the KeyRate method for the
// days from–to. The service wants a SOAPAction header and dates as
// xs:dateTime; its parameters are fromDate and ToDate (sic).
func keyRateRequest(endpoint string, from, to calendar.Date) (*http.Request, error) {
	body := `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <KeyRate xmlns="http://web.cbr.ru/">
      <fromDate>` + from.String() + `T00:00:00</fromDate>
      <ToDate>` + to.String() + `T00:00:00</ToDate>
    </KeyRate>
  </soap:Body>
</soap:Envelope>
`
	req, err := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(body))
	if err != nil {
		return nil, usagef("-url %q: %v", endpoint, err)
	}
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	req.Header.Set("SOAPAction", `"`+dailyInfoAction+`"`)
	return req, nil
}

// fetchKeyRateSOAP asks the DailyInfo service for the key rates of from–to.
func fetchKeyRateSOAP(ctx context.Context, e env, endpoint string, from, to calendar.Date, timeout time.Duration) ([]byte, error) {
	req, err := keyRateRequest(endpoint, from, to)
	if err != nil {
		return nil, err
	}
	return fetch(ctx, e, req, timeout)
}

// parseKeyRateSOAP reads the answer of the DailyInfo KeyRate or KeyRateXML
// method. KeyRate returns a .NET DataSet (an xs:schema, then a diffgram);
// KeyRateXML returns the bare rows. Both carry one KR element per business
// day — DT, an xs:dateTime at +03:00 of which only the date counts, and
// Rate, an xs:decimal with a point — newest first. KR elements are found
// wherever they are, so a wrapper more or less does not matter. A SOAP
// fault is returned as an error with its text.
func parseKeyRateSOAP(data []byte) ([]dailyRate, error) {
	if len(data) > maxInput {
		return nil, fmt.Errorf("the answer exceeds %d bytes", maxInput)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var (
		rows       []dailyRate
		inKR       bool
		krLine     int
		field      string // "DT" or "Rate" while inside one
		dt, rate   strings.Builder
		seen       map[string]bool
		inFault    bool
		faultField bool
		faultText  strings.Builder
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		line, _ := dec.InputPos()
		if err != nil {
			return nil, fmt.Errorf("line %d: not well-formed XML: %v", line, xmlErrorText(err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "Fault":
				inFault = true
			case inFault && (name == "faultstring" || name == "Text"):
				faultField = true
			case name == "KR":
				if inKR {
					return nil, fmt.Errorf("line %d: a KR row inside the KR row of line %d", line, krLine)
				}
				inKR, krLine, seen = true, line, map[string]bool{}
				dt.Reset()
				rate.Reset()
			case inKR && (name == "DT" || name == "Rate"):
				if seen[name] {
					return nil, fmt.Errorf("line %d: the KR row of line %d has a second %s", line, krLine, name)
				}
				seen[name], field = true, name
			}
		case xml.CharData:
			switch {
			case field == "DT":
				dt.Write(t)
			case field == "Rate":
				rate.Write(t)
			case faultField:
				faultText.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "DT", "Rate":
				field = ""
			case "faultstring", "Text":
				faultField = false
			case "KR":
				if !inKR {
					continue
				}
				inKR = false
				row, err := keyRateRow(dt.String(), rate.String(), seen, krLine)
				if err != nil {
					return nil, err
				}
				rows = append(rows, row)
			}
		}
	}
	if inFault {
		return nil, fmt.Errorf("the service answered with a SOAP fault: %s", excerpt([]byte(faultText.String())))
	}
	if len(rows) == 0 {
		return nil, errors.New("no KR rows: accepted is the answer of the DailyInfo KeyRate or KeyRateXML method with at least one day (is the window empty, or -from after -to?)")
	}
	return rows, nil
}

// keyRateRow checks one KR row.
func keyRateRow(dt, rate string, seen map[string]bool, line int) (dailyRate, error) {
	if !seen["DT"] || !seen["Rate"] {
		return dailyRate{}, fmt.Errorf("line %d: a KR row without DT or Rate: accepted is <KR><DT>…</DT><Rate>…</Rate></KR>", line)
	}
	d, err := parseDateTimeDate(strings.TrimSpace(dt))
	if err != nil {
		return dailyRate{}, fmt.Errorf("line %d: DT %q: accepted is an xs:dateTime such as 2025-01-17T00:00:00+03:00", line, law.Clip(strings.TrimSpace(dt)))
	}
	p, err := parseRateValue(rate)
	if err != nil || strings.Contains(rate, ",") {
		return dailyRate{}, fmt.Errorf("line %d: Rate %q: accepted is an xs:decimal such as 21.00", line, law.Clip(strings.TrimSpace(rate)))
	}
	return dailyRate{Date: d, Percent: p, Line: line}, nil
}

// parseDateTimeDate returns the date part of an xs:dateTime or xs:date.
// The service writes Moscow midnight with its offset; the date as written
// is the business day, so the time and offset are not converted.
func parseDateTimeDate(s string) (calendar.Date, error) {
	if len(s) < 10 || (len(s) > 10 && s[10] != 'T') || len(s) > 40 {
		return calendar.Date{}, errors.New("not an xs:dateTime")
	}
	if s[4] != '-' || s[7] != '-' {
		return calendar.Date{}, errors.New("not an xs:dateTime")
	}
	return calendar.ParseDate(s[:10])
}

// xmlErrorText drops the "XML syntax error on line N" prefix, the line
// being given separately.
func xmlErrorText(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Msg
	}
	return err.Error()
}
