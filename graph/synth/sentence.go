package synth

import (
	"strings"

	"github.com/parleyhq/parley"
)

// verbs says, per event type, how a sentence reports it.
var verbs = map[parley.EventType]string{
	parley.Meeting:     "met",
	parley.Call:        "spoke by phone with",
	parley.Visit:       "visited",
	parley.Summit:      "held a summit with",
	parley.Negotiation: "negotiated with",
	parley.Agreement:   "signed an agreement with",
}

// modal says how a sentence marks an event that did not happen.
var modal = map[parley.Status]string{
	parley.Planned:      "will",
	parley.Cancelled:    "cancelled plans to",
	parley.Hypothetical: "could",
}

// bare is the verb after a modal.
var bare = map[parley.EventType]string{
	parley.Meeting:     "meet",
	parley.Call:        "speak by phone with",
	parley.Visit:       "visit",
	parley.Summit:      "hold a summit with",
	parley.Negotiation: "negotiate with",
	parley.Agreement:   "sign an agreement with",
}

// sentence returns the evidence sentence of ev: "On 5 March 2014, President Anatoly
// Petrov of Norland met Maria Petrova in Norland City to discuss trade."
func (g *Generator) sentence(ev parley.Event) string {
	var b strings.Builder
	b.WriteString(capitalize(ev.Date.Text))
	b.WriteString(", ")
	b.WriteString(g.styled(ev.Participants[0]))
	if ev.Type == parley.Statement {
		b.WriteString(` said: "`)
		b.WriteString(ev.Quote)
		b.WriteString(`."`)
		return b.String()
	}
	b.WriteString(" ")
	if m, ok := modal[ev.Status]; ok {
		b.WriteString(m + " " + bare[ev.Type])
	} else {
		b.WriteString(verbs[ev.Type])
	}
	others := make([]string, 0, len(ev.Participants)-1)
	for _, id := range ev.Participants[1:] {
		others = append(others, g.styled(id))
	}
	b.WriteString(" ")
	b.WriteString(joinAnd(others))
	if ev.Location != "" {
		b.WriteString(" in ")
		b.WriteString(g.name(ev.Location))
	}
	b.WriteString(" to discuss ")
	b.WriteString(topics[len(ev.ID)*7%len(topics)+int(ev.ID[len(ev.ID)-1])%2])
	b.WriteString(".")
	return b.String()
}

// styled returns a person's title, name and country: "President Anatoly Petrov of
// Norland".
func (g *Generator) styled(id string) string {
	e := g.known[id]
	if len(e.Roles) == 0 {
		return e.Name
	}
	r := e.Roles[0]
	return r.Title + " " + e.Name + " of " + g.name(r.Of)
}

// title returns a headline for an article whose first event is ev.
func title(ev parley.Event, name func(string) string) string {
	last := func(id string) string {
		n := name(id)
		return n[strings.LastIndexByte(n, ' ')+1:]
	}
	if ev.Type == parley.Statement || len(ev.Participants) < 2 {
		return last(ev.Participants[0]) + " Speaks Out"
	}
	return last(ev.Participants[0]) + " and " + last(ev.Participants[1]) + " in Talks"
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func joinAnd(xs []string) string {
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
