package events

import (
	"github.com/parleyhq/parley/loaders/text"
	"slices"

	"github.com/parleyhq/parley"
)

// separately reports whether "separately" stands in tokens [k, R), from right before the
// trigger to the end of its clause, or "separate" right before a noun trigger: the
// subject met each object on their own ("met X and Y separately", "separately received X
// and Y", "held separate meetings with X and Y").
func separately(a *sentence, k, R int) bool {
	for ; k < R; k++ {
		if a.words[k] == "separately" && a.mention[k] < 0 {
			return true
		}
		if a.words[k] == "separate" && k+1 < R && a.is(k+1, classTrigger) {
			return true // "held separate meetings with X, Y and Z"
		}
	}
	return false
}

// marginsBeforeWith reports whether "on the margins" or "on the sidelines" stands
// between a noun trigger ending at k and the "with" that brings its partners: talks held
// on the margins of a gathering with several leaders are one with each ("held talks on
// the margins with X, Y and Z"). Named after the partners ("met X and Y on the
// sidelines") it tells where, not how many meetings.
func (x *extractor) marginsBeforeWith(a *sentence, k, R int) bool {
	for ; k < R && a.words[k] != "with"; k++ {
		if (a.words[k] == "on" || a.words[k] == "at") && x.pastMargins(a, k, R) > k {
			return true
		}
	}
	return false
}

// splitPeople returns segs with each person in a segment of their own, keeping its place
// and date; the other participants of a segment (countries, bodies) stay together in one
// more.
func (x *extractor) splitPeople(segs []segment) []segment {
	var out []segment
	for _, sg := range segs {
		rest := segment{loc: sg.loc, timex: sg.timex}
		for _, id := range sg.ids {
			if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
				out = append(out, segment{ids: []string{id}, loc: sg.loc, timex: sg.timex})
			} else {
				rest.ids = append(rest.ids, id)
			}
		}
		if len(rest.ids) > 0 {
			out = append(out, rest)
		}
	}
	return out
}

// welcomeVerbs tell a host's welcome, which takes no counted plural object: "greeted the
// two leaders at the entrance" is no new meeting of the three.
var welcomeVerbs = map[string]bool{"greeted": true, "welcomed": true, "greets": true, "welcomes": true}

// countWords make a plural anaphor count the people it refers to.
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "both": true}

// countedPlural returns the length of a plural anaphor starting at token k that counts
// its people ("the two ministers", "both leaders"), or 0: an object that refers back to
// the people last told together.
func countedPlural(words []string, k int) int {
	n := pluralFrom(words, k)
	if n == 0 {
		return 0
	}
	for _, w := range words[k : k+n] {
		if countWords[w] {
			return n
		}
	}
	return 0
}

// pluralObject returns the people a counted plural object refers to ("received the two
// ministers"): those of the last contact that occurred with exactly as many people, all
// fitting its noun, told up to GroupWindow sentences before sentence si; else the last
// pair or group of people named together that recently; else nil.
func (x *extractor) pluralObject(si int, words []string) []string {
	n, noun := pluralCount(words), words[len(words)-1]
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if ev.lastSent < si-GroupWindow {
			break
		}
		if !ev.Type.IsContact() || ev.negated || ev.Status != parley.Occurred {
			continue
		}
		if people := x.people(ev.Participants); len(people) == n && x.allFit(people, noun) {
			return people
		}
	}
	for _, g := range []namedGroup{x.pair, x.group} {
		if len(g.ids) == n && g.ids != nil && g.sent >= si-GroupWindow && x.allFit(g.ids, noun) {
			return slices.Clone(g.ids)
		}
	}
	return nil
}

// pluralObjectIn reports whether a counted plural anaphor is the object in tokens [k, R),
// right after the trigger or its "with" ("spoke by phone with both leaders"): one calls
// two people separately unless told otherwise.
func pluralObjectIn(a *sentence, k, R int) bool {
	for j := k; j < R; j++ {
		if (j == k || a.words[j-1] == "with") && countedPlural(a.words, j) > 0 {
			return true
		}
	}
	return false
}

// venueNouns are a person's own places where a visitor meets them.
var venueNouns = map[string]bool{"residence": true, "home": true, "office": true, "palace": true,
	"dacha": true, "estate": true, "house": true, "villa": true, "ranch": true}

// homeOwner returns the person whose own place a visit at k goes to, told as "(to) the
// home of X" or "(to) X's home" with a venue noun ("a visit to the home of opposition
// leader X", "visited X's residence"): the visitor meets them. A short lower-case
// description may stand before the name; "the late X" is no one met. Else "".
func (x *extractor) homeOwner(a *sentence, k, R int) string {
	if k < R && a.words[k] == "to" {
		k++
	}
	if k < R && a.words[k] == "the" {
		k++
	}
	if mi := a.mention[min(k, R-1)]; k < R && mi >= 0 && x.isPerson(mi) {
		m := x.d.Mentions[mi]
		if m.Tok1 < R && text.IsPossessive(a.words[m.Tok1]) && m.Tok1+1 < R && venueNouns[a.words[m.Tok1+1]] {
			return m.Entity // "visited X's home"
		}
		return ""
	}
	if k+1 >= R || !venueNouns[a.words[k]] || a.words[k+1] != "of" {
		return ""
	}
	for j := k + 2; j < R && j-k-2 <= MaxDescriptorWords; j++ {
		if mi := a.mention[j]; mi >= 0 {
			if x.isPerson(mi) {
				return x.d.Mentions[mi].Entity
			}
			return ""
		}
		if a.words[j] == "late" || !isLowerWord(a.s.Tokens[j].Text) {
			return ""
		}
	}
	return ""
}

// venueHost returns the person whose venue the noun trigger at t is held at, told as
// "<person>'s <venue> for <trigger>" in the clause starting at L ("had gone straight to
// Modi's residence for talks"): the host takes part. Else "".
func (x *extractor) venueHost(a *sentence, L, t int) string {
	k := t - 1
	if k < L+3 || a.words[k] != "for" || !venueNouns[a.words[k-1]] || !text.IsPossessive(a.words[k-2]) {
		return ""
	}
	mi := a.mention[k-3]
	if mi < 0 || !x.isPerson(mi) {
		return ""
	}
	return x.d.Mentions[mi].Entity
}
