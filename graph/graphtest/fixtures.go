package graphtest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// Entity ids the fixtures use.
var (
	zelenskyy = parley.EntityID(parley.Person, "Volodymyr Zelenskyy")
	rutte     = parley.EntityID(parley.Person, "Mark Rutte")
	macron    = parley.EntityID(parley.Person, "Emmanuel Macron")
	starmer   = parley.EntityID(parley.Person, "Keir Starmer")
	erdogan   = parley.EntityID(parley.Person, "Recep Tayyip Erdoğan")
	nato      = parley.EntityID(parley.Organization, "NATO")
	ukraine   = parley.EntityID(parley.Country, "Ukraine")
	brussels  = parley.EntityID(parley.Place, "Brussels")
	ankara    = parley.EntityID(parley.Place, "Ankara")
)

// brusselsWeek is "earlier this week" in an article published 2024-12-19.
var brusselsWeek = parley.DateRange{Text: "Earlier this week", Value: "2024-W51", Granularity: parley.Week, Start: "2024-12-16", End: "2024-12-19"}

// day returns the one-day range of a YYYY-MM-DD date.
func day(text, date string) parley.DateRange {
	return parley.DateRange{Text: text, Value: date, Granularity: parley.Day, Start: date, End: date}
}

// evidence returns the evidence of sentence in body, in code points.
func evidence(t testing.TB, a parley.Article, sentence string) parley.Evidence {
	t.Helper()
	i := strings.Index(a.Body, sentence)
	if i < 0 {
		t.Fatalf("fixture sentence not in the body of %s: %q", a.Name, sentence)
	}
	start := utf8.RuneCountInString(a.Body[:i])
	return parley.Evidence{Article: a.ID, Start: start, End: start + utf8.RuneCountInString(sentence), Text: sentence}
}

// event returns an event with its deterministic id.
func event(t parley.EventType, st parley.Status, participants []string, d parley.DateRange, location string, src ...parley.Evidence) parley.Event {
	return parley.Event{
		ID: parley.EventID(t, st, participants, d, location), Type: t, Status: st,
		Participants: participants, Location: location, Date: d, Sources: src,
	}
}

func article(url, name, title, published, body string) parley.Article {
	return parley.Article{ID: parley.ArticleID(url, body), Name: name, Title: title, Published: published, URL: url, Source: "Example Wire", Body: body}
}

const bodyBrussels = `Zelenskyy Seeks Security Guarantees in Brussels

Earlier this week, Zelenskyy met with NATO Secretary General Mark Rutte in Brussels to discuss security guarantees for Ukraine. French President Emmanuel Macron and British Prime Minister Keir Starmer were unable to attend. "Europe needs a united position," Zelenskyy said.`

// brusselsArticle is shaped like the seed article: a meeting in Brussels earlier in the
// week of publication, two leaders absent, and a statement.
func brusselsArticle(t testing.TB) *parley.Extraction {
	a := article("https://example.org/2024/12/19/zelenskyy-brussels", "zelenskyy-brussels", "Zelenskyy Seeks Security Guarantees in Brussels", "2024-12-19", bodyBrussels)
	meeting := event(parley.Meeting, parley.Occurred, []string{zelenskyy, rutte}, brusselsWeek, brussels,
		evidence(t, a, "Earlier this week, Zelenskyy met with NATO Secretary General Mark Rutte in Brussels to discuss security guarantees for Ukraine."))
	meeting.Absent = []string{macron, starmer}
	statement := event(parley.Statement, parley.Occurred, []string{zelenskyy}, day("", "2024-12-19"), "",
		evidence(t, a, `"Europe needs a united position," Zelenskyy said.`))
	statement.Quote, statement.Speaker = "Europe needs a united position", zelenskyy
	return &parley.Extraction{
		Article: a,
		Entities: []parley.Entity{
			{ID: zelenskyy, Name: "Volodymyr Zelenskyy", Kind: parley.Person, Aliases: []string{"Zelenskyy"}, Wikidata: "Q3881227",
				Roles: []parley.Role{{Title: "President", Of: ukraine}}},
			{ID: rutte, Name: "Mark Rutte", Kind: parley.Person, Aliases: []string{"Rutte"},
				Roles: []parley.Role{{Title: "Secretary General", Of: nato, From: "2024-10-01"}}},
			{ID: macron, Name: "Emmanuel Macron", Kind: parley.Person},
			{ID: starmer, Name: "Keir Starmer", Kind: parley.Person},
			{ID: nato, Name: "NATO", Kind: parley.Organization, Aliases: []string{"North Atlantic Treaty Organization"}},
			{ID: ukraine, Name: "Ukraine", Kind: parley.Country},
			{ID: brussels, Name: "Brussels", Kind: parley.Place},
		},
		Mentions: []parley.Mention{{Text: "Zelenskyy", Start: 0, End: 9, Kind: parley.Person, Entity: zelenskyy}},
		Events:   []parley.Event{meeting, statement},
	}
}

const bodyFollowUp = `Zelensky Calls Macron After Brussels Talks

The Ukrainian leader Volodymyr Zelensky met MARK RUTTE in Brussels on Monday. On Friday, Zelensky spoke by phone with Emmanuel Macron. On Saturday he called Rutte again. Rutte and Macron plan a summit on 10 January.`

// followUpArticle reports the Brussels meeting again (same event, second evidence,
// another spelling of both names), two calls and a planned summit.
func followUpArticle(t testing.TB) *parley.Extraction {
	a := article("https://example.org/2024/12/21/zelensky-calls", "zelensky-calls", "Zelensky Calls Macron After Brussels Talks", "2024-12-21", bodyFollowUp)
	again := brusselsWeek
	again.Text, again.Value, again.Granularity = "on Monday", "2024-12-16", parley.Day // same interval, other words
	meeting := event(parley.Meeting, parley.Occurred, []string{rutte, zelenskyy}, again, brussels,
		evidence(t, a, "The Ukrainian leader Volodymyr Zelensky met MARK RUTTE in Brussels on Monday."))
	call := event(parley.Call, parley.Occurred, []string{zelenskyy, macron}, day("On Friday", "2024-12-20"), "",
		evidence(t, a, "On Friday, Zelensky spoke by phone with Emmanuel Macron."))
	callRutte := event(parley.Call, parley.Occurred, []string{zelenskyy, rutte}, day("On Saturday", "2024-12-21"), "",
		evidence(t, a, "On Saturday he called Rutte again."))
	summit := event(parley.Summit, parley.Planned, []string{rutte, macron}, day("on 10 January", "2025-01-10"), "",
		evidence(t, a, "Rutte and Macron plan a summit on 10 January."))
	return &parley.Extraction{
		Article: a,
		Entities: []parley.Entity{
			{ID: zelenskyy, Name: "Volodymyr Zelenskyy", Kind: parley.Person, Aliases: []string{"Volodymyr Zelensky", "Zelensky"}},
			{ID: rutte, Name: "MARK RUTTE", Kind: parley.Person, Aliases: []string{"Rutte"}},
			{ID: macron, Name: "Emmanuel Macron", Kind: parley.Person, Aliases: []string{"Macron"}},
			{ID: brussels, Name: "Brussels", Kind: parley.Place},
		},
		Events: []parley.Event{meeting, call, callRutte, summit},
	}
}

const bodyAnkara = `Erdoğan Hosts Zelenskyy in Ankara

Turkish President Recep Tayyip Erdoğan met Zelenskyy in Ankara on 5 November 2024.`

// ankaraArticle has a name with a diacritic and an earlier meeting.
func ankaraArticle(t testing.TB) *parley.Extraction {
	a := article("https://example.org/2024/11/05/erdogan-ankara", "erdogan-ankara", "Erdoğan Hosts Zelenskyy in Ankara", "2024-11-05", bodyAnkara)
	meeting := event(parley.Meeting, parley.Occurred, []string{erdogan, zelenskyy}, day("on 5 November 2024", "2024-11-05"), ankara,
		evidence(t, a, "Turkish President Recep Tayyip Erdoğan met Zelenskyy in Ankara on 5 November 2024."))
	return &parley.Extraction{
		Article: a,
		Entities: []parley.Entity{
			{ID: erdogan, Name: "Recep Tayyip Erdoğan", Kind: parley.Person, Aliases: []string{"Erdoğan"}},
			{ID: zelenskyy, Name: "Volodymyr Zelenskyy", Kind: parley.Person},
			{ID: ankara, Name: "Ankara", Kind: parley.Place},
		},
		Events: []parley.Event{meeting},
	}
}

// allArticles returns every fixture extraction.
func allArticles(t testing.TB) []*parley.Extraction {
	return []*parley.Extraction{brusselsArticle(t), followUpArticle(t), ankaraArticle(t)}
}
