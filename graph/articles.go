package graph

import (
	"cmp"
	"context"
	"encoding/base64"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// articleKey is an article's place in the newest-first order.
type articleKey struct {
	published string
	id        string
}

// compareNewest orders articles newest first: later published first, undated last,
// then by id.
func compareNewest(a, b articleKey) int {
	return cmp.Or(
		cmp.Compare(boolInt(a.published == ""), boolInt(b.published == "")),
		cmp.Compare(b.published, a.published),
		cmp.Compare(a.id, b.id),
	)
}

func encodeArticleCursor(k articleKey) string {
	return base64.RawURLEncoding.EncodeToString([]byte(k.published + cursorSep + k.id))
}

// decodeArticleCursor returns the position an article cursor names, or an EINVALID error.
func decodeArticleCursor(c string) (articleKey, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	parts := strings.SplitN(string(b), cursorSep, 2)
	if err != nil || len(parts) != 2 || checkDate(parts[0]) != nil || checkID(parts[1]) != nil {
		return articleKey{}, parley.Errorf(parley.EINVALID, "after: %q is not an article cursor from this API", c)
	}
	return articleKey{published: parts[0], id: parts[1]}, nil
}

// articleQuery is a validated ArticleFilter.
type articleQuery struct {
	n     int
	after *articleKey
	f     parley.ArticleFilter
}

func newArticleQuery(f parley.ArticleFilter) (articleQuery, error) {
	n, err := pageSize(f.First)
	if err != nil {
		return articleQuery{}, err
	}
	if err := checkWindow(f.From, f.To); err != nil {
		return articleQuery{}, err
	}
	q := articleQuery{n: n, f: f}
	if f.After != "" {
		k, err := decodeArticleCursor(f.After)
		if err != nil {
			return articleQuery{}, err
		}
		q.after = &k
	}
	return q, nil
}

// match reports whether an article published on date passes the date filter.
func (q articleQuery) match(published string) bool {
	if q.f.From == "" && q.f.To == "" {
		return true
	}
	return published != "" && (q.f.From == "" || published >= q.f.From) && (q.f.To == "" || published <= q.f.To)
}

// page cuts the page out of keys, which must be the sorted matches.
func (q articleQuery) page(keys []articleKey) (ids, cursors []string, hasNext bool) {
	start := 0
	if q.after != nil {
		start, _ = slices.BinarySearchFunc(keys, *q.after, compareNewest)
		if start < len(keys) && compareNewest(keys[start], *q.after) == 0 {
			start++
		}
	}
	end := min(start+q.n, len(keys))
	for _, k := range keys[start:end] {
		ids = append(ids, k.id)
		cursors = append(cursors, encodeArticleCursor(k))
	}
	return ids, cursors, end < len(keys)
}

// ListArticles returns a page of the articles matching f, newest first (published
// descending, undated last, then id), with the total count of matches. With f.Entity
// it lists the articles that are evidence of an event the entity took part in. It
// returns an EINVALID error for a bad date or cursor, ENOTFOUND for an unknown entity
// and ELIMIT if f.First is above parley.MaxPage.
func (s *Store) ListArticles(ctx context.Context, f parley.ArticleFilter) (*parley.ArticlePage, error) {
	q, err := newArticleQuery(f)
	if err != nil {
		return nil, err
	}
	if f.Entity != "" {
		if _, err := s.Entity(ctx, f.Entity); err != nil {
			return nil, err
		}
	}
	if s.idx != nil {
		return s.idx.listArticles(q), nil
	}
	var nodes []quad.Value
	if f.Entity != "" {
		nodes, err = s.values(ctx, path.StartPath(s.qs, nodeIRI(f.Entity)).In(PredAttendee).Out(PredEvidence).Out(PredEvidenceArticle))
	} else {
		nodes, err = s.subjectsOf(ctx, PredType, ClassArticle)
	}
	if err != nil {
		return nil, err
	}
	rows, err := s.outgoing(ctx, nodes, PredType, PredPublished)
	if err != nil {
		return nil, err
	}
	var keys []articleKey
	for node, qs := range rows {
		if firstValue(qs, PredType) != ClassArticle {
			continue
		}
		id, _ := nodeID(node)
		k := articleKey{published: stringOf(firstValue(qs, PredPublished)), id: id}
		if q.match(k.published) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, compareNewest)
	ids, cursors, hasNext := q.page(keys)
	arts, err := s.Articles(ctx, ids)
	if err != nil {
		return nil, err
	}
	return &parley.ArticlePage{Articles: arts, Cursors: cursors, TotalCount: len(keys), HasNext: hasNext}, nil
}
