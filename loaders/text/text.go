// Package text splits an article body into sentences and tokens.
//
// Offsets are Unicode code points into the unchanged body, half-open, as everywhere in
// Parley; Token.Text and Sentence.Text are exact substrings of the body. Split reads the
// body once, rune by rune, and allocates a few slices per call, so it can run on every
// article.
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
	scratch := infoPool.Get().(*[]tokenInfo)
	defer infoPool.Put(scratch)
	toks, info := tokenize(body, (*scratch)[:0])
	*scratch = info
	return segment(body, toks, info)
}

// infoPool recycles the token details Split needs only while it segments.
var infoPool = sync.Pool{New: func() any { return new([]tokenInfo) }}

// IsPossessive reports whether the token w is a possessive ending, which Split makes a
// token of its own: "'s", "’s", or a bare apostrophe after a plural ("leaders'").
func IsPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
