package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/graphtest"
	"github.com/parleyhq/parley/graph/synth"
)

// TestMemstoreNoIndex runs the suite with every read going to Cayley.
func TestMemstoreNoIndex(t *testing.T) {
	graphtest.Test(t, open(graph.Config{Backend: graph.Memstore, NoIndex: true}, nil))
}

// TestIndexMatchesGraph writes generated batches to an indexed store and to one without
// index and checks after each batch, and after reopening the bolt store (which rebuilds
// the index from the file), that both answer the same.
func TestIndexMatchesGraph(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	indexed, err := graph.Open(graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	naive, err := graph.Open(graph.Config{Backend: graph.Memstore, NoIndex: true})
	if err != nil {
		t.Fatal(err)
	}
	defer naive.Close()
	gen := synth.New(5, 20_000)
	for batch := range 4 {
		xs := []*parley.Extraction{gen.Next(), gen.Next(), gen.Next(), gen.Next(), gen.Next()}
		for _, s := range []parley.Store{indexed, naive} {
			if _, err := s.Write(ctx, xs); err != nil {
				t.Fatal(err)
			}
		}
		compareStores(t, batch, indexed, naive)
	}
	if err := indexed.Close(); err != nil {
		t.Fatal(err)
	}
	reopened, err := graph.Open(graph.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	compareStores(t, -1, reopened, naive)
}

// compareStores fails t unless a and b answer a set of queries alike.
func compareStores(t *testing.T, batch int, a, b parley.Store) {
	t.Helper()
	ctx := context.Background()
	people, pairs, err := synth.Sample(ctx, b, 1)
	if err != nil {
		t.Fatal(err)
	}
	same := func(what string, f func(s parley.Store) (any, error)) {
		t.Helper()
		x, errA := f(a)
		y, errB := f(b)
		if errA != nil || errB != nil || normalize(t, x) != normalize(t, y) {
			t.Errorf("batch %d: %s differs:\n indexed %+v (%v)\n   naive %+v (%v)", batch, what, x, errA, y, errB)
		}
	}
	same("stats", func(s parley.Store) (any, error) { return s.Stats(ctx) })
	same("timeline", func(s parley.Store) (any, error) { return s.Events(ctx, parley.EventFilter{First: parley.MaxPage}) })
	for i, p := range people[:min(len(people), 10)] {
		same("events of "+p, func(s parley.Store) (any, error) {
			return s.Events(ctx, parley.EventFilter{Entities: []string{p}, From: "2005-01-01"})
		})
		same("contacts of "+p, func(s parley.Store) (any, error) { return s.Contacts(ctx, p, "", "", parley.MaxPage) })
		same("articles of "+p, func(s parley.Store) (any, error) { return s.ListArticles(ctx, parley.ArticleFilter{Entity: p}) })
		q := people[(i*7+3)%len(people)]
		same("path "+p+" "+q, func(s parley.Store) (any, error) { return s.Path(ctx, p, q, parley.MaxHops) })
	}
	// Pairs that met several times, so that their meetings take several pages.
	pairs = pairs[:min(len(pairs), 5)]
	for _, p := range people[:min(len(people), 5)] {
		cs, err := b.Contacts(ctx, p, "", "", 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			pairs = append(pairs, [2]string{p, c.Entity})
		}
	}
	for _, pr := range pairs {
		same("meetings", func(s parley.Store) (any, error) {
			return s.Events(ctx, parley.EventFilter{Entities: pr[:], Contacts: true})
		})
		same("meetings in pages", func(s parley.Store) (any, error) {
			return allPages(ctx, s, parley.EventFilter{Entities: pr[:], Contacts: true, First: 1})
		})
		same("events in pages", func(s parley.Store) (any, error) {
			return allPages(ctx, s, parley.EventFilter{Entities: pr[:1], First: 3})
		})
	}
	same("articles", func(s parley.Store) (any, error) { return s.ListArticles(ctx, parley.ArticleFilter{To: "2020-01-01"}) })
	for _, text := range []string{"ka", "Anatoly", "Norlan", "president"} {
		same("search "+text, func(s parley.Store) (any, error) { return s.Search(ctx, text, nil, parley.MaxPage) })
	}
}

// allPages returns every page of the events f selects, following the cursors.
func allPages(ctx context.Context, s parley.Store, f parley.EventFilter) ([]*parley.EventPage, error) {
	var pages []*parley.EventPage
	for range maxTestPages {
		page, err := s.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		pages = append(pages, page)
		if !page.HasNext {
			return pages, nil
		}
		f.After = page.Cursors[len(page.Cursors)-1]
	}
	return nil, errors.New("paging does not end")
}

// maxTestPages bounds allPages.
const maxTestPages = 1000

// normalize returns v as JSON with empty and nil lists alike.
func normalize(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(b), "null", "[]")
}

// TestIndexPairPages checks the contacts of people who met many others many times, and
// the pages of their meetings, read off the index's contact lists, against Cayley's
// answers.
func TestIndexPairPages(t *testing.T) {
	ctx := context.Background()
	indexed, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer indexed.Close()
	naive, err := graph.Open(graph.Config{Backend: graph.Memstore, NoIndex: true})
	if err != nil {
		t.Fatal(err)
	}
	defer naive.Close()
	gen := synth.New(7, 100_000)
	var xs []*parley.Extraction
	for range pairPagesArticles {
		xs = append(xs, gen.Next())
	}
	for _, s := range []parley.Store{indexed, naive} {
		if _, err := s.Write(ctx, xs); err != nil {
			t.Fatal(err)
		}
	}
	people, _, err := synth.Sample(ctx, naive, 1)
	if err != nil {
		t.Fatal(err)
	}
	most := 0
	for _, p := range people[:min(len(people), 20)] {
		for _, w := range [][2]string{{"", ""}, {"2012-01-01", "2019-12-31"}} {
			x, errA := indexed.Contacts(ctx, p, w[0], w[1], parley.MaxPage)
			y, errB := naive.Contacts(ctx, p, w[0], w[1], parley.MaxPage)
			if errA != nil || errB != nil || normalize(t, x) != normalize(t, y) {
				t.Fatalf("contacts of %s in %v differ:\n indexed %+v (%v)\n   naive %+v (%v)", p, w, x, errA, y, errB)
			}
		}
		cs, err := naive.Contacts(ctx, p, "", "", 2)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			most = max(most, c.Count)
			for _, first := range []int{1, 3} {
				f := parley.EventFilter{Entities: []string{c.Entity, p}, Contacts: true, First: first}
				x, errA := allPages(ctx, indexed, f)
				y, errB := allPages(ctx, naive, f)
				if errA != nil || errB != nil || normalize(t, x) != normalize(t, y) {
					t.Fatalf("meetings of %s and %s in pages of %d differ:\n indexed %+v (%v)\n   naive %+v (%v)", p, c.Entity, first, x, errA, y, errB)
				}
			}
		}
	}
	if most < 4 {
		t.Fatalf("the pairs met at most %d times: too few to page", most)
	}
}

// pairPagesArticles is how many generated articles TestIndexPairPages loads.
const pairPagesArticles = 300

// TestIndexReadsDuringWrites reads the index from several goroutines while a writer
// adds articles, and checks each answer is whole: pages no longer than asked, contacts
// in order. Run with -race it also checks the index's locking.
func TestIndexReadsDuringWrites(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	gen := synth.New(11, 50_000)
	if _, err := s.Write(ctx, []*parley.Extraction{gen.Next(), gen.Next(), gen.Next()}); err != nil {
		t.Fatal(err)
	}
	people, pairs, err := synth.Sample(ctx, s, 1)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	errs := make(chan error, concurrentReaders+1)
	go func() {
		defer close(done)
		for range concurrentBatches {
			if _, err := s.Write(ctx, []*parley.Extraction{gen.Next(), gen.Next()}); err != nil {
				errs <- err
				return
			}
		}
	}()
	for r := range concurrentReaders {
		go func() {
			errs <- readUntil(ctx, s, done, people[r%len(people)], pairs[r%len(pairs)])
		}()
	}
	for range concurrentReaders {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// Sizes of TestIndexReadsDuringWrites.
const concurrentReaders, concurrentBatches = 4, 40

// readUntil reads the events, meetings and contacts of p and pair until done is closed,
// and returns an error for the first answer that is not whole.
func readUntil(ctx context.Context, s parley.Store, done <-chan struct{}, p string, pair [2]string) error {
	for {
		select {
		case <-done:
			return nil
		default:
		}
		for _, f := range []parley.EventFilter{{Entities: []string{p}, First: 5}, {Entities: pair[:], Contacts: true, First: 2}} {
			page, err := s.Events(ctx, f)
			if err != nil {
				return err
			}
			if len(page.Events) > f.First || len(page.Events) > page.TotalCount || len(page.Cursors) != len(page.Events) {
				return fmt.Errorf("events %v: %d events, %d cursors, total %d", f.Entities, len(page.Events), len(page.Cursors), page.TotalCount)
			}
		}
		cs, err := s.Contacts(ctx, p, "", "", 10)
		if err != nil {
			return err
		}
		for i, c := range cs {
			if c.Count != len(c.Events) || i > 0 && c.Count > cs[i-1].Count {
				return fmt.Errorf("contacts of %s out of order or miscounted: %+v", p, cs)
			}
		}
	}
}
