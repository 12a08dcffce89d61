package events

import (
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley/loaders/text"
)

// sentence is the token annotations of one sentence.
type sentence struct {
	idx     int
	s       *text.Sentence
	words   []string    // lower-case token texts
	class   []wordClass // token -> the lexicon lists its word is in
	mention []int       // token -> index into Doc.Mentions of the name it is part of, or -1
	prefix  []int       // token -> mention whose title/modifier prefix it is in, or -1
	timex   []int       // token -> index into Doc.Timexes, or -1
}

// nameAt returns the mention token k is part of, else the mention whose title or
// modifier prefix it is in, else -1.
func (a *sentence) nameAt(k int) int {
	if mi := a.mention[k]; mi >= 0 {
		return mi
	}
	return a.prefix[k]
}

// is reports whether the word at token k is in one of the lexicon lists c.
func (a *sentence) is(k int, c wordClass) bool { return a.class[k]&c != 0 }

// annotate fills x.sents: each sentence's lower-case words, their lexicon classes and
// the mention and date each token is part of. Tokens of all sentences share a few
// allocations.
func (x *extractor) annotate() {
	sents := x.d.Sentences
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	words := lowerWords(sents, n)
	class := make([]wordClass, n)
	ints := make([]int, 3*n)
	for i := range ints {
		ints[i] = -1
	}
	x.sents = make([]sentence, len(sents))
	for si := range sents {
		s := &sents[si]
		k := len(s.Tokens)
		a := &x.sents[si]
		*a = sentence{idx: si, s: s, words: words[:k:k], class: class[:k:k],
			mention: ints[:k:k], prefix: ints[k : 2*k : 2*k], timex: ints[2*k : 3*k : 3*k]}
		words, class, ints = words[k:], class[k:], ints[3*k:]
		for i, w := range a.words {
			a.class[i] = wordClasses[w]
		}
	}
	for mi, m := range x.d.Mentions {
		if m.Sent < 0 || m.Sent >= len(x.sents) {
			continue
		}
		a := &x.sents[m.Sent]
		n := len(a.words)
		if m.Nominal && m.Tok1 > n {
			continue
		}
		for k := m.Tok0; k < m.Tok1 && k < n; k++ {
			a.mention[k] = mi
		}
		for k := m.Ext0; k < m.Tok0 && k < n; k++ {
			if a.mention[k] < 0 {
				a.prefix[k] = mi
			}
		}
	}
	for si := range x.sents {
		a := &x.sents[si]
		s := a.s
		for ti, t := range x.d.Timexes {
			if t.End <= s.Start || t.Start >= s.End {
				continue
			}
			for k, tok := range s.Tokens {
				if tok.Start >= t.Start && tok.End <= t.End {
					a.timex[k] = ti
				}
			}
		}
	}
}

// lowerWords returns the lower-cased texts of the n tokens of sents, in order, like
// strings.ToLower of each. ASCII words with capitals are written into one builder and
// share its memory: a strings.Builder never changes bytes it has written.
func lowerWords(sents []text.Sentence, n int) []string {
	words := make([]string, 0, n)
	var lower strings.Builder
	for i := range sents {
		for _, t := range sents[i].Tokens {
			w := t.Text
			switch ascii, upper := asciiCase(w); {
			case !ascii:
				w = strings.ToLower(w)
			case upper:
				start := lower.Len()
				for j := 0; j < len(w); j++ {
					c := w[j]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					lower.WriteByte(c)
				}
				w = lower.String()[start:]
			}
			words = append(words, w)
		}
	}
	return words
}

// asciiCase reports whether s is all ASCII and, if so, whether it has a capital.
func asciiCase(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false, false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return true, upper
}

// paragraphStarts reports for each sentence of d whether a blank line comes before it.
func paragraphStarts(d *Doc) []bool {
	starts := make([]bool, len(d.Sentences))
	body := d.Article.Body
	// Walk the body once, counting code points (an invalid byte counts as one), and
	// count the newlines between each sentence's end and the next one's start.
	si, pos, newlines := 1, 0, 0
	for _, r := range body {
		if si >= len(d.Sentences) {
			break
		}
		for si < len(d.Sentences) && pos >= d.Sentences[si].Start {
			starts[si] = newlines >= 2
			si, newlines = si+1, 0
		}
		if si < len(d.Sentences) && pos >= d.Sentences[si-1].End && r == '\n' {
			newlines++
		}
		pos++
	}
	for ; si < len(d.Sentences); si++ {
		starts[si] = newlines >= 2
		newlines = 0
	}
	return starts
}
