package events

import (
	"slices"

	"github.com/parleyhq/parley"
)

// companionVerbs add people to an event someone already takes part in: "Trump was
// joined by Rubio and Witkoff, and Putin by Lavrov", "a meeting chaired by Stoltenberg".
var companionVerbs = map[string]bool{"joined": true, "accompanied": true, "flanked": true,
	"chaired": true, "co-chaired": true, "attended": true}

// bringVerbs add the people after their "with" to the event their subject takes part
// in ("Lavrov came with Ushakov", "arrived in Riyadh with his aide, X").
var bringVerbs = map[string]bool{"came": true, "arrived": true}

// passiveAux before a companion verb make it a full passive with its own subject.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true, "be": true}

// CompanionWindow is how many sentences after the last mention of an event "X was
// joined by Y" may still add Y to it.
const CompanionWindow = 2

// MaxCompanionGap is how many tokens of a place or date phrase may stand between a
// companion verb and its "by" or "with" ("was joined at the table by").
const MaxCompanionGap = 5

// companions adds the people brought by "X was joined (at the table) by Y" or "X came
// with Y" to the contact X takes part in, told in this sentence or up to
// CompanionWindow sentences before, and those of a participle after an event of this
// sentence ("the meeting ..., chaired by Y").
func (x *extractor) companions(a *sentence) {
	for k := 1; k+1 < len(a.words); k++ {
		if !a.is(k, classCompanionVerb) || a.mention[k] >= 0 {
			continue
		}
		var ev *event
		by := -1
		if bringVerbs[a.words[k]] {
			if by = x.linkAfter(a, k+1, "with"); by < 0 || x.last.sent == a.idx && x.last.end > k {
				continue // "came face to face with": the trigger tells the event
			}
			ev = x.contactOf(x.people(x.subjects(a, 0, k)), a.idx)
		} else if by = x.linkAfter(a, k+1, "by"); by < 0 {
			continue
		} else if passiveAux[a.words[auxBefore(a, k)]] {
			ev = x.contactOf(x.subjects(a, 0, k), a.idx)
		} else if prev := x.last; prev.ev != nil && prev.sent == a.idx && prev.end <= k && prev.ev.Type.IsContact() {
			ev = prev.ev
		}
		_, R := clauseBounds(a, k, by+1)
		if ev == nil || ev.negated || kinBefore(a, by+1, R) {
			continue
		}
		for _, sg := range x.objects(a, by+1, R, false) {
			ev.Participants = dedupe(append(ev.Participants, x.people(sg.ids)...))
		}
		x.addEvidence(ev, a)
		ev.lastSent = a.idx
	}
}

// auxBefore returns the token of the word before the verb at k, past adverbs ("were
// then joined").
func auxBefore(a *sentence, k int) int {
	j := k - 1
	for j > 0 && a.is(j, classSkipBack) && !passiveAux[a.words[j]] {
		j--
	}
	return j
}

// linkAfter returns the token of the word link ("by", "with") at k or after a place or
// date phrase of at most MaxCompanionGap tokens from k ("at the table by"), else -1.
func (x *extractor) linkAfter(a *sentence, k int, link string) int {
	for j := k; j < len(a.words) && j-k <= MaxCompanionGap; j++ {
		switch w := a.words[j]; {
		case a.timex[j] >= 0:
		case a.mention[j] >= 0:
			if !x.isPlace(a.mention[j]) {
				return -1
			}
		case w == link:
			return j
		case a.prefix[j] >= 0 || isBreak(a, j) || a.is(j, classTrigger) || w == ",":
			return -1
		case j == k && !a.is(j, classPreposition|classSkipBack):
			return -1 // "came under fire": no place or date phrase
		}
	}
	return -1
}

// MaxCompanionPhrase is how many tokens a participle phrase ", accompanied by X and Y,"
// between a subject and its verb may have.
const MaxCompanionPhrase = 16

// companionPhrase returns the people of a participle phrase (", accompanied by X and
// Y") that the comma at k closes and the token of the comma opening it; else nil, -1.
func (x *extractor) companionPhrase(a *sentence, L, k int) ([]string, int) {
	for j := k - 1; j >= L+2 && k-j <= MaxCompanionPhrase; j-- {
		if a.mention[j] >= 0 || a.prefix[j] >= 0 {
			continue
		}
		if a.words[j] == "by" {
			if !companionVerbs[a.words[j-1]] || a.words[j-2] != "," {
				return nil, -1
			}
			var ids []string
			for _, sg := range x.objects(a, j+1, k, false) {
				ids = append(ids, x.people(sg.ids)...)
			}
			return ids, j - 2
		}
		if isBreak(a, j) || a.is(j, classTrigger) {
			return nil, -1
		}
	}
	return nil, -1
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
		if !a.is(k, classJoinVerb) || a.mention[k] >= 0 || a.words[k+1] == "by" || x.last.sent == a.idx && x.last.end > k {
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

// partakeCues say their subjects took part in the event just told: "in which X and Y
// took part", "Merkel and Hollande, who both took part in it".
var partakeCues = [][]string{{"took", "part"}, {"participated"}, {"were", "present"}, {"was", "present"},
	{"sat", "in", "on"}}

// partakers adds the subjects of a partake cue to the contact told last in this
// sentence, or in the sentence before.
func (x *extractor) partakers(a *sentence) {
	for k := 1; k < len(a.words); k++ {
		if !a.is(k, classCueStart) || a.mention[k] >= 0 || !slices.ContainsFunc(partakeCues, func(c []string) bool { return hasWords(a.words, k, c) }) {
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
		if len(ids) == 0 || ev == nil || ev.lastSent < a.idx-1 {
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
