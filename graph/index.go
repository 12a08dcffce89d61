package graph

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/parleyhq/parley"
)

// An index is the in-memory read model of a graph: every entity, event, article,
// evidence and role node with its fields, each entity's events in timeline order, and
// (built lazily after writes) the global timeline, the articles newest first and the
// name index Search uses. Open builds it with one scan of the quads; Write feeds it the
// quads it stores, under the store's write mutex. Cayley stays the store of record.
//
// Its records are pointer-free (see index_arena.go) and refer to each other by
// position: a large graph costs the collector almost nothing to mark.
//
// Readers hold mu for reading while they copy results out; apply holds it for writing.
type index struct {
	mu    sync.RWMutex
	seed  maphash.Seed
	strs  strs
	lists lists[int32] // positions
	texts lists[str]   // aliases

	entities []entityRec
	events   []eventRec
	articles []articleRec
	evidence []evidenceRec
	roles    []roleRec
	keys     []keyRec
	byID     [nodeKinds]table // node id → position in its records
	byKey    table            // parley:key → position in keys

	contactCache []atomic.Pointer[contactList] // by entity: all its contacts, as of a generation
	renamed      uint64                        // the generation of the last rename of an entity with events

	counts struct{ entities, events, articles int } // typed nodes

	gen      atomic.Uint64 // counts applies
	stale    bool          // timeline, newest and names need rebuilding
	timeline []int32       // typed events in timeline order
	newest   []int32       // typed articles newest first
	names    *nameIndex

	touched     map[int32]bool // entities whose events add changed, for sortTouched
	renamedSome bool           // add renamed an entity with events
}

// The kinds of node records, each with its own id table.
const (
	entityNodes = iota
	eventNodes
	articleNodes
	evidenceNodes
	roleNodes
	nodeKinds
)

// Positions stored in records are one more than the position, so 0 is none.
type ref = int32

type entityRec struct {
	id, name, folded, wikidata, kind str
	typed                            bool
	allTyped                         bool   // every one of events is typed; set by rebuild
	changed                          uint64 // the generation of the last change to its contacts
	aliases                          list   // texts, sorted
	keys                             list   // key positions
	roles                            list   // role positions
	events                           list   // event positions, timeline order
}

type eventRec struct {
	id, typ, status, start, end str
	text, value, granularity    str
	quote                       str
	location, speaker           ref  // entities
	participants                list // entity positions, sorted by id
	absent                      list // entity positions, sorted by id
	evidence                    list // evidence positions
	typed                       bool
}

type articleRec struct {
	id, title, name, published, url, source str
	typed                                   bool
}

type evidenceRec struct {
	set        bool // some field was stated
	article    ref
	start, end int64
	text       str
}

type roleRec struct {
	set                 bool // some field was stated
	title, of, from, to str
}

type keyRec struct {
	key      str
	entities list // entity positions, in the order the keys were stated
}

func newIndex() *index { return &index{seed: maphash.MakeSeed()} }

// indexScanBatch is how many quads an index scan applies at a time.
const indexScanBatch = 64 << 10

// s returns the string of a str.
func (x *index) s(v str) string { return x.strs.get(v) }

// node returns the position of the node of the kind with the id, adding a record with
// add if there is none.
func (x *index) node(kind int, id string, add func(id str) int) int32 {
	h := hashOf(x.seed, id)
	if i := x.byID[kind].get(&x.strs, h, id); i >= 0 {
		return i
	}
	sid := x.strs.put(id)
	i := int32(add(sid))
	x.byID[kind].put(sid, h, i)
	return i
}

// lookup returns the position of the node of the kind with the id, or -1.
func (x *index) lookup(kind int, id string) int32 {
	return x.byID[kind].get(&x.strs, hashOf(x.seed, id), id)
}

func (x *index) entity(id string) int32 {
	return x.node(entityNodes, id, func(id str) int {
		x.entities = append(x.entities, entityRec{id: id})
		x.contactCache = append(x.contactCache, atomic.Pointer[contactList]{})
		return len(x.entities) - 1
	})
}

func (x *index) event(id string) int32 {
	return x.node(eventNodes, id, func(id str) int {
		x.events = append(x.events, eventRec{id: id})
		return len(x.events) - 1
	})
}

func (x *index) article(id string) int32 {
	return x.node(articleNodes, id, func(id str) int {
		x.articles = append(x.articles, articleRec{id: id})
		return len(x.articles) - 1
	})
}

// entityRec, eventRec and articleRec return the record of the node with the id, adding
// one if there is none. The pointer is good until the next record of its kind is added;
// the position is taken first, since adding one may move the records.
func (x *index) entityRec(id string) *entityRec {
	i := x.entity(id)
	return &x.entities[i]
}

func (x *index) eventRec(id string) *eventRec {
	i := x.event(id)
	return &x.events[i]
}

func (x *index) articleRec(id string) *articleRec {
	i := x.article(id)
	return &x.articles[i]
}

// key returns the position of the key record of k, adding one if there is none.
func (x *index) key(k string) int32 {
	h := hashOf(x.seed, k)
	if i := x.byKey.get(&x.strs, h, k); i >= 0 {
		return i
	}
	sk := x.strs.put(k)
	x.keys = append(x.keys, keyRec{key: sk})
	i := int32(len(x.keys) - 1)
	x.byKey.put(sk, h, i)
	return i
}

// roleAt returns the position of the role node with the id, adding one with no
// fields stated if there is none.
func (x *index) roleAt(id string) int32 {
	return x.node(roleNodes, id, func(str) int {
		x.roles = append(x.roles, roleRec{})
		return len(x.roles) - 1
	})
}

func (x *index) role(id string) *roleRec {
	at := x.roleAt(id)
	r := &x.roles[at]
	r.set = true
	return r
}

// evidenceAt returns the position of the evidence node with the id, adding one with no
// fields stated if there is none.
func (x *index) evidenceAt(id string) int32 {
	return x.node(evidenceNodes, id, func(str) int {
		x.evidence = append(x.evidence, evidenceRec{})
		return len(x.evidence) - 1
	})
}

func (x *index) evidenceNode(id string) *evidenceRec {
	at := x.evidenceAt(id)
	e := &x.evidence[at]
	e.set = true
	return e
}

// compareEntityID orders the entity at position e against the id.
func (x *index) compareEntityID(e int32, id string) int {
	return strings.Compare(x.s(x.entities[e].id), id)
}

// sum returns the summary of the event at position i.
func (x *index) sum(i int32) summary {
	ev := &x.events[i]
	return summary{
		id:     x.s(ev.id),
		typ:    parley.EventType(x.s(ev.typ)),
		status: parley.Status(x.s(ev.status)),
		date:   parley.DateRange{Start: x.s(ev.start), End: x.s(ev.end)},
	}
}

// compareEvents orders the events at positions a and b on the timeline, as
// compareTimeline does.
func (x *index) compareEvents(a, b int32) int {
	ea, eb := &x.events[a], &x.events[b]
	za, zb := ea.start&strLong == 0 && ea.end&strLong == 0, eb.start&strLong == 0 && eb.end&strLong == 0
	if za != zb {
		if za {
			return 1
		}
		return -1
	}
	if c := strings.Compare(x.s(ea.start), x.s(eb.start)); c != 0 {
		return c
	}
	if c := strings.Compare(x.s(ea.end), x.s(eb.end)); c != 0 {
		return c
	}
	return strings.Compare(x.s(ea.id), x.s(eb.id))
}

// rlock read-locks the index with its derived orders up to date; the caller must
// RUnlock.
func (x *index) rlock() {
	x.mu.RLock()
	if !x.stale {
		return
	}
	x.mu.RUnlock()
	x.mu.Lock()
	if x.stale {
		x.rebuild()
		x.stale = false
	}
	x.mu.Unlock()
	x.mu.RLock()
}

// rebuild recomputes the global timeline, the article order, the name index and each
// entity's allTyped.
func (x *index) rebuild() {
	x.timeline = x.timeline[:0]
	for i := range x.events {
		if x.events[i].typed {
			x.timeline = append(x.timeline, int32(i))
		}
	}
	slices.SortFunc(x.timeline, x.compareEvents)
	for i := range x.entities {
		e := &x.entities[i]
		e.allTyped = !slices.ContainsFunc(x.lists.all(e.events), func(ev int32) bool { return !x.events[ev].typed })
	}
	x.newest = x.newest[:0]
	for i := range x.articles {
		if x.articles[i].typed {
			x.newest = append(x.newest, int32(i))
		}
	}
	slices.SortFunc(x.newest, func(a, b int32) int { return compareNewest(x.articleKey(a), x.articleKey(b)) })
	x.names = newNameIndex(x)
}

func (x *index) articleKey(i int32) articleKey {
	a := &x.articles[i]
	return articleKey{published: x.s(a.published), id: x.s(a.id)}
}
