package events

import (
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// verbSubjects returns the subjects of the verb trigger at t: the names right before
// it, else the subject of a verb it is coordinated with ("visited X and met Y"), else
// the antecedent of a relative "who", else the sentence's subject.
func (x *extractor) verbSubjects(a *sentence, L, t int) []string {
	if ids := x.subjects(a, L, t); len(ids) > 0 {
		return ids
	}
	if ids := x.coordinatedVerbSubjects(a, t); len(ids) > 0 {
		return ids
	}
	if ids := x.relativeSubject(a, L); len(ids) > 0 {
		return ids
	}
	return x.mainSubject(a, t)
}

// subjects returns the names coordinated right before the verb at t.
func (x *extractor) subjects(a *sentence, L, t int) []string {
	k := t - 1
	for k >= L && a.is(k, classSkipBack) {
		k--
	}
	first := k // the token right before the verb, past adverbs
	var ids []string
	sawAnd, commaAnd := false, false
	for k >= L {
		w := a.words[k]
		if w == "," && k == first && len(ids) == 0 {
			if j := x.closedDescription(a, L, k); j >= 0 {
				k = j - 1 // "He and Camilla, the Queen Consort, were greeted"
				continue
			}
		}
		if w == "," && k > L && a.mention[k-1] >= 0 {
			if people, j := x.companionPhrase(a, L, k); j >= 0 {
				// "Biden, accompanied by Blinken, met": the companions take part too.
				ids = append(ids, people...)
				k = j - 1
				continue
			}
		}
		if w == "," && len(ids) > 0 {
			if j := x.descriptionBefore(a, L, k); j >= 0 {
				// "Trump and China's president, Xi Jinping, ended": skip the description.
				k = j - 1
				continue
			}
		}
		switch {
		case w == "," && len(ids) > 0 && !sawAnd:
			// "As Xi sat down with Putin, Kishida made": a list needs its "and".
			return x.notInPP(a, k, ids)
		case a.mention[k] >= 0:
			m := x.d.Mentions[a.mention[k]]
			if !participant(m) {
				if commaAnd {
					return ids // "received by Lee at the Istana, and Trump held"
				}
				if sawAnd && m.Tok1 < len(a.words) && a.words[m.Tok1] == "," && x.isPlace(a.mention[k]) && m.Ext0 > L && a.is(m.Ext0-1, classPreposition) {
					return ids // "On Saturday, in Apia, he and X signed": a fronted place phrase
				}
				return nil
			}
			ids = append(ids, m.Entity)
			k = m.Ext0 - 1
			if k > L && m.Kind == parley.Person && text.IsPossessive(a.words[k]) && a.mention[k-1] >= 0 && !x.isPerson(a.mention[k-1]) {
				k = x.d.Mentions[a.mention[k-1]].Ext0 - 1 // "Congo's X and Rwanda's Y met": the country qualifies the name
			}
			if k > L && a.words[k] == "then" && (a.words[k-1] == "and" || a.words[k-1] == ",") {
				k-- // "X and then Premier Li Keqiang gathered": a former title
			}
			continue
		case (w == "and" || w == ",") && len(ids) > 0:
			if w == "and" {
				commaAnd = !sawAnd && k > L && a.words[k-1] == ","
			}
			sawAnd = true
		case w == "," && k == t-1 && k > L && a.mention[k-1] >= 0:
			// "the two ministers, X and Y, met": an appositive ends at the verb.
		case a.is(k, classPronoun):
			if id := x.pronoun(a, k); id != "" {
				ids = append(ids, id)
			}
		case (w == "of" || w == "from") && k > L && len(ids) > 0 && a.is(k-1, classGroupNoun):
			// "the leaders of Japan and South Korea met"
			return x.groupOf(ids, a.words[k-1])
		case w == "of" && k > L && len(ids) > 0 && a.mention[k-1] >= 0 && x.isPerson(a.mention[k-1]) && x.isCountry(ids[len(ids)-1]):
			// "Prime Minister Narendra Modi of India and ... met": the country qualifies him.
			ids = ids[:len(ids)-1]
		default:
			if n := pluralAt(a.words, k); n > 0 {
				ids = append(ids, x.lastPeople(a, k-n+1, a.words[k-n+1:k+1])...)
				k -= n
				continue
			}
			if group, first := x.demonymGroup(a, k); group != nil {
				ids = append(ids, group...)
				k = first - 1
				continue
			}
			if commaAnd {
				return ids
			}
			return x.subordinate(a, k, ids)
		}
		k--
	}
	return x.subordinate(a, k, ids)
}

// closedDescription returns the comma opening a description that the comma at k
// closes, right after a person's name: one opened by a determiner, of at most
// MaxAppositiveWords words naming no one ("Camilla, the Queen Consort,"). Else -1.
func (x *extractor) closedDescription(a *sentence, L, k int) int {
	j := k - 1
	for j > L && k-j <= MaxAppositiveWords && a.mention[j] < 0 && a.prefix[j] < 0 && a.timex[j] < 0 &&
		a.words[j] != "," && a.words[j] != "and" && !isBreak(a, j) && !a.is(j, classTrigger) {
		j--
	}
	if j <= L || j+1 >= k || a.words[j] != "," || a.mention[j-1] < 0 || !x.isPerson(a.mention[j-1]) {
		return -1
	}
	if w := a.words[j+1]; w != "the" && !indefinite[w] && !possessiveDeterminers[w] {
		return -1
	}
	return j
}

// descriptionBefore returns the first token of a description that a comma at k closes
// and that a name after it stands in apposition to: a possessive ("China's president,")
// or a definite one ("the Swiss president,"), opening the clause at L or coordinated
// after "and" or a comma. Else -1.
func (x *extractor) descriptionBefore(a *sentence, L, k int) int {
	j := k - 1
	for j >= L && k-j <= MaxAppositiveWords {
		if mi := a.mention[j]; mi >= 0 && !x.isPerson(mi) && x.d.Mentions[mi].Ext0 > L && a.words[x.d.Mentions[mi].Ext0-1] != "and" {
			j = x.d.Mentions[mi].Ext0 - 1 // "the commander of the FARC rebels,": a body or country inside
			continue
		}
		if !isLowerWord(a.s.Tokens[j].Text) || a.mention[j] >= 0 || a.prefix[j] >= 0 || a.timex[j] >= 0 ||
			isBreak(a, j) || a.is(j, classTrigger|classLightVerb) || a.words[j] == "and" {
			break
		}
		j--
	}
	if j == k-1 || j < L {
		return -1
	}
	if !descriptionDeterminers[a.words[j]] && descriptionDeterminers[a.words[j+1]] {
		j++ // the word before the description: "X and the commander of the FARC rebels,"
	}
	start := -1
	switch {
	case descriptionDeterminers[a.words[j]]:
		start = j
	case text.IsPossessive(a.words[j]) && j > L && a.mention[j-1] >= 0:
		start = x.d.Mentions[a.mention[j-1]].Ext0
	default:
		return -1
	}
	if start == L || a.words[start-1] == "and" || a.words[start-1] == "," {
		return start
	}
	return -1
}

// descriptionDeterminers open a description a name may stand in apposition to ("the
// Swiss president,", "her Rwandan counterpart,").
var descriptionDeterminers = map[string]bool{"the": true, "his": true, "her": true, "their": true}

// subordinators open a clause whose subject follows them ("after Witkoff held talks").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true}

// subordinate returns the subjects ids found before a verb unless they are the object of
// a preposition; a word that can also open a clause ("after", "since") does not count as
// a preposition there.
func (x *extractor) subordinate(a *sentence, k int, ids []string) []string {
	if k >= 0 && subordinators[a.words[k]] {
		return ids
	}
	return x.notInPP(a, k, ids)
}

// groupOf returns the countries (and bodies) ids with the people who stand for each
// country in a group named by noun ("leaders of", "delegations from").
func (x *extractor) groupOf(ids []string, noun string) []string {
	out := slices.Clone(ids)
	for _, id := range ids {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Country {
			if p := x.standFor(id, noun); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// coordinatedVerbSubjects returns the subjects of the verb told earlier in the sentence
// when only "and" and its objects separate the two ("met X in Y and hosted Z").
func (x *extractor) coordinatedVerbSubjects(a *sentence, t int) []string {
	prev := x.last
	if prev.sent != a.idx || prev.end >= t || len(prev.subj) == 0 || prev.ev == nil || prev.ev.Type == parley.Statement {
		return nil
	}
	k := t - 1
	for k > prev.end && a.is(k, classSkipBack) {
		k--
	}
	if a.words[k] != "and" {
		return nil
	}
	for j := prev.end; j < k; j++ {
		if a.is(j, classPronoun|classSubjectPronoun) || a.words[j] == "who" {
			return nil
		}
	}
	return prev.subj
}

// relativeSubject returns the person a relative "who" opening the clause at L refers
// to: the name right before it ("Xi Jinping, who visited").
func (x *extractor) relativeSubject(a *sentence, L int) []string {
	k := L - 1
	if k < 1 || a.words[k] != "who" {
		return nil
	}
	k--
	if a.words[k] == "," {
		k--
	}
	if k >= 0 && a.mention[k] >= 0 {
		if m := x.d.Mentions[a.mention[k]]; participant(m) && m.Kind == parley.Person {
			return []string{m.Entity}
		}
	}
	return nil
}

// notInPP returns ids unless the group ending before token k+1 is the object of a
// preposition.
func (x *extractor) notInPP(a *sentence, k int, ids []string) []string {
	if inPP(a, k) {
		return nil
	}
	return ids
}

// inPP reports whether the group ending before token k+1 is the object of a
// preposition.
func inPP(a *sentence, k int) bool {
	for k >= 0 && (a.words[k] == "the" || a.words[k] == ",") {
		k--
	}
	return k >= 0 && a.is(k, classPreposition)
}

// mainSubject returns the subject of the sentence before token t: its first name or
// pronoun that is not the object of a preposition or a possessive.
func (x *extractor) mainSubject(a *sentence, t int) []string { return x.appendMainSubject(nil, a, t) }

// appendMainSubject appends mainSubject(a, t) to ids and returns it.
func (x *extractor) appendMainSubject(ids []string, a *sentence, t int) []string {
	k0 := 0
	if a.idx == 0 && x.datelineEnd < t {
		k0 = x.datelineEnd // "PANMUNJOM, South Korea — Kim ...": the dateline is no subject
	}
	for k := k0; k < t; k++ {
		if mi := a.mention[k]; mi >= 0 {
			m := x.d.Mentions[mi]
			end := m.Tok1
			k = end - 1
			if !participant(m) || (end < len(a.words) && text.IsPossessive(a.words[end])) {
				continue
			}
			if !inPP(a, m.Ext0-1) {
				return x.coordinated(a, k+1, t, append(ids, m.Entity))
			}
			continue
		}
		if a.is(k, classPronoun) {
			if id := x.pronoun(a, k); id != "" {
				return append(ids, id)
			}
		}
		if !a.is(k, classPluralAnaphor) {
			continue
		}
		if n := pluralFrom(a.words, k); n > 0 {
			return append(ids, x.lastPeople(a, k, a.words[k:k+n])...)
		}
	}
	return ids
}

// scratchSubject returns mainSubject(a, t) in scratch memory, valid until its next call.
func (x *extractor) scratchSubject(a *sentence, t int) []string {
	x.subjectBuf = x.appendMainSubject(x.subjectBuf[:0], a, t)
	return x.subjectBuf
}

// coordinated extends ids with the names coordinated after token k ("Biden and Putin"),
// up to t.
func (x *extractor) coordinated(a *sentence, k, t int, ids []string) []string {
	for k+1 < t && (a.words[k] == "and" || a.words[k] == ",") {
		j := k + 1
		if !x.startsName(a, j) {
			if j = x.appositiveName(a, j, t); j < 0 {
				break // "X and his Irish counterpart, Y, said": the name after the description
			}
		}
		for j < t && a.mention[j] >= 0 && x.d.Mentions[a.mention[j]].Modifier {
			j = x.d.Mentions[a.mention[j]].Tok1 // "and Chinese leader Xi Jinping"
		}
		if j >= t {
			break
		}
		mi := a.nameAt(j)
		if mi < 0 {
			break
		}
		m := x.d.Mentions[mi]
		if !participant(m) || m.Tok1 < len(a.words) && text.IsPossessive(a.words[m.Tok1]) {
			break // "Kushner, President Donald Trump's son-in-law, who visited": a determiner
		}
		ids = append(ids, m.Entity)
		k = m.Tok1
	}
	return ids
}

// appositiveName returns the token starting the name that a description opened by a
// possessive determiner at k stands before ("and his Irish counterpart, Leo Varadkar,
// said"): at most MaxAppositiveWords words naming no person, a comma, a name
// closed by a comma or t. Else -1.
func (x *extractor) appositiveName(a *sentence, k, t int) int {
	if w := a.words[k]; w != "his" && w != "her" && w != "their" {
		return -1
	}
	j := k + 1
	for j < t && j-k <= MaxAppositiveWords && a.words[j] != "," {
		if mi := a.mention[j]; mi >= 0 && x.isPerson(mi) || a.prefix[j] >= 0 || a.timex[j] >= 0 ||
			isBreak(a, j) || a.is(j, classTrigger|classLightVerb) || a.words[j] == "and" {
			return -1
		}
		j++
	}
	if j == k+1 || j+1 >= t || a.words[j] != "," || !x.startsName(a, j+1) {
		return -1
	}
	mi := a.nameAt(j + 1)
	if mi < 0 || !x.isPerson(mi) {
		return -1
	}
	if e := x.d.Mentions[mi].Tok1; e < t && a.words[e] != "," {
		return -1
	}
	return j + 1
}
