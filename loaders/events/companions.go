package events

import "github.com/parleyhq/parley/loaders/text"

// companionVerbs add people to an event someone already takes part in: "Trump was
// joined by Rubio and Witkoff, and Putin by Lavrov", "a meeting chaired by Stoltenberg".
var companionVerbs = map[string]bool{"joined": true, "accompanied": true, "flanked": true,
	"chaired": true, "co-chaired": true, "attended": true, "mediated": true, "moderated": true}

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
		} else if aux := auxBefore(a, k); passiveAux[a.words[aux]] {
			ev = x.contactOf(x.subjects(a, 0, k), a.idx)
			if prev := x.last; ev == nil && prev.ev != nil && prev.sent == a.idx && prev.end == aux && prev.ev.Type.IsContact() {
				ev = prev.ev // "the talks were mediated by X": the event the noun told
			}
		} else if prev := x.last; prev.ev != nil && prev.sent == a.idx && prev.end <= k && prev.ev.Type.IsContact() {
			ev = prev.ev
		}
		_, R := clauseBounds(a, k, by+1)
		if ev == nil || ev.negated || kinBefore(a, by+1, R) {
			continue
		}
		ids := x.objectPeople(a, by+1, R)
		if agents := x.agentPeople(a, by+1, R); len(agents) > len(ids) {
			ids = agents
		}
		x.extend(ev, a, ids)
	}
}

// MaxPassiveGap is how many tokens of a place or date phrase may stand between a
// passive verb trigger and its "by" ("was signed in the South African capital by").
const MaxPassiveGap = 8

// passiveBy returns the token of the "by" bringing the agents of the passive verb
// trigger [t, end) ("was signed ... by", "were received by"), within MaxPassiveGap
// tokens of it and before R, past no person, trigger or comma; else -1.
func (x *extractor) passiveBy(a *sentence, t, end, R int) int {
	if t == 0 || !passiveAux[a.words[auxBefore(a, t)]] {
		return -1
	}
	for j := end; j < R && j-end <= MaxPassiveGap; j++ {
		switch {
		case a.words[j] == "by" && a.mention[j] < 0:
			return j
		case a.mention[j] >= 0 && x.isPerson(a.mention[j]), a.prefix[j] >= 0 && x.isPerson(a.prefix[j]):
			return -1
		case a.is(j, classTrigger), a.words[j] == ",":
			return -1
		}
	}
	return -1
}

// agentPeople returns the people of a passive's agent phrase from token k up to R ("by
// X, national security adviser to Y, and Z, alongside W"): every person it names but
// one a preposition ties to a description ("adviser to Y") or a possessor ("Y's
// envoy"), up to the next trigger or a "rather than" or "not" that sets others apart.
func (x *extractor) agentPeople(a *sentence, k, R int) []string {
	var ids []string
	for k < R && !a.is(k, classTrigger) {
		if k+1 < R && a.words[k] == "rather" && a.words[k+1] == "than" || a.words[k] == "not" {
			break // "by X rather than by Castro himself": who was not there
		}
		mi := a.nameAt(k)
		if mi < 0 {
			k++
			continue
		}
		m := x.d.Mentions[mi]
		end := max(m.Tok1, k+1)
		if m.Ext0 > 1 && (a.words[m.Ext0-1] == "," || a.words[m.Ext0-1] == "and" && a.words[m.Ext0-2] == ",") && opensClause(a, end) {
			break // "by Lee, at the Istana, and Trump held talks": a new subject
		}
		tied := m.Ext0 > 0 && a.is(m.Ext0-1, classPreposition) && !comitative[a.words[m.Ext0-1]]
		if x.isPerson(mi) && !m.Demonym && !m.Modifier && !tied && !(end < R && text.IsPossessive(a.words[end])) {
			ids = append(ids, m.Entity)
		}
		k = end
	}
	return ids
}

// comitative prepositions bring more agents rather than a description ("mediated by
// X, alongside Y").
var comitative = map[string]bool{"alongside": true, "with": true, "beside": true, "including": true}

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
			return x.objectPeople(a, j+1, k), j - 2
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
