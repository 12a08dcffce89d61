package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// roleHashLen is how many bytes of SHA-256 name a role node.
const roleHashLen = 10

// spKey is a (subject, predicate) pair, the unit a single-valued predicate is checked by.
type spKey struct {
	s quad.Value
	p quad.IRI
}

// quadSet collects the quads of a batch in order, without duplicates, keeping only the
// first value of each single-valued predicate of a subject.
type quadSet struct {
	quads  []quad.Quad
	seen   map[quad.Quad]bool
	single map[spKey]quad.Value
}

func newQuadSet(n int) *quadSet {
	return &quadSet{seen: make(map[quad.Quad]bool, n), single: make(map[spKey]quad.Value, n)}
}

// add adds <s p o> unless it is already in the set or p is single-valued and s already
// has a value; a second, different schema:name is kept as a schema:alternateName.
func (b *quadSet) add(s quad.Value, p quad.IRI, o quad.Value) {
	if singleValued[p] {
		k := spKey{s, p}
		if old, ok := b.single[k]; ok {
			if p == PredName && old != o {
				b.add(s, PredAlias, o)
			}
			return
		}
		b.single[k] = o
	}
	q := quad.Quad{Subject: s, Predicate: p, Object: o}
	if !b.seen[q] {
		b.seen[q] = true
		b.quads = append(b.quads, q)
	}
}

// addString adds <s p "v"> if v is not empty.
func (b *quadSet) addString(s quad.Value, p quad.IRI, v string) {
	if v != "" {
		b.add(s, p, quad.String(v))
	}
}

// addNode adds <s p <id>> if id is not empty.
func (b *quadSet) addNode(s quad.Value, p quad.IRI, id string) {
	if id != "" {
		b.add(s, p, nodeIRI(id))
	}
}

// addExtraction adds the quads of one validated extraction. Mentions and timexes are
// not stored: they are spans of one text, not facts of the graph.
func (b *quadSet) addExtraction(x *parley.Extraction) {
	a := x.Article
	an := nodeIRI(a.ID)
	b.add(an, PredType, ClassArticle)
	b.addString(an, PredHeadline, a.Title)
	b.addString(an, PredArticleName, a.Name)
	b.addString(an, PredPublished, a.Published)
	b.addString(an, PredURL, a.URL)
	b.addString(an, PredSource, a.Source)
	for i := range x.Entities {
		b.addEntity(&x.Entities[i])
	}
	for i := range x.Events {
		b.addEvent(a.ID, &x.Events[i])
	}
}

func (b *quadSet) addEntity(e *parley.Entity) {
	en := nodeIRI(e.ID)
	b.add(en, PredType, kindClass[e.Kind])
	name := strings.TrimSpace(e.Name)
	b.addString(en, PredName, name)
	b.addKey(en, name)
	for _, alias := range e.Aliases {
		alias = strings.TrimSpace(alias)
		if alias == "" || alias == name {
			continue
		}
		b.addString(en, PredAlias, alias)
		b.addKey(en, alias)
	}
	b.addString(en, PredWikidata, e.Wikidata)
	for _, r := range e.Roles {
		rn := nodeIRI(roleID(e.ID, r))
		b.add(en, PredRole, rn)
		b.add(rn, PredType, ClassRole)
		b.add(rn, PredRolePerson, en)
		b.addString(rn, PredRoleTitle, strings.TrimSpace(r.Title))
		b.addNode(rn, PredRoleOf, r.Of)
		b.addString(rn, PredRoleFrom, r.From)
		b.addString(rn, PredRoleTo, r.To)
	}
}

// addKey adds the folded form of name, the index FindEntities looks names up in.
func (b *quadSet) addKey(en quad.Value, name string) {
	b.addString(en, PredKey, parley.Fold(name))
}

func (b *quadSet) addEvent(article string, ev *parley.Event) {
	vn := nodeIRI(ev.ID)
	b.add(vn, PredType, ClassEvent)
	b.addString(vn, PredEventType, string(ev.Type))
	b.addString(vn, PredStatus, string(ev.Status))
	for _, p := range ev.Participants {
		b.addNode(vn, PredAttendee, p)
	}
	for _, p := range ev.Absent {
		b.addNode(vn, PredAbsent, p)
	}
	b.addNode(vn, PredLocation, ev.Location)
	d := ev.Date
	b.addString(vn, PredStartDate, d.Start)
	b.addString(vn, PredEndDate, d.End)
	b.addString(vn, PredTimex, d.Value)
	b.addString(vn, PredGranularity, string(d.Granularity))
	b.addString(vn, PredDateText, d.Text)
	b.addString(vn, PredQuote, ev.Quote)
	b.addNode(vn, PredSpeaker, ev.Speaker)
	for _, src := range ev.Sources {
		sn := nodeIRI(evidenceID(article, src.Start, src.End))
		b.add(vn, PredEvidence, sn)
		b.add(sn, PredType, ClassEvidence)
		b.addNode(sn, PredEvidenceArticle, article)
		b.add(sn, PredEvidenceStart, quad.Int(src.Start))
		b.add(sn, PredEvidenceEnd, quad.Int(src.End))
		b.addString(sn, PredSentence, src.Text)
	}
}

// evidenceID returns the id of the evidence node for span [start, end) of an article:
// "evidence/<article hash>/<start>-<end>".
func evidenceID(article string, start, end int) string {
	return "evidence/" + strings.TrimPrefix(article, "article/") + "/" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
}

// roleID returns the id of a role node from all its fields: "role/<hash>".
func roleID(person string, r parley.Role) string {
	key := strings.Join([]string{person, strings.TrimSpace(r.Title), r.Of, r.From, r.To}, "|")
	h := sha256.Sum256([]byte(key))
	return "role/" + hex.EncodeToString(h[:roleHashLen])
}
