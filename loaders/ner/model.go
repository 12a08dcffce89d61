// Package ner finds person, organization and place names in tokenised sentences with a
// greedy averaged-perceptron tagger (BILOU labels, hashed features) trained on CoNLL-2003.
package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/parleyhq/parley/data"
	"github.com/parleyhq/parley/loaders/text"
)

// WeightsFile is the path of the shipped weights inside data.NER.
const WeightsFile = "ner/weights.gz"

// magic starts a weight file; its last byte is the format version.
const magic = "parley-ner\x01"

// Weight table sizes: 1<<bits rows of numLabels weights.
const (
	minBits = 10
	maxBits = 24
)

// Model is a trained tagger. It is safe for concurrent use. Its weights are packed
// as rows.go describes; it caches the scores of the word forms it has seen (cache.go).
type Model struct {
	mask  uint64      // of feature hashes: a feature's row number is its hash&mask
	index []uint64    // rank index of rows: where each row is in rows (rows.go)
	rows  []paddedRow // the non-zero rows, after a zero row
	cache *wordCache
	pad   *wordScores // of padWord
	tags  *tagSums
	// scratch holds *tagScratch, the memory TagDocument reuses.
	scratch sync.Pool
}

// Load returns the model shipped in package data, or an error if the embedded weights
// are missing or corrupt.
func Load() (*Model, error) {
	f, err := data.NER.Open(WeightsFile)
	if err != nil {
		return nil, fmt.Errorf("load ner weights: %w", err)
	}
	defer f.Close()
	return Read(f)
}

// Read returns a model read from weights written by Train, or an error naming what is
// wrong with them.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read ner weights: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("read ner weights header: %w", err)
	}
	if string(head[:len(magic)]) != magic {
		return nil, errors.New("read ner weights: not a parley ner weight file (bad magic)")
	}
	bits, labels := int(head[len(magic)]), int(head[len(magic)+1])
	if bits < minBits || bits > maxBits || labels != numLabels {
		return nil, fmt.Errorf("read ner weights: %d bits and %d labels, want %d-%d bits and %d labels",
			bits, labels, minBits, maxBits, numLabels)
	}
	weights := make([]int16, (1<<bits)*numLabels)
	if err := binary.Read(br, binary.LittleEndian, weights); err != nil {
		return nil, fmt.Errorf("read ner weights table: %w", err)
	}
	for i, w := range weights {
		if w < -weightLimit || w > weightLimit {
			return nil, fmt.Errorf("read ner weights: weight %d is %d, outside ±%d", i, w, weightLimit)
		}
	}
	return newModel(bits, weights), nil
}

// write writes the header and quantised weights gzipped to w.
func write(w io.Writer, bits int, weights []int16) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write ner weights: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	bw.Write([]byte{byte(bits), byte(numLabels)})
	if err := binary.Write(bw, binary.LittleEndian, weights); err != nil {
		return fmt.Errorf("write ner weights: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write ner weights: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write ner weights: %w", err)
	}
	return nil
}

// Tag returns the person, organization and place mentions in one sentence's tokens, as
// token index ranges in order. TagDocument is more accurate on whole documents.
func (m *Model) Tag(tokens []text.Token) []Span {
	return m.TagDocument([][]text.Token{tokens})[0]
}

// TagDocument returns the mentions in each sentence of a document, given as its
// sentences' tokens in order (text.Sentence.Tokens). How a word is written and tagged
// elsewhere in the document informs each decision, e.g. a surname alone after the full
// name, or a name in a capitals headline.
func (m *Model) TagDocument(sents [][]text.Token) [][]Span {
	s, _ := m.scratch.Get().(*tagScratch)
	if s == nil {
		s = new(tagScratch)
	}
	n := 0
	for _, toks := range sents {
		n += len(toks)
	}
	if n <= maxPooledWords {
		defer m.scratch.Put(s)
	}
	s.words = slices.Grow(s.words[:0], n)[:n]
	s.scores = slices.Grow(s.scores[:0], n)[:n]
	s.doc = slices.Grow(s.doc[:0], len(sents))[:len(sents)]
	s.docScores = slices.Grow(s.docScores[:0], len(sents))[:len(sents)]
	words, scores := s.words, s.scores
	for k, toks := range sents {
		ws, ss := words[:len(toks):len(toks)], scores[:len(toks):len(toks)]
		words, scores = words[len(toks):], scores[len(toks):]
		for i := range toks {
			ss[i] = m.wordScores(toks[i].Text)
			ws[i] = ss[i].word
		}
		s.doc[k], s.docScores[k] = ws, ss
	}
	s.ctx.reset(s.doc)
	out := make([][]Span, len(sents))
	var all []Span // backs every sentence's spans
	for k, ws := range s.doc {
		labels := m.decode(ws, s.docScores[k], &s.decode, &s.ctx)
		s.ctx.record(ws, labels)
		start := len(all)
		all = appendSpans(all, labels)
		if len(all) > start {
			out[k] = all[start:len(all):len(all)]
		}
	}
	clear(s.scores) // let evicted wordScores go
	return out
}

// maxPooledWords bounds the documents, in tokens, whose scratch memory TagDocument keeps
// for reuse, so that one huge document does not stay pinned.
const maxPooledWords = 1 << 15

// tagScratch is the memory TagDocument reuses from one document to the next.
type tagScratch struct {
	words     []word
	scores    []*wordScores
	doc       [][]word        // words by sentence
	docScores [][]*wordScores // scores by sentence
	ctx       docContext
	decode    decodeScratch
}

// decodeScratch is the memory decode reuses from one sentence to the next.
type decodeScratch struct {
	sums   []rowSum // by token: rows of its context features
	labels []label
}

// decode returns the labels of ws, whose scores are ss, chosen greedily left to right,
// valid until the next call with the same scratch.
//
// Picking a label must wait for the rows of its features that depend on the label
// before, so decode reads as many rows as it can beforehand, where the reads are
// independent of each other and the processor overlaps their cache misses. First, for
// every token, it adds up the rows of its contextFeatures: the precomputed sums of its
// own and its neighbours' wordScores, and the rows of its pairFeatures. Then it walks
// the tokens, adding to each the sums of its label features (its precomputed
// labelWordFeatures after outside, the most common previous label, or else their rows,
// and the precomputed labelFeatures of tagSums) and picking its label.
func (m *Model) decode(ws []word, ss []*wordScores, s *decodeScratch, ctx *docContext) []label {
	headline := isHeadline(ws)
	sums := slices.Grow(s.sums[:0], len(ws))[:len(ws)]
	s.sums = sums
	var buf [maxFeatures]uint64
	for i := range ws {
		sum := ss[i].own
		for role, off := range windowOffsets {
			sum.add(&m.scoresAt(ss, i+off).asNeighbour[role])
		}
		m.addRows(&sum, pairFeatures(buf[:0], ws, i, headline, ctx))
		sums[i] = sum
	}
	s.labels = slices.Grow(s.labels[:0], len(ws))
	prev1, prev2 := startLabel, startLabel
	for i := range ws {
		sum := sums[i]
		if prev1 == outside {
			sum.add(&ss[i].outside)
		} else {
			lw := labelWordFeatures(&ws[i], prev1)
			m.addRows(&sum, lw[:])
		}
		sum.add(&m.tags[prev1][prev2])
		best := sum.best(prev1)
		s.labels = append(s.labels, best)
		prev2, prev1 = prev1, best
	}
	return s.labels
}

// scoresAt returns ss[k], or the scores of padWord outside ss.
func (m *Model) scoresAt(ss []*wordScores, k int) *wordScores {
	if k < 0 || k >= len(ss) {
		return m.pad
	}
	return ss[k]
}

// bestAllowed returns the highest-scoring label allowed after prev.
func bestAllowed[T int32 | float32](prev label, scores []T) label {
	best := outside
	for _, l := range successors[prev] {
		if scores[l] > scores[best] {
			best = l
		}
	}
	return best
}
