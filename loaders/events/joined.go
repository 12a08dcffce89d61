package events

import (
	"slices"

	"github.com/parleyhq/parley"
)

// companionVerbs add people to an event someone already takes part in: "Trump was
// joined by Rubio and Witkoff, and Putin by Lavrov", "a meeting chaired by Stoltenberg".
var companionVerbs = map[string]bool{"joined": true, "accompanied": true, "flanked": true,
	"chaired": true, "co-chaired": true, "attended": true}

// passiveAux before a companion verb make it a full passive with its own subject.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true, "be": true}

// CompanionWindow is how many sentences after the last mention of an event "X was
// joined by Y" may still add Y to it.
const CompanionWindow = 2

// companions adds the people brought by "X was joined by Y" to the contact X takes part
// in, told in this sentence or up to CompanionWindow sentences before, and those of a
// participle after an event of this sentence ("the meeting ..., chaired by Y").
func (x *extractor) companions(a *sentence) {
	for k := 1; k+1 < len(a.words); k++ {
		if !a.is(k, classCompanionVerb) || a.words[k+1] != "by" || a.mention[k] >= 0 {
			continue
		}
		_, R := clauseBounds(a, k, k+2)
		var ev *event
		if passiveAux[a.words[k-1]] {
			ev = x.contactOf(x.subjects(a, 0, k), a.idx)
		} else if prev := x.last; prev.ev != nil && prev.sent == a.idx && prev.end <= k && prev.ev.Type.IsContact() {
			ev = prev.ev
		}
		if ev == nil || ev.negated || kinBefore(a, k+2, R) {
			continue
		}
		for _, sg := range x.objects(a, k+2, R, false) {
			ev.Participants = dedupe(append(ev.Participants, x.withoutPlaces(sg.ids)...))
		}
		x.addEvidence(ev, a)
		ev.lastSent = a.idx
	}
}

// kinNouns name family members, who accompany a leader without taking part in the talks
// ("accompanied by their wives, X and Y").
var kinNouns = map[string]bool{"wife": true, "wives": true, "husband": true, "husbands": true,
	"spouse": true, "spouses": true, "daughter": true, "daughters": true, "son": true, "sons": true,
	"children": true, "family": true, "partner": true}

// kinBefore reports whether a kin noun comes before the first name in tokens [k, R).
func kinBefore(a *sentence, k, R int) bool {
	for ; k < R && a.mention[k] < 0 && a.prefix[k] < 0; k++ {
		if kinNouns[a.words[k]] {
			return true
		}
	}
	return false
}

// laterWords after "joined them" make a new, later meeting of the joiners with the people
// joined ("Aides joined them afterward for a working lunch").
var laterWords = map[string]bool{"afterward": true, "afterwards": true, "later": true, "then": true}

// joiners adds the people of "X and Y joined Trump at the table" to the contact Trump
// takes part in, told up to CompanionWindow sentences before; "X joined them afterward"
// tells a new meeting of X with the people of the last contact, at its place and date.
func (x *extractor) joiners(a *sentence) {
	for k := 1; k+1 < len(a.words); k++ {
		if !joinVerbs[a.words[k]] || a.mention[k] >= 0 || a.words[k+1] == "by" || x.last.sent == a.idx && x.last.end > k {
			continue
		}
		L, R := clauseBounds(a, k, k+1)
		if x.lightVerb(a, L, R) >= 0 && x.hasTriggerIn(a, k+1, R) {
			continue // "joined X in a summit": the noun tells the event
		}
		ids := x.people(x.namesIn(a, L, k))
		if len(ids) == 0 {
			continue
		}
		var ev *event
		later := false
		if n := pluralFrom(a.words, k+1); n > 0 || a.words[k+1] == "them" {
			ev = x.lastContact()
			later = k+2+n < R && laterWords[a.words[k+2+n]] || k+2 < R && laterWords[a.words[k+2]]
		} else if p := x.personAt(a, k+1); p != "" {
			ev = x.contactOf([]string{p}, a.idx)
		}
		if ev == nil || ev.negated || ev.lastSent < a.idx-CompanionWindow {
			continue
		}
		if later {
			nev := *ev
			nev.Participants = dedupe(append(slices.Clone(ev.Participants), ids...))
			nev.Absent, nev.sent, nev.lastSent, nev.noun = nil, a.idx, a.idx, false
			nev.Sources = []parley.Evidence{{Article: x.d.Article.ID, Start: a.s.Start, End: a.s.End, Text: a.s.Text}}
			x.events = append(x.events, &nev)
			continue
		}
		ev.Participants = dedupe(append(ev.Participants, ids...))
		x.addEvidence(ev, a)
		ev.lastSent = a.idx
	}
}

// hasTriggerIn reports whether a trigger word lies in tokens [k, R).
func (x *extractor) hasTriggerIn(a *sentence, k, R int) bool {
	for ; k < R; k++ {
		if a.mention[k] < 0 && a.is(k, classTrigger) {
			return true
		}
	}
	return false
}

// namesIn returns the participants named in tokens [L, k), possessors and modifiers
// aside ("Aides including X and Y").
func (x *extractor) namesIn(a *sentence, L, k int) []string {
	var ids []string
	for j := L; j < k; j++ {
		mi := a.mention[j]
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		j = m.Tok1 - 1
		if participant(m) && !(m.Tok1 < len(a.words) && isPossessive(a.words[m.Tok1])) {
			ids = append(ids, m.Entity)
		}
	}
	return ids
}

// contactOf returns the last contact told from CompanionWindow sentences before si on
// that any of ids takes part in, or nil.
func (x *extractor) contactOf(ids []string, si int) *event {
	if len(ids) == 0 {
		return nil
	}
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if ev.lastSent < si-CompanionWindow {
			break
		}
		if !ev.Type.IsContact() || ev.negated {
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
