package schema

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/parleyhq/parley"
)

// UnpagedListWeight is how many items a list without paging (participants, sources,
// roles) is assumed to hold when counting the nodes a query may return.
const UnpagedListWeight = 5

// checkNesting returns an ELIMIT error if the brackets {, [ and ( of query nest deeper
// than max, ignoring strings, block strings and comments. It runs before parsing:
// graphql-go's recursive parser exhausts the stack, fatally, on deep enough nesting.
func checkNesting(query string, max int) *apiError {
	depth := 0
	for i := 0; i < len(query); i++ {
		switch query[i] {
		case '#':
			for i < len(query) && query[i] != '\n' && query[i] != '\r' {
				i++
			}
		case '"':
			i = skipString(query, i)
		case '{', '[', '(':
			if depth++; depth > max {
				return errorf(parley.ELIMIT, "query nests brackets deeper than %d", max)
			}
		case '}', ']', ')':
			if depth > 0 {
				depth--
			}
		}
	}
	return nil
}

// skipString returns the index of the last quote of the string or block string that
// starts at query[i], or the end of the line or text if it is not closed.
func skipString(query string, i int) int {
	if strings.HasPrefix(query[i:], `"""`) {
		for j := i + 3; j < len(query); j++ {
			if query[j] == '\\' && strings.HasPrefix(query[j+1:], `"""`) {
				j += 3
			} else if strings.HasPrefix(query[j:], `"""`) {
				return j + 2
			}
		}
		return len(query)
	}
	j := i + 1
	for ; j < len(query) && query[j] != '"' && query[j] != '\n'; j++ {
		if query[j] == '\\' {
			j++
		}
	}
	return j
}

// checkFragmentCycles returns a BAD_USER_INPUT error naming the first cycle of fragment
// spreads in doc, or saying that two fragments share a name. graphql-go's executor recurses forever, fatally, on one.
func checkFragmentCycles(doc *ast.Document) *apiError {
	frags := fragments(doc)
	defined := 0
	for _, d := range doc.Definitions {
		if _, ok := d.(*ast.FragmentDefinition); ok {
			defined++
		}
	}
	if defined != len(frags) {
		return errorf(parley.EINVALID, "fragment names must be unique")
	}
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var visit func(path []string) *apiError
	visit = func(path []string) *apiError {
		name := path[len(path)-1]
		state[name] = visiting
		for _, next := range spreads(frags[name].SelectionSet, nil) {
			if frags[next] == nil {
				continue // unknown fragments are reported by validation
			}
			switch state[next] {
			case visiting:
				return errorf(parley.EINVALID, "fragment cycle: %s -> %s", strings.Join(path, " -> "), next)
			case unvisited:
				if err := visit(append(path, next)); err != nil {
					return err
				}
			}
		}
		state[name] = done
		return nil
	}
	for _, d := range doc.Definitions { // in order, for a deterministic message
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil && state[f.Name.Value] == unvisited {
			if err := visit([]string{f.Name.Value}); err != nil {
				return err
			}
		}
	}
	return nil
}

// fragments returns the fragment definitions of doc by name.
func fragments(doc *ast.Document) map[string]*ast.FragmentDefinition {
	frags := map[string]*ast.FragmentDefinition{}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			frags[f.Name.Value] = f
		}
	}
	return frags
}

// spreads appends to names the fragments spread in ss, not following the spreads.
func spreads(ss *ast.SelectionSet, names []string) []string {
	if ss == nil {
		return names
	}
	for _, sel := range ss.Selections {
		switch sel := sel.(type) {
		case *ast.FragmentSpread:
			if sel.Name != nil {
				names = append(names, sel.Name.Value)
			}
		case *ast.InlineFragment:
			names = spreads(sel.SelectionSet, names)
		case *ast.Field:
			names = spreads(sel.SelectionSet, names)
		}
	}
	return names
}

// limits are the bounds on a parsed query.
type limits struct {
	MaxFields, MaxDepth, MaxAliases, MaxNodes int
}

// countFields returns the number of field selections written in ss, not expanding
// fragment spreads.
func countFields(ss *ast.SelectionSet) int {
	n := 0
	if ss == nil {
		return n
	}
	for _, sel := range ss.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			n += 1 + countFields(sel.SelectionSet)
		case *ast.InlineFragment:
			n += countFields(sel.SelectionSet)
		}
	}
	return n
}

// cost is what a selection set asks for, fragments expanded: its depth in fields (not
// counting below __schema and __type), its aliases and the worst-case number of list
// items it may return (a connection returns first items, an unpaged list
// UnpagedListWeight, an introspection list as many as the schema has). Counts saturate
// at costCap.
type cost struct {
	depth, aliases, nodes int
}

// costCap is where cost counts stop growing, far above any limit.
const costCap = math.MaxInt32

// coster computes the cost of the operations of one document.
type coster struct {
	schema   *graphql.Schema
	bounds   map[string]int // introspection lists: "__Type.fields" -> most items it holds
	frags    map[string]*ast.FragmentDefinition
	vars     map[string]any
	defaults map[string]ast.Value // of the operation being costed
	memo     map[string]cost      // of fragments, for the operation being costed
	err      *apiError            // the first first argument over parley.MaxPage
}

// checkCost returns an ELIMIT error if doc has more field selections than lim allows
// (graphql-go's validation is quadratic in them), or if an operation of doc, with the
// variables, is deeper, has more aliases or may return more nodes than lim allows, or
// asks for a page larger than parley.MaxPage. Unknown fields and fragments count as
// plain fields: they are left to validation, which runs after.
func checkCost(s *graphql.Schema, bounds map[string]int, doc *ast.Document, vars map[string]any, lim limits) *apiError {
	fields := 0
	for _, d := range doc.Definitions {
		switch d := d.(type) {
		case *ast.OperationDefinition:
			fields += countFields(d.SelectionSet)
		case *ast.FragmentDefinition:
			fields += countFields(d.SelectionSet)
		}
	}
	if fields > lim.MaxFields {
		return errorf(parley.ELIMIT, "query has %d fields, over the limit of %d", fields, lim.MaxFields)
	}
	c := &coster{schema: s, bounds: bounds, frags: fragments(doc), vars: vars}
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		got := c.operation(op)
		switch {
		case c.err != nil:
			return c.err
		case got.depth > lim.MaxDepth:
			return errorf(parley.ELIMIT, "query depth %d exceeds the limit of %d", got.depth, lim.MaxDepth)
		case got.aliases > lim.MaxAliases:
			return errorf(parley.ELIMIT, "query has %d aliases, over the limit of %d", got.aliases, lim.MaxAliases)
		case got.nodes > lim.MaxNodes:
			return errorf(parley.ELIMIT, "query may return %d nodes, over the limit of %d", got.nodes, lim.MaxNodes)
		}
	}
	return nil
}

// operation returns the cost of op.
func (c *coster) operation(op *ast.OperationDefinition) cost {
	c.defaults, c.memo = map[string]ast.Value{}, map[string]cost{}
	for _, v := range op.VariableDefinitions {
		if v.Variable != nil && v.Variable.Name != nil && v.DefaultValue != nil {
			c.defaults[v.Variable.Name.Value] = v.DefaultValue
		}
	}
	var root graphql.Type
	switch op.Operation {
	case ast.OperationTypeQuery:
		root = c.schema.QueryType()
	case ast.OperationTypeMutation:
		root = c.schema.MutationType()
	}
	return c.selectionSet(root, op.SelectionSet)
}

// selectionSet returns the cost of ss selected on parent, nil if unknown.
func (c *coster) selectionSet(parent graphql.Type, ss *ast.SelectionSet) cost {
	var sum cost
	if ss == nil {
		return sum
	}
	for _, sel := range ss.Selections {
		var got cost
		switch sel := sel.(type) {
		case *ast.Field:
			got = c.field(parent, sel)
		case *ast.InlineFragment:
			typ := parent
			if sel.TypeCondition != nil && sel.TypeCondition.Name != nil {
				typ = c.schema.Type(sel.TypeCondition.Name.Value)
			}
			got = c.selectionSet(typ, sel.SelectionSet)
		case *ast.FragmentSpread:
			if sel.Name != nil {
				got = c.fragment(sel.Name.Value)
			}
		}
		sum.depth = max(sum.depth, got.depth)
		sum.aliases = add(sum.aliases, got.aliases)
		sum.nodes = add(sum.nodes, got.nodes)
	}
	return sum
}

// fragment returns the cost of the named fragment, computed once per operation.
func (c *coster) fragment(name string) cost {
	if got, ok := c.memo[name]; ok {
		return got
	}
	f := c.frags[name]
	if f == nil {
		return cost{}
	}
	var typ graphql.Type
	if f.TypeCondition != nil && f.TypeCondition.Name != nil {
		typ = c.schema.Type(f.TypeCondition.Name.Value)
	}
	got := c.selectionSet(typ, f.SelectionSet)
	c.memo[name] = got
	return got
}

// field returns the cost of one field of parent with its selections.
func (c *coster) field(parent graphql.Type, f *ast.Field) cost {
	def := c.fieldDef(parent, f)
	var typ graphql.Type
	list := false
	if def != nil {
		typ = def.Type
		if nn, ok := typ.(*graphql.NonNull); ok {
			typ = nn.OfType
		}
		if l, ok := typ.(*graphql.List); ok {
			list = true
			typ, _ = graphql.GetNamed(l).(graphql.Type)
		}
	}
	sub := c.selectionSet(typ, f.SelectionSet)
	got := cost{depth: 1 + sub.depth, aliases: sub.aliases, nodes: sub.nodes}
	if def == graphql.SchemaMetaFieldDef || def == graphql.TypeMetaFieldDef {
		// Introspection reads no store; its lists are bounded by the schema and its
		// nesting by the text, while GraphiQL's own query is 13 deep.
		got.depth = 1
	}
	if f.Alias != nil && f.Alias.Value != "" {
		got.aliases = add(got.aliases, 1)
	}
	if items := c.items(parent, def, f, typ, list); items > 0 {
		got.nodes = mul(items, add(1, sub.nodes))
	}
	return got
}

// fieldDef returns the definition of the field f of parent, nil if unknown.
func (c *coster) fieldDef(parent graphql.Type, f *ast.Field) *graphql.FieldDefinition {
	if f.Name == nil {
		return nil
	}
	if parent != nil && parent == graphql.Type(c.schema.QueryType()) {
		switch f.Name.Value {
		case "__schema":
			return graphql.SchemaMetaFieldDef
		case "__type":
			return graphql.TypeMetaFieldDef
		}
	}
	if obj, ok := parent.(*graphql.Object); ok {
		return obj.Fields()[f.Name.Value]
	}
	return nil
}

// items returns how many items field f of parent, defined by def, of the named type
// typ, may return, or 0 for a single object or a scalar. A field with a first argument
// (a connection, search, contacts) returns first; one with maxHops (path) at most
// parley.MaxHops.
func (c *coster) items(parent graphql.Type, def *graphql.FieldDefinition, f *ast.Field, typ graphql.Type, list bool) int {
	if def != nil && hasArg(def, "first") {
		return c.first(f)
	}
	if _, ok := typ.(graphql.Composite); !ok || !list {
		return 0
	}
	if hasArg(def, "maxHops") {
		return parley.MaxHops
	}
	if strings.HasSuffix(parent.Name(), "Connection") {
		return 0 // the edges of a connection: counted by first
	}
	if n, ok := c.bounds[parent.Name()+"."+f.Name.Value]; ok {
		return n
	}
	return UnpagedListWeight
}

// hasArg reports whether the field def has the named argument.
func hasArg(def *graphql.FieldDefinition, name string) bool {
	return def != nil && slices.ContainsFunc(def.Args, func(a *graphql.Argument) bool { return a.Name() == name })
}

// first returns the page size field f asks for: its first argument, from a literal or a
// variable, parley.DefaultPage if absent, parley.MaxPage if not an int. A size over
// parley.MaxPage is recorded in c.err.
func (c *coster) first(f *ast.Field) int {
	for _, a := range f.Arguments {
		if a.Name == nil || a.Name.Value != "first" {
			continue
		}
		v := a.Value
		if vr, ok := v.(*ast.Variable); ok && vr.Name != nil {
			if x, ok := c.vars[vr.Name.Value]; ok {
				return c.checkFirst(x)
			}
			v = c.defaults[vr.Name.Value]
		}
		if iv, ok := v.(*ast.IntValue); ok {
			n, err := strconv.Atoi(iv.Value)
			if err != nil {
				return c.checkFirst(math.MaxInt)
			}
			return c.checkFirst(n)
		}
		return c.checkFirst(v)
	}
	return parley.DefaultPage
}

// checkFirst returns the page size v asks for, recording one over parley.MaxPage.
func (c *coster) checkFirst(v any) int {
	var n int
	switch v := v.(type) {
	case int:
		n = v
	case float64: // from JSON variables
		n = int(min(max(v, 0), costCap))
	case nil:
		return parley.DefaultPage
	default:
		return parley.MaxPage
	}
	if n > parley.MaxPage && c.err == nil {
		c.err = errorf(parley.ELIMIT, "first: %d is over the page limit of %d", n, parley.MaxPage)
	}
	return max(n, 0)
}

// introspectionBounds returns the most items each introspection list of s holds.
func introspectionBounds(s *graphql.Schema) map[string]int {
	members, args := 0, 0
	for _, t := range s.TypeMap() {
		switch t := t.(type) {
		case *graphql.Object:
			members = max(members, len(t.Fields()), len(t.Interfaces()))
			for _, f := range t.Fields() {
				args = max(args, len(f.Args))
			}
		case *graphql.Interface:
			members = max(members, len(t.Fields()), len(s.PossibleTypes(t)))
		case *graphql.Union:
			members = max(members, len(t.Types()))
		case *graphql.Enum:
			members = max(members, len(t.Values()))
		case *graphql.InputObject:
			members = max(members, len(t.Fields()))
		}
	}
	for _, d := range s.Directives() {
		args = max(args, len(d.Args))
	}
	return map[string]int{
		"__Schema.types":       len(s.TypeMap()),
		"__Schema.directives":  len(s.Directives()),
		"__Type.fields":        members,
		"__Type.inputFields":   members,
		"__Type.enumValues":    members,
		"__Type.interfaces":    members,
		"__Type.possibleTypes": members,
		"__Field.args":         args,
		"__Directive.args":     args,
	}
}

// add returns a+b, saturating at costCap.
func add(a, b int) int { return min(a+b, costCap) }

// mul returns a*b for non-negative a and b, saturating at costCap.
func mul(a, b int) int {
	if a != 0 && b > costCap/a {
		return costCap
	}
	return min(a*b, costCap)
}
