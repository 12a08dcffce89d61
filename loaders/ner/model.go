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
// as rows.go describes.
type Model struct {
	mask uint64
	rows []uint64 // row r, for feature hashes h with h&mask == r, is rows[r*rowStride:][:wordsPerRow]
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
	doc := make([][]word, len(sents))
	for k, toks := range sents {
		doc[k] = make([]word, len(toks))
		for i := range toks {
			doc[k][i] = newWord(toks[i].Text)
		}
	}
	ctx := newDocContext(doc)
	out := make([][]Span, len(sents))
	var scratch decodeScratch
	for k, ws := range doc {
		labels := m.decode(ws, &scratch, ctx)
		ctx.record(ws, labels)
		out[k] = spans(labels)
	}
	return out
}

// decodeScratch is the memory decode reuses from one sentence to the next.
type decodeScratch struct {
	sums   []rowSum // by token: rows of its context features
	labels []label
}

// decode returns the labels of ws, chosen greedily left to right, valid until the next
// call with the same scratch.
//
// It first adds up, for every token, the rows of the features that do not depend on
// the labels chosen (contextFeatures): those reads are independent of each other, so
// the processor overlaps their cache misses. Then it walks the tokens, adding the rows
// of each token's labelFeatures and picking its label.
func (m *Model) decode(ws []word, s *decodeScratch, ctx *docContext) []label {
	headline := isHeadline(ws)
	s.sums = slices.Grow(s.sums[:0], len(ws))[:len(ws)]
	var buf [maxFeatures]uint64
	for i := range ws {
		s.sums[i] = rowSum{}
		m.addRows(&s.sums[i], contextFeatures(buf[:0], ws, i, headline, ctx))
	}
	s.labels = s.labels[:0]
	prev1, prev2 := startLabel, startLabel
	for i := range ws {
		sum := s.sums[i]
		lf := labelFeatures(&ws[i], prev1, prev2)
		m.addRows(&sum, lf[:])
		scores := sum.scores()
		best := bestAllowed(prev1, scores[:])
		s.labels = append(s.labels, best)
		prev2, prev1 = prev1, best
	}
	return s.labels
}

// bestAllowed returns the highest-scoring label allowed after prev.
func bestAllowed[T int32 | float32](prev label, scores []T) label {
	best := outside
	for l := range label(numLabels) {
		if follows[prev][l] && scores[l] > scores[best] {
			best = l
		}
	}
	return best
}
