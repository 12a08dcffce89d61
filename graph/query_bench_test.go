package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/synth"
)

// benchQueryQuads is the size of the generated store the query benchmark reads.
const benchQueryQuads = 200_000

// maxNaiveOps bounds the baseline's iterations, which are slow.
const maxNaiveOps = 500

// BenchmarkQueries times the API's three hot queries — an entity's timeline, the
// meetings of a pair and an entity's contacts — on one generated memstore graph, read
// through the in-memory index ("indexed") and through Cayley path queries ("naive", the
// baseline), in the same run. Subjects are drawn like users would pick them (busy
// leaders more often), the same sequence for both. It reports the speedup of indexed
// over naive.
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	indexed, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		b.Fatal(err)
	}
	defer indexed.Close()
	naive, err := graph.Open(graph.Config{Backend: graph.Memstore, NoIndex: true})
	if err != nil {
		b.Fatal(err)
	}
	defer naive.Close()
	for _, s := range []parley.Store{indexed, naive} {
		if _, err := synth.Load(ctx, s, synth.New(1, benchQueryQuads), benchQueryQuads, 0, nil); err != nil {
			b.Fatal(err)
		}
	}
	people, pairs, err := synth.Sample(ctx, indexed, 1)
	if err != nil {
		b.Fatal(err)
	}
	queries := []struct {
		name string
		run  func(s parley.Store, i int) error
	}{
		{"timeline", func(s parley.Store, i int) error {
			_, err := s.Events(ctx, parley.EventFilter{Entities: []string{people[i%len(people)]}})
			return err
		}},
		{"meetings", func(s parley.Store, i int) error {
			p := pairs[i%len(pairs)]
			_, err := s.Events(ctx, parley.EventFilter{Entities: p[:], Contacts: true})
			return err
		}},
		{"contacts", func(s parley.Store, i int) error {
			_, err := s.Contacts(ctx, people[i%len(people)], "", "", 0)
			return err
		}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			start := time.Now()
			for i := range b.N {
				if err := q.run(indexed, i); err != nil {
					b.Fatal(err)
				}
			}
			perIndexed := time.Since(start).Seconds() / float64(b.N)
			b.StopTimer()
			naiveOps := min(b.N, maxNaiveOps)
			start = time.Now()
			for i := range naiveOps {
				if err := q.run(naive, i); err != nil {
					b.Fatal(err)
				}
			}
			perNaive := time.Since(start).Seconds() / float64(naiveOps)
			b.ReportMetric(perIndexed*1e6, "indexed-µs/op")
			b.ReportMetric(perNaive*1e6, "naive-µs/op")
			b.ReportMetric(perNaive/perIndexed, "speedup")
		})
	}
}
