package law

// Clip cuts s to at most 40 bytes, on a rune boundary, marking the cut
// with "…": every package quotes a caller's input in an error message this
// way, so that no message echoes a long or hostile input at length.
func Clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
