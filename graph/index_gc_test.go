package graph

import (
	"runtime"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley/graph/synth"
)

// gcBenchQuads is the size of the graph BenchmarkIndexGC keeps live.
const gcBenchQuads = 500_000

// BenchmarkIndexGC measures what the read index costs the collector: the time of a
// full collection with an index of gcBenchQuads generated quads live ("index"), against
// the same quads live as Cayley hands them over ([]quad.Quad, "quads", the baseline).
// It reports the milliseconds of each collection and index_vs_quads, their ratio.
func BenchmarkIndexGC(b *testing.B) {
	x := newIndex()
	x.apply(gcBenchGraph())
	x.rlock() // build the timeline and name index too
	x.mu.RUnlock()
	x.cacheContacts()
	var withIndex, withQuads time.Duration
	for range b.N {
		withIndex += timeGC()
	}
	runtime.KeepAlive(x)
	x = nil
	qs := gcBenchGraph()
	for range b.N {
		withQuads += timeGC()
	}
	runtime.KeepAlive(qs)
	n := float64(b.N)
	b.ReportMetric(float64(withIndex)/n/1e6, "index_ms/gc")
	b.ReportMetric(float64(withQuads)/n/1e6, "quads_ms/gc")
	b.ReportMetric(float64(withIndex)/float64(withQuads), "index_vs_quads")
	b.ReportMetric(0, "ns/op")
}

// gcBenchGraph returns the quads of about gcBenchQuads generated quads.
func gcBenchGraph() []quad.Quad {
	gen := synth.New(3, gcBenchQuads)
	var qs []quad.Quad
	for len(qs) < gcBenchQuads {
		set := newQuadSet(0)
		set.addExtraction(gen.Next())
		qs = append(qs, set.quads...)
	}
	return qs
}

// timeGC returns how long a full collection takes, after one that clears garbage.
func timeGC() time.Duration {
	runtime.GC()
	start := time.Now()
	runtime.GC()
	return time.Since(start)
}
