package synth_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/synth"
)

func TestZZMeasure(t *testing.T) {
	n, _ := strconv.ParseInt(os.Getenv("ZZQUADS"), 10, 64)
	if n == 0 {
		t.Skip()
	}
	dir := os.Getenv("ZZDIR")
	bsz, _ := strconv.Atoi(os.Getenv("ZZBATCH"))
	s, err := graph.Open(graph.Config{Path: dir, NoIndex: true})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got, err := synth.Load(context.Background(), s, synth.New(1, n), n, bsz, func(w int64) {})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d quads in %v: %.0f/s", got, time.Since(start), float64(got)/time.Since(start).Seconds())
	s.Close()
	start = time.Now()
	s, err = graph.Open(graph.Config{Path: dir})
	t.Logf("open with index: %v", time.Since(start))
	s.Close()
}
