package schema

import (
	"strings"
	"testing"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
)

func TestCheckNesting(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  bool // over the limit of 3
	}{
		{"flat", `{ a { b } }`, false},
		{"three deep", `{ a(x: [1]) }`, false},
		{"four deep", `{ a(x: [{b: 1}]) }`, true},
		{"brackets in a string", `{ a(x: "[[[[{{{{") }`, false},
		{"escaped quote in a string", `{ a(x: "\"[[[[") }`, false},
		{"brackets in a block string", `{ a(x: """ [[[[ " "" {{{{ """) }`, false},
		{"escaped triple quote in a block string", `{ a(x: """ \""" [[[[ """) }`, false},
		{"brackets in a comment", "{ a # [[[[{{{{\n }", false},
		{"brackets after a comment", "# x\n{ a { b { c { d } } } }", true},
		{"unclosed string hides nothing after its line", "{ a(x: \"[[[[\n) { b { c { d } } } }", true},
		{"closing brackets never go below zero", `}}}}}} { a { b } }`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkNesting(tt.query, 3) != nil; got != tt.want {
				t.Errorf("checkNesting(%q, 3) over: got %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func TestCheckFragmentCycles(t *testing.T) {
	tests := []struct {
		name, query, want string
	}{
		{"none", `{ ...A } fragment A on Query { ...B ...B } fragment B on Query { x }`, ""},
		{"two", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, "fragment cycle: "},
		{"three, nested in fields", `{ ...A } fragment A on Query { x { ...B } } fragment B on Query { y { ... { ...C } } } fragment C on Query { ...A }`, "fragment cycle: "},
		{"unused", `{ x } fragment A on Query { ...A }`, "fragment cycle: A -> A"},
		{"unknown fragment", `{ ...A } fragment A on Query { ...Nope }`, ""},
		{"duplicate name", `{ ...A } fragment A on Query { ...B } fragment B on Query { x } fragment B on Query { y }`, "fragment names must be unique"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.Parse(parser.ParseParams{Source: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if err := checkFragmentCycles(doc); err != nil {
				got = err.Message
			}
			if !strings.HasPrefix(got, tt.want) || (tt.want == "") != (got == "") {
				t.Errorf("got %q, want prefix %q", got, tt.want)
			}
		})
	}
}

func TestCheckCost(t *testing.T) {
	store := newFakeStore(t, "testdata/graph.json")
	s, err := New(store)
	if err != nil {
		t.Fatal(err)
	}
	bounds := introspectionBounds(&s)
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  cost
	}{
		{"one field", `{ entity(id: "x") { id } }`, nil, cost{depth: 2}},
		{"default page", `{ meetings(between: ["x"]) { totalCount } }`, nil, cost{depth: 2, nodes: 20}},
		{"page of unpaged lists", `{ meetings(between: ["x"], first: 10) { edges { node { participants { id } } } } }`, nil,
			cost{depth: 5, nodes: 10 * (1 + UnpagedListWeight)}},
		{"nested pages from a variable", `query($n: Int) { a: meetings(between: ["x"], first: $n) { edges { node { b: participants { meetings(first: 3) { totalCount } } } } } }`,
			map[string]any{"n": 2.0}, cost{depth: 6, aliases: 2, nodes: 2 * (1 + UnpagedListWeight*(1+3))}},
		{"fragment spread twice", `{ entity(id: "x") { ...F ...F } } fragment F on Entity { a: roles { title } }`, nil,
			cost{depth: 3, aliases: 2, nodes: 2 * UnpagedListWeight}},
		{"introspection types", `{ __schema { types { name } } }`, nil, cost{depth: 1, nodes: len(s.TypeMap())}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.Parse(parser.ParseParams{Source: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			c := &coster{schema: &s, bounds: bounds, frags: fragments(doc), vars: tt.vars}
			got := c.operation(doc.Definitions[0].(*ast.OperationDefinition))
			if got != tt.want || c.err != nil {
				t.Errorf("got %+v (err %v), want %+v", got, c.err, tt.want)
			}
		})
	}
}
