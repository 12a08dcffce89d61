package loaders

import (
	"fmt"
	"slices"
	"sync"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
	"github.com/parleyhq/parley/loaders/events"
	"github.com/parleyhq/parley/loaders/gazetteer"
	"github.com/parleyhq/parley/loaders/ner"
	"github.com/parleyhq/parley/loaders/text"
	"github.com/parleyhq/parley/loaders/timex"
)

// Pipeline turns articles into extractions: sentences and tokens, names (gazetteer and
// tagger), entities, dates, events. It is safe for concurrent use.
type Pipeline struct {
	gaz    *gazetteer.Gazetteer
	tagger *ner.Model
	coref  *coref.Resolver
	timex  *timex.Tagger
	// texts holds *text.Buffer, the memory of an article's sentences and tokens, which
	// Extract reuses from one article to the next.
	texts sync.Pool
}

// NewPipeline returns a Pipeline with the gazetteer and tagger weights embedded in the
// binary, or an error if they cannot be read.
func NewPipeline() (*Pipeline, error) {
	gaz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	tagger, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	return &Pipeline{gaz: gaz, tagger: tagger, coref: coref.New(gaz), timex: timex.NewTagger()}, nil
}

// Extract returns what the article says: its entities, their mentions, the events
// between them and its dates. It never fails; an article with nothing found yields an
// empty extraction.
func (p *Pipeline) Extract(a *parley.Article) *parley.Extraction {
	buf, _ := p.texts.Get().(*text.Buffer)
	if buf == nil {
		buf = new(text.Buffer)
	}
	defer func() {
		buf.Reset()
		p.texts.Put(buf)
	}()
	sents := buf.Split(a.Body)
	toks := make([][]text.Token, len(sents))
	for i := range sents {
		toks[i] = sents[i].Tokens
	}
	res := p.coref.Resolve(sents, p.tagger.TagDocument(toks), a.Published)
	tx := p.timex.Tag(a.Body, a.Published)
	evs := events.Extract(&events.Doc{
		Article: a, Sentences: sents, Mentions: res.Mentions, Timexes: tx,
		Entity: res.Entity, CityOf: p.cityOf(res), CountryOf: p.countryOf(res),
	})
	x := &parley.Extraction{Article: *a, Timexes: tx, Events: evs}
	if n := countNamed(res.Mentions); n > 0 {
		x.Mentions = make([]parley.Mention, 0, n)
	}
	used := make(map[string]bool, len(res.Entities))
	for _, m := range res.Mentions {
		if m.Demonym || m.Nominal {
			continue
		}
		x.Mentions = append(x.Mentions, parley.Mention{Text: m.Text, Start: m.Start, End: m.End, Kind: m.Kind, Entity: m.Entity})
		used[m.Entity] = true
	}
	for _, ev := range evs {
		for _, id := range ev.Participants {
			used[id] = true
		}
		for _, id := range ev.Absent {
			used[id] = true
		}
		used[ev.Location] = true
	}
	// Entities events refer to but the article never names (a landmark's city) come
	// from the gazetteer.
	var unnamed []string
	for id := range used {
		if id != "" && res.Entity(id) == nil && p.gaz.ByID(id) != nil {
			unnamed = append(unnamed, id)
		}
	}
	n := len(unnamed)
	for _, e := range res.Entities {
		if used[e.ID] {
			n++
		}
	}
	if n > 0 {
		x.Entities = make([]parley.Entity, 0, n)
	}
	for _, e := range res.Entities {
		if used[e.ID] {
			x.Entities = append(x.Entities, *e)
		}
	}
	slices.Sort(unnamed)
	for _, id := range unnamed {
		g := p.gaz.ByID(id)
		x.Entities = append(x.Entities, parley.Entity{ID: id, Name: g.Name, Kind: g.Kind, Wikidata: g.Wikidata})
	}
	p.coref.Release(res)
	return x
}

// countNamed returns how many of ms name their entity: neither demonyms nor
// descriptions.
func countNamed(ms []coref.Mention) int {
	n := 0
	for _, m := range ms {
		if !m.Demonym && !m.Nominal {
			n++
		}
	}
	return n
}

// cityOf returns a function giving the city a known landmark lies in.
func (p *Pipeline) cityOf(res *coref.Result) func(string) string {
	return func(id string) string {
		e := p.gaz.ByID(id)
		if e == nil || e.City == "" {
			return ""
		}
		for _, c := range p.gaz.Lookup(e.City) {
			if c.Kind == parley.Place {
				return c.ID()
			}
		}
		return ""
	}
}

// countryOf returns a function giving the country a known place lies in.
func (p *Pipeline) countryOf(res *coref.Result) func(string) string {
	return func(id string) string {
		e := p.gaz.ByID(id)
		if e == nil || e.Country == "" {
			return ""
		}
		if c := p.gaz.Country(e.Country); c != nil {
			return c.ID()
		}
		return ""
	}
}
