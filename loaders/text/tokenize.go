package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenInfo holds what segment needs about a token beyond Token itself.
type tokenInfo struct {
	byteStart, byteEnd int
	newlines           int  // line breaks in the whitespace before the token
	spaceBefore        bool // whitespace (or the start of the body) precedes the token
}

// bytesPerToken estimates token density to size the token slice once.
const bytesPerToken = 5

// maxAbbrevSegment is the longest letter run between periods in a dotted abbreviation
// such as "U.S." or "Ph.D." that is not in the abbreviation list.
const maxAbbrevSegment = 2

// tokenize appends the tokens of s to toks in one pass over its runes. It appends what
// segment needs to know of each token to info and returns both extended slices.
func tokenize(s string, toks []Token, info []tokenInfo) ([]Token, []tokenInfo) {
	toks = slices.Grow(toks, len(s)/bytesPerToken+1)
	if cap(info) < cap(toks) {
		info = make([]tokenInfo, 0, cap(toks))
	}
	i, cp := 0, 0
	newlines, space := 0, true
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			if r == '\n' {
				newlines++
			}
			space = true
			i += size
			cp++
			continue
		}
		end := scanToken(s, i, r, size)
		n := runeCount(s[i:end])
		toks = append(toks, Token{Text: s[i:end], Start: cp, End: cp + n})
		info = append(info, tokenInfo{byteStart: i, byteEnd: end, newlines: newlines, spaceBefore: space})
		i, cp = end, cp+n
		newlines, space = 0, false
	}
	return toks, info
}

// scanToken returns the byte offset where the token starting at i (first rune r of size
// bytes) ends.
func scanToken(s string, i int, r rune, size int) int {
	switch {
	case isWordRune(r):
		if end, ok := scanURL(s, i); ok {
			return end
		}
		return scanWord(s, i)
	case r == '.' && strings.HasPrefix(s[i:], "..."):
		return i + len("...")
	case r == '-' && strings.HasPrefix(s[i:], "--"):
		return i + len("--")
	case isApostrophe(r):
		// Possessive 's / ’s as its own token.
		if j := i + size; j < len(s) && (s[j] == 's' || s[j] == 'S') && !wordRuneAt(s, j+1) {
			return j + 1
		}
	}
	return i + size
}

// urlPrefixes start a URL, which runs to the next space minus trailing punctuation.
var urlPrefixes = []string{"http://", "https://", "www."}

func scanURL(s string, i int) (int, bool) {
	if s[i] != 'h' && s[i] != 'w' {
		return 0, false
	}
	for _, p := range urlPrefixes {
		if !strings.HasPrefix(s[i:], p) {
			continue
		}
		j := i + len(p)
		for j < len(s) {
			r, size := decode(s, j)
			if isSpace(r) {
				break
			}
			j += size
		}
		for j > i+len(p) && strings.IndexByte(".,;:!?)]\"'", s[j-1]) >= 0 {
			j--
		}
		return j, true
	}
	return 0, false
}

// scanWord scans a word starting at i: letters, digits and marks, joined by hyphens,
// inner apostrophes (O'Brien), decimal points and thousands separators (3.5, 1,000),
// ampersands between capitals (AT&T), and dotted abbreviations (U.S., a.m., Gen.).
func scanWord(s string, i int) int {
	start := i
	seg := 0        // word runes since the start or the last period or hyphen
	dotted := false // an inner period was kept
	var prev rune
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++
			seg++
			prev = rune(c)
			continue
		}
		r, size := decode(s, i)
		if isWordRune(r) {
			i += size
			seg++
			prev = r
			continue
		}
		next, nsize := rune(-1), 0
		if i+size < len(s) {
			next, nsize = decode(s, i+size)
		}
		switch {
		case isHyphen(r) && isWordRune(next):
			seg = 0
		case r == '.' && isDigit(prev) && isDigit(next):
		case r == '.' && seg == 1 && unicode.IsLetter(prev) && unicode.IsLetter(next):
			dotted, seg = true, 0
		case r == '.':
			if (dotted && seg <= maxAbbrevSegment) ||
				(seg == 1 && i-start == utf8.RuneLen(prev) && unicode.IsUpper(prev)) ||
				abbreviations[s[start:i]] != 0 {
				return i + size
			}
			return i
		case r == ',' && isDigit(prev) && threeDigits(s, i+1):
		case isApostrophe(r) && unicode.IsLetter(next) &&
			!((next == 's' || next == 'S') && !wordRuneAt(s, i+size+nsize)):
		case r == '&' && unicode.IsUpper(prev) && unicode.IsUpper(next):
		default:
			return i
		}
		i += size
		prev = r
	}
	return i
}

// threeDigits reports whether s has exactly three digits at i, not followed by a digit.
func threeDigits(s string, i int) bool {
	return i+3 <= len(s) && isDigit(rune(s[i])) && isDigit(rune(s[i+1])) && isDigit(rune(s[i+2])) &&
		(i+3 == len(s) || !isDigit(rune(s[i+3])))
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeCount counts code points, counting each invalid byte as one, like decode.
func runeCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(s)
		}
	}
	return len(s)
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := decode(s, i)
	return isWordRune(r)
}

// asciiWord reports isWordRune of the ASCII runes: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return t
}()

// isWordRune reports whether r is a letter, digit or mark; not -1, which scanWord
// passes for "no next rune". It is small enough to inline; only non-ASCII runes (and
// -1) pay a call.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWideWordRune(r)
}

func isWideWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }
