package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/parleyhq/parley"
)

// The index's read methods copy what they return, so callers never share memory a
// later write changes.

// loadEntities returns the typed entities with the ids, keyed by id.
func (x *index) loadEntities(ids []string) map[string]*parley.Entity {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string]*parley.Entity, len(ids))
	for _, id := range ids {
		if e := x.entities[id]; e != nil && e.typed {
			out[id] = x.entityCopy(e)
		}
	}
	return out
}

func (x *index) entityCopy(e *entityNode) *parley.Entity {
	out := &parley.Entity{ID: e.id, Name: e.name, Kind: e.kind, Wikidata: e.wikidata, Aliases: slices.Clone(e.aliases)}
	for _, rid := range e.roles {
		if r := x.roles[rid]; r != nil {
			out.Roles = append(out.Roles, *r)
		}
	}
	slices.SortFunc(out.Roles, func(a, b parley.Role) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Of, b.Of), cmp.Compare(a.To, b.To))
	})
	return out
}

// findEntities returns the ids of the typed entities with the key, sorted.
func (x *index) findEntities(key string) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var ids []string
	for _, e := range x.keys[key] {
		if e.typed && !slices.Contains(ids, e.id) {
			ids = append(ids, e.id)
		}
	}
	slices.Sort(ids)
	return ids
}

// loadEvents returns the typed events with the ids and their evidence, keyed by id.
func (x *index) loadEvents(ids []string) map[string]*parley.Event {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string]*parley.Event, len(ids))
	for _, id := range ids {
		if ev := x.events[id]; ev != nil && ev.typed {
			out[id] = x.eventCopy(ev)
		}
	}
	return out
}

func (x *index) eventCopy(ev *eventNode) *parley.Event {
	out := ev.ev
	out.Participants = slices.Clone(ev.ev.Participants)
	out.Absent = slices.Clone(ev.ev.Absent)
	out.Sources = make([]parley.Evidence, 0, len(ev.evidence))
	for _, id := range ev.evidence {
		if src := x.evidence[id]; src != nil {
			out.Sources = append(out.Sources, *src)
		}
	}
	slices.SortFunc(out.Sources, func(a, b parley.Evidence) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return &out
}

// loadArticles returns the typed articles with the ids, keyed by id.
func (x *index) loadArticles(ids []string) map[string]*parley.Article {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string]*parley.Article, len(ids))
	for _, id := range ids {
		if a := x.articles[id]; a != nil && a.typed {
			c := a.a
			out[id] = &c
		}
	}
	return out
}

// eventsPage returns the page of events f selects, as Store.Events documents; f must
// be valid.
func (x *index) eventsPage(f parley.EventFilter, n int, after *summary) *parley.EventPage {
	x.rlock()
	defer x.mu.RUnlock()
	// The candidates are the events of the entity with the fewest, or the whole
	// timeline; the other entities must have taken part too.
	candidates := x.timeline
	var rarest *entityNode
	var stack [8]*entityNode
	others := stack[:0]
	for _, id := range f.Entities {
		e := x.entities[id]
		if e == nil {
			return &parley.EventPage{Events: []*parley.Event{}}
		}
		if rarest != nil && len(e.events) >= len(rarest.events) {
			others = append(others, e)
			continue
		}
		if rarest != nil {
			others = append(others, rarest)
		}
		rarest, candidates = e, e.events
	}
	start := 0
	if after != nil {
		start, _ = slices.BinarySearchFunc(candidates, *after, func(ev *eventNode, s summary) int { return compareTimeline(ev.sum, s) })
		if start < len(candidates) && compareTimeline(candidates[start].sum, *after) == 0 {
			start++
		}
	}
	page := &parley.EventPage{Events: []*parley.Event{}}
	add := func(ev *eventNode) {
		page.Events = append(page.Events, x.eventCopy(ev))
		page.Cursors = append(page.Cursors, encodeCursor(ev.sum))
	}
	unfiltered := len(f.Types) == 0 && f.From == "" && f.To == "" // by type or window
	if len(others) == 0 && unfiltered && !f.Contacts && (rarest == nil || rarest.allTyped) {
		// Every candidate matches: the timeline holds only typed events.
		end := min(start+n, len(candidates))
		for _, ev := range candidates[start:end] {
			add(ev)
		}
		page.TotalCount, page.HasNext = len(candidates), end < len(candidates)
		return page
	}
	if len(others) == 1 && others[0] != rarest && unfiltered && f.Contacts {
		// The occurred contacts of a pair are the events of their contact.
		x.pairPage(page, rarest, others[0], n, start)
		return page
	}
	// Count every match, copying the n after the cursor.
	for i, ev := range candidates {
		if !ev.typed || !matchEvent(ev.sum, f) || !tookPart(ev, others) {
			continue
		}
		page.TotalCount++
		switch {
		case i < start:
		case len(page.Events) < n:
			add(ev)
		default:
			page.HasNext = true
		}
	}
	return page
}

// tookPart reports whether every one of the entities took part in ev.
func tookPart(ev *eventNode, entities []*entityNode) bool {
	for _, e := range entities {
		if !slices.Contains(ev.participants, e) {
			return false
		}
	}
	return true
}

// isContact reports whether ev is an occurred contact event.
func (ev *eventNode) isContact() bool {
	return ev.typed && ev.sum.typ.IsContact() && ev.sum.status == parley.Occurred
}

// contactEvents returns the occurred contact events of each entity, in timeline order.
// It implements contactSource.
func (x *index) contactEvents(_ context.Context, entities []string) (map[string][]contactEvent, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string][]contactEvent, len(entities))
	for _, id := range entities {
		e := x.entities[id]
		if e == nil {
			continue
		}
		var evs []contactEvent
		for _, ev := range e.events {
			if ev.isContact() {
				evs = append(evs, contactEvent{summary: ev.sum, participants: ev.ev.Participants})
			}
		}
		out[id] = evs
	}
	return out, nil
}

// listArticles returns the page of articles q selects, as Store.ListArticles documents.
func (x *index) listArticles(q articleQuery) *parley.ArticlePage {
	x.rlock()
	defer x.mu.RUnlock()
	var keys []articleKey
	if q.f.Entity != "" {
		seen := make(map[string]bool)
		if e := x.entities[q.f.Entity]; e != nil {
			for _, ev := range e.events {
				for _, sid := range ev.evidence {
					src := x.evidence[sid]
					if src == nil || seen[src.Article] {
						continue
					}
					seen[src.Article] = true
					if a := x.articles[src.Article]; a != nil && a.typed && q.match(a.a.Published) {
						keys = append(keys, a.key())
					}
				}
			}
		}
		slices.SortFunc(keys, compareNewest)
	} else {
		keys = make([]articleKey, 0, len(x.newest))
		for _, a := range x.newest {
			if q.match(a.a.Published) {
				keys = append(keys, a.key())
			}
		}
	}
	ids, cursors, hasNext := q.page(keys)
	page := &parley.ArticlePage{Articles: []*parley.Article{}, Cursors: cursors, TotalCount: len(keys), HasNext: hasNext}
	for _, id := range ids {
		c := x.articles[id].a
		page.Articles = append(page.Articles, &c)
	}
	return page
}

// stats returns the counts of typed entities, events and articles.
func (x *index) stats() (entities, events, articles int) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.counts.entities, x.counts.events, x.counts.articles
}
