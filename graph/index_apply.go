package graph

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// Writes reach the index through apply: add records the quads' fields, sortTouched
// restores the timeline order of the entities they touched and marks their contacts
// changed, and refreshContacts recomputes the contacts that were cached.

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
			e := x.entityRec(id)
			if e.name == 0 || x.s(e.name) != text {
				folded := parley.Fold(text)
				// Contact orders use folded names.
				x.renamedSome = x.renamedSome || e.events.n > 0 && x.s(e.folded) != folded
				e.name, e.folded = put(text), put(folded)
			}
		case PredAlias:
			e := x.entityRec(id)
			i, _ := slices.BinarySearchFunc(x.texts.all(e.aliases), text, func(a str, t string) int { return strings.Compare(x.s(a), t) })
			x.texts.insert(&e.aliases, i, put(text))
		case PredKey:
			i := x.entity(id)
			k := x.key(text)
			x.lists.add(&x.entities[i].keys, k)
			x.lists.add(&x.keys[k].entities, i)
		case PredWikidata:
			x.entityRec(id).wikidata = put(text)
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
			ev := x.eventRec(id)
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
			e := x.entity(obj)
			ev := x.eventRec(id)
			at, _ := slices.BinarySearchFunc(x.lists.all(ev.absent), obj, x.compareEntityID)
			x.lists.insert(&ev.absent, at, e)
		case PredLocation:
			e := x.entity(obj)
			x.eventRec(id).location = e + 1
		case PredSpeaker:
			e := x.entity(obj)
			x.eventRec(id).speaker = e + 1
		case PredTimex:
			x.eventRec(id).value = put(text)
		case PredGranularity:
			x.eventRec(id).granularity = put(text)
		case PredDateText:
			x.eventRec(id).text = put(text)
		case PredQuote:
			x.eventRec(id).quote = put(text)
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
			x.articleRec(id).title = put(text)
		case PredArticleName:
			x.articleRec(id).name = put(text)
		case PredPublished:
			x.articleRec(id).published = put(text)
		case PredURL:
			x.articleRec(id).url = put(text)
		case PredSource:
			x.articleRec(id).source = put(text)
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
		if ev := x.eventRec(id); !ev.typed {
			ev.typed = true
			x.counts.events++
			x.touch(ev)
		}
	case ClassArticle:
		if a := x.articleRec(id); !a.typed {
			a.typed = true
			x.counts.articles++
		}
	default:
		if kind, ok := classKind[c]; ok {
			if e := x.entityRec(id); !e.typed {
				e.typed, e.kind = true, x.strs.put(string(kind))
				x.counts.entities++
			}
		}
	}
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
