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
	words   []string // lower-case token texts
	mention []int    // token -> index into Doc.Mentions of the name it is part of, or -1
	prefix  []int    // token -> mention whose title/modifier prefix it is in, or -1
	timex   []int    // token -> index into Doc.Timexes, or -1
}

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
	salient  string            // the person "he" or "she" refers to
	lastDate *parley.DateRange // the date the discourse is about
	leadDate *parley.DateRange // the date of the first dated contact: the story's own
	dateline string
	// datelineWithin are the regions and country the dateline names its place in.
	datelineWithin []string
	paraStart      []bool            // sentence -> whether it opens a paragraph
	sents          []*sentence       // the annotated sentences
	heads          map[string]string // country id -> the person who led its delegation
}

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
	x := &extractor{d: d}
	x.dateline, x.datelineWithin = x.findDateline()
	x.paraStart = paragraphStarts(d)
	x.sents = make([]*sentence, len(d.Sentences))
	for si := range d.Sentences {
		x.sents[si] = x.annotate(si)
	}
	x.heads = x.findHeads()
	return x
}

func (x *extractor) annotate(si int) *sentence {
	s := &x.d.Sentences[si]
	n := len(s.Tokens)
	a := &sentence{idx: si, s: s, words: make([]string, n), mention: make([]int, n), prefix: make([]int, n), timex: make([]int, n)}
	for i, t := range s.Tokens {
		a.words[i] = strings.ToLower(t.Text)
		a.mention[i], a.prefix[i], a.timex[i] = -1, -1, -1
	}
	for mi, m := range x.d.Mentions {
		if m.Sent != si || m.Nominal && m.Tok1 > n {
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
	return a
}

func (x *extractor) sentence(si int) {
	if x.paraStart[si] {
		// A new paragraph returns to the story's own date unless it names another.
		x.lastDate = x.leadDate
	}
	a := x.sents[si]
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
	body := []rune(d.Article.Body)
	for i := 1; i < len(d.Sentences); i++ {
		newlines := 0
		for _, r := range body[min(d.Sentences[i-1].End, len(body)):min(d.Sentences[i].Start, len(body))] {
			if r == '\n' {
				newlines++
			}
		}
		starts[i] = newlines >= 2
	}
	return starts
}

// matchTrigger returns the trigger starting at token t and the token after it.
func (x *extractor) matchTrigger(a *sentence, t int) (trigger, int, bool) {
	if a.mention[t] >= 0 || a.timex[t] >= 0 {
		return trigger{}, 0, false
	}
	if typ, ok := withVerbs[a.words[t]]; ok {
		if j := withObject(a, t+1); j > 0 {
			return trigger{typ: typ}, j, true
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

// MaxWithGap is how many words may stand between a verb and the "with" that brings its
// partner ("discussed the proposal with").
const MaxWithGap = 6

// withObject returns the token of the "with" that follows the verb ending before k
// within MaxWithGap words, past no name, date, trigger or clause break; else 0.
func withObject(a *sentence, k int) int {
	for j := k; j < len(a.words) && j-k <= MaxWithGap; j++ {
		w := a.words[j]
		if w == "with" {
			return j
		}
		if a.mention[j] >= 0 || a.timex[j] >= 0 || triggers[w] != nil || isBreak(a, j) || w == "," {
			return 0
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
