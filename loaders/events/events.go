// Package events finds diplomatic events in an article whose entities and dates are
// already known: contacts (meetings, visits, calls, summits, negotiations) with their
// participants, absent parties, place, date and status, and statements and agreements.
//
// Extract reads the article sentence by sentence (annotate.go gives every token its
// word, lexicon classes, name and date). Each clause is built in this order:
//
//   - trigger (triggers.go, lexicon.go): a word or phrase naming an event ("met", "held
//     talks", "spoke by phone", "visit");
//   - clause bounds (clause.go): the tokens between the breaks around the trigger;
//   - subjects (subjects.go, nounsubjects.go, anaphora.go): the names coordinated right
//     before a verb, or the clause's subject for a noun, pronouns and plural anaphors
//     ("the two leaders") resolved; objects (objects.go): the names coordinated after it;
//   - status (status.go): modals, negation and cancellation;
//   - place (location.go, dateline.go): the clause's own place, else the dateline's;
//   - date (dates.go): the clause's own expression, else the one governing the
//     discourse;
//   - merge (discourse.go): an event told again ("the meeting", the same people on a
//     compatible date) is merged into the one already told.
//
// After its clauses, a sentence may add companions (companions.go), joiners, partakers
// and absentees (joined.go) to an event already told, and record a statement
// (statements.go). Groups of countries stand for the people who lead them (groups.go).
package events

import (
	"strconv"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
	"github.com/parleyhq/parley/loaders/text"
)

// Doc is an article with its sentences, resolved mentions and dates.
type Doc struct {
	Article   *parley.Article
	Sentences []text.Sentence
	Mentions  []coref.Mention // in text order
	Entity    func(id string) *parley.Entity
	Timexes   []parley.Timex // in text order
	// CityOf returns the id of the city a landmark lies in, or "".
	CityOf func(id string) string
	// CountryOf returns the id of the country a place lies in, or "".
	CountryOf func(id string) string
}

// Extract returns the events of the article, in text order.
func Extract(d *Doc) []parley.Event {
	x := newExtractor(d)
	defer x.release()
	for si := range x.sents {
		x.sentence(si)
	}
	return x.finish()
}

// extractor is the state of one Extract call: the annotated sentences, the events told
// so far and what the discourse is about.
type extractor struct {
	d        *Doc
	last     lastTrigger
	events   []*event
	salient  []string          // the recent sentence subjects pronouns refer to, last latest
	group    namedGroup        // the last sentence subject naming two or more people
	pair     namedGroup        // the last two people coordinated anywhere in a sentence ("X and Y")
	lastDate *parley.DateRange // the date the discourse is about
	leadDate *parley.DateRange // the date of the first dated contact: the story's own
	pastLead bool              // the first paragraph (the lead) has been read
	dateline string
	// datelineWithin are the regions and country the dateline names its place in.
	datelineWithin []string
	datelineEnd    int               // the first token of the first sentence after the dateline
	paraStart      []bool            // sentence -> whether it opens a paragraph
	sents          []sentence        // the annotated sentences, in buf
	buf            *annotations      // from annotationPool; release returns it
	heads          map[string]string // country id -> the person who led its delegation
	peopleBuf      []string          // scratch for lastPeople
	subjectBuf     []string          // scratch for scratchSubject
}

// event is an event being built.
type event struct {
	parley.Event
	sent     int
	lastSent int  // the last sentence that told of it
	noun     bool // told first by a noun ("a meeting with")
	explicit bool // has a date of its own
	negated  bool
}

// lastTrigger is the event of the last trigger read and where it ended.
type lastTrigger struct {
	ev   *event
	sent int
	end  int      // token after the trigger
	subj []string // the subjects of its clause, for a coordinated verb ("visited X and met Y")
}

// namedGroup is a sentence subject naming two or more people ("Macron, Merz and Tusk
// arrived"), which a plural anaphor may refer to when no event has them.
type namedGroup struct {
	ids  []string
	sent int
}

// GroupWindow is how many sentences after a named group a plural anaphor may refer to it.
const GroupWindow = 2

// newExtractor returns an extractor for d with its dateline, paragraphs, annotated
// sentences and delegation heads found.
func newExtractor(d *Doc) *extractor {
	x := &extractor{d: d, salient: make([]string, 0, MaxSalient)}
	x.dateline, x.datelineWithin, x.datelineEnd = x.findDateline()
	x.paraStart = paragraphStarts(d)
	x.annotate()
	x.heads = x.findHeads()
	return x
}

// sentence reads sentence si: its triggers clause by clause, then the cues that add to
// events already told (companions, joiners, partakers, absentees), its statement, and
// the subject and dates later sentences refer to.
func (x *extractor) sentence(si int) {
	if x.paraStart[si] && si > 0 {
		x.pastLead = true
	}
	if x.paraStart[si] {
		// A new paragraph returns to the story's own date unless it names another.
		x.lastDate = x.leadDate
	}
	a := &x.sents[si]
	found := 0
	for t := 0; t < len(a.words); t++ {
		tr, end, ok := x.matchTrigger(a, t)
		if !ok {
			continue
		}
		if x.clause(a, tr, t, end) {
			found++
		}
		t = end - 1
	}
	if x.earlier(a) {
		found++
	}
	x.companions(a)
	x.presence(a)
	x.joiners(a)
	x.partakers(a)
	x.statement(a)
	x.absence(a)
	x.updateSalience(a)
	if found == 0 || x.leadDate == nil && !x.pastLead {
		// A lead whose events are undated ("told X on Saturday ... a plan including a
		// visit by an envoy") still names the story's own day.
		x.noteDates(a)
	}
}

// finish drops what did not happen or lacks participants and gives every event its id.
func (x *extractor) finish() []parley.Event {
	var out []parley.Event
	seen := map[string]bool{}
	for i, ev := range x.events {
		if ev.negated || !enough(ev) {
			continue
		}
		if ev.Status == "" {
			ev.Status = parley.Occurred
		}
		if ev.Type == parley.Visit {
			if people := x.people(ev.Participants); len(people) >= 2 {
				// A visitor and a host: they met; the visit's other party is a country.
				ev.Type, ev.Participants = parley.Meeting, people
			}
		}
		if ev.Type == parley.Statement {
			ev.ID = parley.EventID(ev.Type, ev.Status, ev.Participants, ev.Date, strconv.Itoa(ev.Sources[0].Start))
		} else {
			ev.ID = parley.EventID(ev.Type, ev.Status, ev.Participants, ev.Date, ev.Location)
		}
		if seen[ev.ID] {
			continue
		}
		seen[ev.ID] = true
		if out == nil {
			out = make([]parley.Event, 0, len(x.events)-i)
		}
		out = append(out, ev.Event)
	}
	return out
}

// enough reports whether an event has the participants its type needs: two for a
// meeting, call or negotiation, one otherwise.
func enough(ev *event) bool {
	switch ev.Type {
	case parley.Meeting, parley.Call, parley.Negotiation:
		return len(ev.Participants) >= 2
	}
	return len(ev.Participants) >= 1
}
