package schema

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/parleyhq/parley"
)

// Limits of the ingest mutation. With the default body limit of 1 MB a full batch of
// the largest articles does not fit one request; each limit holds on its own.
const (
	// MaxIngestArticles is the most articles one ingest may carry.
	MaxIngestArticles = 20
	// MaxArticleBytes is the largest article body, in bytes.
	MaxArticleBytes = 64 << 10
	// MaxArticleFieldBytes is the largest name, title, URL or source of an article.
	MaxArticleFieldBytes = 2 << 10
)

// newMutation returns the Mutation type with the ingest field.
func newMutation(t *types, r *resolver) *graphql.Object {
	input := graphql.NewInputObject(graphql.InputObjectConfig{
		Name:        "ArticleInput",
		Description: "A news article to read into the graph. Its id is a hash of its URL, else of its body.",
		Fields: graphql.InputObjectConfigFieldMap{
			"body":      {Type: graphql.NewNonNull(graphql.String), Description: fmt.Sprintf("The text, at most %d bytes.", MaxArticleBytes)},
			"title":     {Type: graphql.String},
			"url":       {Type: graphql.String},
			"source":    {Type: graphql.String, Description: "The publisher."},
			"published": {Type: t.date},
			"name":      {Type: graphql.String, Description: "A short name; the hash of the id when absent."},
		},
	})
	added := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Added",
		Description: "The ids of the things an ingest added to the graph, and their count.",
		Fields: graphql.Fields{
			"count": {Type: graphql.NewNonNull(graphql.Int), Resolve: field(func(ids []string) any { return len(ids) })},
			"ids":   {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.ID))), Resolve: field(func(ids []string) any { return ids })},
		},
	})
	result := graphql.NewObject(graphql.ObjectConfig{
		Name:        "IngestResult",
		Description: "What an ingest added: things already in the graph are not listed again.",
		Fields: graphql.Fields{
			"articles": {Type: graphql.NewNonNull(added), Resolve: field(func(r ingestResult) any { return r.articles })},
			"entities": {Type: graphql.NewNonNull(added), Resolve: field(func(r ingestResult) any { return r.entities })},
			"events":   {Type: graphql.NewNonNull(added), Resolve: field(func(r ingestResult) any { return r.events }), Description: "New events; new evidence of a known event is not listed."},
			"quads":    {Type: graphql.NewNonNull(graphql.Int), Resolve: field(func(r ingestResult) any { return r.quads }), Description: "The number of quads written."},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name: "Mutation",
		Fields: graphql.Fields{
			"ingest": {Type: graphql.NewNonNull(result), Resolve: r.ingestArticles,
				Description: fmt.Sprintf("Reads up to %d articles into the graph. It needs the server's token as Authorization: Bearer <token>; "+
					"a server without a token answers UNAUTHENTICATED. Pass the articles as a variable: the query text is limited in size.", MaxIngestArticles),
				Args: graphql.FieldConfigArgument{
					"articles": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(input)))},
				}},
		},
	})
}

// ingestResult is the source value of IngestResult.
type ingestResult struct {
	articles, entities, events []string // ids new to the graph
	quads                      int
}

// ingestArticles resolves Mutation.ingest: it checks the caller's token, reads the
// articles, extracts them, notes which of their articles, entities and events the graph
// lacks and writes them in one store call.
func (r *resolver) ingestArticles(p graphql.ResolveParams) (any, error) {
	if err := authenticated(p.Context); err != nil {
		return nil, err
	}
	if r.ingest == nil {
		return nil, errorf(parley.EUNAUTHENTICATED, "ingest is disabled on this server")
	}
	arts, err := articleInputs(p.Args["articles"])
	if err != nil {
		return nil, err
	}
	xs, err := r.ingest(p.Context, arts)
	if err != nil {
		return nil, fmt.Errorf("ingest: extract: %w", err)
	}
	xs = slices.DeleteFunc(xs, func(x *parley.Extraction) bool { return x == nil })
	r.ingestMu.Lock()
	defer r.ingestMu.Unlock()
	res, err := r.newInGraph(p.Context, xs)
	if err != nil {
		return nil, err
	}
	if res.quads, err = r.store.Write(p.Context, xs); err != nil {
		return nil, fmt.Errorf("ingest: write: %w", err)
	}
	return res, nil
}

// articleInputs returns the articles of the ingest argument, one per distinct id, or a
// BAD_USER_INPUT or LIMIT_EXCEEDED error naming the article and field at fault.
func articleInputs(v any) ([]*parley.Article, error) {
	ins, _ := v.([]any)
	if len(ins) == 0 {
		return nil, errorf(parley.EINVALID, "ingest: no articles given")
	} else if len(ins) > MaxIngestArticles {
		return nil, errorf(parley.ELIMIT, "ingest: %d articles given, at most %d allowed", len(ins), MaxIngestArticles)
	}
	var arts []*parley.Article
	seen := map[string]bool{}
	for i, in := range ins {
		m, _ := in.(map[string]any)
		str := func(name string) string { s, _ := m[name].(string); return s }
		a := &parley.Article{Title: str("title"), URL: strings.TrimSpace(str("url")), Source: str("source"),
			Published: str("published"), Name: str("name"), Body: str("body")}
		if strings.TrimSpace(a.Body) == "" {
			return nil, errorf(parley.EINVALID, "ingest: articles[%d].body is empty", i)
		} else if len(a.Body) > MaxArticleBytes {
			return nil, errorf(parley.ELIMIT, "ingest: articles[%d].body is %d bytes, over the limit of %d", i, len(a.Body), MaxArticleBytes)
		}
		for name, s := range map[string]string{"name": a.Name, "title": a.Title, "url": a.URL, "source": a.Source} {
			if len(s) > MaxArticleFieldBytes {
				return nil, errorf(parley.ELIMIT, "ingest: articles[%d].%s is %d bytes, over the limit of %d", i, name, len(s), MaxArticleFieldBytes)
			}
		}
		a.ID = parley.ArticleID(a.URL, a.Body)
		if a.Name == "" {
			a.Name = strings.TrimPrefix(a.ID, "article/")
		}
		if !seen[a.ID] {
			seen[a.ID] = true
			arts = append(arts, a)
		}
	}
	return arts, nil
}

// newInGraph returns the ids of the articles, entities and events of xs that the graph
// does not hold yet.
func (r *resolver) newInGraph(ctx context.Context, xs []*parley.Extraction) (ingestResult, error) {
	var articles, entities, events []string
	for _, x := range xs {
		articles = append(articles, x.Article.ID)
		for _, e := range x.Entities {
			entities = append(entities, e.ID)
		}
		for _, e := range x.Events {
			events = append(events, e.ID)
		}
	}
	res := ingestResult{articles: []string{}, entities: []string{}, events: []string{}}
	as, err := r.store.Articles(ctx, distinct(articles))
	if err != nil {
		return res, err
	}
	res.articles = absent(distinct(articles), func(id string) bool {
		return slices.ContainsFunc(as, func(a *parley.Article) bool { return a.ID == id })
	})
	es, err := r.store.Entities(ctx, distinct(entities))
	if err != nil {
		return res, err
	}
	res.entities = absent(distinct(entities), func(id string) bool {
		return slices.ContainsFunc(es, func(e *parley.Entity) bool { return e.ID == id })
	})
	for _, id := range distinct(events) { // the store looks events up one at a time
		if _, err := r.store.Event(ctx, id); parley.ErrorCode(err) == parley.ENOTFOUND {
			res.events = append(res.events, id)
		} else if err != nil {
			return res, err
		}
	}
	return res, nil
}

// distinct returns the distinct non-empty ids in order.
func distinct(ids []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// absent returns the ids for which known is false.
func absent(ids []string, known func(string) bool) []string {
	return slices.DeleteFunc(ids, known)
}
