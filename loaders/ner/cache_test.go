package ner

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/parleyhq/parley/loaders/text"
)

// articleTokens returns the tokens of testdata/article.txt by sentence, with a capitals
// headline in front so headline features are covered too.
func articleTokens(t *testing.T) [][]text.Token {
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]text.Token{{{Text: "NATO"}, {Text: "CHIEF"}, {Text: "MEETS"}, {Text: "SCHOLZ"}, {Text: "IN"}, {Text: "BERLIN"}}}
	for _, s := range text.Split(string(body)) {
		sents = append(sents, s.Tokens)
	}
	return sents
}

// referenceTag tags a document adding up the rows of every feature of every token, as
// training scores them, without the precomputed sums decode uses.
func referenceTag(m *Model, sents [][]text.Token) [][]label {
	doc := make([][]word, len(sents))
	affs := make([][]affixes, len(sents))
	for k, toks := range sents {
		for _, tok := range toks {
			w, a := newWord(tok.Text)
			doc[k], affs[k] = append(doc[k], w), append(affs[k], a)
		}
	}
	ctx := newDocContext(doc)
	var out [][]label
	for k, ws := range doc {
		headline := isHeadline(ws)
		var labels []label
		prev1, prev2 := startLabel, startLabel
		for i := range ws {
			var sum rowSum
			fs := features(nil, ws, affs[k], i, prev1, prev2, headline, ctx)
			m.addRows(&sum, fs)
			scores := sum.scores(len(fs))
			best := bestAllowed(prev1, scores[:])
			labels = append(labels, best)
			prev2, prev1 = prev1, best
		}
		ctx.record(ws, labels)
		out = append(out, labels)
	}
	return out
}

// TestDecodeMatchesReference checks that decode, with its cached word scores, picks the
// labels that summing every feature's row picks.
func TestDecodeMatchesReference(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := articleTokens(t)
	want := referenceTag(m, sents)
	for pass := range 2 { // cold, then warm cache
		ss := make([][]*wordScores, len(sents))
		doc := make([][]word, len(sents))
		for k, toks := range sents {
			for _, tok := range toks {
				ws := m.wordScores(tok.Text)
				ss[k], doc[k] = append(ss[k], ws), append(doc[k], ws.word)
			}
		}
		ctx := newDocContext(doc)
		var scratch decodeScratch
		for k, ws := range doc {
			got := m.decode(ws, ss[k], &scratch, ctx)
			if !slices.Equal(got, want[k]) {
				t.Fatalf("pass %d sentence %d: labels %v, want %v", pass, k, got, want[k])
			}
			ctx.record(ws, got)
		}
	}
}

// TestWordCacheEviction fills the cache several times over and checks every lookup
// returns the scores of the word asked for.
func TestWordCacheEviction(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for round := range 2 {
		for i := range 3 * wordCacheSize {
			s := fmt.Sprintf("W%dx", i)
			got := m.wordScores(s)
			w, a := newWord(s)
			want := m.scoreWord(s, w, &a)
			if *got != *want {
				t.Fatalf("round %d: wordScores(%q) = scores of %q, want those of %q", round, s, got.text, want.text)
			}
		}
	}
}

// TestTagConcurrent tags one document from several goroutines (run with -race) and
// checks each gets the serial result.
func TestTagConcurrent(t *testing.T) {
	const goroutines = 4
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := articleTokens(t)
	want := fmt.Sprint(m.TagDocument(sents))
	m, err = Load() // cold cache
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]string, goroutines)
	for g := range goroutines {
		wg.Go(func() { got[g] = fmt.Sprint(m.TagDocument(sents)) })
	}
	wg.Wait()
	for g := range got {
		if got[g] != want {
			t.Errorf("goroutine %d: spans differ from the serial result", g)
		}
	}
}
