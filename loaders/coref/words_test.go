package coref

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley/loaders/text"
)

func TestSpanText(t *testing.T) {
	s := &text.Sentence{Start: 10, End: 27, Text: "Erdoğan met Çavuş"}
	tests := []struct {
		start, end int
		want       string
	}{
		{10, 17, "Erdoğan"},
		{22, 27, "Çavuş"},
		{18, 21, "met"},
		{27, 27, ""},
		{9, 12, ""},  // before the sentence
		{22, 28, ""}, // past its end
	}
	for _, tt := range tests {
		if got := spanText(s, tt.start, tt.end); got != tt.want {
			t.Errorf("spanText(%d, %d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}

func TestSpanTextASCII(t *testing.T) {
	s := &text.Sentence{Start: 10, End: 25, Text: "Rutte met Xi J."}
	tests := []struct {
		start, end int
		want       string
	}{
		{10, 15, "Rutte"},
		{20, 25, "Xi J."},
		{25, 25, ""},
		{9, 12, ""},  // before the sentence
		{20, 26, ""}, // past its end
		{15, 12, ""}, // reversed
	}
	for _, tt := range tests {
		if got := spanText(s, tt.start, tt.end); got != tt.want {
			t.Errorf("spanText(%d, %d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}

func TestTitleCased(t *testing.T) {
	tests := []struct{ word, want string }{
		{"crown", "Crown"},
		{"Prince", "Prince"},
		{"of", "of"},
		{"", ""},
		{"émir", strings.ToUpper("é"[:1]) + "émir"[1:]}, // only the first byte, as before
	}
	for _, tt := range tests {
		if got := titleCased(tt.word); got != tt.want {
			t.Errorf("titleCased(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
