package graph

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// nameIndex finds the candidates of a Search without scoring every entity: the
// word-boundary suffixes of every key, sorted, for whole-name and prefix matches, and
// every key and key word by length in runes, for fuzzy matches. Its texts are strs of
// the index's byte arena.
type nameIndex struct {
	suffixes []nameEntry         // sorted by text
	byLen    map[int][]nameEntry // keys and their words, by rune count
}

type nameEntry struct {
	text str
	e    int32 // an entity position
}

// newNameIndex indexes the keys of the typed entities of x. The caller holds x.mu for
// writing.
func newNameIndex(x *index) *nameIndex {
	n := &nameIndex{byLen: make(map[int][]nameEntry)}
	for i := range x.entities {
		if !x.entities[i].typed {
			continue
		}
		e := int32(i)
		for _, ki := range x.lists.all(x.entities[i].keys) {
			ks := x.keys[ki].key
			k := x.s(ks)
			n.suffixes = append(n.suffixes, nameEntry{ks, e})
			for j := 0; j < len(k); j++ {
				if k[j] == ' ' {
					n.suffixes = append(n.suffixes, nameEntry{x.strs.suffix(ks, j+1), e})
				}
			}
			n.addTerm(k, ks, e)
			if strings.Contains(k, " ") {
				at := 0
				for _, w := range strings.Fields(k) {
					at += strings.Index(k[at:], w)
					n.addTerm(w, x.strs.prefix(x.strs.suffix(ks, at), len(w)), e)
					at += len(w)
				}
			}
		}
	}
	sort.Slice(n.suffixes, func(i, j int) bool { return x.s(n.suffixes[i].text) < x.s(n.suffixes[j].text) })
	return n
}

// addTerm adds the key or key word t, held in s, of the entity e.
func (n *nameIndex) addTerm(t string, s str, e int32) {
	l := utf8.RuneCountInString(t)
	n.byLen[l] = append(n.byLen[l], nameEntry{s, e})
}

// search returns every typed entity of the kinds (any if none) matching the folded
// query q, scored.
func (x *index) search(q string, kinds []parley.Kind) []searchHit {
	x.rlock()
	defer x.mu.RUnlock()
	cands := make(map[int32]bool)
	n := x.names
	i := sort.Search(len(n.suffixes), func(i int) bool { return x.s(n.suffixes[i].text) >= q })
	for ; i < len(n.suffixes) && strings.HasPrefix(x.s(n.suffixes[i].text), q); i++ {
		cands[n.suffixes[i].e] = true
	}
	if l := utf8.RuneCountInString(q); l >= minFuzzyRunes {
		for d := -maxSearchEdits; d <= maxSearchEdits; d++ {
			for _, t := range n.byLen[l+d] {
				if !cands[t.e] && editDistance(q, x.s(t.text), maxSearchEdits) <= maxSearchEdits {
					cands[t.e] = true
				}
			}
		}
	}
	var hits []searchHit
	var keys []string
	for ei := range cands {
		e := &x.entities[ei]
		if len(kinds) > 0 && !containsKind(kinds, parley.Kind(x.s(e.kind))) {
			continue
		}
		keys = keys[:0]
		for _, k := range x.lists.all(e.keys) {
			keys = append(keys, x.s(x.keys[k].key))
		}
		if sc, ok := scoreKeys(q, keys); ok {
			hits = append(hits, searchHit{id: x.s(e.id), name: x.s(e.folded), score: sc})
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
