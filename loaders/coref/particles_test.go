package coref

import (
	"strings"
	"testing"
)

func TestShortOfPrefixed(t *testing.T) {
	tests := []struct{ w, want string }{
		{"al-Sistani", "Sistani"},
		{"el-Sisi", "Sisi"},
		{"ash-Sharaa", "Sharaa"},
		{"al-qaeda", "al-qaeda"}, // the name after the prefix must be capitalised
		{"Al-Jazeera", "Al-Jazeera"},
		{"all-night", "all-night"},
		{"Kadhimi", "Kadhimi"},
	}
	for _, tt := range tests {
		if got := shortOfPrefixed(tt.w); got != tt.want {
			t.Errorf("shortOfPrefixed(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestPrefixedNameEnds(t *testing.T) {
	tests := []struct {
		sent    string
		i, want int
	}{
		// nameEnd after a title: "Prime Minister Mustafa al-Kadhimi and".
		{"Mustafa al-Kadhimi and then", 0, 2},
		{"Ali al-Sistani , the cleric", 0, 2},
		// A prefixed word cannot start the name.
		{"al-Sistani said", 0, 0},
	}
	for _, tt := range tests {
		if got := nameEnd(strings.Fields(tt.sent), tt.i); got != tt.want {
			t.Errorf("nameEnd(%q, %d) = %d, want %d", tt.sent, tt.i, got, tt.want)
		}
	}
	// restOfName: a one-word tagger span runs on over a prefixed family name only.
	rest := []struct {
		sent       string
		i, k, want int
	}{
		{"met Ali al-Sistani at his home", 1, 2, 3},
		{"met Ali at his home", 1, 2, 2},
		{"met Ali Hassan al-Majid at", 1, 3, 4},
	}
	for _, tt := range rest {
		words := strings.Fields(tt.sent)
		if got := restOfName(words, tt.i, tt.k, make([]bool, len(words))); got != tt.want {
			t.Errorf("restOfName(%q, %d, %d) = %d, want %d", tt.sent, tt.i, tt.k, got, tt.want)
		}
	}
}
