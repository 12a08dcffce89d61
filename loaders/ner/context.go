package ner

// docContext holds what the tagger knows about a word from the rest of its document:
// how it is written elsewhere (so a word in a capitals headline or at a sentence start
// can borrow the evidence of its other uses) and which entity type it was last given.
//
// Both are indexed by word.id, which newDocContext gives every distinct lowercased form
// of the document, so the tagger looks them up without hashing.
type docContext struct {
	spelling []uint8 // by word id: spelling flags
	history  []uint8 // by word id: last entity type + 1, typeNone, or 0 if never tagged
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
	n := 0
	for _, ws := range doc {
		n += len(ws)
	}
	ids := make(map[uint64]int32, n)
	next := int32(padID + 1)
	for _, ws := range doc {
		for i := range ws {
			id, ok := ids[ws[i].lower]
			if !ok {
				id = next
				ids[ws[i].lower] = id
				next++
			}
			ws[i].id = id
		}
	}
	c := &docContext{spelling: make([]uint8, next), history: make([]uint8, next)}
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
	return c
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
