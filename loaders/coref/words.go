package coref

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley/loaders/text"
)

// functionWords are capitalised at the start of a sentence or in headlines but never
// begin a name.
var functionWords = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true,
	"At": true, "Of": true, "And": true, "But": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "His": true, "Her": true, "Their": true, "This": true,
	"That": true, "These": true, "Those": true, "As": true, "For": true, "With": true, "By": true,
	"From": true, "To": true, "After": true, "Before": true, "When": true, "While": true,
	"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "to": true}

// isFunctionWord reports whether w is a function word (see functionWords).
func isFunctionWord(w string) bool { return functionWords[w] }

// isTitleCase reports whether w starts with an upper-case letter.
func isTitleCase(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// joinTokens returns the tokens' texts joined by single spaces.
func joinTokens(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// spanText returns the sentence's text between body offsets start and end (code points).
// It walks the text once without converting it to runes, unless every code point of the
// sentence is one byte.
func spanText(s *text.Sentence, start, end int) string {
	a, b := start-s.Start, end-s.Start
	if a < 0 || a > b {
		return ""
	}
	if len(s.Text) == s.End-s.Start {
		if b > len(s.Text) {
			return ""
		}
		return s.Text[a:b]
	}
	from, n := -1, 0
	for i := range s.Text {
		if n == a {
			from = i
		}
		if n == b {
			return s.Text[from:i]
		}
		n++
	}
	if n == b {
		if from < 0 {
			from = len(s.Text)
		}
		return s.Text[from:]
	}
	return ""
}

// resize returns s with length n, all zero, reusing its memory when it has room.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
