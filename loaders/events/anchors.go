package events

import (
	"time"

	"github.com/parleyhq/parley"
)

// Dates anchored on an event told before: "on the day of the first Abuja summit", "two
// months before that interim deal". The anchor is the same noun in an earlier sentence
// with a date right after it ("at a summit in Abuja on July 30", "an interim deal struck
// in Geneva in November 2013").

// MaxAnchorBack is how many sentences before an anchored date its event may be told.
const MaxAnchorBack = 4

// MaxAnchorGap is the most tokens between an anchor noun and its date.
const MaxAnchorGap = 8

// anchorOrdinals pick the event of that rank among those the noun names.
var anchorOrdinals = map[string]int{"first": 1, "second": 2, "third": 3}

// shiftCounts are the counts a shift before or after an anchor may have.
var shiftCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// anchorDate returns the date an anchored phrase in sentence a gives: the date of the
// event it names, moved back or on by the shift it states. It reports false when the
// sentence has none or its event has no date.
func (x *extractor) anchorDate(a *sentence) (parley.DateRange, bool) {
	w := a.words
	for k := 0; k+3 < len(w); k++ {
		// "on the day of the [first] <words> <noun>"
		if w[k] == "day" && w[k+1] == "of" && w[k+2] == "the" && k > 0 && w[k-1] == "the" {
			noun, rank := x.anchorNoun(a, k+3)
			if noun < 0 {
				continue
			}
			return x.anchoredOn(a, w[noun], "", rank, 0, "")
		}
		// "where he had spent the previous two days in talks with Putin"
		if w[k] == "the" && (w[k+1] == "previous" || w[k+1] == "preceding") && shiftCounts[w[k+2]] > 0 && (w[k+3] == "days" || w[k+3] == "day") {
			if d, ok := x.daysBefore(shiftCounts[w[k+2]]); ok {
				return d, true
			}
		}
		// "within hours of landing", "shortly after arriving"
		if (w[k] == "of" || w[k] == "after" || w[k] == "on") && landingWords[w[k+1]] && (k == 0 || w[k] != "of" || w[k-1] == "hours" || w[k-1] == "minutes") {
			if d, ok := x.arrivalDate(a); ok {
				return d, true
			}
		}
		// "two months before that interim deal"
		n, unit := shiftCounts[w[k]], w[k+1]
		if n == 0 || (unit != "days" && unit != "weeks" && unit != "months" && unit != "day" && unit != "week" && unit != "month") {
			continue
		}
		if w[k+2] != "before" && w[k+2] != "after" || k+4 >= len(w) || w[k+3] != "that" && w[k+3] != "the" {
			continue
		}
		noun, _ := x.anchorNoun(a, k+4)
		if noun < 0 {
			continue
		}
		adj := ""
		if noun > k+4 {
			adj = w[noun-1]
		}
		if w[k+2] == "before" {
			n = -n
		}
		return x.anchoredOn(a, w[noun], adj, 0, n, unit)
	}
	return parley.DateRange{}, false
}

// anchorNoun returns the event noun that ends the noun phrase starting at k (past an
// ordinal and up to two modifiers, capitalised or not) and the ordinal's rank, 0 if
// none; noun -1 if there is none.
func (x *extractor) anchorNoun(a *sentence, k int) (noun, rank int) {
	w := a.words
	if k < len(w) {
		if r, ok := anchorOrdinals[w[k]]; ok {
			rank, k = r, k+1
		}
	}
	for j := k; j < len(w) && j <= k+2; j++ {
		if anchorNouns[w[j]] {
			return j, rank
		}
	}
	return -1, 0
}

// anchorNouns name events an anchored date may refer back to.
var anchorNouns = map[string]bool{"summit": true, "deal": true, "talks": true, "meeting": true,
	"agreement": true, "election": true, "visit": true, "conference": true, "accord": true}

// anchoredOn finds the rank-th (or, with rank 0, the last) mention of noun, after adj
// when one is given, in the MaxAnchorBack sentences before a that a date follows within
// MaxAnchorGap tokens, and returns that date moved by n units.
func (x *extractor) anchoredOn(a *sentence, noun, adj string, rank, n int, unit string) (parley.DateRange, bool) {
	var found []parley.DateRange
	for si := max(0, a.idx-MaxAnchorBack); si < a.idx; si++ {
		b := &x.sents[si]
		for k, w := range b.words {
			if w != noun || adj != "" && (k == 0 || b.words[k-1] != adj) {
				continue
			}
			for j := k + 1; j < len(b.words) && j <= k+MaxAnchorGap; j++ {
				if ti := b.timex[j]; ti >= 0 && x.d.Timexes[ti].From != "" {
					found = append(found, x.rangeOf(ti))
					break
				}
				if isBreak(b, j) {
					break
				}
			}
		}
	}
	if len(found) == 0 || rank > len(found) {
		return parley.DateRange{}, false
	}
	d := found[len(found)-1]
	if rank > 0 {
		d = found[rank-1]
	}
	return shiftDate(d, n, unit)
}

// shiftDate moves d by n days, weeks or months, keeping its granularity: a month stays a
// whole month. It reports false when d cannot be read.
func shiftDate(d parley.DateRange, n int, unit string) (parley.DateRange, bool) {
	if n == 0 {
		return d, true
	}
	start, err1 := time.Parse(time.DateOnly, d.Start)
	end, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil {
		return parley.DateRange{}, false
	}
	switch unit {
	case "day", "days":
		start, end = start.AddDate(0, 0, n), end.AddDate(0, 0, n)
	case "week", "weeks":
		start, end = start.AddDate(0, 0, 7*n), end.AddDate(0, 0, 7*n)
	default:
		if d.Granularity != parley.Month {
			return parley.DateRange{}, false // months from a day or a year: too loose
		}
		start = start.AddDate(0, n, 0)
		end = start.AddDate(0, 1, -1)
	}
	d.Start, d.End, d.Value, d.Text = start.Format(time.DateOnly), end.Format(time.DateOnly), "", ""
	if d.Granularity == parley.Month {
		d.Value = start.Format("2006-01")
	} else if d.Granularity == parley.Day {
		d.Value = d.Start
	}
	return d, true
}

// landingWords after "within hours of", "after" or "on" tie a contact to the arrival told
// before: "Within hours of landing he held talks with Modi".
var landingWords = map[string]bool{"landing": true, "arriving": true, "arrival": true}

// arrivalVerbsIn are the verbs, or first words of phrases, that tell an arrival with a
// date after them: "He flew in on Saturday", "landed on Friday".
var arrivalVerbsIn = map[string]string{"landed": "", "arrived": "", "flew": "in", "touched": "down"}

// arrivalDate returns the date of the last arrival told in the MaxAnchorBack sentences
// before a: an arrival verb with a date within MaxAnchorGap tokens after it.
func (x *extractor) arrivalDate(a *sentence) (parley.DateRange, bool) {
	for si := a.idx - 1; si >= max(0, a.idx-MaxAnchorBack); si-- {
		b := &x.sents[si]
		for k := len(b.words) - 1; k >= 0; k-- {
			next, ok := arrivalVerbsIn[b.words[k]]
			if !ok || next != "" && (k+1 >= len(b.words) || b.words[k+1] != next) {
				continue
			}
			for j := k + 1; j < len(b.words) && j <= k+MaxAnchorGap; j++ {
				if ti := b.timex[j]; ti >= 0 && x.d.Timexes[ti].From != "" {
					return x.rangeOf(ti), true
				}
				if isBreak(b, j) {
					break
				}
			}
		}
	}
	return parley.DateRange{}, false
}

// daysBefore returns the n days before the day the discourse is on (the story's own day
// when it names none): "the previous two days".
func (x *extractor) daysBefore(n int) (parley.DateRange, bool) {
	d := x.lastDate
	if d == nil {
		d = x.leadDate
	}
	if d == nil || d.Start == "" || d.Start != d.End {
		return parley.DateRange{}, false
	}
	day, err := time.Parse(time.DateOnly, d.Start)
	if err != nil {
		return parley.DateRange{}, false
	}
	from, to := day.AddDate(0, 0, -n), day.AddDate(0, 0, -1)
	return parley.DateRange{Granularity: parley.Day, Start: from.Format(time.DateOnly), End: to.Format(time.DateOnly)}, true
}
