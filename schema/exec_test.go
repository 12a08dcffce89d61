package schema

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestExecutorMatches checks that executeFast answers the queries it should, byte for
// byte as graphql-go's executor does, and leaves the others to graphql-go.
func TestExecutorMatches(t *testing.T) {
	srv, _, h := newUnverifiedServer(t, Options{})
	tests := []struct {
		name  string
		query string
		vars  map[string]any // "op" is sent as the operation name
		fast  bool           // answered by executeFast
	}{
		{"timeline page", `{ timeline(first: 3) { totalCount edges { cursor node { id type status cameo
			date { text value start end granularity } participants { id name kind aliases wikidata } absent { id }
			location { name } speaker { name } quote sources { text start end article { id name title url source published } } } }
			pageInfo { hasNextPage endCursor } } }`, nil, true},
		{"aliases and merged fields", `{ a: entity(id: "person/mark-rutte") { id name } b: entity(id: "person/emmanuel-macron") { name }
			a: entity(id: "person/mark-rutte") { kind } }`, nil, true},
		{"named and inline fragments, __typename", `query Q { entity(name: "rutte") { ...E ... on Entity { __typename aliases } ...E } }
			fragment E on Entity { id roles { title of { __typename name } from to } }`, nil, true},
		{"skip and include with variables", `query($s: Boolean!, $i: Boolean = false) { entity(id: "person/mark-rutte") {
			id @skip(if: $s) name @include(if: $i) kind @include(if: true) } }`, map[string]any{"s": true}, true},
		{"variables: ID from a number, enum list, defaults", `query($e: ID = "person/mark-rutte", $t: [EventType!], $n: Int = 2) {
			timeline(entity: $e, types: $t, first: $n) { edges { node { id type } } } }`, map[string]any{"t": []any{"MEETING", "SUMMIT"}}, true},
		{"list arguments from single values", `query($k: EntityKind!) { a: search(text: "brussels", kinds: PLACE) { id }
			b: meetings(between: "person/volodymyr-zelenskyy") { totalCount } c: search(text: "rutte", kinds: [$k]) { id } }`, map[string]any{"k": "PERSON"}, true},
		{"date window and paging", `{ meetings(between: ["person/volodymyr-zelenskyy"], from: "2024-01-01", to: "2024-12-31", first: 1) {
			totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }`, nil, true},
		{"contacts with events", `{ contacts(entity: "person/volodymyr-zelenskyy", first: 3) { entity { name } count first last
			events(first: 2) { totalCount edges { node { id } } } } }`, nil, true},
		{"path", `{ path(from: "person/recep-tayyip-erdogan", to: "person/mark-rutte") { from { id } to { id } events { totalCount } } }`, nil, true},
		{"article, articles and stats", `{ article(id: "article/a1") { title } articles(first: 2) { totalCount edges { node { id published } } }
			stats { quads entities events articles } }`, nil, true},
		{"named operation of several", `query A { stats { events } } query B { stats { entities } }`, map[string]any{"op": "B"}, true},
		{"null entity", `{ entity(name: "nobody at all") { id } }`, nil, true},
		{"not found: left to graphql-go", `{ entity(id: "person/nobody") { id } }`, nil, false},
		{"bad variable: left to graphql-go", `query($n: Int) { timeline(first: $n) { totalCount } }`, map[string]any{"n": "many"}, false},
		{"missing variable: left to graphql-go", `query($e: ID!) { entity(id: $e) { id } }`, nil, false},
		{"introspection: left to graphql-go", `{ __schema { queryType { name } } }`, nil, false},
		{"error inside a list: left to graphql-go", `{ search(text: "?!") { id } }`, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fast := 0
			h.verify = func(query string, f, slow []byte) {
				fast++
				if !bytes.Equal(f, slow) {
					t.Errorf("executeFast answers\n%s\ngraphql-go\n%s", f, slow)
				}
			}
			b, err := json.Marshal(map[string]any{"query": tt.query, "variables": tt.vars, "operationName": tt.vars["op"]})
			if err != nil {
				t.Fatal(err)
			}
			r := post(t, srv, "application/json", bytes.NewReader(b))
			if got := fast == 1; got != tt.fast {
				t.Errorf("answered by executeFast: %v, want %v (response %+v)", got, tt.fast, r)
			}
			if tt.fast && (r.Data == nil || len(r.Errors) > 0) {
				t.Errorf("got data %v errors %+v, want data and no errors", r.Data, r.Errors)
			}
		})
	}
}
