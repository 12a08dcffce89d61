package schema

import (
	"context"
	"slices"
	"sync"

	"github.com/parleyhq/parley"
)

// loader fetches the entities and articles of one root field in batches: a connection
// queues every id its page refers to, and the first lookup that misses the cache fetches
// the whole queue with one store call. It is safe for concurrent use.
type loader struct {
	store parley.Store

	mu             sync.Mutex
	entities       map[string]*entityRef // the source value of each entity; nil: missing
	articles       map[string]*parley.Article
	queuedEntities []string
	queuedArticles []string
}

func newLoader(s parley.Store) *loader {
	return &loader{store: s, entities: map[string]*entityRef{}, articles: map[string]*parley.Article{}}
}

// queueEvents queues the entities and articles the events refer to.
func (l *loader) queueEvents(events []*parley.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range events {
		l.queuedEntities = append(l.queuedEntities, e.Participants...)
		l.queuedEntities = append(l.queuedEntities, e.Absent...)
		l.queuedEntities = append(l.queuedEntities, e.Location, e.Speaker)
		for _, ev := range e.Sources {
			l.queuedArticles = append(l.queuedArticles, ev.Article)
		}
	}
}

// add caches entities the store returned by other means than the loader (a lookup by
// id, a search) and queues the entities their roles name.
func (l *loader) add(es ...*parley.Entity) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range es {
		l.entities[e.ID] = &entityRef{e, l}
		for _, role := range e.Roles {
			l.queuedEntities = append(l.queuedEntities, role.Of)
		}
	}
}

// require returns an ENOTFOUND error naming the first of the ids that is not a known
// entity, or the store's error.
func (l *loader) require(ctx context.Context, ids []string) error {
	known, err := l.loadEntities(ctx, ids)
	if err != nil || len(known) == len(ids) {
		return err
	}
	for _, id := range ids {
		if !slices.ContainsFunc(known, func(e *entityRef) bool { return e.e.ID == id }) {
			return errorf(parley.ENOTFOUND, "no entity with id %q", id)
		}
	}
	return nil
}

// entity returns the entity with the id as a source value, or nil (null) if the id is
// empty or unknown.
func (l *loader) entity(ctx context.Context, id string) (any, error) {
	if id == "" {
		return nil, nil
	}
	es, err := l.loadEntities(ctx, []string{id})
	if err != nil || len(es) == 0 {
		return nil, err
	}
	return es[0], nil
}

// loadEntities returns the source values of the known entities with the ids, in order.
// If any is not cached it fetches it with the queue in one store call, then queues the
// entities their roles name.
func (l *loader) loadEntities(ctx context.Context, ids []string) ([]*entityRef, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if fetch := missing(l.entities, ids); len(fetch) > 0 {
		fetch = missing(l.entities, append(fetch, l.queuedEntities...))
		l.queuedEntities = nil
		es, err := l.store.Entities(ctx, fetch)
		if err != nil {
			return nil, err
		}
		for _, id := range fetch {
			l.entities[id] = nil
		}
		refs := make([]entityRef, len(es))
		for i, e := range es {
			refs[i] = entityRef{e, l}
			l.entities[e.ID] = &refs[i]
			for _, role := range e.Roles {
				l.queuedEntities = append(l.queuedEntities, role.Of)
			}
		}
	}
	return cached(l.entities, ids), nil
}

// loadArticles returns the known articles with the ids, in order, fetching the queue
// with them in one store call if any is not cached.
func (l *loader) loadArticles(ctx context.Context, ids []string) ([]*parley.Article, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if fetch := missing(l.articles, ids); len(fetch) > 0 {
		fetch = missing(l.articles, append(fetch, l.queuedArticles...))
		l.queuedArticles = nil
		as, err := l.store.Articles(ctx, fetch)
		if err != nil {
			return nil, err
		}
		for _, id := range fetch {
			l.articles[id] = nil
		}
		for _, a := range as {
			l.articles[a.ID] = a
		}
	}
	return cached(l.articles, ids), nil
}

// missing returns the distinct non-empty ids not in the cache. It allocates nothing
// when every id is cached, the common case once a page is loaded.
func missing[T any](cache map[string]*T, ids []string) []string {
	var out []string
	var seen map[string]bool
	for _, id := range ids {
		if _, ok := cache[id]; ok || id == "" || seen[id] {
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[id] = true
		out = append(out, id)
	}
	return out
}

// cached returns the cached values of the ids, in order, skipping missing ones.
func cached[T any](cache map[string]*T, ids []string) []*T {
	out := make([]*T, 0, len(ids))
	for _, id := range ids {
		if v := cache[id]; v != nil {
			out = append(out, v)
		}
	}
	return out
}
