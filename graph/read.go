package graph

import (
	"context"
	"fmt"
	"reflect"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
)

// The read primitives below fetch in bulk: one iterator over many nodes and one batched
// value lookup, never a store round trip per node or per field.

// refsOf resolves values to store refs in one batch. Values the store does not hold
// are left out.
func (s *Store) refsOf(ctx context.Context, vals []quad.Value) ([]cgraph.Ref, error) {
	if len(vals) == 0 {
		return nil, nil
	}
	var out []cgraph.Ref
	if bn, ok := s.qs.(refs.BatchNamer); ok {
		rs, err := bn.RefsOf(ctx, vals)
		if err != nil {
			return nil, fmt.Errorf("resolve %d nodes: %w", len(vals), err)
		}
		for _, r := range rs {
			if r != nil && !reflect.ValueOf(r.Key()).IsZero() { // a zero key is a missing node
				out = append(out, r)
			}
		}
		return out, nil
	}
	for _, v := range vals {
		r, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, fmt.Errorf("resolve node %v: %w", v, err)
		}
		if r != nil {
			out = append(out, r)
		}
	}
	return out, nil
}

// valuesOf resolves refs to values in one batch, keyed by ref key.
func (s *Store) valuesOf(ctx context.Context, rs []cgraph.Ref) (map[any]quad.Value, error) {
	vals, err := cgraph.ValuesOf(ctx, s.qs, rs)
	if err != nil {
		return nil, fmt.Errorf("read %d values: %w", len(rs), err)
	}
	out := make(map[any]quad.Value, len(rs))
	for i, r := range rs {
		out[r.Key()] = vals[i]
	}
	return out, nil
}

// outgoing returns the quads whose subject is one of subjects, grouped by subject; with
// preds, only quads with one of those predicates. It walks the subject index once per
// subject inside one iterator and resolves all values in one batch.
func (s *Store) outgoing(ctx context.Context, subjects []quad.Value, preds ...quad.IRI) (map[quad.Value][]quad.Quad, error) {
	srefs, err := s.refsOf(ctx, subjects)
	if err != nil || len(srefs) == 0 {
		return nil, err
	}
	var want map[any]bool
	if len(preds) > 0 {
		pvals := make([]quad.Value, len(preds))
		for i, p := range preds {
			pvals[i] = p
		}
		prefs, err := s.refsOf(ctx, pvals)
		if err != nil {
			return nil, err
		}
		if len(prefs) == 0 {
			return nil, nil
		}
		want = make(map[any]bool, len(prefs))
		for _, r := range prefs {
			want[r.Key()] = true
		}
	}
	type triple [3]cgraph.Ref
	var (
		rows   []triple
		unique []cgraph.Ref
		seen   = map[any]bool{}
	)
	it := cgraph.NewLinksTo(s.qs, iterator.NewFixed(srefs...), quad.Subject).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var t triple
		for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
			r, err := s.qs.QuadDirection(it.Result(), d)
			if err != nil {
				return nil, fmt.Errorf("read quad: %w", err)
			}
			if r == nil {
				break
			}
			t[i] = r
			if d == quad.Predicate && want != nil && !want[r.Key()] {
				break
			}
		}
		if t[2] == nil {
			continue
		}
		for _, r := range t {
			if k := r.Key(); !seen[k] {
				seen[k] = true
				unique = append(unique, r)
			}
		}
		rows = append(rows, t)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read quads of %d nodes: %w", len(srefs), err)
	}
	vals, err := s.valuesOf(ctx, unique)
	if err != nil {
		return nil, err
	}
	out := make(map[quad.Value][]quad.Quad, len(srefs))
	for _, t := range rows {
		q := quad.Quad{Subject: vals[t[0].Key()], Predicate: vals[t[1].Key()], Object: vals[t[2].Key()]}
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			continue
		}
		out[q.Subject] = append(out[q.Subject], q)
	}
	return out, nil
}

// subjectsOf returns the subjects of quads <?s pred obj> for any of objs, using the
// object index.
func (s *Store) subjectsOf(ctx context.Context, pred quad.IRI, objs ...quad.Value) ([]quad.Value, error) {
	return s.values(ctx, path.StartPath(s.qs, objs...).In(pred))
}

// values runs p and returns its distinct results, resolved in one batch.
func (s *Store) values(ctx context.Context, p *path.Path) ([]quad.Value, error) {
	rs, err := p.Unique().Iterate(ctx).All()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("query graph: %w", err)
	}
	vals, err := s.valuesOf(ctx, rs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Value, 0, len(rs))
	for _, r := range rs {
		if v := vals[r.Key()]; v != nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// countTyped returns how many nodes have rdf:type class.
func (s *Store) countTyped(ctx context.Context, class quad.IRI) (int, error) {
	n, err := path.StartPath(s.qs, class).In(PredType).Iterate(ctx).Count()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return 0, fmt.Errorf("count %s: %w", class, err)
	}
	return int(n), nil
}

// firstValue returns the object of the first quad in qs with predicate pred, or nil.
func firstValue(qs []quad.Quad, pred quad.IRI) quad.Value {
	for _, q := range qs {
		if q.Predicate == pred {
			return q.Object
		}
	}
	return nil
}
