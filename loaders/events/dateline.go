package events

import (
	"slices"
	"strings"
	"time"

	"github.com/parleyhq/parley"
)

// MaxDatelineDays is how many days before publication an event may lie and still take
// the dateline's place when its own sentence names none.
const MaxDatelineDays = 7

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
