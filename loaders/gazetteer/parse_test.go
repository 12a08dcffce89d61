package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// validFS returns the valid fixture tables with table replaced by the bad fixture file.
func validFS(t *testing.T, table, bad string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for file := range columns {
		b, err := os.ReadFile(filepath.Join("testdata", "valid", file))
		if err != nil {
			t.Fatal(err)
		}
		fsys[file] = &fstest.MapFile{Data: b}
	}
	if bad != "" {
		b, err := os.ReadFile(filepath.Join("testdata", "bad", bad))
		if err != nil {
			t.Fatal(err)
		}
		fsys[table] = &fstest.MapFile{Data: b}
	}
	return fsys
}

func TestParseValid(t *testing.T) {
	g, err := Parse(validFS(t, "", ""))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(g.Entries), 2+1+3+3; got != want {
		t.Errorf("entries: got %d, want %d", got, want)
	}
	if got := g.HolderOf("Secretary of State", "USA", "2023-06-01"); len(got) != 1 || got[0].Name != "Antony Blinken" {
		t.Errorf("HolderOf: got %v", got)
	}
	// A year-only from covers the whole year.
	if got := g.HolderOf("Secretary-General", "United Nations", "2017-01-01"); len(got) != 1 {
		t.Errorf("HolderOf year-only from: got %v", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		table, bad string
		want       string // the error names file, line and column
	}{
		{peopleFile, "people-bad-date.tsv", "people.tsv line 3 column from"},
		{peopleFile, "people-unknown-of.tsv", "people.tsv line 3 column of"},
		{peopleFile, "people-to-before-from.tsv", "people.tsv line 2 column to"},
		{countriesFile, "countries-bad-iso3.tsv", "countries.tsv line 3 column iso3"},
		{countriesFile, "countries-short-row.tsv", "countries.tsv line 2: 6 fields, want 7"},
		{placesFile, "places-bad-header.tsv", "places.tsv line 1: header"},
		{placesFile, "places-landmark-no-city.tsv", "places.tsv line 3 column city"},
		{organizationsFile, "organizations-bad-qid.tsv", "organizations.tsv line 2 column wikidata"},
	}
	for _, tt := range tests {
		t.Run(tt.bad, func(t *testing.T) {
			_, err := Parse(validFS(t, tt.table, tt.bad))
			if err == nil {
				t.Fatalf("got no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseMissingFile(t *testing.T) {
	fsys := validFS(t, "", "")
	delete(fsys, titlesFile)
	_, err := Parse(fsys)
	if err == nil || !strings.Contains(err.Error(), titlesFile) {
		t.Errorf("got %v, want an error naming %s", err, titlesFile)
	}
}

func TestDateBounds(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2024-12-07", "2024-12-07", "2024-12-07"},
	}
	for _, tt := range tests {
		first, last, err := dateBounds(tt.in)
		if err != nil || first != tt.first || last != tt.last {
			t.Errorf("dateBounds(%q) = %q, %q, %v; want %q, %q", tt.in, first, last, err, tt.first, tt.last)
		}
	}
	for _, bad := range []string{"", "24", "2024-13", "2024-02-30", "2024/01/01", "abcd"} {
		if _, _, err := dateBounds(bad); err == nil {
			t.Errorf("dateBounds(%q): got no error", bad)
		}
	}
}
