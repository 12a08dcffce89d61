package gazetteer

import "strings"

// Class is the rank of a title.
type Class string

// Title classes.
const (
	HeadOfState      Class = "head of state"
	HeadOfGovernment Class = "head of government"
	Minister         Class = "minister"
	Diplomat         Class = "diplomat"
	Military         Class = "military"
	Royal            Class = "royal"
	Legislator       Class = "legislator"
	Official         Class = "official"
	Other            Class = "other"
)

var classes = []Class{HeadOfState, HeadOfGovernment, Minister, Diplomat, Military, Royal, Legislator, Official, Other}

// Title is one phrase of the title lexicon: "Minister of Foreign Affairs" with its
// normalised form "Foreign Minister" and class Minister.
type Title struct {
	Phrase string
	Norm   string
	Class  Class
}

// TitleMatch is a title phrase found in tokens[Start:End].
type TitleMatch struct {
	Start, End int
	Title      *Title
}

// Title returns the lexicon entry for the phrase made of words ("Foreign", "Minister"),
// compared through parley.Fold and the phrase's capitalisation, or nil.
func (g *Gazetteer) Title(words ...string) *Title {
	var phraseBuf, keyBuf [keyBytes]byte
	phrase := appendJoined(phraseBuf[:0], words)
	t := g.titles[string(appendFold(keyBuf[:0], phrase))]
	if t == nil || !caseFits(t.Phrase, string(phrase)) {
		return nil
	}
	return t
}

// MayStartTitle reports whether a title phrase may begin with word. When it is false,
// Title(word, ...) is nil whatever words follow, so callers can skip building phrases
// that start with most words of a text. It answers from the title trie's first-word
// filter; words the filter spells differently from parley.Fold (non-ASCII, with an
// apostrophe, or without letters) always pass.
func (g *Gazetteer) MayStartTitle(word string) bool {
	if !isASCII(word) || strings.IndexByte(word, '\'') >= 0 || !hasLetter(word) {
		return true
	}
	return g.titleTrie.mayStart(word)
}

// MatchTitles returns the title phrases in tokens, longest first from left to right,
// not overlapping.
func (g *Gazetteer) MatchTitles(tokens []string) []TitleMatch {
	return g.matchTitles(tokens, nil)
}

// matchTitles is MatchTitles with the first-word hashes of tokens cached in starts, when
// it is not nil.
func (g *Gazetteer) matchTitles(tokens []string, starts *firstWords) []TitleMatch {
	var out []TitleMatch
	var s span
	for i := 0; i < len(tokens); {
		if !g.titleTrie.longest(tokens, i, &s, starts) {
			i++
			continue
		}
		for _, r := range s.refs {
			if s.fits(r, tokens[i:s.end]) {
				out = append(out, TitleMatch{Start: i, End: s.end, Title: r.title})
				break
			}
		}
		i = s.end
	}
	return out
}
