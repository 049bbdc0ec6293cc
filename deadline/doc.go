// Package deadline computes legal terms by the Civil Code's rules (ГК РФ
// ст. 190–194) over the Russian production calendar and explains each step
// in Russian, citing the article it applies.
//
// A Term is N units: Days (calendar days), Workdays (production-calendar
// working days), DaysExceptHolidays (ОСАГО: calendar days not counting
// нерабочие праздничные дни), Weeks, Months or Years. Compute runs a term
// from the day of an event:
//
//   - the term starts the day after the event (ст. 191), whatever that day is;
//   - it ends on its N-th day, or on the corresponding day of the last week,
//     month or year, or on the last day of a month without that number
//     (ст. 192: 31 January + 1 month = 28 or 29 February);
//   - when the last day is a weekend, a нерабочий праздничный день or a day
//     off by a transfer decree, the term ends on the next working day
//     (ст. 193); a Saturday made a working day by decree is a working day;
//   - performance is on time until 24:00 of that day at the place of
//     performance (ст. 194 п. 1); the first day of delay is the day after,
//     and a daily penalty accrues from it through the day of actual
//     performance (Пленум ВС РФ от 24.03.2016 № 7, п. 65).
//
// The special non-working days declared by Presidential decrees in
// 2020–2021 do not move a term by default (Обзор ВС РФ № 1 от 21.04.2020,
// вопрос 5); SpecialNonWorkingDaysOff shows the other reading. ОСАГО terms
// in DaysExceptHolidays are also moved by ст. 193 when they end on a weekend,
// which no stored source settles either way: it never overstates a penalty;
// NoShift turns it off.
//
// Due is the fast path for batch work: the due date only, with no
// explanation and no allocation. Results carry Provisional when they rest on
// a year with no transfer decree yet. Dates outside the calendar's range
// give ErrOutOfRange, bad terms ErrInvalidTerm; nothing panics on input.
package deadline
