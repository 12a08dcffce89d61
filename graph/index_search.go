package graph

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// nameIndex finds the candidates of a Search without scoring every entity: the
// word-boundary suffixes of every key, sorted, for whole-name and prefix matches, and
// every key and key word by length in runes, for fuzzy matches.
type nameIndex struct {
	suffixes []nameEntry         // sorted by text
	byLen    map[int][]nameEntry // keys and their words, by rune count
}

type nameEntry struct {
	text string
	e    *entityNode
}

// newNameIndex indexes the keys of the typed entities.
func newNameIndex(entities map[string]*entityNode) *nameIndex {
	n := &nameIndex{byLen: make(map[int][]nameEntry)}
	for _, e := range entities {
		if !e.typed {
			continue
		}
		for _, k := range e.keys {
			n.suffixes = append(n.suffixes, nameEntry{k, e})
			for i := 0; i < len(k); i++ {
				if k[i] == ' ' {
					n.suffixes = append(n.suffixes, nameEntry{k[i+1:], e})
				}
			}
			n.addTerm(k, e)
			if strings.Contains(k, " ") {
				for _, w := range strings.Fields(k) {
					n.addTerm(w, e)
				}
			}
		}
	}
	sort.Slice(n.suffixes, func(i, j int) bool { return n.suffixes[i].text < n.suffixes[j].text })
	return n
}

func (n *nameIndex) addTerm(t string, e *entityNode) {
	l := utf8.RuneCountInString(t)
	n.byLen[l] = append(n.byLen[l], nameEntry{t, e})
}

// search returns every typed entity of the kinds (any if none) matching the folded
// query q, scored.
func (x *index) search(q string, kinds []parley.Kind) []searchHit {
	x.rlock()
	defer x.mu.RUnlock()
	cands := make(map[*entityNode]bool)
	n := x.names
	i := sort.Search(len(n.suffixes), func(i int) bool { return n.suffixes[i].text >= q })
	for ; i < len(n.suffixes) && strings.HasPrefix(n.suffixes[i].text, q); i++ {
		cands[n.suffixes[i].e] = true
	}
	if l := utf8.RuneCountInString(q); l >= minFuzzyRunes {
		for d := -maxSearchEdits; d <= maxSearchEdits; d++ {
			for _, t := range n.byLen[l+d] {
				if !cands[t.e] && editDistance(q, t.text, maxSearchEdits) <= maxSearchEdits {
					cands[t.e] = true
				}
			}
		}
	}
	var hits []searchHit
	for e := range cands {
		if len(kinds) > 0 && !containsKind(kinds, e.kind) {
			continue
		}
		if sc, ok := scoreKeys(q, e.keys); ok {
			hits = append(hits, searchHit{id: e.id, name: e.folded, score: sc})
		}
	}
	return hits
}

func containsKind(kinds []parley.Kind, k parley.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}
