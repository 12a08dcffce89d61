package coref

import (
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
