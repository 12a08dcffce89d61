package events

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// StatusWindow is how many tokens before a trigger are searched for modal, negation and
// cancellation cues.
const StatusWindow = 10

// status returns the status of the trigger at t from cues in its clause before it, and
// whether the clause negates it.
func (x *extractor) status(a *sentence, L, t int, tr trigger) (parley.Status, bool) {
	lo := max(L, t-StatusWindow)
	w := a.words
	if cueIn(w, lo, t, negationCues) {
		return parley.Occurred, true
	}
	if cueIn(w, max(L, t-StatusWindow), min(len(w), t+StatusWindow), cancelCues) {
		return parley.Cancelled, false
	}
	if cueIn(w, lo, t, hypotheticalCues) {
		return parley.Hypothetical, false
	}
	if cueIn(w, lo, t, futureCues) {
		return parley.Planned, false
	}
	// An infinitive ("a request to hold talks", "an invitation to visit") is not asserted.
	k := t - 1
	if tr.noun {
		if lv := x.lightVerb(a, L, t); lv >= 0 {
			k = lv - 1
		} else {
			return parley.Occurred, false
		}
	}
	if k >= 0 && w[k] == "to" && (k == 0 || !motionVerbs[w[k-1]]) {
		return parley.Planned, false
	}
	return parley.Occurred, false
}

// motionVerbs before "to" make it a preposition, not an infinitive marker.
var motionVerbs = map[string]bool{"went": true, "came": true, "traveled": true, "travelled": true,
	"flew": true, "headed": true, "returned": true, "back": true, "way": true}

func cueIn(words []string, lo, hi int, cues [][]string) bool {
	for k := lo; k < hi; k++ {
		for _, c := range cues {
			if words[k] == c[0] && hasWords(words, k, c) && k+len(c) <= hi {
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
// "JEDDAH, Saudi Arabia —"), or "".
func (x *extractor) findDateline() string {
	if len(x.d.Sentences) == 0 {
		return ""
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
		return ""
	}
	for _, m := range x.d.Mentions {
		if m.Sent == 0 && m.Tok1 <= dash && (m.Kind == parley.Place || m.Kind == parley.Country) {
			return m.Entity
		}
	}
	return ""
}
