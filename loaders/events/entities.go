package events

import (
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
)

// participant reports whether a mention can take part in an event.
func participant(m coref.Mention) bool {
	if m.Modifier || m.Demonym {
		return false
	}
	return m.Kind == parley.Person || m.Kind == parley.Organization || m.Kind == parley.Country
}

// startsName reports whether a name, or the title or modifier before it, starts at
// token k.
func (x *extractor) startsName(a *sentence, k int) bool {
	if a.prefix[k] >= 0 {
		return true
	}
	if mi := a.mention[k]; mi >= 0 {
		return x.d.Mentions[mi].Tok0 == k || x.d.Mentions[mi].Ext0 == k
	}
	return false
}

// isPlace reports whether mention mi names a place or a country.
func (x *extractor) isPlace(mi int) bool {
	k := x.d.Mentions[mi].Kind
	return k == parley.Place || k == parley.Country
}

// isPerson reports whether mention mi names a person.
func (x *extractor) isPerson(mi int) bool { return x.d.Mentions[mi].Kind == parley.Person }

// isCountry reports whether the entity id is a country.
func (x *extractor) isCountry(id string) bool {
	e := x.d.Entity(id)
	return e != nil && e.Kind == parley.Country
}

// personAt returns the person named at token k, past a title, or "".
func (x *extractor) personAt(a *sentence, k int) string {
	if k >= len(a.words) {
		return ""
	}
	mi := a.nameAt(k)
	if mi < 0 || !x.isPerson(mi) || !participant(x.d.Mentions[mi]) {
		return ""
	}
	return x.d.Mentions[mi].Entity
}

// people returns the persons among ids.
func (x *extractor) people(ids []string) []string { return x.appendPeople(nil, ids) }

// appendPeople appends the persons among ids to out and returns it.
func (x *extractor) appendPeople(out, ids []string) []string {
	for _, id := range ids {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
			out = append(out, id)
		}
	}
	return out
}

// countPeople returns how many of ids are people.
func (x *extractor) countPeople(ids []string) int {
	n := 0
	for _, id := range ids {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
			n++
		}
	}
	return n
}

// dedupe returns ids without empty and repeated ids, in order, reusing its memory.
func dedupe(ids []string) []string {
	out := ids[:0]
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// sameSet reports whether a and b have the same ids, each listed once.
func sameSet(a, b []string) bool { return len(a) == len(b) && subset(a, b) }

// subset reports whether every id of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// pickTimex returns the timex index a, or b if a is -1.
func pickTimex(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}
