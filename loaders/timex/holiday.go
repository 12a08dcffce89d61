package timex

import (
	"time"

	"github.com/parleyhq/parley"
)

// holiday is a named day of the year: "Thanksgiving Day", "Christmas Eve", "Election Day".
type holiday struct {
	words   []string // the name, lower-case; "'" is an apostrophe token ("new year ' s")
	day     bool     // a trailing "Day" may follow ("Thanksgiving Day")
	capital bool     // the first word must be capitalised ("Labor Day", not "labor day")
	date    func(y int) time.Time
}

// fixedDay returns the date function of a holiday on month m, day d every year.
func fixedDay(m, d int) func(int) time.Time { return func(y int) time.Time { return day(y, m, d) } }

// nthWeekday returns the date function of the n-th weekday wd of month m (n -1: the last).
func nthWeekday(m int, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time {
		if n < 0 {
			last := day(y, m+1, 0)
			return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + daysPerWeek) % daysPerWeek))
		}
		first := day(y, m, 1)
		return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+daysPerWeek)%daysPerWeek+daysPerWeek*(n-1))
	}
}

// easterOffset returns the date function of the day off days after Easter Sunday.
func easterOffset(off int) func(int) time.Time {
	return func(y int) time.Time { return easter(y).AddDate(0, 0, off) }
}

// easter returns Easter Sunday of year y (the anonymous Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	return day(y, month, (h+l-7*m+114)%31+1)
}

// electionDay is the United States' general election day: the Tuesday after the first
// Monday of November.
func electionDay(y int) time.Time { return nthWeekday(11, time.Monday, 1)(y).AddDate(0, 0, 1) }

// holidays are the named days the tagger knows, longest names of a first word first.
var holidays = []holiday{
	{words: []string{"thanksgiving"}, day: true, date: nthWeekday(11, time.Thursday, 4)},
	{words: []string{"christmas", "eve"}, date: fixedDay(12, 24)},
	{words: []string{"christmas"}, day: true, date: fixedDay(12, 25)},
	{words: []string{"new", "year", "'", "s", "eve"}, capital: true, date: fixedDay(12, 31)},
	{words: []string{"new", "year", "'", "s"}, day: true, capital: true, date: fixedDay(1, 1)},
	{words: []string{"election", "day"}, date: electionDay},
	{words: []string{"independence", "day"}, capital: true, date: fixedDay(7, 4)},
	{words: []string{"labor", "day"}, capital: true, date: nthWeekday(9, time.Monday, 1)},
	{words: []string{"memorial", "day"}, capital: true, date: nthWeekday(5, time.Monday, -1)},
	{words: []string{"veterans", "'", "day"}, capital: true, date: fixedDay(11, 11)},
	{words: []string{"veterans", "day"}, capital: true, date: fixedDay(11, 11)},
	{words: []string{"armistice", "day"}, capital: true, date: fixedDay(11, 11)},
	{words: []string{"columbus", "day"}, capital: true, date: nthWeekday(10, time.Monday, 2)},
	{words: []string{"martin", "luther", "king", "day"}, capital: true, date: nthWeekday(1, time.Monday, 3)},
	{words: []string{"presidents", "'", "day"}, capital: true, date: nthWeekday(2, time.Monday, 3)},
	{words: []string{"presidents", "day"}, capital: true, date: nthWeekday(2, time.Monday, 3)},
	{words: []string{"mother", "'", "s", "day"}, capital: true, date: nthWeekday(5, time.Sunday, 2)},
	{words: []string{"father", "'", "s", "day"}, capital: true, date: nthWeekday(6, time.Sunday, 3)},
	{words: []string{"valentine", "'", "s", "day"}, capital: true, date: fixedDay(2, 14)},
	{words: []string{"halloween"}, date: fixedDay(10, 31)},
	{words: []string{"boxing", "day"}, capital: true, date: fixedDay(12, 26)},
	{words: []string{"easter", "sunday"}, date: easterOffset(0)},
	{words: []string{"easter", "monday"}, date: easterOffset(1)},
	{words: []string{"easter"}, day: true, date: easterOffset(0)},
	{words: []string{"good", "friday"}, capital: true, date: easterOffset(-2)},
	{words: []string{"palm", "sunday"}, capital: true, date: easterOffset(-7)},
	{words: []string{"ash", "wednesday"}, capital: true, date: easterOffset(-46)},
}

// holidayWords are the words of holiday names the lexicon must know.
func holidayWords() []string {
	var ws []string
	for _, h := range holidays {
		for _, w := range h.words {
			if w != "'" {
				ws = append(ws, w)
			}
		}
	}
	return ws
}

// holidayAt reads a holiday name at token j and returns it with the token after it.
func (s *scan) holidayAt(j int) (*holiday, int, bool) {
	if _, ok := s.class(j, wHoliday); !ok {
		return nil, j, false
	}
	for hi := range holidays {
		h := &holidays[hi]
		if h.capital && !s.toks[j].upper {
			continue
		}
		k, ok := j, true
		for _, w := range h.words {
			switch {
			case w == "'" && s.punct(k, '\''):
			case w != "'" && s.wordIs(k, w):
			default:
				ok = false
			}
			if !ok {
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if h.day && s.is(k, "day") && s.toks[k].upper {
			k++
		}
		return h, k, true
	}
	return nil, j, false
}

// wordIs reports whether token k is word w (of any lexicon class).
func (s *scan) wordIs(k int, w string) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].lex != nil && s.toks[k].lex.word == w
}

// matchHoliday: "Thanksgiving Day", "last Christmas", "Easter 1998", "Christmas Eve
// next year", "Easter week", "the Thanksgiving weekend".
func (s *scan) matchHoliday(i int, out *hit) bool {
	j := i
	rel, relWord := 0, false
	if s.is(j, "last", "next", "this") {
		rel, relWord, j = relWords[s.w(j)], true, j+1
	}
	h, k, ok := s.holidayAt(j)
	if !ok {
		return false
	}
	y, relative := 0, true
	c := k + boolInt(s.punct(k, ','))
	switch {
	case relWord:
		y = s.holidayYear(h, rel, true)
	default:
		if yy, k2, ok := s.yearNumber(c, true); ok {
			y, k, relative = yy, k2, false
		} else if s.is(k, "this", "last", "next") && s.is(k+1, "year") {
			y, k = s.anchor.Year()+relWords[s.w(k)], k+2
		} else {
			y = s.holidayYear(h, s.tense(i, k), false)
		}
	}
	p := dayPeriod(h.date(y))
	switch {
	case s.is(k, "week") && !s.plural(k):
		p, k = weekPeriod(p.t), k+1
	case s.is(k, "weekend") && !s.plural(k):
		p, k = weekPeriod(p.t), k+1
		p.weekend = true
	}
	hh := s.dateHit(i, k, p, relative)
	hh.theOK = p.gran == parley.Week
	*out = hh
	return true
}

// holidayYear returns the year of holiday h meant from the anchor: with a relative word
// (dir -1 last, 1 next, 0 this) or by tense (dir a tense).
func (s *scan) holidayYear(h *holiday, dir int, relWord bool) int {
	a := s.anchor
	y := a.Year()
	if relWord {
		switch {
		case dir < 0 && !h.date(y).Before(a):
			return y - 1
		case dir > 0 && !h.date(y).After(a):
			return y + 1
		}
		return y
	}
	return s.nearestYear(h.date, dir)
}
