package events

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// pronoun returns the person the pronoun at token k refers to, agreeing in gender: a
// subject pronoun or possessive ("he", "his") prefers the last person before it in the
// sentence who is the subject of a verb, then the most salient person of the discourse,
// then any person named before it in the sentence outside a prepositional phrase; an
// object pronoun ("him") prefers a person who is not a subject, since the subject of its
// own clause would be "himself", then the nearest person named before it in the
// sentence, even in a prepositional phrase, when that is not the subject ("Niinistö, who
// kept up a channel to Putin, hosted him").
func (x *extractor) pronoun(a *sentence, k int) string {
	g := pronounGender(a.words[k])
	object := a.words[k] == "him"
	var subject, other, inner string
	for j := k - 1; j >= 0 && subject == ""; j-- {
		if mi := a.mention[j]; mi >= 0 {
			m := x.d.Mentions[mi]
			if object && inner == "" && m.Kind == parley.Person && participant(m) && x.agrees(m.Entity, g) && m.Entity != "" {
				inner = m.Entity
			}
			if m.Kind == parley.Person && participant(m) && !inPP(a, m.Ext0-1) && x.agrees(m.Entity, g) {
				if m.Ext0 > 0 && a.words[m.Ext0-1] == "whom" {
					// "Johnson, whom Sunak served as finance minister, travelled ..., when he":
					// the subject of a relative aside is not the sentence's.
					other = cmp.Or(other, m.Entity)
				} else if subjectPosition(a, m.Tok1) || x.opensSentence(a, m.Ext0) {
					subject = m.Entity
				} else if other == "" {
					other = m.Entity
				}
			}
			j = m.Ext0
			continue
		}
		if g != anyGender && a.is(j, classSubjectPronoun) && pronounGender(a.words[j]) == g && subjectPosition(a, j+1) {
			subject = x.pronoun(a, j) // "when he met X, on his first trip"
		}
	}
	if object {
		subject, other = other, subject
		if inner != other && inner != subject {
			subject = cmp.Or(subject, inner) // "Niinistö, who kept a channel to Putin, hosted him"
		}
	}
	return cmp.Or(subject, cmp.Or(x.salientFor(g), other))
}

// opensSentence reports whether the name starting at token k is the first thing the
// sentence names, after at most fronted places, dates and punctuation ("Scholz, for his
// part, was", "In Moscow on Monday, Putin held").
func (x *extractor) opensSentence(a *sentence, k int) bool {
	for j := 0; j < k; j++ {
		if a.idx == 0 && j < x.datelineEnd {
			continue
		}
		switch {
		case a.mention[j] >= 0:
			if !x.isPlace(a.mention[j]) {
				return false
			}
		case a.timex[j] >= 0, a.words[j] == ",", a.words[j] == "the", a.is(j, classPreposition):
		default:
			return false
		}
	}
	return true
}

// subjectPosition reports whether the name or pronoun ending before token k is followed
// by its verb, past adverbs and auxiliaries ("Trump had spent", "he also took").
func subjectPosition(a *sentence, k int) bool {
	for k < len(a.words) && a.is(k, classSkipBack) && !passiveAux[a.words[k]] && a.words[k] != "to" {
		k++
	}
	if k < len(a.words) && passiveAux[a.words[k]] {
		return true
	}
	return opensClause(a, k)
}

// MaxSalient is how many recent sentence subjects are kept for pronouns to refer to.
const MaxSalient = 4

// salientFor returns the most recent sentence subject agreeing with gender g, or "".
func (x *extractor) salientFor(g gender) string {
	for i := len(x.salient) - 1; i >= 0; i-- {
		if x.agrees(x.salient[i], g) {
			return x.salient[i]
		}
	}
	return ""
}

// updateSalience makes the subject of the sentence the person "he" or "she" refers to
// next.
func (x *extractor) updateSalience(a *sentence) {
	subj := x.scratchSubject(a, len(a.words))
	x.notePair(a)
	if x.countPeople(subj) >= 2 {
		x.group = namedGroup{ids: x.appendPeople(x.group.ids[:0], subj), sent: a.idx}
	}
	if x.countPeople(subj) == 0 {
		if id := x.possessorSubject(a); id != "" {
			subj = append(subj, id) // "Pompeo's schedule was rewritten. He had been expected"
		}
	}
	for _, id := range subj {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
			x.salient = slices.DeleteFunc(x.salient, func(s string) bool { return s == id })
			if len(x.salient) == MaxSalient {
				x.salient = append(x.salient[:0], x.salient[1:]...)
			}
			x.salient = append(x.salient, id)
			return
		}
	}
}

// possessorSubject returns the person whose possessive opens the sentence ("Pompeo's
// schedule was rewritten"): the story is about them, so "he" next refers to them. Else "".
func (x *extractor) possessorSubject(a *sentence) string {
	mi := a.mention[0]
	if mi < 0 {
		return ""
	}
	m := x.d.Mentions[mi]
	if m.Kind != parley.Person || !participant(m) || m.Tok1 >= len(a.words) || !text.IsPossessive(a.words[m.Tok1]) {
		return ""
	}
	return m.Entity
}

// notePair keeps the last two people a sentence coordinates ("expected Presidents X
// and Y to come"), whatever their place in it, for "the two presidents" to refer to.
func (x *extractor) notePair(a *sentence) {
	for j := 0; j < len(a.words); j++ {
		mi := a.mention[j]
		if mi < 0 {
			continue
		}
		m := x.d.Mentions[mi]
		j = max(j, m.Tok1-1)
		e := m.Tok1
		if m.Kind != parley.Person || e+1 >= len(a.words) || a.words[e] != "and" || a.mention[e+1] < 0 {
			continue
		}
		if n := x.d.Mentions[a.mention[e+1]]; n.Kind == parley.Person && n.Entity != m.Entity {
			x.pair = namedGroup{ids: append(x.pair.ids[:0], m.Entity, n.Entity), sent: a.idx}
		}
	}
}

// pluralAt returns the length of a plural anaphor ("the two leaders") ending at token k,
// or 0.
func pluralAt(words []string, k int) int {
	for _, p := range pluralAnaphors.cues {
		n := len(p)
		if k-n+1 >= 0 && hasWords(words, k-n+1, p) {
			return n
		}
	}
	return 0
}

// pluralFrom returns the length of a plural anaphor starting at token k, or 0. The
// anaphor must not be the determiner of a longer noun phrase ("the two countries'
// ministers").
func pluralFrom(words []string, k int) int {
	for _, p := range pluralAnaphors.cues {
		if words[k] == p[0] && hasWords(words, k, p) && endsNounPhrase(words, k+len(p)) {
			return len(p)
		}
	}
	return 0
}

// endsNounPhrase reports whether a noun phrase may end before token k: the sentence
// ends, or punctuation, an adverb or a verb follows rather than a noun or possessive.
func endsNounPhrase(words []string, k int) bool {
	if k >= len(words) {
		return true
	}
	w := words[k]
	if text.IsPossessive(w) || !isLowerWord(w) {
		return isPunct(w)
	}
	return !commonNouns[w]
}

// lastPeople returns the people the plural anaphor words at token k refers to: those of
// the last contact told that occurred and had two or more of them, exactly as many as
// the anaphor counts if one did, all fitting its noun ("the two presidents" are not a
// president and a prime minister), and including the person named earlier in the
// sentence if there is one ("Biden proposed the meeting when the two spoke"). A contact
// told earlier in the same sentence, or with as many people as a counted anaphor in the
// sentence just before, wins over one of the discourse's subjects ("he sat with Biden,
// and the two men telephoned Andersson"; "Kerry met Zarif. The two spoke privately").
func (x *extractor) lastPeople(a *sentence, k int, words []string) []string {
	n, noun := pluralCount(words), words[len(words)-1]
	if n == 0 {
		if ids := x.delegationLeader(a, k); len(ids) > 0 {
			return ids
		}
	}
	if len(words) == 1 && k > 0 && a.words[k-1] == "where" {
		if subj := x.people(x.mainSubject(a, k)); len(subj) >= 2 {
			return subj // "X and Y flew to Kyiv to see Z and went on to Moscow, where they spent"
		}
	}
	named := x.namedBefore(a, k)
	if g := x.group; n == 0 && len(words) == 1 && len(g.ids) >= 2 && g.sent == a.idx-1 && named == "" {
		return slices.Clone(g.ids) // "The two presidents have met once. In March they held talks"
	}
	var fallback, salientMiss []string
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if !ev.Type.IsContact() || ev.negated || ev.Status != parley.Occurred {
			continue
		}
		// people is scratch: what is kept or returned is a copy.
		people := x.appendPeople(x.peopleBuf[:0], ev.Participants)
		x.peopleBuf = people
		if len(people) < 2 || !x.allFit(people, noun) || named != "" && !slices.Contains(people, named) {
			continue
		}
		if n == 0 || len(people) == n {
			// A counted anaphor right after the contact with as many people is theirs
			// ("Kerry met Zarif ... . The two spoke privately"), subjects or not.
			if subset(people, x.salient) || salientMiss != nil || ev.sent == a.idx || n > 0 && ev.sent == a.idx-1 {
				return slices.Clone(people)
			}
			salientMiss = slices.Clone(people) // a later event whose people are the discourse's subjects wins
			continue
		}
		if fallback == nil {
			fallback = slices.Clone(people)
			if n > 0 && n < len(people) {
				fallback = fallback[:n] // the first named, its subjects: "the two men"
			}
		}
	}
	got := salientMiss
	if got == nil {
		got = fallback
	}
	if got == nil && n == 2 && named != "" && (x.group.ids == nil || x.group.sent < a.idx-GroupWindow) {
		// "X landed on Sunday. Y was waiting on the tarmac and the two men embraced": the
		// person named in the sentence and the discourse's subject.
		for i := len(x.salient) - 1; i >= 0; i-- {
			if s := x.salient[i]; s != named && x.allFit([]string{s, named}, noun) {
				return []string{s, named}
			}
		}
	}
	if g := x.group; len(g.ids) >= 2 && g.sent >= a.idx-GroupWindow && (n == 0 && got == nil || n > 0 && len(g.ids) == n && len(got) != n) &&
		x.allFit(g.ids, noun) && (named == "" || slices.Contains(g.ids, named)) {
		return slices.Clone(g.ids) // "X, Y, Z and W arrived by train. The four laid wreaths"
	}
	if p := x.pair; got == nil && n == 2 && len(p.ids) == 2 && p.sent >= a.idx-GroupWindow && p.sent < a.idx &&
		x.allFit(p.ids, noun) && (named == "" || slices.Contains(p.ids, named)) {
		return slices.Clone(p.ids) // "Trump expects Presidents X and Y to come. The two presidents have met"
	}
	return got
}

// delegationLeader returns the person who led the delegation an unnumbered plural
// anaphor at k refers to ("he led a delegation of African leaders to St Petersburg,
// where they met Putin"): the subject of the lead verb earlier in the sentence. Else nil.
func (x *extractor) delegationLeader(a *sentence, k int) []string {
	for j := k - 2; j >= 1; j-- {
		if !a.is(j, classLeadVerb) || !(delegationNouns[a.words[j+1]] || j+2 < k && delegationNouns[a.words[j+2]]) {
			continue
		}
		L, _ := clauseBounds(a, j, j+1)
		return x.people(x.subjects(a, L, j))
	}
	return nil
}

// namedBefore returns the first person named in the sentence before token k outside a
// prepositional phrase, or "".
func (x *extractor) namedBefore(a *sentence, k int) string {
	for j := 0; j < k; j++ {
		if mi := a.mention[j]; mi >= 0 {
			m := x.d.Mentions[mi]
			if m.Kind == parley.Person && participant(m) && !inPP(a, m.Ext0-1) {
				return m.Entity
			}
			j = m.Tok1 - 1
		}
	}
	return ""
}

// allFit reports whether every one of people fits the noun of a plural anaphor: a
// president for "presidents", a minister for "ministers", a man for "men", a woman for
// "women". A person whose roles or gender are unknown fits.
func (x *extractor) allFit(people []string, noun string) bool {
	for _, id := range people {
		switch noun {
		case "men":
			if !x.agrees(id, male) {
				return false
			}
		case "women":
			if !x.agrees(id, female) {
				return false
			}
		case "presidents", "ministers":
			if !x.holds(id, strings.TrimSuffix(noun, "s")) {
				return false
			}
		}
	}
	return true
}

// holds reports whether person id has a role whose title includes title, or no known
// role at all.
func (x *extractor) holds(id, title string) bool {
	e := x.d.Entity(id)
	if e == nil || len(e.Roles) == 0 {
		return true
	}
	for _, r := range e.Roles {
		if strings.Contains(strings.ToLower(r.Title), title) {
			return true
		}
	}
	return false
}

// pluralCount returns how many people a plural anaphor counts ("the three leaders" 3,
// "both men" 2), or 0 if it does not say.
func pluralCount(words []string) int {
	for _, w := range words {
		switch w {
		case "two", "both", "pair":
			return 2
		case "three":
			return 3
		case "four":
			return 4
		case "five":
			return 5
		}
	}
	return 0
}
