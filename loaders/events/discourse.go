package events

import (
	"slices"

	"github.com/parleyhq/parley"
)

// corefer attaches a definite description ("the meeting", "Friday's talks") to the
// event last told: it adds the sentence as evidence and the names the description
// includes ("The gathering included leaders from Germany, Poland ..."). It reports
// whether there was an event to attach to.
func (x *extractor) corefer(a *sentence, L, R, t int, typ parley.EventType) bool {
	ev := x.lastFullContact(typ != parley.Visit)
	if ti := x.nearestTimex(a, L, R, t); ti >= 0 {
		ev = x.contactOn(x.d.Timexes[ti])
	}
	if ev == nil {
		return false
	}
	ev.lastSent = a.idx
	x.last = lastTrigger{ev: ev, sent: a.idx, end: t + 1}
	x.addEvidence(ev, a)
	if hv := t - 2; hv > 0 && a.words[t-1] == "the" && hostVerbs[a.words[hv]] {
		ids := append(x.hosts(a, hv), x.hostCompanions(a, t+1)...)
		ev.Participants = dedupe(append(ev.Participants, ids...)) // "X hosted the talks, joined by Y"
	}
	for k := L; k < len(a.words); k++ {
		w := a.words[k]
		if k < R && (w == "included" || w == "including" || w == "brought") || w == "with" && x.presentAfter(a, k+1) {
			if k+1 < len(a.words) && a.words[k+1] == "only" {
				k++
			}
			ev.Participants = dedupe(append(ev.Participants, x.objectParticipants(a, k+1, len(a.words), false)...))
			break
		}
	}
	return true
}

// hostVerbs say their subject received or led the contact their object refers back to
// ("Macron hosted the talks", "X, who chaired the meeting, said").
var hostVerbs = map[string]bool{"hosted": true, "chaired": true, "co-chaired": true, "co-hosted": true,
	"mediated": true, "brokered": true}

// hosts returns the people who are the subject of the host verb at hv: those named
// before it, or the person a relative clause is about ("X, who hosted the talks,").
func (x *extractor) hosts(a *sentence, hv int) []string {
	if hv >= 3 && a.words[hv-1] == "who" && a.words[hv-2] == "," {
		if mi := a.nameAt(hv - 3); mi >= 0 && x.isPerson(mi) {
			return []string{x.d.Mentions[mi].Entity}
		}
		return nil
	}
	return x.people(x.subjects(a, 0, hv))
}

// hostCompanions returns the people of a participle phrase right after the noun ending
// before token k (", joined by Y,", ", accompanied by Y and Z,"), up to the next comma or
// clause break.
func (x *extractor) hostCompanions(a *sentence, k int) []string {
	if k+2 >= len(a.words) || a.words[k] != "," || !companionVerbs[a.words[k+1]] || a.words[k+2] != "by" {
		return nil
	}
	R := k + 3
	for R < len(a.words) && R-k <= MaxCompanionPhrase && (a.words[R] != "," || a.mention[R] >= 0) && !isBreak(a, R) {
		R++
	}
	return x.objectPeople(a, k+3, R)
}

// presenceWords say the people before them were there: "with only X and Y alongside
// the two presidents", "with their aides present".
var presenceWords = map[string]bool{"alongside": true, "present": true, "beside": true, "attending": true}

// presentAfter reports whether the names from token k (after a "with") end in a
// presence word.
func (x *extractor) presentAfter(a *sentence, k int) bool {
	named := false
	for ; k < len(a.words); k++ {
		switch {
		case a.mention[k] >= 0:
			named = true
			k = x.d.Mentions[a.mention[k]].Tok1 - 1
		case presenceWords[a.words[k]]:
			return named
		case a.prefix[k] >= 0, a.words[k] == "only", a.is(k, classObjectLink):
		default:
			return false
		}
	}
	return false
}

// contactOn returns the last contact told whose date overlaps the date tx, or nil.
func (x *extractor) contactOn(tx parley.Timex) *event {
	if tx.From == "" {
		return nil
	}
	return x.lastContactWhere(func(ev *event) bool {
		return ev.Date.Start != "" && ev.Date.Start <= tx.To && tx.From <= ev.Date.End
	})
}

// contactAt returns the last contact held at the place named right after token k ("to
// Alaska", "in Riyadh"), or nil.
func (x *extractor) contactAt(a *sentence, k int) *event {
	if k+1 >= len(a.words) || !(a.words[k] == "to" || a.words[k] == "in" || a.words[k] == "at") || a.mention[k+1] < 0 {
		return nil
	}
	place := x.datelineCity(x.d.Mentions[a.mention[k+1]].Entity)
	return x.lastContactWhere(func(ev *event) bool { return ev.Location == place })
}

// contactOf returns the last contact told from CompanionWindow sentences before si on
// that any of ids takes part in, or nil. A call is passed over: one accompanies or joins
// a person where he is ("met Putin, then spoke by phone with Zelensky. He was
// accompanied by X").
func (x *extractor) contactOf(ids []string, si int) *event {
	if len(ids) == 0 {
		return nil
	}
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if ev.lastSent < si-CompanionWindow {
			break
		}
		if !ev.Type.IsContact() || ev.negated || ev.Type == parley.Call {
			continue
		}
		for _, id := range ids {
			if slices.Contains(ev.Participants, id) {
				return ev
			}
		}
	}
	return nil
}

// lastContact returns the last contact told that was not negated, or nil.
func (x *extractor) lastContact() *event {
	return x.lastContactWhere(func(*event) bool { return true })
}

// lastContactWhere returns the last contact told that was not negated and that ok
// reports true for, or nil.
func (x *extractor) lastContactWhere(ok func(*event) bool) *event {
	for i := len(x.events) - 1; i >= 0; i-- {
		if ev := x.events[i]; ev.Type.IsContact() && !ev.negated && ok(ev) {
			return ev
		}
	}
	return nil
}

// lastFullContact returns the last contact told that has the participants its type
// needs, passing over one still lacking them ("greeted the two leaders") and, if
// noVisit, a visit ("the meeting" is not the trip told after it); else the last full
// contact of any type, or nil.
func (x *extractor) lastFullContact(noVisit bool) *event {
	var any *event
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if !ev.Type.IsContact() || ev.negated || !enough(ev) {
			continue
		}
		if !noVisit || ev.Type != parley.Visit {
			return ev
		}
		if any == nil {
			any = ev
		}
	}
	return any
}

// ordinalWords refer back to one of a series of events ("the first took place in ...").
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "previous": true,
	"last": true, "earlier": true, "latest": true, "other": true}

// happenedWords say an elided event took place: "the first took place", "the last was
// held".
var happenedWords = [][]string{{"took", "place"}, {"was", "held"}, {"were", "held"}, {"happened"},
	{"came"}, {"was", "in"}}

// earlier records an event that an elliptical description refers back to: "his second
// summit with Putin; the first took place in Vladivostok in April 2019" is a summit of
// the same people at the place and date its clause names. It reports whether it found one.
func (x *extractor) earlier(a *sentence) bool {
	for k := 0; k+2 < len(a.words); k++ {
		if a.words[k] != "the" || !ordinalWords[a.words[k+1]] {
			continue
		}
		j := k + 2
		if a.words[j] == "one" {
			j++
		}
		if !slices.ContainsFunc(happenedWords, func(c []string) bool { return hasWords(a.words, j, c) }) {
			continue
		}
		prev := x.lastContact()
		if x.last.ev != nil && x.last.sent == a.idx && x.last.ev.Type.IsContact() {
			prev = x.last.ev // "his second summit with Putin; the first ..."
		}
		L, R := clauseBounds(a, j, j+1)
		ti := x.nearestTimex(a, L, R, j)
		if prev == nil || ti < 0 {
			continue
		}
		tx := x.d.Timexes[ti]
		if compatible(prev.Date, parley.DateRange{Start: tx.From, End: tx.To}) {
			continue
		}
		ev := event{sent: a.idx, lastSent: a.idx}
		ev.Type, ev.Status = prev.Type, parley.Occurred
		x.fill(&ev, a, prev.Participants, nil, x.location(a, L, R, j), ti)
		x.last = lastTrigger{ev: x.add(ev), sent: a.idx, end: j + 1}
		return true
	}
	return false
}

// add records ev and returns it, or the event already told that it is the same as: the
// same participants at a compatible date, or, for a noun ("Trump's first meeting with
// Zelensky"), a subset of them with no date of its own.
func (x *extractor) add(ev event) *event {
	if !ev.negated && ev.Type.IsContact() {
		for _, old := range x.events {
			if old.negated || !old.Type.IsContact() || old.Status != ev.Status {
				continue
			}
			same := sameSet(old.Participants, ev.Participants) && compatible(old.Date, ev.Date)
			// "the three leaders appeared together" after the summit they held that day.
			same = same || !ev.explicit && compatible(old.Date, ev.Date) && x.samePeople(old, &ev)
			sub := ev.noun && !ev.explicit && subset(ev.Participants, old.Participants) && len(ev.Participants) >= 2
			// "hosted the leaders of ... on Friday, the first time the three have held a
			// summit": a noun in the sentence that told an event, naming some of its people.
			sub = sub || ev.noun && old.lastSent == ev.sent && subset(ev.Participants, old.Participants) &&
				len(ev.Participants) >= 1 && compatible(old.Date, ev.Date)
			if same || sub {
				x.merge(old, &ev)
				old.lastSent = ev.sent
				return old
			}
		}
	}
	e := ev
	x.events = append(x.events, &e)
	if ev.explicit && !ev.negated {
		d := ev.Date
		x.lastDate = &d
		if x.leadDate == nil && ev.Type != parley.Statement && ev.Status == parley.Occurred {
			x.leadDate = &d
		}
	}
	return &e
}

// samePeople reports whether two events have the same two or more people, whatever
// countries or bodies either also names.
func (x *extractor) samePeople(a, b *event) bool {
	n := x.countPeopleIn(b.Participants, a.Participants)
	return n >= 2 && n == x.countPeopleIn(b.Participants, b.Participants) && n == x.countPeopleIn(a.Participants, a.Participants)
}

// countPeopleIn returns how many of ids are people listed in among, or -1 if one of the
// people of ids is not.
func (x *extractor) countPeopleIn(ids, among []string) int {
	n := 0
	for _, id := range ids {
		if e := x.d.Entity(id); e == nil || e.Kind != parley.Person {
			continue
		}
		if !slices.Contains(among, id) {
			return -1
		}
		n++
	}
	return n
}

// merge adds to old the sources of ev, its date when narrower, its place when old has
// none, and its type when old is a plain meeting.
func (x *extractor) merge(old, ev *event) {
	for _, s := range ev.Sources {
		if !slices.ContainsFunc(old.Sources, func(o parley.Evidence) bool { return o.Start == s.Start }) {
			old.Sources = append(old.Sources, s)
		}
	}
	if ev.explicit && (!old.explicit || narrower(ev.Date, old.Date)) {
		old.Date, old.explicit = ev.Date, true
	}
	if old.Location == "" {
		old.Location = ev.Location
	}
	if ev.Type != old.Type && old.Type == parley.Meeting && ev.Type != parley.Visit {
		old.Type = ev.Type
	}
}

// extend adds ids to the participants of ev, which the sentence a tells of again.
func (x *extractor) extend(ev *event, a *sentence, ids []string) {
	ev.Participants = dedupe(append(ev.Participants, ids...))
	x.addEvidence(ev, a)
	ev.lastSent = a.idx
}

// addEvidence adds the sentence a to the sources of ev unless it is there already.
func (x *extractor) addEvidence(ev *event, a *sentence) {
	for _, s := range ev.Sources {
		if s.Start == a.s.Start {
			return
		}
	}
	ev.Sources = append(ev.Sources, x.evidence(a))
}

// evidence returns the sentence a as the evidence of an event.
func (x *extractor) evidence(a *sentence) parley.Evidence {
	return parley.Evidence{Article: x.d.Article.ID, Start: a.s.Start, End: a.s.End, Text: a.s.Text}
}
