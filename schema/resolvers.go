package schema

import (
	"context"
	"slices"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/parleyhq/parley"
)

// MaxBetween is the most entity ids a meetings query may name.
const MaxBetween = 10

// resolver resolves the root fields against a store. Everything below a root field
// carries the loader of its request in its source value.
type resolver struct {
	store parley.Store
}

// The source values of the object types.
type (
	entityRef struct {
		e *parley.Entity
		l *loader
	}
	roleRef struct {
		r parley.Role
		l *loader
	}
	eventRef struct {
		e *parley.Event
		l *loader
	}
	evidenceRef struct {
		ev parley.Evidence
		l  *loader
	}
	edgeRef struct {
		cursor string
		node   eventRef
	}
	connection struct {
		page *parley.EventPage
		l    *loader
	}
)

// field returns a resolver reading a value off a source of type S. A source of another
// type is a bug: the panic becomes an INTERNAL error in guard.
func field[S any](f func(S) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(S)), nil }
}

func entityField(f func(*parley.Entity) any) graphql.FieldResolveFn {
	return field(func(s entityRef) any { return f(s.e) })
}
func eventField(f func(*parley.Event) any) graphql.FieldResolveFn {
	return field(func(s eventRef) any { return f(s.e) })
}
func roleField(f func(parley.Role) any) graphql.FieldResolveFn {
	return field(func(s roleRef) any { return f(s.r) })
}
func evidenceField(f func(parley.Evidence) any) graphql.FieldResolveFn {
	return field(func(s evidenceRef) any { return f(s.ev) })
}
func articleField(f func(*parley.Article) any) graphql.FieldResolveFn { return field(f) }
func dateField(f func(parley.DateRange) any) graphql.FieldResolveFn   { return field(f) }
func edgeField(f func(edgeRef) any) graphql.FieldResolveFn            { return field(f) }
func connectionField(f func(connection) any) graphql.FieldResolveFn   { return field(f) }

// entity resolves Query.entity: by id (unknown -> NOT_FOUND) or by name or alias
// (unknown -> null; several -> BAD_USER_INPUT listing their ids).
func (r *resolver) entity(p graphql.ResolveParams) (any, error) {
	id, hasID := p.Args["id"].(string)
	name, hasName := p.Args["name"].(string)
	l := newLoader(r.store)
	switch {
	case hasID && hasName:
		return nil, errorf(parley.EINVALID, "entity: give id or name, not both")
	case hasID:
		e, err := r.store.Entity(p.Context, id)
		if err != nil {
			return nil, err
		}
		return entityRef{e, l}, nil
	case hasName:
		e, err := r.findEntity(p.Context, name)
		if e == nil || err != nil {
			return nil, err
		}
		return entityRef{e, l}, nil
	}
	return nil, errorf(parley.EINVALID, "entity: give id or name")
}

// findEntity returns the one entity named name, preferring a canonical name over an
// alias; nil if none is.
func (r *resolver) findEntity(ctx context.Context, name string) (*parley.Entity, error) {
	if parley.Fold(name) == "" {
		return nil, errorf(parley.EINVALID, "entity: name %q has no letters or digits", name)
	}
	es, err := r.store.FindEntities(ctx, name)
	if err != nil || len(es) == 0 {
		return nil, err
	}
	var canonical []*parley.Entity
	for _, e := range es {
		if parley.Fold(e.Name) == parley.Fold(name) {
			canonical = append(canonical, e)
		}
	}
	if len(canonical) == 1 {
		return canonical[0], nil
	} else if len(es) == 1 {
		return es[0], nil
	}
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return nil, errorf(parley.EINVALID, "entity: name %q is ambiguous: %v; ask by id", name, ids)
}

// meetings resolves Query.meetings.
func (r *resolver) meetings(p graphql.ResolveParams) (any, error) {
	between := stringList(p.Args["between"])
	if len(between) == 0 {
		return nil, errorf(parley.EINVALID, "meetings: between needs at least one entity id")
	}
	return eventConnection(p, newLoader(r.store), between)
}

// entityMeetings resolves Entity.meetings.
func (r *resolver) entityMeetings(p graphql.ResolveParams) (any, error) {
	s := p.Source.(entityRef)
	return eventConnection(p, s.l, append([]string{s.e.ID}, stringList(p.Args["with"])...))
}

// eventConnection returns the page of occurred contacts all of entities took part in,
// after queueing the entities and articles the page refers to, so that they are fetched
// in one call each. Unknown entities are NOT_FOUND.
func eventConnection(p graphql.ResolveParams, l *loader, entities []string) (any, error) {
	slices.Sort(entities)
	entities = slices.Compact(entities)
	if len(entities) > MaxBetween {
		return nil, errorf(parley.ELIMIT, "meetings: %d entities given, at most %d allowed", len(entities), MaxBetween)
	}
	f := parley.EventFilter{Entities: entities, Contacts: true}
	f.From, _ = p.Args["from"].(string)
	f.To, _ = p.Args["to"].(string)
	f.After, _ = p.Args["after"].(string)
	if f.From != "" && f.To != "" && f.From > f.To {
		return nil, errorf(parley.EINVALID, "meetings: from %s is after to %s", f.From, f.To)
	}
	if first, ok := p.Args["first"].(int); ok {
		if first < 1 {
			return nil, errorf(parley.EINVALID, "meetings: first must be at least 1, got %d", first)
		} else if first > parley.MaxPage {
			return nil, errorf(parley.ELIMIT, "meetings: first must be at most %d, got %d", parley.MaxPage, first)
		}
		f.First = first
	}
	known, err := l.loadEntities(p.Context, entities)
	if err != nil {
		return nil, err
	}
	if len(known) < len(entities) {
		for _, id := range entities {
			if !slices.ContainsFunc(known, func(e *parley.Entity) bool { return e.ID == id }) {
				return nil, errorf(parley.ENOTFOUND, "no entity with id %q", id)
			}
		}
	}
	page, err := l.store.Events(p.Context, f)
	if err != nil {
		return nil, err
	}
	l.queueEvents(page.Events)
	return connection{page, l}, nil
}

func (c connection) edges() any {
	edges := make([]edgeRef, len(c.page.Events))
	for i, e := range c.page.Events {
		edges[i] = edgeRef{c.page.Cursors[i], eventRef{e, c.l}}
	}
	return edges
}

func (c connection) endCursor() any {
	if n := len(c.page.Cursors); n > 0 {
		return c.page.Cursors[n-1]
	}
	return nil
}

func (r *resolver) entityRoles(p graphql.ResolveParams) (any, error) {
	s := p.Source.(entityRef)
	roles := make([]roleRef, len(s.e.Roles))
	for i, role := range s.e.Roles {
		roles[i] = roleRef{role, s.l}
	}
	return roles, nil
}

func (r *resolver) roleOf(p graphql.ResolveParams) (any, error) {
	s := p.Source.(roleRef)
	return s.l.entity(p.Context, s.r.Of)
}

func (r *resolver) eventLocation(p graphql.ResolveParams) (any, error) {
	s := p.Source.(eventRef)
	return s.l.entity(p.Context, s.e.Location)
}

func (r *resolver) eventSpeaker(p graphql.ResolveParams) (any, error) {
	s := p.Source.(eventRef)
	return s.l.entity(p.Context, s.e.Speaker)
}

func (r *resolver) eventParticipants(p graphql.ResolveParams) (any, error) {
	s := p.Source.(eventRef)
	return s.l.entityRefs(p.Context, s.e.Participants)
}

func (r *resolver) eventAbsent(p graphql.ResolveParams) (any, error) {
	s := p.Source.(eventRef)
	return s.l.entityRefs(p.Context, s.e.Absent)
}

func (r *resolver) eventSources(p graphql.ResolveParams) (any, error) {
	s := p.Source.(eventRef)
	out := make([]evidenceRef, len(s.e.Sources))
	for i, ev := range s.e.Sources {
		out[i] = evidenceRef{ev, s.l}
	}
	return out, nil
}

func (r *resolver) evidenceArticle(p graphql.ResolveParams) (any, error) {
	s := p.Source.(evidenceRef)
	if s.ev.Article == "" {
		return nil, nil
	}
	as, err := s.l.loadArticles(p.Context, []string{s.ev.Article})
	if err != nil || len(as) == 0 {
		return nil, err
	}
	return as[0], nil
}

// stringList returns a list argument as strings.
func stringList(v any) []string {
	vs, _ := v.([]any)
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// loader fetches the entities and articles of one root field in batches: a connection
// queues every id its page refers to, and the first lookup that misses the cache fetches
// the whole queue with one store call. It is safe for concurrent use.
type loader struct {
	store parley.Store

	mu             sync.Mutex
	entities       map[string]*parley.Entity // nil value: known to be missing
	articles       map[string]*parley.Article
	queuedEntities []string
	queuedArticles []string
}

func newLoader(s parley.Store) *loader {
	return &loader{store: s, entities: map[string]*parley.Entity{}, articles: map[string]*parley.Article{}}
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

// entity returns the entity with the id as a source value, or nil (null) if the id is
// empty or unknown.
func (l *loader) entity(ctx context.Context, id string) (any, error) {
	if id == "" {
		return nil, nil
	}
	es, err := l.entityRefs(ctx, []string{id})
	if err != nil || len(es) == 0 {
		return nil, err
	}
	return es[0], nil
}

// entityRefs returns the known entities with the ids, in order, as source values.
func (l *loader) entityRefs(ctx context.Context, ids []string) ([]entityRef, error) {
	es, err := l.loadEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]entityRef, len(es))
	for i, e := range es {
		out[i] = entityRef{e, l}
	}
	return out, nil
}

// loadEntities returns the known entities with the ids, in order. If any is not cached
// it fetches it with the queue in one store call, then queues the entities their roles
// name.
func (l *loader) loadEntities(ctx context.Context, ids []string) ([]*parley.Entity, error) {
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
		for _, e := range es {
			l.entities[e.ID] = e
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

// missing returns the distinct non-empty ids not in the cache.
func missing[T any](cache map[string]*T, ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		if _, ok := cache[id]; !ok && id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
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
