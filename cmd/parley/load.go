package main

import (
	"context"
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// load reads the articles named by args into the store, one transaction per file, and
// prints one line of counts per file. A file that cannot be read or written is reported
// and skipped; the command fails at the end if any was.
func (m *Main) load(ctx context.Context, args []string) error {
	fs, cfg := m.flags("load")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("load: no PATH given")
	}
	files, err := loaders.ReadPaths(fs.Args())
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	store, err := m.open(cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, failed, loaded := loadSummary{}, 0, 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := loadFile(ctx, store, p, f)
		if err != nil {
			fmt.Fprintf(m.Stderr, "parley: load: %v\n", err)
			failed++
			if s.articles == 0 {
				continue
			}
		}
		fmt.Fprintf(m.Stdout, "%s: %s\n", f.Path, s)
		sum.add(s)
		loaded++
	}
	fmt.Fprintf(m.Stdout, "total: %d files, %s\n", loaded, sum)
	if failed > 0 {
		return fmt.Errorf("load: %d of %d files failed", failed, len(files))
	}
	return nil
}

type loadSummary struct{ articles, entities, events, quads int }

func (s *loadSummary) add(o loadSummary) {
	s.articles += o.articles
	s.entities += o.entities
	s.events += o.events
	s.quads += o.quads
}

func (s loadSummary) String() string {
	return fmt.Sprintf("%d articles, %d entities, %d events, %d new quads", s.articles, s.entities, s.events, s.quads)
}

// loadFile extracts and writes the articles of one file in one transaction. Records read
// before a bad JSON Lines record are still written; the error says which line failed.
func loadFile(ctx context.Context, store parley.Store, p *loaders.Pipeline, f loaders.File) (loadSummary, error) {
	var s loadSummary
	xs := make([]*parley.Extraction, 0, len(f.Articles))
	for _, a := range f.Articles {
		x := p.Extract(a)
		xs = append(xs, x)
		s.articles++
		s.entities += len(x.Entities)
		s.events += len(x.Events)
	}
	if len(xs) > 0 {
		n, err := store.Write(ctx, xs)
		if err != nil {
			return loadSummary{}, fmt.Errorf("write %s: %w", f.Path, err)
		}
		s.quads = n
	}
	return s, f.Err
}
