package main

import (
	"context"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// brusselsTitle and brusselsEvidence are from testdata/brussels.md.
const (
	brusselsTitle    = "Zelenskyy and Rutte talk air defence in Brussels before EU summit"
	brusselsEvidence = "Earlier this week, Zelenskyy met NATO Secretary General Mark Rutte in Brussels to discuss how allies could keep Ukraine supplied through 2025."
)

type gqlEntity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

type gqlName struct {
	Name string `json:"name"`
}

type gqlEvent struct {
	Type   string `json:"type"`
	Status string `json:"status"`
	Date   struct {
		Value string `json:"value"`
		Start string `json:"start"`
		End   string `json:"end"`
	} `json:"date"`
	Location     *gqlName  `json:"location"`
	Participants []gqlName `json:"participants"`
	Absent       []gqlName `json:"absent"`
	Sources      []struct {
		Text    string `json:"text"`
		Article struct {
			Title string `json:"title"`
		} `json:"article"`
	} `json:"sources"`
}

const entityQuery = `query($name: String!) { entity(name: $name) { id name kind aliases } }`

const meetingsQuery = `query($between: [ID!]!) {
  meetings(between: $between) {
    totalCount
    edges { node {
      type status
      date { value start end }
      location { name }
      participants { name }
      absent { name }
      sources { text article { title } }
    } }
  }
}`

func names(ns []gqlName) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Name
	}
	return out
}

// TestLoadAndQuery loads the samples and testdata/brussels.md into a bolt store and asks
// the GraphQL API who Zelenskyy is and when he met Rutte.
func TestLoadAndQuery(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "db")
	m := newTestMain(nil)
	if err := m.Run(ctx, []string{"load", "--db", db, samplesDir, "testdata/brussels.md"}); err != nil {
		t.Fatalf("load: %v\nstderr:\n%s", err, m.stderr)
	}
	if got := m.stderr.String(); got != "" {
		t.Errorf("load wrote to stderr:\n%s", got)
	}
	if got, want := m.stdout.String(), "testdata/brussels.md: 1 articles"; !strings.Contains(got, want) {
		t.Errorf("load output lacks %q:\n%s", want, got)
	}

	store := openStore(t, db)
	h, err := m.handler(store, nil)
	if err != nil {
		t.Fatalf("handler: %v", err)
	}

	var zel, rutte struct{ Entity *gqlEntity }
	postGraphQL(t, h, entityQuery, map[string]any{"name": "Zelenskyy"}, &zel)
	postGraphQL(t, h, entityQuery, map[string]any{"name": "Mark Rutte"}, &rutte)
	if zel.Entity == nil || rutte.Entity == nil {
		t.Fatalf("entity(Zelenskyy) = %+v, entity(Mark Rutte) = %+v; want both found", zel.Entity, rutte.Entity)
	}
	if got, want := zel.Entity.Name, "Volodymyr Zelenskyy"; got != want {
		t.Errorf("Zelenskyy name = %q, want %q", got, want)
	}
	if got, want := zel.Entity.Kind, "PERSON"; got != want {
		t.Errorf("Zelenskyy kind = %q, want %q", got, want)
	}
	if !slices.Contains(zel.Entity.Aliases, "Zelenskyy") {
		t.Errorf("Zelenskyy aliases = %q, want them to hold %q", zel.Entity.Aliases, "Zelenskyy")
	}
	if got, want := rutte.Entity.Kind, "PERSON"; got != want {
		t.Errorf("Rutte kind = %q, want %q", got, want)
	}

	var res struct {
		Meetings struct {
			TotalCount int
			Edges      []struct{ Node gqlEvent }
		}
	}
	postGraphQL(t, h, meetingsQuery, map[string]any{"between": []string{zel.Entity.ID, rutte.Entity.ID}}, &res)
	if got := res.Meetings.TotalCount; got != len(res.Meetings.Edges) || got == 0 {
		t.Errorf("totalCount = %d with %d edges, want the same non-zero count", got, len(res.Meetings.Edges))
	}
	var brussels *gqlEvent
	for i, e := range res.Meetings.Edges {
		for _, s := range e.Node.Sources {
			if s.Article.Title == brusselsTitle {
				brussels = &res.Meetings.Edges[i].Node
			}
		}
	}
	if brussels == nil {
		t.Fatalf("no meeting of Zelenskyy and Rutte sourced from %q among %+v", brusselsTitle, res.Meetings.Edges)
	}
	ev := brussels
	checks := []struct{ field, got, want string }{
		{"type", ev.Type, "MEETING"},
		{"status", ev.Status, "OCCURRED"},
		{"date.value", ev.Date.Value, "2024-W51"},
		{"date.start", ev.Date.Start, "2024-12-16"},
		{"date.end", ev.Date.End, "2024-12-19"},
	}
	if ev.Location == nil {
		t.Errorf("location = null, want Brussels")
	} else {
		checks = append(checks, struct{ field, got, want string }{"location", ev.Location.Name, "Brussels"})
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("Brussels meeting %s = %q, want %q", c.field, c.got, c.want)
		}
	}
	var texts []string
	for _, s := range ev.Sources {
		texts = append(texts, s.Text)
	}
	if !slices.Contains(texts, brusselsEvidence) {
		t.Errorf("Brussels meeting sources = %q, want them to hold %q", texts, brusselsEvidence)
	}
	participants, absent := names(ev.Participants), names(ev.Absent)
	for _, want := range []string{"Volodymyr Zelenskyy", "Mark Rutte"} {
		if !slices.Contains(participants, want) {
			t.Errorf("participants = %q, want them to hold %q", participants, want)
		}
	}
	for _, name := range []string{"Emmanuel Macron", "Keir Starmer"} {
		if slices.Contains(participants, name) {
			t.Errorf("participants = %q, want them without %q, who could not attend", participants, name)
		}
		if !slices.Contains(absent, name) {
			t.Errorf("absent = %q, want them to hold %q", absent, name)
		}
	}
}

// newQuads matches the count of new quads on the total line of load.
var newQuads = regexp.MustCompile(`(?m)^total: .*, (\d+) new quads$`)

// TestLoadIdempotent loads the samples twice into one store: the second load adds
// nothing and says so.
func TestLoadIdempotent(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "db")
	var quads []int64
	var reported []int
	for run := 1; run <= 2; run++ {
		m := newTestMain(nil)
		if err := m.Run(ctx, []string{"load", "--db", db, samplesDir}); err != nil {
			t.Fatalf("load %d: %v\nstderr:\n%s", run, err, m.stderr)
		}
		sub := newQuads.FindStringSubmatch(m.stdout.String())
		if sub == nil {
			t.Fatalf("load %d printed no total line:\n%s", run, m.stdout)
		}
		n, _ := strconv.Atoi(sub[1])
		reported = append(reported, n)
		st := storeStats(t, db)
		if st.Articles == 0 {
			t.Fatalf("load %d: store holds no article", run)
		}
		quads = append(quads, st.Quads)
	}
	if got, want := quads[1], quads[0]; got != want {
		t.Errorf("quads after second load = %d, want %d as after the first", got, want)
	}
	if reported[0] == 0 {
		t.Errorf("first load reported 0 new quads, want some")
	}
	if got, want := reported[1], 0; got != want {
		t.Errorf("second load reported %d new quads, want %d", got, want)
	}
}

// TestLoadBadInput loads a folder where most files are broken: each is named on stderr
// with the line or field at fault, the good articles are still loaded and the command
// fails at the end.
func TestLoadBadInput(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "db")
	m := newTestMain(nil)
	err := m.Run(ctx, []string{"load", "--db", db, "testdata/bad"})
	if err == nil {
		t.Fatalf("load of testdata/bad = nil, want an error")
	}
	if got, want := err.Error(), "4 of 5 files failed"; !strings.Contains(got, want) {
		t.Errorf("error = %q, want it to contain %q", got, want)
	}
	stderr := m.stderr.String()
	for _, want := range []string{
		"testdata/bad/unterminated.md: front matter: no closing --- line",
		"testdata/bad/baddate.md: front matter line 3: field published",
		"testdata/bad/records.jsonl line 3:",
		"testdata/bad/dates.jsonl line 2: field published",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "good.md") {
		t.Errorf("stderr names good.md, which is fine:\n%s", stderr)
	}
	stdout := m.stdout.String()
	for _, want := range []string{
		"testdata/bad/good.md: 1 articles",
		"testdata/bad/records.jsonl: 2 articles", // the records before the bad line
		"testdata/bad/dates.jsonl: 1 articles",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	if got, want := storeStats(t, db).Articles, 4; got != want {
		t.Errorf("articles in store = %d, want %d", got, want)
	}
}
