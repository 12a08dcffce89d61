package synth_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/synth"
)

func TestDeterministic(t *testing.T) {
	a, b, c := synth.New(7, 1e5), synth.New(7, 1e5), synth.New(8, 1e5)
	same, differ := true, false
	for range 50 {
		x, y, z := a.Next(), b.Next(), c.Next()
		same = same && reflect.DeepEqual(x, y)
		differ = differ || !reflect.DeepEqual(x, z)
	}
	if !same || !differ {
		t.Errorf("same seed gives the same data: %v; another seed differs: %v", same, differ)
	}
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const target = 50_000
	n, err := synth.Load(ctx, s, synth.New(1, target), target, 100, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n < target || n > 2*target || st.Quads != n {
		t.Errorf("wrote %d quads for a target of %d; store holds %d", n, target, st.Quads)
	}
	page, err := s.Events(ctx, parley.EventFilter{First: parley.MaxPage})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range page.Events {
		if len(ev.Sources) == 0 || ev.Sources[0].Text == "" {
			t.Fatalf("event %s has no evidence sentence", ev.ID)
		}
	}
	if page.Events[0].Date.Start < "1999-12" || page.Events[len(page.Events)-1].Date.Start > "2027-02" {
		t.Errorf("dates outside 2000-2026: %s .. %s", page.Events[0].Date.Start, page.Events[len(page.Events)-1].Date.Start)
	}

	// Degrees are heavy-tailed: the busiest person has far more events than the median.
	var degrees []int
	people, err := s.Search(ctx, "a", []parley.Kind{parley.Person}, parley.MaxPage)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		page, err := s.Events(ctx, parley.EventFilter{Entities: []string{p.ID}, First: 1})
		if err != nil {
			t.Fatal(err)
		}
		degrees = append(degrees, page.TotalCount)
	}
	slices.Sort(degrees)
	if max, median := degrees[len(degrees)-1], degrees[len(degrees)/2]; max < 10*median {
		t.Errorf("busiest person has %d events, median %d: not heavy-tailed", max, median)
	}
}
