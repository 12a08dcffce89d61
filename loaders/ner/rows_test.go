package ner

import (
	"math/rand/v2"
	"testing"
)

// TestRowIndex checks that the dense table and its rank index give every row of a
// table with runs of zero rows, and non-zero rows in every block position, its weights.
func TestRowIndex(t *testing.T) {
	const bits = minBits
	rng := rand.New(rand.NewPCG(1, 2))
	weights := make([]int16, (1<<bits)*numLabels)
	for r := range 1 << bits {
		if r/indexBlock%3 == 0 || rng.IntN(2) == 0 { // whole zero blocks, and scattered zero rows
			continue
		}
		weights[r*numLabels+rng.IntN(numLabels)] = int16(rng.IntN(2*weightLimit+1) - weightLimit)
	}
	m := newModel(bits, weights)
	for r := range uint64(1 << bits) {
		sum := rowSum{lanes: [wordsPerRow]uint64(m.row(r | 7<<bits)[:wordsPerRow])} // high bits of a hash are masked off
		got, want := sum.scores(1), weights[int(r)*numLabels:][:numLabels]
		for l := range numLabels {
			if got[l] != int32(want[l]) {
				t.Fatalf("row %d label %d: weight %d, want %d", r, l, got[l], want[l])
			}
		}
	}
}

// TestBest checks best against bestAllowed of the scores, after every label, on random
// sums with many ties.
func TestBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10000 {
		var sum rowSum
		for l := range label(numLabels) {
			sum.lanes[l/lanesPerWord] |= uint64(rng.IntN(4)) << (laneBits * (l % lanesPerWord))
		}
		scores := sum.scores(0)
		for prev := range label(numLabels + 1) {
			if got, want := sum.best(prev), bestAllowed(prev, scores[:]); got != want {
				t.Fatalf("best after %d of %v = %d, want %d", prev, scores, got, want)
			}
		}
	}
}
