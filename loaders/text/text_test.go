package text

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenTexts returns the texts of every token of every sentence.
func tokenTexts(sents []Sentence) []string {
	var out []string
	for _, s := range sents {
		for _, t := range s.Tokens {
			out = append(out, t.Text)
		}
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ukraine's army", []string{"Ukraine", "'s", "army"}},
		{"Ukraine’s army", []string{"Ukraine", "’s", "army"}},
		{"the countries' leaders", []string{"the", "countries", "'", "leaders"}},
		{"O'Brien didn't go", []string{"O'Brien", "didn't", "go"}},
		{"President-elect bin-Salman", []string{"President-elect", "bin-Salman"}},
		{"the U.S. and U.K. envoys", []string{"the", "U.S.", "and", "U.K.", "envoys"}},
		{"George H.W. Bush", []string{"George", "H.W.", "Bush"}},
		{"Donald J. Trump", []string{"Donald", "J.", "Trump"}},
		{"1,000 troops and 3.5 percent", []string{"1,000", "troops", "and", "3.5", "percent"}},
		{"at 10 a.m. Monday", []string{"at", "10", "a.m.", "Monday"}},
		{"No. 10 Downing St.", []string{"No.", "10", "Downing", "St."}},
		{"(NATO) said:", []string{"(", "NATO", ")", "said", ":"}},
		{"“We will,” he said.", []string{"“", "We", "will", ",", "”", "he", "said", "."}},
		{"\"No,\" she said", []string{"\"", "No", ",", "\"", "she", "said"}},
		{"wait... what", []string{"wait", "...", "what"}},
		{"see https://example.org/a?b=1. Then", []string{"see", "https://example.org/a?b=1", ".", "Then"}},
		{"AT&T and S&P", []string{"AT&T", "and", "S&P"}},
		{"PARIS — President-elect", []string{"PARIS", "—", "President-elect"}},
		{"1996-08-22", []string{"1996-08-22"}},
		{"$5 or 5%", []string{"$", "5", "or", "5", "%"}},
		{"Apple Inc. and Acme Corp.", []string{"Apple", "Inc.", "and", "Acme", "Corp."}},
		{"Zürich’s mayor", []string{"Zürich", "’s", "mayor"}},
		{"it -- well", []string{"it", "--", "well"}},
		{"Tampa, Fla., and Ohio.", []string{"Tampa", ",", "Fla.", ",", "and", "Ohio", "."}},
		{"00000-", []string{"00000", "-"}}, // a hyphen ending the body (found by FuzzExtract)
	}
	for _, tt := range tests {
		got := tokenTexts(Split(tt.in))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Split(%q) tokens = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Gen. Mark Milley met Sen. Smith. They talked.", []string{"Gen. Mark Milley met Sen. Smith.", "They talked."}},
		{"Dr. Jones and Mr. Lee arrived at 9 a.m. on Jan. 5.", []string{"Dr. Jones and Mr. Lee arrived at 9 a.m. on Jan. 5."}},
		{"Donald J. Trump met George H.W. Bush.", []string{"Donald J. Trump met George H.W. Bush."}},
		{"He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"U.S. President Joe Biden spoke.", []string{"U.S. President Joe Biden spoke."}},
		{"Officials from the U.S. Treasury came.", []string{"Officials from the U.S. Treasury came."}},
		{"Biden Meets Xi in Woodside\nThe two leaders met.", []string{"Biden Meets Xi in Woodside", "The two leaders met."}},
		{"PARIS — President-elect Donald Trump arrived. He met Macron.", []string{"PARIS — President-elect Donald Trump arrived.", "He met Macron."}},
		{"JEDDAH, Saudi Arabia — Biden met the crown prince.", []string{"JEDDAH, Saudi Arabia — Biden met the crown prince."}},
		{"first paragraph\n\nsecond paragraph", []string{"first paragraph", "second paragraph"}},
		{"a line that was\nhard wrapped here.", []string{"a line that was\nhard wrapped here."}},
		{"“We will win,” he said. “Never.” Then he left.", []string{"“We will win,” he said.", "“Never.”", "Then he left."}},
		{"Really?! Yes.", []string{"Really?!", "Yes."}},
		{"It grew 3.5 percent... Then it fell.", []string{"It grew 3.5 percent...", "Then it fell."}},
		{"He waited... and waited.", []string{"He waited... and waited."}},
		{"He lives at No. 10 Downing St. with staff.", []string{"He lives at No. 10 Downing St. with staff."}},
		{"ST. PETERSBURG, Russia — Putin met Erdogan. They talked.", []string{"ST. PETERSBURG, Russia — Putin met Erdogan.", "They talked."}},
		{"FT. WORTH, Texas — Rain fell.", []string{"FT. WORTH, Texas — Rain fell."}},
		{"Shares of Acme Inc. rose. The firm gained.", []string{"Shares of Acme Inc. rose.", "The firm gained."}},
		{"Acme Inc. The firm gained.", []string{"Acme Inc.", "The firm gained."}},
		{"He moved to Sacramento, Calif. The city grew.", []string{"He moved to Sacramento, Calif.", "The city grew."}},
		{"(He left.) She stayed.", []string{"(He left.)", "She stayed."}},
		{"", nil},
		{"  \n\n ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.in) {
			got = append(got, s.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOffsets checks that every offset is in code points and every text is the exact
// substring of the body it claims to be.
func TestOffsets(t *testing.T) {
	bodies := []string{
		"Zelenskyy met Rutte in Brussels. “Europe needs unity,” said Ukraine’s president.\n\nNext — Paris…",
		"Überraschung in Köln: Merz trifft Macron. 東京 visit.",
		"bad \xff byte. Next",
	}
	for _, body := range bodies {
		runes := []rune(body)
		for _, s := range Split(body) {
			if got := string(runes[s.Start:s.End]); got != s.Text && utf8.ValidString(body) {
				t.Errorf("sentence [%d,%d) = %q, Text %q", s.Start, s.End, got, s.Text)
			}
			for _, tok := range s.Tokens {
				if tok.End <= tok.Start || tok.Start < s.Start || tok.End > s.End {
					t.Errorf("token %q [%d,%d) outside sentence [%d,%d)", tok.Text, tok.Start, tok.End, s.Start, s.End)
				}
				if got := string(runes[tok.Start:tok.End]); got != tok.Text && utf8.ValidString(body) {
					t.Errorf("token [%d,%d) = %q, Text %q", tok.Start, tok.End, got, tok.Text)
				}
			}
		}
		// Every non-space character is covered by a token.
		covered := 0
		for _, tok := range tokenTexts(Split(body)) {
			covered += utf8.RuneCountInString(tok)
		}
		if want := utf8.RuneCountInString(strings.Join(strings.Fields(body), "")); covered != want && utf8.ValidString(body) {
			t.Errorf("tokens cover %d code points of %q, want %d", covered, body, want)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Split(string(body))
	}
}

// BenchmarkFields is the baseline for BenchmarkSplit: strings.Fields on the same body.
func BenchmarkFields(b *testing.B) {
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		strings.Fields(string(body))
	}
}

func TestSplitCutsRunawaySentences(t *testing.T) {
	body := strings.Repeat("the talks went on and ", 300) // 1,500 tokens, no sentence end
	sents := Split(body)
	if got, want := len(sents), (1500+MaxSentenceTokens-1)/MaxSentenceTokens; got != want {
		t.Fatalf("got %d sentences, want %d", got, want)
	}
	for _, s := range sents {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Errorf("sentence of %d tokens, over MaxSentenceTokens", len(s.Tokens))
		}
	}
}

// TestResetDropsHugeBuffer checks that Reset keeps the memory of an ordinary split and
// drops that of a body with more than maxKeptTokens tokens.
func TestResetDropsHugeBuffer(t *testing.T) {
	var b Buffer
	b.Split("Leaders met in Paris.")
	b.Reset()
	if cap(b.toks) == 0 {
		t.Error("Reset dropped the memory of a short split")
	}
	b.Split(strings.Repeat("a ", maxKeptTokens+1))
	b.Reset()
	if cap(b.toks) != 0 || cap(b.sents) != 0 {
		t.Errorf("Reset kept %d tokens and %d sentences of memory, want none", cap(b.toks), cap(b.sents))
	}
}
