package ner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

func TestBILOU(t *testing.T) {
	L := func(pos int, typ entityType) label { return makeLabel(pos, typ) }
	tests := []struct {
		tags []string
		want []label
	}{
		{[]string{"I-PER", "I-PER", "O"}, []label{L(begin, per), L(last, per), outside}},
		{[]string{"I-LOC", "B-LOC", "I-LOC", "I-LOC"}, []label{L(unit, loc), L(begin, loc), L(inside, loc), L(last, loc)}},
		{[]string{"B-ORG", "I-PER"}, []label{L(unit, org), L(unit, per)}},
		{[]string{"O", "I-MISC"}, []label{outside, L(unit, misc)}},
	}
	for _, tt := range tests {
		if got := bilou(tt.tags); !slices.Equal(got, tt.want) {
			t.Errorf("bilou(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestSpans(t *testing.T) {
	L := func(pos int, typ entityType) label { return makeLabel(pos, typ) }
	tests := []struct {
		labels []label
		want   []Span
	}{
		{[]label{L(begin, per), L(last, per), outside, L(unit, loc)},
			[]Span{{0, 2, parley.Person}, {3, 4, parley.Place}}},
		{[]label{L(unit, misc), L(begin, org), L(inside, org), L(last, org)},
			[]Span{{1, 4, parley.Organization}}},
		{[]label{outside, L(begin, org), L(inside, org)}, // unfinished at the end
			[]Span{{1, 3, parley.Organization}}},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := appendSpans(nil, tt.labels); !slices.Equal(got, tt.want) {
			t.Errorf("appendSpans(nil, %v) = %v, want %v", tt.labels, got, tt.want)
		}
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	tests := []struct {
		content, want string
	}{
		{"Anna NNP I-NP I-PER\nBerg NNP I-NP I-XYZ\n", "line 2: unknown tag \"I-XYZ\""},
		{"Anna NNP I-NP I-PER\n\nlonely\n", "line 3: want word and tag"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "bad.conll")
		if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readCoNLL(path)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readCoNLL(%q) error = %v, want it to contain %q", tt.content, err, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Error("Read(garbage) error = nil, want an error")
	}
	var buf bytes.Buffer
	if err := write(&buf, 3, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(&buf); err == nil || !strings.Contains(err.Error(), "3 bits") {
		t.Errorf("Read(3-bit table) error = %v, want a bits error", err)
	}
}

// TestTrainDeterministic trains twice on a tiny file and checks the weights are identical
// and the model has learnt its training sentence.
func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		if err := Train([]string{"testdata/tiny.conll"}, 5, buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings on the same data wrote different weights")
	}
	m, err := Read(&a)
	if err != nil {
		t.Fatal(err)
	}
	got := mentions(m, "Anna Berg visited Oslo .")
	want := []string{"person Anna Berg", "place Oslo"}
	if !slices.Equal(got, want) {
		t.Errorf("tiny model mentions = %q, want %q", got, want)
	}
}

// mentions tags body with m and returns "kind text" per mention.
func mentions(m *Model, body string) []string {
	sents := text.Split(body)
	toks := make([][]text.Token, len(sents))
	for k := range sents {
		toks[k] = sents[k].Tokens
	}
	var out []string
	for k, sp := range m.TagDocument(toks) {
		for _, s := range sp {
			var words []string
			for _, t := range toks[k][s.Start:s.End] {
				words = append(words, t.Text)
			}
			out = append(out, string(s.Kind)+" "+strings.Join(words, " "))
		}
	}
	return out
}

// TestShippedModel checks the embedded model finds obvious entities in sentences written
// for this test (not from CoNLL).
func TestShippedModel(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		body string
		want []string // each must be found
	}{
		{"Ukrainian President Volodymyr Zelenskyy met NATO Secretary General Mark Rutte in Brussels on Tuesday.",
			[]string{"person Volodymyr Zelenskyy", "organization NATO", "person Mark Rutte", "place Brussels"}},
		{"French President Emmanuel Macron hosted German Chancellor Olaf Scholz at the Elysee Palace in Paris.",
			[]string{"person Emmanuel Macron", "person Olaf Scholz", "place Paris"}},
		{"The European Union and the United Nations urged Russia to withdraw.",
			[]string{"organization European Union", "organization United Nations", "place Russia"}},
		// A surname alone at a sentence start is known from earlier in the document.
		{"Emmanuel Macron met Olaf Scholz in Berlin. Macron said talks would continue.",
			[]string{"person Emmanuel Macron", "person Olaf Scholz", "place Berlin", "person Macron"}},
		{"Secretary of State Antony Blinken flew to Beijing, where he met Chinese Foreign Minister Wang Yi.",
			[]string{"person Antony Blinken", "place Beijing", "person Wang Yi"}},
		{"Microsoft Corp said on Monday its profit rose 3.5 percent. Its offices in New York stayed open.",
			[]string{"organization Microsoft Corp", "place New York"}},
	}
	for _, tt := range tests {
		got := mentions(m, tt.body)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("mentions(%q) = %q, want it to contain %q", tt.body, got, w)
			}
		}
	}
}

// TestMaxFeatures checks that a token with every optional feature (first word of a
// headline, with document history around it) stays within maxFeatures, which the packed
// score lanes rely on.
func TestMaxFeatures(t *testing.T) {
	var ws []word
	var as []affixes
	for _, s := range []string{"RUSSIA", "BEATS", "CANADA", "IN", "HOCKEY"} {
		w, a := newWord(s)
		ws, as = append(ws, w), append(as, a)
	}
	ctx := newDocContext([][]word{ws})
	ctx.record(ws, []label{makeLabel(unit, loc), outside, makeLabel(unit, loc), outside, outside})
	for i := range ws {
		if got := len(features(nil, ws, as, i, startLabel, startLabel, isHeadline(ws), ctx)); got > maxFeatures {
			t.Errorf("token %d has %d features, want at most %d", i, got, maxFeatures)
		}
	}
}

func TestTagEmpty(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Tag(nil); got != nil {
		t.Errorf("Tag(nil) = %v, want nil", got)
	}
}

func readArticle(b *testing.B) []text.Sentence {
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	return text.Split(string(body))
}

// BenchmarkTag measures TagDocument on an already split article.
func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents := readArticle(b)
	toks := make([][]text.Token, len(sents))
	for k := range sents {
		toks[k] = sents[k].Tokens
	}
	for b.Loop() {
		m.TagDocument(toks)
	}
}

// BenchmarkCapitalisedBaseline is the baseline for BenchmarkTag: a tagger that marks
// every run of capitalised tokens as a person.
func BenchmarkCapitalisedBaseline(b *testing.B) {
	sents := readArticle(b)
	for b.Loop() {
		for _, s := range sents {
			capitalisedRuns(s.Tokens)
		}
	}
}

func capitalisedRuns(toks []text.Token) []Span {
	var out []Span
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && unicode.IsUpper([]rune(toks[j].Text)[0]) {
			j++
		}
		if j > i {
			out = append(out, Span{Start: i, End: j, Kind: parley.Person})
			i = j
		} else {
			i++
		}
	}
	return out
}

// TestTagGolden checks TagDocument against the spans the shipped model gave the test
// article when testdata/article.spans was written: speed work must not change them.
func TestTagGolden(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("testdata/article.spans")
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]text.Token
	for _, s := range text.Split(string(body)) {
		sents = append(sents, s.Tokens)
	}
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	got := m.TagDocument(sents)
	if len(got) != len(want) {
		t.Fatalf("TagDocument gave %d sentences, want %d", len(got), len(want))
	}
	for k, spans := range got {
		var b strings.Builder
		for i, sp := range spans {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%d-%d:%s", sp.Start, sp.End, sp.Kind)
		}
		if b.String() != want[k] {
			t.Errorf("sentence %d: spans %q, want %q", k, b.String(), want[k])
		}
	}
}
