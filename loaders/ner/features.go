package ner

import (
	"unicode"
	"unicode/utf8"
)

// Feature values are 64-bit hashes computed straight from token bytes, so tagging
// allocates no feature strings. Model.row maps a hash to a row of the weight table.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	// affixLen is the longest prefix and suffix used as a feature.
	affixLen = 4
	// allCapsShare is the share of all-capital words above which a sentence is a headline.
	allCapsShare = 0.7
)

// word holds the hashes and flags of one token, computed once per sentence.
type word struct {
	form, lower, shape uint64
	capClass           uint64 // upper/lower/mixed/none, with digit and hyphen flags
	initCap, allCaps   bool
	hasLetter          bool
	id                 int32 // number of the lowercased form in its document (docContext)
}

// affixes holds the hashes of a token's prefixes and suffixes. Only the features of the
// word alone read them (wordFeatures, neighbourFeatures), which the tagger sums once per
// word form, so they are kept apart from word: the words of a document, and a cached
// form's wordScores, are smaller without them.
type affixes struct {
	prefix, suffix [affixLen]uint64 // of the lowercased form; 0 when too short
}

// padWord stands for positions before the first and after the last token; it has no
// affixes (padAffixes).
var (
	padWord    = word{form: 1, lower: 1, shape: 1, capClass: 1, id: padID}
	padAffixes affixes
)

func hashRune(h uint64, r rune) uint64 {
	return (h ^ uint64(r)) * fnvPrime
}

// mix combines a feature template id with up to two values into one hash.
func mix(template, a, b uint64) uint64 {
	h := template*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>31) * 0xBF58476D1CE4E5B9
	h ^= b
	h = (h ^ h>>29) * 0x94D049BB133111EB
	return h ^ h>>32
}

// shape classes of runes.
func shapeOf(r rune) rune {
	switch {
	case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
		return 'X'
	case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
		return 'x'
	case r < utf8.RuneSelf && '0' <= r && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r) || unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '?'
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// asciiLower and asciiShape are toLower and shapeOf of the ASCII runes.
var asciiLower, asciiShape = func() (lower, shape [utf8.RuneSelf]rune) {
	for r := range rune(utf8.RuneSelf) {
		lower[r], shape[r] = toLower(r), shapeOf(r)
	}
	return lower, shape
}()

// newWord hashes a token's text.
func newWord(s string) (word, affixes) {
	var w word
	var a affixes
	form, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last [affixLen]rune // ring of the last lowercased runes
	var lastShape rune
	n, uppers, lowers := 0, 0, 0
	digit, hyphen := false, false
	for _, r := range s {
		var lr, sh rune
		if r < utf8.RuneSelf {
			lr, sh = asciiLower[r], asciiShape[r]
		} else {
			lr, sh = toLower(r), shapeOf(r)
		}
		form = hashRune(form, r)
		lower = hashRune(lower, lr)
		if n < affixLen {
			a.prefix[n] = lower
		}
		last[n%affixLen] = lr
		n++
		if sh != lastShape {
			shape = hashRune(shape, sh)
			lastShape = sh
		}
		switch sh {
		case 'X':
			uppers++
		case 'x':
			lowers++
		case 'd':
			digit = true
		case '-':
			hyphen = true
		}
	}
	for k := 1; k <= affixLen && k <= n; k++ {
		h := uint64(fnvOffset)
		for j := n - k; j < n; j++ {
			h = hashRune(h, last[j%affixLen])
		}
		a.suffix[k-1] = h
	}
	w.form, w.lower, w.shape = form, lower, shape
	first, _ := utf8.DecodeRuneInString(s)
	w.initCap = unicode.IsUpper(first)
	w.allCaps = uppers > 0 && lowers == 0
	c := uint64(0)
	switch {
	case w.allCaps:
		c = 1
	case w.initCap:
		c = 2
	case uppers > 0:
		c = 3
	case lowers > 0:
		c = 4
	}
	if digit {
		c |= 8
	}
	if hyphen {
		c |= 16
	}
	w.capClass = c | 32 // keep clear of padWord's class
	w.hasLetter = uppers+lowers > 0
	return w, a
}

// Feature templates.
const (
	tBias = iota + 1
	tForm
	tLower
	tShape
	tPrefix
	tSuffix = tPrefix + affixLen
	tPrev2  = tSuffix + affixLen
	tPrev1
	tNext1
	tNext2
	tShapePrev1
	tShapeNext1
	tBigramPrev
	tBigramNext
	tTag1
	tTag12
	tTag1Lower
	tTag1Shape
	tInitialShape
	tCapsLower
	tCapsShape
	tShape3
	tCapClass
	tCapClassPrevNext
	tFormNext1
	tFormPrev1
	tSuffixNext
	tDocSpelling
	tDocHistory
	tDocHistoryAround
)

// maxFeatures bounds the number of features of one token; Model's lanes hold the sum of
// this many weights.
const maxFeatures = 40

// features appends the feature hashes of token i of ws, whose affixes are as, given the
// two previous labels, whether the sentence is an all-capitals headline and the document
// context.
func features(out []uint64, ws []word, as []affixes, i int, prev1, prev2 label, headline bool, doc *docContext) []uint64 {
	lf, lw := labelFeatures(prev1, prev2), labelWordFeatures(&ws[i], prev1)
	out = append(contextFeatures(out, ws, as, i, headline, doc), lf[:]...)
	return append(out, lw[:]...)
}

// labelFeatures returns the features that depend on the two previous labels alone.
func labelFeatures(prev1, prev2 label) [2]uint64 {
	return [...]uint64{
		mix(tTag1, uint64(prev1), 0),
		mix(tTag12, uint64(prev1), uint64(prev2)),
	}
}

// labelWordFeatures returns the features of word w that depend on the previous label.
func labelWordFeatures(w *word, prev1 label) [2]uint64 {
	return [...]uint64{
		mix(tTag1Lower, uint64(prev1), w.lower),
		mix(tTag1Shape, uint64(prev1), w.shape),
	}
}

// contextFeatures appends the features of token i of ws that do not depend on labels
// chosen in its sentence: its words, the headline flag and the document context. They
// are the token's wordFeatures, the neighbourFeatures of the words around it and its
// pairFeatures. (The order of features does not matter: scores are sums.)
func contextFeatures(out []uint64, ws []word, as []affixes, i int, headline bool, doc *docContext) []uint64 {
	out = wordFeatures(out, &ws[i], &as[i])
	for role, off := range windowOffsets {
		out = neighbourFeatures(out, role, wordAt(ws, i+off), affixesAt(as, i+off))
	}
	return pairFeatures(out, ws, i, headline, doc)
}

// wordAt returns ws[k], or padWord outside ws.
func wordAt(ws []word, k int) *word {
	if k < 0 || k >= len(ws) {
		return &padWord
	}
	return &ws[k]
}

// affixesAt returns as[k], or padAffixes outside as.
func affixesAt(as []affixes, k int) *affixes {
	if k < 0 || k >= len(as) {
		return &padAffixes
	}
	return &as[k]
}

// wordFeatures appends the features that depend on word w, whose affixes are a, alone,
// wherever it is.
func wordFeatures(out []uint64, w *word, a *affixes) []uint64 {
	out = append(out,
		mix(tBias, 0, 0),
		mix(tForm, w.form, 0),
		mix(tLower, w.lower, 0),
		mix(tShape, w.shape, 0),
	)
	for k := range affixLen {
		if a.prefix[k] != 0 {
			out = append(out, mix(tPrefix+uint64(k), a.prefix[k], 0))
		}
		if a.suffix[k] != 0 {
			out = append(out, mix(tSuffix+uint64(k), a.suffix[k], 0))
		}
	}
	return out
}

// windowOffsets are the positions, relative to a token, of the words whose
// neighbourFeatures it has; a word's role is its index here.
var windowOffsets = [...]int{-2, -1, 1, 2}

// neighbourFeatures appends the features that neighbour n, in the given role (an index
// of windowOffsets), gives a token, depending on n, whose affixes are a, alone.
func neighbourFeatures(out []uint64, role int, n *word, a *affixes) []uint64 {
	switch windowOffsets[role] {
	case -2:
		return append(out, mix(tPrev2, n.lower, 0))
	case -1:
		return append(out, mix(tPrev1, n.lower, 0))
	case 1:
		return append(out, mix(tNext1, n.lower, 0), mix(tSuffixNext, a.suffix[2], 0))
	default:
		return append(out, mix(tNext2, n.lower, 0))
	}
}

// pairFeatures appends the context features of token i of ws that depend on more than
// one word, on its position, the headline flag or the document context.
func pairFeatures(out []uint64, ws []word, i int, headline bool, doc *docContext) []uint64 {
	w, p1, n1 := &ws[i], wordAt(ws, i-1), wordAt(ws, i+1)
	out = append(out,
		mix(tShapePrev1, p1.shape, w.shape),
		mix(tShapeNext1, n1.shape, w.shape),
		mix(tBigramPrev, p1.lower, w.lower),
		mix(tBigramNext, w.lower, n1.lower),
		mix(tShape3, p1.shape^n1.shape*31, w.shape),
		mix(tCapClass, w.capClass, boolBits(i == 0, headline)),
		mix(tCapClassPrevNext, p1.capClass*64+n1.capClass, w.capClass),
		mix(tFormNext1, w.form, n1.form),
		mix(tFormPrev1, p1.form, w.form),
	)
	if i == 0 {
		out = append(out, mix(tInitialShape, w.shape, w.lower))
	}
	if headline {
		out = append(out, mix(tCapsLower, w.lower, 0), mix(tCapsShape, w.shape, p1.lower))
	}
	return doc.features(out, p1, w, n1, headline)
}

func boolBits(a, b bool) uint64 {
	var v uint64
	if a {
		v |= 1
	}
	if b {
		v |= 2
	}
	return v
}

// isHeadline reports whether most words of ws are in capitals, as in CoNLL headlines.
func isHeadline(ws []word) bool {
	caps, letters := 0, 0
	for i := range ws {
		if ws[i].allCaps {
			caps++
		}
		if ws[i].hasLetter {
			letters++
		}
	}
	return letters > 1 && float64(caps) >= allCapsShare*float64(letters)
}
