package events

import "testing"

func TestClassTable(t *testing.T) {
	classes := newWordClasses()
	table := newClassTable(classes)
	for w, want := range classes {
		if got := table.lookup(w, hashWord(w)); got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
	}
	for _, w := range []string{"", "brussels", "zelensky", "Met", "meetings-x", "ünlisted"} {
		want := classes[w]
		if got := table.lookup(w, hashWord(w)); got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
	}
}
