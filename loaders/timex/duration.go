package timex

import (
	"strconv"

	"github.com/parleyhq/parley"
)

// unitCodes are the TIMEX3 duration letters of each unit; time units take a "T".
var unitCodes = map[int]string{uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE",
	uWeek: "W", uMonth: "M", uQuarter: "Q", uYear: "Y", uDecade: "DE", uCentury: "CE"}

// halfUnits are the values of "half a UNIT".
var halfUnits = map[int]string{uMinute: "PT30S", uHour: "PT30M", uDay: "PT12H", uWeek: "P3.5D",
	uMonth: "P0.5M", uYear: "P6M", uDecade: "P5Y", uCentury: "P50Y"}

// durationValue returns the TIMEX3 value of n units ("P2Y", "PT90M", "PXD" when fuzzy).
func durationValue(n int, fuzzy bool, unit int) string {
	num := strconv.Itoa(n)
	switch {
	case fuzzy:
		num = "X"
	case unit == uDecade:
		return "P" + strconv.Itoa(10*n) + "Y"
	case unit == uCentury:
		return "P" + strconv.Itoa(100*n) + "Y"
	case unit == uWeekend:
		return "P" + strconv.Itoa(2*n) + "D"
	}
	if unit <= uHour {
		return "PT" + num + unitCodes[unit]
	}
	return "P" + num + unitCodes[unit]
}

func durationHit(i, j, n int, fuzzy bool, unit int) hit {
	return hit{i: i, j: j, typ: "DURATION", value: durationValue(n, fuzzy, unit)}
}

// number reads a quantity at j: "3", "three", "twenty-four", "a", "a few", "several",
// "a couple of", "two thousand". fuzzy is true for vague quantities.
func (s *scan) number(j int) (n int, fuzzy bool, end int, ok bool) {
	if d, ok := s.digits(j, 0); ok {
		if s.tight(j+1) && (s.punct(j+1, ':') || s.punct(j+1, '/') || s.punct(j+1, '.') || s.punct(j+1, ',')) {
			if _, more := s.digits(j+2, 0); more && s.tight(j+2) {
				return 0, false, j, false
			}
		}
		return d, false, j + 1, true
	}
	w := s.w(j)
	switch w {
	case "a", "an":
		switch {
		case s.is(j+1, "few"):
			return 0, true, j + 2, true
		case s.is(j+1, "couple") && s.is(j+2, "of"):
			return 2, false, j + 3, true
		case s.is(j+1, "dozen"):
			return 12, false, j + 2, true
		case s.is(j+1, "hundred"):
			return 100, false, j + 2, true // "almost a hundred years"
		case s.is(j+1, "thousand"):
			return 1000, false, j + 2, true
		}
		return 1, false, j + 1, true
	case "couple":
		if s.is(j+1, "of") {
			return 2, false, j + 2, true
		}
		return 0, false, j, false
	case "several", "few", "many", "some":
		return 0, true, j + 1, true
	}
	if e, ok := s.class(j, wNumber); ok && e.val >= 0 {
		n, end = e.val, j+1
	} else if e, ok := s.class(j, wTens); ok {
		n, end = e.val, j+1
		k := end
		if k2, ok := s.hyphen(k); ok {
			k = k2
		}
		if o, ok := s.class(k, wNumber); ok && o.val >= 1 && o.val <= 9 && s.w(k) != "a" && s.w(k) != "an" {
			n, end = n+o.val, k+1
		}
	} else {
		return 0, false, j, false
	}
	switch {
	case s.is(end, "hundred"):
		n, end = n*100, end+1
	case s.is(end, "thousand"):
		n, end = n*1000, end+1
	}
	return n, false, end, true
}

// unitAt reads a unit word at j, including "second(s)" which is also an ordinal.
func (s *scan) unitAt(j int) (int, bool) {
	if e, ok := s.class(j, wUnit); ok {
		return e.val, true
	}
	if s.is(j, "second") {
		return uSecond, true
	}
	return 0, false
}

// matchDuration: "two years", "90 minutes", "a five-year", "16-hour", "several days",
// "three years ago", "two days later", "a week earlier", "years" after a cue.
func (s *scan) matchDuration(i int, out *hit) bool {
	if s.is(i, "half") && s.is(i+1, "a", "an") {
		if unit, ok := s.unitAt(i + 2); ok && halfUnits[unit] != "" && !s.plural(i+2) {
			*out = hit{i: i, j: i + 3, typ: "DURATION", value: halfUnits[unit]}
			return true
		}
	}
	n, fuzzy, j, ok := s.number(i)
	if !ok {
		return s.bareUnits(i, out)
	}
	if s.halfDuration(i, j, n, fuzzy, out) || s.rangeDuration(i, j, n, fuzzy, out) {
		return true
	}
	k := j
	if s.is(k, "more") && s.toks[i].kind == tDigits || s.is(k, "more") && !s.is(i, "a", "an", "some", "many") {
		k++ // "two more weeks"
	} else if _, unit := s.unitAt(k + 1); unit && s.is(k, countAdjectives...) {
		k++ // "an additional year", "three straight years"
	}
	adjective := false
	if k2, ok := s.hyphen(k); ok {
		k, adjective = k2, true
	}
	unit, ok := s.unitAt(k)
	if !ok {
		return false
	}
	if n >= minFreeYear && n <= maxYear && !s.plural(k) && !adjective {
		return false // "the 1988 quarter" names a period of that year
	}
	if (s.w(i) == "a" || s.w(i) == "an") && j == i+1 && s.plural(k) {
		return false
	}
	if unit == uSecond && s.w(k) == "second" && (n != 1 || j == i+1 && s.toks[i].kind == tWord) {
		return false // "a second betrayal"
	}
	end := k + 1
	if unit == uQuarter && !fuzzy && s.fractionOf(k, end, adjective) {
		return false // "three-quarters of its food", "more than a quarter of the market"
	}
	if k2, ok := s.hyphen(end); ok && s.is(k2, "old", "earlier", "ago", "end") {
		return false // an age ("a 6-year-old"), or "year-earlier"
	}
	if s.is(end, "old") {
		return false
	}
	if adjective {
		*out = durationHit(i, end, n, fuzzy, unit)
		return true
	}
	if unit == uDay && j == i+1 && s.is(i, "one", "some") && s.is(i-1, "will", "would", "could", "may", "might") {
		*out = refHit(i, end, refFuture) // "Islam will one day be"
		return true
	}
	// a point in time: "three years ago", "two days later", "a week or so ago"
	if s.is(end, "or") && s.is(end+1, "so") && s.is(end+2, "ago", "earlier", "later") {
		end += 2
	}
	switch {
	case s.is(end, "ago"):
		*out = s.shifted(i, end+1, n, fuzzy, unit, -1, false)
		return true
	case s.is(end, "earlier"), s.is(end, "before") && s.closes(end+1):
		*out = s.shifted(i, end+1, n, fuzzy, unit, -1, true)
		return true
	case s.is(end, "later"), s.is(end, "after") && s.closes(end+1):
		*out = s.shifted(i, end+1, n, fuzzy, unit, 1, true)
		return true
	case s.is(end, "from") && s.is(end+1, "now"), s.is(end, "hence"):
		*out = s.shifted(i, end+1+boolInt(s.is(end, "from")), n, fuzzy, unit, 1, false)
		return true
	}
	if _, afterUnit := s.class(i-1, wUnit); s.w(i) == "a" && (s.is(i-1, "per") || s.isMoney(i-1) || afterUnit || s.countedNoun(i-1)) {
		return false // "$5 a year", "four flights a week" are rates
	}
	*out = durationHit(i, end, n, fuzzy, unit)
	return true
}

// fractionOf reports whether the quarter word at k, with the token after it at end,
// is a fraction rather than a period: "three-quarters" (a plural after a hyphen), or a
// quarter "of" a determined noun that is not a period ("a quarter of the market", "three
// quarters of its food"; but "two quarters of 1990", "several quarters of losses",
// "a quarter of a century").
func (s *scan) fractionOf(k, end int, hyphenated bool) bool {
	if hyphenated && s.plural(k) {
		return true
	}
	if !s.is(end, "of") || !s.is(end+1, fractionDeterminers...) {
		return false
	}
	j := end + 2
	if s.is(j, "fiscal", "current", "previous", "same", "last", "next") {
		j++
	}
	_, ok := s.class(j, wUnit)
	return !ok
}

// fractionDeterminers begin the noun phrase a fraction is taken of ("a quarter of the").
var fractionDeterminers = []string{"the", "its", "their", "his", "her", "our", "a", "an",
	"this", "that"}

// countAdjectives may stand between a number and its unit ("an additional year", "two
// consecutive quarters", "a full week").
var countAdjectives = []string{"additional", "extra", "further", "full", "consecutive", "straight"}

// determiners before an adverb-or-adjective show it modifies a noun.
var determiners = []string{"the", "a", "an", "its", "their", "his", "her", "our", "average"}

// modifiesNoun reports whether the adverb-or-adjective at token i stands before a noun:
// after a determiner, or followed by an ordinary word.
func (s *scan) modifiesNoun(i int) bool {
	if s.is(i-1, determiners...) || s.punct(i-1, '\'') {
		return true
	}
	if i+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[i+1]
	return t.kind == tWord && !t.upper && (t.lex == nil || t.lex.class == wUnit)
}

// closes reports whether token j ends a phrase (punctuation or the end of text).
func (s *scan) closes(j int) bool {
	return j >= len(s.toks) || s.toks[j].kind == tPunct
}

// countedNoun reports whether token j is a plural noun after a number ("four flights",
// "700 seats"), which "a week" after it makes a rate.
func (s *scan) countedNoun(j int) bool {
	if j < 1 || j >= len(s.toks) || s.toks[j].kind != tWord || s.toks[j].lex != nil || s.toks[j].upper {
		return false
	}
	t := &s.toks[j]
	if s.text[t.b1-1] != 's' {
		return false
	}
	_, fuzzy, end, ok := s.number(j - 1)
	if !ok && s.toks[j-1].kind == tDigits {
		ok, end = true, j // "1,000 copies": the last group of digits
	}
	return ok && !fuzzy && end == j
}

// isMoney reports whether token j ends an amount ("$5", "5 million").
func (s *scan) isMoney(j int) bool {
	return j >= 0 && j < len(s.toks) && (s.toks[j].kind == tDigits || s.is(j, "million", "billion"))
}

// shifted returns the date n units before (dir -1) or after (dir 1) the anchor, or the
// last date mentioned when fromRef.
func (s *scan) shifted(i, j, n int, fuzzy bool, unit, dir int, fromRef bool) hit {
	if fuzzy || unit < uDay {
		ref := refPast
		if dir > 0 {
			ref = refFuture
		}
		return refHit(i, j, ref)
	}
	base := unitPeriod(unit, s.anchor)
	switch {
	case fromRef && unit == uDay && s.hasDay:
		base = dayPeriod(s.refDay)
	case fromRef && unit != uDay && s.hasRef:
		base = unitPeriod(unit, s.ref.t)
	}
	if unit == uYear && s.hasRef && s.ref.gran == parley.Quarter {
		base = s.ref // "a year earlier" after a quarter is that quarter a year before
		n *= 4
	}
	if unit == uDecade {
		base = yearPeriod(s.anchor.Year())
		n *= 10
	}
	h := s.dateHit(i, j, base.shift(dir*n), true)
	h.derived = true
	return h
}

// bareUnits: "years", "months", "decades" after a cue word ("for years").
func (s *scan) bareUnits(i int, out *hit) bool {
	unit, ok := s.unitAt(i)
	if !ok || !s.plural(i) || unit == uSecond || unit == uQuarter || unit == uWeekend {
		return false
	}
	if s.is(i+1, "ago") || s.punct(i+1, '-') {
		return false
	}
	if s.is(i-1, "the") && s.is(i+1, "ahead") {
		*out = withThe(durationHit(i, i+2, 0, true, unit)) // "in the weeks ahead"
		return true
	}
	if unit == uYear && s.is(i-1, "the") && s.is(i-2, "over", "through") {
		*out = withThe(durationHit(i, i+1, 0, true, unit)) // "over the years"
		return true
	}
	if !s.is(i-1, "for", "in", "over", "within", "after", "than", "took") && !s.is(i+1, "of") {
		return false
	}
	*out = durationHit(i, s.pluralUnitsEnd(i+1), 0, true, unit) // "within weeks or months"
	return true
}

// halfValues are the TIMEX3 values of n and a half units, by unit.
var halfValues = map[int]func(n string) string{
	uSecond: func(n string) string { return "PT" + n + ".5S" },
	uMinute: func(n string) string { return "PT" + n + "M30S" },
	uHour:   func(n string) string { return "PT" + n + "H30M" },
	uDay:    func(n string) string { return "P" + n + "DT12H" },
	uWeek:   func(n string) string { return "P" + n + ".5W" },
	uMonth:  func(n string) string { return "P" + n + ".5M" },
	uYear:   func(n string) string { return "P" + n + "Y6M" },
}

// halfDuration: "5 1/2 hours", "two and a half years", "a minute and a half"; j is the
// token after the number n read at i.
func (s *scan) halfDuration(i, j, n int, fuzzy bool, out *hit) bool {
	if fuzzy {
		return false
	}
	k := j
	switch {
	case s.toks[i].kind == tDigits && s.fraction(j):
		k = j + 3
	case s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half"):
		k = j + 3
	}
	unit, ok := s.unitAt(k)
	if !ok || unit == uSecond && s.w(k) == "second" {
		return false
	}
	end := k + 1
	if k == j { // "a minute and a half"
		if !s.is(end, "and") || !s.is(end+1, "a") || !s.is(end+2, "half") {
			return false
		}
		end += 3
	}
	f := halfValues[unit]
	if f == nil {
		return false
	}
	*out = hit{i: i, j: end, typ: "DURATION", value: f(strconv.Itoa(n))}
	return true
}

// fraction reports whether tokens j.. are "1/2" glued together.
func (s *scan) fraction(j int) bool {
	a, ok1 := s.digits(j, 1)
	b, ok2 := s.digits(j+2, 1)
	return ok1 && ok2 && a == 1 && b == 2 && s.punct(j+1, '/') && s.tight(j+1) && s.tight(j+2)
}

// rangeDuration: "two to three weeks", "12 to 18 months": one expression, valued by its
// lower bound.
func (s *scan) rangeDuration(i, j, n int, fuzzy bool, out *hit) bool {
	if fuzzy || !s.is(j, "to") || s.is(i, "a", "an") {
		return false
	}
	m, fz, k, ok := s.number(j + 1)
	if !ok || fz || m <= n || s.is(j+1, "a", "an") {
		return false
	}
	unit, ok := s.unitAt(k)
	if !ok || s.w(k) == "second" {
		return false
	}
	*out = durationHit(i, k+1, n, false, unit)
	return true
}
