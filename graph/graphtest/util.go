package graphtest

import (
	"reflect"
	"testing"

	"github.com/parleyhq/parley"
)

// equal fails t if got and want differ.
func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

func entityIDs(es []*parley.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func eventIDs(es []*parley.Event) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func contactIDs(cs []parley.Contact) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Entity)
	}
	return out
}
