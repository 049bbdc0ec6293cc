// Package claimtype is the catalog of consumer claims under Russian law —
// what a seller, contractor or insurer must do, by when, and what it owes for
// every day of delay — and the one call a CRM needs to answer a claim.
//
// Every [Type] carries its title, the provisions that set its term (Basis,
// as structured [law.Ref] citations), the kind of term (fixed by law, at
// most, set by the consumer, agreed, a contract date, a consumer's own
// window, an event), the event the term runs from and the statutory
// penalty (a [penalty.Rule]) or nil. The catalog is data
// (data/catalog.json), reviewed against the law; [Get] and [All] return
// copies.
//
//	t, _ := claimtype.Get(claimtype.GoodsRefund)        // ЗоЗПП ст. 22: 10 days, ст. 23: 1 % a day
//	a, _ := t.Assess(claimtype.Claim{
//		Event:       calendar.NewDate(2024, 12, 25),  // claim received
//		Base:        decimal.NewFromInt(59990),        // price of the goods
//		PerformedOn: calendar.NewDate(2025, 2, 3),     // money returned
//	})
//	fmt.Println(a)                   // due 09.01.2025; 25 days × 599,90 = 14 997,50 руб.; the reasoning and the table
//	fmt.Println(a.Text(law.English)) // the same in English
//
// [Type.Deadline] applies the Civil Code's term rules (see package
// deadline); a statutory term is never silently replaced by a consumer's or
// agreed one. [Type.Assess] checks every field of the [Claim] on every
// call, then adds the penalty from the first day of delay through the day
// of performance (or the "as of" day of a claim still open), ГК РФ ст. 395
// interest for money claims without a penalty, and a preview of the court
// fine (ЗоЗПП ст. 13 п. 6; ФЗ № 40-ФЗ ст. 16.1 п. 3 for ОСАГО).
//
// An [Assessment] is data: the deadline's facts, the calculations, coded
// [Note] warnings (rates_stale, calendar_provisional, …) and notes. Text
// renders it in Russian or English; AppendJSON writes the codes, the data
// and the text in the language asked for, and UnmarshalJSON reads it back.
// [DecodeClaim] reads a claim from JSON strictly (unknown, miscased or
// duplicate keys are errors) and tolerantly (amounts as "59 990,00 ₽",
// dates as DD.MM.YYYY or RFC 3339).
//
// Every caller error is a [*FieldError] naming the claim's JSON field and
// wrapping [ErrInvalidClaim] plus, where there is one, a precise sentinel
// ([ErrTermRequired], [ErrNoFixedTerm], deadline.ErrOutOfRange, …).
//
// Where the law or practice is unsettled, the catalog picks the reading that
// never overstates what is owed and says so in the type's Note.
package claimtype
