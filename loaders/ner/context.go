package ner

// docContext holds what the tagger knows about a word from the rest of its document:
// how it is written elsewhere (so a word in a capitals headline or at a sentence start
// can borrow the evidence of its other uses) and which entity type it was last given.
type docContext struct {
	spelling map[uint64]uint8 // lowercased form → spelling flags
	history  map[uint64]uint8 // lowercased form → last entity type + 1, or typeNone
}

// Spelling flags of a word across a document.
const (
	capitalisedMidSentence = 1 << iota // capitalised, not first, in a normal sentence
	lowercase                          // written all in lowercase
)

// typeNone records a capitalised word last tagged outside any mention.
const typeNone = uint8(numTypes) + 1

// newDocContext gathers the spelling flags of the words of a document's sentences.
func newDocContext(doc [][]word) *docContext {
	c := &docContext{spelling: make(map[uint64]uint8), history: make(map[uint64]uint8)}
	for _, ws := range doc {
		headline := isHeadline(ws)
		for i := range ws {
			w := &ws[i]
			switch {
			case !w.hasLetter:
			case w.initCap && i > 0 && !headline:
				c.spelling[w.lower] |= capitalisedMidSentence
			case !w.initCap && !w.allCaps && w.capClass&7 == 4:
				c.spelling[w.lower] |= lowercase
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
			c.history[ws[i].lower] = uint8(labels[i].entityType()) + 1
		case ws[i].initCap && i > 0:
			c.history[ws[i].lower] = typeNone
		}
	}
}

// features appends the document features of word w between prev and next.
func (c *docContext) features(out []uint64, prev, w, next *word, headline bool) []uint64 {
	if !w.hasLetter {
		return out
	}
	form := w.capClass<<1 | boolBits(headline, false)
	out = append(out, mix(tDocSpelling, uint64(c.spelling[w.lower]), form))
	if h, ok := c.history[w.lower]; ok {
		out = append(out, mix(tDocHistory, uint64(h), form))
	}
	hp, hn := c.history[prev.lower], c.history[next.lower]
	if hp != 0 || hn != 0 {
		out = append(out, mix(tDocHistoryAround, uint64(hp)<<8|uint64(hn), w.capClass))
	}
	return out
}
