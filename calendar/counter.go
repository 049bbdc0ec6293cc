package calendar

// counter answers "how many marked days in a range" and "the n-th marked day
// after a day" in constant time, from two precomputed arrays. It is what
// makes working-day arithmetic O(1) and allocation-free.
type counter struct {
	prefix []int32 // prefix[i]: marked days among offsets [0, i)
	pos    []int32 // offsets of the marked days, ascending
}

// newCounter marks the days whose kind is in the set mask.
func newCounter(kinds []Kind, mask uint8) counter {
	c := counter{prefix: make([]int32, len(kinds)+1)}
	for i, k := range kinds {
		c.prefix[i+1] = c.prefix[i]
		if mask&k.mask() != 0 {
			c.prefix[i+1]++
			c.pos = append(c.pos, int32(i))
		}
	}
	return c
}

// count returns the marked days in [from, to]; both within range, from <= to.
func (c *counter) count(from, to int) int {
	return int(c.prefix[to+1] - c.prefix[from])
}

// next returns the first marked offset >= i.
func (c *counter) next(i int) (int, bool) {
	k := int(c.prefix[i])
	if k >= len(c.pos) {
		return 0, false
	}
	return int(c.pos[k]), true
}

// add returns the offset of the n-th marked day after i (n > 0) or before i
// (n < 0); i itself is never counted.
func (c *counter) add(i, n int) (int, bool) {
	var k int
	if n > 0 {
		k = int(c.prefix[i+1]) + n - 1
	} else {
		k = int(c.prefix[i]) + n
	}
	if k < 0 || k >= len(c.pos) {
		return 0, false
	}
	return int(c.pos[k]), true
}
