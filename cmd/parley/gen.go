package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parleyhq/parley/graph/synth"
)

// gen writes a synthetic store of about --quads quads to --db (see package synth):
// deterministic for a --seed, written through Store.Write so the store is valid. It
// prints progress to stderr and, last, one line "quads=<n> seconds=<s> quads_per_s=<r>".
func (m *Main) gen(ctx context.Context, args []string) error {
	fs, cfg := m.flags("gen")
	quads := fs.Int64("quads", 1_000_000, "stop after about this many quads")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same data")
	batch := fs.Int("batch", synth.DefaultBatch, "articles per write transaction")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("gen: unexpected arguments %v", fs.Args())
	}
	if *quads <= 0 {
		return fmt.Errorf("gen: --quads %d must be positive", *quads)
	}
	c := *cfg
	c.NoIndex = true // the generator only writes; the index would cost memory and time
	store, err := m.open(&c)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer store.Close()
	start, last := time.Now(), time.Now()
	n, err := synth.Load(ctx, store, synth.New(*seed, *quads), *quads, *batch, func(written int64) {
		if time.Since(last) >= genProgressEvery {
			last = time.Now()
			fmt.Fprintf(m.Stderr, "gen: %d quads, %.0f quads/s\n", written, float64(written)/time.Since(start).Seconds())
		}
	})
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(m.Stdout, "quads=%d seconds=%.1f quads_per_s=%.0f\n", n, secs, float64(n)/secs)
	return nil
}

// genProgressEvery is how often gen reports progress.
const genProgressEvery = 5 * time.Second
