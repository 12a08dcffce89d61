package schema

import (
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// queryCase is one query of a table test with the data and error codes it answers.
type queryCase struct {
	name      string
	query     string
	wantData  string
	wantCodes []string
}

// runQueryCases posts each case's query to srv and checks its data and error codes.
func runQueryCases(t *testing.T, srv *httptest.Server, tests []queryCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, srv, tt.query, nil)
			if !sameJSON(t, got.Data, tt.wantData) {
				t.Errorf("data: got %s, want %s", asJSON(got.Data), tt.wantData)
			}
			if !slices.Equal(got.codes(), tt.wantCodes) {
				t.Errorf("error codes: got %v, want %v (%+v)", got.codes(), tt.wantCodes, got.Errors)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []queryCase{
		{"alias, folded", `{ search(text: "ZELENSKY") { id } }`, `{"search": [{"id": "person/volodymyr-zelenskyy"}]}`, nil},
		{"word prefix before two edits", `{ search(text: "mac") { id } }`, `{"search": [{"id": "person/emmanuel-macron"}, {"id": "person/mark-rutte"}]}`, nil},
		{"within two edits", `{ search(text: "erdogann") { id name } }`,
			`{"search": [{"id": "person/recep-tayyip-erdogan", "name": "Recep Tayyip Erdoğan"}]}`, nil},
		{"whole name before prefix", `{ search(text: "nato") { id } }`, `{"search": [{"id": "organization/nato"}]}`, nil},
		{"ranked, then by name", `{ search(text: "john smith") { id } }`,
			`{"search": [{"id": "person/john-smith-1"}, {"id": "person/john-smith-2"}]}`, nil},
		{"first", `{ search(text: "john smith", first: 1) { id } }`, `{"search": [{"id": "person/john-smith-1"}]}`, nil},
		{"kinds", `{ search(text: "brussels", kinds: [COUNTRY, ORGANIZATION]) { id } }`, `{"search": []}`, nil},
		{"kinds that match", `{ search(text: "brussels", kinds: [PLACE]) { id kind } }`, `{"search": [{"id": "place/brussels", "kind": "PLACE"}]}`, nil},
		{"no match", `{ search(text: "qqqqqqqq") { id } }`, `{"search": []}`, nil},
		{"roles of results", `{ search(text: "rutte") { roles(at: "2025-01-01") { title of { name } } } }`,
			`{"search": [{"roles": [{"title": "Secretary General", "of": {"name": "NATO"}}]}]}`, nil},
		{"punctuation only", `{ search(text: "?!") { id } }`, `null`, []string{"BAD_USER_INPUT"}},
		{"text too long", `{ search(text: "` + longText(201) + `") { id } }`, `null`, []string{"LIMIT_EXCEEDED"}},
		{"first 0", `{ search(text: "rutte", first: 0) { id } }`, `null`, []string{"BAD_USER_INPUT"}},
	}
	runQueryCases(t, srv, tests)
}

// longText returns n letters.
func longText(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a' + byte(i%26)
	}
	return string(b)
}

func TestTimeline(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name      string
		args      string
		want      []string
		wantCodes []string
	}{
		{"whole graph", ``, []string{"event/ankara", "event/summit", "event/kyiv", "event/call", "event/brussels", "event/statement", "event/planned"}, nil},
		{"entity, every type and status", `entity: "person/mark-rutte"`,
			[]string{"event/summit", "event/kyiv", "event/brussels", "event/statement", "event/planned"}, nil},
		{"types", `types: [STATEMENT, CALL]`, []string{"event/call", "event/statement"}, nil},
		{"window", `from: "2024-11-01", to: "2024-12-17"`, []string{"event/call", "event/brussels"}, nil},
		{"unknown entity", `entity: "person/nobody"`, nil, []string{"NOT_FOUND"}},
		{"from after to", `from: "2024-12-01", to: "2024-01-01"`, nil, []string{"BAD_USER_INPUT"}},
		{"first 0", `first: 0`, nil, []string{"BAD_USER_INPUT"}},
		{"bad cursor", `after: "nonsense"`, nil, []string{"BAD_USER_INPUT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := `{ timeline { edges { node { id } } } }`
			if tt.args != "" {
				q = `{ timeline(` + tt.args + `) { edges { node { id } } } }`
			}
			got := query(t, srv, q, nil)
			if ids := connectionIDs(got.Data, "timeline"); !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("events: got %v, want %v", ids, tt.want)
			}
			if !slices.Equal(got.codes(), tt.wantCodes) {
				t.Errorf("error codes: got %v, want %v (%+v)", got.codes(), tt.wantCodes, got.Errors)
			}
		})
	}
}

// connectionIDs returns the node ids of the connection at the path in data, nil if
// there is none.
func connectionIDs(data any, path ...string) []string {
	v := data
	for _, key := range path {
		m, _ := v.(map[string]any)
		v = m[key]
	}
	conn, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	ids := []string{}
	edges, _ := conn["edges"].([]any)
	for _, e := range edges {
		node, _ := e.(map[string]any)["node"].(map[string]any)
		id, _ := node["id"].(string)
		ids = append(ids, id)
	}
	return ids
}

// TestConnectionPaging walks every connection type page by page and checks that the
// pages add up to the whole list, with endCursor the last edge's cursor.
func TestConnectionPaging(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name  string
		query string // with $after, paging the connection at path
		path  []string
		want  []string
	}{
		{"timeline", `query($after: String) { timeline(first: 3, after: $after) { ...C } }`, []string{"timeline"},
			[]string{"event/ankara", "event/summit", "event/kyiv", "event/call", "event/brussels", "event/statement", "event/planned"}},
		{"articles", `query($after: String) { articles(first: 2, after: $after) { ...C } }`, []string{"articles"},
			[]string{"article/a1", "article/a2", "article/a3"}},
		{"entity events", `query($after: String) { entity(id: "person/emmanuel-macron") { events(first: 1, after: $after) { ...C } } }`,
			[]string{"entity", "events"}, []string{"event/summit", "event/call"}},
		{"entity articles", `query($after: String) { entity(id: "person/volodymyr-zelenskyy") { articles(first: 1, after: $after) { ...C } } }`,
			[]string{"entity", "articles"}, []string{"article/a1", "article/a2", "article/a3"}},
		{"event connection of a contact", `query($after: String) { contacts(entity: "person/mark-rutte", first: 1) { events(first: 2, after: $after) { ...C } } }`,
			[]string{"contacts", "0", "events"}, []string{"event/summit", "event/kyiv", "event/brussels"}},
	}
	const fragments = ` fragment C on EventConnection { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.query + fragments
			if tt.path[0] == "articles" || tt.path[len(tt.path)-1] == "articles" {
				q = tt.query + ` fragment C on ArticleConnection { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }`
			}
			var got []string
			var after any
			for page := 0; ; page++ {
				if page > len(tt.want) {
					t.Fatal("paging does not end")
				}
				r := query(t, srv, q, map[string]any{"after": after})
				if len(r.Errors) > 0 {
					t.Fatalf("page %d: %+v", page, r.Errors)
				}
				conn := at(r.Data, tt.path...).(map[string]any)
				if total := conn["totalCount"]; total != float64(len(tt.want)) {
					t.Errorf("page %d: totalCount %v, want %d", page, total, len(tt.want))
				}
				edges := conn["edges"].([]any)
				info := conn["pageInfo"].(map[string]any)
				if len(edges) == 0 {
					t.Fatalf("page %d: no edges", page)
				}
				if last := edges[len(edges)-1].(map[string]any)["cursor"]; last != info["endCursor"] {
					t.Errorf("page %d: endCursor %v, want the last edge's cursor %v", page, info["endCursor"], last)
				}
				for _, e := range edges {
					got = append(got, e.(map[string]any)["node"].(map[string]any)["id"].(string))
				}
				if info["hasNextPage"] == false {
					break
				}
				after = info["endCursor"]
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// at returns the value at the path of map keys and list indexes in data.
func at(data any, path ...string) any {
	v := data
	for _, key := range path {
		switch x := v.(type) {
		case map[string]any:
			v = x[key]
		case []any:
			i := int(key[0] - '0')
			if i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

func TestContacts(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []queryCase{
		{"most contacts first", `{ contacts(entity: "person/volodymyr-zelenskyy") { entity { id } count first last } }`, `{"contacts": [
			{"entity": {"id": "person/mark-rutte"}, "count": 3, "first": "2024-07-10", "last": "2024-12-19"},
			{"entity": {"id": "person/emmanuel-macron"}, "count": 2, "first": "2024-07-10", "last": "2024-11-05"},
			{"entity": {"id": "person/recep-tayyip-erdogan"}, "count": 1, "first": "2024-03-08", "last": "2024-03-08"}]}`, nil},
		{"first", `{ contacts(entity: "person/volodymyr-zelenskyy", first: 1) { entity { id } } }`,
			`{"contacts": [{"entity": {"id": "person/mark-rutte"}}]}`, nil},
		{"window, and the events in it", `{ contacts(entity: "person/mark-rutte", from: "2024-10-01") { entity { id } count events { totalCount edges { node { id } } } } }`,
			`{"contacts": [{"entity": {"id": "person/volodymyr-zelenskyy"}, "count": 2, "events": {"totalCount": 2, "edges": [{"node": {"id": "event/kyiv"}}, {"node": {"id": "event/brussels"}}]}}]}`, nil},
		{"planned and statements are not contacts", `{ contacts(entity: "person/mark-rutte", from: "2024-12-20") { entity { id } } }`, `{"contacts": []}`, nil},
		{"no contacts", `{ contacts(entity: "place/kyiv") { count } }`, `{"contacts": []}`, nil},
		{"of an entity", `{ entity(name: "Erdogan") { contacts { entity { name } count } } }`,
			`{"entity": {"contacts": [{"entity": {"name": "Volodymyr Zelenskyy"}, "count": 1}]}}`, nil},
		{"unknown entity", `{ contacts(entity: "person/nobody") { count } }`, `null`, []string{"NOT_FOUND"}},
		{"from after to", `{ contacts(entity: "person/mark-rutte", from: "2024-12-01", to: "2024-01-01") { count } }`, `null`, []string{"BAD_USER_INPUT"}},
		{"first over the page", `{ contacts(entity: "person/mark-rutte", first: 101) { count } }`, `null`, []string{"LIMIT_EXCEEDED"}},
	}
	runQueryCases(t, srv, tests)
}

func TestPath(t *testing.T) {
	srv, _ := newServer(t, Options{})
	const hop = `{ from { id } to { id } events { totalCount edges { node { id } } } }`
	tests := []queryCase{
		{"two hops", `{ path(from: "person/recep-tayyip-erdogan", to: "person/mark-rutte") ` + hop + ` }`, `{"path": [
			{"from": {"id": "person/recep-tayyip-erdogan"}, "to": {"id": "person/volodymyr-zelenskyy"},
			 "events": {"totalCount": 1, "edges": [{"node": {"id": "event/ankara"}}]}},
			{"from": {"id": "person/volodymyr-zelenskyy"}, "to": {"id": "person/mark-rutte"},
			 "events": {"totalCount": 3, "edges": [{"node": {"id": "event/summit"}}, {"node": {"id": "event/kyiv"}}, {"node": {"id": "event/brussels"}}]}}]}`, nil},
		{"one hop", `{ path(from: "person/emmanuel-macron", to: "person/mark-rutte") { from { id } to { id } } }`,
			`{"path": [{"from": {"id": "person/emmanuel-macron"}, "to": {"id": "person/mark-rutte"}}]}`, nil},
		{"too short a maxHops", `{ path(from: "person/recep-tayyip-erdogan", to: "person/mark-rutte", maxHops: 1) { from { id } } }`, `{"path": null}`, nil},
		{"no chain", `{ path(from: "person/john-smith-1", to: "person/mark-rutte") { from { id } } }`, `{"path": null}`, nil},
		{"to itself", `{ path(from: "person/mark-rutte", to: "person/mark-rutte") { from { id } } }`, `{"path": []}`, nil},
		{"unknown entity", `{ path(from: "person/nobody", to: "person/mark-rutte") { from { id } } }`, `{"path": null}`, []string{"NOT_FOUND"}},
		{"maxHops 0", `{ path(from: "person/mark-rutte", to: "person/mark-rutte", maxHops: 0) { from { id } } }`, `{"path": null}`, []string{"BAD_USER_INPUT"}},
		{"maxHops 7", `{ path(from: "person/mark-rutte", to: "person/mark-rutte", maxHops: 7) { from { id } } }`, `{"path": null}`, []string{"LIMIT_EXCEEDED"}},
	}
	runQueryCases(t, srv, tests)
}

func TestEvent(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []queryCase{
		{"statement", `{ event(id: "event/statement") { id type status cameo quote speaker { id } participants { id } location { id } } }`,
			`{"event": {"id": "event/statement", "type": "STATEMENT", "status": "OCCURRED", "cameo": "010", "quote": "We need more air defence.",
			  "speaker": {"id": "person/volodymyr-zelenskyy"}, "participants": [{"id": "person/volodymyr-zelenskyy"}, {"id": "person/mark-rutte"}], "location": null}}`, nil},
		{"planned meeting", `{ event(id: "event/planned") { status cameo date { granularity start end } } }`,
			`{"event": {"status": "PLANNED", "cameo": "036", "date": {"granularity": "MONTH", "start": "2025-01-01", "end": "2025-01-31"}}}`, nil},
		{"call", `{ event(id: "event/call") { cameo absent { id } sources { text article { id } } } }`,
			`{"event": {"cameo": "041", "absent": [], "sources": [{"text": "Zelenskyy spoke with Macron by phone on Tuesday.", "article": {"id": "article/a2"}}]}}`, nil},
		{"unknown", `{ event(id: "event/nope") { id } }`, `{"event": null}`, []string{"NOT_FOUND"}},
	}
	runQueryCases(t, srv, tests)
}

func TestArticles(t *testing.T) {
	srv, _ := newServer(t, Options{})
	ids := func(list ...string) string {
		s := `{"articles": {"edges": [`
		for i, id := range list {
			if i > 0 {
				s += ","
			}
			s += `{"node": {"id": "` + id + `"}}`
		}
		return s + `]}}`
	}
	const sel = ` { edges { node { id } } } }`
	tests := []queryCase{
		{"article", `{ article(id: "article/a3") { id name title url source published } }`,
			`{"article": {"id": "article/a3", "name": "ankara", "title": "Zelensky in Ankara", "url": null, "source": null, "published": "2024-03-09"}}`, nil},
		{"unknown article", `{ article(id: "article/nope") { id } }`, `{"article": null}`, []string{"NOT_FOUND"}},
		{"newest first", `{ articles` + sel, ids("article/a1", "article/a2", "article/a3"), nil},
		{"of an entity", `{ articles(entity: "person/recep-tayyip-erdogan")` + sel, ids("article/a3"), nil},
		{"window", `{ articles(from: "2024-11-01", to: "2024-11-30")` + sel, ids("article/a2"), nil},
		{"unknown entity", `{ articles(entity: "person/nobody")` + sel, `null`, []string{"NOT_FOUND"}},
		{"from after to", `{ articles(from: "2024-12-01", to: "2024-11-01")` + sel, `null`, []string{"BAD_USER_INPUT"}},
	}
	runQueryCases(t, srv, tests)
}

func TestEntityConnections(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []queryCase{
		{"events of a type", `{ entity(id: "person/mark-rutte") { events(types: [STATEMENT, MEETING]) { totalCount edges { node { id } } } } }`,
			`{"entity": {"events": {"totalCount": 3, "edges": [{"node": {"id": "event/brussels"}}, {"node": {"id": "event/statement"}}, {"node": {"id": "event/planned"}}]}}}`, nil},
		{"articles, not those where the entity was absent", `{ entity(id: "person/emmanuel-macron") { articles { totalCount edges { node { title } } } } }`,
			`{"entity": {"articles": {"totalCount": 1, "edges": [{"node": {"title": "An autumn of diplomacy"}}]}}}`, nil},
		{"roles at a day", `{ entity(id: "person/mark-rutte") { a: roles(at: "2020-01-01") { title } b: roles(at: "2024-07-02") { title } c: roles(at: "2024-08-01") { title } } }`,
			`{"entity": {"a": [{"title": "Prime Minister"}], "b": [{"title": "Prime Minister"}], "c": []}}`, nil},
		{"bad window", `{ entity(id: "person/mark-rutte") { events(from: "2024-12-01", to: "2024-01-01") { totalCount } } }`,
			`{"entity": null}`, []string{"BAD_USER_INPUT"}},
	}
	runQueryCases(t, srv, tests)
}

func TestStats(t *testing.T) {
	srv, _ := newServer(t, Options{})
	runQueryCases(t, srv, []queryCase{
		{"counts", `{ stats { quads entities events articles } }`, `{"stats": {"quads": 0, "entities": 14, "events": 7, "articles": 3}}`, nil},
	})
}

// TestBatched checks that the entities and articles under a page or list come from one
// store call each, whatever its size.
func TestBatched(t *testing.T) {
	srv, store, _ := newUnverifiedServer(t, Options{})
	tests := []struct {
		name  string
		query string
		want  map[string]int // most calls of each method
	}{
		{"timeline", `{ timeline(first: 7) { edges { node { location { name } speaker { name } participants { name roles { of { name } } } absent { name } sources { article { title } } } } } }`,
			map[string]int{"Events": 1, "Entities": 2, "Articles": 1}},
		{"event", `{ event(id: "event/summit") { location { name } participants { name roles { of { name } } } sources { article { title } } } }`,
			map[string]int{"Event": 1, "Entities": 2, "Articles": 1}},
		{"contacts", `{ contacts(entity: "person/volodymyr-zelenskyy") { entity { name roles { of { name } } } } }`,
			map[string]int{"Entities": 3, "Contacts": 1}},
		{"search", `{ search(text: "m", first: 100) { roles { of { name } } } }`,
			map[string]int{"Search": 1, "Entities": 1}},
		{"path", `{ path(from: "person/recep-tayyip-erdogan", to: "person/mark-rutte") { from { name } to { name } } }`,
			map[string]int{"Path": 1, "Entities": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store.Calls()
			r := query(t, srv, tt.query, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("errors %+v", r.Errors)
			}
			got := store.Calls()
			for method, n := range got {
				if n > tt.want[method] {
					t.Errorf("%d calls of %s, want at most %d (all calls %v)", n, method, tt.want[method], got)
				}
			}
		})
	}
}

// TestNodeLimit checks that every connection and paged list counts in the node limit.
func TestNodeLimit(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name, query, wantMsg string
	}{
		{"events of contacts of search results", `{ search(text: "a", first: 100) { contacts(first: 100) { events(first: 10) { totalCount } } } }`, "may return 110100 nodes"},
		{"contact events", `{ contacts(entity: "x", first: 100) { events(first: 100) { edges { node { participants { id } } } } } }`, "may return 60100 nodes"},
		{"articles under a timeline", `{ timeline(first: 100) { edges { node { participants { articles(first: 100) { totalCount } } } } } }`, "may return 50600 nodes"},
		{"paths under a page", `{ articles(first: 100) { edges { node { id } } } timeline(first: 100) { edges { node { participants {
			events(first: 100) { totalCount } } } } } }`, "may return 50700 nodes"},
		{"hop events", `{ path(from: "a", to: "b") { events(first: 100) { edges { node { participants { contacts(first: 100) { count } } } } } } }`, "may return 303606 nodes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, srv, tt.query, nil)
			if got.Status != 400 || !slices.Equal(got.codes(), []string{"LIMIT_EXCEEDED"}) || !strings.Contains(got.Errors[0].Message, tt.wantMsg) {
				t.Errorf("got %d %+v, want 400 LIMIT_EXCEEDED %q", got.Status, got.Errors, tt.wantMsg)
			}
		})
	}
}
