package events

import (
	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// matchTrigger returns the trigger starting at token t and the token after it.
func (x *extractor) matchTrigger(a *sentence, t int) (trigger, int, bool) {
	if a.mention[t] >= 0 || a.timex[t] >= 0 {
		return trigger{}, 0, false
	}
	if !a.is(t, classTrigger|classWithVerb) || infinitiveOnly[a.words[t]] && (t == 0 || a.words[t-1] != "to") {
		return trigger{}, 0, false
	}
	if standVerbs[a.words[t]] && x.standsBy(a, t) {
		return trigger{}, 0, false // "as X and Y stood beside them": at the contact told, see presence
	}
	if typ, ok := withVerbs[a.words[t]]; ok {
		if j := x.withObject(a, t+1); j > 0 {
			if a.words[j] == "for" {
				j++ // past "for", which is no object link
			}
			return trigger{typ: typ}, j, true
		}
	}
	if personVerbs[a.words[t]] && t+1 < len(a.words) && x.personAt(a, t+1) != "" {
		return trigger{typ: parley.Meeting}, t + 1, true
	}
	if callOnVerbs[a.words[t]] && t+1 < len(a.words) && a.words[t+1] == "on" && x.calledOnPerson(a, t+2) {
		return trigger{typ: parley.Meeting}, t + 2, true // "Swaraj called on Sharif": a courtesy visit
	}
	if callVerbs[a.words[t]] && x.calledPerson(a, t+1) {
		return trigger{typ: parley.Call}, t + 1, true
	}
	if togetherVerbs[a.words[t]] {
		if j := togetherEnd(a, t+1); j > 0 {
			return trigger{typ: parley.Meeting}, j, true
		}
	}
	for _, tr := range triggers[a.words[t]] {
		if hasWords(a.words, t+1, tr.next) {
			if a.words[t] == "meeting" {
				tr.noun = isNounUse(a, t)
			}
			return tr, t + 1 + len(tr.next), true
		}
		if len(tr.next) > 1 && t+1 < len(a.words) && mannerAdverbs[a.words[t+1]] && hasWords(a.words, t+2, tr.next) {
			return tr, t + 2 + len(tr.next), true // "spoke briefly on the margins"
		}
		if len(tr.next) > 1 && !tr.noun {
			if j := pastTimes(a, t+1); j > t+1 && hasWords(a.words, j, tr.next) {
				return tr, j + len(tr.next), true // "spoke for about 20 minutes on Friday on the sidelines"
			}
		}
	}
	return trigger{}, 0, false
}

// pastTimes returns the first token from k that is not part of a date or duration
// standing between a verb and the rest of its phrase ("spoke for about 20 minutes on
// Friday on the sidelines"): timex tokens and the "for" or "on" that opens one. It
// returns k when none stands there.
func pastTimes(a *sentence, k int) int {
	for k < len(a.words) {
		switch {
		case a.timex[k] >= 0:
			k++
		case (a.words[k] == "for" || a.words[k] == "on") && k+1 < len(a.words) && a.timex[k+1] >= 0:
			k++
		default:
			return k
		}
	}
	return k
}

// mannerAdverbs may stand inside a trigger phrase, after its verb ("spoke briefly on
// the margins", "spoke again by phone").
var mannerAdverbs = map[string]bool{"briefly": true, "again": true, "separately": true, "privately": true}

// calledPerson reports whether a person, named or "him" or "her", is the object at k
// of a verb of calling and no description follows it: "called Macron on Tuesday",
// "called him again to congratulate him", but not "called Zelensky a dictator".
func (x *extractor) calledPerson(a *sentence, k int) bool {
	if k >= len(a.words) {
		return false
	}
	for k < len(a.words) && a.mention[k] >= 0 && !participant(x.d.Mentions[a.mention[k]]) {
		k = x.d.Mentions[a.mention[k]].Tok1 // "called Ukrainian President X"
	}
	if k >= len(a.words) {
		return false
	}
	end := k + 1
	switch {
	case a.words[k] == "him" || a.words[k] == "her":
	case x.personAt(a, k) != "":
		mi := max(a.mention[k], a.prefix[k])
		end = x.d.Mentions[mi].Tok1
	default:
		return false
	}
	if end >= len(a.words) || a.timex[end] >= 0 || !isLowerWord(a.s.Tokens[end].Text) {
		return true
	}
	w := a.words[end]
	return a.is(end, classPreposition|classSkipBack) && !a.is(end, classLightVerb) || w == "and" || w == "again"
}

// calledOnPerson reports whether the words from token k are a person paid a courtesy
// call ("called on Governor-General Bob Dadae, and"), not one urged to act ("called on
// Putin to withdraw", "called on X, Y and Z to"): after the name the sentence ends, or a
// date, a preposition other than "to" or "for", or a comma not followed by a name.
func (x *extractor) calledOnPerson(a *sentence, k int) bool {
	for k < len(a.words) && a.mention[k] >= 0 && !participant(x.d.Mentions[a.mention[k]]) {
		k = x.d.Mentions[a.mention[k]].Tok1 // "called on Governor-General X"
	}
	if k >= len(a.words) || x.personAt(a, k) == "" {
		return false
	}
	end := x.d.Mentions[max(a.mention[k], a.prefix[k])].Tok1
	if end >= len(a.words) || a.timex[end] >= 0 || a.words[end] == "." {
		return true
	}
	switch w := a.words[end]; {
	case w == "to" || w == "for" || text.IsPossessive(w):
		return false
	case w == ",":
		return end+1 < len(a.words) && x.personAt(a, end+1) == "" && a.prefix[end+1] < 0
	}
	return a.is(end, classPreposition)
}

// MaxWithGap is how many words may stand between a verb and the "with" that brings its
// partner ("discussed the proposal with").
const MaxWithGap = 6

// withObject returns the token of the "with" that follows the verb ending before k
// within MaxWithGap words, past no person, date, trigger or clause break; else 0. A
// place, country or organization between them is the topic ("discussed Libya with"), a
// duration how long it lasted ("spent about 90 minutes with").
func (x *extractor) withObject(a *sentence, k int) int {
	for j := k; j < len(a.words) && j-k <= MaxWithGap; j++ {
		w := a.words[j]
		if w == "with" || w == "for" && mealNouns[a.words[k-1]] && j == k {
			return j
		}
		if mi := a.mention[j]; mi >= 0 && !x.isPerson(mi) && !text.IsPossessive(a.words[min(x.d.Mentions[mi].Tok1, len(a.words)-1)]) {
			continue
		}
		if ti := a.timex[j]; ti >= 0 && x.d.Timexes[ti].Type == "DURATION" {
			continue // "spent about 90 minutes with"
		}
		if a.mention[j] >= 0 || a.timex[j] >= 0 || a.is(j, classTrigger) || isBreak(a, j) || w == "," {
			return 0
		}
	}
	return 0
}

// togetherEnd returns the token after the "alone" or "together" that follows the verb
// ending before k within MaxWithGap words, past no name, trigger or clause break
// ("spent more than two hours alone"); else 0.
func togetherEnd(a *sentence, k int) int {
	for j := k; j < len(a.words) && j-k <= MaxWithGap; j++ {
		if a.mention[j] >= 0 || a.is(j, classTrigger) || isBreak(a, j) || a.words[j] == "," {
			return 0
		}
		if a.words[j] == "alone" || a.words[j] == "together" {
			return j + 1
		}
	}
	return 0
}

// isNounUse reports whether the word at t is used as a noun: after a determiner,
// possessive or adjective rather than as a participle ("after meeting X").
func isNounUse(a *sentence, t int) bool {
	if t == 0 {
		return true
	}
	if t+1 < len(a.words) && a.words[t-1] == "," && (a.mention[t+1] >= 0 || a.prefix[t+1] >= 0) {
		return false // a participle naming whom: ", meeting Prime Minister X"
	}
	p := a.words[t-1]
	switch p {
	case "after", "before", "while", "since", "by", "when", "for":
		return false
	}
	return true
}

// hasPhone reports whether the sentence names a phone or video link.
func hasPhone(a *sentence) bool {
	for _, w := range a.words {
		switch w {
		case "phone", "telephone", "phoned", "video", "videoconference", "call":
			return true
		}
	}
	return false
}
