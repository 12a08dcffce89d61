package schema

import (
	"context"
	"reflect"
	"slices"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// An executor runs the query operation of a validated document the way graphql-go's
// Execute does, but writes the JSON response as it resolves, with none of graphql-go's
// per-field bookkeeping (path, ResolveInfo copies, result maps). It handles the requests
// that succeed: on any error, a null in a non-null field, introspection (__schema,
// __type), an abstract type, or a variable value it cannot coerce exactly as graphql-go
// would, it gives up, and the handler runs graphql-go's executor, which answers with
// errors as the GraphQL spec has them. Mutations never come here. The schema tests run
// every query both ways and compare the bytes (newServer, TestExecutorMatches,
// FuzzExecutor).
//
// Resolvers called by it see Source, Args, Context and, of Info, FieldName, ParentType
// and ReturnType. Args maps are shared by every item of a list, and nil for a field
// without arguments: resolvers must only read them.
type executor struct {
	schema *graphql.Schema
	doc    *ast.Document
	vars   map[string]any // coerced variable values
	ctx    context.Context
}

// plan is one response key of a selection set on an object type: the fields merged
// under it, their definition and arguments, and, built when first completed, the
// sub-fields of its object type.
type plan struct {
	key      string
	name     string
	typename string // for __typename: the parent type's name
	parent   *graphql.Object
	def      *graphql.FieldDefinition // nil for __typename
	args     map[string]any
	asts     []*ast.Field
	sub      []*plan // nil until built
}

// giveUp is the panic value with which the executor abandons a request to graphql-go.
type giveUp struct{}

// executeFast appends the response to the query of doc named opName (the only one when
// empty) with the request's variables to dst and reports whether it could; when it
// could not, dst may hold part of an answer and must be discarded.
func executeFast(ctx context.Context, s *graphql.Schema, doc *ast.Document, opName string, vars map[string]any, dst []byte) (_ []byte, ok bool) {
	op := operation(doc, opName)
	if op == nil || op.Operation != ast.OperationTypeQuery || s.QueryType() == nil {
		return dst, false
	}
	defer func() {
		if r := recover(); r != nil {
			if _, giving := r.(giveUp); !giving {
				panic(r)
			}
			ok = false
		}
	}()
	x := &executor{schema: s, doc: doc, ctx: ctx}
	if x.vars, ok = x.coerceVariables(op.VariableDefinitions, vars); !ok {
		return dst, false
	}
	fields := x.collect(s.QueryType(), []*ast.SelectionSet{op.SelectionSet})
	dst = append(dst, `{"data":`...)
	dst = x.object(dst, fields, nil)
	return append(dst, '}', '\n'), true
}

// operation returns the operation of doc named name, or the only one if name is empty;
// nil if there is no such operation.
func operation(doc *ast.Document, name string) *ast.OperationDefinition {
	var found *ast.OperationDefinition
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		switch {
		case !ok:
		case name == "" && found != nil:
			return nil // several operations and no name
		case name == "" || op.Name != nil && op.Name.Value == name:
			found = op
		}
	}
	return found
}

// object appends the JSON object of the fields of source, keys in sorted order as
// encoding/json writes graphql-go's result maps.
func (x *executor) object(dst []byte, fields []*plan, source any) []byte {
	dst = append(dst, '{')
	for i, f := range fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(appendString(dst, f.key), ':')
		if f.def == nil {
			dst = appendString(dst, f.typename)
			continue
		}
		v, err := f.def.Resolve(graphql.ResolveParams{
			Source: source, Args: f.args, Context: x.ctx,
			Info: graphql.ResolveInfo{FieldName: f.name, ParentType: f.parent, ReturnType: f.def.Type},
		})
		if err != nil {
			panic(giveUp{})
		}
		dst = x.complete(dst, f, f.def.Type, v)
	}
	return append(dst, '}')
}

// complete appends the value v of the field f as its type typ serializes it.
func (x *executor) complete(dst []byte, f *plan, typ graphql.Type, v any) []byte {
	if nn, ok := typ.(*graphql.NonNull); ok {
		if isNullish(v) {
			panic(giveUp{}) // graphql-go's executor reports the null with its path
		}
		typ = nn.OfType
	}
	if isNullish(v) {
		return append(dst, "null"...)
	}
	switch t := typ.(type) {
	case *graphql.Scalar:
		return appendLeaf(dst, t, v, t == graphql.String || t == graphql.ID)
	case *graphql.Enum:
		return appendLeaf(dst, t, v, false)
	case *graphql.Object:
		if t.IsTypeOf != nil || reflect.ValueOf(v).Kind() == reflect.Func {
			panic(giveUp{})
		}
		if f.sub == nil {
			sets := make([]*ast.SelectionSet, 0, len(f.asts))
			for _, a := range f.asts {
				if a.SelectionSet != nil {
					sets = append(sets, a.SelectionSet)
				}
			}
			f.sub = x.collect(t, sets)
		}
		return x.object(dst, f.sub, v)
	case *graphql.List:
		return x.list(dst, f, t.OfType, v)
	}
	panic(giveUp{}) // an interface or union
}

// list appends the list v of items of type item.
func (x *executor) list(dst []byte, f *plan, item graphql.Type, v any) []byte {
	dst = append(dst, '[')
	if ss, ok := v.([]string); ok && isStringy(item) { // aliases: no boxing of each string
		for i := range ss {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = x.complete(dst, f, item, &ss[i])
		}
		return append(dst, ']')
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		panic(giveUp{})
	}
	for i := range rv.Len() {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = x.complete(dst, f, item, rv.Index(i).Interface())
	}
	return append(dst, ']')
}

// appendLeaf appends the scalar or enum value v as t serializes it. For String and ID
// (stringy), strings and pointers to strings are written without boxing.
func appendLeaf(dst []byte, t graphql.Leaf, v any, stringy bool) []byte {
	if stringy {
		switch s := v.(type) {
		case *string:
			return appendString(dst, *s) // not nil: isNullish
		case string:
			return appendString(dst, s)
		}
	}
	out := t.Serialize(v)
	if isNullish(out) {
		return append(dst, "null"...)
	}
	dst, err := appendJSON(dst, out)
	if err != nil {
		panic(giveUp{})
	}
	return dst
}

// isStringy reports whether typ is String or ID, or either non-null.
func isStringy(typ graphql.Type) bool {
	if nn, ok := typ.(*graphql.NonNull); ok {
		typ = nn.OfType
	}
	return typ == graphql.String || typ == graphql.ID
}

// isNullish reports whether v is null to graphql-go: nil, a nil pointer, or NaN.
func isNullish(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case *string:
		return v == nil
	case string, int, bool:
		return false
	case float64:
		return v != v
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return true
		}
		rv = rv.Elem()
	}
	switch rv.Kind() {
	case reflect.Float32, reflect.Float64:
		f := rv.Float()
		return f != f
	}
	return false
}

// collect returns the fields the selection sets select on the object type obj, merged
// by response key and sorted by it, as graphql-go's collectFields does: fields skipped
// by @skip or @include, fragments whose type condition does not match and fragments
// spread a second time are left out.
func (x *executor) collect(obj *graphql.Object, sets []*ast.SelectionSet) []*plan {
	var out []*plan
	var visited []string
	var walk func(ss *ast.SelectionSet)
	walk = func(ss *ast.SelectionSet) {
		for _, sel := range ss.Selections {
			switch sel := sel.(type) {
			case *ast.Field:
				if x.include(sel.Directives) {
					out = x.addField(out, obj, sel)
				}
			case *ast.InlineFragment:
				if x.include(sel.Directives) && x.matches(sel.TypeCondition, obj) && sel.SelectionSet != nil {
					walk(sel.SelectionSet)
				}
			case *ast.FragmentSpread:
				name := sel.Name.Value
				if slices.Contains(visited, name) || !x.include(sel.Directives) {
					continue
				}
				visited = append(visited, name)
				if frag := x.fragment(name); frag != nil && x.matches(frag.TypeCondition, obj) && frag.SelectionSet != nil {
					walk(frag.SelectionSet)
				}
			}
		}
	}
	for _, ss := range sets {
		walk(ss)
	}
	slices.SortFunc(out, func(a, b *plan) int { return strings.Compare(a.key, b.key) })
	return out
}

// addField adds the field f selected on obj to fields: to the plan of its response key
// if there is one, else as a new plan.
func (x *executor) addField(fields []*plan, obj *graphql.Object, f *ast.Field) []*plan {
	key := f.Name.Value
	if f.Alias != nil && f.Alias.Value != "" {
		key = f.Alias.Value
	}
	for _, p := range fields {
		if p.key == key {
			p.asts = append(p.asts, f)
			return fields
		}
	}
	p := &plan{key: key, name: f.Name.Value, parent: obj, asts: []*ast.Field{f}}
	switch p.name {
	case "__typename":
		p.typename = obj.Name()
	case "__schema", "__type":
		panic(giveUp{})
	default:
		p.def = obj.Fields()[p.name]
		if p.def == nil {
			return fields // validation lets none through; graphql-go leaves it out
		}
		p.args = x.arguments(p.def.Args, f.Arguments)
	}
	return append(fields, p)
}

// fragment returns the fragment of the document named name, or nil.
func (x *executor) fragment(name string) *ast.FragmentDefinition {
	for _, d := range x.doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil && f.Name.Value == name {
			return f
		}
	}
	return nil
}

// matches reports whether a fragment with the type condition applies to obj. With no
// abstract types outside introspection, only obj's own name matches.
func (x *executor) matches(cond *ast.Named, obj *graphql.Object) bool {
	if cond == nil {
		return true
	}
	switch x.schema.Type(cond.Name.Value).(type) {
	case *graphql.Interface, *graphql.Union:
		panic(giveUp{})
	}
	return cond.Name.Value == obj.Name()
}

// include reports whether directives keep a selection: not @skip(if: true), not
// @include(if: false).
func (x *executor) include(directives []*ast.Directive) bool {
	for _, d := range directives {
		if d.Name == nil {
			continue
		}
		var args map[string]any
		switch d.Name.Value {
		case graphql.SkipDirective.Name:
			args = x.arguments(graphql.SkipDirective.Args, d.Arguments)
			if skip, ok := args["if"].(bool); ok && skip {
				return false
			}
		case graphql.IncludeDirective.Name:
			args = x.arguments(graphql.IncludeDirective.Args, d.Arguments)
			if inc, ok := args["if"].(bool); ok && !inc {
				return false
			}
		}
	}
	return true
}
