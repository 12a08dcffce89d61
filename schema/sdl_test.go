package schema

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.graphql from the schema")

// TestSchemaSDL checks the schema against its SDL in testdata/schema.graphql, so that
// every change to the API shows in review; go test -run SDL -update rewrites it.
func TestSchemaSDL(t *testing.T) {
	s, err := New(newFakeStore(t, "testdata/graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	got := printSDL(&s)
	const path = "testdata/schema.graphql"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("schema differs from %s; run go test ./schema -run SDL -update and review the diff. Got:\n%s", path, got)
	}
}

// printSDL returns the schema definition language of s: the root types, then every
// named type but the built-in ones, by name.
func printSDL(s *graphql.Schema) string {
	var b strings.Builder
	fmt.Fprintf(&b, "schema {\n  query: %s\n", s.QueryType().Name())
	if m := s.MutationType(); m != nil {
		fmt.Fprintf(&b, "  mutation: %s\n", m.Name())
	}
	b.WriteString("}\n")
	var names []string
	for name := range s.TypeMap() {
		switch name {
		case "String", "Int", "Float", "Boolean", "ID":
			continue
		}
		if !strings.HasPrefix(name, "__") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		b.WriteString("\n")
		switch t := s.TypeMap()[name].(type) {
		case *graphql.Scalar:
			description(&b, "", t.Description())
			fmt.Fprintf(&b, "scalar %s\n", name)
		case *graphql.Enum:
			description(&b, "", t.Description())
			fmt.Fprintf(&b, "enum %s {\n", name)
			var values []string
			for _, v := range t.Values() {
				values = append(values, v.Name)
			}
			slices.Sort(values)
			for _, v := range values {
				fmt.Fprintf(&b, "  %s\n", v)
			}
			b.WriteString("}\n")
		case *graphql.InputObject:
			description(&b, "", t.Description())
			fmt.Fprintf(&b, "input %s {\n", name)
			fields := t.Fields()
			for _, f := range sortedKeys(fields) {
				description(&b, "  ", fields[f].Description())
				fmt.Fprintf(&b, "  %s: %s\n", f, fields[f].Type)
			}
			b.WriteString("}\n")
		case *graphql.Object:
			description(&b, "", t.Description())
			fmt.Fprintf(&b, "type %s {\n", name)
			fields := t.Fields()
			for _, name := range sortedKeys(fields) {
				f := fields[name]
				description(&b, "  ", f.Description)
				fmt.Fprintf(&b, "  %s%s: %s\n", name, printArgs(f.Args), f.Type)
			}
			b.WriteString("}\n")
		}
	}
	return b.String()
}

// printArgs returns the arguments of a field, by name, each with its description as a
// comment, or "" if it has none.
func printArgs(args []*graphql.Argument) string {
	if len(args) == 0 {
		return ""
	}
	args = slices.Clone(args)
	slices.SortFunc(args, func(a, b *graphql.Argument) int { return strings.Compare(a.Name(), b.Name()) })
	var b strings.Builder
	b.WriteString("(\n")
	for _, a := range args {
		description(&b, "    ", a.Description())
		fmt.Fprintf(&b, "    %s: %s\n", a.Name(), a.Type)
	}
	b.WriteString("  )")
	return b.String()
}

// description writes a description block, indented, if d is not empty.
func description(b *strings.Builder, indent, d string) {
	if d != "" {
		fmt.Fprintf(b, "%s\"\"\"%s\"\"\"\n", indent, d)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
