package graph

import (
	"slices"
	"strings"

	"github.com/parleyhq/parley"
)

// A contactList is an entity's contacts, aggregated from its occurred contact events.
// Every entity queried keeps one for all time until the next write, so it is compact:
// one pointer per contact, event positions as integers.
type contactList struct {
	gen      uint64         // the index generation it was computed at
	of       *entityNode    // whose contacts
	contacts []indexContact // most contacts first, then by folded name, then by id
	byID     []int32        // positions in contacts, in order of the other entity's id
	events   []int32        // positions in of.events, contact after contact
}

// indexContact is one contact of a contactList.
type indexContact struct {
	other       *entityNode
	start, end  int32 // its events are events[start:end] of the list, in timeline order
	first, last int32 // positions in of.events of the earliest start and latest end; -1: none
}

// contacts returns the first n contacts of the entity in [from, to], as Store.Contacts
// documents.
func (x *index) contacts(entity, from, to string, n int) []parley.Contact {
	x.mu.RLock()
	defer x.mu.RUnlock()
	e := x.entities[entity]
	if e == nil {
		return []parley.Contact{}
	}
	var l *contactList
	if from == "" && to == "" {
		l = x.allContacts(e)
	} else {
		l = newContactList(e, from, to)
	}
	out := make([]parley.Contact, min(n, len(l.contacts)))
	for i := range out {
		out[i] = l.contact(i)
	}
	return out
}

// allContacts returns the contacts of e over all time, cached until the next write. The
// caller holds x.mu for reading.
func (x *index) allContacts(e *entityNode) *contactList {
	gen := x.gen.Load()
	if l := e.contacts.Load(); l != nil && l.gen == gen {
		return l
	}
	l := newContactList(e, "", "")
	l.gen = gen
	e.contacts.Store(l)
	return l
}

// newContactList aggregates the contacts of e in the occurred contact events that
// overlap [from, to].
func newContactList(e *entityNode, from, to string) *contactList {
	l := &contactList{of: e}
	at := make(map[*entityNode]int32)
	var counts []int32
	// each calls f with every other participant of the events, as the position of its
	// contact, and the event and its position in e.events.
	each := func(f func(k int32, ev *eventNode, pos int32)) {
		for i, ev := range e.events {
			if !ev.isContact() || !ev.sum.date.Overlaps(from, to) {
				continue
			}
			for _, p := range ev.participants {
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
				f(k, ev, int32(i))
			}
		}
	}
	each(func(k int32, ev *eventNode, pos int32) {
		c, d := &l.contacts[k], ev.sum.date
		counts[k]++
		if d.Start != "" && (c.first < 0 || d.Start < e.events[c.first].sum.date.Start) {
			c.first = pos
		}
		if d.End != "" && (c.last < 0 || d.End > e.events[c.last].sum.date.End) {
			c.last = pos
		}
	})
	var off int32
	for k := range l.contacts {
		l.contacts[k].start, l.contacts[k].end = off, off
		off += counts[k]
	}
	l.events = make([]int32, off)
	each(func(k int32, _ *eventNode, pos int32) {
		c := &l.contacts[k]
		l.events[c.end] = pos
		c.end++
	})
	slices.SortFunc(l.contacts, func(a, b indexContact) int {
		return compareContacts(int(a.end-a.start), int(b.end-b.start), a.other.folded, b.other.folded, a.other.id, b.other.id)
	})
	l.byID = make([]int32, len(l.contacts))
	for i := range l.byID {
		l.byID[i] = int32(i)
	}
	slices.SortFunc(l.byID, func(a, b int32) int { return strings.Compare(l.contacts[a].other.id, l.contacts[b].other.id) })
	return l
}

// find returns the contact with the entity id, or nil.
func (l *contactList) find(id string) *indexContact {
	i, found := slices.BinarySearchFunc(l.byID, id, func(at int32, id string) int { return strings.Compare(l.contacts[at].other.id, id) })
	if !found {
		return nil
	}
	return &l.contacts[l.byID[i]]
}

// contact returns the contact at position i as a Store.Contacts document.
func (l *contactList) contact(i int) parley.Contact {
	c := &l.contacts[i]
	out := parley.Contact{Entity: c.other.id, Count: int(c.end - c.start), Events: make([]string, 0, c.end-c.start)}
	if c.first >= 0 {
		out.First = l.of.events[c.first].sum.date.Start
	}
	if c.last >= 0 {
		out.Last = l.of.events[c.last].sum.date.End
	}
	for _, pos := range l.events[c.start:c.end] {
		out.Events = append(out.Events, l.of.events[pos].sum.id)
	}
	return out
}

// pairPage fills page with the n occurred contact events of a and b from position
// start of a's events on, and their count, reading them off a's cached contacts. The
// caller holds x.mu for reading.
func (x *index) pairPage(page *parley.EventPage, a, b *entityNode, n, start int) {
	l := x.allContacts(a)
	c := l.find(b.id)
	if c == nil {
		return
	}
	positions := l.events[c.start:c.end]
	page.TotalCount = len(positions)
	from, _ := slices.BinarySearch(positions, int32(start))
	end := min(from+n, len(positions))
	for _, pos := range positions[from:end] {
		ev := a.events[pos]
		page.Events = append(page.Events, x.eventCopy(ev))
		page.Cursors = append(page.Cursors, encodeCursor(ev.sum))
	}
	page.HasNext = end < len(positions)
}
