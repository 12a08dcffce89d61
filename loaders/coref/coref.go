// Package coref finds the entities an article names and resolves every mention to one
// canonical entity: gazetteer names and aliases, statistical tagger spans, title
// patterns ("Foreign Minister Qin Gang"), surnames ("Rutte" → Mark Rutte) and
// definite descriptions ("the crown prince"). It records roles as facts ("French
// President Emmanuel Macron" → President of France).
package coref

import (
	"strings"
	"unicode"

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
}

// Entity returns the entity with the id, or nil.
func (r *Result) Entity(id string) *parley.Entity { return r.byID[id] }

// Resolver resolves the mentions of articles. It is safe for concurrent use.
type Resolver struct {
	gaz *gazetteer.Gazetteer
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
	d := &doc{r: r, published: published,
		res: &Result{byID: make(map[string]*parley.Entity, n/tokensPerEntity),
			Mentions: make([]Mention, 0, n/tokensPerMention)},
		short: map[string]string{}, seen: make(map[string]int, n/tokensPerEntity),
		slab: make([]parley.Entity, 0, n/tokensPerEntity)}
	for i := range sents {
		var sp []Span
		if i < len(spans) {
			sp = spans[i]
		}
		d.sentence(i, &sents[i], sp)
	}
	return d.res
}

// tokensPerMention and tokensPerEntity are about the fewest tokens news text has per
// mention and per distinct entity; Resolve sizes its buffers from them so they rarely
// grow.
const (
	tokensPerMention = 6
	tokensPerEntity  = 12
)

// entitySlab is how many entities are allocated together once the first slab is full.
const entitySlab = 8

// doc is the state of one Resolve call.
type doc struct {
	r         *Resolver
	published string
	res       *Result
	short     map[string]string // folded short name (surname, given name) -> entity id
	seen      map[string]int    // entity id -> order of its latest full-name mention, from 1
	nSeen     int               // full-name mentions so far
	slab      []parley.Entity   // backing store of new entities; never grown in place

	// Scratch reused from one sentence to the next.
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
}

// candidate is a name found in a sentence before resolution.
type candidate struct {
	tok0, tok1 int
	kind       parley.Kind
	entry      *gazetteer.Entry // nil for a name the gazetteer does not know
	alias      gazetteer.AliasKind
}

func (d *doc) sentence(si int, s *text.Sentence, spans []Span) {
	toks := s.Tokens
	d.words = d.words[:0]
	for _, t := range toks {
		d.words = append(d.words, t.Text)
	}
	words := d.words
	g := d.r.gaz
	// titleAt[k] is the title ending at token k, or covering token k-1; Title is nil if
	// there is none.
	titleAt := resize(d.titleAt, len(toks)+1)
	for _, tm := range g.MatchTitles(words) {
		for k := tm.Start + 1; k <= tm.End; k++ {
			titleAt[k] = tm
		}
	}
	d.titleAt = titleAt
	d.titled = resize(d.titled, len(toks))
	d.capitals, d.capAt = "", resize(d.capAt, len(toks))
	claimed := resize(d.claimed, len(toks))
	d.claimed = claimed
	cands := d.cands[:0]
	claim := func(c candidate) {
		for k := c.tok0; k < c.tok1; k++ {
			claimed[k] = true
		}
		cands = append(cands, c)
	}
	free := func(a, b int) bool {
		for k := a; k < b; k++ {
			if claimed[k] {
				return false
			}
		}
		return true
	}

	// 1. Gazetteer names and aliases, strongest reading of each span.
	matches := g.AppendMatches(d.matches[:0], words)
	d.matches = matches
	for i := 0; i < len(matches); {
		j := i
		for j < len(matches) && matches[j].Start == matches[i].Start {
			j++
		}
		m := d.pick(matches[i:j], titleAt)
		i = j
		if m == nil {
			continue
		}
		if m.Alias == gazetteer.ByDemonym {
			if m.End-m.Start == 1 || !isTitleCase(words[m.Start]) || m.Entry.Kind == parley.Country {
				claim(candidate{tok0: m.Start, tok1: m.End, kind: parley.Country, entry: m.Entry, alias: m.Alias})
			}
			continue
		}
		// A longer tagger span (e.g. "Jill Biden" around the surname "Biden") wins over a
		// surname or a shorter place/organization inside it ("Washington" in "Washington
		// Post"), but never over a person's full name ("Barack Obama and Vladimir Putin"
		// mistaken for one organization).
		if sp, ok := covering(spans, m.Start, m.End); ok && (sp.End-sp.Start) > (m.End-m.Start) &&
			(m.Alias == gazetteer.BySurname || sp.Kind != m.Entry.Kind && m.Entry.Kind != parley.Person) {
			continue
		}
		claim(candidate{tok0: m.Start, tok1: m.End, kind: m.Entry.Kind, entry: m.Entry, alias: m.Alias})
	}
	// 2. Title + capitalised name the gazetteer does not know: "Foreign Minister Qin Gang".
	// Titles are taken in text order, so the first claims a name two titles compete for.
	for end, tm := range titleAt {
		if tm.Title == nil || end != tm.End || end >= len(toks) || !free(end, end+1) {
			continue
		}
		if k := nameEnd(words, end); k > end && free(end, k) {
			claim(candidate{tok0: end, tok1: k, kind: parley.Person})
		}
	}
	// 3. Tagger spans over unclaimed tokens.
	for _, sp := range spans {
		if !free(sp.Start, sp.End) || sp.Start >= sp.End {
			continue
		}
		c := candidate{tok0: sp.Start, tok1: sp.End, kind: sp.Kind}
		if es := g.Lookup(joinTokens(toks[sp.Start:sp.End])); len(es) > 0 {
			c.entry, c.kind = es[0], es[0].Kind
		}
		claim(c)
	}
	sortCands(cands)
	d.cands = cands
	for _, c := range cands {
		d.add(si, s, c, titleAt)
	}
	d.nominals(si, s, claimed)
}

// pick chooses among the gazetteer readings of one span; nil rejects a surname without
// support from context. A surname goes to the person named in full earlier who holds an
// office at publication, else to the one named in full most recently, else to the holder
// of an office at publication; a surname that is also a month ("May") needs a title or
// a full-name mention and must not stand where a date would.
func (d *doc) pick(ms []gazetteer.Match, titleAt []gazetteer.TitleMatch) *gazetteer.Match {
	var best *gazetteer.Match
	bestRank, bestSeen := 0, 0
	for i := range ms {
		m := &ms[i]
		if m.Alias != gazetteer.BySurname {
			if best == nil || best.Alias == gazetteer.BySurname {
				best, bestRank = m, surnameRanks
			}
			continue
		}
		rank, seen := d.surnameRank(m, titleAt[m.Start].Title != nil), d.seen[m.Entry.ID()]
		if rank > bestRank || rank == bestRank && rank > 0 && seen > bestSeen {
			best, bestRank, bestSeen = m, rank, seen
		}
	}
	return best
}

// surnameRanks is one more than the highest rank surnameRank returns.
const surnameRanks = 4

// surnameRank returns how well the context supports reading the surname match m as its
// person, from 0 (not at all) to surnameRanks-1. titled says a title stands before it.
func (d *doc) surnameRank(m *gazetteer.Match, titled bool) int {
	seen := d.seen[m.Entry.ID()] > 0
	if month := monthNames[d.words[m.Start]]; month && (!seen && !titled || dateContext(d.words, m.Start)) {
		return 0
	}
	office := d.inOffice(m.Entry)
	switch {
	case seen && office:
		return 3
	case seen:
		return 2
	case titled || office:
		return 1
	}
	return 0
}

// monthNames are the months that are also surnames.
var monthNames = map[string]bool{"May": true, "June": true, "April": true, "August": true, "March": true}

// dateContext reports whether the word at k stands where a month would: after a
// preposition of time or before a number ("by May", "May 3").
func dateContext(words []string, k int) bool {
	if k+1 < len(words) && words[k+1] != "" && words[k+1][0] >= '0' && words[k+1][0] <= '9' {
		return true
	}
	if k == 0 {
		return false
	}
	switch strings.ToLower(words[k-1]) {
	case "in", "by", "since", "until", "till", "of", "early", "late", "mid", "next", "last", "this", "from", "through", "to", "before", "after", "during":
		return true
	}
	return false
}

// inOffice reports whether the person held an office within a year of publication.
func (d *doc) inOffice(e *gazetteer.Entry) bool {
	if d.published == "" || len(e.Roles) == 0 {
		return len(e.Roles) == 0
	}
	y := d.published[:4]
	lo, hi := prevYear(y), nextYear(y)
	for _, r := range e.Roles {
		from, to := r.From, r.To
		if to == "" {
			to = "9999"
		}
		if from <= hi+"-12-31" && to >= lo {
			return true
		}
	}
	return false
}

func (d *doc) add(si int, s *text.Sentence, c candidate, titleAt []gazetteer.TitleMatch) {
	toks := s.Tokens
	m := Mention{Sent: si, Tok0: c.tok0, Tok1: c.tok1, Ext0: c.tok0, Kind: c.kind,
		Start: toks[c.tok0].Start, End: toks[c.tok1-1].End}
	m.Text = spanText(s, m.Start, m.End)
	m.Demonym = c.alias == gazetteer.ByDemonym
	m.Known = c.entry != nil
	var role *parley.Role
	if tm := titleAt[c.tok0]; tm.Title != nil && (c.kind == parley.Person || c.entry == nil) {
		m.Kind = parley.Person
		m.Title = tm.Title.Norm
		m.Ext0 = tm.Start
		role = &parley.Role{Title: tm.Title.Norm}
		// A country, demonym or organization right before the title qualifies it.
		if of := d.qualifier(si, tm.Start, toks); of != nil {
			of.Modifier = true
			role.Of = of.Entity
			m.Ext0 = of.Ext0
		}
	}
	var e *parley.Entity
	switch {
	case c.entry != nil && (c.entry.Kind == m.Kind || c.alias == gazetteer.ByDemonym):
		e = d.entity(c.entry.ID(), c.entry.Name, c.entry.Kind)
		e.Wikidata = c.entry.Wikidata
		if c.alias != gazetteer.BySurname && c.alias != gazetteer.ByDemonym {
			d.nSeen++
			d.seen[e.ID] = d.nSeen
		}
	case m.Kind == parley.Person:
		e = d.person(m.Text)
	default:
		e = d.entity(parley.EntityID(m.Kind, m.Text), m.Text, m.Kind)
	}
	m.Entity = e.ID
	if !m.Demonym && m.Text != e.Name && !contains(e.Aliases, m.Text) {
		e.Aliases = append(e.Aliases, m.Text)
	}
	if role != nil && !hasRole(e.Roles, *role) {
		if d.published != "" {
			role.From, role.To = d.published, d.published
		}
		e.Roles = append(e.Roles, *role)
	}
	d.res.Mentions = append(d.res.Mentions, m)
}

// qualifier returns the mention (already added) of a country, demonym or organization
// that ends right before token k, skipping a possessive "'s".
func (d *doc) qualifier(si, k int, toks []text.Token) *Mention {
	if k > 0 && isPossessive(toks[k-1].Text) {
		k--
	}
	for i := len(d.res.Mentions) - 1; i >= 0; i-- {
		m := &d.res.Mentions[i]
		if m.Sent != si {
			break
		}
		if m.Tok1 == k && (m.Kind == parley.Country || m.Kind == parley.Organization || m.Demonym) {
			return m
		}
	}
	return nil
}

// person returns the entity for a person name the gazetteer does not know: a short form
// of someone already named ("Sherman" after "Wendy Sherman"), else a new entity.
func (d *doc) person(name string) *parley.Entity {
	parts := strings.Fields(name)
	if len(parts) == 1 {
		if id, ok := d.short[parley.Fold(name)]; ok {
			return d.res.byID[id]
		}
	}
	e := d.entity(parley.EntityID(parley.Person, name), name, parley.Person)
	if len(parts) >= 2 {
		d.short[parley.Fold(parts[len(parts)-1])] = e.ID
		if len(parts) == 2 {
			if _, taken := d.short[parley.Fold(parts[0])]; !taken {
				d.short[parley.Fold(parts[0])] = e.ID
			}
		}
	}
	return e
}

func (d *doc) entity(id, name string, kind parley.Kind) *parley.Entity {
	if e := d.res.byID[id]; e != nil {
		return e
	}
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]parley.Entity, 0, entitySlab)
	}
	d.slab = append(d.slab, parley.Entity{ID: id, Name: name, Kind: kind})
	e := &d.slab[len(d.slab)-1]
	d.res.byID[id] = e
	d.res.Entities = append(d.res.Entities, e)
	return e
}

// covering returns the tagger span that contains tokens [a, b).
func covering(spans []Span, a, b int) (Span, bool) {
	for _, sp := range spans {
		if sp.Start <= a && b <= sp.End {
			return sp, true
		}
	}
	return Span{}, false
}

// nameParticles may appear lowercase inside a person's name.
var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "al": true, "el": true,
	"de": true, "da": true, "dos": true, "das": true, "do": true, "van": true, "von": true, "der": true,
	"den": true, "la": true, "le": true, "du": true, "di": true, "del": true, "y": true}

// MaxNameTokens is the most tokens an unknown name after a title may have.
const MaxNameTokens = 6

// nameEnd returns the end of a capitalised name starting at token i, or i if none.
func nameEnd(words []string, i int) int {
	j := i
	for j < len(words) && j-i < MaxNameTokens {
		w := words[j]
		switch {
		case isTitleCase(w) && !isFunctionWord(w):
		case nameParticles[w] && j > i && j+1 < len(words) && isTitleCase(words[j+1]):
		case len(w) == 2 && w[1] == '.' && unicode.IsUpper(rune(w[0])) && j > i: // initial "J."
		default:
			return trimParticles(words, i, j)
		}
		j++
	}
	return trimParticles(words, i, j)
}

func trimParticles(words []string, i, j int) int {
	for j > i && nameParticles[words[j-1]] {
		j--
	}
	return j
}
