package graph

import (
	"context"
	"fmt"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/writer"

	"github.com/parleyhq/parley"
)

// Shape of the synthetic corpus the write benchmark uses.
const (
	benchArticles           = 200
	benchPeople             = 300 // pool shared by all articles, so entities merge
	benchEntitiesPerArticle = 8
	benchEventsPerArticle   = 4
)

// benchCorpus returns a deterministic synthetic corpus: articles naming people from a
// shared pool, with meetings among them on varying days.
func benchCorpus() []*parley.Extraction {
	xs := make([]*parley.Extraction, benchArticles)
	for i := range xs {
		url := fmt.Sprintf("https://example.org/bench/%d", i)
		a := parley.Article{ID: parley.ArticleID(url, ""), Name: fmt.Sprintf("bench-%d", i), Title: "Talks " + url, Published: "2024-12-19", URL: url}
		x := &parley.Extraction{Article: a}
		for j := range benchEntitiesPerArticle {
			name := fmt.Sprintf("Person %d", (i*7+j*13)%benchPeople)
			x.Entities = append(x.Entities, parley.Entity{
				ID: parley.EntityID(parley.Person, name), Name: name, Kind: parley.Person,
				Aliases: []string{fmt.Sprintf("P%d", (i*7+j*13)%benchPeople)},
				Roles:   []parley.Role{{Title: "Minister"}},
			})
		}
		for k := range benchEventsPerArticle {
			p := []string{x.Entities[k].ID, x.Entities[k+1].ID}
			d := fmt.Sprintf("2024-%02d-%02d", 1+(i+k)%12, 1+(i*3+k)%28)
			date := parley.DateRange{Text: "on " + d, Value: d, Granularity: parley.Day, Start: d, End: d}
			x.Events = append(x.Events, parley.Event{
				ID: parley.EventID(parley.Meeting, parley.Occurred, p, date, ""), Type: parley.Meeting, Status: parley.Occurred,
				Participants: p, Date: date,
				Sources: []parley.Evidence{{Article: a.ID, Start: 100 * k, End: 100*k + 80, Text: "They met."}},
			})
		}
		xs[i] = x
	}
	return xs
}

// BenchmarkWrite compares, in one run and on fresh stores, Store.Write of the whole
// corpus in one call ("parley"), Store.Write per article ("parley-each") and the naive
// baseline: Cayley's writer AddQuadSet per article with duplicates ignored ("naive").
// It reports stored quads per second for each and parley's speedup over naive.
func BenchmarkWrite(b *testing.B) {
	xs := benchCorpus()
	for _, backend := range []string{Memstore, Bolt} {
		b.Run(backend, func(b *testing.B) {
			var naive, one, each time.Duration
			var quads, quadsEach int64
			for range b.N {
				naive += timeWrite(b, backend, func(s *Store) error {
					w, err := writer.NewSingle(s.qs, cgraph.IgnoreOpts{IgnoreDup: true})
					if err != nil {
						return err
					}
					for _, x := range xs {
						set := newQuadSet(quadsPerExtraction)
						set.addExtraction(x)
						if err := w.AddQuadSet(set.quads); err != nil {
							return err
						}
					}
					return nil
				}, nil)
				one += timeWrite(b, backend, func(s *Store) error {
					_, err := s.Write(context.Background(), xs)
					return err
				}, &quads)
				each += timeWrite(b, backend, func(s *Store) error {
					for _, x := range xs {
						if _, err := s.Write(context.Background(), []*parley.Extraction{x}); err != nil {
							return err
						}
					}
					return nil
				}, &quadsEach)
			}
			if quads != quadsEach {
				b.Fatalf("one Write stored %d quads, Write per article %d", quads, quadsEach)
			}
			n := float64(quads) * float64(b.N)
			b.ReportMetric(n/naive.Seconds(), "naive-quads/s")
			b.ReportMetric(n/one.Seconds(), "parley-quads/s")
			b.ReportMetric(n/each.Seconds(), "parley-each-quads/s")
			b.ReportMetric(naive.Seconds()/one.Seconds(), "speedup")
		})
	}
}

// timeWrite opens a fresh store, times write on it and, if quads is not nil, stores
// how many quads the store then holds in it.
func timeWrite(b *testing.B, backend string, write func(*Store) error, quads *int64) time.Duration {
	took, n := timeWriteOn(b, func(b *testing.B) Config {
		cfg := Config{Backend: backend}
		if backend == Bolt {
			cfg.Path = b.TempDir()
		}
		return cfg
	}, write)
	if quads != nil {
		*quads = n
	}
	return took
}
