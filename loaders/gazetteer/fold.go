package gazetteer

import (
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// keyBytes is the room for lookup keys built on the stack; longer keys spill to the
// heap.
const keyBytes = 96

// appendFold appends parley.Fold(s) to dst. ASCII text, the common case, is folded
// here without allocating; other text goes through parley.Fold.
func appendFold[T string | []byte](dst []byte, s T) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, parley.Fold(string(s))...)
		}
	}
	start, space := len(dst), false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'' || c == '.':
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		default:
			space = true
		}
	}
	return dst
}

// appendJoined appends words to dst, separated by spaces.
func appendJoined(dst []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}
