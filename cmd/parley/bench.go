package main

import (
	"context"
	"fmt"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// MinBenchDuration is how long `parley bench extract` repeats the articles at least, so
// small inputs are timed over many passes.
const MinBenchDuration = 2 * time.Second

// bench measures a part of Parley: "extract" measures extraction speed over the articles
// named by the arguments, on one core, ending with one line
// "mb_per_s=<x> articles_per_s=<y> articles=<n>"; "serve" is benchServe.
func (m *Main) bench(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "serve" {
		return m.benchServe(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "extract" {
		return fmt.Errorf("bench: want \"parley bench extract PATH...\" or \"parley bench serve\"")
	}
	fs, _ := m.flags("bench extract")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("bench extract: no PATH given")
	}
	files, err := loaders.ReadPaths(fs.Args())
	if err != nil {
		return fmt.Errorf("bench extract: %w", err)
	}
	var arts []*parley.Article
	size := 0
	for _, f := range files {
		if f.Err != nil {
			return fmt.Errorf("bench extract: %w", f.Err)
		}
		for _, a := range f.Articles {
			arts = append(arts, a)
			size += len(a.Body)
		}
	}
	if len(arts) == 0 {
		return fmt.Errorf("bench extract: no articles in %v", fs.Args())
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		return fmt.Errorf("bench extract: %w", err)
	}
	start, passes := time.Now(), 0
	var first float64 // seconds of the first pass, whose caches are cold
	for passes == 0 || time.Since(start) < MinBenchDuration {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, a := range arts {
			p.Extract(a)
		}
		if passes++; passes == 1 {
			first = time.Since(start).Seconds()
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(m.Stdout, "%d articles, %d bytes, %d passes in %.2fs\n", len(arts), size, passes, secs)
	fmt.Fprintf(m.Stdout, "first pass (cold caches, as on unseen text): %.2f MB/s\n", float64(size)/first/1e6)
	fmt.Fprintf(m.Stdout, "mb_per_s=%.2f articles_per_s=%.1f articles=%d\n",
		float64(size*passes)/secs/1e6, float64(len(arts)*passes)/secs, len(arts))
	return nil
}
