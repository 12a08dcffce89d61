package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

func TestLowerWords(t *testing.T) {
	body := "ERDOĞAN met the Prime Minister. İstanbul talks, Kyiv; ÉLYSÉE and x\xffY."
	sents := text.Split(body)
	var toks []string
	for _, s := range sents {
		for _, tok := range s.Tokens {
			toks = append(toks, tok.Text)
		}
	}
	got := lowerWords(sents, len(toks))
	want := make([]string, len(toks))
	for i, w := range toks {
		want[i] = strings.ToLower(w)
	}
	if !slices.Equal(got, want) {
		t.Errorf("lowerWords = %q, want %q", got, want)
	}
}

// paragraphStartsByRunes is paragraphStarts written the plain way, over the body as
// runes: the reference the one-pass version must agree with.
func paragraphStartsByRunes(d *Doc) []bool {
	starts := make([]bool, len(d.Sentences))
	body := []rune(d.Article.Body)
	for i := 1; i < len(d.Sentences); i++ {
		gap := body[min(d.Sentences[i-1].End, len(body)):min(d.Sentences[i].Start, len(body))]
		starts[i] = strings.Count(string(gap), "\n") >= 2
	}
	return starts
}

func TestParagraphStarts(t *testing.T) {
	tests := []struct {
		name, body string
		want       []bool
	}{
		{"one paragraph", "Macron met Scholz. They talked.", []bool{false, false}},
		{"blank line", "Macron met Scholz.\n\nThey talked.\nIt rained.", []bool{false, true, false}},
		{"non-ASCII before the break", "Erdoğan met Çavuş.\n\nThey talked.", []bool{false, true}},
		{"spaces between the newlines", "Erdoğan met Çavuş.\n \nThey talked.", []bool{false, true}},
		{"invalid bytes", "Erdoğan\xff met \xfe\xfdÇavuş.\n\n\xffThey talked.\n\n", []bool{false, true}},
		{"headline and dateline", "Talks in Paris\n\nPARIS — Macron met Scholz.\n\n\nThey talked.\n", []bool{false, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Doc{Article: &parley.Article{Body: tt.body}, Sentences: text.Split(tt.body)}
			got := paragraphStarts(d)
			if want := paragraphStartsByRunes(d); !slices.Equal(got, want) {
				t.Errorf("paragraphStarts = %v, reference gives %v", got, want)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphStarts = %v, want %v", got, tt.want)
			}
		})
	}
}
