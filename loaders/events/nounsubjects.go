package events

import (
	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// nounSubjects returns the participants a noun trigger at t names before it: a
// possessive ("Trump's first meeting"), else the subject of its light verb ("held
// talks"), else for an indefinite noun the sentence's subject.
func (x *extractor) nounSubjects(a *sentence, L, t int, definite bool) []string {
	for k := t - 1; k >= L && k >= t-4; k-- {
		if (a.words[k] == "his" || a.words[k] == "her") && x.pronoun(a, k) != "" {
			return []string{x.pronoun(a, k)}
		}
		if text.IsPossessive(a.words[k]) && k > 0 && a.mention[k-1] >= 0 {
			m := x.d.Mentions[a.mention[k-1]]
			if participant(m) {
				return []string{m.Entity}
			}
			return nil
		}
	}
	if lv := x.lightVerb(a, L, t); lv >= 0 {
		if ids := x.subjects(a, L, lv); len(ids) > 0 {
			return ids
		}
		return x.mainSubject(a, lv)
	}
	if definite {
		return nil
	}
	return x.mainSubject(a, t)
}

// MaxLightVerbDistance is how many tokens before a noun trigger its light verb may be
// ("joined Modi and the president of the United Arab Emirates, Mohammed bin Zayed, in a
// virtual summit").
const MaxLightVerbDistance = 24

// lightVerb returns the token of the light verb governing the noun trigger at t, or -1.
func (x *extractor) lightVerb(a *sentence, L, t int) int {
	for k := t - 1; k >= L && k >= t-MaxLightVerbDistance; k-- {
		if a.is(k, classLightVerb) {
			return k
		}
		if a.mention[k] < 0 && (a.is(k, classTrigger) || a.words[k] == ";") {
			return -1
		}
	}
	return -1
}

// frontingWords open a phrase before the main clause whose subject takes part in the
// event the phrase names ("After a meeting with X, Erdoğan agreed").
var frontingWords = map[string]bool{"after": true, "following": true, "during": true, "at": true}

// frontedSubject returns the subject of the main clause when the noun trigger ending
// before k lies in a phrase fronted to the sentence start (after a date at most): the
// name after the comma that closes the phrase, followed by its verb. Else nil.
func (x *extractor) frontedSubject(a *sentence, L, k int) []string {
	if L == 0 || !frontingWords[a.words[L-1]] {
		return nil
	}
	for j := 0; j < L-1; j++ {
		if a.timex[j] < 0 && a.words[j] != "," && a.words[j] != "on" {
			return nil
		}
	}
	for j := k; j+1 < len(a.words); j++ {
		if a.words[j] != "," || !x.startsName(a, j+1) {
			continue
		}
		mi := a.nameAt(j + 1)
		for mi >= 0 && x.d.Mentions[mi].Modifier {
			next := x.d.Mentions[mi].Tok1
			mi = -1
			if next < len(a.words) {
				mi = max(a.mention[next], a.prefix[next])
			}
		}
		if mi < 0 {
			return nil
		}
		m := x.d.Mentions[mi]
		if participant(m) && opensClause(a, m.Tok1) {
			return []string{m.Entity}
		}
	}
	return nil
}

// bodyOf returns the organization named by "of" right after a noun trigger ending
// before k ("a session of the NATO-Russia Council"), or "".
func (x *extractor) bodyOf(a *sentence, k, R int) string {
	if k+1 >= R || a.words[k] != "of" {
		return ""
	}
	k++
	for k < R && (a.words[k] == "the" || a.words[k] == "a" || a.words[k] == "new") {
		k++
	}
	if k < R && a.mention[k] >= 0 {
		if m := x.d.Mentions[a.mention[k]]; m.Kind == parley.Organization && !m.Modifier {
			return m.Entity
		}
	}
	return ""
}

// reciprocal reports whether the objects of a noun trigger ending before k are
// introduced by "between" or "among".
func reciprocal(a *sentence, k, R int) bool {
	for ; k < R; k++ {
		switch a.words[k] {
		case "between", "among":
			return true
		case "with":
			return false
		}
	}
	return false
}
