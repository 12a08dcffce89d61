package events

import (
	"github.com/parleyhq/parley"
)

// StatusWindow is how many tokens before a trigger are searched for modal, negation and
// cancellation cues.
const StatusWindow = 10

// PredicateWindow is how many tokens after a subject noun trigger ("a meeting with
// President X") are searched for the cues of its predicate.
const PredicateWindow = 14

// status returns the status of the trigger at t in the clause [L, R) from cues before
// it (or, for a noun that is the clause's subject, in its predicate), and whether the
// clause negates it.
func (x *extractor) status(a *sentence, L, R, t int, tr trigger) (parley.Status, bool) {
	lo := max(L, t-StatusWindow)
	w := a.words
	if cueIn(a, lo, t, negationCues) {
		return parley.Occurred, true
	}
	if cueIn(a, max(L, t-StatusWindow), min(len(a.words), t+StatusWindow), cancelCues) {
		return parley.Cancelled, false
	}
	if cueIn(a, lo, t, hypotheticalCues) {
		return parley.Hypothetical, false
	}
	if cueIn(a, lo, t, futureCues) {
		return parley.Planned, false
	}
	if !tr.noun && presentSimple[w[t]] && dayAhead(a, t+1, R) {
		return parley.Planned, false // "Netanyahu, who meets Obama at the White House on Monday"
	}
	if st, ok := x.inheritedStatus(a, L, t, tr); ok {
		return st, false
	}
	// An infinitive ("a request to hold talks", "an invitation to visit") is not asserted.
	k := t - 1
	if tr.noun {
		lv := x.lightVerb(a, L, t)
		if inf := infinitiveObject(a, L, t); inf > lv && !motionVerbs[a.words[max(inf-1, 0)]] && !x.purposeOfTrip(a, L) {
			return parley.Planned, false // "asked Bennett to help arrange a meeting with Putin": not asserted
		}
		if lv < 0 && purposeNoun(a, L, t) {
			if presentTrip(a, t) {
				return parley.Planned, false // "he heads to Belgrade ..., and then to Budapest for talks with X"
			}
			return parley.Occurred, false // "was in Ankara for talks with X": no predicate of its own
		}
		if lv < 0 {
			if st, negated := predicateStatus(a, t+1, R); st != parley.Occurred || negated {
				return st, negated
			}
			if k := pastRelative(a, R); k > 0 {
				return predicateStatus(a, k, len(a.words)) // "a summit ..., which X had proposed, never took place"
			}
			return parley.Occurred, false
		}
		k = lv - 1
	}
	if k >= 0 && w[k] == "to" && (k == 0 || !motionVerbs[w[k-1]]) && !x.purposeOfTrip(a, L) {
		return parley.Planned, false
	}
	return parley.Occurred, false
}

// inheritedStatus returns the status a trigger at t takes from the verb its clause
// depends on, when it has no tense of its own: a bare verb coordinated after "and" ("is
// to speak to X and hold talks with Y") is as modal as the first verb of its
// coordination, and a clause opened by "before" ("is scheduled to ..., before flying to
// X for talks with Y") is planned or hypothetical when the clause before it is. It
// reports false when neither applies.
func (x *extractor) inheritedStatus(a *sentence, L, t int, tr trigger) (parley.Status, bool) {
	v := t
	if tr.noun {
		v = x.lightVerb(a, L, t)
	}
	if v > 0 && baseVerbs[a.words[v]] {
		k := v - 1
		for k > L && a.is(k, classSkipBack) && a.words[k] != "to" {
			k--
		}
		if a.words[k] == "and" || a.words[k] == "," {
			if st, ok := modalStatus(a, L, k); ok {
				return st, true
			}
		}
	}
	if L >= 1 && a.words[L-1] == "before" {
		lo := L - 1
		for lo > 0 && a.words[lo-1] != ";" {
			lo--
		}
		return modalStatus(a, lo, L-1)
	}
	return parley.Occurred, false
}

// modalStatus returns the status a hypothetical or future cue within tokens [lo, hi)
// gives, and false if there is none.
func modalStatus(a *sentence, lo, hi int) (parley.Status, bool) {
	switch {
	case cueIn(a, lo, hi, hypotheticalCues):
		return parley.Hypothetical, true
	case cueIn(a, lo, hi, futureCues):
		return parley.Planned, true
	}
	return parley.Occurred, false
}

// presentSimple are the third-person present forms of contact verbs. In a story's body
// (headlines are front matter) a contact told in the simple present with a day named
// after it is on the schedule, not done: "Netanyahu, who meets Obama at the White House
// on Monday, warned ..."; without one it is the narrative present of a lead or caption
// ("Modi meets Xi in Wuhan for an informal summit").
var presentSimple = map[string]bool{"meets": true, "hosts": true, "visits": true, "sits": true}

// presentMotion are verbs of travel in the simple present; followed by "to" they tell
// a leg of a trip still on the schedule ("From the Pyrenees he heads to Belgrade").
var presentMotion = map[string]bool{"heads": true, "travels": true, "flies": true, "goes": true,
	"moves": true}

// presentTrip reports whether a verb of travel in the simple present followed by "to"
// stands before token t in its sentence: a purpose noun after it ("and then to Budapest
// for talks with X") is a plan, like the trip.
func presentTrip(a *sentence, t int) bool {
	for k := 0; k+1 < t; k++ {
		if presentMotion[a.words[k]] && a.mention[k] < 0 && (a.words[k+1] == "to" || a.words[k+1] == "on") {
			return true
		}
	}
	return false
}

// baseVerbs are the bare forms of verbs that tell or carry a contact; with no
// auxiliary of their own they take the mood of the verb they are coordinated with.
var baseVerbs = map[string]bool{"meet": true, "hold": true, "see": true, "visit": true, "have": true,
	"sit": true, "talk": true, "travel": true, "fly": true, "host": true, "join": true, "attend": true,
	"receive": true, "welcome": true, "speak": true}

// MaxRelativeClause is how many tokens a relative clause between a subject and its
// predicate may have.
const MaxRelativeClause = 16

// pastRelative returns the token after the comma closing a relative clause that opens
// at R (", which Erdoğan had proposed to hold in Istanbul,"), or 0 if there is none.
func pastRelative(a *sentence, R int) int {
	if R < 1 || R >= len(a.words) || a.words[R-1] != "," || !(a.words[R] == "which" || a.words[R] == "who") {
		return 0
	}
	for k := R + 1; k < len(a.words) && k-R <= MaxRelativeClause; k++ {
		if a.words[k] == "," && a.mention[k] < 0 {
			return k + 1
		}
		if isBreak(a, k) {
			return 0
		}
	}
	return 0
}

// purposePrepositions put a noun trigger in a phrase of purpose or circumstance rather
// than the subject of a predicate ("in Ankara for talks with X").
var purposePrepositions = map[string]bool{"for": true, "after": true, "during": true, "following": true}

// purposeNoun reports whether the noun trigger at t is the object of a purpose
// preposition, past determiners and adjectives, within the clause starting at L.
func purposeNoun(a *sentence, L, t int) bool {
	for k := t - 1; k >= L && k >= t-3; k-- {
		if purposePrepositions[a.words[k]] {
			return true
		}
		if a.mention[k] >= 0 || a.timex[k] >= 0 || !isLowerWord(a.s.Tokens[k].Text) || a.is(k, classPreposition|classClauseBreak) {
			return false
		}
	}
	return false
}

// predicateStatus returns the status the predicate after a noun trigger that is its
// clause's subject gives it, scanning tokens [k, R): "a meeting with X could take
// place" is hypothetical, "talks with Y are expected" planned, "a meeting ... never
// took place" negated.
func predicateStatus(a *sentence, k, R int) (parley.Status, bool) {
	hi := min(R, k+PredicateWindow)
	switch {
	case cueIn(a, k, hi, openCues):
		return parley.Hypothetical, false
	case cueIn(a, k, hi, failedCues):
		return parley.Occurred, true
	case cueIn(a, k, hi, hypotheticalCues):
		return parley.Hypothetical, false
	case cueIn(a, k, hi, predicateFutureCues):
		return parley.Planned, false
	}
	return parley.Occurred, false
}

// purposeOfTrip reports whether an infinitive in the clause starting at L states the
// purpose of a trip told just before in the same sentence that happened ("made a trip to
// Seoul in May to meet Yoon"): the meeting is then told as done.
func (x *extractor) purposeOfTrip(a *sentence, L int) bool {
	prev := x.last
	return x.presentAt(a, L) || prev.ev != nil && prev.sent == a.idx && prev.end >= L && prev.ev.Type == parley.Visit &&
		prev.ev.Status == parley.Occurred && !prev.ev.negated
}

// presentAt reports whether the clause starting at L puts its subject at a place in
// the past before an infinitive of purpose ("was at the White House to brief X", "went
// to Moscow to see Y"): the contact is told as done.
func (x *extractor) presentAt(a *sentence, L int) bool {
	for k := L; k+1 < len(a.words); k++ {
		if !pastPresence[a.words[k]] {
			continue
		}
		if x.placeAt(a, k+1) {
			return true // "crossed Rome to meet X", "reached Kyiv to see Y"
		}
		// Past adverbs and a short phrase ("went on from there to Kyiv").
		for j := k + 1; j+1 < len(a.words) && j-k <= MaxPresenceGap; j++ {
			w := a.words[j]
			if a.mention[j] >= 0 || a.timex[j] >= 0 || isBreak(a, j) || a.is(j, classTrigger) {
				break
			}
			if !(w == "at" || w == "in" || w == "to" || w == "on") {
				continue
			}
			if x.placeAt(a, j+1) {
				return true
			}
		}
	}
	return false
}

// placeAt reports whether a place is named at k, after any "the" ("crossed the
// Atlantic" is no place named; "crossed Rome" is).
func (x *extractor) placeAt(a *sentence, k int) bool {
	for k < len(a.words) && a.words[k] == "the" {
		k++
	}
	return k < len(a.words) && a.mention[k] >= 0 && x.isPlace(a.mention[k])
}

// MaxPresenceGap is how many tokens may stand between a verb of presence and the
// preposition of its place ("went on from there to Kyiv").
const MaxPresenceGap = 4

// pastPresence are past verbs that put their subject at or bring it to a place.
var pastPresence = map[string]bool{"was": true, "were": true, "went": true, "came": true, "flew": true,
	"traveled": true, "travelled": true, "arrived": true, "returned": true, "headed": true, "stopped": true, "crossed": true, "reached": true,
	"drove": true}

// motionVerbs before "to" make it a preposition, not an infinitive marker.
var motionVerbs = map[string]bool{"went": true, "came": true, "traveled": true, "travelled": true,
	"flew": true, "headed": true, "returned": true, "back": true, "way": true}

// cueIn reports whether one of cues starts within tokens [lo, hi) of the sentence and
// ends by hi. Words inside a name or a date are not cues ("May", "Will").
func cueIn(a *sentence, lo, hi int, cues cueList) bool {
	for k := lo; k < hi; k++ {
		if a.timex[k] >= 0 || a.mention[k] >= 0 || !a.is(k, cues.class) {
			continue
		}
		for _, c := range cues.cues {
			if a.words[k] == c[0] && hasWords(a.words, k, c) && k+len(c) <= hi {
				return true
			}
		}
	}
	return false
}

// infinitiveObject returns the "to" of an infinitive whose verb (one or two plain
// lower-case words, neither a light verb nor a preposition) takes the noun trigger at t
// as its object, after one determiner at most ("to help arrange a meeting with X", "to
// broker talks"), or -1 when there is none.
func infinitiveObject(a *sentence, L, t int) int {
	j := t - 1
	if j > L && infinitiveDeterminers[a.words[j]] {
		j--
	}
	for n := 0; n < 2 && j > L; n++ {
		if !plainVerbWord(a, j) {
			return -1
		}
		if a.words[j-1] == "to" {
			return j - 1
		}
		j--
	}
	return -1
}

// infinitiveDeterminers may stand between an infinitive's verb and its noun object.
var infinitiveDeterminers = map[string]bool{"a": true, "an": true, "the": true, "another": true, "such": true}

// plainVerbWord tells whether token j could be the verb of an infinitive: a word of
// lower-case letters only, in no name or date, not a light verb, trigger, determiner or
// preposition.
func plainVerbWord(a *sentence, j int) bool {
	if a.mention[j] >= 0 || a.timex[j] >= 0 || a.is(j, classLightVerb|classTrigger|classPreposition) ||
		infinitiveDeterminers[a.words[j]] {
		return false
	}
	w := a.words[j]
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// scheduleDays are the words of a day a scheduled contact names.
var scheduleDays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "tomorrow": true, "tonight": true}

// dayAhead reports whether a weekday, "tomorrow" or "tonight" in a date expression
// stands in [lo, hi).
func dayAhead(a *sentence, lo, hi int) bool {
	for k := lo; k < hi && k < len(a.words); k++ {
		if a.timex[k] >= 0 && scheduleDays[a.words[k]] {
			return true
		}
	}
	return false
}
