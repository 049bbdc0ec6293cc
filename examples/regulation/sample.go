// Package regulation ships the sample complaint-handling regulation of
// issue 14 as data, for the claimcalc CLI and the crmhook service:
// claimtype/regulation.Parse(regulation.Sample). It is a sample, neither
// law nor any organisation's act; see README.md for its source.
package regulation

import _ "embed"

// Sample is sample.json: the regulation after the customer-service standard
// Р 50.1.076-2011 and an organisation's order on handling claims.
//
//go:embed sample.json
var Sample []byte
