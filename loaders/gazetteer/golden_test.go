package gazetteer

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/parleyhq/parley/loaders/text"
)

// articleFile is a news-like article shared with package text's tests.
const articleFile = "../text/testdata/article.txt"

// matchLines returns one line per sentence of the article: its name matches, then its
// title matches, found through a Sentence when viaSentence is true.
func matchLines(t *testing.T, g *Gazetteer, viaSentence bool) []string {
	t.Helper()
	body, err := os.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	var gs Sentence
	for _, s := range text.Split(string(body)) {
		toks := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			toks[i] = tok.Text
		}
		ms, tms := g.Match(toks), g.MatchTitles(toks)
		if viaSentence {
			gs.Reset(toks)
			tms = g.SentenceTitles(&gs) // titles first, as package coref asks
			ms = g.AppendSentenceMatches(nil, &gs)
		}
		var b strings.Builder
		for _, m := range ms {
			fmt.Fprintf(&b, "%d-%d:%s:%s ", m.Start, m.End, m.Entry.ID(), m.Alias)
		}
		b.WriteString("|")
		for _, m := range tms {
			fmt.Fprintf(&b, " %d-%d:%s", m.Start, m.End, m.Title.Phrase)
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestMatchGolden checks Match and MatchTitles, and the same through a Sentence, against
// the matches they gave the article when testdata/article.matches was written: speed
// work must not change them.
func TestMatchGolden(t *testing.T) {
	golden, err := os.ReadFile("testdata/article.matches")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	for _, viaSentence := range []bool{false, true} {
		got := matchLines(t, load(t), viaSentence)
		if len(got) != len(want) {
			t.Fatalf("viaSentence %v: %d sentences, want %d", viaSentence, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("viaSentence %v, sentence %d: %q, want %q", viaSentence, k, got[k], want[k])
			}
		}
	}
}
