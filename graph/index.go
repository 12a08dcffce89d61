package graph

import (
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/quad"

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

// apply adds stored quads to the index. Quads it does not know are ignored.
func (x *index) apply(qs []quad.Quad) {
	x.mu.Lock()
	x.add(qs)
	stale := x.sortTouched()
	x.mu.Unlock()
	x.refreshContacts(stale)
}

// contactRefreshBudget bounds the work a write spends recomputing the cached contacts
// it made stale, in events of their entities (the busiest entity of a 10M-quad graph
// has about 24,000, recomputed in about 30 ms). Lists past it are recomputed by their
// first reader.
const contactRefreshBudget = 50_000

// refreshContacts recomputes the cached contacts of the entities, in their order,
// skipping any that would overrun contactRefreshBudget events, so readers after a write
// find them ready. It takes x.mu for reading.
func (x *index) refreshContacts(entities []int32) {
	if len(entities) == 0 {
		return
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	budget := contactRefreshBudget
	for _, e := range entities {
		if n := int(x.entities[e].events.n); n <= budget {
			budget -= n
			x.allContacts(e)
		}
	}
}

// add adds stored quads to the index, leaving the event lists of the entities it
// touches for sortTouched to put in timeline order. The caller holds x.mu for writing.
func (x *index) add(qs []quad.Quad) {
	if x.touched == nil {
		x.touched = make(map[int32]bool)
	}
	put := x.strs.put
	for _, q := range qs {
		id, ok := nodeID(q.Subject)
		p, _ := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		obj, _ := nodeID(q.Object)
		text := stringOf(q.Object)
		switch p {
		case PredType:
			x.applyType(id, q.Object)
		case PredName:
			at := x.entity(id)
			e := &x.entities[at]
			if e.name == 0 || x.s(e.name) != text {
				folded := parley.Fold(text)
				// Contact orders use folded names.
				x.renamedSome = x.renamedSome || e.events.n > 0 && x.s(e.folded) != folded
				e.name, e.folded = put(text), put(folded)
			}
		case PredAlias:
			at := x.entity(id)
			e := &x.entities[at]
			i, _ := slices.BinarySearchFunc(x.texts.all(e.aliases), text, func(a str, t string) int { return strings.Compare(x.s(a), t) })
			x.texts.insert(&e.aliases, i, put(text))
		case PredKey:
			i := x.entity(id)
			k := x.key(text)
			x.lists.add(&x.entities[i].keys, k)
			x.lists.add(&x.keys[k].entities, i)
		case PredWikidata:
			at := x.entity(id)
			x.entities[at].wikidata = put(text)
		case PredRole:
			i := x.entity(id)
			r := x.roleAt(obj)
			x.lists.add(&x.entities[i].roles, r)
		case PredRoleTitle:
			x.role(id).title = put(text)
		case PredRoleOf:
			x.role(id).of = put(obj)
		case PredRoleFrom:
			x.role(id).from = put(text)
		case PredRoleTo:
			x.role(id).to = put(text)

		case PredEventType, PredStatus, PredStartDate, PredEndDate:
			at := x.event(id)
			ev := &x.events[at]
			x.touch(ev)
			switch p {
			case PredEventType:
				ev.typ = put(text)
			case PredStatus:
				ev.status = put(text)
			case PredStartDate:
				ev.start = put(text)
			case PredEndDate:
				ev.end = put(text)
			}
		case PredAttendee:
			i := x.event(id)
			e := x.entity(obj)
			ev := &x.events[i]
			if at, found := slices.BinarySearchFunc(x.lists.all(ev.participants), obj, x.compareEntityID); !found {
				x.lists.insert(&ev.participants, at, e)
				x.lists.add(&x.entities[e].events, i)
				x.touch(ev)
			}
		case PredAbsent:
			i := x.event(id)
			e := x.entity(obj)
			ev := &x.events[i]
			at, _ := slices.BinarySearchFunc(x.lists.all(ev.absent), obj, x.compareEntityID)
			x.lists.insert(&ev.absent, at, e)
		case PredLocation:
			e := x.entity(obj)
			at := x.event(id)
			x.events[at].location = e + 1
		case PredSpeaker:
			e := x.entity(obj)
			at := x.event(id)
			x.events[at].speaker = e + 1
		case PredTimex:
			at := x.event(id)
			x.events[at].value = put(text)
		case PredGranularity:
			at := x.event(id)
			x.events[at].granularity = put(text)
		case PredDateText:
			at := x.event(id)
			x.events[at].text = put(text)
		case PredQuote:
			at := x.event(id)
			x.events[at].quote = put(text)
		case PredEvidence:
			i := x.event(id)
			src := x.evidenceAt(obj)
			x.lists.add(&x.events[i].evidence, src)

		case PredEvidenceArticle:
			a := x.article(obj)
			x.evidenceNode(id).article = a + 1
		case PredEvidenceStart:
			x.evidenceNode(id).start = int64(intOf(q.Object))
		case PredEvidenceEnd:
			x.evidenceNode(id).end = int64(intOf(q.Object))
		case PredSentence:
			x.evidenceNode(id).text = put(text)

		case PredHeadline:
			at := x.article(id)
			x.articles[at].title = put(text)
		case PredArticleName:
			at := x.article(id)
			x.articles[at].name = put(text)
		case PredPublished:
			at := x.article(id)
			x.articles[at].published = put(text)
		case PredURL:
			at := x.article(id)
			x.articles[at].url = put(text)
		case PredSource:
			at := x.article(id)
			x.articles[at].source = put(text)
		}
	}
	if len(qs) > 0 {
		x.stale = true
		x.gen.Add(1)
	}
}

// touch records that the participants of ev need their events sorted and their
// contacts recomputed.
func (x *index) touch(ev *eventRec) {
	for _, e := range x.lists.all(ev.participants) {
		x.touched[e] = true
	}
}

// sortTouched puts the event lists add touched in timeline order and marks their
// contacts changed. It returns the touched entities whose contacts were cached, in no
// order, or none after a rename, which makes every list stale. The caller holds x.mu
// for writing.
func (x *index) sortTouched() (stale []int32) {
	gen := x.gen.Load()
	for e := range x.touched {
		slices.SortFunc(x.lists.all(x.entities[e].events), x.compareEvents)
		x.entities[e].changed = gen
		if x.contactCache[e].Load() != nil {
			stale = append(stale, e)
		}
	}
	clear(x.touched)
	if x.renamedSome {
		x.renamed, x.renamedSome = gen, false
		stale = nil
	}
	return stale
}

// applyType records the rdf:type of a node.
func (x *index) applyType(id string, class quad.Value) {
	c, _ := class.(quad.IRI)
	switch c {
	case ClassEvent:
		at := x.event(id)
		if ev := &x.events[at]; !ev.typed {
			ev.typed = true
			x.counts.events++
			x.touch(ev)
		}
	case ClassArticle:
		at := x.article(id)
		if a := &x.articles[at]; !a.typed {
			a.typed = true
			x.counts.articles++
		}
	default:
		if kind, ok := classKind[c]; ok {
			at := x.entity(id)
			if e := &x.entities[at]; !e.typed {
				e.typed, e.kind = true, x.strs.put(string(kind))
				x.counts.entities++
			}
		}
	}
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

// intOf returns the value of an integer literal, 0 for anything else.
func intOf(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.String:
		n, _ := strconv.Atoi(string(v))
		return n
	}
	return 0
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
