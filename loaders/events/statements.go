package events

import (
	"strings"

	"github.com/parleyhq/parley"
)

// statement records a quotation with its speaker: the name before or after a verb of
// saying in a sentence holding quoted words.
func (x *extractor) statement(a *sentence) {
	quote := quoted(a.s.Text)
	if quote == "" {
		return
	}
	for k := range a.words {
		if !a.is(k, classQuoteVerb) {
			continue
		}
		speaker := ""
		if ids := x.subjects(a, 0, k); len(ids) == 1 {
			speaker = ids[0]
		} else if len(ids) > 1 {
			continue // several speakers ("The leaders described ...")
		} else if k+1 < len(a.words) && a.mention[k+1] >= 0 && x.isPerson(a.mention[k+1]) {
			speaker = x.d.Mentions[a.mention[k+1]].Entity
		} else if ids := x.scratchSubject(a, k); len(ids) > 0 {
			speaker = ids[0]
		}
		if e := x.d.Entity(speaker); e == nil || e.Kind != parley.Person {
			continue
		}
		ev := event{sent: a.idx}
		ev.Type, ev.Status, ev.Speaker, ev.Quote = parley.Statement, parley.Occurred, speaker, quote
		ti := x.nearestTimex(a, 0, len(a.words), k)
		x.fill(&ev, a, []string{speaker}, nil, "", ti)
		ev.Location = ""
		x.events = append(x.events, &ev)
		return
	}
}

// quoted returns the text between the first pair of quotation marks in s, or "".
func quoted(s string) string {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		i := strings.Index(s, q[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(q[0]):], q[1])
		if j > 0 {
			return strings.TrimRight(s[i+len(q[0]):i+len(q[0])+j], ", ")
		}
	}
	return ""
}
