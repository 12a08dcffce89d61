package ner

import (
	"hash/maphash"
	"math/bits"
)

// Weight rows, packed for scoring.
//
// Scoring adds one weight row (a weight per label) per feature. To add three labels at
// once, a row packs its weights, biased to be non-negative, into 21-bit lanes of uint64
// words: the sum of maxFeatures biased weights fits a lane, so lanes never carry into
// each other. Rows are padded to rowStride words, one 64-byte cache line (the table is
// one large, page-aligned allocation), so reading a row misses the cache at most once.
//
// Most rows of a trained table are all zero (their features never took part in a
// training mistake), so the model keeps only the others, in a dense table that is a
// third of the size and stays in the processor's caches far better. A rank index says
// where a row is: per block of indexBlock rows, a bitmap of its non-zero rows and the
// dense number of the first. Every all-zero row maps to dense row 0, which is zero.
const (
	weightLimit  = 1<<14 - 1 // quantised weights lie in [-weightLimit, weightLimit]
	weightBias   = weightLimit + 1
	laneBits     = 21
	laneMask     = 1<<laneBits - 1
	lanesPerWord = 3
	wordsPerRow  = (numLabels + lanesPerWord - 1) / lanesPerWord
	rowStride    = 8  // words from one row to the next: 64 bytes
	indexBlock   = 32 // rows per word of the rank index: its low 32 bits are the bitmap
)

// Lane capacity and row layout: these fail to compile if maxFeatures biased weights
// could overflow a lane, or if the unrolled loop of addRows no longer covers a row.
var (
	_ [laneMask - maxFeatures*(weightBias+weightLimit)]struct{}
	_ [wordsPerRow - 6]struct{}
	_ [6 - wordsPerRow]struct{}
	_ [rowStride - wordsPerRow]struct{}
)

// rowSum is a running sum of packed rows. Each lane holds the summed weight of its label
// plus weightBias times the number of rows added, which it does not keep: the bias does
// not change the order of the lanes, which is all tagging reads. Without a count, the
// sums the tagger keeps for each word form (wordScores) are smaller and more of them
// stay in the processor's caches.
type rowSum struct {
	lanes [wordsPerRow]uint64
}

// newModel returns a model of the quantised weights (row r, label l at r*numLabels+l).
func newModel(bits int, weights []int16) *Model {
	n := len(weights) / numLabels
	m := &Model{
		mask:  1<<bits - 1,
		index: make([]uint64, (n+indexBlock-1)/indexBlock),
		rows:  packRow(nil, make([]int16, numLabels)), // dense row 0: all zero
		cache: &wordCache{seed: maphash.MakeSeed()},
	}
	for r := range n {
		row := weights[r*numLabels:][:numLabels]
		if r%indexBlock == 0 {
			m.index[r/indexBlock] = uint64(len(m.rows)) << 32
		}
		if !allZero(row) {
			m.index[r/indexBlock] |= 1 << (r % indexBlock)
			m.rows = packRow(m.rows, row)
		}
	}
	m.rows = m.rows[:len(m.rows):len(m.rows)]
	m.pad = m.scoreWord("", padWord, &padAffixes)
	m.tags = m.tagSums()
	return m
}

func allZero(ws []int16) bool {
	for _, w := range ws {
		if w != 0 {
			return false
		}
	}
	return true
}

// paddedRow is one packed row, padded to rowStride words.
type paddedRow [rowStride]uint64

// packRow appends a row of weights, packed into lanes and padded to rowStride.
func packRow(rows []paddedRow, weights []int16) []paddedRow {
	var packed paddedRow
	for l, w := range weights {
		packed[l/lanesPerWord] |= uint64(int(w)+weightBias) << (laneBits * (l % lanesPerWord))
	}
	return append(rows, packed)
}

// row returns the packed row of feature hash h.
func (m *Model) row(h uint64) *paddedRow {
	r := h & m.mask
	block := m.index[r/indexBlock]
	below := uint32(1)<<(r%indexBlock) - 1
	dense := uint64(bits.OnesCount32(uint32(block)&below)) + block>>32
	present := uint64(block) >> (r % indexBlock) & 1
	return &m.rows[dense&-present]
}

// addRows adds the rows of features fs to s. It sums in local variables, which stay in
// registers, where s's lanes would be read and written back for every row.
func (m *Model) addRows(s *rowSum, fs []uint64) {
	l0, l1, l2, l3, l4, l5 := s.lanes[0], s.lanes[1], s.lanes[2], s.lanes[3], s.lanes[4], s.lanes[5]
	for _, h := range fs {
		row := m.row(h)
		l0 += row[0]
		l1 += row[1]
		l2 += row[2]
		l3 += row[3]
		l4 += row[4]
		l5 += row[5]
	}
	s.lanes = [wordsPerRow]uint64{l0, l1, l2, l3, l4, l5}
}

// add adds the rows summed in t to s. Like addRows, it is unrolled: it runs several
// times per token.
func (s *rowSum) add(t *rowSum) {
	s.lanes[0] += t.lanes[0]
	s.lanes[1] += t.lanes[1]
	s.lanes[2] += t.lanes[2]
	s.lanes[3] += t.lanes[3]
	s.lanes[4] += t.lanes[4]
	s.lanes[5] += t.lanes[5]
}

// lane returns the summed weight of label l, plus weightBias per row added.
func (s *rowSum) lane(l label) uint64 {
	return s.lanes[int(l)/lanesPerWord] >> (laneBits * (l % lanesPerWord)) & laneMask
}

// laneRef is where the lane of a label is in a row: in which word, how many bits up.
type laneRef struct {
	l           label
	word, shift uint8
}

// successorLanes[prev] is successors[prev] with the place of each label's lane, so
// best reads lanes without dividing by lanesPerWord.
var successorLanes = func() (t [numLabels + 1][]laneRef) {
	for prev, ls := range successors {
		for _, l := range ls {
			t[prev] = append(t[prev], laneRef{l: l, word: uint8(l / lanesPerWord), shift: uint8(laneBits * (l % lanesPerWord))})
		}
	}
	return t
}()

// best returns the highest-scoring label allowed after prev, as bestAllowed of scores
// does. It compares lanes, whose common bias does not change their order.
func (s *rowSum) best(prev label) label {
	if !inMention[prev] {
		return s.bestOutside()
	}
	best, top := outside, s.lane(outside)
	for _, r := range successorLanes[prev] {
		if v := s.lanes[r.word] >> r.shift & laneMask; v > top {
			best, top = r.l, v
		}
	}
	return best
}

// inMention[prev] reports whether a mention is open after label prev (a begin or
// inside label), so that only its inside and last labels may follow.
var inMention = func() (t [numLabels + 1]bool) {
	for prev := range label(numLabels + 1) {
		t[prev] = !allowed(prev, outside)
	}
	return t
}()

// bestOutside is best after a label that leaves no mention open, where outside and the
// begin and unit labels of every type may follow, in label order (successors). It is
// best unrolled, with every lane's place a constant: it runs for most tokens.
func (s *rowSum) bestOutside() label {
	best, top := outside, s.lane(outside)
	s.better(makeLabel(begin, per), &best, &top)
	s.better(makeLabel(unit, per), &best, &top)
	s.better(makeLabel(begin, org), &best, &top)
	s.better(makeLabel(unit, org), &best, &top)
	s.better(makeLabel(begin, loc), &best, &top)
	s.better(makeLabel(unit, loc), &best, &top)
	s.better(makeLabel(begin, misc), &best, &top)
	s.better(makeLabel(unit, misc), &best, &top)
	return best
}

// better makes l the best label if its lane is above top.
func (s *rowSum) better(l label, best *label, top *uint64) {
	if v := s.lane(l); v > *top {
		*best, *top = l, v
	}
}

// scores returns the summed weight of each label, given the number of rows added.
func (s *rowSum) scores(rows int) [numLabels]int32 {
	var out [numLabels]int32
	bias := int32(rows * weightBias)
	for l := range out {
		out[l] = int32(s.lanes[l/lanesPerWord]>>(laneBits*(l%lanesPerWord))&laneMask) - bias
	}
	return out
}
