package documents

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A letter template renders to a small line-based markup, which the DOCX
// and PDF writers lay out the same way:
//
//	# ПРЕТЕНЗИЯ            a centered bold title line
//	> ООО «Продавец»       a right-aligned line (the addressee and sender block); ">" alone is an empty one
//	< Приложения:          a left-aligned line of its own, no indent (lists, the signature)
//	- копия чека           a bulleted item
//	plain text             a paragraph, justified with a first-line indent; the
//	more plain text        lines of one paragraph are joined with a space
//	                       a blank line ends a paragraph; more blank lines add nothing
//
// Leading spaces are ignored, so templates may indent their actions.

// MaxLetterText bounds a rendered letter: a claim letter is a page or two.
const MaxLetterText = 64 << 10

// maxBlocks bounds the lines a letter lays out.
const maxBlocks = 2000

// parseMarkup reads the markup into blocks.
func parseMarkup(s string) ([]block, error) {
	if len(s) > MaxLetterText {
		return nil, fmt.Errorf("%w: letter text of %d bytes: accepted are at most %d", ErrInvalid, len(s), MaxLetterText)
	}
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("%w: letter text is not valid UTF-8", ErrInvalid)
	}
	var out []block
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, block{kind: blockPara, indent: true, text: strings.Join(para, " ")})
			para = nil
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.Trim(line, " \t\r")
		if line == "" {
			flush()
			continue
		}
		marker, rest := line[0], strings.TrimLeft(line[1:], " \t")
		switch {
		case marker == '#':
			flush()
			out = append(out, block{kind: blockTitle, text: rest})
		case marker == '>':
			flush()
			out = append(out, block{kind: blockLine, align: alignRight, text: rest})
		case marker == '<':
			flush()
			out = append(out, block{kind: blockLine, text: rest})
		case marker == '-' && (len(line) == 1 || line[1] == ' '):
			flush()
			out = append(out, block{kind: blockItem, label: "–", text: rest})
		default:
			para = append(para, line)
		}
		if len(out) > maxBlocks {
			return nil, fmt.Errorf("%w: letter of more than %d lines: accepted are at most %d", ErrInvalid, maxBlocks, maxBlocks)
		}
	}
	flush()
	for _, b := range out {
		if hasControl(b.text) {
			return nil, fmt.Errorf("%w: letter text contains control characters: accepted is printable text", ErrInvalid)
		}
	}
	return out, nil
}

// formatMarkup writes blocks back as markup; parseMarkup(formatMarkup(b))
// gives b again.
func formatMarkup(blocks []block) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch {
		case bl.kind == blockTitle:
			b.WriteString("# " + bl.text)
		case bl.kind == blockLine && bl.align == alignRight:
			b.WriteString("> " + bl.text)
		case bl.kind == blockLine:
			b.WriteString("< " + bl.text)
		case bl.kind == blockItem:
			b.WriteString("- " + bl.text)
		default:
			b.WriteString(bl.text + "\n")
		}
	}
	return b.String()
}
