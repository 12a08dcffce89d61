package events

// classTable is a read-only open-addressed hash table from a lower-case word to its
// lexicon classes. Its hash (FNV-1a over the word's bytes) is cheap enough to compute
// while a token is being lower-cased, so annotate classifies a token in the pass that
// lowers it, and most misses are settled by comparing hashes, not words.
type classTable struct {
	mask  uint32
	slots []classSlot
}

// classSlot is one entry of a classTable; an empty word marks a free slot.
type classSlot struct {
	hash  uint32
	class wordClass
	word  string
}

// FNV-1a, 32 bits.
const (
	wordHashSeed  uint32 = 2166136261
	wordHashPrime uint32 = 16777619
	// classTableLoad is the number of slots per word, at least: a sparse table keeps
	// probe runs short.
	classTableLoad = 4
)

// hashWord returns the FNV-1a hash of w's bytes.
func hashWord(w string) uint32 {
	h := wordHashSeed
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * wordHashPrime
	}
	return h
}

// newClassTable returns a classTable holding the nonempty words of classes.
func newClassTable(classes map[string]wordClass) *classTable {
	size := 1
	for size < classTableLoad*len(classes) {
		size <<= 1
	}
	t := &classTable{mask: uint32(size - 1), slots: make([]classSlot, size)}
	for w, c := range classes {
		if w == "" {
			continue
		}
		h := hashWord(w)
		i := h & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = classSlot{hash: h, class: c, word: w}
	}
	return t
}

// lookup returns the classes of the lower-case word w whose hashWord is h, or 0 when
// the lexicon does not list it.
func (t *classTable) lookup(w string, h uint32) wordClass {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.word == "" {
			return 0
		}
		if s.hash == h && s.word == w {
			return s.class
		}
	}
}
