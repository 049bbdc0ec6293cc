package documents

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// bounded reports whether d is small enough to compare, round and print
// in bounded time: shopspring/decimal materialises 10^exponent, so a
// figure such as 1e50000000 is refused before anything touches it.
func bounded(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -30 && e <= 30 && d.NumDigits() <= 40
}

// numbers is a figure of a Document or a Letter with its field name.
type numbers []struct {
	field string
	d     decimal.Decimal
}

func (n *numbers) add(field string, d decimal.Decimal) {
	*n = append(*n, struct {
		field string
		d     decimal.Decimal
	}{field, d})
}

// unbounded returns the error for the first figure bounded refuses, nil
// when every one is safe to work with. Validate calls it first.
func (n numbers) unbounded() error {
	for _, x := range n {
		if !bounded(x.d) {
			return fmt.Errorf("%w: %s: a number with %d digits and exponent %d: accepted are amounts up to %d with kopecks, and rates as fractions",
				ErrInvalid, x.field, x.d.NumDigits(), x.d.Exponent(), int64(maxMoney))
		}
	}
	return nil
}

// figures lists every decimal of the document.
func (d Document) figures() numbers {
	var n numbers
	for i, c := range d.Calculations {
		p := fmt.Sprintf("calculations[%d]", i)
		for j, r := range c.Rows {
			rp := fmt.Sprintf("%s.rows[%d]", p, j)
			n.add(rp+".base", r.Base)
			n.add(rp+".amount", r.Amount)
			n.add(rp+".rate.value", r.Rate.Value)
		}
		n.add(p+".total", c.Total)
		if c.Cap != nil {
			n.add(p+".cap.limit", c.Cap.Limit)
		}
	}
	for i, t := range d.Totals {
		p := fmt.Sprintf("totals[%d]", i)
		n.add(p+".amount", t.Amount)
		n.add(p+".share", t.Share)
		n.add(p+".plus", t.Plus)
	}
	return n
}

// figures lists every decimal of the letter.
func (l Letter) figures() numbers {
	var n numbers
	n.add("subject.price", l.Subject.Price)
	n.add("requirement.amount", l.Requirement.Amount)
	if p := l.Penalty; p != nil {
		n.add("penalty.rate", p.Rate)
		n.add("penalty.base", p.Base)
		n.add("penalty.amount", p.Amount)
	}
	n.add("fine.share", l.Fine.Share)
	n.add("fine.amount", l.Fine.Amount)
	return n
}
