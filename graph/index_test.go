package graph_test

import (
	"testing"

	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/graphtest"
)

// TestMemstoreNoIndex runs the suite with every read going to Cayley.
func TestMemstoreNoIndex(t *testing.T) {
	graphtest.Test(t, open(graph.Config{Backend: graph.Memstore, NoIndex: true}, nil))
}
