// Package text splits an article body into sentences and tokens.
//
// Offsets are Unicode code points into the unchanged body, half-open, as everywhere in
// Parley; Token.Text and Sentence.Text are exact substrings of the body. Split reads the
// body once, rune by rune, and allocates a few slices per call (none when a Buffer is
// reused), so it can run on every article.
package text

import "sync"

// Token is one word, number, abbreviation or punctuation mark.
type Token struct {
	Text       string
	Start, End int // code points into the body, half-open
}

// Sentence is a run of tokens ending at terminal punctuation, a line break or the end of
// the body.
type Sentence struct {
	Start, End int // code points into the body, half-open
	Text       string
	Tokens     []Token
}

// Split returns the sentences of body with their tokens. It never fails: any input,
// including invalid UTF-8 (each bad byte counts as one code point), yields sentences
// covering every non-space character.
//
// A blank line always ends a sentence. A single line break ends one unless the next line
// starts with a lowercase letter (a hard-wrapped sentence), so headlines and datelines on
// their own line stand alone.
func Split(body string) []Sentence {
	var b Buffer
	return b.Split(body)
}

// Buffer holds the tokens and sentences of a Split result so that the next split can
// reuse their memory. The zero Buffer is ready to use.
type Buffer struct {
	toks  []Token
	sents []Sentence
}

// Split is the package's Split in b's memory: the sentences it returns are valid until
// b splits again or is Reset.
func (b *Buffer) Split(body string) []Sentence {
	scratch := infoPool.Get().(*[]tokenInfo)
	toks, info := tokenize(body, b.toks[:0], (*scratch)[:0])
	if cap(info) <= maxKeptTokens {
		*scratch = info
		defer infoPool.Put(scratch)
	}
	b.toks = toks
	b.sents = segment(body, toks, info, b.sents[:0])
	return b.sents
}

// maxKeptTokens bounds the memory kept for reuse, by Reset and between splits: the
// tokens (and their sentences) of an article of about maxKeptTokens*bytesPerToken bytes.
// A longer body's memory is dropped, so one huge article does not stay pinned.
const maxKeptTokens = 1 << 15

// Reset forgets the sentences of the last split, so that b keeps no body alive. It
// drops b's memory if it holds more than maxKeptTokens tokens.
func (b *Buffer) Reset() {
	if cap(b.toks) > maxKeptTokens || cap(b.sents) > maxKeptTokens {
		*b = Buffer{}
		return
	}
	clear(b.toks)
	clear(b.sents)
	b.toks, b.sents = b.toks[:0], b.sents[:0]
}

// infoPool recycles the token details Split needs only while it segments, up to
// maxKeptTokens of them.
var infoPool = sync.Pool{New: func() any { return new([]tokenInfo) }}

// IsPossessive reports whether the token w is a possessive ending, which Split makes a
// token of its own: "'s", "’s", or a bare apostrophe after a plural ("leaders'").
func IsPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
