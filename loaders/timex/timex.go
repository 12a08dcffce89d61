// Package timex finds temporal expressions in text and normalises them to TIMEX3 values
// against the document creation date: "last month" in an article of 2024-12-19 is
// 2024-11, covering 2024-11-01..2024-11-30.
//
// It is a rule cascade over tokens: the text is tokenized once, words are looked up in a
// small lexicon, and only tokens that can begin a temporal expression start a match.
package timex

import (
	"sync"
	"time"

	"github.com/parleyhq/parley"
)

// Tagger finds and normalises temporal expressions. It is safe for concurrent use.
type Tagger struct {
	lex *lexicon
}

// NewTagger returns a Tagger with the built-in English lexicon.
func NewTagger() *Tagger { return &Tagger{lex: newLexicon(lexiconWords())} }

var defaultTagger = sync.OnceValue(NewTagger)

// Tag finds the temporal expressions in text and normalises them against anchor, the
// document creation date (YYYY-MM-DD; "" means unknown). Offsets are Unicode code points
// into text, half-open.
func Tag(text string, anchor string) []parley.Timex { return defaultTagger().Tag(text, anchor) }

// Tag is the package-level Tag with t's lexicon. An anchor that is not a YYYY-MM-DD date
// (RFC 3339 is accepted too) counts as unknown: expressions relative to it get the
// values PAST_REF, PRESENT_REF or FUTURE_REF and no interval.
func (tg *Tagger) Tag(text string, anchor string) []parley.Timex {
	s := scan{text: text}
	if len(anchor) >= len(dayLayout) {
		if a, err := time.Parse(dayLayout, anchor[:len(dayLayout)]); err == nil {
			s.anchor, s.known = a, true
		}
	}
	if !s.known {
		s.anchor = day(2000, 1, 1) // any date: values relative to it are replaced
	}
	buf := tokenPool.Get().(*[]token)
	s.toks = tokenize(text, tg.lex, (*buf)[:0])
	if cap(s.toks) <= maxPooledTokens {
		*buf = s.toks
		defer tokenPool.Put(buf)
	}
	collected := timexPool.Get().(*[]parley.Timex)
	out := (*collected)[:0]
	strong := -1 // the next token at or after i that is temporal by itself
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.kind != tDigits && (t.lex == nil || !t.lex.start) {
			i++
			continue
		}
		if strong < i {
			strong = s.nextStrong(i)
		}
		if strong-i >= maxWeakLead {
			i++ // a weak starter ("the", "a", "last") with nothing temporal after it
			continue
		}
		if !s.match(i, &s.found) {
			i++
			continue
		}
		out = append(out, s.emit(&s.found))
		i = s.found.j
	}
	if len(out) == 0 {
		timexPool.Put(collected)
		return nil
	}
	res := make([]parley.Timex, len(out))
	copy(res, out)
	if cap(out) <= maxPooledTimexes {
		clear(out) // let the pooled slice keep no text alive
		*collected = out
		timexPool.Put(collected)
	}
	return res
}

// maxWeakLead is how many tokens a weak starter ("the", "more than", "a") may stand
// before the temporal word of its expression: "the end of the fiscal year".
const maxWeakLead = 6

// Pool limits: a buffer that grew beyond these on a huge text is not kept for reuse.
const (
	maxPooledTokens  = 1 << 15
	maxPooledTimexes = 1 << 10
)

// timexPool recycles the slices Tag collects its results in before copying them out at
// their exact size.
var timexPool = sync.Pool{New: func() any { b := make([]parley.Timex, 0, 64); return &b }}

// tokenPool recycles token buffers between Tag calls.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 1024); return &b }}

// nextStrong returns the first token at or after i that is temporal by itself (a month,
// a unit, a number in digits, ...), or len(toks).
func (s *scan) nextStrong(i int) int {
	for ; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind == tDigits || t.lex != nil && t.lex.strong {
			return i
		}
	}
	return i
}

// hit is one recognised expression over tokens [i, j).
type hit struct {
	i, j     int
	typ      string
	value    string // the TIMEX3 value when not dated; emit writes a dated one from p
	gran     parley.Granularity
	p        period
	dated    bool // p holds the calendar period
	relative bool // the value depends on the anchor
	theOK    bool // a preceding "the" belongs to the expression
	derived  bool // computed from the last date mentioned: it does not replace it
}

// emit returns the Timex of h and records its period as the one under discussion. A
// dated Timex's Value, From and To are cut from one string, built in s.values.
func (s *scan) emit(h *hit) parley.Timex {
	t0, t1 := s.toks[h.i], s.toks[h.j-1]
	x := parley.Timex{Text: s.text[t0.b0:t1.b1], Start: t0.r0, End: t1.r1, Type: h.typ,
		Value: h.value, Granularity: h.gran}
	if h.dated {
		if h.relative && !s.known {
			x.Value, x.Granularity = refValues[s.direction(h.p)], parley.Vague
			return x
		}
		if !h.derived {
			s.ref, s.hasRef = h.p, true
		}
		if h.p.gran == parley.Day {
			s.refDay, s.hasDay = h.p.t, true
		}
		a, b := h.p.interval()
		buf := h.p.appendValue(s.values[:0])
		nv := len(buf)
		buf = appendDay(buf, a)
		na := len(buf)
		all := string(appendDay(buf, b))
		x.Value, x.From, x.To = all[:nv], all[nv:na], all[na:]
	}
	return x
}
