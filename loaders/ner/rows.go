package ner

import "hash/maphash"

// Weight rows, packed for scoring.
//
// Scoring adds one weight row (a weight per label) per feature. To add three labels at
// once, a row packs its weights, biased to be non-negative, into 21-bit lanes of uint64
// words: the sum of maxFeatures biased weights fits a lane, so lanes never carry into
// each other. Rows are padded to rowStride words, one 64-byte cache line (the table is
// one large, page-aligned allocation), so reading a row misses the cache at most once.
const (
	weightLimit  = 1<<14 - 1 // quantised weights lie in [-weightLimit, weightLimit]
	weightBias   = weightLimit + 1
	laneBits     = 21
	laneMask     = 1<<laneBits - 1
	lanesPerWord = 3
	wordsPerRow  = (numLabels + lanesPerWord - 1) / lanesPerWord
	rowStride    = 8 // words from one row to the next: 64 bytes
)

// Lane capacity and row layout: these fail to compile if maxFeatures biased weights
// could overflow a lane, or if the unrolled loop of addRows no longer covers a row.
var (
	_ [laneMask - maxFeatures*(weightBias+weightLimit)]struct{}
	_ [wordsPerRow - 6]struct{}
	_ [6 - wordsPerRow]struct{}
	_ [rowStride - wordsPerRow]struct{}
)

// rowSum is a running sum of packed rows.
type rowSum struct {
	lanes [wordsPerRow]uint64
	n     int // rows added
}

// newModel returns a model of the quantised weights (row r, label l at r*numLabels+l).
func newModel(bits int, weights []int16) *Model {
	m := &Model{
		mask:  1<<bits - 1,
		rows:  make([]uint64, 0, len(weights)/numLabels*rowStride),
		cache: &wordCache{seed: maphash.MakeSeed()},
	}
	for r := range len(weights) / numLabels {
		m.rows = packRow(m.rows, weights[r*numLabels:][:numLabels])
	}
	m.pad = m.scoreWord("", padWord)
	return m
}

// packRow appends a row of weights, packed into lanes and padded to rowStride.
func packRow(rows []uint64, weights []int16) []uint64 {
	var packed [rowStride]uint64
	for l, w := range weights {
		packed[l/lanesPerWord] |= uint64(int(w)+weightBias) << (laneBits * (l % lanesPerWord))
	}
	return append(rows, packed[:]...)
}

// addRows adds the rows of features fs to s.
func (m *Model) addRows(s *rowSum, fs []uint64) {
	for _, h := range fs {
		row := m.rows[int(h&m.mask)*rowStride:][:wordsPerRow]
		s.lanes[0] += row[0]
		s.lanes[1] += row[1]
		s.lanes[2] += row[2]
		s.lanes[3] += row[3]
		s.lanes[4] += row[4]
		s.lanes[5] += row[5]
	}
	s.n += len(fs)
}

// add adds the rows summed in t to s.
func (s *rowSum) add(t *rowSum) {
	for i := range s.lanes {
		s.lanes[i] += t.lanes[i]
	}
	s.n += t.n
}

// scores returns the summed weight of each label.
func (s *rowSum) scores() [numLabels]int32 {
	var out [numLabels]int32
	bias := int32(s.n * weightBias)
	for l := range out {
		out[l] = int32(s.lanes[l/lanesPerWord]>>(laneBits*(l%lanesPerWord))&laneMask) - bias
	}
	return out
}
