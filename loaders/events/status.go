package events

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// StatusWindow is how many tokens before a trigger are searched for modal, negation and
// cancellation cues.
const StatusWindow = 10

// PredicateWindow is how many tokens after a subject noun trigger ("a meeting with
// President X") are searched for the cues of its predicate.
const PredicateWindow = 14

// status returns the status of the trigger at t in the clause [L, R) from cues before
// it (or, for a noun that is the clause's subject, in its predicate), and whether the
// clause negates it.
func (x *extractor) status(a *sentence, L, R, t int, tr trigger) (parley.Status, bool) {
	lo := max(L, t-StatusWindow)
	w := a.words
	if cueIn(a, lo, t, negationCues) {
		return parley.Occurred, true
	}
	if cueIn(a, max(L, t-StatusWindow), min(len(a.words), t+StatusWindow), cancelCues) {
		return parley.Cancelled, false
	}
	if cueIn(a, lo, t, hypotheticalCues) {
		return parley.Hypothetical, false
	}
	if cueIn(a, lo, t, futureCues) {
		return parley.Planned, false
	}
	// An infinitive ("a request to hold talks", "an invitation to visit") is not asserted.
	k := t - 1
	if tr.noun {
		lv := x.lightVerb(a, L, t)
		if lv < 0 {
			return predicateStatus(a, t+1, R)
		}
		k = lv - 1
	}
	if k >= 0 && w[k] == "to" && (k == 0 || !motionVerbs[w[k-1]]) && !x.purposeOfTrip(a, L) {
		return parley.Planned, false
	}
	return parley.Occurred, false
}

// predicateStatus returns the status the predicate after a noun trigger that is its
// clause's subject gives it, scanning tokens [k, R): "a meeting with X could take
// place" is hypothetical, "talks with Y are expected" planned, "a meeting ... never
// took place" negated.
func predicateStatus(a *sentence, k, R int) (parley.Status, bool) {
	hi := min(R, k+PredicateWindow)
	switch {
	case cueIn(a, k, hi, openCues):
		return parley.Hypothetical, false
	case cueIn(a, k, hi, failedCues):
		return parley.Occurred, true
	case cueIn(a, k, hi, hypotheticalCues):
		return parley.Hypothetical, false
	case cueIn(a, k, hi, predicateFutureCues):
		return parley.Planned, false
	}
	return parley.Occurred, false
}

// purposeOfTrip reports whether an infinitive in the clause starting at L states the
// purpose of a trip told just before in the same sentence that happened ("made a trip to
// Seoul in May to meet Yoon"): the meeting is then told as done.
func (x *extractor) purposeOfTrip(a *sentence, L int) bool {
	prev := x.last
	return prev.ev != nil && prev.sent == a.idx && prev.end >= L && prev.ev.Type == parley.Visit &&
		prev.ev.Status == parley.Occurred && !prev.ev.negated
}

// motionVerbs before "to" make it a preposition, not an infinitive marker.
var motionVerbs = map[string]bool{"went": true, "came": true, "traveled": true, "travelled": true,
	"flew": true, "headed": true, "returned": true, "back": true, "way": true}

// cueIn reports whether one of cues starts within tokens [lo, hi) of the sentence and
// ends by hi. Words inside a name or a date are not cues ("May", "Will").
func cueIn(a *sentence, lo, hi int, cues [][]string) bool {
	for k := lo; k < hi; k++ {
		if a.timex[k] >= 0 || a.mention[k] >= 0 || !a.is(k, classCueStart) {
			continue
		}
		for _, c := range cues {
			if a.words[k] == c[0] && hasWords(a.words, k, c) && k+len(c) <= hi {
				return true
			}
		}
	}
	return false
}

func hasPhone(a *sentence) bool {
	for _, w := range a.words {
		switch w {
		case "phone", "telephone", "phoned", "video", "videoconference", "call":
			return true
		}
	}
	return false
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// nearPublication reports whether d lies within MaxDatelineDays before publication, or
// is unknown.
func (x *extractor) nearPublication(d parley.DateRange) bool {
	pub := x.d.Article.Published
	if d.Start == "" || pub == "" {
		return d.Start == ""
	}
	p, err1 := time.Parse(time.DateOnly, pub)
	s, err2 := time.Parse(time.DateOnly, d.Start)
	if err1 != nil || err2 != nil {
		return false
	}
	days := p.Sub(s).Hours() / 24
	return days >= 0 && days <= MaxDatelineDays
}

// findDateline returns the place named by the article's dateline ("PARIS —",
// "JEDDAH, Saudi Arabia —"), the places that qualify it ("Saudi Arabia") and the first
// token of the first sentence after it; "", nil, 0 if there is none.
func (x *extractor) findDateline() (string, []string, int) {
	if len(x.d.Sentences) == 0 {
		return "", nil, 0
	}
	s := x.d.Sentences[0]
	dash := -1
	for k, t := range s.Tokens {
		if k > 6 {
			break
		}
		if t.Text == "—" || t.Text == "–" || t.Text == "--" || t.Text == "-" {
			dash = k
			break
		}
	}
	if dash <= 0 || strings.ToUpper(s.Tokens[0].Text) != s.Tokens[0].Text {
		return "", nil, 0
	}
	place := ""
	var within []string
	for _, m := range x.d.Mentions {
		if m.Sent != 0 || m.Tok1 > dash || (m.Kind != parley.Place && m.Kind != parley.Country) {
			continue
		}
		if place == "" {
			place = m.Entity
		} else if m.Entity != place {
			within = append(within, m.Entity)
		}
	}
	return place, within, dash + 1
}

// datelineCity returns the dateline's place for loc when loc is a region or country the
// dateline names it in ("met at a base in Alaska" under "ANCHORAGE, Alaska —"), else loc.
func (x *extractor) datelineCity(loc string) string {
	if x.dateline != "" && slices.Contains(x.datelineWithin, loc) {
		return x.dateline
	}
	return loc
}

// outside reports whether the sentence puts something "outside" or "near" the place
// city: a landmark there is not in the city itself.
func (x *extractor) outside(a *sentence, city string) bool {
	for k := 1; k < len(a.words); k++ {
		if mi := a.mention[k]; mi >= 0 && x.d.Mentions[mi].Entity == city && (a.words[k-1] == "outside" || a.words[k-1] == "near") {
			return true
		}
	}
	return false
}
