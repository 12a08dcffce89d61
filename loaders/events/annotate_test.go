package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

func TestLowerWords(t *testing.T) {
	body := "ERDOĞAN MET the Prime Minister. İstanbul Talks, Kyiv; ÉLYSÉE said he and x\xffY WILL visit."
	sents := text.Split(body)
	var toks []string
	for _, s := range sents {
		for _, tok := range s.Tokens {
			toks = append(toks, tok.Text)
		}
	}
	got, gotClass := make([]string, len(toks)), make([]wordClass, len(toks))
	lowerWords(sents, got, gotClass)
	want, wantClass := make([]string, len(toks)), make([]wordClass, len(toks))
	for i, w := range toks {
		want[i] = strings.ToLower(w)
		wantClass[i] = newWordClasses()[want[i]]
	}
	if !slices.Equal(got, want) {
		t.Errorf("lowerWords words = %q, want %q", got, want)
	}
	if !slices.Equal(gotClass, wantClass) {
		t.Errorf("lowerWords classes = %v, want %v", gotClass, wantClass)
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
			if walk := paragraphStartsByWalk(d); !slices.Equal(got, walk) {
				t.Errorf("paragraphStarts = %v, paragraphStartsByWalk gives %v", got, walk)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphStarts = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestParagraphStartsOtherSentences checks sentences that are not text.Split's: their
// texts are not the body at their offsets, or they run past the body's end.
func TestParagraphStartsOtherSentences(t *testing.T) {
	body := "Macron met Scholz.\n\nThey talked."
	tests := []struct {
		name  string
		sents []text.Sentence
		want  []bool
	}{
		{"no texts", []text.Sentence{{Start: 0, End: 18}, {Start: 20, End: 32}}, []bool{false, true}},
		{"past the end", []text.Sentence{{Start: 0, End: 18, Text: "Macron met Scholz."},
			{Start: 40, End: 45, Text: "Later"}, {Start: 50, End: 55, Text: "Again"}}, []bool{false, true, false}},
		{"overlapping", []text.Sentence{{Start: 0, End: 18, Text: "Macron met Scholz."},
			{Start: 10, End: 32}}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Doc{Article: &parley.Article{Body: body}, Sentences: tt.sents}
			got := paragraphStarts(d)
			if walk := paragraphStartsByWalk(d); !slices.Equal(got, walk) {
				t.Errorf("paragraphStarts = %v, paragraphStartsByWalk gives %v", got, walk)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphStarts = %v, want %v", got, tt.want)
			}
		})
	}
}
