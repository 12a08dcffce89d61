// Package coref finds the entities an article names and resolves every mention to one
// canonical entity: gazetteer names and aliases, statistical tagger spans, title
// patterns ("Foreign Minister Qin Gang"), surnames ("Rutte" → Mark Rutte) and
// definite descriptions ("the crown prince"). It records roles as facts ("French
// President Emmanuel Macron" → President of France).
package coref

import (
	"slices"
	"sync"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/gazetteer"
	"github.com/parleyhq/parley/loaders/ner"
	"github.com/parleyhq/parley/loaders/text"
)

// Span is a name found by the statistical tagger: tokens [Start, End) of a sentence.
type Span = ner.Span

// Mention is one reference to an entity in the article.
type Mention struct {
	Sent       int // sentence index
	Tok0, Tok1 int // token span of the reference, [Tok0, Tok1)
	Ext0       int // first token of the reference with its title and modifiers
	Start, End int // code points of [Tok0, Tok1)
	Text       string
	Kind       parley.Kind
	Entity     string // entity id
	Title      string // normalised title right before the name, if any
	Modifier   bool   // qualifies a following title ("NATO" in "NATO Secretary General Mark Rutte")
	Demonym    bool   // a demonym ("French") standing for its country; never output as a mention
	Nominal    bool   // a description ("the crown prince"); never output as a mention
	Known      bool   // the gazetteer knows the entity
}

// Result is the entities of one article and the mentions that refer to them, in text
// order.
type Result struct {
	Entities []*parley.Entity
	Mentions []Mention
	byID     map[string]*parley.Entity
	slab     []parley.Entity // the first backing store of Entities, kept for Release
}

// Entity returns the entity with the id, or nil.
func (r *Result) Entity(id string) *parley.Entity { return r.byID[id] }

// Resolver resolves the mentions of articles. It is safe for concurrent use.
type Resolver struct {
	gaz *gazetteer.Gazetteer
	// scratch holds *scratch, the memory Resolve reuses from one article to the next.
	scratch sync.Pool
	// results holds released *Result, whose memory Resolve reuses.
	results sync.Pool
}

// New returns a Resolver using the gazetteer.
func New(gaz *gazetteer.Gazetteer) *Resolver {
	return &Resolver{gaz: gaz}
}

// Resolve finds the entities of an article from its sentences and the names a tagger
// found in them (spans[i] for sentence i; nil if there is no tagger). published
// (YYYY-MM-DD, may be empty) picks the office holders a bare surname may refer to.
func (r *Resolver) Resolve(sents []text.Sentence, spans [][]Span, published string) *Result {
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	sc, _ := r.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{short: map[string]string{}, seen: map[string]int{}}
	}
	defer func() {
		sc.release()
		r.scratch.Put(sc)
	}()
	res, _ := r.results.Get().(*Result)
	if res == nil {
		res = &Result{byID: make(map[string]*parley.Entity, n/tokensPerEntity)}
	}
	res.Mentions = slices.Grow(res.Mentions, n/tokensPerMention)
	res.slab = slices.Grow(res.slab, n/tokensPerEntity)
	d := &doc{r: r, published: published, scratch: sc, res: res, slab: res.slab}
	for i := range sents {
		var sp []Span
		if i < len(spans) {
			sp = spans[i]
		}
		d.sentence(i, &sents[i], sp)
	}
	return d.res
}

// Release lets r reuse the memory of res, a result of r.Resolve, for a later article.
// Neither res nor its entities and mentions may be used after; copies of them may.
func (r *Resolver) Release(res *Result) {
	if len(res.Entities) > maxPooledEntities {
		return // let an outsize result go rather than clear its map again and again
	}
	clear(res.Mentions)
	clear(res.Entities)
	clear(res.slab[:cap(res.slab)])
	clear(res.byID)
	res.Mentions, res.Entities, res.slab = res.Mentions[:0], res.Entities[:0], res.slab[:0]
	r.results.Put(res)
}

// maxPooledEntities is the most entities a released Result, or names a scratch map,
// may have for Resolve to reuse their memory.
const maxPooledEntities = 1024

// tokensPerMention and tokensPerEntity are about the fewest tokens news text has per
// mention and per distinct entity; Resolve sizes its buffers from them so they rarely
// grow.
const (
	tokensPerMention = 6
	tokensPerEntity  = 12
)

// doc is the state of one Resolve call.
type doc struct {
	r         *Resolver
	published string
	res       *Result
	nSeen     int             // full-name mentions so far
	slab      []parley.Entity // backing store of new entities; never grown in place
	*scratch
}

// scratch is the memory a doc reuses from one sentence to the next, and Resolve from
// one article to the next.
type scratch struct {
	short  map[string]string // folded short name (surname, given name) -> entity id
	seen   map[string]int    // entity id -> order of its latest full-name mention, from 1
	words  []string
	titled []string // token -> its word as a title would capitalise it, "" until needed
	// capitals holds the sentence's words that start with an ASCII lower-case letter,
	// that letter upper-cased, token k's from capAt[k]; "" until needed.
	capitals string
	capBuf   []byte
	capAt    []int
	titleAt  []gazetteer.TitleMatch
	claimed  []bool
	cands    []candidate
	matches  []gazetteer.Match
	gazSent  gazetteer.Sentence // words, for both gazetteer lookups
}

// release forgets the article's words, so that s keeps no article alive.
func (s *scratch) release() {
	clear(s.words[:cap(s.words)])
	clear(s.titled[:cap(s.titled)])
	s.capitals = ""
	s.gazSent.Reset(nil)
	if len(s.seen) > maxPooledEntities || len(s.short) > maxPooledEntities {
		s.short, s.seen = map[string]string{}, map[string]int{}
	}
	clear(s.short)
	clear(s.seen)
}
