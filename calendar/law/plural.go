package law

// Plural picks the word form that follows the number n. In Russian the
// forms are one (1, 21, 101), few (2–4, 22–24) and many (0, 5–20, 25–30,
// 11–14); in English one (1) and other, for which few and many are the
// same. It is the one home of this rule for every package of zozpp.
func Plural(lang Lang, n int, one, few, many string) string {
	if n < 0 {
		n = -n
	}
	if lang == English {
		if n == 1 {
			return one
		}
		return many
	}
	switch n10, n100 := n%10, n%100; {
	case n10 == 1 && n100 != 11:
		return one
	case n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14):
		return few
	}
	return many
}
