// Package claimtype is the catalog of consumer claims under Russian law —
// what a seller, contractor or insurer must do, by when, and what it owes for
// every day of delay — and the one call a CRM needs to answer a claim.
//
// Every Type carries its title, the article that sets its term (Basis), the
// kind of term (fixed by law, at most, set by the consumer, agreed, a
// contract date, a consumer's own window, an event), the event the term runs
// from and the statutory penalty (penalty.Rule) or nil. The catalog is data
// (data/catalog.json), reviewed against the law; Get and All return copies.
//
//	t, _ := claimtype.Get(claimtype.GoodsRefund)        // ЗоЗПП ст. 22: 10 days, ст. 23: 1 % a day
//	a, _ := t.Assess(claimtype.Claim{
//		Event:       calendar.NewDate(2024, 12, 25),  // claim received
//		Base:        decimal.NewFromInt(59990),        // price of the goods
//		PerformedOn: calendar.NewDate(2025, 2, 3),     // money returned
//	})
//	fmt.Println(a) // due 09.01.2025; 25 days × 599,90 = 14 997,50 руб.; the reasoning and the table
//
// Deadline applies the Civil Code's term rules (see package deadline) and
// puts the type's basis first in the explanation. Assess adds the penalty
// from the first day of delay through the day of performance (or the "as
// of" day of a claim still open), ГК РФ ст. 395 interest for money claims
// without a penalty, and a preview of the 50 % consumer fine of ЗоЗПП ст. 13
// п. 6. Its String is Russian text a lawyer can paste; its JSON has money as
// decimal strings and dates as "YYYY-MM-DD".
//
// Where the law or practice is unsettled, the catalog picks the reading that
// never overstates what is owed and says so in Note: the ОСАГО terms are
// moved off weekends by ГК РФ ст. 193, the ОСАГО own-shop term excludes
// holidays, a prepayment refund's penalty starts after the refund term unless
// the caller gives the contract's delivery date (Claim.PenaltyFrom).
package claimtype
