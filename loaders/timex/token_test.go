package timex

import "testing"

func TestPastForm(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"named", true},
		{"announced", true},
		{"unspecified", false},
		{"unchanged", false},
		{"unveiled", true},
		{"undermined", true},
		{"red", false},
		{"indeed", false},
		{"exceed", false},
		{"hundred", false},
		{"seed", false},
		{"agreed", true},
		{"freed", true},
		{"proceed", false},
	} {
		if got := pastForm([]byte(c.word)); got != c.want {
			t.Errorf("pastForm(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
