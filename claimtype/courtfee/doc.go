// Package courtfee computes the court fee (государственная пошлина) for a
// lawsuit over a consumer claim: НК РФ ст. 333.19 п. 1 пп. 1 in the wording
// in force on the filing date, and the consumer exemption of НК РФ ст.
// 333.36 п. 3.
//
//	f, _ := courtfee.Compute(decimal.NewFromInt(1_500_000), calendar.NewDate(2025, 3, 3), courtfee.Consumer())
//	// f.Full == 30 000 (25 000 + 1 % of the excess over 1 000 000),
//	// f.Exempt == 25 000 (the fee at 1 000 000), f.Amount == 5 000
//	fmt.Print(f) // the reasoning, each step with its article
//
// The scales are data (data/nk-333.19.json): one record per wording, dated
// from its entry into force — the scale of ФЗ от 27.12.2009 № 374-ФЗ from
// 29.01.2010 and the scale of ФЗ от 08.08.2024 № 259-ФЗ from 09.09.2024 —
// each line quoting the Code and marked by how well it is sourced (V, P, U).
// The lines of the 2024 scale above 8 000 000 ₽ are reconstructed (U): a
// fee that uses one of them is flagged Unverified. Load reads a newer
// wording without a release; WithScales uses it.
//
// Only courts of general jurisdiction and justices of the peace (ст. 333.19)
// are covered: a consumer sues there, not in an arbitrazh court.
package courtfee
