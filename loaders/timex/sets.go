package timex

import (
	"strconv"
	"strings"
)

// matchSet: "daily", "annually", "every week", "each year", "every other month",
// "each Thursday", "each July".
func (s *scan) matchSet(i int, out *hit) bool {
	if e, ok := s.class(i, wSet); ok {
		if s.modifiesNoun(i) && (e.val > uWeek || !s.is(i-1, "a", "the", "his", "her", "its", "their", "our")) {
			return false // "a quarterly dividend", "daily flights"; but "a daily rally"
		}
		*out = hit{i: i, j: i + 1, typ: "SET", value: durationValue(1, false, e.val)}
		return true
	}
	if !s.is(i, "every", "each") {
		return false
	}
	j := i + 1
	n := 1
	if s.is(j, "other") {
		n, j = 2, j+1
	} else if m, fuzzy, k, ok := s.number(j); ok && !fuzzy && s.toks[j].kind != tWord || ok && !fuzzy && s.w(j) != "a" {
		if _, unit := s.unitAt(k); unit {
			n, j = m, k
		}
	}
	if unit, ok := s.unitAt(j); ok {
		*out = hit{i: i, j: j + 1, typ: "SET", value: durationValue(n, false, unit)}
		return true
	}
	if wd, k, ok := s.weekdayAt(j); ok {
		*out = hit{i: i, j: k, typ: "SET", value: "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)}
		return true
	}
	if m, k, ok := s.monthAt(j); ok {
		*out = hit{i: i, j: k, typ: "SET", value: "XXXX-" + pad2(m)}
		return true
	}
	return false
}

// pluralPartsOfDay are the plural parts of day that make a weekday recurrent ("Tuesday
// nights"), with their TIMEX3 codes.
var pluralPartsOfDay = [...]struct{ word, code string }{
	{"mornings", "MO"}, {"afternoons", "AF"}, {"evenings", "EV"}, {"nights", "NI"},
}

// weekdaySet: "Fridays", "Tuesday nights": the weekday of every week, a SET, for the
// weekday token i with the token after it at k.
func (s *scan) weekdaySet(i, k, wd int, out *hit) bool {
	value := weekdaySetValues[wd]
	t := &s.toks[i]
	if s.text[t.b1-1] == 's' && t.b1-t.b0 > len("sunday") { // "Fridays"
		*out = hit{i: i, j: k, typ: "SET", value: value}
		return true
	}
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return false
	}
	w := s.text[s.toks[k].b0:s.toks[k].b1]
	for _, p := range pluralPartsOfDay {
		if strings.EqualFold(w, p.word) {
			*out = hit{i: i, j: k + 1, typ: "SET", value: value + "T" + p.code}
			return true
		}
	}
	return false
}

// weekdaySetValues are the TIMEX3 values of each weekday of every week, by time.Weekday.
var weekdaySetValues = [daysPerWeek]string{"XXXX-WXX-7", "XXXX-WXX-1", "XXXX-WXX-2",
	"XXXX-WXX-3", "XXXX-WXX-4", "XXXX-WXX-5", "XXXX-WXX-6"}
