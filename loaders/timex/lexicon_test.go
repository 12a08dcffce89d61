package timex

import "testing"

// TestLexiconLookup checks that the letter filter of lookup turns no lexicon word away.
func TestLexiconLookup(t *testing.T) {
	words := lexiconWords()
	lex := newLexicon(words)
	n := 0
	for w, want := range words {
		if !isLowerWord(w) || len(w) > maxLexWord {
			continue
		}
		n++
		if got := lex.lookup([]byte(w)); got != want {
			t.Errorf("lookup(%q) = %v, want %v", w, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no lexicon word looked up")
	}
	for _, w := range []string{"diplomat", "x", "summitry", "tuesdaze"} {
		if got := lex.lookup([]byte(w)); got != nil {
			t.Errorf("lookup(%q) = %v, want nil", w, got)
		}
	}
}
