package schema

import (
	"cmp"
	"context"
	"encoding/base64"
	"slices"
	"strings"

	"github.com/parleyhq/parley"
)

// This file holds the fake store's graph queries (event lookup, contacts, search, path,
// article listing) and its writes.

func (s *fakeStore) Event(ctx context.Context, id string) (*parley.Event, error) {
	s.count("Event")
	s.data.RLock()
	defer s.data.RUnlock()
	if e := s.event(id); e != nil {
		return e, nil
	}
	return nil, parley.Errorf(parley.ENOTFOUND, "no event with id %q", id)
}

// event returns the event with the id, nil if none.
func (s *fakeStore) event(id string) *parley.Event {
	for _, e := range s.events {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// fakePageSize returns first, parley.DefaultPage for 0, or an ELIMIT error.
func fakePageSize(first int) (int, error) {
	if first == 0 {
		return parley.DefaultPage, nil
	} else if first < 0 || first > parley.MaxPage {
		return 0, parley.Errorf(parley.ELIMIT, "first %d out of range", first)
	}
	return first, nil
}

// contactEvents returns the occurred contact events the entity took part in that
// overlap [from, to], in timeline order.
func (s *fakeStore) contactEvents(entity, from, to string) []*parley.Event {
	var out []*parley.Event
	for _, e := range s.events {
		if s.matches(e, parley.EventFilter{Entities: []string{entity}, Contacts: true, From: from, To: to}) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, timelineOrder)
	return out
}

func timelineOrder(a, b *parley.Event) int {
	return cmp.Or(cmp.Compare(a.Date.Start, b.Date.Start), cmp.Compare(a.Date.End, b.Date.End), cmp.Compare(a.ID, b.ID))
}

func (s *fakeStore) Contacts(ctx context.Context, entity, from, to string, first int) ([]parley.Contact, error) {
	s.count("Contacts")
	s.data.RLock()
	defer s.data.RUnlock()
	n, err := fakePageSize(first)
	if err != nil {
		return nil, err
	}
	if s.entities[entity] == nil {
		return nil, parley.Errorf(parley.ENOTFOUND, "no entity with id %q", entity)
	}
	at := map[string]int{}
	var out []parley.Contact
	for _, e := range s.contactEvents(entity, from, to) {
		for _, other := range e.Participants {
			if other == entity {
				continue
			}
			i, ok := at[other]
			if !ok {
				i = len(out)
				at[other] = i
				out = append(out, parley.Contact{Entity: other})
			}
			c := &out[i]
			c.Count++
			c.Events = append(c.Events, e.ID)
			if c.First == "" || e.Date.Start < c.First {
				c.First = e.Date.Start
			}
			c.Last = max(c.Last, e.Date.End)
		}
	}
	slices.SortFunc(out, func(a, b parley.Contact) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(s.foldedName(a.Entity), s.foldedName(b.Entity)), cmp.Compare(a.Entity, b.Entity))
	})
	return out[:min(n, len(out))], nil
}

func (s *fakeStore) foldedName(id string) string {
	if e := s.entities[id]; e != nil {
		return parley.Fold(e.Name)
	}
	return ""
}

// Search ranks whole names (score 0) over word prefixes (1) over names or words within
// two edits (2), ties by folded name then id.
func (s *fakeStore) Search(ctx context.Context, text string, kinds []parley.Kind, first int) ([]*parley.Entity, error) {
	s.count("Search")
	s.data.RLock()
	defer s.data.RUnlock()
	q := parley.Fold(text)
	if q == "" {
		return nil, parley.Errorf(parley.EINVALID, "search text %q has no letters or digits", text)
	}
	n, err := fakePageSize(first)
	if err != nil {
		return nil, err
	}
	type hit struct {
		e     *parley.Entity
		score int
	}
	var hits []hit
	for _, e := range s.entities {
		if len(kinds) > 0 && !slices.Contains(kinds, e.Kind) {
			continue
		}
		best := 3
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			key := parley.Fold(name)
			words := strings.Fields(key)
			switch {
			case key == q:
				best = min(best, 0)
			case strings.HasPrefix(key, q) || slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, q) }):
				best = min(best, 1)
			case editDistance(key, q) <= 2 || slices.ContainsFunc(words, func(w string) bool { return editDistance(w, q) <= 2 }):
				best = min(best, 2)
			}
		}
		if best < 3 {
			hits = append(hits, hit{e, best})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.score, b.score), cmp.Compare(parley.Fold(a.e.Name), parley.Fold(b.e.Name)), cmp.Compare(a.e.ID, b.e.ID))
	})
	out := []*parley.Entity{}
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.e)
	}
	return out, nil
}

// editDistance returns the Levenshtein distance of a and b in code points.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			sub := prev[j-1]
			if ra[i-1] != rb[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// Path runs a breadth-first search over occurred contacts, visiting neighbours in id
// order.
func (s *fakeStore) Path(ctx context.Context, from, to string, maxHops int) ([]parley.Hop, error) {
	s.count("Path")
	s.data.RLock()
	defer s.data.RUnlock()
	if maxHops < 1 || maxHops > parley.MaxHops {
		return nil, parley.Errorf(parley.ELIMIT, "maxHops %d outside 1..%d", maxHops, parley.MaxHops)
	}
	for _, id := range []string{from, to} {
		if s.entities[id] == nil {
			return nil, parley.Errorf(parley.ENOTFOUND, "no entity with id %q", id)
		}
	}
	if from == to {
		return []parley.Hop{}, nil
	}
	parent := map[string]string{from: ""}
	frontier := []string{from}
	for hop := 1; hop <= maxHops && len(frontier) > 0; hop++ {
		var next []string
		for _, a := range frontier {
			for _, e := range s.contactEvents(a, "", "") {
				for _, b := range e.Participants {
					if _, seen := parent[b]; !seen {
						parent[b] = a
						next = append(next, b)
					}
				}
			}
		}
		if _, ok := parent[to]; ok {
			var hops []parley.Hop
			for b := to; parent[b] != ""; b = parent[b] {
				h := parley.Hop{From: parent[b], To: b}
				for _, e := range s.contactEvents(h.From, "", "") {
					if slices.Contains(e.Participants, b) {
						h.Events = append(h.Events, e.ID)
					}
				}
				hops = append(hops, h)
			}
			slices.Reverse(hops)
			return hops, nil
		}
		slices.Sort(next)
		frontier = next
	}
	return nil, nil
}

// ListArticles lists newest first, undated last, then by id.
func (s *fakeStore) ListArticles(ctx context.Context, f parley.ArticleFilter) (*parley.ArticlePage, error) {
	s.count("ListArticles")
	s.data.RLock()
	defer s.data.RUnlock()
	n, err := fakePageSize(f.First)
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	if f.Entity != "" {
		if s.entities[f.Entity] == nil {
			return nil, parley.Errorf(parley.ENOTFOUND, "no entity with id %q", f.Entity)
		}
		for _, e := range s.events {
			if slices.Contains(e.Participants, f.Entity) {
				for _, ev := range e.Sources {
					ids[ev.Article] = true
				}
			}
		}
	}
	var match []*parley.Article
	for _, a := range s.articles {
		if (f.Entity == "" || ids[a.ID]) && (f.From == "" || a.Published >= f.From) && (f.To == "" || a.Published != "" && a.Published <= f.To) {
			match = append(match, a)
		}
	}
	slices.SortFunc(match, func(a, b *parley.Article) int {
		return cmp.Or(cmp.Compare(b.Published, a.Published), cmp.Compare(a.ID, b.ID))
	})
	start := 0
	if f.After != "" {
		id, err := base64.RawURLEncoding.DecodeString(f.After)
		i := slices.IndexFunc(match, func(a *parley.Article) bool { return a.ID == string(id) })
		if err != nil || i < 0 {
			return nil, parley.Errorf(parley.EINVALID, "bad cursor %q", f.After)
		}
		start = i + 1
	}
	end := min(start+n, len(match))
	page := &parley.ArticlePage{Articles: match[start:end], TotalCount: len(match), HasNext: end < len(match)}
	for _, a := range page.Articles {
		page.Cursors = append(page.Cursors, base64.RawURLEncoding.EncodeToString([]byte(a.ID)))
	}
	return page, nil
}

// Write adds the extractions and returns the number of new records it made: articles,
// entities, events and evidence spans of known events. Writing the same extraction
// twice returns 0.
func (s *fakeStore) Write(ctx context.Context, xs []*parley.Extraction) (int, error) {
	s.count("Write")
	s.data.Lock()
	defer s.data.Unlock()
	if s.fail != nil {
		return 0, s.fail
	}
	n := 0
	for _, x := range xs {
		if s.articles[x.Article.ID] == nil {
			a := x.Article
			s.articles[a.ID] = &a
			n++
		}
		for _, e := range x.Entities {
			if s.entities[e.ID] == nil {
				e := e
				s.entities[e.ID] = &e
				n++
			}
		}
		for _, e := range x.Events {
			i := slices.IndexFunc(s.events, func(old *parley.Event) bool { return old.ID == e.ID })
			if i < 0 {
				e := e
				s.events = append(s.events, &e)
				n++
				continue
			}
			merged := *s.events[i] // a copy: readers may hold the old one
			merged.Sources = slices.Clone(merged.Sources)
			for _, ev := range e.Sources {
				if !slices.Contains(merged.Sources, ev) {
					merged.Sources = append(merged.Sources, ev)
					n++
				}
			}
			s.events[i] = &merged
		}
	}
	return n, nil
}
