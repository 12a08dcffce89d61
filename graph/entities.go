package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// Entity returns the entity with the id, or an ENOTFOUND error.
func (s *Store) Entity(ctx context.Context, id string) (*parley.Entity, error) {
	got, err := s.loadEntities(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	e, ok := got[id]
	if !ok {
		return nil, parley.Errorf(parley.ENOTFOUND, "entity %q not found", id)
	}
	return e, nil
}

// Entities returns the entities with the ids, in order; unknown ids are skipped. It
// reads them all in one bulk read.
func (s *Store) Entities(ctx context.Context, ids []string) ([]*parley.Entity, error) {
	got, err := s.loadEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*parley.Entity, 0, len(ids))
	for _, id := range ids {
		if e, ok := got[id]; ok {
			out = append(out, e)
		}
	}
	return out, nil
}

// FindEntities returns the entities whose name or an alias folds (parley.Fold) to the
// same form as name, ordered by id. It is a lookup in the parley:key index. An empty
// folded name is an EINVALID error.
func (s *Store) FindEntities(ctx context.Context, name string) ([]*parley.Entity, error) {
	key := parley.Fold(name)
	if key == "" {
		return nil, parley.Errorf(parley.EINVALID, "name %q has no letters or digits to look up", name)
	}
	if s.idx != nil {
		return s.Entities(ctx, s.idx.findEntities(key))
	}
	nodes, err := s.subjectsOf(ctx, PredKey, quad.String(key))
	if err != nil {
		return nil, err
	}
	ids := idsOf(nodes)
	slices.Sort(ids)
	return s.Entities(ctx, ids)
}

// loadEntities reads the entities with the ids and their roles in two bulk reads,
// keyed by id. Ids that are not entities are absent from the result.
func (s *Store) loadEntities(ctx context.Context, ids []string) (map[string]*parley.Entity, error) {
	if s.idx != nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return s.idx.loadEntities(ids), nil
	}
	rows, err := s.outgoing(ctx, iris(ids))
	if err != nil {
		return nil, err
	}
	out := make(map[string]*parley.Entity, len(rows))
	roleOf := make(map[quad.Value]*parley.Entity)
	var roles []quad.Value
	for node, qs := range rows {
		class, _ := firstValue(qs, PredType).(quad.IRI)
		kind, ok := classKind[class]
		if !ok {
			continue
		}
		id, _ := nodeID(node)
		e := &parley.Entity{ID: id, Kind: kind, Name: stringOf(firstValue(qs, PredName))}
		for _, q := range qs {
			switch q.Predicate {
			case PredAlias:
				e.Aliases = append(e.Aliases, stringOf(q.Object))
			case PredWikidata:
				e.Wikidata = stringOf(q.Object)
			case PredRole:
				roleOf[q.Object] = e
				roles = append(roles, q.Object)
			}
		}
		slices.Sort(e.Aliases)
		out[id] = e
	}
	if len(roles) == 0 {
		return out, nil
	}
	roleRows, err := s.outgoing(ctx, roles)
	if err != nil {
		return nil, err
	}
	for node, qs := range roleRows {
		e := roleOf[node]
		if e == nil {
			continue
		}
		of, _ := nodeID(firstValue(qs, PredRoleOf))
		e.Roles = append(e.Roles, parley.Role{
			Title: stringOf(firstValue(qs, PredRoleTitle)),
			Of:    of,
			From:  stringOf(firstValue(qs, PredRoleFrom)),
			To:    stringOf(firstValue(qs, PredRoleTo)),
		})
	}
	for _, e := range out {
		slices.SortFunc(e.Roles, func(a, b parley.Role) int {
			return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Of, b.Of), cmp.Compare(a.To, b.To))
		})
	}
	return out, nil
}

// Article returns the article with the id, or an ENOTFOUND error.
func (s *Store) Article(ctx context.Context, id string) (*parley.Article, error) {
	got, err := s.loadArticles(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	a, ok := got[id]
	if !ok {
		return nil, parley.Errorf(parley.ENOTFOUND, "article %q not found", id)
	}
	return a, nil
}

// Articles returns the articles with the ids, in order; unknown ids are skipped.
func (s *Store) Articles(ctx context.Context, ids []string) ([]*parley.Article, error) {
	got, err := s.loadArticles(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*parley.Article, 0, len(ids))
	for _, id := range ids {
		if a, ok := got[id]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}

// loadArticles reads the articles with the ids in one bulk read, keyed by id.
func (s *Store) loadArticles(ctx context.Context, ids []string) (map[string]*parley.Article, error) {
	if s.idx != nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return s.idx.loadArticles(ids), nil
	}
	rows, err := s.outgoing(ctx, iris(ids))
	if err != nil {
		return nil, err
	}
	out := make(map[string]*parley.Article, len(rows))
	for node, qs := range rows {
		if firstValue(qs, PredType) != ClassArticle {
			continue
		}
		id, _ := nodeID(node)
		out[id] = &parley.Article{
			ID:        id,
			Name:      stringOf(firstValue(qs, PredArticleName)),
			Title:     stringOf(firstValue(qs, PredHeadline)),
			Published: stringOf(firstValue(qs, PredPublished)),
			URL:       stringOf(firstValue(qs, PredURL)),
			Source:    stringOf(firstValue(qs, PredSource)),
		}
	}
	return out, nil
}

// iris returns the node IRIs of ids, without duplicates.
func iris(ids []string) []quad.Value {
	out := make([]quad.Value, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, nodeIRI(id))
		}
	}
	return out
}

// idsOf returns the parley ids of node IRIs, skipping other values.
func idsOf(nodes []quad.Value) []string {
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		if id, ok := nodeID(n); ok {
			out = append(out, id)
		}
	}
	return out
}

// stringOf returns the text of a string literal, "" for anything else.
func stringOf(v quad.Value) string {
	s, _ := v.(quad.String)
	return string(s)
}
