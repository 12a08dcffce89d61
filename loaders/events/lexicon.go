package events

import (
	"github.com/parleyhq/parley"
)

// trigger is a word (or the first word of a phrase) that names a contact or another
// event.
type trigger struct {
	typ  parley.EventType
	noun bool     // a noun ("talks") rather than a verb ("met")
	next []string // the words that must follow, for phrases ("sat down")
}

// triggers maps a lower-case word to the triggers it starts, longest phrase first.
var triggers = map[string][]trigger{
	"met":          {{typ: parley.Meeting}},
	"meet":         {{typ: parley.Meeting}},
	"meets":        {{typ: parley.Meeting}},
	"meeting":      {{typ: parley.Meeting, noun: true}},
	"meetings":     {{typ: parley.Meeting, noun: true}},
	"sat":          {{typ: parley.Meeting, next: []string{"down"}}, {typ: parley.Meeting, next: []string{"with"}}},
	"sit":          {{typ: parley.Meeting, next: []string{"down"}}},
	"sitting":      {{typ: parley.Meeting, next: []string{"down"}}},
	"sits":         {{typ: parley.Meeting, next: []string{"down"}}},
	"gathered":     {{typ: parley.Meeting}},
	"shook":        {{typ: parley.Meeting, next: []string{"hands"}}},
	"shaken":       {{typ: parley.Meeting, next: []string{"hands"}}},
	"clasped":      {{typ: parley.Meeting, next: []string{"hands"}}},
	"embraced":     {{typ: parley.Meeting}},
	"hugged":       {{typ: parley.Meeting}},
	"flanked":      {{typ: parley.Meeting, next: []string{"by"}}},
	"stood":        {{typ: parley.Meeting, next: []string{"alongside"}}, {typ: parley.Meeting, next: []string{"beside"}}},
	"oversaw":      {{typ: parley.Meeting, next: []string{"the", "signing"}}},
	"witnessed":    {{typ: parley.Meeting, next: []string{"the", "signing"}}},
	"presided":     {{typ: parley.Meeting, next: []string{"over", "the", "signing"}}},
	"presiding":    {{typ: parley.Meeting, next: []string{"over", "the", "signing"}}},
	"overseeing":   {{typ: parley.Meeting, next: []string{"the", "signing"}}},
	"hosted":       {{typ: parley.Meeting}},
	"hosts":        {{typ: parley.Meeting}},
	"received":     {{typ: parley.Meeting}},
	"welcomed":     {{typ: parley.Meeting}},
	"greeted":      {{typ: parley.Meeting}},
	"conferred":    {{typ: parley.Meeting}},
	"talks":        {{typ: parley.Meeting, noun: true}},
	"encounter":    {{typ: parley.Meeting, noun: true}},
	"session":      {{typ: parley.Meeting, noun: true}},
	"sessions":     {{typ: parley.Meeting, noun: true}},
	"discussions":  {{typ: parley.Meeting, noun: true}},
	"gathering":    {{typ: parley.Meeting, noun: true}},
	"summit":       {{typ: parley.Summit, noun: true}},
	"visit":        {{typ: parley.Visit, noun: true}},
	"visited":      {{typ: parley.Visit}},
	"visits":       {{typ: parley.Visit}},
	"visiting":     {{typ: parley.Visit}},
	"trip":         {{typ: parley.Visit, noun: true}},
	"arrived":      {{typ: parley.Visit, next: []string{"in"}}},
	"traveled":     {{typ: parley.Visit, next: []string{"to"}}},
	"travelled":    {{typ: parley.Visit, next: []string{"to"}}},
	"flew":         {{typ: parley.Visit, next: []string{"to"}}},
	"call":         {{typ: parley.Call, noun: true}},
	"calls":        {{typ: parley.Call, noun: true}},
	"phoned":       {{typ: parley.Call}},
	"rang":         {{typ: parley.Call}},
	"telephoned":   {{typ: parley.Call}},
	"spoke":        spokeTriggers,
	"spoken":       spokeTriggers,
	"came":         {{typ: parley.Meeting, next: []string{"face", "to", "face", "with"}}, {typ: parley.Meeting, next: []string{"face", "to", "face"}}},
	"come":         {{typ: parley.Meeting, next: []string{"face", "to", "face", "with"}}, {typ: parley.Meeting, next: []string{"face", "to", "face"}}},
	"courtesy":     {{typ: parley.Meeting, next: []string{"call", "on"}}},
	"dined":        {{typ: parley.Meeting}},
	"lunched":      {{typ: parley.Meeting}},
	"speaking":     {{typ: parley.Call, next: []string{"by", "phone"}}, {typ: parley.Call, next: []string{"by", "telephone"}}, {typ: parley.Call, next: []string{"on", "the", "phone"}}},
	"talked":       {{typ: parley.Call, next: []string{"by", "phone"}}, {typ: parley.Call, next: []string{"with"}}, {typ: parley.Meeting}},
	"hosting":      {{typ: parley.Meeting}},
	"briefed":      {{typ: parley.Meeting}},
	"brief":        {{typ: parley.Meeting}},
	"handshake":    {{typ: parley.Meeting, noun: true}},
	"exchanged":    {{typ: parley.Meeting, next: []string{"a", "few", "words"}}, {typ: parley.Meeting, next: []string{"words"}}, {typ: parley.Meeting, next: []string{"greetings"}}, {typ: parley.Meeting, next: []string{"pleasantries"}}},
	"conversation": {{typ: parley.Call, noun: true}},
	"negotiations": {{typ: parley.Negotiation, noun: true}},
	"signed":       {{typ: parley.Agreement}},
	"put":          {{typ: parley.Agreement, next: []string{"their", "signatures"}}, {typ: parley.Agreement, next: []string{"their", "names"}}},
}

// spokeTriggers are the phrases "spoke" and "spoken" start: by phone or video (a
// call), face to face (a meeting), with or to someone (a call if the sentence names a
// phone, else a meeting), on the margins or sidelines of a gathering (a meeting).
var spokeTriggers = []trigger{{typ: parley.Meeting, next: []string{"face", "to", "face"}},
	{typ: parley.Meeting, next: []string{"on", "the", "margins"}}, {typ: parley.Meeting, next: []string{"on", "the", "sidelines"}},
	{typ: parley.Call, next: []string{"by", "phone"}}, {typ: parley.Call, next: []string{"by", "telephone"}},
	{typ: parley.Call, next: []string{"by", "video", "link"}}, {typ: parley.Call, next: []string{"by", "video"}},
	{typ: parley.Call, next: []string{"by", "videoconference"}}, {typ: parley.Call, next: []string{"on", "the", "phone"}},
	{typ: parley.Call, next: []string{"with"}}, {typ: parley.Call, next: []string{"to"}}}

// personVerbs name a meeting only when a person's name follows them at once: "had
// already seen Putin", "took Obama to dinner", "handed Trump a letter".
var personVerbs = map[string]bool{"see": true, "saw": true, "seen": true, "took": true, "handed": true}

// callVerbs name a call when a person follows them and no description of that person
// ("called Zelensky a dictator"); see calledPerson.
var callVerbs = map[string]bool{"called": true}

// callOnVerbs name a courtesy visit when "on" and a person follow them ("Modi called on
// the governor-general"); see calledOnPerson.
var callOnVerbs = map[string]bool{"called": true, "call": true, "calls": true, "calling": true}

// mealNouns name a meeting when "for" brings the guest: "gave a banquet for Kim".
var mealNouns = map[string]bool{"banquet": true, "dinner": true, "lunch": true, "luncheon": true,
	"breakfast": true, "supper": true}

// infinitiveOnly triggers are verbs only after "to"; elsewhere they are adjectives or
// nouns ("to brief Trump", but "brief statements").
var infinitiveOnly = map[string]bool{"brief": true}

// withVerbs name a contact when a "with" brings the partner soon after them: "discussed
// the proposal with X", "signed the accord with X", "spent seven hours with X".
var withVerbs = map[string]parley.EventType{"discussed": parley.Meeting, "signed": parley.Meeting,
	"spent": parley.Meeting, "dined": parley.Meeting, "lunched": parley.Meeting,
	"negotiated": parley.Negotiation, "conferred": parley.Meeting, "consulted": parley.Meeting,
	"tea": parley.Meeting, "dinner": parley.Meeting, "lunch": parley.Meeting, "breakfast": parley.Meeting,
	"supper": parley.Meeting, "banquet": parley.Meeting, "luncheon": parley.Meeting}

// togetherVerbs name a meeting of their subjects when "alone" or "together" follows
// soon after them: "spent two hours alone", "spent the evening together".
var togetherVerbs = map[string]bool{"spent": true, "spend": true, "sat": true, "stood": true, "walked": true,
	"appeared": true, "appear": true}

// lightVerbs take a noun trigger as object: their subject takes part ("held talks",
// "joined ... in a summit").
var lightVerbs = map[string]bool{"held": true, "hold": true, "holding": true, "holds": true,
	"had": true, "have": true, "having": true, "joined": true, "join": true, "joins": true,
	"attended": true, "attend": true, "attending": true, "began": true, "concluded": true,
	"wrapped": true, "spent": true, "convened": true, "chaired": true, "co-chaired": true,
	"opened": true, "sat": true, "made": true, "paid": true, "paying": true, "completed": true,
	"ended": true, "started": true, "took": true, "take": true}

// joinVerbs bring their objects into the event as well ("X joined Y in a summit").
var joinVerbs = map[string]bool{"joined": true, "join": true, "joins": true}

// clauseBreaks end a clause.
var clauseBreaks = map[string]bool{";": true, ":": true, "—": true, "–": true, "--": true, "but": true,
	"while": true, "whereas": true, "although": true, "since": true, "who": true, "which": true,
	"where": true, "because": true, "after": true, "before": true, "when": true,
	"whom": true, "that": true, "until": true, "“": true, "”": true, "\"": true, "(": true, ")": true}

// skipBack are words between a subject and its verb ("Trump also met", "had previously").
var skipBack = map[string]bool{"also": true, "last": true, "first": true, "finally": true,
	"previously": true, "then": true, "later": true, "again": true, "had": true, "has": true,
	"have": true, "reportedly": true, "briefly": true, "separately": true, "recently": true,
	"together": true, "both": true, "all": true, "each": true, "once": true, "never": true,
	"not": true, "did": true, "didn't": true, "n't": true, "will": true, "would": true,
	"is": true, "are": true, "was": true, "were": true, "due": true, "to": true, "expected": true,
	"set": true, "scheduled": true, "plans": true, "planned": true, "could": true, "may": true,
	"might": true, "can": true, "shall": true, "already": true, "personally": true, "formally": true,
	"directly": true, "virtually": true, "subsequently": true, "eventually": true, "only": true,
	"just": true, "secretly": true, "privately": true, "publicly": true, "jointly": true}

// objectLinks may stand between a verb and its objects or between objects.
var objectLinks = map[string]bool{"with": true, "and": true, ",": true, "the": true, "his": true,
	"her": true, "their": true, "its": true, "by": true, "both": true, "separately": true,
	"counterpart": true, "counterparts": true, "together": true, "as": true, "well": true, "including": true}

// groupNouns introduce the countries or bodies whose leaders took part ("leaders from
// Germany, Poland and Italy").
var groupNouns = map[string]bool{"leaders": true, "representatives": true, "officials": true,
	"ministers": true, "delegations": true, "envoys": true, "diplomats": true, "counterparts": true,
	"heads": true}

// definite determiners before a noun trigger make it refer back to an event already
// told.
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "such": true}

// absenceCues say that the subject of the clause was not there.
var absenceCues = cueList{class: classAbsenceCue, cues: [][]string{{"unable", "to", "attend"}, {"did", "not", "attend"}, {"didn't", "attend"},
	{"did", "not", "take", "part"}, {"skipped"}, {"stayed", "away"}, {"was", "absent"}, {"were", "absent"},
	{"sent", "their"}, {"sent", "his"}, {"sent", "her"}, {"was", "represented", "by"},
	{"were", "represented", "by"}, {"had", "no", "representative"}, {"not", "invited"},
	{"did", "not", "join"}, {"pulled", "out"}, {"declined", "to", "attend"}, {"missed"}}}

// futureCues before a trigger make the event planned.
var futureCues = cueList{class: classFutureCue, cues: [][]string{{"will"}, {"'ll"}, {"shall"}, {"is", "due", "to"}, {"are", "due", "to"},
	{"is", "expected", "to"}, {"are", "expected", "to"}, {"is", "set", "to"}, {"are", "set", "to"},
	{"is", "scheduled", "to"}, {"are", "scheduled", "to"}, {"plans", "to"}, {"plan", "to"},
	{"planned", "to"}, {"intends", "to"}, {"intend", "to"}, {"hopes", "to"}, {"hope", "to"},
	{"agreed", "to"}, {"invitation", "to"}, {"invited"}, {"inviting"}, {"upcoming"}, {"planned"}, {"proposed"},
	{"next"}, {"wants", "to"}, {"want", "to"}, {"aims", "to"}, {"is", "to"}, {"are", "to"},
	{"was", "to"}, {"were", "to"}, {"was", "due", "to"}, {"were", "due", "to"}, {"was", "expected", "to"},
	{"were", "expected", "to"}, {"was", "set", "to"}, {"were", "set", "to"}, {"was", "scheduled", "to"},
	{"were", "scheduled", "to"}, {"is", "due"}, {"are", "due"}, {"was", "due"}, {"were", "due"},
	{"pencilled", "in"}, {"penciled", "in"}, {"slated"}, {"scheduled", "for"}, {"next", "stop"},
	{"request", "for"}, {"requested"}, {"sought"}, {"seeks"}}}

// openCues after a subject noun trigger leave it open: "a meeting with X has not been
// ruled out", "when X's summit with Y appeared in doubt".
var openCues = cueList{class: classOpenCue, cues: [][]string{{"not", "been", "ruled", "out"}, {"not", "ruled", "out"}, {"not", "be", "ruled", "out"},
	{"not", "been", "excluded"}, {"remains", "possible"}, {"remained", "possible"}, {"in", "doubt"},
	{"in", "jeopardy"}, {"in", "the", "balance"}, {"uncertain"}}}

// failedCues after a subject noun trigger say it did not happen: "talks with X never took
// place".
var failedCues = cueList{class: classFailedCue, cues: [][]string{{"never", "took", "place"}, {"never", "happened"}, {"did", "not", "take", "place"},
	{"didn't", "take", "place"}, {"did", "not", "happen"}, {"failed", "to", "materialize"},
	{"failed", "to", "materialise"}, {"was", "ruled", "out"}, {"were", "ruled", "out"},
	{"has", "been", "ruled", "out"}, {"have", "been", "ruled", "out"}}}

// predicateFutureCues after a subject noun trigger make it planned: "talks with X are
// expected next week".
var predicateFutureCues = cueList{class: classPredicateFutureCue, cues: [][]string{{"will"}, {"'ll"}, {"is", "expected"}, {"are", "expected"},
	{"is", "planned"}, {"are", "planned"}, {"was", "planned"}, {"were", "planned"}, {"is", "scheduled"},
	{"are", "scheduled"}, {"was", "scheduled"}, {"were", "scheduled"}, {"is", "due"}, {"are", "due"},
	{"is", "set"}, {"are", "set"}, {"was", "due"}, {"were", "due"}, {"is", "likely"}, {"are", "likely"},
	{"shall"}, {"is", "to"}, {"are", "to"}}}

// hypotheticalCues before a trigger make the event hypothetical: a wish ("he wants a
// summit with X") is not a contact.
var hypotheticalCues = cueList{class: classHypotheticalCue, cues: [][]string{{"could"}, {"might"}, {"may"}, {"if"}, {"whether"}, {"would"},
	{"possible"}, {"potential"}, {"unless"}, {"offered", "to"}, {"offer", "to"}, {"offers", "to"},
	{"offering", "to"}, {"willing", "to"}, {"ready", "to"}, {"called", "for"}, {"calls", "for"},
	{"calling", "for"}, {"call", "for"}, {"pushed", "for"}, {"pushing", "for"}, {"pressed", "for"},
	{"pressing", "for"}, {"appealed", "for"}, {"wants"}, {"want"}, {"wanted"}, {"wanting"},
	{"hopes", "for"}, {"hoped", "for"}, {"hoping", "for"}}}

// negationCues before a trigger mean it did not happen.
var negationCues = cueList{class: classNegationCue, cues: [][]string{{"not"}, {"n't"}, {"never"}, {"no"}, {"without"}, {"refused"},
	{"declined"}, {"turned", "down"}, {"rejected"}, {"ruled", "out"}, {"denied"}, {"neither"},
	{"nor"}, {"instead", "of"}, {"rather", "than"}}}

// cancelCues near a trigger mean it was called off.
var cancelCues = cueList{class: classCancelCue, cues: [][]string{{"cancelled"}, {"canceled"}, {"called", "off"}, {"postponed"},
	{"scrapped"}, {"shelved"}, {"cancel"}, {"postpone"}, {"put", "off"}, {"puts", "off"},
	{"putting", "off"}, {"pushed", "back"}, {"delayed"}}}

// pluralAnaphors refer to the participants of the event just told, longest first.
var pluralAnaphors = cueList{class: classPluralAnaphor, cues: [][]string{{"the", "two", "leaders"}, {"the", "two", "presidents"}, {"the", "two", "men"},
	{"the", "two", "women"}, {"the", "two", "sides"}, {"the", "two", "ministers"}, {"the", "two", "diplomats"},
	{"the", "three", "leaders"}, {"the", "four", "leaders"}, {"the", "five", "leaders"}, {"the", "three", "men"},
	{"the", "four", "men"}, {"both", "leaders"}, {"both", "men"}, {"both", "sides"}, {"the", "leaders"},
	{"the", "ministers"}, {"all", "three"}, {"all", "four"}, {"all", "five"}, {"the", "pair"}, {"the", "two"},
	{"the", "three"}, {"the", "four"}, {"the", "five"}, {"they"}}}

// commonNouns after "the two" or "the three" make it a determiner, not an anaphor: "the
// two countries' foreign ministers".
var commonNouns = map[string]bool{"countries": true, "nations": true, "governments": true, "states": true,
	"delegations": true, "teams": true, "capitals": true, "militaries": true, "armies": true,
	"neighbours": true, "neighbors": true, "rivals": true, "allies": true, "parties": true,
	"days": true, "weeks": true, "months": true, "years": true, "hours": true, "rounds": true,
	"meetings": true, "sessions": true, "sets": true, "documents": true, "agreements": true, "deals": true}

// subjectPronouns may open a clause after "as" ("as they met").
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// pronouns refer to the most salient person.
var pronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}

// prepositions before a name keep it out of a clause's subjects and objects.
var prepositions = map[string]bool{"in": true, "at": true, "of": true, "from": true, "on": true,
	"over": true, "about": true, "for": true, "against": true, "during": true, "into": true,
	"under": true, "toward": true, "towards": true, "across": true, "near": true, "amid": true,
	"like": true, "than": true, "within": true, "without": true, "via": true, "through": true,
	"alongside": true, "beside": true, "behind": true, "after": true, "before": true, "since": true,
	"to": true, "between": true, "among": true, "including": true, "with": true}

// quoteVerbs mark a statement when the sentence has a quotation.
var quoteVerbs = map[string]bool{"said": true, "says": true, "told": true, "stated": true,
	"stating": true, "described": true, "emphasized": true, "emphasised": true, "added": true,
	"declared": true, "wrote": true, "insisted": true, "warned": true, "stressed": true,
	"noted": true, "announced": true, "called": true, "saying": true, "asked": true, "urged": true}

// cueList is a lexicon list of cues, each a sequence of lower-case words, with the
// class of their first words: a rule tries a list's cues only at tokens of its class.
type cueList struct {
	class wordClass
	cues  [][]string
}

// wordClass is the set of lexicon lists a lower-case word is in. Each token's class is
// looked up once per sentence, so rules test membership without hashing the word again.
type wordClass uint32

// Word classes, one per lexicon list (see wordClasses).
const (
	classTrigger        wordClass = 1 << iota // starts a trigger
	classWithVerb                             // withVerbs
	classLightVerb                            // lightVerbs
	classClauseBreak                          // clauseBreaks
	classSkipBack                             // skipBack
	classObjectLink                           // objectLinks
	classGroupNoun                            // groupNouns
	classPreposition                          // prepositions
	classPronoun                              // pronouns
	classSubjectPronoun                       // subjectPronouns
	classQuoteVerb                            // quoteVerbs
	classDelegationNoun                       // delegationNouns
	classLeaderNoun                           // leaderNouns
	classLeadVerb                             // leadVerbs
	classCompanionVerb                        // companionVerbs
	classJoinVerb                             // joinVerbs
	// The first words of the cues of each cueList.
	classAbsenceCue
	classFutureCue
	classOpenCue
	classFailedCue
	classPredicateFutureCue
	classHypotheticalCue
	classNegationCue
	classCancelCue
	classPluralAnaphor
	classPartakeCue
)

// wordClasses holds the lexicon lists each lower-case word is in.
var wordClasses = newClassTable(newWordClasses())

// newWordClasses returns the lexicon classes of every word the lexicon lists.
func newWordClasses() map[string]wordClass {
	classes := map[string]wordClass{}
	for w := range triggers {
		classes[w] |= classTrigger
	}
	for w := range withVerbs {
		classes[w] |= classWithVerb
	}
	for w := range togetherVerbs {
		classes[w] |= classWithVerb
	}
	for w := range personVerbs {
		classes[w] |= classWithVerb
	}
	for w := range callVerbs {
		classes[w] |= classWithVerb
	}
	for w := range callOnVerbs {
		classes[w] |= classWithVerb
	}
	sets := []struct {
		words map[string]bool
		class wordClass
	}{
		{lightVerbs, classLightVerb}, {clauseBreaks, classClauseBreak}, {skipBack, classSkipBack},
		{objectLinks, classObjectLink}, {groupNouns, classGroupNoun}, {prepositions, classPreposition},
		{pronouns, classPronoun}, {subjectPronouns, classSubjectPronoun}, {quoteVerbs, classQuoteVerb},
		{delegationNouns, classDelegationNoun}, {leaderNouns, classLeaderNoun}, {leadVerbs, classLeadVerb},
		{companionVerbs, classCompanionVerb}, {bringVerbs, classCompanionVerb}, {joinVerbs, classJoinVerb},
	}
	for _, s := range sets {
		for w, in := range s.words {
			if in {
				classes[w] |= s.class
			}
		}
	}
	for _, l := range []cueList{absenceCues, futureCues, openCues, failedCues, predicateFutureCues,
		hypotheticalCues, negationCues, cancelCues, pluralAnaphors, partakeCues, hostCues} {
		for _, c := range l.cues {
			classes[c[0]] |= l.class
		}
	}
	return classes
}
