// Package schema is Parley's GraphQL API over a parley.Store, built on graphql-go, and
// its HTTP handler, which bounds every query before graphql-go sees it.
package schema

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/parleyhq/parley"
)

// New returns the GraphQL schema of Parley resolving against store, or an error if
// graphql-go rejects the type definitions. Every resolver recovers from panics and
// returns only errors safe to show: parley codes, TIMEOUT or an opaque INTERNAL error.
//
// The schema's ingest mutation answers UNAUTHENTICATED: only the handler of NewHandler,
// which checks tokens, enables it.
func New(store parley.Store) (graphql.Schema, error) {
	return newSchema(&resolver{store: store})
}

// newSchema returns the GraphQL schema with the resolvers of r.
func newSchema(r *resolver) (graphql.Schema, error) {
	t := newTypes(r)
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: newQuery(t, r), Mutation: newMutation(t, r)})
	if err != nil {
		return graphql.Schema{}, fmt.Errorf("build graphql schema: %w", err)
	}
	for name, typ := range s.TypeMap() {
		obj, ok := typ.(*graphql.Object)
		if !ok || strings.HasPrefix(name, "__") {
			continue
		}
		for fieldName, f := range obj.Fields() {
			next := f.Resolve
			if next == nil {
				next = graphql.DefaultResolveFn
			}
			f.Resolve = guard(name+"."+fieldName, next)
		}
	}
	return s, nil
}

// guard wraps the resolver of the named field: it fails fast once the request's deadline
// has passed, turns errors into apiErrors and recovers panics as INTERNAL errors, whose
// details (with the stack) are logged, never sent.
func guard(name string, next graphql.FieldResolveFn) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (v any, err error) {
		if p.Context == nil {
			p.Context = context.Background()
		}
		defer func() {
			if r := recover(); r != nil {
				v, err = nil, internalError(p.Context, fmt.Errorf("panic in %s: %v\n%s", name, r, debug.Stack()))
			}
		}()
		if err := p.Context.Err(); err != nil {
			return nil, toAPIError(p.Context, err)
		}
		if v, err = next(p); err != nil {
			return nil, toAPIError(p.Context, fmt.Errorf("resolve %s: %w", name, err))
		}
		return v, nil
	}
}
