package gazetteer

import (
	"strings"
	"testing"
)

// TestMayStart checks that the start filter lets through the first word of every ASCII
// name, alias, surname, demonym and title phrase, and that a trie still finds them.
func TestMayStart(t *testing.T) {
	g := load(t)
	check := func(tr *trie, name string) {
		words := strings.Fields(name)
		if len(words) == 0 || !isASCII(name) || !hasLetter(words[0]) {
			return
		}
		if !tr.mayStart(words[0]) {
			t.Errorf("mayStart(%q) = false, first word of %q", words[0], name)
		}
	}
	for _, e := range g.Entries {
		for _, list := range [][]string{{e.Name}, e.Aliases, e.Surnames, e.Demonyms} {
			for _, n := range list {
				check(g.names, n)
			}
		}
	}
	for _, tl := range g.Titles {
		check(g.titleTrie, tl.Phrase)
	}
	for _, word := range []string{"", ",", "--"} {
		if g.names.mayStart(word) {
			t.Errorf("mayStart(%q) = true, want false", word)
		}
	}
}

// TestPackKeepsNames checks names added to a builder are found after packing.
func TestPackKeepsNames(t *testing.T) {
	b := newTrieBuilder()
	names := []string{"Al-Jazeera", "Abu Dhabi", "Abuja", "Zürich", "U.S.", "a b c d e f g h i j"}
	for _, n := range names {
		if !b.add(n, ref{kind: ByName}) {
			t.Fatalf("add(%q) = false", n)
		}
	}
	tr := b.pack()
	tests := []struct {
		tokens []string
		want   int // end of the longest span from 0, or 0 for none
	}{
		{[]string{"Al", "-", "Jazeera"}, 3},
		{[]string{"Abu", "Dhabi", "today"}, 2},
		{[]string{"Abuja"}, 1},
		{[]string{"Zürich"}, 1},
		{[]string{"U", ".", "S", "."}, 3},
		{[]string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}, 10},
		{[]string{"Abu"}, 0},
		{[]string{"abuja"}, 0},
	}
	for _, tt := range tests {
		var s span
		got := 0
		if tr.longest(tt.tokens, 0, &s, nil) {
			got = s.end
		}
		if got != tt.want {
			t.Errorf("longest(%q) ends at %d, want %d", tt.tokens, got, tt.want)
		}
	}
}
