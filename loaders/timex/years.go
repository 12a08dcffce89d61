package timex

// decadeWords are the spelled decades: "the nineties".
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
	"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// yearCues are the words after which a bare number such as "1850" is a year.
var yearCues = []string{"in", "since", "until", "till", "by", "of", "during", "through", "from", "to",
	"before", "after"}

// decadeOf returns the decade of a spelled decade ("nineties": 9); w "", the lowerWord
// of most tokens, is turned away before the map is read.
func decadeOf(w string) (int, bool) {
	if w == "" {
		return 0, false
	}
	d, ok := decadeWords[w]
	return d, ok
}

// matchYear: "1998", "fiscal 1998", "early 2024", "the end of 1990", "the 1990s",
// "the mid-1990s", "the '80s", "the 20th century", "nineteen ninety-six".
func (s *scan) matchYear(i int, out *hit) bool {
	j, modded := s.monthMod(i)
	fiscal := false
	if !modded && s.is(i, "fiscal") {
		j, fiscal = i+1, true
		if s.is(j, "year") {
			j++
		}
	}
	// "the first half of 1989"
	half := 0
	if !modded && !fiscal {
		if k, h, ok := s.halfOf(i); ok {
			j, half = k, h
		}
	}
	cued := modded || fiscal || half > 0 || s.is(i-1, yearCues...)
	// decades
	if y, ok := s.digits(j, 4); ok && s.is(j+1, "s") && s.tight(j+1) && y%10 == 0 && y >= minYear && y <= maxYear {
		h := s.dateHit(i, j+2, decadePeriod(y), false)
		h.theOK = true
		*out = h
		return true
	}
	if s.punct(j, '\'') {
		if y, ok := s.digits(j+1, 2); ok && s.is(j+2, "s") && s.tight(j+2) && y%10 == 0 {
			h := s.dateHit(i, j+3, decadePeriod(1900+y), false)
			h.theOK = true
			*out = h
			return true
		}
	}
	if d, ok := decadeOf(s.lowerWord(j)); ok && (modded || s.is(i-1, "the") || s.is(j-1, "the")) {
		h := s.dateHit(i, j+1, decadePeriod(1900+10*d), false)
		h.theOK = true
		*out = h
		return true
	}
	// centuries: "the 20th century", "the twentieth century"
	if s.century(i, j, out) {
		return true
	}
	if y, k, ok := s.spelledYear(j); ok {
		*out = s.dateHit(i, k, yearPeriod(y), false)
		return true
	}
	y, k, ok := s.yearNumber(j, cued)
	if !ok || (s.punct(j, '\'') && !cued) {
		return false
	}
	p := yearPeriod(y)
	p.half = half
	h := s.dateHit(i, k, p, false)
	h.theOK = half > 0
	*out = h
	return true
}

// halfOf reads "the first half of", "the second half of", "the last half of" at i and
// returns the token after "of" and the half.
func (s *scan) halfOf(i int) (int, int, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	half := 0
	switch {
	case s.is(j, "first"):
		half = 1
	case s.is(j, "second", "last"):
		half = 2
	default:
		return i, 0, false
	}
	if !s.is(j+1, "half") || !s.is(j+2, "of") {
		return i, 0, false
	}
	return j + 3, half, true
}

// century reads "20th century" or "twentieth century" at j (i is the expression start).
func (s *scan) century(i, j int, out *hit) bool {
	n := 0
	k := j
	if d, ok := s.digits(j, 0); ok && s.toks[j].ndig <= 2 && s.is(j+1, "st", "nd", "rd", "th") && s.tight(j+1) {
		n, k = d, j+2
	} else if e, ok := s.class(j, wOrdinal); ok {
		n, k = e.val, j+1
	} else if s.is(j, "twenty") && s.is(j+1, "first") {
		n, k = 21, j+2
	}
	if n == 0 || !s.is(k, "century") {
		return false
	}
	h := s.dateHit(i, k+1, centuryPeriod((n-1)*100), false)
	h.theOK = true
	*out = h
	return true
}

// spelledYear reads "nineteen ninety-six", "nineteen seventy-nine" at j.
func (s *scan) spelledYear(j int) (int, int, bool) {
	if !s.is(j, "nineteen") {
		return 0, j, false
	}
	if e, ok := s.class(j+1, wTens); ok {
		y := 1900 + e.val
		k := j + 2
		if k2, ok := s.hyphen(k); ok {
			k = k2
		}
		if o, ok := s.class(k, wNumber); ok && o.val >= 1 && o.val <= 9 && s.w(k) != "a" && s.w(k) != "an" {
			return y + o.val, k + 1, true
		}
		return y, j + 2, true
	}
	return 0, j, false
}

// lowerWord returns token j lower-cased when it is a short ASCII word, else "".
func (s *scan) lowerWord(j int) string {
	if j < 0 || j >= len(s.toks) || s.toks[j].kind != tWord {
		return ""
	}
	t := &s.toks[j]
	if t.lex != nil {
		return t.lex.word
	}
	if t.b1-t.b0 > maxLexWord || t.b1-t.b0 < 7 {
		return ""
	}
	b := []byte(s.text[t.b0:t.b1])
	for k, c := range b {
		b[k] = c | 0x20
	}
	return string(b)
}

// matchNumericDate: "12/18/2024", "12/18/24", "2024-12-18".
func (s *scan) matchNumericDate(i int, out *hit) bool {
	a, ok := s.digits(i, 0)
	if !ok {
		return false
	}
	sep := byte(0)
	switch {
	case s.punct(i+1, '/') && s.tight(i+1):
		sep = '/'
	case s.punct(i+1, '-') && s.tight(i+1):
		sep = '-'
	default:
		return false
	}
	b, ok1 := s.digits(i+2, 0)
	c, ok2 := s.digits(i+4, 0)
	if !ok1 || !ok2 || !s.tight(i+2) || !s.punct(i+3, sep) || !s.tight(i+3) || !s.tight(i+4) {
		return false
	}
	var y, m, d int
	switch {
	case sep == '-' && s.toks[i].ndig == 4:
		y, m, d = a, b, c
	case sep == '/' && s.toks[i+4].ndig == 4:
		m, d, y = a, b, c
	case sep == '/' && s.toks[i+4].ndig == 2:
		m, d, y = a, b, 1900+c
		if c < 30 {
			y = 2000 + c
		}
	default:
		return false
	}
	if m < 1 || m > maxMonth || d < 1 || d > maxDay || y < minYear || y > maxYear {
		return false
	}
	*out = s.monthHit(i, i+5, y, m, d, true, false)
	return true
}

// matchClock: "3 p.m.", "10:35 a.m. EST", "9 a.m. Tuesday", "noon Thursday",
// "midnight Friday", "14:00".
func (s *scan) matchClock(i int, out *hit) bool {
	if s.partOfDayAlone(i, out) {
		return true
	}
	hh, mm := 0, 0
	j := i
	if e, ok := s.class(i, wPartOfDay); ok && e.val >= podNoon {
		hh = 12
		if e.val == podMidnight {
			hh = 24
		}
		j = i + 1
	} else {
		h, ok := s.digits(i, 0)
		if !ok || s.toks[i].ndig > 2 || h > maxHour {
			return false
		}
		hh, j = h, i+1
		colon := false
		if s.punct(j, ':') && s.tight(j) && s.tight(j+1) {
			m, ok := s.digits(j+1, 2)
			if !ok || m > maxMinute {
				return false
			}
			mm, j, colon = m, j+2, true
		}
		k, mer, ok := s.meridiem(j)
		if !ok && !colon && hh >= 1 && hh <= 12 {
			k, mer, ok = s.inThePart(j) // "4 in the morning"
		}
		switch {
		case ok:
			if hh > 12 || hh == 0 {
				return false
			}
			if mer == 'p' && hh < 12 {
				hh += 12
			}
			if mer == 'a' && hh == 12 {
				hh = 0
			}
			j = k
		case colon && hh < maxHour:
		default:
			return false
		}
		if s.is(j, "est", "edt", "gmt", "utc", "cst", "cdt", "pst", "pdt", "et") {
			j++
		}
	}
	p := dayPeriod(s.anchor)
	if s.hasDay {
		p = dayPeriod(s.refDay) // a time without a day is on the day under discussion
	}
	relative := true
	c := j
	if s.punct(c, ',') {
		c++
	}
	if s.dayAfterClock(c, i, out) {
		p, relative, j = out.p, out.relative, out.j
	}
	p.pod = ""
	p.clock = pad2(hh) + ":" + pad2(mm)
	if hh == 24 {
		p.clock = "24:00"
	}
	h := s.dateHit(i, j, p, relative)
	h.typ = "TIME"
	*out = h
	return true
}

// partOfDayAlone: "(in) the morning", "(by) the afternoon", "mid afternoon": a part of the
// day under discussion, else of the anchor. A bare "the morning" needs a preposition
// before it and no noun after it ("the morning session", "the morning of March 5" are
// not matched here).
func (s *scan) partOfDayAlone(i int, out *hit) bool {
	j := i
	if s.is(i, "mid") {
		j = i + 1
		if k, ok := s.hyphen(j); ok {
			j = k
		}
	}
	e, ok := s.class(j, wPartOfDay)
	if !ok || e.val >= podNoon || e.word != "morning" && e.word != "afternoon" && e.word != "evening" {
		return false
	}
	if j == i && (!s.is(i-1, "the") || !s.is(i-2, podPrepositions...)) {
		return false
	}
	if s.isNoun(j+1) || s.is(j+1, "of") || s.punct(j+1, '-') {
		return false
	}
	p := dayPeriod(s.anchor)
	if s.hasDay {
		p = dayPeriod(s.refDay)
	}
	p.pod = partOfDayCodes[e.val]
	h := s.dateHit(i, j+1, p, true)
	h.theOK, h.derived = true, true
	*out = h
	return true
}

// podPrepositions before "the morning" make it a time ("in the morning", "by the
// evening").
var podPrepositions = []string{"in", "by", "during", "through", "until", "till", "since"}

// dayAfterClock reads the day that follows a clock time that begins at token from: a
// weekday, a deictic or a date.
func (s *scan) dayAfterClock(c, from int, out *hit) bool {
	if _, ok := s.class(c, wDeictic); ok {
		return s.matchDeictic(c, out)
	}
	if _, _, ok := s.weekdayAt(c); ok {
		return s.weekdayAround(c, from, out)
	}
	return s.matchMonth(c, out) && out.p.gran == "day"
}

// inThePart reads "in the morning", "in the afternoon", "in the evening", "at night"
// after an hour at j, as meridiem does "a.m." and "p.m.".
func (s *scan) inThePart(j int) (int, byte, bool) {
	if s.is(j, "at") && s.is(j+1, "night") {
		return j + 2, 'p', true
	}
	if !s.is(j, "in") || !s.is(j+1, "the") {
		return j, 0, false
	}
	e, ok := s.class(j+2, wPartOfDay)
	if !ok || e.val > podEvening {
		return j, 0, false
	}
	if e.val == podMorning {
		return j + 3, 'a', true
	}
	return j + 3, 'p', true
}

// meridiem reads "a.m.", "p.m.", "am", "pm" at j.
func (s *scan) meridiem(j int) (int, byte, bool) {
	switch s.w(j) {
	case "am":
		return j + 1, 'a', true
	case "pm":
		return j + 1, 'p', true
	case "a", "p":
		mer := s.w(j)[0]
		if s.punct(j+1, '.') && s.tight(j+1) && s.is(j+2, "m") && s.tight(j+2) {
			return s.abbrevDot(j + 3), mer, true
		}
	}
	return j, 0, false
}
