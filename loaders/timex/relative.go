package timex

import (
	"time"

	"github.com/parleyhq/parley"
)

// matchRef: "now", "currently", "recently", "soon", "the future", "the past",
// "recent years", "coming weeks", "these days".
func (s *scan) matchRef(i int, out *hit) bool {
	if e, ok := s.class(i, wRef); ok {
		if e.word == "soon" && (s.is(i-1, "as") || s.is(i+1, "after", "before")) {
			return false // "as soon as"; "soon after being captured" relates two events
		}
		if e.val == refPast && s.toks[i+min(1, len(s.toks)-1-i)].ed && (s.is(i-1, "the", "a", "an", "s") || s.punct(i-1, '\'')) {
			return false // "the recently passed bill": part of an adjective
		}
		if s.is(i-1, "more", "most") && e.val == refPast {
			*out = refHit(i-1, i+1, refPast)
			return true
		}
		*out = refHit(i, i+1, e.val)
		return true
	}
	switch s.w(i) {
	case "right":
		if s.is(i+1, "now") {
			*out = refHit(i, i+2, refPresent)
			return true
		}
	case "these":
		if s.is(i+1, "days") {
			*out = refHit(i, i+2, refPresent)
			return true
		}
	case "future":
		if s.is(i-1, "the", "near") && !s.isNoun(i+1) {
			*out = withThe(refHit(i, i+1, refFuture))
			return true
		}
		if s.isNoun(i + 1) {
			*out = refHit(i, i+1, refFuture) // "future demand"
			return true
		}
	case "current":
		if s.isNoun(i+1) && (!s.is(i-1, "the") || s.toks[i+1].lex == nil) {
			*out = refHit(i, i+1, refPresent) // "current market conditions"
			return true
		}
	case "near":
		if s.is(i+1, "future", "term") {
			*out = withThe(refHit(i, i+2, refFuture))
			return true
		}
	case "short", "long":
		// "in the short term": reached only after "the"; "the long-term debt" has a hyphen
		if s.is(i-1, "the") && s.is(i+1, "term") && !s.tight(i+1) && !s.isNoun(i+2) {
			*out = withThe(refHit(i, i+2, refFuture))
			return true
		}
	case "past":
		if s.is(i-1, "the") && !s.startsQuantity(i+1) {
			*out = withThe(refHit(i, i+1, refPast))
			return true
		}
	case "recent", "coming", "upcoming":
		ref := refPast
		if s.w(i) != "recent" {
			ref = refFuture
		}
		if e, ok := s.class(i+1, wUnit); ok && s.plural(i+1) && e.val >= uDay {
			// "recent years", "the coming weeks", "recent weeks and months": an
			// unstated number of units
			*out = withThe(durationHit(i, s.pluralUnitsEnd(i+2), 0, true, e.val))
			return true
		}
		if s.w(i) == "recent" && s.isNoun(i+1) {
			*out = refHit(i, i+1, ref) // "a recent filing"
			return true
		}
	}
	return false
}

// pluralUnitsEnd returns the token after a coordinated plural unit at j ("and months",
// "or years"), else j.
func (s *scan) pluralUnitsEnd(j int) int {
	if s.is(j, "and", "or") {
		if e, ok := s.class(j+1, wUnit); ok && s.plural(j+1) && e.val >= uDay {
			return j + 2
		}
	}
	return j
}

// isNoun reports whether token j looks like the start of a noun phrase: an ordinary
// lower-case word that is not temporal, or a capitalised name.
func (s *scan) isNoun(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return false
	}
	return s.toks[j].lex == nil || s.toks[j].lex.class == wHoliday
}

func withThe(h hit) hit {
	h.theOK = true
	return h
}

// startsQuantity reports whether token j begins a number or a unit ("the past two
// years", "the past year").
func (s *scan) startsQuantity(j int) bool {
	if _, _, _, ok := s.number(j); ok {
		return true
	}
	if _, ok := s.class(j, wUnit); ok {
		return true
	}
	_, ok := s.class(j, wSeason)
	return ok
}

// plural reports whether unit token j is plural.
func (s *scan) plural(j int) bool {
	t := &s.toks[j]
	return s.text[t.b1-1] == 's' || s.w(j) == "centuries"
}

// relWords maps the words that locate a period relative to now.
var relWords = map[string]int{"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
	"following": 1, "this": 0, "current": 0, "latest": -1}

// matchRelative: "last week", "next year", "this month", "the past year", "the next
// day", "earlier this week", "later this year", "this weekend", "last fall",
// "this morning", "last night", "the past two months", "the weekend".
func (s *scan) matchRelative(i int, out *hit) bool {
	j := i
	edge := 0 // -2 early, -1 earlier, 1 later, 2 late
	switch s.w(j) {
	case "early":
		edge = -2
	case "earlier":
		edge = -1
	case "later":
		edge = 1
	case "late":
		edge = 2
	}
	if edge != 0 {
		j++
		if s.is(j, "in") && s.is(j+1, "the") { // "earlier in the year"
			j++
		}
	}
	if k, ok := s.periodEdge(j); ok && edge == 0 {
		if s.matchRelative(k, out) {
			out.i = i
			return true
		}
	}
	if s.theYear(i, j, out) {
		return true
	}
	w := s.w(j)
	dir, isRel := relWords[w]
	the := s.is(j, "the") || s.is(i-1, "the")
	if s.is(j, "the") && edge != 0 {
		if e, ok := s.class(j+1, wUnit); ok && !s.plural(j+1) && e.val >= uWeek {
			// "earlier in the year": the current period
			*out = s.edgeHit(i, j+2, unitPeriod(e.val, s.anchor), edge)
			return true
		}
	}
	if s.is(i-1, "the") && s.is(j, "same", "corresponding", "comparable") && s.yearAgoPeriod(i, j+1, out) {
		return true
	}
	if w == "that" || (w == "same" && s.is(i-1, "the")) || (w == "that" && s.is(j+1, "same")) {
		return s.anaphoric(i, j, out)
	}
	if !isRel {
		return s.weekendOrQuarter(i, j, the, out)
	}
	j++
	if w == "this" && s.is(j, "past") {
		dir, j = -1, j+1
	}
	if w == "this" && s.is(j, "coming") {
		dir, j = 1, j+1
	}
	// "the past two months", "the latest nine months": a duration
	if w != "this" && w != "current" {
		if n, fuzzy, k, ok := s.number(j); ok && s.w(j) != "a" && s.w(j) != "an" {
			if s.rangeDuration(j, k, n, fuzzy, out) { // "the next 12 to 18 months"
				out.i, out.theOK = i, true
				return true
			}
			if e, ok := s.class(k, wUnit); ok {
				h := durationHit(i, k+1, n, fuzzy, e.val)
				h.theOK = true
				*out = h
				return true
			}
		}
	}
	if e, ok := s.class(j, wPartOfDay); ok && e.val < podNoon {
		var p period
		switch {
		case w == "this":
			p = dayPeriod(s.anchor)
		case w == "last" && e.val == podNight:
			p = dayPeriod(s.anchor.AddDate(0, 0, -1))
		case the && (w == "next" || w == "following" || w == "previous"):
			base := s.anchor // "the next morning": after the day under discussion
			if s.hasDay {
				base = s.refDay
			}
			p = dayPeriod(base.AddDate(0, 0, dir))
			p.pod = partOfDayCodes[e.val]
			h := s.dateHit(i, j+1, p, true)
			h.theOK, h.derived = true, true
			*out = h
			return true
		default:
			return false
		}
		p.pod = partOfDayCodes[e.val]
		*out = s.dateHit(i, j+1, p, true)
		return true
	}
	if e, ok := s.class(j, wSeason); ok {
		*out = s.seasonHit(i, j+1, e.val, dir, w == "this")
		return true
	}
	if w == "latest" && s.is(j, "period") { // "the latest period": the quarter reported
		h := s.dateHit(i, j+1, s.quarterRef(), true)
		h.theOK, h.derived = true, true
		*out = h
		return true
	}
	e, ok := s.class(j, wUnit)
	if !ok || s.plural(j) || e.val < uDay || s.titleCased(i, j) {
		return false
	}
	unit := e.val
	k := j + 1
	// discourse-anchored: "the next day", "the previous year", "the following week"
	if the && (w == "next" || w == "previous" || w == "following") {
		base := s.anchor
		switch {
		case unit == uDay && s.hasDay:
			base = s.refDay
		case unit != uDay && s.hasRef:
			base = s.ref.t
		}
		p := unitPeriod(unit, base).shift(dir)
		h := s.dateHit(i, k, p, true)
		h.theOK = true
		*out = h
		return true
	}
	if unit == uDay {
		return false // "this day", "last day": not a date
	}
	if w == "latest" || (w == "current" && unit == uQuarter) {
		if unit != uQuarter {
			return false
		}
		p := s.quarterRef()
		if w == "current" {
			p = unitPeriod(uQuarter, s.anchor)
		}
		h := s.dateHit(i, k, p, true)
		h.theOK = true
		*out = h
		return true
	}
	p := unitPeriod(unit, s.anchor)
	if unit == uWeekend {
		p = s.weekend(dir, i, k)
	} else {
		p = p.shift(dir)
	}
	if edge != 0 {
		*out = s.edgeHit(i, k, p, edge)
		return true
	}
	h := s.dateHit(i, k, p, true)
	h.theOK = true
	*out = h
	return true
}

// titleCased reports whether tokens i..j, a relative word and its unit, are both
// capitalised inside a sentence: a name ("ABC's \"This Week\""), not a date.
func (s *scan) titleCased(i, j int) bool {
	if !s.toks[i].upper || !s.toks[j].upper || s.toks[i].para || i == 0 {
		return false
	}
	k := i - 1
	for k >= 0 && s.toks[k].kind == tPunct && s.toks[k].punct != '.' && s.toks[k].punct != '?' && s.toks[k].punct != '!' {
		k-- // opening quotes and brackets
	}
	return k >= 0 && !s.sentenceEnd(k) && !s.toks[k+1].para
}

// periodEdge reads "the end of", "the beginning of", "the middle of" at j.
func (s *scan) periodEdge(j int) (int, bool) {
	if s.is(j, "the") && s.is(j+1, "end", "beginning", "middle", "start") && s.is(j+2, "of") {
		return j + 3, true
	}
	return j, false
}

// theYear: "the year", "the fiscal year", "the full year", "the current fiscal year",
// "year end", "year's end", "the end of the year", "the end of the month".
func (s *scan) theYear(i, j int, out *hit) bool {
	if s.is(j, "year") && (s.is(j+1, "end") || s.punct(j+1, '-') && s.is(j+2, "end") && s.tight(j+2)) {
		k := j + 2 + boolInt(s.punct(j+1, '-'))
		*out = s.dateHit(i, k, yearPeriod(s.anchor.Year()), true)
		return true
	}
	if s.is(j, "year") && s.punct(j+1, '\'') && s.is(j+2, "s") && s.is(j+3, "end") {
		*out = s.dateHit(i, j+4, yearPeriod(s.anchor.Year()), true)
		return true
	}
	if !s.is(j, "the") {
		return false
	}
	k := j + 1
	if s.is(k, "current", "full") {
		k++
	}
	if s.is(k, "fiscal") {
		k++
	}
	if !s.is(k, "year", "month") || s.is(k+1, "ago", "earlier", "later", "before") || s.punct(k+1, '-') {
		return false
	}
	if s.is(k, "year") && s.is(k+1, "ended", "ending") {
		h := durationHit(i, k+1, 1, false, uYear) // "the year ended Sept. 30": a fiscal year
		h.theOK = true
		*out = h
		return true
	}
	if s.is(k, "year") && k == j+1 {
		if y, k2, ok := s.cuedYear(k + 1); ok { // "the year two thousand"
			h := s.dateHit(i, k2, yearPeriod(y), false)
			h.theOK = true
			*out = h
			return true
		}
	}
	u := uYear
	if s.is(k, "month") {
		u = uMonth
		if k != j+1 {
			return false
		}
	}
	h := s.dateHit(i, k+1, unitPeriod(u, s.anchor), true)
	h.theOK = true
	*out = h
	return true
}

// edgeHit returns the hit for "earlier this week" (the period up to the anchor), "later
// this year" (from the anchor), "early/late last month" (the period).
func (s *scan) edgeHit(i, j int, p period, edge int) hit {
	a, b := p.interval()
	switch {
	case edge == -1 && !s.anchor.Before(a) && !s.anchor.After(b):
		p.to = s.anchor
	case edge == 1 && !s.anchor.Before(a) && !s.anchor.After(b):
		p.from = s.anchor
	}
	return s.dateHit(i, j, p, true)
}

// weekend returns the weekend meant by "this/last/next weekend" or "the weekend".
func (s *scan) weekend(dir int, i, j int) period {
	if dir == 0 {
		if s.tense(i, j) == tenseFuture || s.anchor.Weekday() == time.Friday {
			dir = 1
		} else {
			dir = -1
		}
		if s.anchor.Weekday() == time.Saturday || s.anchor.Weekday() == time.Sunday {
			dir = 0
		}
	}
	p := weekPeriod(s.anchor)
	if dir < 0 {
		p = p.shift(-1)
	}
	if dir > 0 && (s.anchor.Weekday() == time.Saturday || s.anchor.Weekday() == time.Sunday) {
		p = p.shift(1)
	}
	p.weekend = true
	return p
}

// weekendOrQuarter: "the weekend", "the quarter", "that quarter".
func (s *scan) weekendOrQuarter(i, j int, the bool, out *hit) bool {
	if !the || !s.is(j, "weekend", "quarter") {
		return false
	}
	if k, ok := s.hyphen(j + 1); ok && s.is(k, "to", "over") {
		return false // "the quarter-to-quarter comparison" compares, it names no quarter
	}
	if s.is(j, "weekend") {
		h := s.dateHit(i, j+1, s.weekend(0, i, j+1), true)
		h.theOK = true
		*out = h
		return true
	}
	p, end := s.quarterRef(), j+1
	if s.is(end, "a") && s.is(end+1, "year") && s.is(end+2, "ago", "earlier") {
		p, end = p.shift(-quartersPerYear), end+3 // "the quarter a year ago"
	}
	h := s.dateHit(i, end, p, true)
	h.theOK, h.derived = true, true
	*out = h
	return true
}

// anaphoric: "that day", "that evening", "the same day", "that quarter", "that year".
func (s *scan) anaphoric(i, j int, out *hit) bool {
	if !s.hasRef {
		return false
	}
	k := j + 1
	if s.is(k, "same") {
		k++
	}
	if e, ok := s.class(k, wPartOfDay); ok && e.val < podNoon && s.hasDay {
		p := dayPeriod(s.refDay)
		p.pod = partOfDayCodes[e.val]
		h := s.dateHit(i, k+1, p, true)
		h.derived = true
		*out = h
		return true
	}
	e, ok := s.class(k, wUnit)
	if !ok || s.plural(k) {
		return false
	}
	p := unitPeriod(e.val, s.ref.t)
	if e.val == uDay {
		if !s.hasDay {
			return false
		}
		p = dayPeriod(s.refDay)
	}
	if e.val == uQuarter && s.ref.gran != parley.Quarter {
		return false
	}
	p.pod, p.clock = "", ""
	h := s.dateHit(i, k+1, p, true)
	h.theOK, h.derived = true, true
	*out = h
	return true
}
