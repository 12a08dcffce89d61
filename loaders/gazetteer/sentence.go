package gazetteer

// Sentence is the tokens of one sentence (their texts) made ready for matching both
// names and titles. Match and MatchTitles each hash the letters of most tokens to
// reject words that start no name; a Sentence hashes each token once for both. The
// zero Sentence holds no tokens; Reset gives it some, reusing its memory.
type Sentence struct {
	tokens []string
	starts firstWords
}

// Reset makes s hold tokens, forgetting what it held before. S keeps tokens, which the
// caller must not change while it uses s.
func (s *Sentence) Reset(tokens []string) {
	s.tokens = tokens
	s.starts.reset(len(tokens))
}

// AppendSentenceMatches appends the names in s to dst and returns it, like
// AppendMatches of s's tokens.
func (g *Gazetteer) AppendSentenceMatches(dst []Match, s *Sentence) []Match {
	return g.appendMatches(dst, s.tokens, &s.starts)
}

// SentenceTitles returns the title phrases in s, like MatchTitles of s's tokens.
func (g *Gazetteer) SentenceTitles(s *Sentence) []TitleMatch {
	return g.matchTitles(s.tokens, &s.starts)
}

// firstWords caches, token by token, what trie.mayStart needs of a token: the hash of
// its letters is the same for every trie.
type firstWords struct {
	words []firstWord
}

// firstWord is what mayStart needs of one token.
type firstWord struct {
	hash uint32 // the letter hash, when kind is hashedWord
	kind firstWordKind
}

// firstWordKind says what is known of a token's first-word test.
type firstWordKind uint8

const (
	unknownWord  firstWordKind = iota // not computed yet
	hashedWord                        // ASCII with letters: hash decides
	noLetterWord                      // no letter: it starts no name
	otherWord                         // not ASCII, with a letter: it may start any name
)

// reset makes f hold n unknown tokens.
func (f *firstWords) reset(n int) {
	if cap(f.words) < n {
		f.words = make([]firstWord, n)
		return
	}
	f.words = f.words[:n]
	clear(f.words)
}

// mayStart is t.mayStart(tokens[i]), computing the trie-independent part once per token
// when f is not nil.
func (f *firstWords) mayStart(t *trie, tokens []string, i int) bool {
	if f == nil {
		return t.mayStart(tokens[i])
	}
	w := &f.words[i]
	if w.kind == unknownWord {
		switch h, n, ascii := startHash(tokens[i]); {
		case !ascii && hasLetter(tokens[i]):
			w.kind = otherWord
		case ascii && n > 0:
			w.hash, w.kind = h, hashedWord
		default:
			w.kind = noLetterWord
		}
	}
	switch w.kind {
	case hashedWord:
		return t.hasStart(w.hash)
	case otherWord:
		return true
	}
	return false
}
