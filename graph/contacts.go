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
	nodes, err := s.subjectsOf(ctx, PredAttendee, nodeIRI(entity))
	if err != nil {
		return nil, err
	}
	rows, err := s.outgoing(ctx, nodes, PredEventType, PredStatus, PredStartDate, PredEndDate, PredAttendee)
	if err != nil {
		return nil, err
	}
	type contactEvent struct {
		summary
		others []string
	}
	var events []contactEvent
	for node, qs := range rows {
		id, _ := nodeID(node)
		e := contactEvent{summary: summary{id: id}}
		for _, q := range qs {
			switch q.Predicate {
			case PredEventType:
				e.typ = parley.EventType(stringOf(q.Object))
			case PredStatus:
				e.status = parley.Status(stringOf(q.Object))
			case PredStartDate:
				e.date.Start = stringOf(q.Object)
			case PredEndDate:
				e.date.End = stringOf(q.Object)
			case PredAttendee:
				if other, _ := nodeID(q.Object); other != entity {
					e.others = append(e.others, other)
				}
			}
		}
		if e.typ.IsContact() && e.status == parley.Occurred && e.date.Overlaps(from, to) {
			events = append(events, e)
		}
	}
	slices.SortFunc(events, func(a, b contactEvent) int { return compareTimeline(a.summary, b.summary) })

	byID := make(map[string]*parley.Contact)
	var ids []string
	for _, e := range events {
		for _, other := range e.others {
			c := byID[other]
			if c == nil {
				c = &parley.Contact{Entity: other}
				byID[other] = c
				ids = append(ids, other)
			}
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
	names, err := s.names(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]parley.Contact, 0, len(ids))
	for _, id := range ids {
		out = append(out, *byID[id])
	}
	slices.SortFunc(out, func(a, b parley.Contact) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(names[a.Entity], names[b.Entity]), cmp.Compare(a.Entity, b.Entity))
	})
	return out[:min(n, len(out))], nil
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
