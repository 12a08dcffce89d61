package schema

import (
	"context"

	"github.com/graphql-go/graphql"
	"github.com/parleyhq/parley"
)

// connection is one page of a Relay connection: its nodes (*eventRef or *parley.Article)
// with their cursors.
type connection struct {
	nodes      []any
	cursors    []string
	totalCount int
	hasNext    bool
}

// edgeRef is the source value of an edge.
type edgeRef struct {
	cursor *string // into the connection's cursors
	node   any
}

func (c *connection) edges() any {
	refs := make([]edgeRef, len(c.nodes))
	out := make([]*edgeRef, len(c.nodes))
	for i, n := range c.nodes {
		refs[i] = edgeRef{&c.cursors[i], n}
		out[i] = &refs[i]
	}
	return out
}

func (c *connection) endCursor() any {
	if n := len(c.cursors); n > 0 {
		return &c.cursors[n-1]
	}
	return nil
}

// eventConnection returns the page of events matching f, after queueing the entities
// and articles the page refers to, so that they are fetched in one call each.
func eventConnection(ctx context.Context, l *loader, f parley.EventFilter) (any, error) {
	page, err := l.store.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	l.queueEvents(page.Events)
	c := &connection{cursors: page.Cursors, totalCount: page.TotalCount, hasNext: page.HasNext, nodes: make([]any, len(page.Events))}
	refs := make([]eventRef, len(page.Events))
	for i, e := range page.Events {
		refs[i] = eventRef{e, l}
		c.nodes[i] = &refs[i]
	}
	return c, nil
}

// articleConnection returns the page of articles matching f.
func articleConnection(ctx context.Context, store parley.Store, f parley.ArticleFilter) (any, error) {
	page, err := store.ListArticles(ctx, f)
	if err != nil {
		return nil, err
	}
	c := &connection{cursors: page.Cursors, totalCount: page.TotalCount, hasNext: page.HasNext, nodes: make([]any, len(page.Articles))}
	for i, a := range page.Articles {
		c.nodes[i] = a
	}
	return c, nil
}

// eventFilter returns the filter the window, type and page arguments of the named field
// give, or a BAD_USER_INPUT or LIMIT_EXCEEDED error.
func eventFilter(p graphql.ResolveParams, name string) (parley.EventFilter, error) {
	var f parley.EventFilter
	var err error
	if f.From, f.To, err = window(p, name); err != nil {
		return f, err
	}
	if f.First, err = pageSize(p, name); err != nil {
		return f, err
	}
	f.After, _ = p.Args["after"].(string)
	f.Types = enumList[parley.EventType](p.Args["types"])
	return f, nil
}

// articleFilter returns the filter the window and page arguments of the named field
// give, or a BAD_USER_INPUT or LIMIT_EXCEEDED error.
func articleFilter(p graphql.ResolveParams, name string) (parley.ArticleFilter, error) {
	var f parley.ArticleFilter
	var err error
	if f.From, f.To, err = window(p, name); err != nil {
		return f, err
	}
	if f.First, err = pageSize(p, name); err != nil {
		return f, err
	}
	f.After, _ = p.Args["after"].(string)
	return f, nil
}

// window returns the from and to arguments, empty when absent, or a BAD_USER_INPUT
// error if from is after to. The Date scalar has checked that each is a day.
func window(p graphql.ResolveParams, name string) (from, to string, err error) {
	from, _ = p.Args["from"].(string)
	to, _ = p.Args["to"].(string)
	if from != "" && to != "" && from > to {
		return "", "", errorf(parley.EINVALID, "%s: from %s is after to %s", name, from, to)
	}
	return from, to, nil
}

// pageSize returns the first argument, 0 (the store's default page) when absent, or a
// BAD_USER_INPUT error below 1 and a LIMIT_EXCEEDED one above parley.MaxPage.
func pageSize(p graphql.ResolveParams, name string) (int, error) {
	first, ok := p.Args["first"].(int)
	switch {
	case !ok:
		return 0, nil
	case first < 1:
		return 0, errorf(parley.EINVALID, "%s: first must be at least 1, got %d", name, first)
	case first > parley.MaxPage:
		return 0, errorf(parley.ELIMIT, "%s: first must be at most %d, got %d", name, parley.MaxPage, first)
	}
	return first, nil
}
