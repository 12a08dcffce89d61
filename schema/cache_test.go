package schema

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/graphql-go/graphql/language/ast"
)

// len returns how many documents the cache holds.
func (c *docCache) len() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

func TestDocCacheLRU(t *testing.T) {
	c := newDocCache(2)
	a, b, d := &ast.Document{}, &ast.Document{}, &ast.Document{}
	c.put("a", a)
	c.put("b", b)
	if c.get("a") != a { // a is now the most recently used
		t.Fatal("a: not cached")
	}
	c.put("d", d)
	for _, tc := range []struct {
		text string
		want *ast.Document
	}{{"a", a}, {"b", nil}, {"d", d}, {"a ", nil}} {
		if got := c.get(tc.text); got != tc.want {
			t.Errorf("get(%q) = %p, want %p", tc.text, got, tc.want)
		}
	}
	if got := c.len(); got != 2 {
		t.Errorf("len %d, want 2", got)
	}
	var none *docCache
	none.put("a", a)
	if none.get("a") != nil || none.len() != 0 {
		t.Error("nil cache cached something")
	}
}

// TestCachedDocumentLimits checks that a cached document is bounded again with each
// request's variables, that the cache is keyed by the exact text and that it keeps no
// invalid document.
func TestCachedDocumentLimits(t *testing.T) {
	api, err := NewHandler(newFakeStore(t, "testdata/graph.json"), Options{MaxNodes: 100})
	if err != nil {
		t.Fatal(err)
	}
	h := api.(*handler)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	// 6 nodes per meeting: itself and UnpagedListWeight participants.
	q := `query($n: Int) { meetings(between: ["person/mark-rutte"], first: $n) { edges { node { participants { id } } } } }`
	for _, tc := range []struct {
		name      string
		query     string
		n         int
		wantCode  string // "" for success
		wantMsg   string
		wantCache int
	}{
		{"first use", q, 10, "", "", 1},
		{"cached, nodes over the limit", q, 20, "LIMIT_EXCEEDED", "query may return 120 nodes", 1},
		{"cached, page over the limit", q, 101, "LIMIT_EXCEEDED", "first: 101 is over the page limit", 1},
		{"cached, within the limits again", q, 16, "", "", 1},
		{"other text", q + " ", 10, "", "", 2},
		{"invalid", `query($n: Int) { meetings(between: ["x"], first: $n) { nothing } }`, 1, "BAD_USER_INPUT", "Cannot query field", 2},
		{"invalid again", `query($n: Int) { meetings(between: ["x"], first: $n) { nothing } }`, 1, "BAD_USER_INPUT", "Cannot query field", 2},
	} {
		got := query(t, srv, tc.query, map[string]any{"n": tc.n})
		switch {
		case tc.wantCode == "" && (got.Status != http.StatusOK || len(got.Errors) > 0):
			t.Errorf("%s: got %d %+v, want 200", tc.name, got.Status, got.Errors)
		case tc.wantCode != "" && (!slices.Equal(got.codes(), []string{tc.wantCode}) || !strings.Contains(got.Errors[0].Message, tc.wantMsg)):
			t.Errorf("%s: got %d %+v, want %s %q", tc.name, got.Status, got.Errors, tc.wantCode, tc.wantMsg)
		}
		if n := h.docs.len(); n != tc.wantCache {
			t.Errorf("%s: %d cached documents, want %d", tc.name, n, tc.wantCache)
		}
	}
}

// TestCachedMutationNeedsPost checks that a mutation cached from a POST is still
// refused over GET.
func TestCachedMutationNeedsPost(t *testing.T) {
	srv, store := newServer(t, Options{})
	m := `mutation { ingest(articles: [{body: "Kallas met Rutte."}]) { quads } }`
	if got := query(t, srv, m, nil); !slices.Equal(got.codes(), []string{"UNAUTHENTICATED"}) {
		t.Fatalf("POST: got %d %+v, want UNAUTHENTICATED", got.Status, got.Errors)
	}
	resp, err := srv.Client().Get(srv.URL + "?" + url.Values{"query": {m}}.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got := decode(t, resp); got.Status != http.StatusMethodNotAllowed || store.Calls()["Write"] != 0 {
		t.Errorf("GET: got %d %+v, want 405 and no write", got.Status, got.Errors)
	}
}
