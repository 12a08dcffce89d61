package timex

import (
	"time"

	"github.com/parleyhq/parley"
)

// seasonHit resolves "last fall", "this summer", "next spring".
func (s *scan) seasonHit(i, j, season, dir int, this bool) hit {
	y := s.anchor.Year()
	cur := seasonOf(s.anchor)
	p := seasonPeriod(y, season)
	switch {
	case this:
	case dir < 0:
		if !p.t.Before(seasonPeriod(cur.t.Year(), cur.season).t) {
			p = seasonPeriod(y-1, season)
		}
	case dir > 0:
		if !p.t.After(s.anchor) {
			p = seasonPeriod(y+1, season)
		}
	}
	h := s.dateHit(i, j, p, true)
	h.theOK = true
	return h
}

// seasonOf returns the season containing t (winter belongs to the year it starts in).
func seasonOf(t time.Time) period {
	m := int(t.Month())
	y := t.Year()
	if m <= 2 {
		return seasonPeriod(y-1, 3)
	}
	return seasonPeriod(y, (m-3)/3)
}

// seasonCues are the words after which a bare season name is a date: "in summer".
var seasonCues = []string{"in", "during", "over", "since", "until", "through", "throughout", "by", "the"}

// matchSeason: "the summer", "over the summer", "the early summer", "summer 1998",
// "the winter of 1994", "the winter of nineteen ninety-four". Without a year the season
// is the nearest one on the side of the anchor the tense points to.
func (s *scan) matchSeason(i int, out *hit) bool {
	j, modded := s.monthMod(i)
	e, ok := s.class(j, wSeason)
	if !ok {
		return false
	}
	k := j + 1
	c := k + boolInt(s.is(k, "of"))
	if y, k2, ok := s.cuedYear(c); ok {
		h := s.dateHit(i, k2, seasonPeriod(y, e.val), false)
		h.theOK = true
		*out = h
		return true
	}
	if s.is(k, "of", "in", "to") || s.toks[j].upper && j > 0 && !s.toks[j].para && !s.sentenceEnd(j-1) {
		return false // "the fall of the wall", "the Summer Olympics"
	}
	bare := e.word == "fall" || e.word == "spring" // also verbs and nouns
	switch {
	case modded && !bare:
	case s.is(i-1, "the") && (!bare || !s.isNoun(k)):
	case !bare && s.is(i-1, seasonCues...):
	default:
		return false
	}
	h := s.dateHit(i, k, s.nearestSeason(e.val, s.tense(i, k)), true)
	h.theOK = true
	*out = h
	return true
}

// nearestSeason returns the season of index season nearest the anchor: the next one not
// yet over for the future tense, else the last one begun.
func (s *scan) nearestSeason(season, tense int) period {
	y := s.anchor.Year()
	var best period
	for _, cy := range []int{y + 1, y, y - 1, y - 2} {
		p := seasonPeriod(cy, season)
		a, b := p.interval()
		if tense == tenseFuture {
			if !b.Before(s.anchor) {
				best = p
			}
			continue
		}
		if !a.After(s.anchor) {
			return p
		}
	}
	if best.gran == "" {
		return seasonPeriod(y, season)
	}
	return best
}

// matchWeekOf: "the week of March 6", "the weekend of Jan. 8", "the week of Thanksgiving".
func (s *scan) matchWeekOf(i int, out *hit) bool {
	if !s.is(i, "week", "weekend") || s.plural(i) || !s.is(i+1, "of") {
		return false
	}
	if !s.matchMonth(i+2, out) || out.p.gran != parley.Day {
		if !s.matchHoliday(i+2, out) || out.p.gran != parley.Day {
			return false
		}
	}
	p := weekPeriod(out.p.t)
	p.weekend = s.is(i, "weekend")
	w := s.dateHit(i, out.j, p, out.relative)
	w.theOK = true
	*out = w
	return true
}

// cuedYear reads a year where one is expected: "1994", "'94", "nineteen ninety-four",
// "two thousand", "two thousand and one".
func (s *scan) cuedYear(j int) (int, int, bool) {
	if y, k, ok := s.yearNumber(j, true); ok {
		return y, k, true
	}
	if y, k, ok := s.spelledYear(j); ok {
		return y, k, true
	}
	if !s.is(j, "two") || !s.is(j+1, "thousand") {
		return 0, j, false
	}
	k := j + 2
	c := k + boolInt(s.is(k, "and"))
	if n, _, k2, ok := s.number(c); ok && n >= 1 && n < 100 && s.toks[c].kind == tWord && !s.is(c, "a", "an") {
		return 2000 + n, k2, true
	}
	return 2000, k, true
}
