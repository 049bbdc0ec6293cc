// Package law is the vocabulary every explanation of zozpp is built from: a
// structured citation of a legal act (Ref: the act, article, part, clause,
// subclause, paragraph and wording), the language an explanation is
// rendered in (Lang), and the small pieces of Russian and English grammar
// the renderers share (Plural).
//
// A Ref is data: a program can read which act and article a result rests
// on, and Text renders it in Russian, as lawyers write it in a claim
// («Закон РФ от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 23
// п. 1»), or in English («Law of the Russian Federation of 07.02.1992
// No. 2300-1 “On Protection of Consumer Rights”, Art. 23(1)»). ParseRef
// reads the Russian form back, so data files and doc comments cite the law
// the way a lawyer would and the structure is derived, not retyped.
//
// The package depends on nothing but the standard library; the calendar,
// deadline, penalty and claimtype packages build on it.
package law
