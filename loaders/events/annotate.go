package events

import (
	"slices"
	"strings"
	"sync"
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

// annotations is the memory of the annotated sentences: the sentences and their
// tokens' words, classes, mentions and dates. Extract recycles it from one article to the
// next (annotationPool).
type annotations struct {
	words []string
	class []wordClass
	ints  []int // mentions, prefixes and dates, three per token
	sents []sentence
}

// annotationPool holds *annotations for reuse.
var annotationPool = sync.Pool{New: func() any { return new(annotations) }}

// release returns the extractor's annotation memory to annotationPool, cleared so that
// it keeps no article alive; x must not be used after.
func (x *extractor) release() {
	b := x.buf
	if b == nil {
		return
	}
	clear(b.words)
	clear(b.sents)
	x.buf, x.sents = nil, nil
	annotationPool.Put(b)
}

// annotate fills x.sents: each sentence's lower-case words, their lexicon classes and
// the mention and date each token is part of. Tokens of all sentences share a few
// slices, taken from annotationPool.
func (x *extractor) annotate() {
	sents := x.d.Sentences
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	b := annotationPool.Get().(*annotations)
	x.buf = b
	b.words = slices.Grow(b.words[:0], n)[:n]
	b.class = slices.Grow(b.class[:0], n)[:n]
	b.ints = slices.Grow(b.ints[:0], 3*n)[:3*n]
	b.sents = slices.Grow(b.sents[:0], len(sents))[:len(sents)]
	words, class, ints := b.words, b.class, b.ints
	lowerWords(sents, words, class)
	for i := range ints {
		ints[i] = -1
	}
	x.sents = b.sents
	for si := range sents {
		s := &sents[si]
		k := len(s.Tokens)
		a := &x.sents[si]
		*a = sentence{idx: si, s: s, words: words[:k:k], class: class[:k:k],
			mention: ints[:k:k], prefix: ints[k : 2*k : 2*k], timex: ints[2*k : 3*k : 3*k]}
		words, class, ints = words[k:], class[k:], ints[3*k:]
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

// lowerWords fills words with the lower-cased texts of the tokens of sents, in order,
// like strings.ToLower of each, and class with their lexicon classes; both have one
// element per token. An ASCII token is lowered and hashed in one pass. ASCII words with
// capitals are written into one builder and share its memory: a strings.Builder never
// changes bytes it has written.
func lowerWords(sents []text.Sentence, words []string, class []wordClass) {
	var lower strings.Builder
	k := 0
	for i := range sents {
		for _, t := range sents[i].Tokens {
			w := t.Text
			h, ascii, upper := lowerHash(w)
			switch {
			case !ascii:
				w = strings.ToLower(w)
				h = hashWord(w)
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
			words[k], class[k] = w, wordClasses.lookup(w, h)
			k++
		}
	}
}

// lowerHash returns hashWord of the lower-cased ASCII word s and whether s has a
// capital. It returns ascii false, and no hash, if s is not all ASCII.
func lowerHash(s string) (h uint32, ascii, upper bool) {
	h = wordHashSeed
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return 0, false, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			upper = true
		}
		h = (h ^ uint32(c)) * wordHashPrime
	}
	return h, true, upper
}

// paragraphStarts reports for each sentence of d whether a blank line comes before it.
// It reads only the gaps between sentences, finding each sentence's bytes by its Text,
// so it relies on text.Split's contract that Text is the body between Start and End;
// sentences found to break it (a Text that is not the body there or too short for
// End-Start code points) are handled by walking the whole body instead.
func paragraphStarts(d *Doc) []bool {
	starts := make([]bool, len(d.Sentences))
	body := d.Article.Body
	b, pos := 0, 0 // byte and code point offsets into body
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if s.Start < pos {
			return paragraphStartsByWalk(d)
		}
		newlines := 0
		for ; pos < s.Start && b < len(body); pos++ {
			c := body[b]
			if c < utf8.RuneSelf {
				if c == '\n' {
					newlines++
				}
				b++
				continue
			}
			_, size := utf8.DecodeRuneInString(body[b:])
			b += size
		}
		starts[si] = si > 0 && newlines >= 2
		if pos < s.Start {
			// The body ends before this sentence: no later one has a blank line before it.
			break
		}
		if s.End < s.Start || len(s.Text) < s.End-s.Start || len(s.Text) > len(body)-b ||
			body[b:b+len(s.Text)] != s.Text {
			return paragraphStartsByWalk(d)
		}
		b, pos = b+len(s.Text), s.End
	}
	return starts
}

// paragraphStartsByWalk is paragraphStarts for sentences that are not substrings of
// the body at their offsets: it walks every character of the body.
func paragraphStartsByWalk(d *Doc) []bool {
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
