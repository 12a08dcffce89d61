package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
)

// Defaults of the flags every command shares; PARLEY_DB and PARLEY_ADDR override them.
const (
	DefaultDB   = "./parley.db"
	DefaultAddr = ":8080"
)

// Main is the parley program: its output streams and environment, so tests can run it
// in-process.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

const usage = `parley: a graph of who met whom, where and when, read from news articles.

Usage:
  parley                      serve the store (loads the bundled samples into an empty one)
  parley load PATH...         read articles (.md, .txt, .jsonl; folders recursively) into the store
  parley extract --json PATH  print what is extracted from each article as JSON Lines
  parley serve                serve GraphQL at /graphql and the viewer at /
  parley train ner            train the named-entity tagger on CoNLL-2003 data
  parley gen --quads N        generate a synthetic store of about N quads
  parley bench extract PATH   measure extraction speed (MB/s of article text, one core)
  parley bench serve          measure GraphQL latency over loopback HTTP on a generated store
  parley help                 show this text

Every command takes --db PATH (env PARLEY_DB, default ./parley.db); run "parley CMD -h"
for a command's flags.
`

// Run runs the command named by args[0]; no arguments means "serve with samples".
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return m.serve(ctx, nil, true)
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "load":
		err = m.load(ctx, rest)
	case "extract":
		err = m.extract(ctx, rest)
	case "serve":
		err = m.serve(ctx, rest, false)
	case "train":
		err = m.train(ctx, rest)
	case "bench":
		err = m.bench(ctx, rest)
	case "gen":
		err = m.gen(ctx, rest)
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	default:
		if strings.HasPrefix(cmd, "-") { // flags only: serve with samples
			return m.serve(ctx, args, true)
		}
		return fmt.Errorf("unknown command %q (run \"parley help\")", cmd)
	}
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

// env returns the environment variable name, or def if it is unset or empty.
func (m *Main) env(name, def string) string {
	if v := m.Getenv(name); v != "" {
		return v
	}
	return def
}

// flags returns a flag set for the command with the shared --db and --backend flags.
func (m *Main) flags(name string) (*flag.FlagSet, *graph.Config) {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	cfg := &graph.Config{}
	fs.StringVar(&cfg.Path, "db", m.env("PARLEY_DB", DefaultDB), "store path (env PARLEY_DB)")
	fs.StringVar(&cfg.Backend, "backend", m.env("PARLEY_BACKEND", "bolt"), "store backend: bolt, memstore, or postgres with --db a connection string (env PARLEY_BACKEND)")
	return fs, cfg
}

// open opens the store named by cfg.
func (m *Main) open(cfg *graph.Config) (parley.Store, error) {
	c := *cfg
	if c.Backend == graph.Memstore {
		c.Path = "" // --db names a file; memstore keeps nothing
	}
	s, err := graph.Open(c)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}
