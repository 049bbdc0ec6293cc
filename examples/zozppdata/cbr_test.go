package main

import (
	"encoding/xml"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseKeyRateSOAP(t *testing.T) {
	tests := []struct {
		name      string
		data      []byte
		rows      int
		first     string // date and rate of the first row as published (newest)
		firstRate string
		firstLine int
		last      string
	}{
		{"KeyRate capture (DataSet with schema and diffgram)", sample(t, "cbr-keyrate-soap11-response.xml"), 8, "2025-01-17", "21.00", 24, "2024-07-26"},
		{"KeyRateXML shape", sample(t, "cbr-keyrateXML-soap11-response.DERIVED.xml"), 2, "2024-10-28", "21.00", 7, "2024-10-25"},
		{"KeyRateXML daily series", sample(t, "cbr-keyrateXML-daily-2024H2.DERIVED.xml"), 129, "2024-12-27", "21.00", 7, "2024-07-01"},
		{"KR rows without a wrapper", []byte(`<r><KR><DT>2024-07-29</DT><Rate>18</Rate></KR></r>`), 1, "2024-07-29", "18", 1, "2024-07-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := parseKeyRateSOAP(tt.data)
			require.NoError(t, err)
			require.Len(t, rows, tt.rows)
			assert.Equal(t, date(t, tt.first), rows[0].Date)
			assert.True(t, pct(tt.firstRate).Equal(rows[0].Percent), "rate %s", rows[0].Percent)
			assert.Equal(t, tt.firstLine, rows[0].Line)
			assert.Equal(t, date(t, tt.last), rows[len(rows)-1].Date)
		})
	}
}

func TestParseKeyRateSOAPErrors(t *testing.T) {
	kr := func(dt, rate string) string {
		return "<KeyRate>\n<KR><DT>2024-07-26T00:00:00+03:00</DT><Rate>16.00</Rate></KR>\n<KR>" + dt + rate + "</KR>\n</KeyRate>"
	}
	tests := []struct {
		name, data, want string
	}{
		{"SOAP fault", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Server did not recognize the value of HTTP Header SOAPAction</faultstring></soap:Fault></soap:Body></soap:Envelope>`,
			"SOAP fault: Server did not recognize the value of HTTP Header SOAPAction"},
		{"not XML", "<KeyRate>\n<KR><DT>2024-07-26</DT>\n</KeyRate>", "line 3: not well-formed XML"},
		{"no rows", `<KeyRateXMLResult><KeyRate/></KeyRateXMLResult>`, "no KR rows"},
		{"date not xs:dateTime", kr("<DT>26.07.2024</DT>", "<Rate>16.00</Rate>"), `line 3: DT "26.07.2024": accepted is an xs:dateTime`},
		{"no such day", kr("<DT>2024-02-30T00:00:00+03:00</DT>", "<Rate>16.00</Rate>"), "line 3: DT"},
		{"decimal comma", kr("<DT>2024-07-29T00:00:00+03:00</DT>", "<Rate>18,00</Rate>"), `line 3: Rate "18,00": accepted is an xs:decimal`},
		{"negative rate", kr("<DT>2024-07-29T00:00:00+03:00</DT>", "<Rate>-1</Rate>"), `line 3: Rate "-1"`},
		{"rate missing", kr("<DT>2024-07-29T00:00:00+03:00</DT>", ""), "line 3: a KR row without DT or Rate"},
		{"second rate", kr("<DT>2024-07-29T00:00:00+03:00</DT>", "<Rate>18</Rate><Rate>19</Rate>"), "line 3: the KR row of line 3 has a second Rate"},
		{"nested rows", "<KR>\n<KR></KR></KR>", "line 2: a KR row inside the KR row of line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseKeyRateSOAP([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// soapCall is the part of a KeyRate request that matters.
type soapCall struct {
	Body struct {
		KeyRate struct {
			XMLName  xml.Name
			FromDate string `xml:"fromDate"`
			ToDate   string `xml:"ToDate"`
		} `xml:"KeyRate"`
	} `xml:"Body"`
}

func TestKeyRateRequestMatchesDocumentedRequest(t *testing.T) {
	req, err := keyRateRequest(dailyInfoEndpoint, date(t, "2024-07-26"), date(t, "2025-01-17"))
	require.NoError(t, err)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, `"http://web.cbr.ru/KeyRate"`, req.Header.Get("SOAPAction"), "the service refuses a call without SOAPAction")
	assert.Equal(t, "text/xml; charset=utf-8", req.Header.Get("Content-Type"))
	body, err := io.ReadAll(req.Body)
	require.NoError(t, err)

	var got, want soapCall
	require.NoError(t, xml.Unmarshal(body, &got))
	require.NoError(t, xml.Unmarshal(sample(t, "cbr-keyrate-soap11-request.xml"), &want))
	assert.Equal(t, want, got, "the request has the elements, namespace and values of the documented one")
	assert.True(t, strings.HasPrefix(string(body), `<?xml version="1.0" encoding="utf-8"?>`))
}
