package timex

import (
	"github.com/parleyhq/parley"
)

// matchQuarter: "the third quarter", "third-quarter", "the fourth quarter of 1990",
// "the fiscal first quarter", "the 1988 second quarter", "next year's first quarter",
// "the first nine months", "year-earlier", "the year-ago quarter".
func (s *scan) matchQuarter(i int, out *hit) bool {
	j := i
	year, hasYear := 0, false
	relYear := false
	if s.is(j, "its") {
		j++
	}
	// "next year's", "last year's", "this year's"
	if d, ok := relWords[s.w(j)]; ok && s.is(j+1, "year") && s.punct(j+2, '\'') && s.is(j+3, "s") {
		year, hasYear, relYear = s.anchor.Year()+d, true, true
		if s.w(j) == "latest" || s.w(j) == "current" {
			return false
		}
		j += 4
		if year < s.anchor.Year() && s.is(j, "quarter", "period") {
			// "last year's quarter": the quarter under discussion, a year before
			h := s.dateHit(i, j+1, s.quarterRef().shift(-quartersPerYear), true)
			h.theOK, h.derived = true, true
			*out = h
			return true
		}
	}
	if y, k, ok := s.yearNumber(j, true); ok && !hasYear && s.toks[j].kind == tDigits {
		if _, ok := s.class(k, wOrdinal); ok {
			year, hasYear, j = y, true, k
		} else if s.is(k, "quarter", "period") {
			// "the 1988 quarter": the quarter under discussion, in that year
			p := yearPeriod(y)
			if s.hasRef && s.ref.gran == parley.Quarter {
				p = quarterPeriod(y, quarterOf(s.ref.t))
			}
			h := s.dateHit(i, k+1, p, false)
			h.theOK, h.derived = true, true
			*out = h
			return true
		}
	}
	if s.is(j, "fiscal") {
		j++
		if k, ok := s.hyphen(j); ok {
			j = k
		}
	}
	// year-earlier / year-ago [quarter|period]
	if s.is(j, "year") {
		if k, ok := s.hyphen(j + 1); ok && s.is(k, "earlier", "ago") {
			k++
			if n, fuzzy, end, ok := s.number(k); ok && !fuzzy && s.is(end, "months") {
				// "the year-earlier nine months": a stretch of months, as "the nine months"
				*out = withThe(durationHit(i, end+1, n, false, uMonth))
				return true
			}
			noun := false
			if e, ok := s.class(k, wOrdinal); ok && e.val <= 4 && s.is(k+1, "quarter") {
				k++
			}
			quarter := s.is(k, "quarter")
			if s.is(k, "quarter", "period") {
				k, noun = k+1, true
			}
			p := s.quarterRef().shift(-quartersPerYear) // "the year-ago quarter" is a quarter in any case
			if !quarter && (!s.hasRef || s.ref.gran != parley.Quarter) {
				p = yearPeriod(s.anchor.Year() - 1)
			}
			h := s.dateHit(i, k, p, true)
			h.theOK, h.derived = noun, true
			*out = h
			return true
		}
	}
	// "the first nine months", "the nine months", "the first half"
	if s.partOfYear(i, j, out) {
		return true
	}
	e, ok := s.class(j, wOrdinal)
	if !ok || e.val > 4 {
		return false
	}
	k := j + 1
	adjective := false
	if k2, ok := s.hyphen(k); ok {
		k, adjective = k2, true
	}
	if !s.is(k, "quarter") {
		return false
	}
	k++
	if adjective && s.is(i, "its") {
		return false
	}
	relative := !hasYear || relYear
	if !hasYear {
		if y, k2, ok := s.ofYear(k); ok {
			year, hasYear, k, relative = y, true, k2, false
		}
	}
	if !hasYear {
		year = s.anchor.Year()
		if e.val > quarterOf(s.anchor) && s.tense(i, k) == tensePast {
			year--
		}
	}
	start := i
	if s.is(i, "its") {
		start = i + 1 // "its fourth quarter": the possessive is not part of the expression
	}
	h := s.dateHit(start, k, quarterPeriod(year, e.val), relative)
	h.theOK = !adjective
	*out = h
	return true
}

// ofYear reads "of 1990", "of this year", "of last year" at k.
func (s *scan) ofYear(k int) (int, int, bool) {
	if !s.is(k, "of") {
		return 0, k, false
	}
	if y, k2, ok := s.yearNumber(k+1, true); ok {
		return y, k2, true
	}
	if d, ok := relWords[s.w(k+1)]; ok && s.is(k+2, "year") {
		return s.anchor.Year() + d, k + 3, true
	}
	return 0, k, false
}

// partOfYear: "the first nine months" (a duration), "the first half" (a half year).
func (s *scan) partOfYear(i, j int, out *hit) bool {
	k := j
	if s.is(k, "first") {
		k++
	}
	if s.is(k, "half") && k > j && s.is(k-1, "first") {
		year := s.anchor.Year()
		end := k + 1
		if y, k2, ok := s.ofYear(end); ok {
			year, end = y, k2
		}
		p := yearPeriod(year)
		p.half = 1
		h := s.dateHit(i, end, p, true)
		h.theOK = true
		*out = h
		return true
	}
	if k == j || !s.is(i, "the") && i == j {
		// "nine months" alone is an ordinary duration
		if !s.is(i-1, "the") {
			return false
		}
	}
	if k > j && (s.is(i, "the") || s.is(i-1, "the")) {
		// "the first two years": a duration from a start
		if n, fuzzy, end, ok := s.number(k); ok && !s.is(k, "a", "an") {
			if unit, ok := s.unitAt(end); ok && unit == uQuarter && n == 2 && !fuzzy && s.is(j, "first") {
				// "the first two quarters of 1990": the first half
				year, k2 := s.anchor.Year(), end+1
				if y, k3, ok := s.ofYear(k2); ok {
					year, k2 = y, k3
				}
				p := yearPeriod(year)
				p.half = 1
				*out = s.dateHit(j, k2, p, true)
				return true
			}
			if unit, ok := s.unitAt(end); ok && s.plural(end) && unit != uQuarter {
				*out = withThe(durationHit(i, end+1, n, fuzzy, unit))
				return true
			}
		}
	}
	e, ok := s.class(k, wNumber)
	if !ok || e.val < 2 || !s.is(k+1, "months") {
		return false
	}
	h := durationHit(i, k+2, e.val, false, uMonth)
	h.theOK = true
	*out = h
	return true
}

// yearAgoPeriod: "(the same) period last year", "(the corresponding) quarter a year
// ago": the quarter under discussion a year before; k is the token after the adjective.
func (s *scan) yearAgoPeriod(i, k int, out *hit) bool {
	if !s.is(k, "period", "quarter") {
		return false
	}
	end := k + 1
	switch {
	case s.is(end, "last") && s.is(end+1, "year"):
		end += 2
	case s.is(end, "a") && s.is(end+1, "year") && s.is(end+2, "ago", "earlier"):
		end += 3
	default:
		return false
	}
	h := s.dateHit(i, end, s.quarterRef().shift(-quartersPerYear), true)
	h.theOK, h.derived = true, true
	*out = h
	return true
}

// quartersPerYear shifts a quarter by a year.
const quartersPerYear = 4

// quarterRef returns the quarter under discussion: the last one mentioned, else the
// last one completed before the anchor.
func (s *scan) quarterRef() period {
	if s.hasRef && s.ref.gran == parley.Quarter {
		return s.ref
	}
	return unitPeriod(uQuarter, s.anchor).shift(-1)
}
