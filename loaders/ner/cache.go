package ner

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// Word cache sizes: it remembers the scores of wordCacheSize word forms, in sets of
// wordCacheWays. Each form takes about 350 bytes.
const (
	wordCacheSize = 1 << 14
	wordCacheWays = 4
	wordCacheSets = wordCacheSize / wordCacheWays
)

// wordScores is what the tagger precomputes for one word form: its hashes and flags,
// and the summed rows of the features that depend on the word alone, so that tagging a
// token reads a few of these instead of many scattered weight rows.
type wordScores struct {
	text        string
	word        word                       // id unset
	own         rowSum                     // of wordFeatures
	asNeighbour [len(windowOffsets)]rowSum // of neighbourFeatures, by role
	outside     rowSum                     // of labelWordFeatures after outside
}

// wordCache maps word forms to their wordScores. A form hashes to a set of slots: it
// takes the first empty one, or else replaces the form in a slot chosen by its hash.
// It is safe for concurrent use.
type wordCache struct {
	seed  maphash.Seed
	slots [wordCacheSets][wordCacheWays]atomic.Pointer[wordScores]
}

// wordScores returns the scores of the word form s, from the cache or computed and
// cached.
func (m *Model) wordScores(s string) *wordScores {
	h := maphash.String(m.cache.seed, s)
	set := &m.cache.slots[h%wordCacheSets]
	victim := &set[h/wordCacheSets%wordCacheWays]
	for i := range set {
		ws := set[i].Load()
		if ws == nil {
			victim = &set[i]
			break
		}
		if ws.text == s {
			return ws
		}
	}
	// Clone s: it is usually a slice of a whole article, which the cache must not keep.
	w, a := newWord(s)
	ws := m.scoreWord(strings.Clone(s), w, &a)
	victim.Store(ws)
	return ws
}

// scoreWord returns the scores of word w, written s, whose affixes are a.
func (m *Model) scoreWord(s string, w word, a *affixes) *wordScores {
	ws := &wordScores{text: s, word: w}
	var buf [maxFeatures]uint64
	m.addRows(&ws.own, wordFeatures(buf[:0], &w, a))
	for role := range windowOffsets {
		m.addRows(&ws.asNeighbour[role], neighbourFeatures(buf[:0], role, &w, a))
	}
	lw := labelWordFeatures(&w, outside)
	m.addRows(&ws.outside, lw[:])
	return ws
}

// tagSums holds, by the two previous labels prev1 and prev2, the summed rows of their
// labelFeatures: there are few label pairs, so the tagger reads one sum instead of two
// rows on the path where each label waits for the one before.
type tagSums [numLabels + 1][numLabels + 1]rowSum

// tagSums returns the sums of the labelFeatures of every pair of labels.
func (m *Model) tagSums() *tagSums {
	t := new(tagSums)
	for prev1 := range label(numLabels + 1) {
		for prev2 := range label(numLabels + 1) {
			lf := labelFeatures(prev1, prev2)
			m.addRows(&t[prev1][prev2], lf[:])
		}
	}
	return t
}
