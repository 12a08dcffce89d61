package gazetteer

import (
	"os"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

var benchSentence = strings.Fields(`On Tuesday , U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on the sidelines of the ASEAN meeting , a day after talks with Russia 's Sergey Lavrov and officials from the European Commission .`)

// BenchmarkFoldBaseline folds every token with parley.Fold: the cost Match is
// compared against.
func BenchmarkFoldBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, tok := range benchSentence {
			_ = parley.Fold(tok)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g := load(b)
	dst := make([]Match, 0, 32)
	b.ReportAllocs()
	for b.Loop() {
		dst = g.AppendMatches(dst[:0], benchSentence)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// articleSentences returns the tokens of each sentence of the shared test article.
func articleSentences(b *testing.B) [][]string {
	b.Helper()
	body, err := os.ReadFile(articleFile)
	if err != nil {
		b.Fatal(err)
	}
	var out [][]string
	for _, s := range text.Split(string(body)) {
		toks := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			toks[i] = tok.Text
		}
		out = append(out, toks)
	}
	return out
}

// BenchmarkFoldArticleBaseline folds every token of the article with parley.Fold: the
// cost BenchmarkMatchArticle is compared against.
func BenchmarkFoldArticleBaseline(b *testing.B) {
	sents := articleSentences(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, toks := range sents {
			for _, tok := range toks {
				_ = parley.Fold(tok)
			}
		}
	}
}

// BenchmarkMatchArticle finds the names and the titles of every sentence of the
// article, as package coref does.
func BenchmarkMatchArticle(b *testing.B) {
	g := load(b)
	sents := articleSentences(b)
	dst := make([]Match, 0, 32)
	var s Sentence
	b.ReportAllocs()
	for b.Loop() {
		for _, toks := range sents {
			s.Reset(toks)
			_ = g.SentenceTitles(&s)
			dst = g.AppendSentenceMatches(dst[:0], &s)
		}
	}
}
