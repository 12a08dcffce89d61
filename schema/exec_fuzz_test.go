package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/graphql-go/graphql"
)

// fuzzRoots are root fields with valid arguments over the fixture graph, to which
// FuzzExecutor adds generated selections.
var fuzzRoots = []string{
	`entity(id: "person/mark-rutte")`,
	`entity(name: "zelensky")`,
	`search(text: "ma", first: 3)`,
	`timeline(first: 3)`,
	`timeline(entity: "person/volodymyr-zelenskyy", types: [MEETING, CALL], first: 2)`,
	`meetings(between: ["person/volodymyr-zelenskyy", "person/mark-rutte"], first: 2)`,
	`contacts(entity: "person/emmanuel-macron", first: 2)`,
	`path(from: "person/recep-tayyip-erdogan", to: "person/mark-rutte")`,
	`event(id: "event/summit")`,
	`article(id: "article/a2")`,
	`articles(first: 2)`,
	`stats`,
}

// fuzzMaxDepth bounds the object nesting of generated selections.
const fuzzMaxDepth = 3

// queryGen writes GraphQL selections chosen by the bytes of a fuzz input.
type queryGen struct {
	in []byte
	n  int             // fragments written
	fr strings.Builder // the fragment definitions
}

// next returns the next input byte, 0 when they have run out.
func (g *queryGen) next() byte {
	if len(g.in) == 0 {
		return 0
	}
	c := g.in[0]
	g.in = g.in[1:]
	return c
}

// selection writes a selection set on obj: each field is taken or not by a byte, some
// under an alias, some inside an inline or named fragment, some with @skip or @include;
// fields with a first argument get a small one.
func (g *queryGen) selection(w *strings.Builder, obj *graphql.Object, depth int) {
	w.WriteString(" { __typename")
	for _, name := range sortedFields(obj) {
		c := g.next()
		if c%3 == 0 {
			continue
		}
		f := obj.Fields()[name]
		var field strings.Builder
		if c%7 == 1 {
			fmt.Fprintf(&field, "a%d: ", c)
		}
		field.WriteString(name)
		for _, a := range f.Args {
			if a.PrivateName == "first" {
				fmt.Fprintf(&field, "(first: %d)", 1+c%3)
			}
		}
		if c%11 == 2 {
			field.WriteString(" @include(if: false)")
		} else if c%11 == 3 {
			field.WriteString(" @skip(if: false)")
		}
		if sub := objectOf(f.Type); sub != nil {
			if depth >= fuzzMaxDepth {
				continue
			}
			g.selection(&field, sub, depth+1)
		}
		switch c % 5 {
		case 1:
			fmt.Fprintf(w, " ... on %s { %s }", obj.Name(), field.String())
		case 2:
			g.n++
			fmt.Fprintf(w, " ...F%d", g.n)
			fmt.Fprintf(&g.fr, "\nfragment F%d on %s { %s }", g.n, obj.Name(), field.String())
		default:
			w.WriteString(" " + field.String())
		}
	}
	w.WriteString(" }")
}

// objectOf returns the object type under the list and non-null wrappers of t, or nil.
func objectOf(t graphql.Type) *graphql.Object {
	for {
		switch u := t.(type) {
		case *graphql.NonNull:
			t = u.OfType
		case *graphql.List:
			t = u.OfType
		case *graphql.Object:
			return u
		default:
			return nil
		}
	}
}

// sortedFields returns the field names of obj in a fixed order.
func sortedFields(obj *graphql.Object) []string {
	var names []string
	for name := range obj.Fields() {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// FuzzExecutor generates queries over the fixture graph from its input and checks that
// executeFast answers each exactly as graphql-go's executor does; requests refused by
// the limits or answered with errors (left to graphql-go) are fine.
func FuzzExecutor(f *testing.F) {
	for _, seed := range []string{"", "\x01\x02\x04\x05\x07\x08", "abcdefghijklmnopqrstuvwxyz0123456789", "\x0b\x16\x21\x2c\x37\x42\x4d\x58\x63"} {
		for i := range fuzzRoots {
			f.Add(uint8(i), []byte(seed))
		}
	}
	api, err := NewHandler(newFakeStore(f, "testdata/graph.json"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	h := api.(*handler)
	var mu sync.Mutex // one request at a time, so that verify reports to its own t
	f.Fuzz(func(t *testing.T, root uint8, in []byte) {
		q := generateQuery(h.schema.QueryType(), root, in)
		body, err := json.Marshal(map[string]any{"query": q})
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		defer mu.Unlock()
		h.verify = func(_ string, fast, slow []byte) {
			if !bytes.Equal(fast, slow) {
				t.Errorf("executeFast and graphql-go answer %s differently:\n%s\n%s", q, fast, slow)
			}
		}
		r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code >= http.StatusInternalServerError {
			t.Fatalf("status %d for %s: %s", w.Code, q, w.Body)
		}
	})
}

// generateQuery returns a query on the root field numbered root of fuzzRoots with the
// selections the bytes of in choose.
func generateQuery(query *graphql.Object, root uint8, in []byte) string {
	g := &queryGen{in: in}
	var q strings.Builder
	q.WriteString("query { ")
	r := fuzzRoots[int(root)%len(fuzzRoots)]
	q.WriteString(r)
	name, _, _ := strings.Cut(r, "(")
	if obj := objectOf(query.Fields()[name].Type); obj != nil {
		g.selection(&q, obj, 1)
	}
	q.WriteString(" }")
	q.WriteString(g.fr.String())
	return q.String()
}
