package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// result is a decoded GraphQL response.
type result struct {
	Status int
	Header http.Header
	Data   any
	Errors []struct {
		Message    string
		Path       []any
		Extensions struct{ Code string }
	}
}

// codes returns the extensions.code of each error.
func (r result) codes() []string {
	var out []string
	for _, e := range r.Errors {
		out = append(out, e.Extensions.Code)
	}
	return out
}

// newServer returns a test server of the handler over the fixture graph, and its store.
// Every query that executeFast answers is run again by graphql-go's executor, and the
// test fails if the two answers differ by a byte.
func newServer(t *testing.T, opts Options) (*httptest.Server, *fakeStore) {
	t.Helper()
	srv, store, h := newUnverifiedServer(t, opts)
	if h != nil {
		h.verify = func(query string, fast, slow []byte) {
			if !bytes.Equal(fast, slow) {
				t.Errorf("executeFast and graphql-go answer %s differently:\n%s\n%s", query, fast, slow)
			}
		}
	}
	return srv, store
}

// newUnverifiedServer is newServer without the second execution, for tests that count
// store calls, and also returns the handler, or nil if opts wrap it in CORS.
func newUnverifiedServer(t *testing.T, opts Options) (*httptest.Server, *fakeStore, *handler) {
	t.Helper()
	store := newFakeStore(t, "testdata/graph.json")
	h, err := NewHandler(store, opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	hh, _ := h.(*handler)
	return srv, store, hh
}

// query posts the query with the variables to srv.
func query(t *testing.T, srv *httptest.Server, q string, vars map[string]any) result {
	t.Helper()
	b, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	return post(t, srv, "application/json", bytes.NewReader(b))
}

// post posts the body to srv and decodes the answer.
func post(t *testing.T, srv *httptest.Server, contentType string, body io.Reader) result {
	t.Helper()
	resp, err := srv.Client().Post(srv.URL, contentType, body)
	if err != nil {
		t.Fatal(err)
	}
	return decode(t, resp)
}

func decode(t *testing.T, resp *http.Response) result {
	t.Helper()
	defer resp.Body.Close()
	r := result{Status: resp.StatusCode, Header: resp.Header}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	return r
}

// sameJSON reports whether got, decoded JSON, equals the JSON text want.
func sameJSON(t *testing.T, got any, want string) bool {
	t.Helper()
	var w any
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("bad want JSON %s: %v", want, err)
	}
	return reflect.DeepEqual(got, w)
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestEntity(t *testing.T) {
	srv, _ := newServer(t, Options{})
	const fields = `{ id name kind }`
	zelenskyyJSON := `{"entity": {"id": "person/volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy", "kind": "PERSON"}}`
	erdoganJSON := `{"entity": {"id": "person/recep-tayyip-erdogan", "name": "Recep Tayyip Erdoğan", "kind": "PERSON"}}`
	tests := []struct {
		name      string
		args      string
		wantData  string
		wantCodes []string
	}{
		{"by id", `id: "person/volodymyr-zelenskyy"`, zelenskyyJSON, nil},
		{"by alias", `name: "zelensky"`, zelenskyyJSON, nil},
		{"by name upper case", `name: "ZELENSKYY"`, zelenskyyJSON, nil},
		{"by Cyrillic alias", `name: "Зеленський"`, zelenskyyJSON, nil},
		{"without accents", `name: "recep tayyip erdogan"`, erdoganJSON, nil},
		{"with accents, upper case", `name: "ERDOĞAN"`, erdoganJSON, nil},
		{"organization alias", `name: "north atlantic treaty organization"`, `{"entity": {"id": "organization/nato", "name": "NATO", "kind": "ORGANIZATION"}}`, nil},
		{"unknown name is null", `name: "Nobody Atall"`, `{"entity": null}`, nil},
		{"unknown id is not found", `id: "person/nobody"`, `{"entity": null}`, []string{"NOT_FOUND"}},
		{"ambiguous name", `name: "john smith"`, `{"entity": null}`, []string{"BAD_USER_INPUT"}},
		{"neither id nor name", ``, `{"entity": null}`, []string{"BAD_USER_INPUT"}},
		{"both id and name", `id: "person/mark-rutte", name: "Rutte"`, `{"entity": null}`, []string{"BAD_USER_INPUT"}},
		{"punctuation only", `name: "..."`, `{"entity": null}`, []string{"BAD_USER_INPUT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := `{ entity ` + fields + ` }`
			if tt.args != "" {
				q = `{ entity(` + tt.args + `) ` + fields + ` }`
			}
			got := query(t, srv, q, nil)
			if !sameJSON(t, got.Data, tt.wantData) {
				t.Errorf("data: got %s, want %s", asJSON(got.Data), tt.wantData)
			}
			if !reflect.DeepEqual(got.codes(), tt.wantCodes) {
				t.Errorf("error codes: got %v, want %v (%+v)", got.codes(), tt.wantCodes, got.Errors)
			}
			if got.Status != http.StatusOK {
				t.Errorf("status: got %d, want 200", got.Status)
			}
		})
	}
}

func TestEntityFields(t *testing.T) {
	srv, _ := newServer(t, Options{})
	got := query(t, srv, `{ entity(name: "Rutte") { id aliases wikidata roles { title of { id name } from to } } }`, nil)
	want := `{"entity": {"id": "person/mark-rutte", "aliases": ["Rutte"], "wikidata": null, "roles": [
		{"title": "Secretary General", "of": {"id": "organization/nato", "name": "NATO"}, "from": "2024-10-01", "to": null},
		{"title": "Prime Minister", "of": {"id": "country/netherlands", "name": "Netherlands"}, "from": "2010-10-14", "to": "2024-07-02"}]}}`
	if !sameJSON(t, got.Data, want) || len(got.Errors) > 0 {
		t.Errorf("got %s %+v, want %s", asJSON(got.Data), got.Errors, want)
	}
}

// meetingIDs returns the event ids of a meetings connection in the data.
func meetingIDs(data any) []string {
	ids := []string{}
	m, _ := data.(map[string]any)
	conn, _ := m["meetings"].(map[string]any)
	edges, _ := conn["edges"].([]any)
	for _, e := range edges {
		node, _ := e.(map[string]any)["node"].(map[string]any)
		ids = append(ids, fmt.Sprint(node["id"]))
	}
	return ids
}

func TestMeetings(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name      string
		args      string
		want      []string
		wantCodes []string
	}{
		{"Zelenskyy and Rutte", `between: ["person/volodymyr-zelenskyy", "person/mark-rutte"]`,
			[]string{"event/summit", "event/kyiv", "event/brussels"}, nil},
		{"order of between does not matter", `between: ["person/mark-rutte", "person/volodymyr-zelenskyy"]`,
			[]string{"event/summit", "event/kyiv", "event/brussels"}, nil},
		{"Zelenskyy alone", `between: ["person/volodymyr-zelenskyy"]`,
			[]string{"event/ankara", "event/summit", "event/kyiv", "event/call", "event/brussels"}, nil},
		{"absent Macron did not meet Rutte in Brussels", `between: ["person/emmanuel-macron", "person/mark-rutte"]`,
			[]string{"event/summit"}, nil},
		{"from", `between: ["person/volodymyr-zelenskyy", "person/mark-rutte"], from: "2024-10-04"`,
			[]string{"event/brussels"}, nil},
		{"to", `between: ["person/volodymyr-zelenskyy", "person/mark-rutte"], to: "2024-10-03"`,
			[]string{"event/summit", "event/kyiv"}, nil},
		{"interval overlapping a week-long date", `between: ["person/volodymyr-zelenskyy"], from: "2024-12-18", to: "2024-12-31"`,
			[]string{"event/brussels"}, nil},
		{"nothing in range", `between: ["person/volodymyr-zelenskyy"], from: "2023-01-01", to: "2023-12-31"`,
			[]string{}, nil},
		{"unknown entity", `between: ["person/volodymyr-zelenskyy", "person/nobody"]`, []string{}, []string{"NOT_FOUND"}},
		{"empty between", `between: []`, []string{}, []string{"BAD_USER_INPUT"}},
		{"from after to", `between: ["person/volodymyr-zelenskyy"], from: "2024-12-01", to: "2024-01-01"`, []string{}, []string{"BAD_USER_INPUT"}},
		{"first 0", `between: ["person/volodymyr-zelenskyy"], first: 0`, []string{}, []string{"BAD_USER_INPUT"}},
		{"bad cursor", `between: ["person/volodymyr-zelenskyy"], after: "nonsense"`, []string{}, []string{"BAD_USER_INPUT"}},
		{"too many entities", `between: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]`, []string{}, []string{"LIMIT_EXCEEDED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, srv, `{ meetings(`+tt.args+`) { edges { node { id } } } }`, nil)
			if ids := meetingIDs(got.Data); !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("events: got %v, want %v", ids, tt.want)
			}
			if !reflect.DeepEqual(got.codes(), tt.wantCodes) {
				t.Errorf("error codes: got %v, want %v (%+v)", got.codes(), tt.wantCodes, got.Errors)
			}
		})
	}
}

func TestMeetingsBadDate(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name, query string
		vars        map[string]any
	}{
		{"literal month 13", `{ meetings(between: ["x"], from: "2024-13-01") { totalCount } }`, nil},
		{"literal February 30", `{ meetings(between: ["x"], to: "2024-02-30") { totalCount } }`, nil},
		{"literal not a date", `{ meetings(between: ["x"], from: "last week") { totalCount } }`, nil},
		{"variable", `query($from: Date) { meetings(between: ["x"], from: $from) { totalCount } }`, map[string]any{"from": "2024/12/01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, srv, tt.query, tt.vars)
			if want := []string{"BAD_USER_INPUT"}; !reflect.DeepEqual(got.codes(), want) || got.Status != http.StatusBadRequest {
				t.Errorf("got %d %v, want 400 %v (%+v)", got.Status, got.codes(), want, got.Errors)
			}
		})
	}
}

func TestMeetingsEvent(t *testing.T) {
	srv, _ := newServer(t, Options{})
	got := query(t, srv, `{ meetings(between: ["person/mark-rutte"], from: "2024-12-01") {
		totalCount
		edges { node {
			id type status
			date { text value start end granularity }
			location { id name }
			participants { id name kind }
			absent { id name }
			sources { text start end article { id title url published } }
		} }
		pageInfo { hasNextPage endCursor }
	} }`, nil)
	want := `{"meetings": {"totalCount": 1, "edges": [{"node": {
		"id": "event/brussels", "type": "MEETING", "status": "OCCURRED",
		"date": {"text": "earlier this week", "value": "2024-W51", "start": "2024-12-16", "end": "2024-12-19", "granularity": "WEEK"},
		"location": {"id": "place/brussels", "name": "Brussels"},
		"participants": [{"id": "person/volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy", "kind": "PERSON"},
		                 {"id": "person/mark-rutte", "name": "Mark Rutte", "kind": "PERSON"}],
		"absent": [{"id": "person/emmanuel-macron", "name": "Emmanuel Macron"}],
		"sources": [{"text": "Zelenskyy met Rutte in Brussels earlier this week.", "start": 0, "end": 58,
		             "article": {"id": "article/a1", "title": "Zelenskyy meets Rutte in Brussels", "url": "https://news.example/brussels", "published": "2024-12-19"}}]
	}}], "pageInfo": {"hasNextPage": false, "endCursor": "ZXZlbnQvYnJ1c3NlbHM"}}}`
	if !sameJSON(t, got.Data, want) || len(got.Errors) > 0 {
		t.Errorf("got %s %+v, want %s", asJSON(got.Data), got.Errors, want)
	}
}

func TestMeetingsPaging(t *testing.T) {
	srv, _ := newServer(t, Options{})
	const q = `query($after: String) { meetings(between: ["person/volodymyr-zelenskyy"], first: 2, after: $after) {
		totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`
	var got []string
	var after any
	for page := 0; ; page++ {
		if page > 5 {
			t.Fatal("paging does not end")
		}
		r := query(t, srv, q, map[string]any{"after": after})
		if len(r.Errors) > 0 {
			t.Fatalf("page %d: %+v", page, r.Errors)
		}
		ids := meetingIDs(r.Data)
		got = append(got, ids...)
		conn := r.Data.(map[string]any)["meetings"].(map[string]any)
		info := conn["pageInfo"].(map[string]any)
		if total := conn["totalCount"]; total != 5.0 {
			t.Errorf("page %d: totalCount %v, want 5", page, total)
		}
		if len(ids) == 0 || len(ids) > 2 {
			t.Fatalf("page %d: %d events, want 1 or 2", page, len(ids))
		}
		edges := conn["edges"].([]any)
		if last := edges[len(edges)-1].(map[string]any)["cursor"]; last != info["endCursor"] {
			t.Errorf("page %d: endCursor %v, want the last edge's cursor %v", page, info["endCursor"], last)
		}
		if info["hasNextPage"] == false {
			break
		}
		after = info["endCursor"]
	}
	want := []string{"event/ankara", "event/summit", "event/kyiv", "event/call", "event/brussels"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestMeetingsBatched checks that a page's entities and articles are fetched with one
// store call each, whatever the page size, not one per event.
func TestMeetingsBatched(t *testing.T) {
	srv, store, _ := newUnverifiedServer(t, Options{})
	for _, first := range []int{1, 5} {
		store.Calls()
		r := query(t, srv, `query($first: Int) { meetings(between: ["person/volodymyr-zelenskyy"], first: $first) { edges { node {
			location { name } participants { name roles { of { name } } } absent { name } sources { article { title } } } } } }`,
			map[string]any{"first": first})
		if len(r.Errors) > 0 || len(meetingIDs(r.Data)) != first {
			t.Fatalf("first %d: %d events, errors %+v", first, len(meetingIDs(r.Data)), r.Errors)
		}
		// Entities: at most the between check, the page, then the roles' entities.
		got := store.Calls()
		if got["Events"] != 1 || got["Entities"] > 3 || got["Articles"] != 1 || got["Entity"]+got["Article"] > 0 {
			t.Errorf("first %d: store calls %v, want 1 Events, at most 3 Entities, 1 Articles", first, got)
		}
	}
}

func TestEntityMeetings(t *testing.T) {
	srv, _ := newServer(t, Options{})
	got := query(t, srv, `{ entity(name: "Macron") { meetings(with: ["person/volodymyr-zelenskyy"]) { edges { node { id } } } } }`, nil)
	want := `{"entity": {"meetings": {"edges": [{"node": {"id": "event/summit"}}, {"node": {"id": "event/call"}}]}}}`
	if !sameJSON(t, got.Data, want) || len(got.Errors) > 0 {
		t.Errorf("got %s %+v, want %s", asJSON(got.Data), got.Errors, want)
	}
}

func TestGet(t *testing.T) {
	srv, _ := newServer(t, Options{})
	u := srv.URL + "?query=" + strings.ReplaceAll(`query($n:String){entity(name:$n){id}}`, " ", "%20") + `&variables={"n":"zelensky"}`
	resp, err := srv.Client().Get(u)
	if err != nil {
		t.Fatal(err)
	}
	got := decode(t, resp)
	if want := `{"entity": {"id": "person/volodymyr-zelenskyy"}}`; !sameJSON(t, got.Data, want) || got.Status != http.StatusOK {
		t.Errorf("got %d %s %+v, want 200 %s", got.Status, asJSON(got.Data), got.Errors, want)
	}
}
