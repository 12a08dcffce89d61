package timex

import (
	"github.com/parleyhq/parley"
)

// matcher tries one rule family at token i. On a match it fills out and returns true;
// otherwise out may hold anything.
type matcher func(s *scan, i int, out *hit) bool

// allMatchers are tried at a function word that can begin an expression ("the",
// "last", "early"); the longest match wins.
var allMatchers = []matcher{
	(*scan).matchRef,
	(*scan).matchDeictic,
	(*scan).matchWeekday,
	(*scan).matchMonth,
	(*scan).matchYear,
	(*scan).matchNumericDate,
	(*scan).matchClock,
	(*scan).matchRelative,
	(*scan).matchQuarter,
	(*scan).matchDuration,
	(*scan).matchSet,
	(*scan).matchHoliday,
	(*scan).matchSeason,
}

// matchersByClass are the rule families that can begin with a word of each class.
var matchersByClass = map[wordClass][]matcher{
	wMonth:     {(*scan).matchMonth},
	wWeekday:   {(*scan).matchWeekday},
	wNumber:    {(*scan).matchQuarter, (*scan).matchDuration, (*scan).matchYear},
	wTens:      {(*scan).matchDuration},
	wOrdinal:   {(*scan).matchQuarter, (*scan).matchYear},
	wUnit:      {(*scan).matchDuration, (*scan).matchRelative, (*scan).matchQuarter, (*scan).matchWeekOf},
	wSeason:    {(*scan).matchSeason},
	wPartOfDay: {(*scan).matchClock},
	wDeictic:   {(*scan).matchDeictic},
	wRef:       {(*scan).matchRef},
	wSet:       {(*scan).matchSet},
	wHoliday:   {(*scan).matchHoliday},
}

// digitMatchers are the rule families that can begin with a number in digits.
var digitMatchers = []matcher{(*scan).matchMonth, (*scan).matchYear, (*scan).matchNumericDate,
	(*scan).matchClock, (*scan).matchDuration, (*scan).matchQuarter}

var apostropheMatchers = []matcher{(*scan).matchYear}

// matchers returns the rule families worth trying at token i.
func (s *scan) matchers(i int) []matcher {
	if i >= len(s.toks) {
		return nil
	}
	t := &s.toks[i]
	switch {
	case t.kind == tDigits:
		return digitMatchers
	case t.kind == tPunct && t.punct == '\'':
		return apostropheMatchers // "the '80s"
	case t.lex == nil:
		return nil
	case t.lex.class == wFunc:
		return allMatchers
	}
	return matchersByClass[t.lex.class]
}

// match fills out with the longest expression starting at token i, with its
// approximation or article prefix, and reports whether there is one.
func (s *scan) match(i int, out *hit) bool {
	if j, ok := s.approx(i); ok {
		if s.matchThe(j, out) && (out.typ == "DURATION" || out.typ == "TIME" || out.relative) {
			out.i = i
			out.j = s.trailingHedge(out.j)
			return true
		}
	}
	if !s.matchThe(i, out) {
		return false
	}
	out.j = s.trailingHedge(out.j)
	return true
}

// trailingHedge returns the token after a hedge that closes an expression ending before
// token j ("the next year or so", "1994 or later", "1990 and beyond"), else j.
func (s *scan) trailingHedge(j int) int {
	switch {
	case s.is(j, "or") && s.is(j+1, "so", "later"):
		return j + 2
	case s.is(j, "and") && s.is(j+1, "beyond"):
		return j + 2
	}
	return j
}

// matchThe fills out with the longest expression at token i, with a leading "the" when
// the expression takes it ("the third quarter", "the past two months").
func (s *scan) matchThe(i int, out *hit) bool {
	if s.is(i, "the") {
		if s.core(i+1, out) && out.theOK {
			out.i = i
			return true
		}
	}
	return s.core(i, out)
}

// core fills out with the longest match of any rule family at token i. The first rule
// that matches writes straight into out; later ones into s.cand, copied only when
// longer. No rule calls core, so one scratch hit serves.
func (s *scan) core(i int, out *hit) bool {
	found := false
	for _, m := range s.matchers(i) {
		if !found {
			found = m(s, i, out)
			continue
		}
		if m(s, i, &s.cand) && s.cand.j > out.j {
			*out = s.cand
		}
	}
	return found
}

// approx returns the token after a hedge such as "more than", "nearly", "at least".
func (s *scan) approx(i int) (int, bool) {
	switch s.w(i) {
	case "more", "less":
		if s.is(i+1, "than") {
			return i + 2, true
		}
	case "no":
		if s.is(i+1, "more", "less") && s.is(i+2, "than") {
			return i + 3, true
		}
	case "nearly", "almost", "about", "around", "approximately", "roughly":
		return i + 1, true
	case "over":
		// "lasted over a week" is more than a week; "spread over three years" is during
		if _, _, _, ok := s.number(i + 1); ok && (s.is(i-1, "for", "than", "took", "in", "of", "after", "last") || s.textIs(i-1, overHedgeVerbs...)) {
			return i + 1, true
		}
	case "some", "under":
		if _, _, _, ok := s.number(i + 1); ok {
			return i + 1, true
		}
	case "just":
		if s.is(i+1, "over", "under") {
			return i + 2, true
		}
	case "at":
		if s.is(i+1, "least") {
			return i + 2, true
		}
	case "up":
		if s.is(i+1, "to") {
			return i + 2, true
		}
	}
	return i, false
}

// overHedgeVerbs before "over" and a quantity make it "more than" ("lasted over a week").
var overHedgeVerbs = []string{"lasted", "lasting", "lasts", "takes", "taking", "spent", "spend", "waited", "wait"}

// dateHit returns a DATE (or TIME, with a part of day or clock) hit over [i, j) for p.
func (s *scan) dateHit(i, j int, p period, relative bool) hit {
	typ := "DATE"
	if p.pod != "" || p.clock != "" {
		typ = "TIME"
	}
	return hit{i: i, j: j, typ: typ, gran: p.gran, p: p, dated: true, relative: relative}
}

// direction returns the ref that stands for p when the anchor is unknown: refPast,
// refPresent or refFuture.
func (s *scan) direction(p period) int {
	if p.t.Before(s.anchor) {
		return refPast
	}
	if a, _ := p.interval(); a.After(s.anchor) {
		return refFuture
	}
	return refPresent
}

// refHit returns a vague DATE hit with value PRESENT_REF, PAST_REF or FUTURE_REF.
func refHit(i, j, ref int) hit {
	return hit{i: i, j: j, typ: "DATE", value: refValues[ref], gran: parley.Vague}
}
