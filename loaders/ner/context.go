package ner

import "slices"

// docContext holds what the tagger knows about a word from the rest of its document:
// how it is written elsewhere (so a word in a capitals headline or at a sentence start
// can borrow the evidence of its other uses) and which entity type it was last given.
//
// Both are indexed by word.id, which newDocContext gives every distinct lowercased form
// of the document, so the tagger looks them up without hashing.
type docContext struct {
	spelling []uint8 // by word id: spelling flags
	history  []uint8 // by word id: last entity type + 1, typeNone, or 0 if never tagged
	ids      wordIDs
}

// Spelling flags of a word across a document.
const (
	capitalisedMidSentence = 1 << iota // capitalised, not first, in a normal sentence
	lowercase                          // written all in lowercase
)

// typeNone records a capitalised word last tagged outside any mention.
const typeNone = uint8(numTypes) + 1

// padID is the word id of padWord, which no document word shares.
const padID = 0

// newDocContext numbers the lowercased forms of a document's words (setting each
// word's id) and gathers their spelling flags.
func newDocContext(doc [][]word) *docContext {
	c := new(docContext)
	c.reset(doc)
	return c
}

// reset makes c the context of doc, as newDocContext does, reusing c's memory.
func (c *docContext) reset(doc [][]word) {
	n := 0
	for _, ws := range doc {
		n += len(ws)
	}
	c.ids.reset(n)
	for _, ws := range doc {
		for i := range ws {
			ws[i].id = c.ids.number(ws[i].lower)
		}
	}
	c.spelling = zeroed(c.spelling, int(c.ids.next))
	c.history = zeroed(c.history, int(c.ids.next))
	for _, ws := range doc {
		headline := isHeadline(ws)
		for i := range ws {
			w := &ws[i]
			switch {
			case !w.hasLetter:
			case w.initCap && i > 0 && !headline:
				c.spelling[w.id] |= capitalisedMidSentence
			case !w.initCap && !w.allCaps && w.capClass&7 == 4:
				c.spelling[w.id] |= lowercase
			}
		}
	}
}

// zeroed returns n zeros, in b if it is large enough.
func zeroed(b []uint8, n int) []uint8 {
	b = slices.Grow(b[:0], n)[:n]
	clear(b)
	return b
}

// minIDSlots is the smallest table wordIDs keeps.
const minIDSlots = 64

// wordIDs numbers the distinct lowercased forms (word.lower) of a document from
// padID+1 in order of first use. It is an open-addressing table that is reused from
// one document to the next without clearing: a slot counts only if it is stamped with
// the current document's generation.
type wordIDs struct {
	slots []idSlot // a power of two of them, at most half full
	gen   uint32
	next  int32 // the id of the next new form
}

type idSlot struct {
	lower uint64
	id    int32
	gen   uint32
}

// reset empties t for a document of n words.
func (t *wordIDs) reset(n int) {
	t.next = padID + 1
	size := minIDSlots
	for size < 2*n {
		size *= 2
	}
	if len(t.slots) < size {
		t.slots, t.gen = make([]idSlot, size), 0
	}
	t.gen++
	if t.gen == 0 { // wrapped: old stamps could pass for current ones
		clear(t.slots)
		t.gen = 1
	}
}

// number returns the id of the lowercased form lower, numbering it if it is new.
func (t *wordIDs) number(lower uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := lower * 0x9E3779B97F4A7C15 >> 32 & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.gen != t.gen {
			*s = idSlot{lower: lower, id: t.next, gen: t.gen}
			t.next++
			return s.id
		}
		if s.lower == lower {
			return s.id
		}
	}
}

// record notes the labels given to a sentence's words.
func (c *docContext) record(ws []word, labels []label) {
	for i := range ws {
		switch {
		case labels[i] != outside:
			c.history[ws[i].id] = uint8(labels[i].entityType()) + 1
		case ws[i].initCap && i > 0:
			c.history[ws[i].id] = typeNone
		}
	}
}

// features appends the document features of word w between prev and next.
func (c *docContext) features(out []uint64, prev, w, next *word, headline bool) []uint64 {
	if !w.hasLetter {
		return out
	}
	form := w.capClass<<1 | boolBits(headline, false)
	out = append(out, mix(tDocSpelling, uint64(c.spelling[w.id]), form))
	if h := c.history[w.id]; h != 0 {
		out = append(out, mix(tDocHistory, uint64(h), form))
	}
	hp, hn := c.history[prev.id], c.history[next.id]
	if hp != 0 || hn != 0 {
		out = append(out, mix(tDocHistoryAround, uint64(hp)<<8|uint64(hn), w.capClass))
	}
	return out
}
