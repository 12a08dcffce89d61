package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// quadsPerExtraction sizes the batch's maps up front; a typical article gives ~60.
const quadsPerExtraction = 64

// maxWriteAttempts bounds how often Write reads and applies again when another process
// sharing the database (PostgreSQL) stored some of the same quads in between.
const maxWriteAttempts = 3

// Write adds the extractions to the graph in one transaction and returns how many new
// quads it wrote. Quads already stored are skipped, so writing the same extractions
// again writes nothing. Single-valued fields keep the value written first. If any
// extraction is invalid it returns an EINVALID error naming the article and field and
// writes nothing; a store failure is returned wrapped, also with nothing written.
func (s *Store) Write(ctx context.Context, xs []*parley.Extraction) (int, error) {
	for i, x := range xs {
		if err := validate(i, x); err != nil {
			return 0, err
		}
	}
	batch := newQuadSet(len(xs) * quadsPerExtraction)
	for _, x := range xs {
		batch.addExtraction(x)
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}

	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	for attempt := 1; ; attempt++ {
		tx, err := s.newQuads(ctx, batch)
		if err != nil {
			return 0, err
		}
		if len(tx.Deltas) == 0 {
			return 0, nil
		}
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		err = s.qs.ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{})
		if errors.Is(err, cgraph.ErrQuadExists) && attempt < maxWriteAttempts {
			continue // the transaction rolled back; read what the other writer stored
		} else if err != nil {
			return 0, fmt.Errorf("write %d quads: %w", len(tx.Deltas), err)
		}
		if s.idx != nil {
			qs := make([]quad.Quad, len(tx.Deltas))
			for i, d := range tx.Deltas {
				qs[i] = d.Quad
			}
			s.idx.apply(qs)
		}
		return len(tx.Deltas), nil
	}
}

// newQuads returns a transaction adding the quads of batch the store does not hold yet,
// dropping single-valued quads whose subject already has a value. It reads what the
// batch's subjects already hold in one bulk read.
func (s *Store) newQuads(ctx context.Context, batch *quadSet) (*cgraph.Transaction, error) {
	subjects := make([]quad.Value, 0, len(batch.single))
	seen := make(map[quad.Value]bool, len(batch.single))
	for _, q := range batch.quads {
		if !seen[q.Subject] {
			seen[q.Subject] = true
			subjects = append(subjects, q.Subject)
		}
	}
	stored, err := s.outgoing(ctx, subjects)
	if err != nil {
		return nil, fmt.Errorf("read stored quads: %w", err)
	}
	have := make(map[quad.Quad]bool)
	single := make(map[spKey]quad.Value)
	for _, qs := range stored {
		for _, q := range qs {
			have[q] = true
			if p, ok := q.Predicate.(quad.IRI); ok && singleValued[p] {
				single[spKey{q.Subject, p}] = q.Object
			}
		}
	}
	tx := cgraph.NewTransactionN(len(batch.quads))
	for _, q := range batch.quads {
		if have[q] {
			continue
		}
		p := q.Predicate.(quad.IRI)
		if old, ok := single[spKey{q.Subject, p}]; ok {
			if p != PredName || old == q.Object {
				continue
			}
			q.Predicate = PredAlias // a new spelling of a stored name is an alias
			if have[q] {
				continue
			}
		}
		have[q] = true
		tx.AddQuad(q)
	}
	return tx, nil
}
