package events_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// BenchmarkPipeline measures the whole extractor (split, tag, resolve, dates, events) on
// the project's sample articles; its MB/s is the figure to keep at 5 or more.
func BenchmarkPipeline(b *testing.B) {
	files, err := filepath.Glob("../../data/samples/*.md")
	if err != nil || len(files) == 0 {
		b.Skip("no sample articles")
	}
	var arts []*parley.Article
	size := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		arts = append(arts, &parley.Article{ID: f, Published: "2024-01-01", Body: string(body)})
		size += len(body)
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		b.Fatalf("new pipeline: %v", err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			p.Extract(a)
		}
	}
}
