// Package graph stores Parley's knowledge graph in Cayley. It is the only package that
// imports Cayley. A Store implements parley.Store on a bolt file (the default), in memory
// (memstore) or on PostgreSQL (see postgres.go).
package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"  // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers "memstore"

	"github.com/parleyhq/parley"
)

// Backends Open knows.
const (
	Bolt     = "bolt"
	Memstore = "memstore"
	Postgres = "postgres"
)

// boltFile is the file Cayley's bolt backend keeps inside Config.Path.
const boltFile = "indexes.bolt"

// boltLockTimeout bounds how long Open waits for another process to release the bolt
// file before giving up (Cayley's own open would wait forever).
const boltLockTimeout = 2 * time.Second

// Config says which backend holds the graph and where.
type Config struct {
	// Backend is Bolt (the default when empty), Memstore or Postgres.
	Backend string
	// Path is the bolt directory (created if missing) or the SQL connection string.
	// Memstore takes none.
	Path string
	// NoIndex turns off the in-memory read index (see index.go): every read then queries
	// Cayley. Postgres never has one, since other processes may write to the database.
	NoIndex bool
}

// Store is the knowledge graph on a Cayley quad store. It is safe for concurrent use;
// all writes go through one mutex.
type Store struct {
	qs      cgraph.QuadStore
	backend string
	path    string

	writeMu sync.Mutex // serialises Write: read-check-apply must not interleave

	idx *index // the read model; nil for Postgres and with Config.NoIndex
}

var _ parley.Store = (*Store)(nil)

// Open opens the graph described by cfg, creating and initialising it if it does not
// exist yet. It returns an error naming the backend and path if the store cannot be
// opened or initialised.
func Open(cfg Config) (*Store, error) {
	backend := cfg.Backend
	if backend == "" {
		backend = Bolt
	}
	if !cgraph.IsRegistered(backend) {
		shown, _, _ := maskDSN(cfg.Path)
		return nil, fmt.Errorf("open %s graph %q: backend not compiled in (known: %v)", backend, shown, cgraph.QuadStores())
	}
	switch backend {
	case Memstore:
		if cfg.Path != "" {
			return nil, fmt.Errorf("open memstore graph %q: memstore takes no path", cfg.Path)
		}
	case Bolt:
		if err := prepareBolt(cfg.Path); err != nil {
			return nil, err
		}
	default:
		return openSQL(backend, cfg.Path)
	}
	var idx *index
	if backend == Bolt && !cfg.NoIndex {
		var err error
		if idx, err = scanBolt(context.Background(), cfg.Path); err != nil {
			return nil, fmt.Errorf("open bolt graph %q: %w", cfg.Path, err)
		}
	}
	qs, err := cgraph.NewQuadStore(backend, cfg.Path, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s graph %q: %w", backend, cfg.Path, err)
	}
	if backend == Memstore && !cfg.NoIndex {
		idx = newIndex() // a memstore starts empty
	}
	return &Store{qs: qs, backend: backend, path: cfg.Path, idx: idx}, nil
}

// prepareBolt initialises the bolt graph in dir if it holds none yet, and checks that
// no other process holds it open.
func prepareBolt(dir string) error {
	if dir == "" {
		return fmt.Errorf("open bolt graph: empty path")
	}
	file := filepath.Join(dir, boltFile)
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		if err := cgraph.InitQuadStore(Bolt, dir, nil); err != nil {
			return fmt.Errorf("init bolt graph %q: %w", dir, err)
		}
		return nil
	} else if err != nil {
		return fmt.Errorf("open bolt graph %q: %w", dir, err)
	}
	db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: boltLockTimeout, ReadOnly: true})
	if err != nil {
		return fmt.Errorf("open bolt graph %q: %w (is another process using it?)", dir, err)
	}
	return db.Close()
}

// Close releases the quad store.
func (s *Store) Close() error {
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close %s graph %q: %w", s.backend, s.path, err)
	}
	return nil
}

// Stats counts the quads, entities, events and articles in the graph.
func (s *Store) Stats(ctx context.Context) (parley.Stats, error) {
	// Only the quad count is needed, and it is exact either way; exact=true would walk
	// every node. A fresh bolt store has no size key yet: it holds nothing. Cayley's SQL
	// count is estimated or stale (see countQuads).
	var st cgraph.Stats
	var err error
	if s.backend == Postgres {
		st.Quads.Value, err = countQuads(ctx, s.qs)
	} else {
		st, err = s.qs.Stats(ctx, false)
	}
	if errors.Is(err, kv.ErrNoBucket) {
		return parley.Stats{}, nil
	} else if err != nil {
		return parley.Stats{}, fmt.Errorf("graph stats: %w", err)
	}
	out := parley.Stats{Quads: st.Quads.Value}
	if s.idx != nil {
		out.Entities, out.Events, out.Articles = s.idx.stats()
		return out, nil
	}
	for _, k := range parley.Kinds {
		n, err := s.countTyped(ctx, kindClass[k])
		if err != nil {
			return parley.Stats{}, err
		}
		out.Entities += n
	}
	if out.Events, err = s.countTyped(ctx, ClassEvent); err != nil {
		return parley.Stats{}, err
	}
	if out.Articles, err = s.countTyped(ctx, ClassArticle); err != nil {
		return parley.Stats{}, err
	}
	return out, nil
}
