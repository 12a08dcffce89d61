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
		if a.timex[j] < 0 && a.words[j] != "," && a.words[j] != "on" && a.words[j] != "in" && (a.mention[j] < 0 || !x.isPlace(a.mention[j])) {
			return nil // "In Moscow on October 10, after talks ..., X and Y agreed"
		}
	}
	for j := k; j+1 < len(a.words); j++ {
		if a.words[j] == "," && a.words[j+1] == "the" {
			if ids := x.describedSubjects(a, j+1); len(ids) > 1 {
				return ids // "after talks ..., the foreign ministers of A and B, X and Y, agreed"
			}
		}
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
		if ids, end := x.coordinatedNames(a, j+1); len(ids) > 1 && opensClause(a, end) {
			return ids // "After talks in Moscow, X and Y agreed"
		}
	}
	return nil
}

// MaxDescription is how many tokens a description set before the names it describes
// ("the foreign ministers of Armenia and Azerbaijan, X and Y") may have.
const MaxDescription = 10

// describedSubjects returns the people named in apposition after a description that
// starts at token k and ends at a comma, when a comma and a verb follow them ("the
// foreign ministers of A and B, X and Y, agreed"); else nil.
func (x *extractor) describedSubjects(a *sentence, k int) []string {
	for c := k + 1; c < len(a.words) && c-k <= MaxDescription; c++ {
		if a.words[c] != "," || a.mention[c] >= 0 {
			if isBreak(a, c) || a.is(c, classTrigger) {
				return nil
			}
			continue
		}
		ids, end := x.coordinatedNames(a, c+1)
		if end+1 < len(a.words) && a.words[end] == "," && opensClause(a, end+1) {
			return x.people(ids)
		}
		return nil
	}
	return nil
}

// coordinatedNames returns the participants named in a list from token k ("X, Y and
// Z"), titles and all, and the token after it.
func (x *extractor) coordinatedNames(a *sentence, k int) ([]string, int) {
	var ids []string
	for k < len(a.words) {
		mi := a.nameAt(k)
		if mi < 0 {
			break
		}
		m := x.d.Mentions[mi]
		k = max(m.Tok1, k+1)
		if m.Modifier {
			continue
		}
		if !participant(m) {
			return nil, k
		}
		ids = append(ids, m.Entity)
		if k+1 < len(a.words) && (a.words[k] == "and" || a.words[k] == ",") && a.nameAt(k+1) >= 0 {
			k++
			continue
		}
		if k+2 < len(a.words) && a.words[k] == "," && a.words[k+1] == "and" && a.nameAt(k+2) >= 0 {
			k += 2
			continue
		}
		break
	}
	return ids, k
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

// betweenOneAndBoth returns the person named first after "between" in tokens [k, R) when
// "and both" follows the name ("calls between X and both Y and Z"): the one who had a
// contact with each of the others. Else "".
func (x *extractor) betweenOneAndBoth(a *sentence, k, R int) string {
	for ; k+1 < R; k++ {
		if a.words[k] != "between" {
			continue
		}
		mi := a.mention[k+1]
		if mi < 0 || !x.isPerson(mi) {
			return ""
		}
		m := x.d.Mentions[mi]
		if m.Tok1+1 < R && a.words[m.Tok1] == "and" && a.words[m.Tok1+1] == "both" {
			return m.Entity
		}
		return ""
	}
	return ""
}
