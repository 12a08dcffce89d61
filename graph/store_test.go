package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/graphtest"
)

// open returns an opener of fresh stores with cfg's backend; mkPath gives each its path.
func open(cfg graph.Config, mkPath func(t *testing.T) string) graphtest.Opener {
	return func(t *testing.T) parley.Store {
		c := cfg
		if mkPath != nil {
			c.Path = mkPath(t)
		}
		s, err := graph.Open(c)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Error(err)
			}
		})
		return s
	}
}

func TestMemstore(t *testing.T) {
	graphtest.Test(t, open(graph.Config{Backend: graph.Memstore}, nil))
}

func TestBolt(t *testing.T) {
	graphtest.Test(t, open(graph.Config{Backend: graph.Bolt}, func(t *testing.T) string { return t.TempDir() }))
}

// TestPostgres runs the suite on the server graph.PostgresEnv names, each test on a
// database of its own.
func TestPostgres(t *testing.T) {
	if os.Getenv(graph.PostgresEnv) == "" {
		t.Skip(graph.PostgresEnv + " is not set")
	}
	graphtest.Test(t, open(graph.Config{Backend: graph.Postgres}, func(t *testing.T) string { return graph.FreshPostgres(t) }))
}

// TestBoltReopen checks that a bolt graph persists and stays idempotent across opens.
func TestBoltReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := graph.Open(graph.Config{Path: dir}) // bolt is the default
	if err != nil {
		t.Fatal(err)
	}
	x := graphtestExtraction(t)
	n, err := s.Write(ctx, []*parley.Extraction{x})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := graph.Open(graph.Config{Path: dir}); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("second open of a held bolt graph: %v, want an error naming %s", err, dir)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = graph.Open(graph.Config{Backend: graph.Bolt, Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	again, err := s.Write(ctx, []*parley.Extraction{x})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again != 0 || st.Quads != int64(n) || st.Events != len(x.Events) {
		t.Errorf("after reopen: rewrite wrote %d, stats %+v; want 0 new of %d quads", again, st, n)
	}
	if _, err := s.Event(ctx, x.Events[0].ID); err != nil {
		t.Error(err)
	}
}

func TestOpenErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		cfg  graph.Config
		want string
	}{
		{graph.Config{Backend: "nosuch", Path: "x"}, `open nosuch graph "x": backend not compiled in`},
		{graph.Config{Backend: graph.Bolt}, "empty path"},
		{graph.Config{Backend: graph.Bolt, Path: file}, file},
		{graph.Config{Backend: graph.Memstore, Path: "x"}, "memstore takes no path"},
	}
	for _, tt := range tests {
		s, err := graph.Open(tt.cfg)
		if err == nil {
			s.Close()
			t.Errorf("Open(%+v): no error", tt.cfg)
		} else if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%+v) = %v, want it to mention %q", tt.cfg, err, tt.want)
		}
	}
}

// graphtestExtraction returns a small valid extraction.
func graphtestExtraction(t *testing.T) *parley.Extraction {
	t.Helper()
	rutte := parley.EntityID(parley.Person, "Mark Rutte")
	zelenskyy := parley.EntityID(parley.Person, "Volodymyr Zelenskyy")
	d := parley.DateRange{Text: "Earlier this week", Value: "2024-W51", Granularity: parley.Week, Start: "2024-12-16", End: "2024-12-19"}
	a := parley.Article{ID: parley.ArticleID("https://example.org/reopen", ""), Name: "reopen", Published: "2024-12-19"}
	return &parley.Extraction{
		Article: a,
		Entities: []parley.Entity{
			{ID: rutte, Name: "Mark Rutte", Kind: parley.Person},
			{ID: zelenskyy, Name: "Volodymyr Zelenskyy", Kind: parley.Person},
		},
		Events: []parley.Event{{
			ID:   parley.EventID(parley.Meeting, parley.Occurred, []string{rutte, zelenskyy}, d, ""),
			Type: parley.Meeting, Status: parley.Occurred, Participants: []string{rutte, zelenskyy}, Date: d,
			Sources: []parley.Evidence{{Article: a.ID, Start: 0, End: 40, Text: "Earlier this week, Zelenskyy met Rutte."}},
		}},
	}
}
