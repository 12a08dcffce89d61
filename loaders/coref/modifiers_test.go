package coref

import (
	"strings"
	"testing"
)

func TestModifiesPeopleNoun(t *testing.T) {
	tests := []struct {
		sent string
		k    int
		want bool
	}{
		{"with Muslim , Christian and Yazidi representatives .", 2, true},
		{"with Muslim , Christian and Yazidi representatives .", 4, true},
		{"with Muslim , Christian and Yazidi representatives .", 6, true},
		{"the Sunni clerics said", 2, true},
		// A name before a verb or a title is a name.
		{"Sistani rarely receives visitors", 1, false},
		{"met Abbas and Netanyahu in Washington", 2, false},
		{"Kadhimi , the prime minister", 1, false},
	}
	for _, tt := range tests {
		if got := modifiesPeopleNoun(strings.Fields(tt.sent), tt.k); got != tt.want {
			t.Errorf("modifiesPeopleNoun(%q, %d) = %v, want %v", tt.sent, tt.k, got, tt.want)
		}
	}
}
