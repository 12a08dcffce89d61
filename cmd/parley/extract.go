package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// contractArticle is the article object of the `extract --json` contract: id is the
// article's name (file name or front matter id), not its store key.
type contractArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
}

// contractLine is one line of `extract --json` output.
type contractLine struct {
	Article  contractArticle  `json:"article"`
	Entities []parley.Entity  `json:"entities"`
	Mentions []parley.Mention `json:"mentions"`
	Events   []parley.Event   `json:"events"`
	Timexes  []parley.Timex   `json:"timexes"`
}

func newContractLine(x *parley.Extraction) contractLine {
	a := x.Article
	l := contractLine{
		Article:  contractArticle{ID: a.Name, Title: a.Title, Published: a.Published, URL: a.URL, Source: a.Source},
		Entities: x.Entities, Mentions: x.Mentions, Events: x.Events, Timexes: x.Timexes,
	}
	if l.Entities == nil {
		l.Entities = []parley.Entity{}
	}
	if l.Mentions == nil {
		l.Mentions = []parley.Mention{}
	}
	if l.Events == nil {
		l.Events = []parley.Event{}
	}
	if l.Timexes == nil {
		l.Timexes = []parley.Timex{}
	}
	return l
}

// extract prints the extraction of every article named by args as JSON Lines on stdout
// (the contract in the evaluation kit's README). Unreadable files are reported on stderr
// and make the command fail after the others were printed.
func (m *Main) extract(ctx context.Context, args []string) error {
	fs, _ := m.flags("extract")
	asJSON := fs.Bool("json", false, "print JSON Lines (the only format for now)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*asJSON {
		return fmt.Errorf("extract: --json is required")
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("extract: no PATH given")
	}
	files, err := loaders.ReadPaths(fs.Args())
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	w := bufio.NewWriter(m.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, f := range files {
		if f.Err != nil {
			fmt.Fprintln(m.Stderr, "parley: extract:", f.Err)
			failed++
		}
		for _, a := range f.Articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := enc.Encode(newContractLine(p.Extract(a))); err != nil {
				return fmt.Errorf("extract: write: %w", err)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d files could not be read", failed, len(files))
	}
	return nil
}
