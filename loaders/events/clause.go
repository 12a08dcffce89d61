package events

import (
	"cmp"
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
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
	if ev := x.sameClauseEvent(a, tr, L, t, end); ev != nil {
		// "met X at the palace in a three-way meeting hosted by Y": one event.
		ev.Participants = dedupe(append(ev.Participants, x.objectParticipants(a, end, R, tr.noun)...))
		x.last = lastTrigger{ev: ev, sent: a.idx, end: end}
		return true
	}
	var subj []string
	if org := x.bodyOf(a, end, R); tr.noun && org != "" {
		subj = []string{org} // "a session of the NATO-Russia Council"
	} else if tr.noun {
		subj = x.nounSubjects(a, L, t, back)
	} else if ids := x.amongThose(a, L, end); ids != nil {
		subj = ids // "Among those who sat with X were A, B and C"
	} else {
		subj = x.verbSubjects(a, L, t)
	}
	segs := x.objects(a, end, R, tr.noun)
	if !tr.noun && isSigning(a, t) && len(objectIDs(segs)) == 0 {
		if k := alongWith(a, end, R); k >= 0 {
			segs = x.objects(a, k, R, false) // "signed a memorandum on X, along with A and B"
		} else if k, p := withSigner(a, end, len(a.words)); k >= 0 {
			segs = x.objects(a, k, p, false) // "signed a declaration, with X adding his signature"
		}
	}
	if !tr.noun && len(objectIDs(segs)) == 0 {
		if id := x.whomAntecedent(a, L); id != "" {
			segs = []segment{{ids: []string{id}, timex: -1}} // "Park Geun-hye, whom Obama met in Vientiane"
		}
	}
	if tr.typ == parley.Visit && len(objectIDs(segs)) == 0 {
		if h := x.homeOwner(a, end, R); h != "" {
			segs = []segment{{ids: []string{h}, timex: -1}} // "a visit to the home of X": X is met
		}
	}
	if subj != nil && amongThoseOpen(a, L) {
		segs = x.beforeLinkVerb(a, segs, end)
	}
	hostWelcome := false
	if !tr.noun {
		if by := x.passiveBy(a, t, end, R); by >= 0 {
			if agents := x.agentPeople(a, by+1, R); len(agents) > len(x.people(objectIDs(segs))) {
				segs = []segment{{ids: agents, timex: -1}} // "was signed ... by X, adviser to Y, and Z"
			}
			if guests := x.people(subj); welcomeVerbs[a.words[t]] && len(guests) >= 2 && len(x.people(objectIDs(segs))) == 1 && x.anaphorSubject(a, L, t) {
				// "Both men were welcomed at the castle by Czech President Václav Klaus": the
				// host welcomed each guest; the guests' own meeting, which the anaphor refers
				// back to, is told apart.
				subj, segs, hostWelcome = x.people(objectIDs(segs)), []segment{{ids: guests, timex: -1}}, true
			}
		}
	}
	if tr.noun && len(subj) == 0 {
		subj = x.frontedSubject(a, L, end)
	}
	if host := x.venueHost(a, L, t); tr.noun && host != "" {
		// "The U.S. president had arrived on Friday and gone straight to Modi's residence
		// for talks": the visitor is the subject of the sentence, the possessor the host.
		if len(subj) == 0 || len(subj) == 1 && subj[0] == host {
			subj = slices.DeleteFunc(x.mainSubject(a, t), func(id string) bool { return id == host })
		}
		if len(subj) > 0 {
			segs = append(segs, segment{ids: []string{host}, timex: -1})
		}
	}
	bothSplit := false
	if tr.noun && len(segs) > 0 && reciprocal(a, end, R) {
		subj = nil // "a meeting between X and Y" names all who take part
		if one := x.betweenOneAndBoth(a, end, R); one != "" {
			// "telephone calls between Sheikh Nawaf and both Sheikh Tamim and the Saudi
			// crown prince": one call of the first with each of the others.
			subj, bothSplit = []string{one}, true
			for i := range segs {
				segs[i].ids = slices.DeleteFunc(slices.Clone(segs[i].ids), func(id string) bool { return id == one })
			}
		}
	}
	if tr.noun {
		if lv := x.lightVerb(a, L, t); lv >= 0 && a.is(lv, classJoinVerb) && !companionParticiple(a, lv) {
			segs = append(x.objects(a, lv+1, t, false), segs...)
			if a.words[lv+1] == "them" {
				segs = append(segs, segment{ids: x.joinedThem(a), timex: -1}) // "Y joined them for a three-way meeting"
			}
		}
	}
	if tr.noun && back && len(objectIDs(segs)) == 0 {
		return x.corefer(a, L, R, t, tr.typ)
	}
	var listed []placeDate
	if !tr.noun {
		listed = x.placeDates(a, end, R)
	}
	if !tr.noun && listed == nil && habitual(a, L, R, t) {
		return false // "Abe has met Putin repeatedly this year": a summary, no one event
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
	if ti < 0 && amongWhoOpen(a, L) {
		ti = x.nearestTimex(a, 0, L-1, L-1) // "On Saturday, X and Y were among leaders who signed"
	}
	if ti < 0 && L > 0 && a.words[L-1] == "," && a.words[L] == "and" && x.coordinatedVerb(a, L+1, t) {
		ti = x.nearestTimex(a, 0, L-1, L-1) // "stepped across the line on Friday, ..., and shook hands with"
	}
	if c := appendedOwnContact(a, L, t); ti < 0 && tr.noun && c > 0 {
		ti = x.nearestTimex(a, 0, c, c+1) // "agreed on Tuesday to ..., in their first face-to-face talks since ..."
	}
	if ti < 0 && tr.noun && R == end && R+2 < len(a.words) && (a.words[R] == "that" || a.words[R] == "which") && beginVerbs[a.words[R+1]] {
		_, R2 := clauseBounds(a, R+1, R+2)
		ti = x.nearestTimex(a, R+2, R2, R+2) // "negotiations that began on October 25"
	}
	if ti < 0 && R+1 < len(a.words) && a.words[R] == "who" && R > 0 && a.words[R-1] == "," && arrivalVerbs[a.words[R+1]] {
		_, R2 := clauseBounds(a, R+1, R+2)
		ti = x.nearestTimex(a, R+1, R2, R+1) // "discussed Libya with X, who flew to Moscow on Saturday for talks"
	}
	split := len(subj) > 0 && len(x.people(objectIDs(segs))) >= 2 &&
		(bothSplit || hostWelcome || separately(a, max(t-1, L), R) || tr.noun && x.marginsBeforeWith(a, end, R) || base.Type == parley.Call && pluralObjectIn(a, end, R))
	if split {
		// The people met one by one are still a group named together, for a counted
		// plural after it: "held separate meetings with A, B, C and D before hosting all
		// four at a working dinner".
		x.group = namedGroup{ids: x.appendPeople(x.group.ids[:0], objectIDs(segs)), sent: a.idx}
		segs = x.splitPeople(segs) // "received the two ministers separately"
	}
	if subjects := x.people(subj); !split && len(subjects) >= 2 && len(x.people(objectIDs(segs))) == 1 && separately(a, max(t-1, L), R) {
		// "X and Y held separate talks with Z": each subject met the one partner; X and
		// Y did not meet each other there.
		for _, s := range subjects {
			ev := base
			x.fill(&ev, a, []string{s}, objectIDs(segs), loc, ti)
			x.last = lastTrigger{ev: x.add(ev), sent: a.idx, end: end, subj: subj}
		}
		return true
	}
	if len(segs) > 1 && (split || distinctSegments(segs)) {
		for _, sg := range segs {
			ev := base
			x.fill(&ev, a, subj, sg.ids, cmp.Or(sg.loc, loc), pickTimex(sg.timex, ti))
			x.last = lastTrigger{ev: x.add(ev), sent: a.idx, end: end, subj: subj}
		}
		return true
	}
	if len(listed) > 0 && len(segs) <= 1 {
		// "had met twice last year, in New York in September and in Phnom Penh in November"
		for _, pd := range listed {
			ev := base
			x.fill(&ev, a, subj, objectIDs(segs), pd.loc, pd.ti)
			x.last = lastTrigger{ev: x.add(ev), sent: a.idx, end: end, subj: subj}
		}
		return true
	}
	ev := base
	ids := objectIDs(segs)
	if len(segs) == 1 {
		loc, ti = cmp.Or(segs[0].loc, loc), pickTimex(segs[0].timex, ti)
	}
	x.fill(&ev, a, subj, ids, loc, ti)
	signing := isSigning(a, t)
	var deal *event
	if signing && ev.Type == parley.Agreement && x.countPeople(ev.Participants) >= 2 && !x.contactInSentence(a) {
		// "X and Y signed the accord": the co-signers were together, so they met.
		deal = &event{}
		*deal = ev
		ev.Type, ev.Participants = parley.Meeting, x.people(ev.Participants)
	}
	first := x.add(ev)
	x.last = lastTrigger{ev: first, sent: a.idx, end: end, subj: subj}
	x.repeated(a, ev, first, end, R) // "first met on April 27 and again ... on May 26"
	if deal != nil {
		deal.Sources = slices.Clone(ev.Sources)
		x.events = append(x.events, deal)
	} else if signing && ev.Type != parley.Agreement {
		// "X signed the accord with Y": they met, and they are parties to an agreement.
		deal := ev
		deal.Type, deal.Sources = parley.Agreement, slices.Clone(ev.Sources)
		x.events = append(x.events, &deal)
	}
	return true
}

// anaphorSubject reports whether the subject of the verb at t in the clause starting at
// L is a plural anaphor ("Both men were welcomed"), naming no person itself.
func (x *extractor) anaphorSubject(a *sentence, L, t int) bool {
	found := false
	for k := L; k < t; k++ {
		if mi := a.mention[k]; mi >= 0 && x.isPerson(mi) {
			return false
		}
		if pluralFrom(a.words, k) > 0 {
			found = true
		}
	}
	return found
}

// isSigning reports whether the trigger at t tells a signing: "signed", "put their
// signatures to".
func isSigning(a *sentence, t int) bool {
	return a.words[t] == "signed" || a.words[t] == "put"
}

// alongWith returns the token after the "along with" in [k, R), or -1.
func alongWith(a *sentence, k, R int) int {
	for ; k+2 < R; k++ {
		if a.words[k] == "along" && a.words[k+1] == "with" {
			return k + 2
		}
	}
	return -1
}

// signParticiples close a "with X ..." phrase whose people sign too.
var signParticiples = map[string]bool{"adding": true, "signing": true, "countersigning": true,
	"co-signing": true, "witnessing": true}

// withSigner returns the span [k, p) of the people of a "with X adding his signature"
// phrase in [from, R): the "with" must follow a comma (an absolute phrase, which may
// close the sentence past a clause break: "signed ... after decades of conflict, with X
// adding his signature") and be followed, past names, titles and "and", by a signing
// participle at p. It returns -1, -1 if there is none.
func withSigner(a *sentence, from, R int) (int, int) {
	for k := from + 1; k+1 < R; k++ {
		if a.words[k] != "with" || a.words[k-1] != "," {
			continue
		}
		named := false
		for p := k + 1; p < R; p++ {
			switch {
			case signParticiples[a.words[p]]:
				if named {
					return k + 1, p
				}
				return -1, -1
			case a.mention[p] >= 0:
				named = true
			case a.words[p] == "and" || a.words[p] == "," || a.prefix[p] >= 0:
			default:
				p = R
			}
		}
	}
	return -1, -1
}

// contactInSentence reports whether a contact was told earlier in this sentence ("held
// talks with X, and the two signed").
func (x *extractor) contactInSentence(a *sentence) bool {
	return x.last.ev != nil && x.last.sent == a.idx && x.last.ev.Type.IsContact()
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

// beginVerbs in a relative clause right after a noun trigger date the event by its start
// ("talks that began on October 25").
var beginVerbs = map[string]bool{"began": true, "started": true, "opened": true, "begun": true}

// dependentOpeners open a clause that takes the date of the clause it depends on when it
// names none ("agreed on Wednesday ..., after four hours of talks").
var dependentOpeners = map[string]bool{"after": true, "before": true, "when": true, "as": true, "while": true, "where": true}

// sameClauseEvent returns the event told earlier in the same clause that the trigger at
// t continues: an indefinite noun after a verb of the same kind ("met ... in a
// three-way meeting"), or a passive host right after a noun ("a meeting hosted by"); a
// "by" inside the trigger's own phrase ("then spoke by phone with Y") makes no participle.
func (x *extractor) sameClauseEvent(a *sentence, tr trigger, L, t, end int) *event {
	prev := x.last
	if prev.ev == nil || prev.sent != a.idx || prev.end < L || prev.ev.negated {
		return nil
	}
	if !tr.noun && t >= prev.end && end == t+1 && t+1 < len(a.words) && a.words[t+1] == "by" && t > 0 && !passiveAux[a.words[auxBefore(a, t)]] {
		return prev.ev // a participle: "the meeting at the palace, hosted by"; not "and was then received by"
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

// definiteBefore reports whether the noun trigger at t is introduced by a definite
// determiner or a date possessive ("the meeting", "the first formal talks", "Friday's
// talks"), so that it may refer to an event already told.
func (x *extractor) definiteBefore(a *sentence, L, t int) bool {
	for k := t - 1; k >= L && k >= t-4; k-- {
		w := a.words[k]
		if definite[w] {
			return true
		}
		if text.IsPossessive(w) && k > 0 && a.timex[k-1] >= 0 {
			return true
		}
		if w == "a" || w == "an" || a.mention[k] >= 0 || text.IsPossessive(w) || a.is(k, classPreposition) {
			return false
		}
	}
	return false
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
	if d := x.toldDay(ti); d != nil {
		// "Both flew in on Sunday. Kim was received that evening": the day told, not the
		// publication day the date was resolved against.
		ev.Date, ev.explicit = *d, true
		ev.Date.Text = x.d.Timexes[ti].Text
	} else if ti >= 0 {
		ev.Date, ev.explicit = x.rangeOf(ti), true
		if d := x.leadDate; d != nil && earlierIn(ev.Date.Text) && d.Start > ev.Date.Start && d.Start < ev.Date.End {
			// "met on Wednesday evening ... after talks in Copenhagen earlier in the week":
			// earlier than the story's day, not than the publication day.
			ev.Date.End = d.Start
		}
		if ev.Status == parley.Occurred && x.d.Article.Published != "" &&
			(ev.Date.Start > x.d.Article.Published || laterIn(ev.Date.Text) && ev.Date.End > x.d.Article.Published) {
			// "a three-way meeting later this month": the rest of the month is to come.
			ev.Status = parley.Planned
		}
	} else if d, ok := x.anchorDate(a); ok {
		ev.Date, ev.explicit = d, true // "on the day of the first Abuja summit"
	} else if x.lastDate != nil {
		ev.Date = *x.lastDate
		if ev.Status == parley.Occurred && x.d.Article.Published != "" && ev.Date.Start > x.d.Article.Published {
			// "flies on to Abidjan on Wednesday and Thursday ... He then travels to Accra
			// for talks with": the day the discourse told is still to come.
			ev.Status = parley.Planned
		}
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
	ev.Sources = []parley.Evidence{x.evidence(a)}
}

// whomAntecedent returns the person a relative "whom" opening the clause at L refers to
// ("South Korean President Park Geun-hye, whom Obama met"): the object of its verb.
// Else "".
func (x *extractor) whomAntecedent(a *sentence, L int) string {
	if L < 3 || a.words[L-1] != "whom" || a.words[L-2] != "," {
		return ""
	}
	mi := a.nameAt(L - 3)
	if mi < 0 {
		return ""
	}
	return x.personAt(a, x.d.Mentions[mi].Tok0)
}

// companionParticiple reports whether the join verb at k opens a participle phrase set
// off by a comma (", joined by Y,"): its people came with the subject, they are not the
// ones a later noun's event was held with.
func companionParticiple(a *sentence, k int) bool {
	return k > 0 && k+1 < len(a.words) && a.words[k-1] == "," && a.words[k+1] == "by"
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

// isBreak reports whether token k ends a clause: a clause-break word, or ", and" before
// a new clause, but not a word inside a name or date.
func isBreak(a *sentence, k int) bool {
	if a.mention[k] >= 0 || a.prefix[k] >= 0 || a.timex[k] >= 0 {
		return false
	}
	if a.words[k] == "," && k+2 < len(a.words) && a.words[k+1] == "and" {
		if agentBefore(a, k) {
			return true // "was received by Raisi, and Amir-Abdollahian held talks"
		}
		return a.mention[k+2] < 0 && a.prefix[k+2] < 0 && a.words[k+2] != "the"
	}
	if a.words[k] == "as" {
		return isConjunctionAs(a, k)
	}
	if (a.words[k] == "before" || a.words[k] == "after") && (k+1 == len(a.words) || a.words[k+1] == "," || a.words[k+1] == ".") {
		return false // an adverb ending its clause: "had met before, in Rome"
	}
	if isQuote(a.words[k]) && quotedTerm(a, k) {
		return false // a quoted modifier: "will hold regular "two-plus-two" talks"
	}
	return a.is(k, classClauseBreak)
}

// agentBefore reports whether the name ending before token k is the agent of a passive,
// right after "by": the list it could start ends there, so ", and" after it opens a new
// clause.
func agentBefore(a *sentence, k int) bool {
	mi := a.mention[max(k-1, 0)]
	if k == 0 || mi < 0 {
		return false
	}
	j := k - 1
	for j > 0 && a.mention[j-1] == mi {
		j--
	}
	return j > 0 && a.words[j-1] == "by"
}

// MaxQuotedTerm is how many words a quoted term inside a clause may have.
const MaxQuotedTerm = 3

// isQuote reports whether w is a quotation mark.
func isQuote(w string) bool {
	return w == "\"" || w == "“" || w == "”"
}

// quotedTerm reports whether the quotation mark at k opens or closes a short quoted
// term of lower-case words with no punctuation ("regular "two-plus-two" talks"),
// which names a thing inside its clause rather than quoting speech.
func quotedTerm(a *sentence, k int) bool {
	return (a.words[k] != "”" && quoteSpanEnd(a, k, 1) >= 0) || (a.words[k] != "“" && quoteSpanEnd(a, k, -1) >= 0)
}

// quoteSpanEnd returns the index of the quotation mark that closes (dir 1) or opens
// (dir -1) a short quoted term from the one at k, or -1.
func quoteSpanEnd(a *sentence, k, dir int) int {
	for n, j := 0, k+dir; j >= 0 && j < len(a.words); n, j = n+1, j+dir {
		if isQuote(a.words[j]) {
			if n == 0 || (dir > 0 && a.words[j] == "“") || (dir < 0 && a.words[j] == "”") {
				return -1
			}
			return j
		}
		if n == MaxQuotedTerm || !isLowerWord(a.s.Tokens[j].Text) || a.is(j, classTrigger) {
			return -1
		}
	}
	return -1
}

// isConjunctionAs reports whether "as" at k opens a clause ("as Biden arrived", "as
// they met") rather than a prepositional phrase ("as heads of state").
func isConjunctionAs(a *sentence, k int) bool {
	if k+1 >= len(a.words) {
		return false
	}
	return a.mention[k+1] >= 0 || a.prefix[k+1] >= 0 || a.is(k+1, classSubjectPronoun)
}

// amongThoseOpen reports whether the clause at L opens "Among those who".
func amongThoseOpen(a *sentence, L int) bool {
	return L >= 3 && a.words[L-1] == "who" && a.words[L-2] == "those" && a.words[L-3] == "among"
}

// MaxAmongNoun is how many words may stand between "among" and "who" in "were among
// the leaders who".
const MaxAmongNoun = 3

// amongWhoOpen reports whether the clause at L opens with the "who" of "were among
// (the) leaders who": its subjects are the link verb's, and so is its date.
func amongWhoOpen(a *sentence, L int) bool {
	if L < 3 || a.words[L-1] != "who" {
		return false
	}
	for j := L - 2; j >= 1 && L-1-j <= MaxAmongNoun; j-- {
		if a.words[j] == "among" {
			return j != L-2 && (a.words[j-1] == "were" || a.words[j-1] == "was" || a.words[j-1] == "are" || a.words[j-1] == "is")
		}
	}
	return false
}

// amongThose returns the people listed after the "were" that closes a clause opened by
// "Among those who" ("Among those who sat with X behind closed doors were Brunei's
// Sultan A, B and C"): the subjects of its verb. Else nil.
func (x *extractor) amongThose(a *sentence, L, end int) []string {
	if !amongThoseOpen(a, L) {
		return nil
	}
	k := end
	for k < len(a.words) && a.words[k] != "were" && a.words[k] != "was" {
		k++
	}
	var ids []string
	for k++; k < len(a.words) && !a.is(k, classTrigger) && a.words[k] != "who" && a.words[k] != ";"; k++ {
		if mi := a.mention[k]; mi >= 0 {
			if m := x.d.Mentions[mi]; m.Kind == parley.Person && participant(m) {
				ids = append(ids, m.Entity)
			}
			k = x.d.Mentions[mi].Tok1 - 1
		}
	}
	return ids
}

// beforeLinkVerb keeps the objects of segs that stand before the "were" closing an
// "Among those who" clause; the people after it are the subjects.
func (x *extractor) beforeLinkVerb(a *sentence, segs []segment, end int) []segment {
	k := end
	for k < len(a.words) && a.words[k] != "were" && a.words[k] != "was" {
		k++
	}
	before := func(id string) bool {
		for j := end; j < k; j++ {
			if mi := a.mention[j]; mi >= 0 && x.d.Mentions[mi].Entity == id {
				return true
			}
		}
		return false
	}
	out := segs[:0]
	for _, sg := range segs {
		sg.ids = slices.DeleteFunc(sg.ids, func(id string) bool { return !before(id) })
		if len(sg.ids) > 0 {
			out = append(out, sg)
		}
	}
	return out
}

// appendedOwnContact returns the comma in [lo, t) that sets off a phrase naming the
// sentence's own contact by a possessive ("..., in their first talks", "..., during his
// visit"), whose date is the one of the clause before it; or -1.
func appendedOwnContact(a *sentence, lo, t int) int {
	for c := max(lo, 1); c+2 < t; c++ {
		if a.words[c] != "," {
			continue
		}
		switch a.words[c+1] {
		case "in", "during", "at":
		default:
			continue
		}
		switch a.words[c+2] {
		case "their", "his", "her", "its":
			return c
		}
	}
	return -1
}
