package events

import (
	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// objects returns the names coordinated after a trigger, from token k up to R, in
// segments split by the place or date attached to each. A noun trigger takes objects
// only through "with", "between" or "among".
func (x *extractor) objects(a *sentence, k, R int, noun bool) []segment {
	for k < R && (a.words[k] == "by" && k+1 < R && (a.words[k+1] == "phone" || a.words[k+1] == "telephone")) {
		k += 2
	}
	if k < R && k > 0 && a.words[k] == "to" && callMedia[a.words[k-1]] {
		k++ // "spoke by phone to Putin"
	}
	if noun {
		k = x.skipPPs(a, k, R)
		if k >= R || !(a.words[k] == "with" || a.words[k] == "between" || a.words[k] == "among" || a.words[k] == "from") {
			return nil
		}
		k++
	}
	start := k
	var segs []segment
	group := "" // the group noun the names after it stand in ("leaders of")
	cur := segment{timex: -1}
	flush := func() {
		if len(cur.ids) > 0 {
			segs = append(segs, cur)
		}
		cur = segment{timex: -1}
	}
	for k < R {
		w := a.words[k]
		switch {
		case a.mention[k] >= 0 || a.prefix[k] >= 0:
			mi := a.nameAt(k)
			m := x.d.Mentions[mi]
			k = m.Tok1
			if m.Demonym || m.Modifier {
				continue
			}
			if j := x.possessiveAppositive(a, k, R); j > 0 {
				k = j // "China's top diplomat, Wang Yi": the name, not the possessor
				continue
			}
			if m.Kind != parley.Person && k+1 < R && text.IsPossessive(a.words[k]) && x.startsName(a, k+1) {
				k++ // "Brazil's Luiz Inácio Lula da Silva": the person, not the country
				continue
			}
			if m.Kind == parley.Place {
				if cur.loc == "" {
					cur.loc = m.Entity
				}
				continue
			}
			if participant(m) && k+1 < R && text.IsPossessive(a.words[k]) && isLowerWord(a.s.Tokens[k+1].Text) && a.mention[k+1] < 0 {
				continue // "at Chequers, the prime minister's country residence": a possessor, not a partner
			}
			if participant(m) {
				if len(cur.ids) > 0 && m.Ext0 > 1 && (a.words[m.Ext0-1] == "," || a.words[m.Ext0-1] == "and" && a.words[m.Ext0-2] == ",") && opensClause(a, k) {
					flush() // "sat down with Putin, Kishida made a trip": a new subject
					return segs
				}
				if len(cur.ids) > 0 && (cur.loc != "" || cur.timex >= 0) {
					flush()
				}
				cur.ids = append(cur.ids, m.Entity)
				if group != "" && m.Kind == parley.Country {
					if p := x.standFor(m.Entity, group); p != "" {
						cur.ids = append(cur.ids, p)
					}
				}
			}
			continue
		case len(cur.ids) == 0 && len(segs) == 0 && countedPlural(a.words, k) > 0 && !welcomeVerbs[a.words[start-1]]:
			n := countedPlural(a.words, k)
			cur.ids = append(cur.ids, x.pluralObject(a.idx, a.words[k:k+n])...) // "received the two ministers"
			k += n
			continue
		case w == "," && k > 0 && a.words[k-1] == "and" && len(cur.ids) > 0 && x.dateAside(a, k+1, R) > 0:
			// "met X in Jerusalem and, that morning, Y in Bethlehem": the date is Y's.
			j := x.dateAside(a, k+1, R)
			flush()
			cur.timex = a.timex[j-2]
			k = j
			continue
		case w == "," && k+1 < R && a.words[k+1] == "including" && len(cur.ids) == 0 && len(segs) == 0:
			k += 2 // "met business leaders, including X and Y": the names
			continue
		case w == "," && k+1 < R && !x.startsName(a, k+1) && a.words[k+1] != "and":
			if j := x.appositive(a, k+1, R); j > 0 {
				k = j
				continue
			}
			if j := x.trailingDescription(a, k, R); j > 0 && len(cur.ids) > 0 {
				k = j // "Kim Yong Chol, his top negotiator, and Ri Yong Ho"
				continue
			}
			flush()
			return segs
		case w == "the" && x.appositive(a, k, R) > 0:
			k = x.appositive(a, k, R)
			continue
		case a.is(k, classObjectLink):
		case a.is(k, classGroupNoun) && k+1 < R && (a.words[k+1] == "from" || a.words[k+1] == "of"):
			group = w
			k += 2
			continue
		case a.is(k, classGroupNoun) || isGroupAdjective(a, k, R):
		case a.is(k, classPronoun) && len(cur.ids) == 0:
			if id := x.pronoun(a, k); id != "" {
				cur.ids = append(cur.ids, id)
			}
		case (w == "in" || w == "at") && k+1 < R:
			j := k + 1
			for j < R && a.words[j] == "the" {
				j++
			}
			if j < R && a.mention[j] >= 0 && x.isPlace(a.mention[j]) && x.isLocative(a, x.d.Mentions[a.mention[j]]) {
				m := x.d.Mentions[a.mention[j]]
				if cur.loc == "" {
					cur.loc = m.Entity
				}
				k = m.Tok1
				if k < R && buildingNoun(a.words[k]) {
					k++ // "at the Quirinale palace and Prime Minister X"
				}
				continue
			}
			flush()
			return segs
		case a.timex[k] >= 0 || (w == "on" && k+1 < R && a.timex[k+1] >= 0):
			if w == "on" {
				k++
			}
			ti := a.timex[k]
			if cur.timex < 0 && len(cur.ids) > 0 {
				cur.timex = ti
			}
			for k < R && a.timex[k] == ti {
				k++
			}
			continue
		default:
			if j := includingList(a, k, R); j > 0 && len(cur.ids) == 0 && len(segs) == 0 {
				k = j // "had dinner with relatives, including his half-sister X": the names
				continue
			}
			if j := x.appositive(a, k, R); j > 0 {
				k = j
				continue
			}
			if j := x.descriptor(a, k, R); j > 0 {
				k = j
				continue
			}
			flush()
			return segs
		}
		k++
	}
	flush()
	return segs
}

// dateAside returns the token after a date set off by commas at k ("that morning, ",
// "on Tuesday, ") when a name follows it; else 0.
func (x *extractor) dateAside(a *sentence, k, R int) int {
	if k < R && a.words[k] == "on" {
		k++
	}
	if k >= R || a.timex[k] < 0 {
		return 0
	}
	ti := a.timex[k]
	for k < R && a.timex[k] == ti {
		k++
	}
	if k+1 < R && a.words[k] == "," && x.startsName(a, k+1) {
		return k + 1
	}
	return 0
}

// buildingNoun reports whether w is the lower-case head of a building's name ("the
// Quirinale palace", "the Taj Mahal Palace hotel") that may follow a place mention.
func buildingNoun(w string) bool {
	switch w {
	case "palace", "hotel", "building", "hall", "castle", "residence", "mansion", "complex", "compound", "airport":
		return true
	}
	return false
}

// includingList returns the token after "including" when up to MaxIncludingHeadWords
// lower-case words at k and a comma come before it ("relatives, including",
// "business leaders, including"): the names listed after it are the partners; else 0.
func includingList(a *sentence, k, R int) int {
	for j := k; j < R && j-k < MaxIncludingHeadWords; j++ {
		if !isLowerWord(a.s.Tokens[j].Text) || a.is(j, classTrigger|classClauseBreak|classPreposition) {
			return 0
		}
		if j+2 < R && a.words[j+1] == "," && a.words[j+2] == "including" {
			return j + 3
		}
	}
	return 0
}

// MaxIncludingHeadWords is the most lower-case words of the group a list "including"
// names ("senior business leaders, including").
const MaxIncludingHeadWords = 3

// objectParticipants returns the participants (people, countries and bodies, not
// places) among the objects from token k up to R.
func (x *extractor) objectParticipants(a *sentence, k, R int, noun bool) []string {
	var ids []string
	for _, sg := range x.objects(a, k, R, noun) {
		ids = append(ids, x.withoutPlaces(sg.ids)...)
	}
	return ids
}

// objectPeople returns the people among the objects from token k up to R.
func (x *extractor) objectPeople(a *sentence, k, R int) []string {
	var ids []string
	for _, sg := range x.objects(a, k, R, false) {
		ids = x.appendPeople(ids, sg.ids)
	}
	return ids
}

// opensClause reports whether the name ending before token k is followed by a verb
// rather than by what may follow an object (a link, a preposition, a date, punctuation).
func opensClause(a *sentence, k int) bool {
	if k >= len(a.words) || a.mention[k] >= 0 || a.prefix[k] >= 0 || a.timex[k] >= 0 {
		return false
	}
	w := a.words[k]
	if !isLowerWord(a.s.Tokens[k].Text) || a.is(k, classObjectLink|classPreposition) || text.IsPossessive(w) || a.is(k, classSkipBack) && !passiveAux[w] {
		return false
	}
	return !nounPhraseStarts[w]
}

// skipPPs returns the first token from k that is not part of a place or date phrase
// ("held talks in Jerusalem on Thursday with ...").
func (x *extractor) skipPPs(a *sentence, k, R int) int {
	for k < R {
		switch {
		case a.timex[k] >= 0:
			k++
		case a.words[k] == "as":
			// "his first meeting as president with": a role, not a partner.
			j := k + 1
			for j < R && j-k <= MaxRoleWords && isLowerWord(a.s.Tokens[j].Text) && !a.is(j, classObjectLink|classPreposition) {
				j++
			}
			if j == k+1 {
				return k
			}
			k = j
		case (a.words[k] == "in" || a.words[k] == "at" || a.words[k] == "on") && k+1 < R:
			j := k + 1
			for j < R && a.words[j] == "the" {
				j++
			}
			if j < R && a.timex[j] >= 0 {
				k = j
				continue
			}
			if j := x.pastMargins(a, k, R); j > k {
				k = j
				continue
			}
			if j < R && a.mention[j] >= 0 && x.isPlace(a.mention[j]) {
				k = x.d.Mentions[a.mention[j]].Tok1
				continue
			}
			return k
		default:
			return k
		}
	}
	return k
}

// pastMargins returns the token after "on the margins" or "on the sidelines" at k, and
// after the gathering named by an "of" that follows when a "with" ends it within
// MaxGatheringWords ("held talks on the margins of the summit with ..."); else k.
func (x *extractor) pastMargins(a *sentence, k, R int) int {
	if !hasWords(a.words, k+1, []string{"the", "margins"}) && !hasWords(a.words, k+1, []string{"the", "sidelines"}) {
		return k
	}
	j := k + 3
	if j < R && a.words[j] == "of" {
		for e := j + 1; e < R && e-j <= MaxGatheringWords; e++ {
			if a.words[e] == "with" {
				return e
			}
		}
	}
	return j
}

// MaxGatheringWords is the most words of the gathering after "on the margins of"
// ("of the Group of 20 summit") skipped between a noun trigger and its "with".
const MaxGatheringWords = 8

// MaxRoleWords is the most words of a role after "as" ("as president", "as foreign
// minister") skipped between a noun trigger and its partner.
const MaxRoleWords = 3

// appositive returns the token after "the president of the United Arab Emirates," or
// "the U.S. envoy," when a name follows it, so the name is taken and the description
// skipped; else 0.
func (x *extractor) appositive(a *sentence, k, R int) int {
	j := k
	for j < R && j-k < MaxAppositiveWords && a.prefix[j] < 0 && a.words[j] != "," {
		if mi := a.mention[j]; mi >= 0 {
			if x.isPerson(mi) {
				break
			}
			j = x.d.Mentions[mi].Tok1 // "the U.S. envoy,": a country or body inside the description
			continue
		}
		j++
	}
	if j+1 < R && a.words[j] == "," && x.startsName(a, j+1) && j > k && (a.words[k] == "the" || k > 0 && possessiveDeterminers[a.words[k-1]]) {
		return j + 1
	}
	return 0
}

// MaxAppositiveWords is the most words a description before an appositive name may have.
const MaxAppositiveWords = 8

// possessiveAppositive returns the token after "'s top diplomat," when the name k
// ends before is a possessor and a name follows the description; else 0.
func (x *extractor) possessiveAppositive(a *sentence, k, R int) int {
	if k+1 >= R || !text.IsPossessive(a.words[k]) {
		return 0
	}
	j := k + 1
	for j < R && j-k <= MaxAppositiveWords && a.mention[j] < 0 && a.prefix[j] < 0 && a.words[j] != "," {
		j++
	}
	if j+1 < R && j > k+1 && a.words[j] == "," && x.startsName(a, j+1) {
		return j + 1
	}
	return 0
}

// possessiveDeterminers may open a description that a name stands in apposition to
// ("his foreign minister, Sergei Lavrov").
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// trailingDescription returns the comma closing a short lower-case description, opened
// by a determiner, that the comma at k opens after a name, when "and" and a name or another name follow it;
// else 0.
func (x *extractor) trailingDescription(a *sentence, k, R int) int {
	j := k + 1
	if j >= R || !(possessiveDeterminers[a.words[j]] || a.words[j] == "the" || indefinite[a.words[j]]) {
		return 0
	}
	for j < R && j-k <= MaxAppositiveWords && isLowerWord(a.s.Tokens[j].Text) && a.mention[j] < 0 &&
		a.prefix[j] < 0 && !a.is(j, classTrigger|classClauseBreak|classPreposition) && a.words[j] != "and" {
		j++
	}
	if j == k+1 || j+1 >= R || a.words[j] != "," {
		return 0
	}
	if x.startsName(a, j+1) || a.words[j+1] == "and" && j+2 < R && x.startsName(a, j+2) {
		return j
	}
	return 0
}

// MaxDescriptorWords is the most lower-case words a description right before a name
// in a list may have ("and foreign policy aide Yuri Ushakov").
const MaxDescriptorWords = 3

// descriptor returns the token of the name that a short lower-case description starting
// at k, right after "and", a comma, a possessive pronoun ("including his half-sister
// X") or "the" ("visited the ailing King X"), leads to; else 0.
func (x *extractor) descriptor(a *sentence, k, R int) int {
	if k == 0 || (a.words[k-1] != "and" && a.words[k-1] != "," && a.words[k-1] != "his" && a.words[k-1] != "her" && a.words[k-1] != "their" && a.words[k-1] != "the") {
		return 0
	}
	for j := k; j < R && j-k < MaxDescriptorWords; j++ {
		if x.startsName(a, j) {
			return j
		}
		if !isLowerWord(a.s.Tokens[j].Text) || a.is(j, classTrigger|classClauseBreak|classPreposition|classSkipBack) {
			return 0
		}
	}
	return 0
}

// isGroupAdjective reports whether the word at k qualifies a group noun that follows
// within two words ("key European leaders").
func isGroupAdjective(a *sentence, k, R int) bool {
	for j := k + 1; j < R && j <= k+2; j++ {
		if a.is(j, classGroupNoun) {
			return true
		}
	}
	return false
}

// callMedia end a call phrase that "to" and the partner may follow ("spoke by phone to").
var callMedia = map[string]bool{"phone": true, "telephone": true, "video": true, "link": true, "videoconference": true}

// objectIDs returns the names of all segments, in order.
func objectIDs(segs []segment) []string {
	var ids []string
	for _, s := range segs {
		ids = append(ids, s.ids...)
	}
	return ids
}

// distinctSegments reports whether the segments carry different places or dates. A
// place told after the first name only ("met X at the palace and Y") sets that meeting
// apart from the next name's.
func distinctSegments(segs []segment) bool {
	for _, s := range segs[1:] {
		if s.timex != segs[0].timex && s.timex >= 0 || s.loc != segs[0].loc {
			return true
		}
	}
	return false
}
