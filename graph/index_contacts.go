package graph

import (
	"slices"
	"strings"

	"github.com/parleyhq/parley"
)

// A contactList is an entity's contacts, aggregated from its occurred contact events.
// Every entity queried keeps one for all time until the next write, so it is compact
// and pointer-free: positions as integers.
type contactList struct {
	gen      uint64         // the index generation it was computed at
	of       int32          // whose contacts: an entity position
	contacts []indexContact // most contacts first, then by folded name, then by id
	byID     []int32        // positions in contacts, in order of the other entity's id
	events   []int32        // positions in the entity's events, contact after contact
	ids      []str          // the ids of those events, so copying them reads no event
}

// indexContact is one contact of a contactList.
type indexContact struct {
	other       int32 // an entity position
	start, end  int32 // its events are events[start:end] of the list, in timeline order
	first, last int32 // positions in the entity's events of the earliest start and latest end; -1: none
}

// contacts returns the first n contacts of the entity in [from, to], as Store.Contacts
// documents.
func (x *index) contacts(entity, from, to string, n int) []parley.Contact {
	x.mu.RLock()
	defer x.mu.RUnlock()
	e := x.lookup(entityNodes, entity)
	if e < 0 {
		return []parley.Contact{}
	}
	var l *contactList
	if from == "" && to == "" {
		l = x.allContacts(e)
	} else {
		l = x.newContactList(e, from, to)
	}
	out := make([]parley.Contact, min(n, len(l.contacts)))
	ids := make([]string, 0, sumCounts(l.contacts[:len(out)])) // the Events of out
	for i := range out {
		out[i], ids = x.contact(l, i, ids)
	}
	return out
}

// allContacts returns the contacts of the entity e over all time, cached until a write
// changes them: a write that changes one of its events or renames an entity that has
// events. The caller holds x.mu for reading.
func (x *index) allContacts(e int32) *contactList {
	if l := x.contactCache[e].Load(); l != nil && l.gen >= x.entities[e].changed && l.gen >= x.renamed {
		return l
	}
	l := x.newContactList(e, "", "")
	l.gen = x.gen.Load()
	x.contactCache[e].Store(l)
	return l
}

// cacheContacts computes the contacts of every entity with events, so the first
// queries after opening do not wait for them. The caller holds x.mu.
func (x *index) cacheContacts() {
	for e := range x.entities {
		if x.entities[e].events.n > 0 {
			x.allContacts(int32(e))
		}
	}
}

// newContactList aggregates the contacts of the entity e in the occurred contact
// events that overlap [from, to].
func (x *index) newContactList(e int32, from, to string) *contactList {
	l := &contactList{of: e}
	events := x.lists.all(x.entities[e].events)
	at := make(map[int32]int32)
	var counts []int32
	// each calls f with every other participant of the events, as the position of its
	// contact, and the event's position in events.
	each := func(f func(k int32, pos int32)) {
		for i, ev := range events {
			if !x.isContact(ev) || !x.sum(ev).date.Overlaps(from, to) {
				continue
			}
			for _, p := range x.lists.all(x.events[ev].participants) {
				if p == e {
					continue
				}
				k, ok := at[p]
				if !ok {
					k = int32(len(l.contacts))
					at[p] = k
					l.contacts = append(l.contacts, indexContact{other: p, first: -1, last: -1})
					counts = append(counts, 0)
				}
				f(k, int32(i))
			}
		}
	}
	each(func(k int32, pos int32) {
		c, ev := &l.contacts[k], &x.events[events[pos]]
		counts[k]++
		if start := x.s(ev.start); start != "" && (c.first < 0 || start < x.s(x.events[events[c.first]].start)) {
			c.first = pos
		}
		if end := x.s(ev.end); end != "" && (c.last < 0 || end > x.s(x.events[events[c.last]].end)) {
			c.last = pos
		}
	})
	var off int32
	for k := range l.contacts {
		l.contacts[k].start, l.contacts[k].end = off, off
		off += counts[k]
	}
	l.events, l.ids = make([]int32, off), make([]str, off)
	each(func(k int32, pos int32) {
		c := &l.contacts[k]
		l.events[c.end], l.ids[c.end] = pos, x.events[events[pos]].id
		c.end++
	})
	slices.SortFunc(l.contacts, func(a, b indexContact) int {
		ea, eb := &x.entities[a.other], &x.entities[b.other]
		return compareContacts(int(a.end-a.start), int(b.end-b.start), x.s(ea.folded), x.s(eb.folded), x.s(ea.id), x.s(eb.id))
	})
	l.byID = make([]int32, len(l.contacts))
	for i := range l.byID {
		l.byID[i] = int32(i)
	}
	slices.SortFunc(l.byID, func(a, b int32) int {
		return strings.Compare(x.s(x.entities[l.contacts[a].other].id), x.s(x.entities[l.contacts[b].other].id))
	})
	return l
}

// find returns the contact of l with the entity id, or nil.
func (x *index) find(l *contactList, id string) *indexContact {
	i, found := slices.BinarySearchFunc(l.byID, id, func(at int32, id string) int { return x.compareEntityID(l.contacts[at].other, id) })
	if !found {
		return nil
	}
	return &l.contacts[l.byID[i]]
}

// sumCounts returns the number of events of the contacts.
func sumCounts(cs []indexContact) int {
	n := 0
	for _, c := range cs {
		n += int(c.end - c.start)
	}
	return n
}

// contact returns the contact at position i of l as a Store.Contacts document, its
// Events appended to ids, and the rest of ids' capacity.
func (x *index) contact(l *contactList, i int, ids []string) (parley.Contact, []string) {
	c := &l.contacts[i]
	events := x.lists.all(x.entities[l.of].events)
	out := parley.Contact{Entity: x.s(x.entities[c.other].id), Count: int(c.end - c.start)}
	if c.first >= 0 {
		out.First = x.s(x.events[events[c.first]].start)
	}
	if c.last >= 0 {
		out.Last = x.s(x.events[events[c.last]].end)
	}
	for _, id := range l.ids[c.start:c.end] {
		ids = append(ids, x.s(id))
	}
	out.Events, ids = ids[:len(ids):len(ids)], ids[len(ids):]
	return out, ids
}

// pairPage fills page with the n occurred contact events of the entities a and b from
// position start of a's events on, and their count, reading them off a's cached
// contacts. The caller holds x.mu for reading.
func (x *index) pairPage(page *parley.EventPage, a, b int32, n, start int) {
	l := x.allContacts(a)
	c := x.find(l, x.s(x.entities[b].id))
	if c == nil {
		return
	}
	events := x.lists.all(x.entities[a].events)
	positions := l.events[c.start:c.end]
	page.TotalCount = len(positions)
	from, _ := slices.BinarySearch(positions, int32(start))
	end := min(from+n, len(positions))
	for _, pos := range positions[from:end] {
		ev := events[pos]
		page.Events = append(page.Events, x.eventCopy(ev))
		page.Cursors = append(page.Cursors, encodeCursor(x.sum(ev)))
	}
	page.HasNext = end < len(positions)
}
