package graph

import (
	"cmp"
	"context"
	"slices"

	"github.com/parleyhq/parley"
)

// Contacts returns who the entity met or spoke with in occurred contact events
// overlapping [from, to]: most contact events first, ties by name then id, at most
// first of them (0 means parley.DefaultPage). It returns an ENOTFOUND error for an
// unknown entity, EINVALID for bad dates and ELIMIT for first above parley.MaxPage.
func (s *Store) Contacts(ctx context.Context, entity, from, to string, first int) ([]parley.Contact, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	if err := checkWindow(from, to); err != nil {
		return nil, err
	}
	if _, err := s.Entity(ctx, entity); err != nil {
		return nil, err
	}
	if s.idx != nil {
		return s.idx.contacts(entity, from, to, n), nil
	}
	byEntity, err := s.graphContactEvents(ctx, []string{entity})
	if err != nil {
		return nil, err
	}
	out := aggregateContacts(entity, byEntity[entity], from, to)
	ids := make([]string, len(out))
	for i, c := range out {
		ids[i] = c.Entity
	}
	names, err := s.names(ctx, ids)
	if err != nil {
		return nil, err
	}
	sortContacts(out, func(id string) string { return names[id] })
	return out[:min(n, len(out))], nil
}

// aggregateContacts returns one Contact per other participant of the events (in
// timeline order) that overlap [from, to], in order of first contact.
func aggregateContacts(entity string, events []contactEvent, from, to string) []parley.Contact {
	at := make(map[string]int)
	var out []parley.Contact
	for _, e := range events {
		if !e.date.Overlaps(from, to) {
			continue
		}
		for _, other := range e.participants {
			if other == entity {
				continue
			}
			i, ok := at[other]
			if !ok {
				i = len(out)
				at[other] = i
				out = append(out, parley.Contact{Entity: other})
			}
			c := &out[i]
			c.Count++
			c.Events = append(c.Events, e.id)
			if e.date.Start != "" && (c.First == "" || e.date.Start < c.First) {
				c.First = e.date.Start
			}
			if e.date.End > c.Last {
				c.Last = e.date.End
			}
		}
	}
	return out
}

// sortContacts orders contacts as compareContacts does.
func sortContacts(cs []parley.Contact, name func(id string) string) {
	slices.SortFunc(cs, func(a, b parley.Contact) int {
		return compareContacts(a.Count, b.Count, name(a.Entity), name(b.Entity), a.Entity, b.Entity)
	})
}

// compareContacts orders two contacts, given by their counts, the other entities'
// folded names and ids: most events first, then by folded name, then by id. It is the
// order Store.Contacts documents, for the Cayley path and the index alike.
func compareContacts(countA, countB int, nameA, nameB, idA, idB string) int {
	return cmp.Or(cmp.Compare(countB, countA), cmp.Compare(nameA, nameB), cmp.Compare(idA, idB))
}

// names returns the folded names of the entities in one bulk read, keyed by id.
func (s *Store) names(ctx context.Context, ids []string) (map[string]string, error) {
	rows, err := s.outgoing(ctx, iris(ids), PredName)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(rows))
	for node, qs := range rows {
		id, _ := nodeID(node)
		out[id] = parley.Fold(stringOf(firstValue(qs, PredName)))
	}
	return out, nil
}
