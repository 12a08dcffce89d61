package schema

import (
	"reflect"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// The executor's input values follow graphql-go's values.go (getVariableValues,
// getArgumentValues, valueFromAST, coerceValue), so that resolvers get the same Args
// from either executor. Where graphql-go would answer with an error, and for input
// objects, the executor gives up instead.

// coerceVariables returns the values of the variables defs declares, taken from inputs
// (the request's JSON), as graphql-go coerces them; ok is false if one is invalid or an
// input object.
func (x *executor) coerceVariables(defs []*ast.VariableDefinition, inputs map[string]any) (map[string]any, bool) {
	values := make(map[string]any, len(defs))
	for _, def := range defs {
		if def == nil || def.Variable == nil || def.Variable.Name == nil {
			continue
		}
		typ, ok := x.inputType(def.Type)
		if !ok {
			return nil, false
		}
		in := inputs[def.Variable.Name.Value]
		if !validInput(typ, in) {
			return nil, false
		}
		var v any
		if isNullish(in) && def.DefaultValue != nil {
			v = x.valueFromAST(def.DefaultValue, typ, nil)
		} else {
			v = coerceValue(typ, in)
		}
		values[def.Variable.Name.Value] = v
	}
	return values, true
}

// inputType returns the input type the type reference t names; ok is false if it names
// no input type, or an input object, which the executor leaves to graphql-go.
func (x *executor) inputType(t ast.Type) (graphql.Input, bool) {
	switch t := t.(type) {
	case *ast.NonNull:
		in, ok := x.inputType(t.Type)
		return graphql.NewNonNull(in), ok
	case *ast.List:
		in, ok := x.inputType(t.Type)
		return graphql.NewList(in), ok
	case *ast.Named:
		if t.Name == nil {
			return nil, false
		}
		switch in := x.schema.Type(t.Name.Value).(type) {
		case *graphql.Scalar:
			return in, true
		case *graphql.Enum:
			return in, true
		}
	}
	return nil, false
}

// validInput reports whether v is a valid value of typ (which holds no input object).
func validInput(typ graphql.Input, v any) bool {
	if nn, ok := typ.(*graphql.NonNull); ok {
		return !isNullish(v) && validInput(nn.OfType, v)
	}
	if isNullish(v) {
		return true
	}
	switch t := typ.(type) {
	case *graphql.List:
		rv := reflect.ValueOf(v)
		if rv.Kind() == reflect.Pointer {
			rv = rv.Elem()
		}
		if rv.Kind() != reflect.Slice {
			return validInput(t.OfType, v)
		}
		for i := range rv.Len() {
			if !validInput(t.OfType, rv.Index(i).Interface()) {
				return false
			}
		}
		return true
	case *graphql.Scalar:
		return !isNullish(t.ParseValue(v))
	case *graphql.Enum:
		return !isNullish(t.ParseValue(v))
	}
	return false
}

// coerceValue returns v, a valid value of typ, as graphql-go's coerceValue does.
func coerceValue(typ graphql.Input, v any) any {
	if isNullish(v) {
		return nil
	}
	switch t := typ.(type) {
	case *graphql.NonNull:
		return coerceValue(t.OfType, v)
	case *graphql.List:
		values := []any{}
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Slice {
			return append(values, coerceValue(t.OfType, v))
		}
		for i := range rv.Len() {
			values = append(values, coerceValue(t.OfType, rv.Index(i).Interface()))
		}
		return values
	case *graphql.Scalar:
		if parsed := t.ParseValue(v); !isNullish(parsed) {
			return parsed
		}
	case *graphql.Enum:
		if parsed := t.ParseValue(v); !isNullish(parsed) {
			return parsed
		}
	}
	return nil
}

// arguments returns the values of the arguments defs declares, as graphql-go's
// getArgumentValues does: from the literals or variables of asts, else the default;
// null values are left out.
func (x *executor) arguments(defs []*graphql.Argument, asts []*ast.Argument) map[string]any {
	if len(defs) == 0 {
		return nil
	}
	out := make(map[string]any, len(asts))
	for _, def := range defs {
		var v any
		for _, a := range asts {
			if a.Name != nil && a.Name.Value == def.PrivateName {
				v = x.valueFromAST(a.Value, def.Type, x.vars)
			}
		}
		if isNullish(v) {
			v = def.DefaultValue
		}
		if !isNullish(v) {
			out[def.PrivateName] = v
		}
	}
	return out
}

// valueFromAST returns the value of the literal or variable v of type typ, as
// graphql-go's valueFromAST does.
func (x *executor) valueFromAST(v ast.Value, typ graphql.Input, vars map[string]any) any {
	if v == nil {
		return nil
	}
	if variable, ok := v.(*ast.Variable); ok {
		if variable.Name == nil || vars == nil {
			return nil
		}
		return vars[variable.Name.Value]
	}
	switch t := typ.(type) {
	case *graphql.NonNull:
		return x.valueFromAST(v, t.OfType, vars)
	case *graphql.List:
		values := []any{}
		if list, ok := v.(*ast.ListValue); ok {
			for _, item := range list.Values {
				values = append(values, x.valueFromAST(item, t.OfType, vars))
			}
			return values
		}
		return append(values, x.valueFromAST(v, t.OfType, vars))
	case *graphql.InputObject:
		panic(giveUp{}) // only the ingest mutation takes one
	case *graphql.Scalar:
		return t.ParseLiteral(v)
	case *graphql.Enum:
		return t.ParseLiteral(v)
	}
	return nil
}
