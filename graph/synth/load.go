package synth

import (
	"context"
	"fmt"

	"github.com/parleyhq/parley"
)

// DefaultBatch is how many articles Load writes per Store.Write.
const DefaultBatch = 500

// Load writes the generator's articles to s, batch articles per Write, until s holds
// about quads more quads than before (it stops after the batch that reaches the target),
// and returns how many quads it wrote. progress, if not nil, is called after each batch
// with the running total. It returns the first write error, wrapped.
func Load(ctx context.Context, s parley.Store, g *Generator, quads int64, batch int, progress func(written int64)) (int64, error) {
	if batch <= 0 {
		batch = DefaultBatch
	}
	var written int64
	xs := make([]*parley.Extraction, batch)
	for written < quads {
		for i := range xs {
			xs[i] = g.Next()
		}
		n, err := s.Write(ctx, xs)
		if err != nil {
			return written, fmt.Errorf("write synthetic batch after %d quads: %w", written, err)
		}
		written += int64(n)
		if progress != nil {
			progress(written)
		}
	}
	return written, nil
}
