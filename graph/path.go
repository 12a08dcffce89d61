package graph

import (
	"context"
	"slices"

	"github.com/parleyhq/parley"
)

// contactEvent is an occurred contact event with its participants (sorted).
type contactEvent struct {
	summary
	participants []string
}

// contactSource returns the occurred contact events of each of the entities, in
// timeline order, keyed by entity.
type contactSource func(ctx context.Context, entities []string) (map[string][]contactEvent, error)

// Path returns the shortest chain of occurred contact events from one entity to another,
// at most maxHops long: one Hop per step, each with every contact event of that pair in
// timeline order. Among chains of equal length it picks, at each step, the neighbour
// reached from the smallest id. It returns nil if no chain is short enough, an empty
// path from an entity to itself, an ELIMIT error unless 1 <= maxHops <= parley.MaxHops
// and an ENOTFOUND error if either entity is unknown.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]parley.Hop, error) {
	if maxHops < 1 || maxHops > parley.MaxHops {
		return nil, parley.Errorf(parley.ELIMIT, "maxHops: %d is outside 1..%d", maxHops, parley.MaxHops)
	}
	for _, id := range []string{from, to} {
		if _, err := s.Entity(ctx, id); err != nil {
			return nil, err
		}
	}
	if from == to {
		return []parley.Hop{}, nil
	}
	return shortestPath(ctx, s.contactSource(), from, to, maxHops)
}

// contactSource returns the index's contact events, or the graph's without one.
func (s *Store) contactSource() contactSource {
	if s.idx != nil {
		return s.idx.contactEvents
	}
	return s.graphContactEvents
}

// shortestPath runs a breadth-first search from one entity to another over the contact
// events events gives.
func shortestPath(ctx context.Context, events contactSource, from, to string, maxHops int) ([]parley.Hop, error) {
	parent := map[string]string{from: ""}
	frontier := []string{from}
	for hop := 1; hop <= maxHops && len(frontier) > 0; hop++ {
		byEntity, err := events(ctx, frontier)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, a := range frontier {
			for _, e := range byEntity[a] {
				for _, b := range e.participants {
					if _, seen := parent[b]; !seen {
						parent[b] = a
						next = append(next, b)
					}
				}
			}
		}
		if _, ok := parent[to]; ok {
			return hops(ctx, events, parent, to)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		slices.Sort(next)
		frontier = next
	}
	return nil, nil
}

// hops walks parent links back from to and returns the path with the events of each
// step.
func hops(ctx context.Context, events contactSource, parent map[string]string, to string) ([]parley.Hop, error) {
	var chain []string
	for id := to; id != ""; id = parent[id] {
		chain = append(chain, id)
	}
	slices.Reverse(chain)
	byEntity, err := events(ctx, chain[:len(chain)-1])
	if err != nil {
		return nil, err
	}
	out := make([]parley.Hop, 0, len(chain)-1)
	for i := 0; i+1 < len(chain); i++ {
		h := parley.Hop{From: chain[i], To: chain[i+1]}
		for _, e := range byEntity[h.From] {
			if slices.Contains(e.participants, h.To) {
				h.Events = append(h.Events, e.id)
			}
		}
		out = append(out, h)
	}
	return out, nil
}

// graphContactEvents reads the occurred contact events of the entities from the graph.
func (s *Store) graphContactEvents(ctx context.Context, entities []string) (map[string][]contactEvent, error) {
	nodes, err := s.subjectsOf(ctx, PredAttendee, iris(entities)...)
	if err != nil {
		return nil, err
	}
	rows, err := s.outgoing(ctx, nodes, PredEventType, PredStatus, PredStartDate, PredEndDate, PredAttendee)
	if err != nil {
		return nil, err
	}
	want := make(map[string]bool, len(entities))
	for _, id := range entities {
		want[id] = true
	}
	out := make(map[string][]contactEvent, len(entities))
	for node, qs := range rows {
		id, _ := nodeID(node)
		e := contactEvent{summary: summary{id: id}}
		for _, q := range qs {
			if !e.set(q) && q.Predicate == PredAttendee {
				p, _ := nodeID(q.Object)
				e.participants = append(e.participants, p)
			}
		}
		if !e.typ.IsContact() || e.status != parley.Occurred {
			continue
		}
		slices.Sort(e.participants)
		for _, p := range e.participants {
			if want[p] {
				out[p] = append(out[p], e)
			}
		}
	}
	for _, evs := range out {
		slices.SortFunc(evs, func(a, b contactEvent) int { return compareTimeline(a.summary, b.summary) })
	}
	return out, nil
}
