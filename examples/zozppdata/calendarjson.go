package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// marshalCalendarJSON writes v — a calendar.Definition (what calendar.Load
// reads) or a list of calendar.Act (what Calendar.With takes, decoded with
// encoding/json) — in the layout of calendar/data/russia.json, so that a
// regenerated file differs from the embedded one only where the data does:
// a value that holds objects is spread one member per line, indented by one
// space a level — and so are all the elements of an array when one of them
// is; an English rendering ("citation_en") stays on the line of what it
// renders ("citation"); any other value stays on one line, with a space
// after each colon and comma. The JSON itself is what encoding/json makes of the
// library's types, so the field names follow the library.
func marshalCalendarJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	root, err := readJSONNode(dec)
	if err != nil {
		return nil, err
	}
	var out strings.Builder
	root.write(&out, 0, root.holdsObject())
	out.WriteByte('\n')
	return []byte(out.String()), nil
}

// jsonNode is a JSON value with its object members in document order.
type jsonNode struct {
	delim byte     // '{' or '[' for a container, 0 for a scalar
	keys  []string // an object's member names
	items []*jsonNode
	raw   string // a scalar as JSON text
}

func readJSONNode(dec *json.Decoder) (*jsonNode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &jsonNode{delim: byte(t)}
		for dec.More() {
			if n.delim == '{' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := k.(string)
				if !ok {
					return nil, errors.New("an object key that is not a string")
				}
				n.keys = append(n.keys, key)
			}
			c, err := readJSONNode(dec)
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, c)
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		return n, nil
	case string:
		return &jsonNode{raw: quoteJSON(t)}, nil
	case json.Number:
		return &jsonNode{raw: t.String()}, nil
	case bool:
		return &jsonNode{raw: fmt.Sprint(t)}, nil
	case nil:
		return &jsonNode{raw: "null"}, nil
	}
	return nil, fmt.Errorf("unexpected JSON token %v", tok)
}

// quoteJSON writes s as a JSON string without escaping <, > and &.
func quoteJSON(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// isRendering reports whether member i of an object is the English
// rendering of the scalar member before it.
func (n *jsonNode) isRendering(i int) bool {
	return n.delim == '{' && i > 0 && n.keys[i] == n.keys[i-1]+"_en" &&
		n.items[i].delim == 0 && n.items[i-1].delim == 0
}

// holdsObject reports whether an object appears anywhere inside n.
func (n *jsonNode) holdsObject() bool {
	for _, c := range n.items {
		if c.delim == '{' || c.holdsObject() {
			return true
		}
	}
	return false
}

// write writes n at an indentation level, spread over lines or not.
func (n *jsonNode) write(b *strings.Builder, level int, spread bool) {
	if n.delim == 0 {
		b.WriteString(n.raw)
		return
	}
	end := byte(']')
	if n.delim == '{' {
		end = '}'
	}
	spreadItems := false
	if n.delim == '[' {
		for _, c := range n.items {
			spreadItems = spreadItems || c.holdsObject()
		}
	}
	b.WriteByte(n.delim)
	for i, c := range n.items {
		switch {
		case spread && n.isRendering(i):
			b.WriteByte(' ')
		case spread:
			b.WriteByte('\n')
			b.WriteString(strings.Repeat(" ", level+1))
		case i > 0:
			b.WriteByte(' ')
		}
		if n.delim == '{' {
			b.WriteString(quoteJSON(n.keys[i]) + ": ")
		}
		c.write(b, level+1, spreadItems || (n.delim == '{' && c.holdsObject()))
		if i < len(n.items)-1 {
			b.WriteByte(',')
		}
	}
	if spread {
		b.WriteByte('\n')
		b.WriteString(strings.Repeat(" ", level))
	}
	b.WriteByte(end)
}
