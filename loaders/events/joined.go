package events

import (
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// laterWords after "joined them" make a new, later meeting of the joiners with the people
// joined ("Aides joined them afterward for a working lunch").
var laterWords = map[string]bool{"afterward": true, "afterwards": true, "later": true, "then": true}

// joiners adds the people of "X and Y joined Trump at the table" to the contact Trump
// takes part in, told up to CompanionWindow sentences before; "X joined them afterward"
// tells a new meeting of X with the people of the last contact, at its place and date.
func (x *extractor) joiners(a *sentence) {
	for k := 1; k+1 < len(a.words); k++ {
		if !a.is(k, classJoinVerb) || a.mention[k] >= 0 || a.words[k+1] == "by" {
			continue
		}
		if x.last.sent == a.idx && x.last.end > k {
			x.joinedWhen(a, k)
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
			nev.Sources = []parley.Evidence{x.evidence(a)}
			x.events = append(x.events, &nev)
			continue
		}
		x.extend(ev, a, ids)
	}
}

// partakeCues say their subjects took part in the event just told: "in which X and Y
// took part", "Merkel and Hollande, who both took part in it".
var partakeCues = cueList{class: classPartakeCue, cues: [][]string{{"took", "part"}, {"participated"},
	{"were", "present"}, {"was", "present"}, {"sat", "in", "on"}}}

// hostCues say the people named after them led the event just told, and so took part:
// "The talks were chaired by the host, X, together with Y", "The negotiations were
// steered by X and Y, who hosted the delegations".
var hostCues = cueList{class: classPartakeCue, cues: [][]string{
	{"were", "chaired", "by"}, {"was", "chaired", "by"}, {"were", "co-chaired", "by"}, {"was", "co-chaired", "by"},
	{"were", "hosted", "by"}, {"was", "hosted", "by"}, {"were", "steered", "by"}, {"was", "steered", "by"},
	{"were", "mediated", "by"}, {"was", "mediated", "by"}, {"were", "moderated", "by"}, {"was", "moderated", "by"}}}

// partakers adds the subjects of a partake cue to the contact told last in this
// sentence, or in the sentence before.
func (x *extractor) partakers(a *sentence) {
	for k := 1; k < len(a.words); k++ {
		if !a.is(k, classPartakeCue) || a.mention[k] >= 0 {
			continue
		}
		if n := x.hostedBy(a, k); n > 0 {
			k += n - 1
			continue
		}
		if !slices.ContainsFunc(partakeCues.cues, func(c []string) bool { return hasWords(a.words, k, c) }) {
			continue
		}
		L, _ := clauseBounds(a, k, k+1)
		if cueIn(a, max(L, k-StatusWindow), k, negationCues) {
			continue
		}
		t := k
		if L > 1 && a.words[L-1] == "who" {
			t = L - 1 // "X and Y, who both took part": the antecedents of "who"
		}
		ids := x.people(x.subjects(a, 0, t))
		ev := x.lastFullContact(false)
		if x.last.ev != nil && x.last.sent == a.idx && x.last.ev.Type.IsContact() && enough(x.last.ev) {
			ev = x.last.ev // told in this sentence, perhaps merged into an earlier event
		}
		window := 1
		if ev != nil && ev.Status != parley.Occurred && pastPartake(a.words[k]) {
			// "Vance, who sat in on the meeting": not the one a sentence between
			// expects, but the one before it.
			ev, window = x.lastOccurredContact(), 2
		}
		if len(ids) == 0 || ev == nil || ev.lastSent < a.idx-window {
			continue
		}
		x.extend(ev, a, ids)
	}
}

// hostedNouns name the contact a host cue follows ("The talks were chaired by").
var hostedNouns = map[string]bool{"talks": true, "negotiations": true, "meeting": true, "discussions": true}

// hostedBy adds the people named after a host cue at k ("were chaired by the host, X,
// together with Y") to the last contact that occurred, told in this sentence or the one
// before, and returns the cue's length, or 0 if none starts at k. The subject before the
// cue must be no person ("The talks were chaired by", not "Vance was hosted by").
func (x *extractor) hostedBy(a *sentence, k int) int {
	for _, c := range hostCues.cues {
		if !hasWords(a.words, k, c) {
			continue
		}
		if k < 2 || a.words[k-2] != "the" || !hostedNouns[a.words[k-1]] || cueIn(a, max(0, k-StatusWindow), k, negationCues) {
			return len(c)
		}
		ids := x.people(x.namesIn(a, k+len(c), len(a.words)))
		ev := x.lastOccurredContact()
		if len(ids) > 0 && ev != nil && ev.lastSent >= a.idx-1 {
			x.extend(ev, a, ids)
		}
		return len(c)
	}
	return 0
}

// AbsenceWindow is how many sentences after the last mention of an event an absence cue
// ("X was unable to attend") may still refer to it.
const AbsenceWindow = 2

// absence marks the subjects of "X and Y were unable to attend", "X did not attend",
// "X skipped" as absent from the event of the sentence, else the last one told.
func (x *extractor) absence(a *sentence) {
	for k := range a.words {
		if !a.is(k, classAbsenceCue) {
			continue
		}
		for _, c := range absenceCues.cues {
			if a.words[k] != c[0] || !hasWords(a.words, k, c) {
				continue
			}
			ids := x.subjects(a, 0, k)
			ev := x.lastContact()
			if at := x.contactAt(a, k+len(c)); at != nil {
				ev = at // "was not invited to Alaska": the event held there
			}
			if len(ids) == 0 || ev == nil || ev.lastSent < a.idx-AbsenceWindow {
				continue
			}
			for _, id := range ids {
				ev.Participants = slices.DeleteFunc(ev.Participants, func(p string) bool { return p == id })
				if !slices.Contains(ev.Absent, id) {
					ev.Absent = append(ev.Absent, id)
				}
			}
		}
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
		if participant(m) && !(m.Tok1 < len(a.words) && text.IsPossessive(a.words[m.Tok1])) {
			ids = append(ids, m.Entity)
		}
	}
	return ids
}

// pastPartake reports whether a partake cue starting with w tells the past ("sat in
// on", "took part", "were present").
func pastPartake(w string) bool {
	return w == "sat" || w == "took" || w == "was" || w == "were" || w == "participated"
}

// lastOccurredContact returns the last contact told that occurred with enough people,
// or nil.
func (x *extractor) lastOccurredContact() *event {
	for i := len(x.events) - 1; i >= 0; i-- {
		if ev := x.events[i]; ev.Type.IsContact() && !ev.negated && ev.Status == parley.Occurred && enough(ev) {
			return ev
		}
	}
	return nil
}

// whenWords after "joined the four leaders" open the clause telling the contact joined
// ("Lavrov joined the four leaders when they met behind closed doors").
var whenWords = map[string]bool{"when": true, "as": true, "while": true}

// joinedWhen adds the subjects of "X joined the N leaders when they met", the join verb
// at k, and the people the anaphor refers to, to the contact this sentence tells after
// it, whose "they" the anaphor in object place left unresolved.
func (x *extractor) joinedWhen(a *sentence, k int) {
	n := pluralFrom(a.words, k+1)
	if n == 0 || k+1+n >= len(a.words) || !whenWords[a.words[k+1+n]] {
		return
	}
	joined := x.joinedPeople(a.idx, a.words[k+1:k+1+n])
	ev := x.lastContact()
	if ev == nil || ev.lastSent != a.idx || ev.Status != "" && ev.Status != parley.Occurred {
		return
	}
	L, _ := clauseBounds(a, k, k+1)
	if ids := x.people(x.namesIn(a, L, k)); len(ids) > 0 {
		x.extend(ev, a, append(joined, ids...))
	}
}

// JoinedWindow is how many sentences before "joined the four leaders" the contact that
// counts them may be told.
const JoinedWindow = 6

// joinedPeople returns the people of the last contact that occurred, told at most
// JoinedWindow sentences before sentence si, with as many people as the plural
// anaphor words count, all fitting its noun; else nil. Unlike a subject anaphor, it need
// not hold the person named before it: that is the one who joined them.
func (x *extractor) joinedPeople(si int, words []string) []string {
	n, noun := pluralCount(words), words[len(words)-1]
	if n < 2 {
		return nil
	}
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if !ev.Type.IsContact() || ev.negated || ev.Status != parley.Occurred || ev.lastSent < si-JoinedWindow {
			continue
		}
		if people := x.people(ev.Participants); len(people) == n && x.allFit(people, noun) {
			return people
		}
	}
	return nil
}

// joinedThem returns the people of the last contact that occurred, told in this
// sentence or up to CompanionWindow sentences before: whom "them" stands for in "Y
// joined them for a three-way meeting". Else nil.
func (x *extractor) joinedThem(a *sentence) []string {
	ev := x.lastContact()
	if ev == nil || ev.Status != parley.Occurred || ev.lastSent < a.idx-CompanionWindow {
		return nil
	}
	return x.people(ev.Participants)
}
