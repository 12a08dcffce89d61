package events

import (
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
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
			mi := a.mention[k]
			if mi < 0 {
				mi = a.prefix[k]
			}
			m := x.d.Mentions[mi]
			k = m.Tok1
			if m.Demonym || m.Modifier {
				continue
			}
			if j := x.possessiveAppositive(a, k, R); j > 0 {
				k = j // "China's top diplomat, Wang Yi": the name, not the possessor
				continue
			}
			if m.Kind == parley.Place {
				if cur.loc == "" {
					cur.loc = m.Entity
				}
				continue
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

// opensClause reports whether the name ending before token k is followed by a verb
// rather than by what may follow an object (a link, a preposition, a date, punctuation).
func opensClause(a *sentence, k int) bool {
	if k >= len(a.words) || a.mention[k] >= 0 || a.prefix[k] >= 0 || a.timex[k] >= 0 {
		return false
	}
	w := a.words[k]
	if !isLowerWord(a.s.Tokens[k].Text) || a.is(k, classObjectLink|classPreposition) || isPossessive(w) || a.is(k, classSkipBack) && !passiveAux[w] {
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

// appositive returns the token after "the president of the United Arab Emirates," when
// a name follows it, so the name is taken and the description skipped; else 0.
func (x *extractor) appositive(a *sentence, k, R int) int {
	j := k
	for j < R && j-k < MaxAppositiveWords && a.mention[j] < 0 && a.prefix[j] < 0 && a.words[j] != "," {
		j++
	}
	if j < R && a.mention[j] >= 0 && !x.isPerson(a.mention[j]) {
		j = x.d.Mentions[a.mention[j]].Tok1
	}
	if j+1 < R && a.words[j] == "," && x.startsName(a, j+1) && j > k && (a.words[k] == "the" || k > 0 && possessiveDeterminers[a.words[k-1]]) {
		return j + 1
	}
	return 0
}

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

// possessiveDeterminers may open a description that a name stands in apposition to
// ("his foreign minister, Sergei Lavrov").
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// MaxRoleWords is the most words of a role after "as" ("as president", "as foreign
// minister") skipped between a noun trigger and its partner.
const MaxRoleWords = 3

// possessiveAppositive returns the token after "'s top diplomat," when the name k
// ends before is a possessor and a name follows the description; else 0.
func (x *extractor) possessiveAppositive(a *sentence, k, R int) int {
	if k+1 >= R || !isPossessive(a.words[k]) {
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

// MaxDescriptorWords is the most lower-case words a description right before a name
// in a list may have ("and foreign policy aide Yuri Ushakov").
const MaxDescriptorWords = 3

// descriptor returns the token of the name that a short lower-case description starting
// at k, right after "and" or a comma, leads to; else 0.
func (x *extractor) descriptor(a *sentence, k, R int) int {
	if k == 0 || (a.words[k-1] != "and" && a.words[k-1] != ",") {
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

// MaxAppositiveWords is the most words a description before an appositive name may have.
const MaxAppositiveWords = 8

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

func (x *extractor) startsName(a *sentence, k int) bool {
	if a.prefix[k] >= 0 {
		return true
	}
	if mi := a.mention[k]; mi >= 0 {
		return x.d.Mentions[mi].Tok0 == k || x.d.Mentions[mi].Ext0 == k
	}
	return false
}

func (x *extractor) isPlace(mi int) bool {
	k := x.d.Mentions[mi].Kind
	return k == parley.Place || k == parley.Country
}

func (x *extractor) isPerson(mi int) bool { return x.d.Mentions[mi].Kind == parley.Person }

// isCountry reports whether the entity id is a country.
func (x *extractor) isCountry(id string) bool {
	e := x.d.Entity(id)
	return e != nil && e.Kind == parley.Country
}

// callMedia end a call phrase that "to" and the partner may follow ("spoke by phone to").
var callMedia = map[string]bool{"phone": true, "telephone": true, "video": true, "link": true, "videoconference": true}

// location returns the place the clause [L, R) puts the event in: the place a relative
// "where" opening the clause refers to ("a trip to Kyiv, where he met"); else a place
// after "in", "at" or "to" ("in the southern city of Guangzhou"), after the trigger and
// before the next predicate first, else the nearest before it; "" if the clause names
// none.
func (x *extractor) location(a *sentence, L, R, t int) string {
	if p := x.relativePlace(a, L); p != "" {
		return p
	}
	var before, after, unknown string
	for k := L; k < R; k++ {
		if k > t && x.nextPredicate(a, k) {
			break
		}
		mi := a.mention[k]
		if mi < 0 || !x.isPlace(mi) {
			continue
		}
		m := x.d.Mentions[mi]
		k = m.Tok1 - 1
		if !x.isLocative(a, m) {
			continue
		}
		switch {
		case !m.Known:
			unknown = pick(unknown, m.Entity)
		case k > t && after == "":
			after = m.Entity
		case k < t:
			before = m.Entity
		}
	}
	return pick(after, pick(before, unknown))
}

// relativePlace returns the place a "where" right before token L refers to, or "".
func (x *extractor) relativePlace(a *sentence, L int) string {
	k := L - 1
	if k < 1 || a.words[k] != "where" {
		return ""
	}
	k--
	if a.words[k] == "," {
		k--
	}
	if k >= 0 && a.mention[k] >= 0 && x.isPlace(a.mention[k]) {
		return x.d.Mentions[a.mention[k]].Entity
	}
	return ""
}

// nextPredicate reports whether token k opens another predicate: a trigger, or "and"
// before a verb ("met Zelensky and laid flowers in Bucha").
func (x *extractor) nextPredicate(a *sentence, k int) bool {
	if a.mention[k] >= 0 || a.prefix[k] >= 0 || a.timex[k] >= 0 {
		return false
	}
	if a.is(k, classTrigger) {
		// "exchanged a few words at an Asia-Pacific gathering in Da Nang": a noun after
		// its article names the setting, not another predicate.
		return !(indefinite[a.words[k-1]] || k >= 2 && indefinite[a.words[k-2]])
	}
	if a.words[k] != "and" || k+1 >= len(a.words) {
		return false
	}
	n := k + 1
	if a.mention[n] >= 0 || a.prefix[n] >= 0 || a.timex[n] >= 0 || !isLowerWord(a.s.Tokens[n].Text) {
		return false
	}
	return !nounPhraseStarts[a.words[n]]
}

// nounPhraseStarts may follow "and" inside a list of objects or places.
var nounPhraseStarts = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "other": true, "with": true, "in": true, "at": true, "on": true,
	"then": true, "later": true, "also": true, "several": true, "two": true, "three": true}

// weakLocation returns a place the sentence puts something in outside the event's own
// clause, known places first, or "".
func (x *extractor) weakLocation(a *sentence) string {
	unknown := ""
	for k := 0; k < len(a.words); k++ {
		mi := a.mention[k]
		if mi < 0 || !x.isPlace(mi) {
			continue
		}
		m := x.d.Mentions[mi]
		k = m.Tok1 - 1
		if !x.isLocative(a, m) {
			continue
		}
		if m.Known {
			return m.Entity
		}
		unknown = pick(unknown, m.Entity)
	}
	return unknown
}

// MaxLocativeHead is how many words may stand between "in the" and the "of" before a
// place ("in the Turkish resort of Antalya").
const MaxLocativeHead = 4

// isLocative reports whether the place mention m is the object of "in", "at" or "to"
// ("in the southern city of Guangzhou" too) and not a possessor ("Moscow's forces").
func (x *extractor) isLocative(a *sentence, m coref.Mention) bool {
	if m.Demonym || m.Modifier || (m.Tok1 < len(a.words) && isPossessive(a.words[m.Tok1])) {
		return false
	}
	j := m.Ext0 - 1
	for j >= 0 && a.words[j] == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	if a.words[j] == "of" {
		for i := j - 1; i >= 1 && i >= j-MaxLocativeHead; i-- {
			if a.words[i] == "the" && (a.words[i-1] == "in" || a.words[i-1] == "at" || a.words[i-1] == "on") {
				return true
			}
			if a.mention[i] >= 0 && !x.d.Mentions[a.mention[i]].Demonym {
				return false
			}
		}
		return false
	}
	if a.words[j] == "to" {
		// "flew to Kyiv", "went on from there to Kyiv"
		for i := j - 1; i >= 0 && i >= j-MaxPresenceGap && a.mention[i] < 0 && a.timex[i] < 0; i-- {
			if motionWords[a.words[i]] {
				return true
			}
		}
		return false
	}
	return a.words[j] == "in" || a.words[j] == "at"
}

// motionWords before "to" make it give a destination: "a trip to Kyiv", "flew to Ankara".
var motionWords = map[string]bool{"trip": true, "visit": true, "visits": true, "travel": true,
	"travelled": true, "traveled": true, "travelling": true, "traveling": true, "flew": true,
	"fly": true, "went": true, "came": true, "come": true, "returned": true, "journey": true,
	"headed": true, "arrived": true, "moved": true, "back": true, "flying": true, "flies": true,
	"going": true, "goes": true, "heading": true, "travels": true, "returning": true}

// nearestTimex returns the date in the clause [L, R) nearest to the trigger at t, or
// -1. Dates that modify another noun ("the 2018 killing") are skipped.
func (x *extractor) nearestTimex(a *sentence, L, R, t int) int {
	best, bestDist := -1, 1<<30
	for k := L; k < R; k++ {
		ti := a.timex[k]
		if ti < 0 || (k > L && a.timex[k-1] == ti) {
			continue
		}
		tx := x.d.Timexes[ti]
		if tx.From == "" || (tx.Type != "DATE" && tx.Type != "TIME") || k > 0 && a.words[k-1] == "since" {
			continue // "the first visit since 2015" is not in 2015
		}
		end := k
		for end < R && a.timex[end] == ti {
			end++
		}
		if k > 0 && a.words[k-1] == "the" && end < len(a.words) && isLowerWord(a.s.Tokens[end].Text) &&
			!a.is(end, classTrigger) && !isPossessive(a.words[end]) {
			continue // "the 2018 killing"
		}
		d := t - end
		if k > t {
			d = k - t
		}
		if d < bestDist {
			best, bestDist = ti, d
		}
	}
	return best
}

// visitParticipants returns the visitors and the country visited.
func (x *extractor) visitParticipants(ids []string, loc string) []string {
	out := x.withoutPlaces(ids)
	if loc == "" {
		return out
	}
	if e := x.d.Entity(loc); e != nil && e.Kind == parley.Country {
		return dedupe(append(out, loc))
	}
	if c := x.d.CountryOf(loc); c != "" {
		return dedupe(append(out, c))
	}
	return out
}

// withoutPlaces drops places (not countries) from participants.
func (x *extractor) withoutPlaces(ids []string) []string {
	return slices.DeleteFunc(ids, func(id string) bool {
		e := x.d.Entity(id)
		return e == nil || e.Kind == parley.Place
	})
}

func objectIDs(segs []segment) []string {
	var ids []string
	for _, s := range segs {
		ids = append(ids, s.ids...)
	}
	return ids
}

// distinctSegments reports whether the segments carry different places or dates.
func distinctSegments(segs []segment) bool {
	for _, s := range segs[1:] {
		if s.timex != segs[0].timex && s.timex >= 0 || s.loc != segs[0].loc && s.loc != "" {
			return true
		}
	}
	return false
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func pickTimex(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

func dedupe(ids []string) []string {
	out := ids[:0]
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
