package schema

import (
	"context"
	"slices"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/parleyhq/parley"
)

// Limits of the query arguments.
const (
	// MaxBetween is the most entity ids a meetings query may name.
	MaxBetween = 10
	// MaxSearchRunes is the longest search text, in code points.
	MaxSearchRunes = 200
)

// IngestFunc extracts the entities, mentions and events of articles, one extraction per
// article; the handler passes the pipeline of the loaders package.
type IngestFunc func(ctx context.Context, arts []*parley.Article) ([]*parley.Extraction, error)

// resolver resolves the root fields against a store. Everything below a root field
// carries the loader of its request in its source value.
type resolver struct {
	store  parley.Store
	ingest IngestFunc // nil: the ingest mutation is disabled

	ingestMu sync.Mutex // one ingest at a time, so that each reports what it added
}

// The source values of the object types are pointers to these, so that graphql-go's
// reflection copies none. Articles are *parley.Article, dates *parley.DateRange and
// stats a parley.Stats value. String fields resolve to pointers into them, which
// graphql-go's String and ID serialize without formatting.
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
	contactRef struct {
		c        parley.Contact
		of       string // the entity whose contact this is
		from, to string // the window the contact was counted in
		l        *loader
	}
	hopRef struct {
		h parley.Hop
		l *loader
	}
)

// newRefs returns the source values ref makes of xs, as pointers into one array: a list
// of pointers is completed without the copy graphql-go's reflection makes of each
// struct element. It is never nil, so that an empty list is [].
func newRefs[T, R any](xs []T, ref func(T) R) []*R {
	refs := make([]R, len(xs))
	out := make([]*R, len(xs))
	for i, x := range xs {
		refs[i] = ref(x)
		out[i] = &refs[i]
	}
	return out
}

// field returns a resolver reading a value off a source of type S. A source of another
// type is a bug: the panic becomes an INTERNAL error in guard.
func field[S any](f func(S) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(S)), nil }
}

func entityField(f func(*parley.Entity) any) graphql.FieldResolveFn {
	return field(func(s *entityRef) any { return f(s.e) })
}
func eventField(f func(*parley.Event) any) graphql.FieldResolveFn {
	return field(func(s *eventRef) any { return f(s.e) })
}
func roleField(f func(*parley.Role) any) graphql.FieldResolveFn {
	return field(func(s *roleRef) any { return f(&s.r) })
}
func evidenceField(f func(*parley.Evidence) any) graphql.FieldResolveFn {
	return field(func(s *evidenceRef) any { return f(&s.ev) })
}
func contactField(f func(*parley.Contact) any) graphql.FieldResolveFn {
	return field(func(s *contactRef) any { return f(&s.c) })
}
func articleField(f func(*parley.Article) any) graphql.FieldResolveFn { return field(f) }
func dateField(f func(*parley.DateRange) any) graphql.FieldResolveFn  { return field(f) }
func statsField(f func(parley.Stats) any) graphql.FieldResolveFn      { return field(f) }
func edgeField(f func(*edgeRef) any) graphql.FieldResolveFn           { return field(f) }
func connectionField(f func(*connection) any) graphql.FieldResolveFn  { return field(f) }

// entity resolves Query.entity: by id (unknown -> NOT_FOUND) or by name or alias
// (unknown -> null; several -> BAD_USER_INPUT listing their ids).
func (r *resolver) entity(p graphql.ResolveParams) (any, error) {
	id, hasID := p.Args["id"].(string)
	name, hasName := p.Args["name"].(string)
	var e *parley.Entity
	var err error
	switch {
	case hasID && hasName:
		return nil, errorf(parley.EINVALID, "entity: give id or name, not both")
	case hasID:
		e, err = r.store.Entity(p.Context, id)
	case hasName:
		e, err = r.findEntity(p.Context, name)
	default:
		return nil, errorf(parley.EINVALID, "entity: give id or name")
	}
	if e == nil || err != nil {
		return nil, err
	}
	l := newLoader(r.store)
	l.add(e)
	return &entityRef{e, l}, nil
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

// search resolves Query.search.
func (r *resolver) search(p graphql.ResolveParams) (any, error) {
	text, _ := p.Args["text"].(string)
	if parley.Fold(text) == "" {
		return nil, errorf(parley.EINVALID, "search: text %q has no letters or digits", text)
	} else if n := len([]rune(text)); n > MaxSearchRunes {
		return nil, errorf(parley.ELIMIT, "search: text is %d characters, over the limit of %d", n, MaxSearchRunes)
	}
	first, err := pageSize(p, "search")
	if err != nil {
		return nil, err
	}
	es, err := r.store.Search(p.Context, text, enumList[parley.Kind](p.Args["kinds"]), first)
	if err != nil {
		return nil, err
	}
	l := newLoader(r.store)
	l.add(es...)
	return newRefs(es, func(e *parley.Entity) entityRef { return entityRef{e, l} }), nil
}

// event resolves Query.event; an unknown id is NOT_FOUND.
func (r *resolver) event(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	e, err := r.store.Event(p.Context, id)
	if err != nil {
		return nil, err
	}
	l := newLoader(r.store)
	l.queueEvents([]*parley.Event{e})
	return &eventRef{e, l}, nil
}

// article resolves Query.article; an unknown id is NOT_FOUND.
func (r *resolver) article(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	return r.store.Article(p.Context, id)
}

// stats resolves Query.stats.
func (r *resolver) stats(p graphql.ResolveParams) (any, error) {
	return r.store.Stats(p.Context)
}

// meetings resolves Query.meetings.
func (r *resolver) meetings(p graphql.ResolveParams) (any, error) {
	between := stringList(p.Args["between"])
	if len(between) == 0 {
		return nil, errorf(parley.EINVALID, "meetings: between needs at least one entity id")
	}
	return meetingConnection(p, newLoader(r.store), between)
}

// entityMeetings resolves Entity.meetings.
func (r *resolver) entityMeetings(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*entityRef)
	return meetingConnection(p, s.l, append([]string{s.e.ID}, stringList(p.Args["with"])...))
}

// meetingConnection returns the page of occurred contacts all of entities took part in.
// Unknown entities are NOT_FOUND.
func meetingConnection(p graphql.ResolveParams, l *loader, entities []string) (any, error) {
	slices.Sort(entities)
	entities = slices.Compact(entities)
	if len(entities) > MaxBetween {
		return nil, errorf(parley.ELIMIT, "meetings: %d entities given, at most %d allowed", len(entities), MaxBetween)
	}
	f, err := eventFilter(p, "meetings")
	if err != nil {
		return nil, err
	}
	f.Entities, f.Contacts = entities, true
	if err := l.require(p.Context, entities); err != nil {
		return nil, err
	}
	return eventConnection(p.Context, l, f)
}

// timeline resolves Query.timeline: events of every type and status, of one entity or
// of the whole graph.
func (r *resolver) timeline(p graphql.ResolveParams) (any, error) {
	l := newLoader(r.store)
	f, err := eventFilter(p, "timeline")
	if err != nil {
		return nil, err
	}
	if id, ok := p.Args["entity"].(string); ok {
		if err := l.require(p.Context, []string{id}); err != nil {
			return nil, err
		}
		f.Entities = []string{id}
	}
	return eventConnection(p.Context, l, f)
}

// entityEvents resolves Entity.events.
func (r *resolver) entityEvents(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*entityRef)
	f, err := eventFilter(p, "events")
	if err != nil {
		return nil, err
	}
	f.Entities = []string{s.e.ID}
	return eventConnection(p.Context, s.l, f)
}

// contacts resolves Query.contacts; an unknown entity is NOT_FOUND.
func (r *resolver) contacts(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["entity"].(string)
	l := newLoader(r.store)
	if err := l.require(p.Context, []string{id}); err != nil {
		return nil, err
	}
	return contactList(p, l, id)
}

// entityContacts resolves Entity.contacts.
func (r *resolver) entityContacts(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*entityRef)
	return contactList(p, s.l, s.e.ID)
}

// contactList returns the contacts of the entity in the window the arguments give,
// after fetching the other entities with one store call.
func contactList(p graphql.ResolveParams, l *loader, entity string) (any, error) {
	from, to, err := window(p, "contacts")
	if err != nil {
		return nil, err
	}
	first, err := pageSize(p, "contacts")
	if err != nil {
		return nil, err
	}
	cs, err := l.store.Contacts(p.Context, entity, from, to, first)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.Entity
	}
	if _, err := l.loadEntities(p.Context, ids); err != nil {
		return nil, err
	}
	return newRefs(cs, func(c parley.Contact) contactRef { return contactRef{c: c, of: entity, from: from, to: to, l: l} }), nil
}

func (r *resolver) contactEntity(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*contactRef)
	return s.l.entity(p.Context, s.c.Entity)
}

// contactEvents resolves Contact.events: the occurred contacts of the pair in the
// window the contact was counted in.
func (r *resolver) contactEvents(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*contactRef)
	return pairConnection(p, s.l, s.of, s.c.Entity, s.from, s.to)
}

// pairConnection returns the page of occurred contacts of two entities in [from, to].
func pairConnection(p graphql.ResolveParams, l *loader, a, b, from, to string) (any, error) {
	first, err := pageSize(p, "events")
	if err != nil {
		return nil, err
	}
	after, _ := p.Args["after"].(string)
	f := parley.EventFilter{Entities: []string{a, b}, Contacts: true, From: from, To: to, First: first, After: after}
	return eventConnection(p.Context, l, f)
}

// path resolves Query.path: null when no chain is short enough, empty from an entity to
// itself.
func (r *resolver) path(p graphql.ResolveParams) (any, error) {
	from, _ := p.Args["from"].(string)
	to, _ := p.Args["to"].(string)
	maxHops := parley.MaxHops
	if n, ok := p.Args["maxHops"].(int); ok {
		maxHops = n
	}
	if maxHops < 1 {
		return nil, errorf(parley.EINVALID, "path: maxHops must be at least 1, got %d", maxHops)
	} else if maxHops > parley.MaxHops {
		return nil, errorf(parley.ELIMIT, "path: maxHops must be at most %d, got %d", parley.MaxHops, maxHops)
	}
	hops, err := r.store.Path(p.Context, from, to, maxHops)
	if err != nil || hops == nil {
		return nil, err
	}
	var ids []string
	for _, h := range hops {
		ids = append(ids, h.From, h.To)
	}
	l := newLoader(r.store)
	if _, err := l.loadEntities(p.Context, ids); err != nil {
		return nil, err
	}
	return newRefs(hops, func(h parley.Hop) hopRef { return hopRef{h, l} }), nil
}

func (r *resolver) hopFrom(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*hopRef)
	return s.l.entity(p.Context, s.h.From)
}

func (r *resolver) hopTo(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*hopRef)
	return s.l.entity(p.Context, s.h.To)
}

// hopEvents resolves Hop.events: every occurred contact of the pair.
func (r *resolver) hopEvents(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*hopRef)
	return pairConnection(p, s.l, s.h.From, s.h.To, "", "")
}

// articles resolves Query.articles; an unknown entity is NOT_FOUND.
func (r *resolver) articles(p graphql.ResolveParams) (any, error) {
	f, err := articleFilter(p, "articles")
	if err != nil {
		return nil, err
	}
	f.Entity, _ = p.Args["entity"].(string)
	if f.Entity != "" {
		if err := newLoader(r.store).require(p.Context, []string{f.Entity}); err != nil {
			return nil, err
		}
	}
	return articleConnection(p.Context, r.store, f)
}

// entityArticles resolves Entity.articles.
func (r *resolver) entityArticles(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*entityRef)
	f, err := articleFilter(p, "articles")
	if err != nil {
		return nil, err
	}
	f.Entity = s.e.ID
	return articleConnection(p.Context, s.l.store, f)
}

// entityRoles resolves Entity.roles: every role, or those held on the day at.
func (r *resolver) entityRoles(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*entityRef)
	at, _ := p.Args["at"].(string)
	var held []parley.Role
	for _, role := range parley.MergeRoles(s.e.Roles) {
		if at == "" || (role.From == "" || role.From <= at) && (role.To == "" || at <= role.To) {
			held = append(held, role)
		}
	}
	return newRefs(held, func(r parley.Role) roleRef { return roleRef{r, s.l} }), nil
}

func (r *resolver) roleOf(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*roleRef)
	return s.l.entity(p.Context, s.r.Of)
}

func (r *resolver) eventLocation(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*eventRef)
	return s.l.entity(p.Context, s.e.Location)
}

func (r *resolver) eventSpeaker(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*eventRef)
	return s.l.entity(p.Context, s.e.Speaker)
}

func (r *resolver) eventParticipants(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*eventRef)
	return s.l.loadEntities(p.Context, s.e.Participants)
}

func (r *resolver) eventAbsent(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*eventRef)
	return s.l.loadEntities(p.Context, s.e.Absent)
}

func (r *resolver) eventSources(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*eventRef)
	return newRefs(s.e.Sources, func(ev parley.Evidence) evidenceRef { return evidenceRef{ev, s.l} }), nil
}

func (r *resolver) evidenceArticle(p graphql.ResolveParams) (any, error) {
	s := p.Source.(*evidenceRef)
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
	return enumList[string](v)
}

// enumList returns a list argument of enum values (or strings) as values of T.
func enumList[T ~string](v any) []T {
	vs, _ := v.([]any)
	out := make([]T, 0, len(vs))
	for _, v := range vs {
		if s, ok := v.(T); ok {
			out = append(out, s)
		}
	}
	return out
}
