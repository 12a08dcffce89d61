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
// title matches.
func matchLines(t *testing.T, g *Gazetteer) []string {
	t.Helper()
	body, err := os.ReadFile(articleFile)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, s := range text.Split(string(body)) {
		toks := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			toks[i] = tok.Text
		}
		var b strings.Builder
		for _, m := range g.Match(toks) {
			fmt.Fprintf(&b, "%d-%d:%s:%s ", m.Start, m.End, m.Entry.ID(), m.Alias)
		}
		b.WriteString("|")
		for _, m := range g.MatchTitles(toks) {
			fmt.Fprintf(&b, " %d-%d:%s", m.Start, m.End, m.Title.Phrase)
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestMatchGolden checks Match and MatchTitles against the matches they gave the
// article when testdata/article.matches was written: speed work must not change them.
func TestMatchGolden(t *testing.T) {
	got := matchLines(t, load(t))
	golden, err := os.ReadFile("testdata/article.matches")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d sentences, want %d", len(got), len(want))
	}
	for k := range got {
		if got[k] != want[k] {
			t.Errorf("sentence %d: %q, want %q", k, got[k], want[k])
		}
	}
}
