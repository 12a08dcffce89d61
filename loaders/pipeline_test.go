package loaders_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// sampleArticles reads the bundled sample articles.
func sampleArticles(tb testing.TB) ([]*parley.Article, int) {
	tb.Helper()
	return readArticles(tb, filepath.Join("..", "data", "samples"))
}

// heldoutArticles reads the bundled sample articles and the annotated articles of every
// held-out set (testdata/heldout*): text far more varied than the samples alone.
func heldoutArticles(tb testing.TB) ([]*parley.Article, int) {
	tb.Helper()
	dirs, err := filepath.Glob(filepath.Join("testdata", "heldout*"))
	if err != nil || len(dirs) == 0 {
		tb.Fatalf("no held-out sets in testdata (%v)", err)
	}
	return readArticles(tb, append([]string{filepath.Join("..", "data", "samples")}, dirs...)...)
}

// readArticles reads the articles under paths, except the folders' README files, and
// returns them with their total size in bytes.
func readArticles(tb testing.TB, paths ...string) ([]*parley.Article, int) {
	tb.Helper()
	files, err := loaders.ReadPaths(paths)
	if err != nil {
		tb.Fatal(err)
	}
	var arts []*parley.Article
	size := 0
	for _, f := range files {
		if f.Err != nil {
			tb.Fatal(f.Err)
		}
		if filepath.Base(f.Path) == "README.md" {
			continue
		}
		for _, a := range f.Articles {
			arts = append(arts, a)
			size += len(a.Body)
		}
	}
	return arts, size
}

// BenchmarkExtract measures the whole extractor in MB/s of article text on one core,
// over the 20 bundled samples again and again. Read it beside BenchmarkNaiveBaseline.
func BenchmarkExtract(b *testing.B) {
	arts, size := sampleArticles(b)
	benchmarkExtract(b, arts, size)
}

// BenchmarkExtractHeldout measures the extractor as BenchmarkExtract does, over the
// samples and every held-out set: about four times as much, more varied text, so that
// the tagger's weight rows, the gazetteer and the other per-word tables are read over a
// larger working set, as on unseen text. Read it beside BenchmarkNaiveBaselineHeldout.
func BenchmarkExtractHeldout(b *testing.B) {
	arts, size := heldoutArticles(b)
	benchmarkExtract(b, arts, size)
}

// benchmarkExtract extracts arts, of size bytes in all, with one Pipeline.
func benchmarkExtract(b *testing.B, arts []*parley.Article, size int) {
	p, err := loaders.NewPipeline()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			p.Extract(a)
		}
	}
}

// BenchmarkNaiveBaseline is the yardstick BenchmarkExtract is read against: one pass
// that splits the text into words and collects capitalised runs as "names".
func BenchmarkNaiveBaseline(b *testing.B) {
	arts, size := sampleArticles(b)
	benchmarkNaive(b, arts, size)
}

// BenchmarkNaiveBaselineHeldout is the yardstick of BenchmarkExtractHeldout: the naive
// pass of BenchmarkNaiveBaseline over the same articles.
func BenchmarkNaiveBaselineHeldout(b *testing.B) {
	arts, size := heldoutArticles(b)
	benchmarkNaive(b, arts, size)
}

// benchmarkNaive runs the naive pass over arts, of size bytes in all.
func benchmarkNaive(b *testing.B, arts []*parley.Article, size int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			var names []string
			run := []string{}
			for _, w := range strings.Fields(a.Body) {
				if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
					run = append(run, w)
					continue
				}
				if len(run) > 0 {
					names = append(names, strings.Join(run, " "))
					run = run[:0]
				}
			}
			_ = names
		}
	}
}

func TestExtractSeed(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "brussels.md"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := loaders.ParseArticle("brussels", data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		t.Fatal(err)
	}
	x := p.Extract(a)
	var got *parley.Event
	for i, ev := range x.Events {
		if ev.Type == parley.Meeting && contains(ev.Participants, "person/mark-rutte") {
			got = &x.Events[i]
		}
	}
	if got == nil {
		t.Fatalf("no meeting with Rutte in %+v", x.Events)
	}
	if got.Date.Start != "2024-12-16" || got.Date.End != "2024-12-19" || got.Date.Value != "2024-W51" {
		t.Errorf("date = %+v, want 2024-W51 [2024-12-16, 2024-12-19]", got.Date)
	}
	if got.Location != "place/brussels" {
		t.Errorf("location = %q, want place/brussels", got.Location)
	}
	for _, id := range []string{"person/emmanuel-macron", "person/keir-starmer"} {
		if contains(got.Participants, id) {
			t.Errorf("participants hold %s, who was absent", id)
		}
		if !contains(got.Absent, id) {
			t.Errorf("absent = %v, want it to hold %s", got.Absent, id)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
