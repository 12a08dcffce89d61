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

// Model is a trained tagger. It is safe for concurrent use.
//
// Scoring adds one weight row per feature. To add three labels at once, a row packs its
// weights, biased to be non-negative, into 21-bit lanes of uint64 words: the sum of
// maxFeatures biased weights fits a lane, so lanes never carry into each other.
type Model struct {
	mask uint64
	rows []uint64 // row r is rows[r*wordsPerRow:][:wordsPerRow]
}

// Packing of weight rows.
const (
	weightLimit  = 1<<14 - 1 // quantised weights lie in [-weightLimit, weightLimit]
	weightBias   = weightLimit + 1
	laneBits     = 21
	laneMask     = 1<<laneBits - 1
	lanesPerWord = 3
	wordsPerRow  = (numLabels + lanesPerWord - 1) / lanesPerWord
)

// pack returns the quantised weights (row r, label l at r*numLabels+l) packed into lanes.
func pack(weights []int16) []uint64 {
	rows := make([]uint64, len(weights)/numLabels*wordsPerRow)
	for i, w := range weights {
		r, l := i/numLabels, i%numLabels
		rows[r*wordsPerRow+l/lanesPerWord] |= uint64(int(w)+weightBias) << (laneBits * (l % lanesPerWord))
	}
	return rows
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
	return &Model{mask: 1<<bits - 1, rows: pack(weights)}, nil
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
	var labels []label
	for k, ws := range doc {
		labels = m.decode(ws, labels[:0], ctx)
		ctx.record(ws, labels)
		out[k] = spans(labels)
	}
	return out
}

// decode appends the labels of ws, chosen greedily left to right, to labels.
func (m *Model) decode(ws []word, labels []label, ctx *docContext) []label {
	headline := isHeadline(ws)
	var buf [maxFeatures]uint64
	prev1, prev2 := startLabel, startLabel
	for i := range ws {
		fs := features(buf[:0], ws, i, prev1, prev2, headline, ctx) // at most maxFeatures
		var sum [wordsPerRow]uint64
		for _, h := range fs {
			row := m.rows[int(h&m.mask)*wordsPerRow:][:wordsPerRow]
			sum[0] += row[0]
			sum[1] += row[1]
			sum[2] += row[2]
			sum[3] += row[3]
			sum[4] += row[4]
			sum[5] += row[5]
		}
		var scores [numLabels]int32
		bias := int32(len(fs) * weightBias)
		for l := range scores {
			scores[l] = int32(sum[l/lanesPerWord]>>(laneBits*(l%lanesPerWord))&laneMask) - bias
		}
		best := bestAllowed(prev1, scores[:])
		labels = append(labels, best)
		prev2, prev1 = prev1, best
	}
	return labels
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

// The scoring loop in decode adds exactly 6 words per row: these fail to compile if
// wordsPerRow changes.
var (
	_ [wordsPerRow - 6]struct{}
	_ [6 - wordsPerRow]struct{}
)
