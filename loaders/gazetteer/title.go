package gazetteer

import "github.com/parleyhq/parley"

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
	phrase := joinWords(words)
	t := g.titles[parley.Fold(phrase)]
	if t == nil || !caseFits(t.Phrase, phrase) {
		return nil
	}
	return t
}

// MatchTitles returns the title phrases in tokens, longest first from left to right,
// not overlapping.
func (g *Gazetteer) MatchTitles(tokens []string) []TitleMatch {
	var out []TitleMatch
	for i := 0; i < len(tokens); {
		s := g.titleTrie.longest(tokens, i)
		if s.end == 0 {
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

func joinWords(words []string) string {
	n := 0
	for _, w := range words {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}
