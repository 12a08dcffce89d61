package timex

import (
	"time"
)

// Calendar limits for numbers read as dates.
const (
	minYear       = 1000
	minFreeYear   = 1900 // a bare number from here up is a year without a cue word
	maxYear       = 2099
	maxDay        = 31
	maxMonth      = 12
	maxHour       = 24
	maxMinute     = 59
	daysPerWeek   = 7
	monthsPerYear = 12
	// maxMonthsAhead is how far ahead a month named without year or tense may lie;
	// further ahead it is taken as last year's.
	maxMonthsAhead = 3
	// maxDaysAcross is how far on the other side of the anchor than its tense says a
	// date of this year may lie: "was extended to Nov. 20" written on Nov. 2.
	maxDaysAcross = 92
	// maxMonthsAcross is how many months after the anchor's a month named in the past
	// tense may still be this year's: "told oil companies of a cutback in September"
	// written in August.
	maxMonthsAcross = 1
	// maxUntensedAhead is how many days ahead a weekday named in a clause without tense
	// may lie; further ahead it is taken as last week's.
	maxUntensedAhead = 2
)

// matchDeictic: yesterday, today, tomorrow, tonight, with "early"/"late" and a part of
// day: "late yesterday", "tomorrow morning".
func (s *scan) matchDeictic(i int, out *hit) bool {
	j := i
	if s.is(j, "early", "late", "earlier", "later") {
		j++
	}
	pod := -1
	if j == i {
		if k, ok := s.hyphen(j + 1); ok && s.is(j, "mid") {
			j = k // "mid-afternoon yesterday"
		}
		if pe, ok := s.class(j, wPartOfDay); ok && pe.val < podNoon {
			if _, ok := s.class(j+1, wDeictic); ok {
				pod, j = pe.val, j+1
			}
		}
	}
	e, ok := s.class(j, wDeictic)
	if !ok {
		return false
	}
	if j == i && s.toks[i].upper && !s.toks[i].para && i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].upper {
		return false // a name: "USA Today", "This is VOA Today"
	}
	if j == i && e.val <= 1 && e.val >= 0 && s.is(i-1, "for", "of", "until", "till") && !s.possessive(i+1) {
		// idiomatic: "for today and for tomorrow", "the world of tomorrow"
		*out = refHit(i, i+1, refPresent+e.val*(refFuture-refPresent))
		return true
	}
	p := dayPeriod(s.anchor)
	switch e.val {
	case 100:
		p.pod = partOfDayCodes[podNight]
	default:
		p = dayPeriod(s.anchor.AddDate(0, 0, e.val))
	}
	j++
	if pe, ok := s.class(j, wPartOfDay); ok && e.val != 100 && pe.val < podNoon {
		p.pod = partOfDayCodes[pe.val]
		j++
	}
	if pod >= 0 && e.val != 100 {
		p.pod = partOfDayCodes[pod]
	}
	*out = s.dateHit(i, j, p, true)
	return true
}

// partOfDayAfter reads "morning", "night", ... at token j into p.
func (s *scan) partOfDayAfter(j int, p *period) int {
	if pe, ok := s.class(j, wPartOfDay); ok && pe.val < podNoon {
		p.pod = partOfDayCodes[pe.val]
		return j + 1
	}
	return j
}

// weekdayAt reads a weekday name (full, or abbreviated and capitalised) at token i.
func (s *scan) weekdayAt(i int) (int, int, bool) {
	e, ok := s.class(i, wWeekday)
	if !ok {
		return 0, i, false
	}
	t := &s.toks[i]
	if t.b1-t.b0 <= 4 { // abbreviation: "Tue." only
		if !t.upper || !s.punct(i+1, '.') || !s.tight(i+1) {
			return 0, i, false
		}
		return e.val, i + 2, true
	}
	return e.val, i + 1, true
}

// matchWeekday: "Friday", "last Friday", "next Monday", "Tuesday morning",
// "Friday, Oct. 23", "the previous Friday".
func (s *scan) matchWeekday(i int, out *hit) bool { return s.weekdayAround(i, i, out) }

// weekdayAround is matchWeekday at token i for an expression that begins at token from
// ("9 a.m. Tuesday"): the tense is sought around the whole expression.
func (s *scan) weekdayAround(i, from int, out *hit) bool {
	j := i
	dir := 0 // by tense
	fromRef := false
	switch {
	case s.is(j, "last"), s.is(j, "this") && s.is(j+1, "past"):
		dir = -1
	case s.is(j, "next"), s.is(j, "this") && s.is(j+1, "coming"):
		dir = 1
	case s.is(j, "previous"):
		dir, fromRef = -1, true
	case s.is(j, "following"):
		dir, fromRef = 1, true
	}
	if s.is(j, "last", "next", "previous", "following", "this", "early", "late", "earlier", "later") {
		j++
		if s.is(j, "past", "coming") {
			j++
		}
	}
	wd, k, ok := s.weekdayAt(j)
	if !ok {
		return false
	}
	if j == i && i == from && s.weekdaySet(i, k, wd, out) {
		return true
	}
	j = k
	// "Friday, Oct. 23": the date decides.
	c := j
	if s.punct(c, ',') {
		c++
	}
	if s.matchMonth(c, out) && out.dated && out.p.gran == "day" {
		end := s.partOfDayAfter(out.j, &out.p)
		*out = s.dateHit(i, end, out.p, out.relative)
		return true
	}
	base := s.anchor
	if fromRef && s.hasRef {
		base = s.ref.t
	}
	if dir == 0 {
		dir = -1
		switch tense := s.tense(from, j); {
		case tense == tenseFuture && !s.possessive(j):
			dir = 1 // "will meet Monday"; but "Tuesday's ruling" is news of the past
		case tense == tenseNone && !s.possessive(j) && weekdayFrom(base, wd, 1, true).Sub(base) <= maxUntensedAhead*24*time.Hour:
			dir = 1 // no tense, and close ahead: "the strike ends Friday night" on Thursday
		}
		d := weekdayFrom(base, wd, dir, true)
		p := dayPeriod(d)
		j = s.partOfDayAfter(j, &p)
		*out = s.dateHit(i, j, p, true)
		return true
	}
	p := dayPeriod(weekdayFrom(base, wd, dir, false))
	j = s.partOfDayAfter(j, &p)
	*out = s.dateHit(i, j, p, true)
	out.theOK = fromRef // "the previous Friday", "the following Monday"
	return true
}

// possessive reports whether tokens j, j+1 are "'s".
func (s *scan) possessive(j int) bool {
	return s.punct(j, '\'') && s.tight(j) && s.is(j+1, "s") && s.tight(j+1)
}

// weekdayFrom returns the nearest weekday wd before (dir<0) or after (dir>0) base,
// counting base itself when inclusive.
func weekdayFrom(base time.Time, wd int, dir int, inclusive bool) time.Time {
	diff := (wd - int(base.Weekday()) + daysPerWeek) % daysPerWeek // days forward
	if dir > 0 {
		if diff == 0 && !inclusive {
			diff = daysPerWeek
		}
		return base.AddDate(0, 0, diff)
	}
	back := (daysPerWeek - diff) % daysPerWeek
	if back == 0 && !inclusive {
		back = daysPerWeek
	}
	return base.AddDate(0, 0, -back)
}

// monthAt reads a month name at token i: full names capitalised (or lower-case after a
// cue), abbreviations with their period or before a day number.
func (s *scan) monthAt(i int) (int, int, bool) {
	e, ok := s.class(i, wMonth)
	if !ok {
		return 0, i, false
	}
	t := &s.toks[i]
	full := t.b1-t.b0 == len(e.word) && (len(e.word) > 4 || e.word == "june" || e.word == "july" || e.word == "may")
	if len(e.word) <= 4 && e.word != "june" && e.word != "july" && e.word != "may" {
		full = false
	}
	if !full {
		if !t.upper {
			return 0, i, false
		}
		if j := s.abbrevDot(i + 1); j > i+1 {
			return e.val, j, true
		}
		if _, ok := s.digits(i+1, 0); ok {
			return e.val, i + 1, true
		}
		return 0, i, false
	}
	return e.val, i + 1, true
}

// ambiguousMonth reports whether month m at token i needs a cue to be a month
// ("may", "march" are also verbs).
func (s *scan) ambiguousMonth(i int) bool {
	w := s.w(i)
	return (w == "may" || w == "march") || !s.toks[i].upper
}

// verbMonth reports whether the month at token i is a lower-case "may" or "march",
// which are verbs or nouns, never months.
func (s *scan) verbMonth(i int) bool {
	w := s.w(i)
	return (w == "may" || w == "march") && !s.toks[i].upper
}

// dayNumber reads a day of the month at token i ("18", "18th").
func (s *scan) dayNumber(i int) (int, int, bool) {
	d, ok := s.digits(i, 0)
	if !ok || s.toks[i].ndig > 2 || d < 1 || d > maxDay {
		return 0, i, false
	}
	if _, clock := s.digits(i+2, 2); clock && s.punct(i+1, ':') && s.tight(i+1) {
		return 0, i, false
	}
	j := i + 1
	if s.is(j, "st", "nd", "rd", "th") && s.tight(j) {
		j++
	}
	return d, j, true
}

// dayWord reads a day of the month spelled as an ordinal at i: "eighth", "twenty-first",
// "thirtieth". A hyphen or a unit after it makes it something else ("first-quarter",
// "second quarter").
func (s *scan) dayWord(i int) (int, int, bool) {
	d, j := 0, i
	if e, ok := s.class(i, wTens); ok && e.val <= maxDay/10*10 {
		d, j = e.val, i+1
		if k, ok := s.hyphen(j); ok {
			j = k
		}
		if o, ok := s.class(j, wOrdinal); ok && o.val >= 1 && o.val <= 9 && d+o.val <= maxDay {
			d, j = d+o.val, j+1
		} else {
			return 0, i, false
		}
	} else if o, ok := s.class(i, wOrdinal); ok && o.val >= 1 && o.val <= maxDay {
		d, j = o.val, i+1
	} else {
		return 0, i, false
	}
	if _, unit := s.unitAt(j); unit || s.punct(j, '-') {
		return 0, i, false
	}
	return d, j, true
}

// yearNumber reads a four-digit year at token i, or an apostrophe year ('98).
func (s *scan) yearNumber(i int, cued bool) (int, int, bool) {
	if s.punct(i, '\'') {
		if y, ok := s.digits(i+1, 2); ok && s.tight(i+1) && !s.is(i+2, "s") {
			if y < 30 {
				return 2000 + y, i + 2, true
			}
			return 1900 + y, i + 2, true
		}
		return 0, i, false
	}
	y, ok := s.digits(i, 4)
	if !ok || y < minYear || y > maxYear || (!cued && y < minFreeYear) {
		return 0, i, false
	}
	if s.punct(i-1, '$') || s.punct(i-1, '#') {
		return 0, i, false
	}
	if s.tight(i+1) && (s.punct(i+1, '.') || s.punct(i+1, ':') || s.punct(i+1, ',') || s.punct(i+1, '%') || s.punct(i+1, '/')) {
		if _, digit := s.digits(i+2, 0); digit && s.tight(i+2) {
			return 0, i, false
		}
	}
	if _, ok := s.class(i+1, wUnit); ok || s.punct(i+1, '%') || s.is(i+1, quantityNouns...) {
		return 0, i, false
	}
	return y, i + 1, true
}

// quantityNouns after a number show it is a quantity, not a year.
var quantityNouns = []string{"percent", "million", "billion", "points", "shares", "people", "feet", "miles", "meters", "tons"}

// edgeWords name a part of a period: "the end of", "the beginning of".
var edgeWords = []string{"end", "beginning", "middle", "start"}

// monthMods are the words that narrow a month or year: "early", "mid-", "the end of".
func (s *scan) monthMod(i int) (int, bool) {
	switch {
	case s.is(i, "early", "late"):
		if j, ok := s.hyphen(i + 1); ok {
			return j, true
		}
		return i + 1, true
	case s.is(i, "mid"):
		if j, ok := s.hyphen(i + 1); ok {
			return j, true
		}
		return i + 1, true
	case s.is(i, "the") && s.is(i+1, edgeWords...) && s.is(i+2, "of"):
		return i + 3, true
	case s.is(i, edgeWords...) && s.is(i+1, "of"):
		return i + 2, true
	}
	return i, false
}

// matchMonth: "December 18, 2024", "Dec. 18", "18 December 2024", "mid-December",
// "July 1997", "last November", "January this year".
func (s *scan) matchMonth(i int, out *hit) bool {
	j, modded := s.monthMod(i)
	rel := 0
	relWord := false
	if !modded && s.is(i, "last", "next", "this") {
		rel = relWords[s.w(i)]
		relWord = true
		j = i + 1
	}
	day, hasDay := 0, false
	// day first: "18 December 2024", "the 18th of December", "the eighth of March"
	if d, k, ok := s.dayWord(j + 1); ok && !modded && !relWord && s.is(j, "the") && s.is(k, "of") {
		if m, k2, ok := s.monthAt(k + 1); ok {
			return s.finishMonth(i, k2, m, d, true, false, 0, false, out)
		}
	}
	if d, k, ok := s.dayNumber(j); ok && !modded && !relWord {
		if s.is(k, "of") {
			k++
		}
		if m, k2, ok := s.monthAt(k); ok {
			return s.finishMonth(i, k2, m, d, true, false, 0, false, out)
		}
	}
	m, k, ok := s.monthAt(j)
	if !ok || s.verbMonth(j) {
		return false
	}
	if d, k2, ok := s.dayWord(k); ok {
		k = k2 // "March eighth", "May twenty-first"
		day, hasDay = d, true
	} else if d, k2, ok := s.dayNumber(k); ok && (!relWord || s.toks[k].gap) {
		// a day, unless the number is a year-less quantity like "May 5 percent"
		if _, unit := s.class(k2, wUnit); !unit && !s.punct(k2, '%') {
			day, hasDay, k = d, true, k2
		}
	}
	cued := modded || relWord || hasDay || s.is(i-1, monthCues...)
	if !hasDay && !cued && s.ambiguousMonth(j) {
		if _, _, ok := s.yearNumber(k+boolInt(s.punct(k, ',')), true); !ok {
			return false
		}
	}
	return s.finishMonth(i, k, m, day, hasDay, relWord, rel, modded, out)
}

// monthCues are the words after which a bare month name ("may", "march") is a month.
var monthCues = []string{"in", "since", "until", "till", "by", "of", "during", "through", "from", "to",
	"before", "after", "early", "late", "mid", "on", "last", "next", "this"}

// finishMonth reads the year after a month (and day) at token k and resolves the date.
func (s *scan) finishMonth(i, k, m, d int, hasDay, relWord bool, rel int, modded bool, out *hit) bool {
	c := k
	if s.punct(c, ',') {
		c++
	}
	if s.is(c, "of") {
		c++
	}
	if y, k2, ok := s.cuedYear(c); ok && !relWord {
		*out = s.monthHit(i, k2, y, m, d, hasDay, false)
		return true
	}
	if !relWord && s.is(k, "this", "last", "next") && s.is(k+1, "year") {
		y := s.anchor.Year() + relWords[s.w(k)]
		*out = s.monthHit(i, k+2, y, m, d, hasDay, true)
		return true
	}
	if relWord && hasDay { // "last Oct. 23": the latest such day before the anchor
		y := s.anchor.Year()
		date := day(y, m, d)
		switch {
		case rel < 0 && !date.Before(s.anchor):
			y--
		case rel > 0 && !date.After(s.anchor):
			y++
		}
		*out = s.monthHit(i, k, y, m, d, hasDay, true)
		return true
	}
	if relWord {
		am := int(s.anchor.Month())
		y := s.anchor.Year()
		switch {
		case rel < 0 && m >= am:
			y--
		case rel > 0 && m <= am:
			y++
		}
		*out = s.monthHit(i, k, y, m, d, hasDay, true)
		return true
	}
	tense := s.tense(i, k)
	if s.is(i-1, "through") {
		tense = tenseFuture // a deadline
	}
	y := s.yearFor(m, d, hasDay, tense)
	if tense == tensePast && !hasDay && y == s.anchor.Year() && m > int(s.anchor.Month()) && s.pastActBefore(i) {
		y-- // a past act in a later month is last year's: "travelled to Kyiv in April" in March
	}
	*out = s.monthHit(i, k, y, m, d, hasDay, true)
	return true
}

// reportingVerbs tell of something that may lie ahead: the month after "told oil
// companies of a cutback in September" is the cutback's.
var reportingVerbs = []string{"said", "told", "announced", "reported", "warned", "promised",
	"pledged", "predicted", "forecast", "projected", "estimated", "expected", "signaled", "signalled"}

// pastActBefore reports whether the nearest tense word before token i in its sentence,
// within maxTenseReach tokens, is a past form that is not a reporting verb: the month
// then dates that act.
func (s *scan) pastActBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= maxTenseReach && !s.sentenceEnd(k); k-- {
		if t := s.tenseOf(k); t != tenseNone {
			return t == tensePast && !s.is(k, reportingVerbs...)
		}
	}
	return false
}

func (s *scan) monthHit(i, j, y, m, d int, hasDay, relative bool) hit {
	if hasDay {
		if day(y, m, d).Month() != time.Month(m) {
			return s.dateHit(i, j, monthPeriod(y, m), relative) // past the month's end
		}
		return s.dateHit(i, j, dayPeriod(day(y, m, d)), relative)
	}
	return s.dateHit(i, j, monthPeriod(y, m), relative)
}

// yearFor returns the year of month m (day d) nearest the anchor, in the direction of the
// tense when there is one.
func (s *scan) yearFor(m, d int, hasDay bool, tense int) int {
	a := s.anchor
	y := a.Year()
	if !hasDay {
		am := int(a.Month())
		switch {
		case tense == tensePast && m > am+maxMonthsAcross:
			return y - 1
		case tense == tenseFuture && m < am:
			return y + 1
		case tense == tenseNone && m-am > maxMonthsAhead:
			return y - 1 // news looks back unless the month is close ahead
		case tense == tenseNone && am-m > monthsPerYear-maxMonthsAhead:
			return y + 1
		}
		return y
	}
	return s.nearestYear(func(y int) time.Time { return day(y, m, d) }, tense)
}

// nearestYear returns the year whose date(year) lies nearest the anchor on the side the
// tense points to; this year's date may lie a little on the other side ("was extended
// to Nov. 20" written on Nov. 2).
func (s *scan) nearestYear(date func(int) time.Time, tense int) int {
	a := s.anchor
	y := a.Year()
	best, bestDist := y, time.Duration(-1)
	for _, cy := range []int{y - 1, y, y + 1} {
		dist := date(cy).Sub(a)
		wrong := tense == tensePast && dist > 0 || tense == tenseFuture && dist < 0
		if wrong && (cy != y || dist > maxDaysAcross*24*time.Hour || dist < -maxDaysAcross*24*time.Hour) {
			continue
		}
		if tense == tenseNone && dist > maxDaysAcross*24*time.Hour {
			continue // without a tense, news looks back unless the date is close ahead
		}
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = cy, dist
		}
	}
	return best
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
