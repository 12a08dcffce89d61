package graph

import (
	"encoding/json"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph/synth"
)

// TestIndexContactCache checks that cached contacts follow writes: after each batch,
// an index that answered before it (so holds caches) and one built from every quad at
// once give the same contacts and pair pages for every entity, and the write has
// recomputed the cached contacts it made stale. The batches add events to known
// entities, type events late, and rename an entity that has contacts.
func TestIndexContactCache(t *testing.T) {
	gen := synth.New(7, 5_000)
	var batches [][]quad.Quad
	for range 6 {
		b := newQuadSet(0)
		b.addExtraction(gen.Next())
		b.addExtraction(gen.Next())
		batches = append(batches, b.quads)
	}
	// Hold back one event's type to the next batch: it becomes a contact only then.
	for i, q := range batches[2] {
		if q.Predicate == PredType && q.Object == ClassEvent {
			batches[3] = append(batches[3], q)
			batches[2] = append(batches[2][:i:i], batches[2][i+1:]...)
			break
		}
	}
	cached := newIndex()
	var all []quad.Quad
	for i, qs := range batches {
		if i == len(batches)-1 {
			// Rename a contact of the busiest entity: the order of its contacts may
			// change though none of its events does.
			busiest := cached.busiest()
			l := cached.allContacts(busiest)
			other := cached.s(cached.entities[l.contacts[len(l.contacts)-1].other].id)
			qs = append(qs, quad.Quad{Subject: nodeIRI(other), Predicate: PredName, Object: quad.String("Aaa Renamed")})
		}
		cached.apply(qs)
		if i < len(batches)-1 {
			// The write recomputed what it made stale (no entity here is past the budget).
			for e := range cached.entities {
				if l := cached.contactCache[e].Load(); l != nil && l.gen < cached.entities[e].changed {
					t.Errorf("batch %d: contacts of %s left stale by the write", i, cached.s(cached.entities[e].id))
				}
			}
		}
		all = append(all, qs...)
		fresh := newIndex()
		fresh.apply(all)
		for e := range fresh.entities {
			id := fresh.s(fresh.entities[e].id)
			got, want := cached.contacts(id, "", "", parley.MaxPage), fresh.contacts(id, "", "", parley.MaxPage)
			if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
				t.Fatalf("batch %d: contacts of %s:\n got %s\nwant %s", i, id, g, w)
			}
			for _, c := range want {
				f := parley.EventFilter{Entities: []string{id, c.Entity}, Contacts: true}
				g, w := mustJSON(t, cached.eventsPage(f, parley.MaxPage, nil)), mustJSON(t, fresh.eventsPage(f, parley.MaxPage, nil))
				if g != w {
					t.Fatalf("batch %d: meetings of %s and %s:\n got %s\nwant %s", i, id, c.Entity, g, w)
				}
			}
		}
	}
}

// busiest returns the position of the entity with the most events.
func (x *index) busiest() int32 {
	var best int32
	for e := range x.entities {
		if x.entities[e].events.n > x.entities[best].events.n {
			best = int32(e)
		}
	}
	return best
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
