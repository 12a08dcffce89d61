package gazetteer

import (
	"os"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
)

// TestAppendFold checks the ASCII fast path of appendFold against parley.Fold.
func TestAppendFold(t *testing.T) {
	tests := []string{
		"", " ", "Foreign Minister", "foreign  minister", "U.S.", "Xi's", "  Prime--Minister ",
		"Chargé d'Affaires", "Secretary-General", "a.m.", "'s", ". .", "AT&T", "Zürich’s mayor",
		"Vice President", "vice-president", "No. 10", "1,000", "tab\there",
	}
	body, err := os.ReadFile("../text/testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(string(body))
	tests = append(tests, fields...)
	for i := 0; i+3 <= len(fields); i++ {
		tests = append(tests, strings.Join(fields[i:i+3], " "))
	}
	for _, s := range tests {
		if got, want := string(appendFold(nil, s)), parley.Fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
		}
	}
}
