package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// Search matching limits.
const (
	// maxSearchEdits is the largest edit distance a fuzzy match may have.
	maxSearchEdits = 2
	// minFuzzyRunes is the shortest folded query matched fuzzily; shorter ones match
	// whole names and word prefixes only.
	minFuzzyRunes = 4
	// maxSearchRunes is the longest folded query Search accepts.
	maxSearchRunes = 200
)

// Search match ranks, best first.
const (
	rankExact  = iota // a name or alias folds to the query
	rankPrefix        // a name or alias has a word starting with the query
	rankFuzzy         // a name, alias or one of their words is within maxSearchEdits
)

// searchScore is how well an entity matches a query; lower is better.
type searchScore struct {
	rank, edits int
}

// scoreKeys returns how well the best of an entity's folded names and aliases matches
// the folded query q, and false if none does.
func scoreKeys(q string, keys []string) (searchScore, bool) {
	best, found := searchScore{}, false
	better := func(s searchScore) {
		if !found || s.rank < best.rank || s.rank == best.rank && s.edits < best.edits {
			best, found = s, true
		}
	}
	fuzzy := utf8.RuneCountInString(q) >= minFuzzyRunes
	for _, k := range keys {
		switch {
		case k == q:
			better(searchScore{rankExact, 0})
		case strings.HasPrefix(k, q) || strings.Contains(k, " "+q):
			better(searchScore{rankPrefix, 0})
		case fuzzy:
			d := editDistance(q, k, maxSearchEdits)
			for _, w := range strings.Fields(k) {
				d = min(d, editDistance(q, w, maxSearchEdits))
			}
			if d <= maxSearchEdits {
				better(searchScore{rankFuzzy, d})
			}
		}
	}
	return best, found
}

// editDistance returns the Levenshtein distance of a and b in runes, or limit+1 if it is
// above limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			sub := prev[j-1]
			if ra[i-1] != rb[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit+1)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// searchHit is one entity matching a query.
type searchHit struct {
	id, name string // name folded
	score    searchScore
}

// compareHits orders hits best first, then by folded name, then by id.
func compareHits(a, b searchHit) int {
	return cmp.Or(cmp.Compare(a.score.rank, b.score.rank), cmp.Compare(a.score.edits, b.score.edits),
		cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id))
}

// searchQuery folds and checks the arguments of Search.
func searchQuery(text string, kinds []parley.Kind, first int) (string, int, error) {
	n, err := pageSize(first)
	if err != nil {
		return "", 0, err
	}
	q := parley.Fold(text)
	switch {
	case q == "":
		return "", 0, parley.Errorf(parley.EINVALID, "text %q has no letters or digits to search for", text)
	case utf8.RuneCountInString(q) > maxSearchRunes:
		return "", 0, parley.Errorf(parley.ELIMIT, "text: longer than %d characters", maxSearchRunes)
	}
	for _, k := range kinds {
		if !k.Valid() {
			return "", 0, parley.Errorf(parley.EINVALID, "kinds: unknown kind %q", k)
		}
	}
	return q, n, nil
}

// Search returns the entities whose folded name or aliases best match the folded text:
// a whole name first, then a word prefix ("zel" finds Zelenskyy), then names, aliases or
// words within two edits ("zelenski"), ties by name then id; at most first of them (0
// means parley.DefaultPage), of the kinds listed if any. It returns an EINVALID error
// for text with no letters or digits or an unknown kind, and ELIMIT for first above
// parley.MaxPage or text above maxSearchRunes.
func (s *Store) Search(ctx context.Context, text string, kinds []parley.Kind, first int) ([]*parley.Entity, error) {
	q, n, err := searchQuery(text, kinds, first)
	if err != nil {
		return nil, err
	}
	var hits []searchHit
	if s.idx != nil {
		hits = s.idx.search(q, kinds)
	} else if hits, err = s.searchGraph(ctx, q, kinds); err != nil {
		return nil, err
	}
	slices.SortFunc(hits, compareHits)
	ids := make([]string, 0, min(n, len(hits)))
	for _, h := range hits[:min(n, len(hits))] {
		ids = append(ids, h.id)
	}
	return s.Entities(ctx, ids)
}

// searchGraph scores every entity of the kinds against q, reading their keys from the
// graph.
func (s *Store) searchGraph(ctx context.Context, q string, kinds []parley.Kind) ([]searchHit, error) {
	if len(kinds) == 0 {
		kinds = parley.Kinds
	}
	var nodes []quad.Value
	for _, k := range kinds {
		got, err := s.subjectsOf(ctx, PredType, kindClass[k])
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, got...)
	}
	rows, err := s.outgoing(ctx, nodes, PredKey, PredName)
	if err != nil {
		return nil, err
	}
	var hits []searchHit
	for node, qs := range rows {
		var keys []string
		for _, q := range qs {
			if q.Predicate == PredKey {
				keys = append(keys, stringOf(q.Object))
			}
		}
		if sc, ok := scoreKeys(q, keys); ok {
			id, _ := nodeID(node)
			hits = append(hits, searchHit{id: id, name: parley.Fold(stringOf(firstValue(qs, PredName))), score: sc})
		}
	}
	return hits, nil
}
