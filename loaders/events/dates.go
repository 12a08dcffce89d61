package events

import (
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// sinceClause reports whether the date at tokens [k, end) stands in a clause opened
// by "since" up to MaxSinceClause tokens before it, and the trigger at t is outside
// that clause, before "since" or after a comma that closes it: the date is of the
// earlier event the span starts from ("frozen since Turkey shot down a Russian warplane
// last November, in their first face-to-face talks").
func sinceClause(a *sentence, k, end, t int) bool {
	s := -1
	for j := k - 1; j >= 0 && k-j <= MaxSinceClause; j-- {
		if a.words[j] == "," || a.words[j] == ";" {
			return false
		}
		if a.words[j] == "since" {
			s = j
			break
		}
	}
	if s < 0 || s == k-1 || !finiteVerbIn(a, s+1, k) {
		return false // right after "since" (see nearestTimex), or a noun phrase: "the first trip since Russia's invasion on Wednesday"
	}
	if t < s {
		return true
	}
	for j := end; j < t && j < len(a.words); j++ {
		if a.words[j] == "," {
			return true
		}
	}
	return false
}

// finiteVerbIn reports whether a past verb stands in tokens [lo, hi), not right after
// a determiner ("since Turkey shot down", not "since a failed coup").
func finiteVerbIn(a *sentence, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if a.mention[j] >= 0 || a.timex[j] >= 0 || !pastForm(a.words[j]) {
			continue
		}
		if j > 0 && (definite[a.words[j-1]] || a.words[j-1] == "a" || a.words[j-1] == "an") {
			continue
		}
		return true
	}
	return false
}

// pastForm reports whether w looks like a past verb: a common irregular one or a
// word in -ed.
func pastForm(w string) bool {
	switch w {
	case "shot", "began", "took", "fell", "came", "went", "met", "won", "broke", "made", "left",
		"led", "struck", "held", "seized", "sent", "stood", "lost", "fought", "ran":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// MaxSinceClause is the most tokens between "since" and a date in the clause it opens.
const MaxSinceClause = 12

// nearestTimex returns the date in the clause [L, R) nearest to the trigger at t, or
// -1. Dates that modify another noun ("the 2018 killing") are skipped.
func (x *extractor) nearestTimex(a *sentence, L, R, t int) int {
	best, bestDist := -1, 1<<30
	for k := L; k < R; k++ {
		ti := a.timex[k]
		if ti < 0 || (k > L && a.timex[k-1] == ti) {
			continue
		}
		tx := x.d.Timexes[ti]
		if tx.From == "" || (tx.Type != "DATE" && tx.Type != "TIME") {
			continue
		}
		end := k
		for end < len(a.words) && a.timex[end] == ti {
			end++
		}
		if k > 0 && a.words[k-1] == "since" && !whenClauseOf(a, end, t) {
			continue // "the first visit since 2015" is not in 2015
		}
		if sinceClause(a, k, end, t) {
			continue // "ties frozen since Turkey shot down a warplane last November, in their first talks"
		}
		end = min(end, R)
		if nounModifierDate(a, k, end) {
			continue // "the 2018 killing"
		}
		if end+1 < len(a.words) && text.IsPossessive(a.words[end]) && !a.is(end+1, classTrigger) {
			continue // "this year's chair" dates a role, "last week's summit" an event
		}
		if relativeAside(a, k, end, t) {
			continue // "X, whose country chairs ASEAN this year, received Y"
		}
		if end <= t && anaphorClauseBetween(a, end, t) {
			continue // "to Vladivostok in September, and the two leaders talked ... last month"
		}
		d := t - end
		if k > t {
			d = k - t
		}
		if d < bestDist {
			best, bestDist = ti, d
		}
	}
	return best
}

// anaphorClauseBetween reports whether ", and" and a plural anaphor ("the two leaders")
// open a new clause in tokens [k, t): a date before it belongs to the clause before.
func anaphorClauseBetween(a *sentence, k, t int) bool {
	for j := k; j+2 < t; j++ {
		if a.words[j] == "," && a.words[j+1] == "and" && pluralFrom(a.words, j+2) > 0 {
			return true
		}
	}
	return false
}

// nounModifierDate reports whether the date at tokens [k, end) modifies the noun after
// it, opened by "the": "the 2018 killing", "the May 25 election". A trigger after it is
// dated by it ("the March 5 talks").
func nounModifierDate(a *sentence, k, end int) bool {
	return k > 0 && a.words[k-1] == "the" && end < len(a.words) && isLowerWord(a.s.Tokens[end].Text) &&
		!a.is(end, classTrigger) && !text.IsPossessive(a.words[end])
}

// whenClauseOf reports whether the date ending before token end is followed by ", when"
// and the trigger at t lies past it: the clause tells what happened on that date
// ("the first such meeting since October 2016, when X and Y met in Berlin").
func whenClauseOf(a *sentence, end, t int) bool {
	return end+1 < len(a.words) && a.words[end] == "," && a.words[end+1] == "when" && t > end+1
}

// MaxAside is how many tokens a relative clause set off by commas may have on either
// side of a date in it.
const MaxAside = 20

// relativeAside reports whether the date at [k, end) lies in a relative clause set off
// by commas after a name ("X, whose country chairs the bloc this year, received Y") that
// does not hold the trigger at t: the clause tells of someone, not of the event. A
// clause closed by "when" or "where" goes on to tell of the event ("which he had
// questioned in December, when he took a call from").
func relativeAside(a *sentence, k, end, t int) bool {
	open := -1
	for j := k - 1; j >= 0 && k-j <= MaxAside; j-- {
		if a.words[j] == "," || a.words[j] == ";" {
			open = j
			break
		}
	}
	if open < 1 || open+1 >= k || (t > open && t < k) || a.mention[open-1] < 0 {
		return false
	}
	switch a.words[open+1] {
	case "who", "whose", "which":
	default:
		return false
	}
	for j := end; j < len(a.words) && j-end <= MaxAside; j++ {
		if j == t {
			return false
		}
		if a.words[j] == "," {
			return j+1 < len(a.words) && a.words[j+1] != "when" && a.words[j+1] != "where"
		}
	}
	return false
}

// rangeOf returns the date range of the timex ti.
func (x *extractor) rangeOf(ti int) parley.DateRange {
	t := x.d.Timexes[ti]
	return parley.DateRange{Text: t.Text, Value: t.Value, Granularity: t.Granularity, Start: t.From, End: t.To}
}

// noteDates keeps the last specific date of a sentence without events as the date the
// discourse is about. A day the lead paragraph names, when no dated contact came
// before it, is the story's own day ("Trump set foot in North Korea on Sunday").
func (x *extractor) noteDates(a *sentence) {
	for k := len(a.words) - 1; k >= 0; k-- {
		if ti := a.timex[k]; ti >= 0 && !parenthetical(a, k) {
			end, start := k+1, k
			for start > 0 && a.timex[start-1] == ti {
				start--
			}
			k = start
			if nounModifierDate(a, start, end) {
				continue // "since Poroshenko won the May 25 election": no day the story is on
			}
			t := x.d.Timexes[ti]
			if t.From != "" && t.Type == "DATE" && (t.Granularity == parley.Day || t.Granularity == parley.Week) {
				d := x.rangeOf(ti)
				x.lastDate = &d
				if x.leadDate == nil && !x.pastLead && t.Granularity == parley.Day {
					x.leadDate = &d
				}
				return
			}
		}
	}
}

// MaxParenthetical is how many tokens a phrase set off by commas may have on either side
// of a date in it.
const MaxParenthetical = 10

// parenthetical reports whether token k lies in a phrase set off by commas that opens
// with a lower-case word, a participle or relative clause about something else ("For
// Merz, sworn in on Tuesday, it was").
func parenthetical(a *sentence, k int) bool {
	open := -1
	for j := k - 1; j >= 0 && k-j <= MaxParenthetical; j-- {
		if a.words[j] == "," && a.mention[j] < 0 {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= k || a.mention[open+1] >= 0 || a.prefix[open+1] >= 0 || !isLowerWord(a.s.Tokens[open+1].Text) ||
		a.words[open+1] == "and" || a.is(open+1, classPreposition) {
		return false
	}
	for j := k + 1; j < len(a.words) && j-k <= MaxParenthetical; j++ {
		if a.words[j] == "," && a.mention[j] < 0 {
			return true
		}
	}
	return false
}

// compatible reports whether two dates may be the same day: either is unknown, or their
// intervals overlap.
func compatible(a, b parley.DateRange) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	return a.Start <= b.End && b.Start <= a.End
}

// narrower reports whether date a lies within b and is not the same, or b is unknown.
func narrower(a, b parley.DateRange) bool {
	return b.IsZero() || (a.End > "" && a.Start >= b.Start && a.End <= b.End && (a.Start != b.Start || a.End != b.End))
}

// anaphoricDay reports whether a date's text points back to a day already told ("that
// evening", "later that day") rather than naming one.
func anaphoricDay(s string) bool {
	for _, p := range [...]string{"that ", "later that ", "earlier that "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// earlierIn reports whether a date's text counts back from the day it is told of
// ("earlier this week", "earlier in the month").
func earlierIn(s string) bool {
	const p = "earlier "
	return len(s) > len(p) && strings.EqualFold(s[:len(p)], p)
}

// laterIn reports whether a date's text counts forward from the day it is told on
// ("later this month", "later in the year").
func laterIn(s string) bool {
	for _, p := range [...]string{"later this ", "later in the "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// toldDay returns the day an anaphoric date ti ("that evening") points back to: the day
// the discourse is about, or the story's own day when that is only the publication day
// ("held talks on Monday, both disclosed on Wednesday ... That evening"). Else nil.
func (x *extractor) toldDay(ti int) *parley.DateRange {
	if ti < 0 || !anaphoricDay(x.d.Timexes[ti].Text) {
		return nil
	}
	d := x.lastDate
	if d == nil || d.Start == x.d.Article.Published && d.End == d.Start {
		d = x.leadDate
	}
	return d
}
