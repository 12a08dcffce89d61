package events

import (
	"slices"

	"github.com/parleyhq/parley/loaders/text"
)

// presence adds the people in whose presence a contact of this sentence took place to
// it: "signed the accord with X in Y's presence", "met X in the presence of Y and Z",
// "signed the document, as X and Y stood beside them".
// The contact is the one of this sentence that holds the last person named before the
// phrase.
func (x *extractor) presence(a *sentence) {
	for k := 2; k < len(a.words); k++ {
		if a.words[k] != "presence" || a.mention[k] >= 0 {
			continue
		}
		ids := x.presentPeople(a, k)
		if len(ids) == 0 {
			continue
		}
		if ev := x.contactBefore(a, k); ev != nil {
			x.extend(ev, a, ids)
		}
	}
	for k := 1; k < len(a.words); k++ {
		if !bystanderOpener(a.words[k]) {
			continue
		}
		if ids := x.bystanders(a, k+1); len(ids) > 0 {
			if ev := x.contactBefore(a, k); ev != nil {
				x.extend(ev, a, ids) // "signed ..., as X and Y stood beside them"
			}
		}
	}
}

// standsBy reports whether the standing verb at t ends the bystanders of an "as", "when"
// or "while" clause that follows a contact of this sentence ("signed it, as X and Y
// stood beside them").
func (x *extractor) standsBy(a *sentence, t int) bool {
	for k := t - 1; k > 0 && t-k <= MaxBystanderWords+1; k-- {
		if bystanderOpener(a.words[k]) {
			return len(x.bystanders(a, k+1)) > 0 && x.contactBefore(a, k) != nil
		}
	}
	return false
}

// bystanderOpener reports whether w opens a clause after a contact telling who stood by
// during it ("as X stood beside them", "when X stood between them"). It is asked of
// every word, so it is a switch, not a map.
func bystanderOpener(w string) bool {
	switch w {
	case "as", "when", "while":
		return true
	}
	return false
}

// besideWords after a standing verb put its subject next to the people of the contact.
var besideWords = map[string]bool{"beside": true, "alongside": true, "behind": true, "next": true, "between": true}

// standVerbs tell where someone stood or sat during a contact.
var standVerbs = map[string]bool{"stood": true, "sat": true, "standing": true, "sitting": true}

// MaxBystanderWords is how many tokens the names between the clause opener and the
// standing verb may take.
const MaxBystanderWords = 12

// bystanders returns the people named from token k who "stood beside them" (or him,
// her, or next to, behind, alongside, between them) in a clause opened by "as", "when"
// or "while" after a contact: they were at it. Else nil.
func (x *extractor) bystanders(a *sentence, k int) []string {
	j := k
	for j < len(a.words) && j-k <= MaxBystanderWords && !standVerbs[a.words[j]] {
		if isBreak(a, j) || a.is(j, classTrigger) {
			return nil
		}
		j++
	}
	if j+2 >= len(a.words) || j-k > MaxBystanderWords || !besideWords[a.words[j+1]] {
		return nil
	}
	o := j + 2
	if a.words[j+1] == "next" && a.words[o] == "to" {
		o++
	}
	if o >= len(a.words) || !(a.words[o] == "them" || a.words[o] == "him" || a.words[o] == "her") {
		return nil
	}
	return x.people(x.namesIn(a, k, j))
}

// presentPeople returns the people named by the presence phrase around the word
// "presence" at token k: after "in the presence of", or the possessor in "in X's
// presence".
func (x *extractor) presentPeople(a *sentence, k int) []string {
	if a.words[k-1] == "the" && a.words[k-2] == "in" && k+1 < len(a.words) && a.words[k+1] == "of" {
		_, R := clauseBounds(a, k+1, k+2)
		return x.objectPeople(a, k+2, R)
	}
	if k < 3 || !text.IsPossessive(a.words[k-1]) || a.mention[k-2] < 0 {
		return nil
	}
	mi := a.mention[k-2]
	m := x.d.Mentions[mi]
	if !x.isPerson(mi) || m.Ext0 < 1 || a.words[m.Ext0-1] != "in" {
		return nil
	}
	return []string{m.Entity}
}

// contactBefore returns the contact told in this sentence that holds the last person
// named before token k, past the possessor of "in X's presence"; else nil.
func (x *extractor) contactBefore(a *sentence, k int) *event {
	for j := k - 1; j >= 0; j-- {
		mi := a.nameAt(j)
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		if !x.isPerson(mi) || m.Tok1 < len(a.words) && text.IsPossessive(a.words[m.Tok1]) {
			j = min(j, m.Ext0)
			continue
		}
		id := m.Entity
		return x.lastContactWhere(func(ev *event) bool { return ev.lastSent == a.idx && slices.Contains(ev.Participants, id) })
	}
	return nil
}
