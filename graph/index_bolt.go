package graph

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/boltdb/bolt"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

// boltLogBucket is the bucket of Cayley's kv backend that holds every primitive (node
// values and quads) keyed by its big-endian id.
const boltLogBucket = "log"

// scanBolt builds the index of the bolt graph in dir by reading Cayley's primitive log
// directly, in id order: much faster than iterating quads through Cayley, which looks
// each node value up again for every quad. It must run before Cayley opens the file.
// It returns an error naming the file if the log cannot be read or decoded.
func scanBolt(ctx context.Context, dir string) (*index, error) {
	file := filepath.Join(dir, boltFile)
	db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: boltLockTimeout, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", file, err)
	}
	defer db.Close()
	x := newIndex()
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(boltLogBucket))
		if b == nil {
			return nil // a new graph
		}
		var (
			vals    []quad.Value // by primitive id
			pending []*cproto.Primitive
			batch   = make([]quad.Quad, 0, indexScanBatch)
			p       cproto.Primitive
		)
		resolve := func(p *cproto.Primitive) (quad.Quad, bool) {
			get := func(id uint64) quad.Value {
				if id < uint64(len(vals)) {
					return vals[id]
				}
				return nil
			}
			q := quad.Quad{Subject: get(p.Subject), Predicate: get(p.Predicate), Object: get(p.Object)}
			return q, q.Subject != nil && q.Predicate != nil && q.Object != nil
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			p.Reset()
			if err := proto.Unmarshal(v, &p); err != nil {
				return fmt.Errorf("primitive %x: %w", k, err)
			}
			switch {
			case p.Deleted:
				continue
			case p.IsNode():
				val, err := pquads.UnmarshalValue(p.Value)
				if err != nil {
					return fmt.Errorf("node %d: %w", p.ID, err)
				}
				for uint64(len(vals)) <= p.ID {
					vals = append(vals, nil)
				}
				vals[p.ID] = val
				continue
			}
			q, ok := resolve(&p)
			if !ok {
				pending = append(pending, proto.Clone(&p).(*cproto.Primitive))
				continue
			}
			batch = append(batch, q)
			if len(batch) == cap(batch) {
				x.add(batch)
				batch = batch[:0]
				if err := ctx.Err(); err != nil {
					return err
				}
			}
		}
		for _, p := range pending {
			q, ok := resolve(p)
			if !ok {
				return fmt.Errorf("quad %d names a node the log does not hold", p.ID)
			}
			batch = append(batch, q)
		}
		x.add(batch)
		x.sortTouched()
		x.cacheContacts()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", file, err)
	}
	return x, nil
}
