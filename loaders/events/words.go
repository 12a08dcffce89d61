package events

import (
	"unicode"
	"unicode/utf8"
)

// hasWords reports whether words from index i start with want.
func hasWords(words []string, i int, want []string) bool {
	if i+len(want) > len(words) {
		return false
	}
	for k, w := range want {
		if words[i+k] != w {
			return false
		}
	}
	return true
}

// isLowerWord reports whether w starts with a lower-case letter.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isPunct reports whether w starts with a punctuation mark.
func isPunct(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsPunct(r)
}
