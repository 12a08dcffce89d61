package coref

import (
	"strings"
	"testing"

	"github.com/parleyhq/parley/loaders/text"
)

func TestSpanText(t *testing.T) {
	// The first sentence has code points of several bytes, the second only ASCII.
	wide := &text.Sentence{Start: 10, End: 27, Text: "Erdoğan met Çavuş"}
	ascii := &text.Sentence{Start: 10, End: 25, Text: "Rutte met Xi J."}
	tests := []struct {
		s          *text.Sentence
		start, end int
		want       string
	}{
		{wide, 10, 17, "Erdoğan"},
		{wide, 22, 27, "Çavuş"},
		{wide, 18, 21, "met"},
		{wide, 27, 27, ""},
		{wide, 9, 12, ""},  // before the sentence
		{wide, 22, 28, ""}, // past its end
		{ascii, 10, 15, "Rutte"},
		{ascii, 20, 25, "Xi J."},
		{ascii, 25, 25, ""},
		{ascii, 9, 12, ""},  // before the sentence
		{ascii, 20, 26, ""}, // past its end
		{ascii, 15, 12, ""}, // reversed
	}
	for _, tt := range tests {
		if got := spanText(tt.s, tt.start, tt.end); got != tt.want {
			t.Errorf("spanText(%q, %d, %d) = %q, want %q", tt.s.Text, tt.start, tt.end, got, tt.want)
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

func TestNameTail(t *testing.T) {
	tests := []struct {
		words []string
		k     int
		name  string
		want  int
	}{
		{[]string{"Sheikh", "Abdullah", "bin", "Zayed", "Al", "Nahyan", "signed"}, 4, "Abdullah bin Zayed Al Nahyan", 6},
		{[]string{"Mohammed", "bin", "Zayed", "said"}, 3, "Mohamed bin Zayed Al Nahyan", 3},
		{[]string{"Abdullah", "bin", "Zayed", "Al", "Thani"}, 3, "Abdullah bin Zayed Al Nahyan", 3},
		{[]string{"Joe", "Biden", "Harris"}, 2, "Joe Biden", 2},
	}
	for _, tt := range tests {
		if got := nameTail(tt.words, tt.k, tt.name); got != tt.want {
			t.Errorf("nameTail(%q, %d, %q) = %d, want %d", tt.words, tt.k, tt.name, got, tt.want)
		}
	}
}

func TestAppositiveName(t *testing.T) {
	tests := []struct {
		sent         string
		t0, t1       int
		claimed      []int
		wantI, wantK int
	}{
		// "Zalmay Khalilzad , the U.S. special envoy who": the country is claimed.
		{"Zalmay Khalilzad , the U.S. special envoy who spent", 5, 7, []int{4}, 0, 2},
		{"by Redwan Hussien , national security adviser to Prime Minister", 4, 7, nil, 1, 3},
		{"He and Camilla , the Queen Consort , were greeted", 5, 7, nil, 2, 3},
		// The title does not close an apposition: "In Kyiv, the president said".
		{"In Kyiv , the president said", 4, 5, nil, 0, 0},
		// Too many words between the comma and the title.
		{"Ali Khan , the long serving and popular envoy of", 8, 9, nil, 0, 0},
		// The name runs on into a claimed name.
		{"Joe Biden Harris , the envoy who", 5, 6, []int{0, 1}, 0, 0},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sent)
		claimed := make([]bool, len(words))
		for _, k := range tt.claimed {
			claimed[k] = true
		}
		i, k := appositiveName(words, tt.t0, tt.t1, claimed)
		if i == k {
			i, k = 0, 0
		}
		if i != tt.wantI || k != tt.wantK {
			t.Errorf("appositiveName(%q, %d, %d) = %d, %d, want %d, %d", tt.sent, tt.t0, tt.t1, i, k, tt.wantI, tt.wantK)
		}
	}
}

func TestRestOfName(t *testing.T) {
	claimedAt := func(n int, ks ...int) []bool {
		c := make([]bool, n)
		for _, k := range ks {
			c[k] = true
		}
		return c
	}
	for _, tc := range []struct {
		words   string
		i, k    int
		claimed []int
		want    int
	}{
		{"sat with Min Aung Hlaing behind closed doors", 2, 4, nil, 5},
		{"his wife , Ri Sol Ju .", 3, 5, nil, 6},
		{"met Joe Biden on Friday", 1, 3, nil, 3},        // nothing to add
		{"Putin met", 0, 1, nil, 1},                      // one-word spans stay
		{"met Joe Biden Putin Xi", 1, 3, []int{3, 4}, 3}, // runs on into names found
		{"met Ali Khan Tehran .", 1, 3, []int{3}, 3},     // a claimed place is no name part
		{"met Ali Khan The President", 1, 3, nil, 3},     // function word
	} {
		w := strings.Fields(tc.words)
		if got := restOfName(w, tc.i, tc.k, claimedAt(len(w), tc.claimed...)); got != tc.want {
			t.Errorf("restOfName(%q, %d, %d) = %d, want %d", tc.words, tc.i, tc.k, got, tc.want)
		}
	}
}
