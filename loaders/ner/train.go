package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
)

// Training settings. The shuffle seed is fixed so training is deterministic.
const (
	TrainBits   = 18 // the weight table has 1<<TrainBits rows
	TrainEpochs = 10 // the default number of passes for `parley train ner`
	shuffleSeed = 2003
)

// Train trains a tagger on CoNLL-2003 files for the given number of epochs and writes
// its gzipped, quantised weights to w. It returns an error if a file cannot be read or
// parsed, or if writing fails.
//
// The shipped weights (data/ner/weights.gz) were made by `parley train ner`, which calls
//
//	Train([]string{"eng.train"}, ner.TrainEpochs, f)
//
// with eng.train of CoNLL-2003 English and f the created file data/ner/weights.gz.
func Train(conllPaths []string, epochs int, w io.Writer) error {
	var docs []document
	for _, p := range conllPaths {
		d, err := readCoNLL(p)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		docs = append(docs, d...)
	}
	if len(docs) == 0 {
		return fmt.Errorf("train ner: no sentences in %v", conllPaths)
	}
	words := make([][][]word, len(docs))
	affs := make([][][]affixes, len(docs))
	for d, doc := range docs {
		words[d] = make([][]word, len(doc))
		affs[d] = make([][]affixes, len(doc))
		for k, s := range doc {
			words[d][k] = make([]word, len(s.words))
			affs[d][k] = make([]affixes, len(s.words))
			for i, t := range s.words {
				words[d][k][i], affs[d][k][i] = newWord(t)
			}
		}
	}
	p := newPerceptron(TrainBits)
	rng := rand.New(rand.NewPCG(shuffleSeed, shuffleSeed))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			ctx := newDocContext(words[d])
			for k, s := range docs[d] {
				ctx.record(words[d][k], p.learn(words[d][k], affs[d][k], s.labels, ctx))
			}
		}
	}
	return write(w, TrainBits, p.quantised())
}

// perceptron is a multiclass perceptron over hashed features with weight averaging:
// the averaged weights are w - u/c.
type perceptron struct {
	mask   uint64
	w      []float32
	u      []float64
	c      float64
	feats  []uint64
	labels []label
}

func newPerceptron(bits int) *perceptron {
	n := (1 << bits) * numLabels
	return &perceptron{mask: 1<<bits - 1, w: make([]float32, n), u: make([]float64, n), c: 1}
}

// learn tags one sentence greedily with the current weights, feeding its own
// predictions forward as previous labels, and updates on each wrong token. It returns
// the predicted labels, valid until the next call. as are the affixes of ws.
func (p *perceptron) learn(ws []word, as []affixes, gold []label, ctx *docContext) []label {
	headline := isHeadline(ws)
	p.labels = p.labels[:0]
	prev1, prev2 := startLabel, startLabel
	for i := range ws {
		p.feats = features(p.feats[:0], ws, as, i, prev1, prev2, headline, ctx)
		var scores [numLabels]float32
		for _, h := range p.feats {
			row := p.w[int(h&p.mask)*numLabels:][:numLabels]
			for l := range scores {
				scores[l] += row[l]
			}
		}
		pred := bestAllowed(prev1, scores[:])
		if pred != gold[i] {
			for _, h := range p.feats {
				r := int(h&p.mask) * numLabels
				p.w[r+int(gold[i])]++
				p.w[r+int(pred)]--
				p.u[r+int(gold[i])] += p.c
				p.u[r+int(pred)] -= p.c
			}
		}
		p.c++
		p.labels = append(p.labels, pred)
		prev2, prev1 = prev1, pred
	}
	return p.labels
}

// quantised returns the averaged weights scaled to [-weightLimit, weightLimit].
func (p *perceptron) quantised() []int16 {
	avg := make([]float64, len(p.w))
	maxAbs := 0.0
	for i := range p.w {
		avg[i] = float64(p.w[i]) - p.u[i]/p.c
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	out := make([]int16, len(avg))
	if maxAbs == 0 {
		return out
	}
	scale := weightLimit / maxAbs
	for i, v := range avg {
		out[i] = int16(math.Round(v * scale))
	}
	return out
}
