package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/parleyhq/parley"
)

// The index's read methods return documents that share no memory a later write
// changes: strings view the byte arena, which never changes; slices are new.

// loadEntities returns the typed entities with the ids, keyed by id.
func (x *index) loadEntities(ids []string) map[string]*parley.Entity {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string]*parley.Entity, len(ids))
	for _, id := range ids {
		if i := x.lookup(entityNodes, id); i >= 0 && x.entities[i].typed {
			out[id] = x.entityCopy(i)
		}
	}
	return out
}

func (x *index) entityCopy(i int32) *parley.Entity {
	e := &x.entities[i]
	out := &parley.Entity{ID: x.s(e.id), Name: x.s(e.name), Kind: parley.Kind(x.s(e.kind)), Wikidata: x.s(e.wikidata)}
	if e.aliases.n > 0 {
		out.Aliases = make([]string, 0, e.aliases.n)
		for _, a := range x.texts.all(e.aliases) {
			out.Aliases = append(out.Aliases, x.s(a))
		}
	}
	for _, ri := range x.lists.all(e.roles) {
		if r := &x.roles[ri]; r.set {
			out.Roles = append(out.Roles, parley.Role{Title: x.s(r.title), Of: x.s(r.of), From: x.s(r.from), To: x.s(r.to)})
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
	k := x.byKey.get(&x.strs, hashOf(x.seed, key), key)
	if k < 0 {
		return nil
	}
	var ids []string
	for _, e := range x.lists.all(x.keys[k].entities) {
		if id := x.s(x.entities[e].id); x.entities[e].typed && !slices.Contains(ids, id) {
			ids = append(ids, id)
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
		if i := x.lookup(eventNodes, id); i >= 0 && x.events[i].typed {
			out[id] = x.eventCopy(i)
		}
	}
	return out
}

func (x *index) eventCopy(i int32) *parley.Event {
	ev := &x.events[i]
	out := &parley.Event{
		ID:     x.s(ev.id),
		Type:   parley.EventType(x.s(ev.typ)),
		Status: parley.Status(x.s(ev.status)),
		Date: parley.DateRange{
			Text: x.s(ev.text), Value: x.s(ev.value), Granularity: parley.Granularity(x.s(ev.granularity)),
			Start: x.s(ev.start), End: x.s(ev.end),
		},
		Location:     x.entityID(ev.location),
		Speaker:      x.entityID(ev.speaker),
		Quote:        x.s(ev.quote),
		Participants: x.entityIDs(ev.participants),
		Sources:      make([]parley.Evidence, 0, ev.evidence.n),
	}
	if ev.absent.n > 0 {
		out.Absent = x.entityIDs(ev.absent)
	}
	for _, si := range x.lists.all(ev.evidence) {
		if src := &x.evidence[si]; src.set {
			out.Sources = append(out.Sources, parley.Evidence{Article: x.articleID(src.article), Start: int(src.start), End: int(src.end), Text: x.s(src.text)})
		}
	}
	slices.SortFunc(out.Sources, func(a, b parley.Evidence) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return out
}

// entityIDs returns the ids of the entities of l, never nil.
func (x *index) entityIDs(l list) []string {
	out := make([]string, l.n)
	for i, e := range x.lists.all(l) {
		out[i] = x.s(x.entities[e].id)
	}
	return out
}

// entityID returns the id of the entity r refers to, "" for none.
func (x *index) entityID(r ref) string {
	if r == 0 {
		return ""
	}
	return x.s(x.entities[r-1].id)
}

// articleID returns the id of the article r refers to, "" for none.
func (x *index) articleID(r ref) string {
	if r == 0 {
		return ""
	}
	return x.s(x.articles[r-1].id)
}

func (x *index) articleCopy(i int32) *parley.Article {
	a := &x.articles[i]
	return &parley.Article{ID: x.s(a.id), Name: x.s(a.name), Title: x.s(a.title), Published: x.s(a.published), URL: x.s(a.url), Source: x.s(a.source)}
}

// loadArticles returns the typed articles with the ids, keyed by id.
func (x *index) loadArticles(ids []string) map[string]*parley.Article {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string]*parley.Article, len(ids))
	for _, id := range ids {
		if i := x.lookup(articleNodes, id); i >= 0 && x.articles[i].typed {
			out[id] = x.articleCopy(i)
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
	rarest := int32(-1)
	var stack [8]int32
	others := stack[:0]
	for _, id := range f.Entities {
		e := x.lookup(entityNodes, id)
		if e < 0 {
			return &parley.EventPage{Events: []*parley.Event{}}
		}
		if rarest >= 0 && x.entities[e].events.n >= x.entities[rarest].events.n {
			others = append(others, e)
			continue
		}
		if rarest >= 0 {
			others = append(others, rarest)
		}
		rarest, candidates = e, x.lists.all(x.entities[e].events)
	}
	start := 0
	if after != nil {
		start, _ = slices.BinarySearchFunc(candidates, *after, func(ev int32, s summary) int { return compareTimeline(x.sum(ev), s) })
		if start < len(candidates) && compareTimeline(x.sum(candidates[start]), *after) == 0 {
			start++
		}
	}
	page := &parley.EventPage{Events: []*parley.Event{}}
	add := func(ev int32) {
		page.Events = append(page.Events, x.eventCopy(ev))
		page.Cursors = append(page.Cursors, encodeCursor(x.sum(ev)))
	}
	unfiltered := len(f.Types) == 0 && f.From == "" && f.To == "" // by type or window
	if len(others) == 0 && unfiltered && !f.Contacts && (rarest < 0 || x.entities[rarest].allTyped) {
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
		if !x.events[ev].typed || !matchEvent(x.sum(ev), f) || !x.tookPart(ev, others) {
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

// tookPart reports whether every one of the entities took part in the event ev.
func (x *index) tookPart(ev int32, entities []int32) bool {
	participants := x.lists.all(x.events[ev].participants)
	for _, e := range entities {
		if !slices.Contains(participants, e) {
			return false
		}
	}
	return true
}

// isContact reports whether the event ev is an occurred contact event.
func (x *index) isContact(ev int32) bool {
	e := &x.events[ev]
	return e.typed && parley.EventType(x.s(e.typ)).IsContact() && parley.Status(x.s(e.status)) == parley.Occurred
}

// contactEvents returns the occurred contact events of each entity, in timeline order.
// It implements contactSource.
func (x *index) contactEvents(_ context.Context, entities []string) (map[string][]contactEvent, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make(map[string][]contactEvent, len(entities))
	for _, id := range entities {
		e := x.lookup(entityNodes, id)
		if e < 0 {
			continue
		}
		var evs []contactEvent
		for _, ev := range x.lists.all(x.entities[e].events) {
			if x.isContact(ev) {
				evs = append(evs, contactEvent{summary: x.sum(ev), participants: x.entityIDs(x.events[ev].participants)})
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
		seen := make(map[ref]bool)
		if e := x.lookup(entityNodes, q.f.Entity); e >= 0 {
			for _, ev := range x.lists.all(x.entities[e].events) {
				for _, si := range x.lists.all(x.events[ev].evidence) {
					src := &x.evidence[si]
					if !src.set || src.article == 0 || seen[src.article] {
						continue
					}
					seen[src.article] = true
					if a := src.article - 1; x.articles[a].typed && q.match(x.s(x.articles[a].published)) {
						keys = append(keys, x.articleKey(a))
					}
				}
			}
		}
		slices.SortFunc(keys, compareNewest)
	} else {
		keys = make([]articleKey, 0, len(x.newest))
		for _, a := range x.newest {
			if q.match(x.s(x.articles[a].published)) {
				keys = append(keys, x.articleKey(a))
			}
		}
	}
	ids, cursors, hasNext := q.page(keys)
	page := &parley.ArticlePage{Articles: []*parley.Article{}, Cursors: cursors, TotalCount: len(keys), HasNext: hasNext}
	for _, id := range ids {
		page.Articles = append(page.Articles, x.articleCopy(x.lookup(articleNodes, id)))
	}
	return page
}

// stats returns the counts of typed entities, events and articles.
func (x *index) stats() (entities, events, articles int) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.counts.entities, x.counts.events, x.counts.articles
}
