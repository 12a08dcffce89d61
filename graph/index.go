package graph

import (
	"slices"
	"strconv"
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
// Readers hold mu for reading while they copy results out; apply holds it for writing.
type index struct {
	mu       sync.RWMutex
	entities map[string]*entityNode
	events   map[string]*eventNode
	articles map[string]*articleNode
	evidence map[string]*parley.Evidence
	roles    map[string]*parley.Role
	keys     map[string][]*entityNode // parley:key → entities

	counts struct{ entities, events, articles int } // typed nodes

	gen      atomic.Uint64  // counts applies; caches of older generations are stale
	stale    bool           // timeline, newest and names need rebuilding
	timeline []*eventNode   // typed events in timeline order
	newest   []*articleNode // typed articles newest first
	names    *nameIndex
}

type entityNode struct {
	id       string
	typed    bool
	kind     parley.Kind
	name     string
	folded   string // parley.Fold(name)
	aliases  []string
	keys     []string
	wikidata string
	roles    []string     // role node ids
	events   []*eventNode // events attended, timeline order
	allTyped bool         // every one of events is typed; set by rebuild

	contacts atomic.Pointer[contactList] // all contacts, as of a generation
}

type eventNode struct {
	typed        bool
	sum          summary
	ev           parley.Event // Participants sorted; no Sources
	participants []*entityNode
	evidence     []string // evidence node ids
}

type articleNode struct {
	typed bool
	a     parley.Article
}

func newIndex() *index {
	return &index{
		entities: make(map[string]*entityNode), events: make(map[string]*eventNode),
		articles: make(map[string]*articleNode), evidence: make(map[string]*parley.Evidence),
		roles: make(map[string]*parley.Role), keys: make(map[string][]*entityNode),
	}
}

// indexScanBatch is how many quads an index scan applies at a time.
const indexScanBatch = 64 << 10

func (x *index) entity(id string) *entityNode {
	e := x.entities[id]
	if e == nil {
		e = &entityNode{id: id}
		x.entities[id] = e
	}
	return e
}

func (x *index) event(id string) *eventNode {
	e := x.events[id]
	if e == nil {
		e = &eventNode{}
		e.sum.id = id
		e.ev.ID = id
		e.ev.Participants = []string{}
		x.events[id] = e
	}
	return e
}

func (x *index) article(id string) *articleNode {
	a := x.articles[id]
	if a == nil {
		a = &articleNode{a: parley.Article{ID: id}}
		x.articles[id] = a
	}
	return a
}

func (x *index) evidenceNode(id string) *parley.Evidence {
	e := x.evidence[id]
	if e == nil {
		e = &parley.Evidence{}
		x.evidence[id] = e
	}
	return e
}

func (x *index) role(id string) *parley.Role {
	r := x.roles[id]
	if r == nil {
		r = &parley.Role{}
		x.roles[id] = r
	}
	return r
}

// apply adds stored quads to the index. Quads it does not know are ignored.
func (x *index) apply(qs []quad.Quad) {
	x.mu.Lock()
	defer x.mu.Unlock()
	resort := make(map[*entityNode]bool)
	for _, q := range qs {
		id, ok := nodeID(q.Subject)
		p, _ := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		obj, _ := nodeID(q.Object)
		str := stringOf(q.Object)
		switch p {
		case PredType:
			x.applyType(id, q.Object)
		case PredName:
			e := x.entity(id)
			e.name, e.folded = str, parley.Fold(str)
		case PredAlias:
			e := x.entity(id)
			e.aliases = append(e.aliases, str)
			slices.Sort(e.aliases)
		case PredKey:
			e := x.entity(id)
			e.keys = append(e.keys, str)
			x.keys[str] = append(x.keys[str], e)
		case PredWikidata:
			x.entity(id).wikidata = str
		case PredRole:
			e := x.entity(id)
			e.roles = append(e.roles, obj)
		case PredRoleTitle:
			x.role(id).Title = str
		case PredRoleOf:
			x.role(id).Of = obj
		case PredRoleFrom:
			x.role(id).From = str
		case PredRoleTo:
			x.role(id).To = str

		case PredEventType, PredStatus, PredStartDate, PredEndDate:
			ev := x.event(id)
			switch p {
			case PredEventType:
				ev.sum.typ = parley.EventType(str)
				ev.ev.Type = ev.sum.typ
			case PredStatus:
				ev.sum.status = parley.Status(str)
				ev.ev.Status = ev.sum.status
			case PredStartDate:
				ev.sum.date.Start, ev.ev.Date.Start = str, str
			case PredEndDate:
				ev.sum.date.End, ev.ev.Date.End = str, str
			}
			for _, e := range ev.participants {
				resort[e] = true
			}
		case PredAttendee:
			ev, e := x.event(id), x.entity(obj)
			if i, found := slices.BinarySearch(ev.ev.Participants, e.id); !found {
				ev.ev.Participants = slices.Insert(ev.ev.Participants, i, e.id)
				ev.participants = slices.Insert(ev.participants, i, e)
				e.events = append(e.events, ev)
				resort[e] = true
			}
		case PredAbsent:
			ev := x.event(id)
			ev.ev.Absent = append(ev.ev.Absent, x.entity(obj).id)
			slices.Sort(ev.ev.Absent)
		case PredLocation:
			x.event(id).ev.Location = x.entity(obj).id
		case PredSpeaker:
			x.event(id).ev.Speaker = x.entity(obj).id
		case PredTimex:
			x.event(id).ev.Date.Value = str
		case PredGranularity:
			x.event(id).ev.Date.Granularity = parley.Granularity(str)
		case PredDateText:
			x.event(id).ev.Date.Text = str
		case PredQuote:
			x.event(id).ev.Quote = str
		case PredEvidence:
			ev := x.event(id)
			ev.evidence = append(ev.evidence, obj)

		case PredEvidenceArticle:
			x.evidenceNode(id).Article = x.article(obj).a.ID
		case PredEvidenceStart:
			x.evidenceNode(id).Start = intOf(q.Object)
		case PredEvidenceEnd:
			x.evidenceNode(id).End = intOf(q.Object)
		case PredSentence:
			x.evidenceNode(id).Text = str

		case PredHeadline:
			x.article(id).a.Title = str
		case PredArticleName:
			x.article(id).a.Name = str
		case PredPublished:
			x.article(id).a.Published = str
		case PredURL:
			x.article(id).a.URL = str
		case PredSource:
			x.article(id).a.Source = str
		}
	}
	for e := range resort {
		slices.SortFunc(e.events, compareNodes)
	}
	if len(qs) > 0 {
		x.stale = true
		x.gen.Add(1)
	}
}

// applyType records the rdf:type of a node.
func (x *index) applyType(id string, class quad.Value) {
	c, _ := class.(quad.IRI)
	switch c {
	case ClassEvent:
		if ev := x.event(id); !ev.typed {
			ev.typed = true
			x.counts.events++
		}
	case ClassArticle:
		if a := x.article(id); !a.typed {
			a.typed = true
			x.counts.articles++
		}
	default:
		if kind, ok := classKind[c]; ok {
			if e := x.entity(id); !e.typed {
				e.typed, e.kind = true, kind
				x.counts.entities++
			}
		}
	}
}

// compareNodes orders events on the timeline.
func compareNodes(a, b *eventNode) int { return compareTimeline(a.sum, b.sum) }

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
	for _, ev := range x.events {
		if ev.typed {
			x.timeline = append(x.timeline, ev)
		}
	}
	slices.SortFunc(x.timeline, compareNodes)
	for _, e := range x.entities {
		e.allTyped = !slices.ContainsFunc(e.events, func(ev *eventNode) bool { return !ev.typed })
	}
	x.newest = x.newest[:0]
	for _, a := range x.articles {
		if a.typed {
			x.newest = append(x.newest, a)
		}
	}
	slices.SortFunc(x.newest, func(a, b *articleNode) int { return compareNewest(a.key(), b.key()) })
	x.names = newNameIndex(x.entities)
}

func (a *articleNode) key() articleKey { return articleKey{published: a.a.Published, id: a.a.ID} }
