package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord tokKind = iota
	tDigits
	tPunct
)

// maxLexWord is the longest word looked up in the lexicon; longer words are never
// temporal.
const maxLexWord = 16

// maxNumDigits is the longest digit run whose value is kept; longer runs get num -1.
const maxNumDigits = 9

// token is one word, digit run or punctuation mark of the text.
type token struct {
	b0, b1 int // byte offsets
	r0, r1 int // code point offsets
	kind   tokKind
	gap    bool // white space precedes the token
	para   bool // a line break precedes the token
	upper  bool // the token starts with an upper-case letter
	ed     bool // a lower-case word that looks like a past-tense verb (pastForm)
	punct  byte // the mark, for ASCII punctuation
	ndig   int
	num    int
	lex    *lexEntry
}

// minPastForm is the shortest word in -ed taken for a past-tense verb ("named", not
// "red" or "bed").
const minPastForm = 5

// pastForm reports whether the lower-case word w looks like a verb in the past tense:
// it ends in -ed, but not in -eed ("indeed", "exceed"), is not "hundred", and is not a
// negated participle, which is an adjective ("a still unspecified date", "unchanged"),
// unless its verb begins with un- itself ("unveiled"). Callers skip capitalised words,
// which are names ("United", "Mohammed").
func pastForm(w []byte) bool {
	n := len(w)
	if n < minPastForm || w[n-2] != 'e' || w[n-1] != 'd' {
		return false
	}
	if w[n-3] == 'e' {
		return eedVerbs[string(w)] // "agreed", but "indeed", "exceed"
	}
	if w[0] == 'u' && w[1] == 'n' {
		return unVerbs[string(w)]
	}
	return string(w) != "hundred"
}

// unVerbs are past forms of verbs that begin with un- ("unveiled a plan"); other words
// in un-...-ed are adjectives.
var unVerbs = map[string]bool{"unveiled": true, "unleashed": true, "unloaded": true,
	"unlocked": true, "united": true, "uncovered": true, "unfolded": true, "unearthed": true,
	"unraveled": true, "unravelled": true, "unpacked": true, "unseated": true,
	"undermined": true, "underlined": true, "underscored": true, "unfurled": true}

// eedVerbs are the past forms in -eed; other words in -eed ("indeed", "proceed",
// "need") are not past.
var eedVerbs = map[string]bool{"agreed": true, "disagreed": true, "freed": true,
	"decreed": true, "guaranteed": true, "refereed": true}

// lowerLetters maps the bytes of ASCII letters to their lower case, and other bytes to 0.
var lowerLetters = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// tokenize appends the tokens of text to toks and returns it. An ASCII word is
// lowered into a buffer as it is scanned, for the lexicon lookup.
func tokenize(text string, lex *lexicon, toks []token) []token {
	var buf [maxLexWord]byte
	gap, para := true, true
	r := 0 // code points so far
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			gap = true
			i++
			r++
			continue
		case c == '\n':
			gap, para = true, true
			i++
			r++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			t := token{b0: i, b1: j, r0: r, r1: r + j - i, kind: tDigits, gap: gap, para: para, ndig: j - i, num: -1}
			if j-i <= maxNumDigits {
				n := 0
				for k := i; k < j; k++ {
					n = n*10 + int(text[k]-'0')
				}
				t.num = n
			}
			toks = append(toks, t)
			r += j - i
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i
			for j < len(text) {
				l := lowerLetters[text[j]]
				if l == 0 {
					break
				}
				if j-i < maxLexWord {
					buf[j-i] = l
				}
				j++
			}
			if j < len(text) && text[j] >= utf8.RuneSelf {
				// a word with non-ASCII letters: never temporal, take it whole
				for j < len(text) {
					rr, size := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(rr) && !unicode.Is(unicode.Mn, rr) {
						break
					}
					j += size
				}
				n := utf8.RuneCountInString(text[i:j])
				toks = append(toks, token{b0: i, b1: j, r0: r, r1: r + n, kind: tWord, gap: gap, para: para})
				r += n
				i = j
				break
			}
			t := token{b0: i, b1: j, r0: r, r1: r + j - i, kind: tWord, gap: gap, para: para, upper: c <= 'Z'}
			if n := j - i; n <= maxLexWord {
				t.lex = lex.lookup(buf[:n])
				t.ed = !t.upper && pastForm(buf[:n])
			}
			toks = append(toks, t)
			r += j - i
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{b0: i, b1: i + 1, r0: r, r1: r + 1, kind: tPunct, gap: gap, para: para, punct: c})
			i++
			r++
		default:
			rr, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(rr):
				gap = true
			case unicode.IsLetter(rr) || unicode.IsDigit(rr):
				j := i + size
				n := 1
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && !unicode.Is(unicode.Mn, r2) {
						break
					}
					j += s2
					n++
				}
				toks = append(toks, token{b0: i, b1: j, r0: r, r1: r + n, kind: tWord, gap: gap, para: para})
				r += n
				i = j
				gap, para = false, false
				continue
			default:
				p := byte('?')
				switch rr {
				case '’', '‘':
					p = '\''
				case '–', '—':
					p = '-'
				}
				toks = append(toks, token{b0: i, b1: i + size, r0: r, r1: r + 1, kind: tPunct, gap: gap, para: para, punct: p})
			}
			i += size
			r++
			if unicode.IsSpace(rr) {
				continue
			}
		}
		gap, para = false, false
	}
	return toks
}
