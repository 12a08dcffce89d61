package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
)

// segment is one group of objects with the place and date attached to it ("met X in
// Kyiv on Wednesday and Y in Berlin on Thursday" has two).
type segment struct {
	ids   []string
	loc   string
	timex int // index into Doc.Timexes, or -1
}

// clause builds the event of the trigger at tokens [t, end); it reports whether it
// added or extended an event.
func (x *extractor) clause(a *sentence, tr trigger, t, end int) bool {
	L, R := clauseBounds(a, t, end)
	back := x.definiteBefore(a, L, t)
	if ev := x.sameClauseEvent(a, tr, L, t); ev != nil {
		// "met X at the palace in a three-way meeting hosted by Y": one event.
		for _, sg := range x.objects(a, end, R, tr.noun) {
			ev.Participants = dedupe(append(ev.Participants, x.withoutPlaces(sg.ids)...))
		}
		x.last = lastTrigger{ev: ev, sent: a.idx, end: end}
		return true
	}
	var subj []string
	if org := x.bodyOf(a, end, R); tr.noun && org != "" {
		subj = []string{org} // "a session of the NATO-Russia Council"
	} else if tr.noun {
		subj = x.nounSubjects(a, L, t, back)
	} else {
		subj = x.verbSubjects(a, L, t)
	}
	segs := x.objects(a, end, R, tr.noun)
	if tr.noun && len(subj) == 0 {
		subj = x.frontedSubject(a, L, end)
	}
	if tr.noun && len(segs) > 0 && reciprocal(a, end, R) {
		subj = nil // "a meeting between X and Y" names all who take part
	}
	if tr.noun {
		if lv := x.lightVerb(a, L, t); lv >= 0 && a.is(lv, classJoinVerb) {
			segs = append(x.objects(a, lv+1, t, false), segs...)
		}
	}
	if tr.noun && back && len(objectIDs(segs)) == 0 {
		return x.corefer(a, L, R, t, tr.typ)
	}
	status, negated := x.status(a, L, R, t, tr)
	base := event{sent: a.idx, lastSent: a.idx, noun: tr.noun}
	base.Type, base.Status, base.negated = tr.typ, status, negated
	if tr.typ == parley.Call && !hasPhone(a) && (a.words[t] == "spoke" || a.words[t] == "talked" || a.words[t] == "conversation") {
		base.Type = parley.Meeting
	}
	loc := x.location(a, L, R, t)
	if tr.typ == parley.Visit && !tr.noun && end < R && a.mention[end] >= 0 && x.isPlace(a.mention[end]) {
		loc = x.d.Mentions[a.mention[end]].Entity // "visited Paris"
	}
	if loc == "" && !tr.noun && x.coordinatedVerbSubjects(a, t) != nil {
		loc = x.last.ev.Location // "visited Paris and met Macron"
	}
	ti := x.nearestTimex(a, L, R, t)
	if ti < 0 && L > 0 && dependentOpeners[a.words[L-1]] {
		ti = x.nearestTimex(a, 0, L, L)
	}
	if ti < 0 && L > 0 && a.words[L-1] == "," && a.words[L] == "and" && x.coordinatedVerb(a, L+1, t) {
		ti = x.nearestTimex(a, 0, L-1, L-1) // "stepped across the line on Friday, ..., and shook hands with"
	}
	if len(segs) > 1 && distinctSegments(segs) {
		for _, sg := range segs {
			ev := base
			x.fill(&ev, a, subj, sg.ids, pick(sg.loc, loc), pickTimex(sg.timex, ti))
			x.last = lastTrigger{ev: x.add(ev), sent: a.idx, end: end, subj: subj}
		}
		return true
	}
	ev := base
	ids := objectIDs(segs)
	if len(segs) == 1 {
		loc, ti = pick(segs[0].loc, loc), pickTimex(segs[0].timex, ti)
	}
	x.fill(&ev, a, subj, ids, loc, ti)
	x.last = lastTrigger{ev: x.add(ev), sent: a.idx, end: end, subj: subj}
	if a.words[t] == "signed" && ev.Type != parley.Agreement {
		// "X signed the accord with Y": they met, and they are parties to an agreement.
		deal := ev
		deal.Type, deal.Sources = parley.Agreement, slices.Clone(ev.Sources)
		x.events = append(x.events, &deal)
	}
	return true
}

// coordinatedVerb reports whether the verb trigger at t follows the "and" before k with
// only adverbs between, so that it shares the subject and date of the clause before.
func (x *extractor) coordinatedVerb(a *sentence, k, t int) bool {
	for ; k < t; k++ {
		if !a.is(k, classSkipBack) {
			return false
		}
	}
	return true
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
		mi := a.mention[j+1]
		if mi < 0 {
			mi = a.prefix[j+1]
		}
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

// sameClauseEvent returns the event told earlier in the same clause that the trigger at
// t continues: an indefinite noun after a verb of the same kind ("met ... in a
// three-way meeting"), or a passive host right after a noun ("a meeting hosted by").
func (x *extractor) sameClauseEvent(a *sentence, tr trigger, L, t int) *event {
	prev := x.last
	if prev.ev == nil || prev.sent != a.idx || prev.end < L || prev.ev.negated {
		return nil
	}
	if !tr.noun && t >= prev.end && t+1 < len(a.words) && a.words[t+1] == "by" && t > 0 && !passiveAux[a.words[t-1]] {
		return prev.ev // a participle: "the meeting at the palace, hosted by"
	}
	if tr.noun && t >= 2 && (indefinite[a.words[t-1]] || indefinite[a.words[t-2]]) && prev.ev.Type == tr.typ && t-prev.end <= MaxLightVerbDistance {
		for k := prev.end; k < t; k++ {
			if ti := a.timex[k]; ti >= 0 && !compatible(prev.ev.Date, x.rangeOf(ti)) {
				return nil // "who first met in Singapore last June, renewed ... on Wednesday with a handshake"
			}
		}
		for k := prev.end; k < t; k++ {
			if a.words[k] == "in" || a.words[k] == "during" || a.words[k] == "at" {
				return prev.ev
			}
		}
	}
	return nil
}

// indefinite articles before a noun trigger that continues the event of its clause.
var indefinite = map[string]bool{"a": true, "an": true}

// rangeOf returns the date range of the timex ti.
func (x *extractor) rangeOf(ti int) parley.DateRange {
	t := x.d.Timexes[ti]
	return parley.DateRange{Text: t.Text, Value: t.Value, Granularity: t.Granularity, Start: t.From, End: t.To}
}

// fill sets the participants, place, date and evidence of ev.
func (x *extractor) fill(ev *event, a *sentence, subj, obj []string, loc string, ti int) {
	ev.Participants = dedupe(slices.Concat(subj, obj))
	if ev.Type == parley.Visit {
		ev.Participants = x.visitParticipants(ev.Participants, loc)
	} else {
		ev.Participants = x.withoutPlaces(ev.Participants)
	}
	if loc != "" {
		if c := x.d.CityOf(loc); c != "" && !x.outside(a, c) {
			loc = c
		}
		loc = x.datelineCity(loc)
	}
	ev.Location = loc
	if ti >= 0 {
		t := x.d.Timexes[ti]
		ev.Date = parley.DateRange{Text: t.Text, Value: t.Value, Granularity: t.Granularity, Start: t.From, End: t.To}
		ev.explicit = true
		if ev.Status == parley.Occurred && x.d.Article.Published != "" && t.From > x.d.Article.Published {
			ev.Status = parley.Planned
		}
	} else if x.lastDate != nil {
		ev.Date = *x.lastDate
	}
	if ev.Location != "" && x.dateline != "" && ev.Location != x.dateline && x.unknownPlace(ev.Location) && x.nearPublication(ev.Date) {
		// "at the Istana" under "SINGAPORE —": a venue the gazetteer does not know, of a
		// recent event, lies in the dateline's city.
		ev.Location = x.dateline
	}
	// A call has no place unless its clause names one; another event falls back on the
	// dateline when recent, else on a place named elsewhere in the sentence.
	if ev.Location == "" && ev.Type != parley.Call {
		if x.dateline != "" && x.nearPublication(ev.Date) {
			ev.Location = x.dateline
		} else {
			ev.Location = x.weakLocation(a)
		}
	}
	ev.Sources = []parley.Evidence{{Article: x.d.Article.ID, Start: a.s.Start, End: a.s.End, Text: a.s.Text}}
}

// unknownPlace reports whether id is a place (not a country) that the article names
// only in ways the gazetteer does not know.
func (x *extractor) unknownPlace(id string) bool {
	if e := x.d.Entity(id); e == nil || e.Kind != parley.Place {
		return false
	}
	for _, m := range x.d.Mentions {
		if m.Entity == id && m.Known {
			return false
		}
	}
	return true
}

// clauseBounds returns the tokens [L, R) of the clause around the trigger [t, end).
func clauseBounds(a *sentence, t, end int) (int, int) {
	L := t
	for L > 0 && !isBreak(a, L-1) {
		L--
	}
	R := end
	for R < len(a.words) && !isBreak(a, R) {
		R++
	}
	return L, R
}

func isBreak(a *sentence, k int) bool {
	if a.mention[k] >= 0 || a.prefix[k] >= 0 || a.timex[k] >= 0 {
		return false
	}
	if a.words[k] == "," && k+2 < len(a.words) && a.words[k+1] == "and" {
		return a.mention[k+2] < 0 && a.prefix[k+2] < 0 && a.words[k+2] != "the"
	}
	if a.words[k] == "as" {
		return isConjunctionAs(a, k)
	}
	if (a.words[k] == "before" || a.words[k] == "after") && (k+1 == len(a.words) || a.words[k+1] == "," || a.words[k+1] == ".") {
		return false // an adverb ending its clause: "had met before, in Rome"
	}
	return a.is(k, classClauseBreak)
}

// isConjunctionAs reports whether "as" at k opens a clause ("as Biden arrived", "as
// they met") rather than a prepositional phrase ("as heads of state").
func isConjunctionAs(a *sentence, k int) bool {
	if k+1 >= len(a.words) {
		return false
	}
	return a.mention[k+1] >= 0 || a.prefix[k+1] >= 0 || a.is(k+1, classSubjectPronoun)
}

// definiteBefore reports whether the noun trigger at t is introduced by a definite
// determiner or a date possessive ("the meeting", "the first formal talks", "Friday's
// talks"), so that it may refer to an event already told.
func (x *extractor) definiteBefore(a *sentence, L, t int) bool {
	for k := t - 1; k >= L && k >= t-4; k-- {
		w := a.words[k]
		if definite[w] {
			return true
		}
		if isPossessive(w) && k > 0 && a.timex[k-1] >= 0 {
			return true
		}
		if w == "a" || w == "an" || a.mention[k] >= 0 || isPossessive(w) || a.is(k, classPreposition) {
			return false
		}
	}
	return false
}

// subjects returns the names coordinated right before the verb at t.
func (x *extractor) subjects(a *sentence, L, t int) []string {
	k := t - 1
	for k >= L && a.is(k, classSkipBack) {
		k--
	}
	var ids []string
	sawAnd, commaAnd := false, false
	for k >= L {
		w := a.words[k]
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
				return nil
			}
			ids = append(ids, m.Entity)
			k = m.Ext0 - 1
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

// descriptionBefore returns the first token of a description that a comma at k closes
// and that a name after it stands in apposition to: a possessive ("China's president,")
// or a definite one ("the Swiss president,"), opening the clause at L or coordinated
// after "and" or a comma. Else -1.
func (x *extractor) descriptionBefore(a *sentence, L, k int) int {
	j := k - 1
	for j >= L && k-j <= MaxAppositiveWords && isLowerWord(a.s.Tokens[j].Text) && a.mention[j] < 0 &&
		a.prefix[j] < 0 && a.timex[j] < 0 && !isBreak(a, j) && !a.is(j, classTrigger|classLightVerb) && a.words[j] != "and" {
		j--
	}
	if j == k-1 || j < L {
		return -1
	}
	start := -1
	switch {
	case a.words[j] == "the":
		start = j
	case isPossessive(a.words[j]) && j > L && a.mention[j-1] >= 0:
		start = x.d.Mentions[a.mention[j-1]].Ext0
	default:
		return -1
	}
	if start == L || a.words[start-1] == "and" || a.words[start-1] == "," {
		return start
	}
	return -1
}

// subordinators open a clause whose subject follows them ("after Witkoff held talks").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true}

// dependentOpeners open a clause that takes the date of the clause it depends on when it
// names none ("agreed on Wednesday ..., after four hours of talks").
var dependentOpeners = map[string]bool{"after": true, "before": true, "when": true, "as": true, "while": true, "where": true}

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
			if !participant(m) || (end < len(a.words) && isPossessive(a.words[end])) {
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
		if !a.is(k, classCueStart) {
			continue
		}
		if n := pluralFrom(a.words, k); n > 0 {
			return append(ids, x.lastPeople(a, k, a.words[k:k+n])...)
		}
	}
	return ids
}

// coordinated extends ids with the names coordinated after token k ("Biden and Putin"),
// up to t.
func (x *extractor) coordinated(a *sentence, k, t int, ids []string) []string {
	for k+1 < t && (a.words[k] == "and" || a.words[k] == ",") && x.startsName(a, k+1) {
		j := k + 1
		for j < t && a.mention[j] >= 0 && x.d.Mentions[a.mention[j]].Modifier {
			j = x.d.Mentions[a.mention[j]].Tok1 // "and Chinese leader Xi Jinping"
		}
		if j >= t {
			break
		}
		mi := a.mention[j]
		if mi < 0 {
			mi = a.prefix[j]
		}
		if mi < 0 {
			break
		}
		m := x.d.Mentions[mi]
		if !participant(m) {
			break
		}
		ids = append(ids, m.Entity)
		k = m.Tok1
	}
	return ids
}

// nounSubjects returns the participants a noun trigger at t names before it: a
// possessive ("Trump's first meeting"), else the subject of its light verb ("held
// talks"), else for an indefinite noun the sentence's subject.
func (x *extractor) nounSubjects(a *sentence, L, t int, definite bool) []string {
	for k := t - 1; k >= L && k >= t-4; k-- {
		if (a.words[k] == "his" || a.words[k] == "her") && x.pronoun(a, k) != "" {
			return []string{x.pronoun(a, k)}
		}
		if isPossessive(a.words[k]) && k > 0 && a.mention[k-1] >= 0 {
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

// participant reports whether a mention can take part in an event.
func participant(m coref.Mention) bool {
	if m.Modifier || m.Demonym {
		return false
	}
	return m.Kind == parley.Person || m.Kind == parley.Organization || m.Kind == parley.Country
}

// pluralAt returns the length of a plural anaphor ("the two leaders") ending at token k,
// or 0.
func pluralAt(words []string, k int) int {
	for _, p := range pluralAnaphors {
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
	for _, p := range pluralAnaphors {
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
	if isPossessive(w) || !isLowerWord(w) {
		return isPunct(w)
	}
	return !commonNouns[w]
}

func isPunct(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsPunct(r)
}

// pronoun returns the person the pronoun at token k refers to, agreeing in gender: a
// subject pronoun or possessive ("he", "his") prefers the last person before it in the
// sentence who is the subject of a verb, then the most salient person of the discourse,
// then any person named before it in the sentence outside a prepositional phrase; an
// object pronoun ("him") prefers a person who is not a subject, since the subject of its
// own clause would be "himself".
func (x *extractor) pronoun(a *sentence, k int) string {
	g := pronounGender(a.words[k])
	object := a.words[k] == "him"
	var subject, other string
	for j := k - 1; j >= 0 && subject == ""; j-- {
		if mi := a.mention[j]; mi >= 0 {
			m := x.d.Mentions[mi]
			if m.Kind == parley.Person && participant(m) && !inPP(a, m.Ext0-1) && x.agrees(m.Entity, g) {
				if subjectPosition(a, m.Tok1) || x.opensSentence(a, m.Ext0) {
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
	}
	return pick(subject, pick(x.salientFor(g), other))
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

// lastPeople returns the people the plural anaphor words at token k refers to: those of
// the last contact told that occurred and had two or more of them, exactly as many as
// the anaphor counts if one did, all fitting its noun ("the two presidents" are not a
// president and a prime minister), and including the person named earlier in the
// sentence if there is one ("Biden proposed the meeting when the two spoke").
func (x *extractor) lastPeople(a *sentence, k int, words []string) []string {
	n, noun := pluralCount(words), words[len(words)-1]
	named := x.namedBefore(a, k)
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
			if subset(people, x.salient) || salientMiss != nil {
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
	got := pick2(salientMiss, fallback)
	if g := x.group; len(g.ids) >= 2 && g.sent >= a.idx-GroupWindow && (n == 0 && got == nil || n > 0 && len(g.ids) == n && len(got) != n) &&
		x.allFit(g.ids, noun) && (named == "" || slices.Contains(g.ids, named)) {
		return slices.Clone(g.ids) // "X, Y, Z and W arrived by train. The four laid wreaths"
	}
	return got
}

func pick2(a, b []string) []string {
	if a != nil {
		return a
	}
	return b
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

// people returns the persons among ids.
func (x *extractor) people(ids []string) []string { return x.appendPeople(nil, ids) }

// appendPeople appends the persons among ids to out and returns it.
func (x *extractor) appendPeople(out, ids []string) []string {
	for _, id := range ids {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
			out = append(out, id)
		}
	}
	return out
}
