// Package synth generates synthetic but realistic Parley data for load tests and
// benchmarks: leaders with titles and countries, organizations, places, articles
// published 2000–2026 and the meetings, calls, visits, summits, statements and
// agreements they report, each with an evidence sentence. Who takes part in events
// follows a heavy-tailed (Zipf) distribution, so a few leaders have very many contacts.
// The same seed gives the same articles.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// Shape of the generated world.
const (
	// QuadsPerPerson sizes the pool of people: one person per this many target quads.
	QuadsPerPerson = 500
	// MinPeople is the smallest pool of people.
	MinPeople = 200
	// zipfS and zipfV shape how often each person takes part (P(k) ∝ (zipfV+k)^-zipfS).
	zipfS, zipfV = 1.1, 8
	// maxEventsPerArticle bounds the events one article reports.
	maxEventsPerArticle = 5
	// recentEvents is how many past events an article may report again.
	recentEvents = 512
	// rereportPercent is how often an article reports an earlier event again.
	rereportPercent = 10
)

// firstDay and lastDay bound publication dates.
var (
	firstDay = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
)

var (
	firstNames = strings.Fields(`Anatoly Maria Ivan Elena Ahmed Fatima Chen Li Pedro Ana Jean Claire Hans Greta
		Kwame Amara Raj Priya Yuki Hiroshi Olga Sergei Omar Layla Carlos Lucia Miguel Sofia Pierre Marie Karl
		Ingrid Nikos Eleni Tomasz Agnieszka Mehmet Ayşe Juan Camila Kofi Abena Arjun Meera Kenji Sakura Dmitri
		Natalia Hassan Zainab Diego Valentina Lars Astrid Janusz Zofia Emre Zeynep Viktor Irina Jorge Beatriz`)
	syllables = strings.Fields(`ka ro mi sen tar vol dan bre ga lu no vik pet ra zel en sky mar co hal ber sto
		len dra gu fer nan dez ov ich ski ler man son ber`)
	titles = []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor",
		"King", "Finance Minister", "Trade Minister", "Ambassador", "Vice President"}
	countryNames = strings.Fields(`Norland Valoria Ostmark Cardenia Luriel Tessaly Brakovia Amarund Keldor
		Sorvania Quenlund Marath Pelagia Dunmore Estovia Ravenna Zuberia Highmoor Caldera Velmont Istria
		Ardena Corvinia Montara Belisar Tavros Nerezza Solvania Kaspia Orinthe`)
	orgNames = []string{"United Assembly", "Northern Treaty Organization", "Council of Coastal States",
		"World Trade Forum", "Union of Southern Republics", "International Energy Board", "Monetary Council",
		"Alliance for Peace", "Eastern Economic Community", "Commission on Arms Control"}
	topics = []string{"security guarantees", "trade", "energy supplies", "a ceasefire", "climate finance",
		"migration", "sanctions", "a border dispute", "nuclear talks", "grain exports", "debt relief"}
)

// Generator produces articles one at a time. It is not safe for concurrent use.
type Generator struct {
	rng       *rand.Rand
	zipf      *rand.Zipf
	people    []parley.Entity
	countries []parley.Entity
	orgs      []parley.Entity
	places    []parley.Entity
	placeOf   []int                    // country index of each place
	known     map[string]parley.Entity // every entity above by id
	recent    []recentEvent
	articles  int
}

// recentEvent is an event an article reported, with the entities it needs.
type recentEvent struct {
	ev       parley.Event
	entities []parley.Entity
}

// New returns a generator of a world sized for about quads quads, from seed.
func New(seed uint64, quads int64) *Generator {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &Generator{rng: rng}
	for _, c := range countryNames {
		g.countries = append(g.countries, entity(parley.Country, c))
	}
	for _, o := range orgNames {
		e := entity(parley.Organization, o)
		e.Aliases = []string{acronym(o)}
		g.orgs = append(g.orgs, e)
	}
	for ci, c := range countryNames {
		for _, suffix := range []string{"", " Port", "burg", " Hills"} {
			name := c + " City"
			if suffix != "" {
				name = c[:len(c)-1] + suffix
			}
			g.places = append(g.places, entity(parley.Place, name))
			g.placeOf = append(g.placeOf, ci)
		}
	}
	n := max(MinPeople, int(quads/QuadsPerPerson))
	seen := make(map[string]bool, n)
	for len(g.people) < n {
		name := firstNames[rng.IntN(len(firstNames))] + " " + surname(rng)
		id := parley.EntityID(parley.Person, name)
		if seen[id] {
			continue
		}
		seen[id] = true
		e := entity(parley.Person, name)
		last := name[strings.LastIndexByte(name, ' ')+1:]
		e.Aliases = []string{last}
		title := titles[rng.IntN(len(titles))]
		of := g.countries[rng.IntN(len(g.countries))].ID
		if rng.IntN(10) == 0 {
			title, of = "Secretary-General", g.orgs[rng.IntN(len(g.orgs))].ID
		}
		e.Roles = []parley.Role{{Title: title, Of: of}}
		g.people = append(g.people, e)
	}
	g.zipf = rand.NewZipf(rng, zipfS, zipfV, uint64(len(g.people)-1))
	g.known = make(map[string]parley.Entity)
	for _, pool := range [][]parley.Entity{g.people, g.countries, g.orgs, g.places} {
		for _, e := range pool {
			g.known[e.ID] = e
		}
	}
	return g
}

func entity(k parley.Kind, name string) parley.Entity {
	return parley.Entity{ID: parley.EntityID(k, name), Name: name, Kind: k}
}

func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); w != "of" && w != "for" && w != "on" {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func surname(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var b strings.Builder
	for range n {
		b.WriteString(syllables[rng.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// Event types with their weights in percent.
var eventMix = []struct {
	t parley.EventType
	w int
}{
	{parley.Meeting, 35}, {parley.Call, 20}, {parley.Visit, 12}, {parley.Summit, 5},
	{parley.Negotiation, 5}, {parley.Statement, 18}, {parley.Agreement, 5},
}

func (g *Generator) eventType() parley.EventType {
	n := g.rng.IntN(100)
	for _, m := range eventMix {
		if n < m.w {
			return m.t
		}
		n -= m.w
	}
	return parley.Meeting
}

func (g *Generator) status() parley.Status {
	switch n := g.rng.IntN(100); {
	case n < 85:
		return parley.Occurred
	case n < 95:
		return parley.Planned
	case n < 98:
		return parley.Cancelled
	}
	return parley.Hypothetical
}

// person returns a participant drawn from the heavy-tailed distribution.
func (g *Generator) person() parley.Entity { return g.people[g.zipf.Uint64()] }

// Next returns the next article's extraction. Every extraction is valid for
// graph.Store.Write.
func (g *Generator) Next() *parley.Extraction {
	g.articles++
	days := int(lastDay.Sub(firstDay).Hours() / 24)
	pub := firstDay.AddDate(0, 0, g.rng.IntN(days+1))
	url := fmt.Sprintf("https://news.example.org/%s/%d", pub.Format("2006/01/02"), g.articles)
	x := &parley.Extraction{Article: parley.Article{
		ID: parley.ArticleID(url, ""), Name: fmt.Sprintf("synth-%d", g.articles), Published: pub.Format("2006-01-02"),
		URL: url, Source: []string{"Example Wire", "Daily Ledger", "Global Courier", "The Observer Post"}[g.rng.IntN(4)],
	}}
	have := make(map[string]bool)
	add := func(es ...parley.Entity) {
		for _, e := range es {
			if !have[e.ID] {
				have[e.ID] = true
				x.Entities = append(x.Entities, e)
			}
		}
	}
	var body strings.Builder
	n := 1 + g.rng.IntN(maxEventsPerArticle)
	for i := range n {
		var ev parley.Event
		if i > 0 && len(g.recent) > 0 && g.rng.IntN(100) < rereportPercent {
			r := g.recent[g.rng.IntN(len(g.recent))]
			ev = r.ev
			add(r.entities...)
		} else {
			var es []parley.Entity
			ev, es = g.event(pub)
			add(es...)
			r := recentEvent{ev: ev, entities: es}
			if len(g.recent) < recentEvents {
				g.recent = append(g.recent, r)
			} else {
				g.recent[g.rng.IntN(recentEvents)] = r
			}
		}
		sentence := g.sentence(ev)
		start := utf8.RuneCountInString(body.String())
		body.WriteString(sentence)
		body.WriteString(" ")
		ev.Sources = []parley.Evidence{{Article: x.Article.ID, Start: start, End: start + utf8.RuneCountInString(sentence), Text: sentence}}
		x.Events = append(x.Events, ev)
	}
	x.Article.Title = title(x.Events[0], g.name)
	x.Article.Body = body.String()
	// A re-reported event may repeat one of this article's; keep each once.
	seen := make(map[string]bool)
	evs := x.Events[:0]
	for _, ev := range x.Events {
		if !seen[ev.ID] {
			seen[ev.ID] = true
			evs = append(evs, ev)
		}
	}
	x.Events = evs
	return x
}

// event returns a new event reported by an article published on pub, with the
// entities it names.
func (g *Generator) event(pub time.Time) (parley.Event, []parley.Entity) {
	t := g.eventType()
	st := g.status()
	k := 2
	switch {
	case t == parley.Statement:
		k = 1
	case t == parley.Summit:
		k = 3 + g.rng.IntN(4)
	case g.rng.IntN(5) == 0:
		k = 3
	}
	var es []parley.Entity
	var ids []string
	for len(ids) < k {
		p := g.person()
		if !contains(ids, p.ID) {
			ids = append(ids, p.ID)
			es = append(es, p)
		}
	}
	for _, p := range es {
		if of := p.Roles[0].Of; of != "" {
			es = append(es, g.byID(of))
		}
	}
	ev := parley.Event{Type: t, Status: st, Participants: ids, Date: g.date(pub, st)}
	if t == parley.Meeting || t == parley.Visit || t == parley.Summit || t == parley.Negotiation {
		pl := g.rng.IntN(len(g.places))
		ev.Location = g.places[pl].ID
		es = append(es, g.places[pl], g.countries[g.placeOf[pl]])
	}
	if t == parley.Statement {
		ev.Speaker = ids[0]
		ev.Quote = "We will not accept any agreement on " + topics[g.rng.IntN(len(topics))] + " that ignores our interests"
	}
	ev.ID = parley.EventID(ev.Type, ev.Status, ev.Participants, ev.Date, ev.Location)
	return ev, es
}

func (g *Generator) byID(id string) parley.Entity { return g.known[id] }

// date returns when an event reported on pub happened: mostly a day in the two weeks
// before (after, if planned), sometimes a week or a month.
func (g *Generator) date(pub time.Time, st parley.Status) parley.DateRange {
	offset := -g.rng.IntN(14)
	if st == parley.Planned {
		offset = 1 + g.rng.IntN(30)
	}
	d := pub.AddDate(0, 0, offset)
	switch n := g.rng.IntN(10); {
	case n == 0:
		y, w := d.ISOWeek()
		monday := d.AddDate(0, 0, -int((d.Weekday()+6)%7))
		return parley.DateRange{Text: "earlier this week", Value: fmt.Sprintf("%d-W%02d", y, w), Granularity: parley.Week,
			Start: monday.Format("2006-01-02"), End: monday.AddDate(0, 0, 6).Format("2006-01-02")}
	case n == 1:
		first := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		return parley.DateRange{Text: "in " + d.Format("January"), Value: d.Format("2006-01"), Granularity: parley.Month,
			Start: first.Format("2006-01-02"), End: first.AddDate(0, 1, -1).Format("2006-01-02")}
	}
	s := d.Format("2006-01-02")
	return parley.DateRange{Text: "on " + d.Format("2 January 2006"), Value: s, Granularity: parley.Day, Start: s, End: s}
}

// name returns the name of the entity with the id.
func (g *Generator) name(id string) string { return g.known[id].Name }

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
