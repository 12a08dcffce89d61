// Package events finds diplomatic events in an article whose entities and dates are
// already known: contacts (meetings, visits, calls, summits, negotiations) with their
// participants, absent parties, place, date and status, and statements and agreements.
//
// It works clause by clause from a trigger lexicon ("met", "held talks", "spoke by
// phone", "visit"): subjects are the names coordinated right before a verb (or the
// clause's subject for a noun), objects the names coordinated after it; modals, negation
// and cancellation set the status; the date is the clause's own expression, else the
// one governing the discourse. Definite descriptions ("the meeting", "the talks") refer
// back to the event just told.
package events

import (
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
	"github.com/parleyhq/parley/loaders/text"
)

// Doc is an article with its sentences, resolved mentions and dates.
type Doc struct {
	Article   *parley.Article
	Sentences []text.Sentence
	Mentions  []coref.Mention // in text order
	Entity    func(id string) *parley.Entity
	Timexes   []parley.Timex // in text order
	// CityOf returns the id of the city a landmark lies in, or "".
	CityOf func(id string) string
	// CountryOf returns the id of the country a place lies in, or "".
	CountryOf func(id string) string
}

// MaxDatelineDays is how many days before publication an event may lie and still take
// the dateline's place when its own sentence names none.
const MaxDatelineDays = 7

// Extract returns the events of the article, in text order.
func Extract(d *Doc) []parley.Event {
	x := newExtractor(d)
	for si := range x.sents {
		x.sentence(si)
	}
	return x.finish()
}

// token annotations of one sentence.
type sentence struct {
	idx     int
	s       *text.Sentence
	words   []string    // lower-case token texts
	class   []wordClass // token -> the lexicon lists its word is in
	mention []int       // token -> index into Doc.Mentions of the name it is part of, or -1
	prefix  []int       // token -> mention whose title/modifier prefix it is in, or -1
	timex   []int       // token -> index into Doc.Timexes, or -1
}

// is reports whether the word at token k is in one of the lexicon lists c.
func (a *sentence) is(k int, c wordClass) bool { return a.class[k]&c != 0 }

// lastTrigger is the event of the last trigger read and where it ended.
type lastTrigger struct {
	ev   *event
	sent int
	end  int      // token after the trigger
	subj []string // the subjects of its clause, for a coordinated verb ("visited X and met Y")
}

type extractor struct {
	d        *Doc
	last     lastTrigger
	events   []*event
	salient  []string          // the recent sentence subjects pronouns refer to, last latest
	group    namedGroup        // the last sentence subject naming two or more people
	lastDate *parley.DateRange // the date the discourse is about
	leadDate *parley.DateRange // the date of the first dated contact: the story's own
	dateline string
	// datelineWithin are the regions and country the dateline names its place in.
	datelineWithin []string
	datelineEnd    int               // the first token of the first sentence after the dateline
	paraStart      []bool            // sentence -> whether it opens a paragraph
	sents          []sentence        // the annotated sentences
	heads          map[string]string // country id -> the person who led its delegation
	peopleBuf      []string          // scratch for lastPeople
	subjectBuf     []string          // scratch for scratchSubject
}

// namedGroup is a sentence subject naming two or more people ("Macron, Merz and Tusk
// arrived"), which a plural anaphor may refer to when no event has them.
type namedGroup struct {
	ids  []string
	sent int
}

// GroupWindow is how many sentences after a named group a plural anaphor may refer to it.
const GroupWindow = 2

// event is an event being built.
type event struct {
	parley.Event
	sent     int
	lastSent int  // the last sentence that told of it
	noun     bool // told first by a noun ("a meeting with")
	explicit bool // has a date of its own
	negated  bool
}

func newExtractor(d *Doc) *extractor {
	x := &extractor{d: d, salient: make([]string, 0, MaxSalient)}
	x.dateline, x.datelineWithin, x.datelineEnd = x.findDateline()
	x.paraStart = paragraphStarts(d)
	x.annotate()
	x.heads = x.findHeads()
	return x
}

// annotate fills x.sents: each sentence's lower-case words, their lexicon classes and
// the mention and date each token is part of. Tokens of all sentences share a few
// allocations.
func (x *extractor) annotate() {
	sents := x.d.Sentences
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	words := lowerWords(sents, n)
	class := make([]wordClass, n)
	ints := make([]int, 3*n)
	for i := range ints {
		ints[i] = -1
	}
	x.sents = make([]sentence, len(sents))
	for si := range sents {
		s := &sents[si]
		k := len(s.Tokens)
		a := &x.sents[si]
		*a = sentence{idx: si, s: s, words: words[:k:k], class: class[:k:k],
			mention: ints[:k:k], prefix: ints[k : 2*k : 2*k], timex: ints[2*k : 3*k : 3*k]}
		words, class, ints = words[k:], class[k:], ints[3*k:]
		for i, w := range a.words {
			a.class[i] = wordClasses[w]
		}
	}
	for mi, m := range x.d.Mentions {
		if m.Sent < 0 || m.Sent >= len(x.sents) {
			continue
		}
		a := &x.sents[m.Sent]
		n := len(a.words)
		if m.Nominal && m.Tok1 > n {
			continue
		}
		for k := m.Tok0; k < m.Tok1 && k < n; k++ {
			a.mention[k] = mi
		}
		for k := m.Ext0; k < m.Tok0 && k < n; k++ {
			if a.mention[k] < 0 {
				a.prefix[k] = mi
			}
		}
	}
	for si := range x.sents {
		a := &x.sents[si]
		s := a.s
		for ti, t := range x.d.Timexes {
			if t.End <= s.Start || t.Start >= s.End {
				continue
			}
			for k, tok := range s.Tokens {
				if tok.Start >= t.Start && tok.End <= t.End {
					a.timex[k] = ti
				}
			}
		}
	}
}

// lowerWords returns the lower-cased texts of the n tokens of sents, in order, like
// strings.ToLower of each. ASCII words with capitals are written into one builder and
// share its memory: a strings.Builder never changes bytes it has written.
func lowerWords(sents []text.Sentence, n int) []string {
	words := make([]string, 0, n)
	var lower strings.Builder
	for i := range sents {
		for _, t := range sents[i].Tokens {
			w := t.Text
			switch ascii, upper := asciiCase(w); {
			case !ascii:
				w = strings.ToLower(w)
			case upper:
				start := lower.Len()
				for j := 0; j < len(w); j++ {
					c := w[j]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					lower.WriteByte(c)
				}
				w = lower.String()[start:]
			}
			words = append(words, w)
		}
	}
	return words
}

// asciiCase reports whether s is all ASCII and, if so, whether it has a capital.
func asciiCase(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false, false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return true, upper
}

func (x *extractor) sentence(si int) {
	if x.paraStart[si] {
		// A new paragraph returns to the story's own date unless it names another.
		x.lastDate = x.leadDate
	}
	a := &x.sents[si]
	found := 0
	for t := 0; t < len(a.words); t++ {
		tr, end, ok := x.matchTrigger(a, t)
		if !ok {
			continue
		}
		if x.clause(a, tr, t, end) {
			found++
		}
		t = end - 1
	}
	if x.earlier(a) {
		found++
	}
	x.companions(a)
	x.joiners(a)
	x.partakers(a)
	x.statement(a)
	x.absence(a)
	x.updateSalience(a)
	if found == 0 {
		x.noteDates(a)
	}
}

// paragraphStarts reports for each sentence of d whether a blank line comes before it.
func paragraphStarts(d *Doc) []bool {
	starts := make([]bool, len(d.Sentences))
	body := d.Article.Body
	// Walk the body once, counting code points (an invalid byte counts as one), and
	// count the newlines between each sentence's end and the next one's start.
	si, pos, newlines := 1, 0, 0
	for _, r := range body {
		if si >= len(d.Sentences) {
			break
		}
		for si < len(d.Sentences) && pos >= d.Sentences[si].Start {
			starts[si] = newlines >= 2
			si, newlines = si+1, 0
		}
		if si < len(d.Sentences) && pos >= d.Sentences[si-1].End && r == '\n' {
			newlines++
		}
		pos++
	}
	for ; si < len(d.Sentences); si++ {
		starts[si] = newlines >= 2
		newlines = 0
	}
	return starts
}

// matchTrigger returns the trigger starting at token t and the token after it.
func (x *extractor) matchTrigger(a *sentence, t int) (trigger, int, bool) {
	if a.mention[t] >= 0 || a.timex[t] >= 0 {
		return trigger{}, 0, false
	}
	if !a.is(t, classTrigger|classWithVerb) || infinitiveOnly[a.words[t]] && (t == 0 || a.words[t-1] != "to") {
		return trigger{}, 0, false
	}
	if typ, ok := withVerbs[a.words[t]]; ok {
		if j := withObject(a, t+1); j > 0 {
			if a.words[j] == "for" {
				j++ // past "for", which is no object link
			}
			return trigger{typ: typ}, j, true
		}
	}
	if personVerbs[a.words[t]] && t+1 < len(a.words) && x.personAt(a, t+1) != "" {
		return trigger{typ: parley.Meeting}, t + 1, true
	}
	if callVerbs[a.words[t]] && x.calledPerson(a, t+1) {
		return trigger{typ: parley.Call}, t + 1, true
	}
	if togetherVerbs[a.words[t]] {
		if j := togetherEnd(a, t+1); j > 0 {
			return trigger{typ: parley.Meeting}, j, true
		}
	}
	for _, tr := range triggers[a.words[t]] {
		if hasWords(a.words, t+1, tr.next) {
			if a.words[t] == "meeting" {
				tr.noun = isNounUse(a, t)
			}
			return tr, t + 1 + len(tr.next), true
		}
	}
	return trigger{}, 0, false
}

// calledPerson reports whether a person, named or "him" or "her", is the object at k
// of a verb of calling and no description follows it: "called Macron on Tuesday",
// "called him again to congratulate him", but not "called Zelensky a dictator".
func (x *extractor) calledPerson(a *sentence, k int) bool {
	if k >= len(a.words) {
		return false
	}
	for k < len(a.words) && a.mention[k] >= 0 && !participant(x.d.Mentions[a.mention[k]]) {
		k = x.d.Mentions[a.mention[k]].Tok1 // "called Ukrainian President X"
	}
	if k >= len(a.words) {
		return false
	}
	end := k + 1
	switch {
	case a.words[k] == "him" || a.words[k] == "her":
	case x.personAt(a, k) != "":
		mi := max(a.mention[k], a.prefix[k])
		end = x.d.Mentions[mi].Tok1
	default:
		return false
	}
	if end >= len(a.words) || a.timex[end] >= 0 || !isLowerWord(a.s.Tokens[end].Text) {
		return true
	}
	w := a.words[end]
	return a.is(end, classPreposition|classSkipBack) && !a.is(end, classLightVerb) || w == "and" || w == "again"
}

// MaxWithGap is how many words may stand between a verb and the "with" that brings its
// partner ("discussed the proposal with").
const MaxWithGap = 6

// withObject returns the token of the "with" that follows the verb ending before k
// within MaxWithGap words, past no name, date, trigger or clause break; else 0.
func withObject(a *sentence, k int) int {
	for j := k; j < len(a.words) && j-k <= MaxWithGap; j++ {
		w := a.words[j]
		if w == "with" || w == "for" && mealNouns[a.words[k-1]] && j == k {
			return j
		}
		if a.mention[j] >= 0 || a.timex[j] >= 0 || a.is(j, classTrigger) || isBreak(a, j) || w == "," {
			return 0
		}
	}
	return 0
}

// togetherEnd returns the token after the "alone" or "together" that follows the verb
// ending before k within MaxWithGap words, past no name, trigger or clause break
// ("spent more than two hours alone"); else 0.
func togetherEnd(a *sentence, k int) int {
	for j := k; j < len(a.words) && j-k <= MaxWithGap; j++ {
		if a.mention[j] >= 0 || a.is(j, classTrigger) || isBreak(a, j) || a.words[j] == "," {
			return 0
		}
		if a.words[j] == "alone" || a.words[j] == "together" {
			return j + 1
		}
	}
	return 0
}

// isNounUse reports whether the word at t is used as a noun: after a determiner,
// possessive or adjective rather than as a participle ("after meeting X").
func isNounUse(a *sentence, t int) bool {
	if t == 0 {
		return true
	}
	if t+1 < len(a.words) && a.words[t-1] == "," && (a.mention[t+1] >= 0 || a.prefix[t+1] >= 0) {
		return false // a participle naming whom: ", meeting Prime Minister X"
	}
	p := a.words[t-1]
	switch p {
	case "after", "before", "while", "since", "by", "when", "for":
		return false
	}
	return true
}

func hasWords(words []string, i int, want []string) bool {
	if i+len(want) > len(words) {
		return false
	}
	for k, w := range want {
		if words[i+k] != w {
			return false
		}
	}
	return true
}
