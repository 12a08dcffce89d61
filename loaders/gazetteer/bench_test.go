package gazetteer

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley"
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
