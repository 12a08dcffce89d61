// Package graphtest is a conformance suite for parley.Store implementations, in the
// style of Cayley's graphtest: a backend's test calls Test with a function that opens
// a fresh, empty store.
package graphtest

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
)

// Opener returns a fresh, empty store; it registers its own cleanup on t.
type Opener func(t *testing.T) parley.Store

// Test runs every conformance test against stores made by open.
func Test(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"WriteCounts", testWriteCounts},
		{"WriteIdempotent", testWriteIdempotent},
		{"WriteConcurrent", testWriteConcurrent},
		{"WriteInvalid", testWriteInvalid},
		{"Entity", testEntity},
		{"Entities", testEntities},
		{"FindEntities", testFindEntities},
		{"MergeAcrossArticles", testMerge},
		{"Event", testEvent},
		{"EventsOrder", testEventsOrder},
		{"EventsFilters", testEventsFilters},
		{"EventsPaging", testEventsPaging},
		{"EventsErrors", testEventsErrors},
		{"Contacts", testContacts},
		{"Articles", testArticles},
		{"ListArticles", testListArticles},
		{"Search", testSearch},
		{"Path", testPath},
		{"Canceled", testCanceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// loaded returns a store holding every fixture article.
func loaded(t *testing.T, open Opener) parley.Store {
	t.Helper()
	s := open(t)
	if _, err := s.Write(context.Background(), allArticles(t)); err != nil {
		t.Fatalf("write fixtures: %v", err)
	}
	return s
}

func stats(t *testing.T, s parley.Store) parley.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	return st
}

// wantCode fails t unless err carries the parley error code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := parley.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

func testWriteCounts(t *testing.T, open Opener) {
	s := open(t)
	n, err := s.Write(context.Background(), allArticles(t))
	if err != nil {
		t.Fatal(err)
	}
	got := stats(t, s)
	want := parley.Stats{Quads: int64(n), Entities: 9, Events: 6, Articles: 3}
	if n == 0 || got != want {
		t.Errorf("after writing %d quads: stats %+v, want %+v", n, got, want)
	}
}

func testWriteIdempotent(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	first, err := s.Write(ctx, []*parley.Extraction{brusselsArticle(t)})
	if err != nil {
		t.Fatal(err)
	}
	before := stats(t, s)
	for _, batch := range [][]*parley.Extraction{
		{brusselsArticle(t)},
		{brusselsArticle(t), brusselsArticle(t)}, // duplicates within one batch too
	} {
		n, err := s.Write(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		if got := stats(t, s); n != 0 || got != before {
			t.Errorf("rewrite of %d extractions: wrote %d, stats %+v; want 0, %+v", len(batch), n, got, before)
		}
	}
	if before.Quads != int64(first) {
		t.Errorf("first write reported %d quads, store holds %d", first, before.Quads)
	}
	// Only new facts are written after that.
	n, err := s.Write(ctx, []*parley.Extraction{brusselsArticle(t), ankaraArticle(t)})
	if err != nil {
		t.Fatal(err)
	}
	if got := stats(t, s).Quads; n == 0 || got != before.Quads+int64(n) {
		t.Errorf("adding an article: wrote %d, store went %d -> %d", n, before.Quads, got)
	}
}

func testWriteConcurrent(t *testing.T, open Opener) {
	ctx := context.Background()
	ref := open(t)
	want, err := ref.Write(ctx, allArticles(t))
	if err != nil {
		t.Fatal(err)
	}
	s := open(t)
	const writers = 4
	var wg sync.WaitGroup
	total := make([]int, writers)
	errs := make([]error, writers)
	for i := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total[i], errs[i] = s.Write(ctx, allArticles(t))
		}()
	}
	wg.Wait()
	sum := 0
	for i := range writers {
		if errs[i] != nil {
			t.Fatalf("writer %d: %v", i, errs[i])
		}
		sum += total[i]
	}
	if got := stats(t, s).Quads; sum != want || got != int64(want) {
		t.Errorf("%d concurrent writers wrote %d quads, store holds %d; one writer writes %d", writers, sum, got, want)
	}
}

func testWriteInvalid(t *testing.T, open Opener) {
	tests := []struct {
		name   string
		break_ func(x *parley.Extraction)
		want   string // in the message
	}{
		{"kind", func(x *parley.Extraction) { x.Entities[0].Kind = "planet" }, `unknown kind "planet"`},
		{"type", func(x *parley.Extraction) { x.Events[0].Type = "duel" }, `unknown type "duel"`},
		{"status", func(x *parley.Extraction) { x.Events[0].Status = "rumoured" }, `unknown status "rumoured"`},
		{"participant", func(x *parley.Extraction) {
			x.Events[0].Participants = append(x.Events[0].Participants, "person/nobody")
		}, `participant "person/nobody"`},
		{"absent", func(x *parley.Extraction) { x.Events[0].Absent = []string{"person/nobody"} }, `absent "person/nobody"`},
		{"location", func(x *parley.Extraction) { x.Events[0].Location = "place/atlantis" }, `location "place/atlantis"`},
		{"date", func(x *parley.Extraction) { x.Events[0].Date.Start = "2024-13-01" }, `"2024-13-01" is not a YYYY-MM-DD date`},
		{"date order", func(x *parley.Extraction) { x.Events[0].Date.Start = "2024-12-31" }, "is after end"},
		{"half date", func(x *parley.Extraction) { x.Events[0].Date.End = "" }, "both be set"},
		{"published", func(x *parley.Extraction) { x.Article.Published = "19/12/2024" }, "article.published"},
		{"entity name", func(x *parley.Extraction) { x.Entities[1].Name = " " }, "empty name"},
		{"entity id", func(x *parley.Extraction) { x.Entities[1].ID = "person/mark rutte" }, "id:"},
		{"article id", func(x *parley.Extraction) { x.Article.ID = "" }, "article.id: empty"},
		{"evidence", func(x *parley.Extraction) { x.Events[0].Sources[0].End = -1 }, "is not a span"},
		{"evidence article", func(x *parley.Extraction) { x.Events[0].Sources[0].Article = "article/other" }, "evidence article"},
	}
	ctx := context.Background()
	s := open(t)
	if _, err := s.Write(ctx, []*parley.Extraction{ankaraArticle(t)}); err != nil {
		t.Fatal(err)
	}
	before := stats(t, s)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := brusselsArticle(t)
			tt.break_(bad)
			// A valid extraction first: a failed batch must write nothing of it either.
			n, err := s.Write(ctx, []*parley.Extraction{followUpArticle(t), bad})
			wantCode(t, "write", err, parley.EINVALID)
			msg := parley.ErrorMessage(err)
			if !strings.Contains(msg, tt.want) || !strings.Contains(msg, "article") {
				t.Errorf("message %q does not name the article and %q", msg, tt.want)
			}
			if got := stats(t, s); n != 0 || got != before {
				t.Errorf("failed write: n=%d, stats %+v, want 0, %+v", n, got, before)
			}
		})
	}
	_, err := s.Write(ctx, []*parley.Extraction{nil})
	wantCode(t, "nil extraction", err, parley.EINVALID)
}

func testEntity(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	if _, err := s.Write(ctx, []*parley.Extraction{brusselsArticle(t)}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Entity(ctx, rutte)
	if err != nil {
		t.Fatal(err)
	}
	want := &parley.Entity{ID: rutte, Name: "Mark Rutte", Kind: parley.Person, Aliases: []string{"Rutte"},
		Roles: []parley.Role{{Title: "Secretary General", Of: nato, From: "2024-10-01"}}}
	equal(t, "entity", got, want)
	z, err := s.Entity(ctx, zelenskyy)
	if err != nil {
		t.Fatal(err)
	}
	if z.Wikidata != "Q3881227" || len(z.Roles) != 1 || z.Roles[0].Of != ukraine {
		t.Errorf("zelenskyy: wikidata %q roles %+v", z.Wikidata, z.Roles)
	}
	for _, id := range []string{"person/nobody", "", brusselsArticle(t).Article.ID, brusselsArticle(t).Events[0].ID} {
		_, err := s.Entity(ctx, id)
		wantCode(t, "entity "+id, err, parley.ENOTFOUND)
	}
}

func testEntities(t *testing.T, open Opener) {
	s := loaded(t, open)
	got, err := s.Entities(context.Background(), []string{macron, "person/nobody", erdogan, zelenskyy})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "ids", entityIDs(got), []string{macron, erdogan, zelenskyy})
	none, err := s.Entities(context.Background(), nil)
	if err != nil || len(none) != 0 {
		t.Errorf("no ids: %v, %v", none, err)
	}
}

func testFindEntities(t *testing.T, open Opener) {
	s := loaded(t, open)
	tests := []struct {
		name string
		want []string
	}{
		{"ERDOGAN", []string{erdogan}},              // alias, without its diacritic
		{"recep tayyip erdoğan", []string{erdogan}}, // name
		{"  Mark   RUTTE ", []string{rutte}},        // spacing and case
		{"zelensky", []string{zelenskyy}},           // alias from the second article
		{"North-Atlantic Treaty Organization", []string{nato}},
		{"Atlantis", nil},
	}
	for _, tt := range tests {
		got, err := s.FindEntities(context.Background(), tt.name)
		if err != nil {
			t.Fatalf("%q: %v", tt.name, err)
		}
		if ids := entityIDs(got); !slices.Equal(ids, tt.want) {
			t.Errorf("FindEntities(%q) = %v, want %v", tt.name, ids, tt.want)
		}
	}
	_, err := s.FindEntities(context.Background(), " .. ")
	wantCode(t, "empty name", err, parley.EINVALID)
}

func testMerge(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	for _, x := range []*parley.Extraction{brusselsArticle(t), followUpArticle(t)} {
		if _, err := s.Write(ctx, []*parley.Extraction{x}); err != nil {
			t.Fatal(err)
		}
	}
	z, err := s.Entity(ctx, zelenskyy)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "zelenskyy aliases", z.Aliases, []string{"Volodymyr Zelensky", "Zelensky", "Zelenskyy"})
	r, err := s.Entity(ctx, rutte)
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != "Mark Rutte" || !slices.Contains(r.Aliases, "MARK RUTTE") {
		t.Errorf("rutte: first name must win and the second become an alias: %+v", r)
	}
	m, err := s.Event(ctx, brusselsArticle(t).Events[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Sources) != 2 || m.Sources[0].Article == m.Sources[1].Article {
		t.Errorf("meeting reported by two articles has sources %+v", m.Sources)
	}
	equal(t, "merged date keeps the first text", m.Date, brusselsWeek)
	st := stats(t, s)
	if st.Events != 5 || st.Entities != 7 || st.Articles != 2 {
		t.Errorf("stats after merge %+v", st)
	}
}

func testEvent(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	x := brusselsArticle(t)
	if _, err := s.Write(ctx, []*parley.Extraction{x}); err != nil {
		t.Fatal(err)
	}
	for _, want := range x.Events {
		got, err := s.Event(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		want.Participants = slices.Sorted(slices.Values(want.Participants))
		want.Absent = slices.Sorted(slices.Values(want.Absent))
		equal(t, "event", got, &want)
	}
	_, err := s.Event(ctx, "event/0000")
	wantCode(t, "unknown event", err, parley.ENOTFOUND)
	_, err = s.Event(ctx, rutte)
	wantCode(t, "entity as event", err, parley.ENOTFOUND)
}

// timeline is every fixture event id in timeline order.
func timeline(t *testing.T) []string {
	b, f, a := brusselsArticle(t).Events, followUpArticle(t).Events, ankaraArticle(t).Events
	return []string{
		a[0].ID, // 2024-11-05
		b[0].ID, // 2024-12-16..19 meeting
		b[1].ID, // 2024-12-19 statement
		f[1].ID, // 2024-12-20 call with Macron
		f[2].ID, // 2024-12-21 call with Rutte
		f[3].ID, // 2025-01-10 planned summit
	}
}

func testEventsOrder(t *testing.T, open Opener) {
	s := loaded(t, open)
	page, err := s.Events(context.Background(), parley.EventFilter{First: parley.MaxPage})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "timeline", eventIDs(page.Events), timeline(t))
	if page.TotalCount != 6 || page.HasNext || len(page.Cursors) != 6 {
		t.Errorf("total %d hasNext %v cursors %d", page.TotalCount, page.HasNext, len(page.Cursors))
	}
	// Equal starts: the narrower interval first.
	s2 := open(t)
	x := brusselsArticle(t)
	x.Events[1].Date = parley.DateRange{Start: "2024-12-16", End: "2024-12-16"}
	x.Events[1].ID = "event/narrow"
	x.Events = append(x.Events, x.Events[1])
	x.Events[2].ID, x.Events[2].Date = "event/open", parley.DateRange{}
	if _, err := s2.Write(context.Background(), []*parley.Extraction{x}); err != nil {
		t.Fatal(err)
	}
	page, err = s2.Events(context.Background(), parley.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "equal starts, undated last", eventIDs(page.Events), []string{"event/narrow", x.Events[0].ID, "event/open"})
}

func testEventsFilters(t *testing.T, open Opener) {
	s := loaded(t, open)
	tl := timeline(t)
	tests := []struct {
		name string
		f    parley.EventFilter
		want []string
	}{
		{"one entity", parley.EventFilter{Entities: []string{macron}}, []string{tl[3], tl[5]}},
		{"all entities", parley.EventFilter{Entities: []string{zelenskyy, rutte}}, []string{tl[1], tl[4]}},
		{"absent is not a participant", parley.EventFilter{Entities: []string{starmer}}, nil},
		{"unknown entity", parley.EventFilter{Entities: []string{zelenskyy, "person/nobody"}}, nil},
		{"overlap", parley.EventFilter{From: "2024-12-18", To: "2024-12-20"}, tl[1:4]},
		{"from only", parley.EventFilter{From: "2024-12-21"}, tl[4:]},
		{"to only", parley.EventFilter{To: "2024-12-16"}, tl[:2]},
		{"types", parley.EventFilter{Types: []parley.EventType{parley.Call, parley.Statement}}, tl[2:5]},
		{"contacts", parley.EventFilter{Contacts: true}, []string{tl[0], tl[1], tl[3], tl[4]}},
		{"combined", parley.EventFilter{Entities: []string{zelenskyy}, Contacts: true, From: "2024-12-01"}, []string{tl[1], tl[3], tl[4]}},
	}
	for _, tt := range tests {
		page, err := s.Events(context.Background(), tt.f)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := eventIDs(page.Events); !slices.Equal(got, tt.want) || page.TotalCount != len(tt.want) {
			t.Errorf("%s: got %v (total %d), want %v", tt.name, got, page.TotalCount, tt.want)
		}
	}
}

func testEventsPaging(t *testing.T, open Opener) {
	s := loaded(t, open)
	for _, size := range []int{1, 2, 4, 6} {
		var got []string
		f := parley.EventFilter{First: size}
		for pages := 0; ; pages++ {
			if pages > len(timeline(t)) {
				t.Fatalf("size %d: paging does not end", size)
			}
			page, err := s.Events(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			if page.TotalCount != 6 || len(page.Events) > size || len(page.Cursors) != len(page.Events) {
				t.Fatalf("size %d: page of %d, total %d, %d cursors", size, len(page.Events), page.TotalCount, len(page.Cursors))
			}
			got = append(got, eventIDs(page.Events)...)
			if !page.HasNext {
				break
			}
			f.After = page.Cursors[len(page.Cursors)-1]
		}
		equal(t, "pages joined", got, timeline(t))
	}
	page, err := s.Events(context.Background(), parley.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// The cursor of an event continues after it.
	next, err := s.Events(context.Background(), parley.EventFilter{First: 2, After: page.Cursors[2]})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "after third", eventIDs(next.Events), timeline(t)[3:5])
	if !next.HasNext {
		t.Error("after third, two of three: HasNext is false")
	}
}

func testEventsErrors(t *testing.T, open Opener) {
	s := loaded(t, open)
	tests := []struct {
		name string
		f    parley.EventFilter
		code string
	}{
		{"first too big", parley.EventFilter{First: parley.MaxPage + 1}, parley.ELIMIT},
		{"first negative", parley.EventFilter{First: -1}, parley.EINVALID},
		{"bad cursor", parley.EventFilter{After: "not-a-cursor"}, parley.EINVALID},
		{"bad from", parley.EventFilter{From: "2024-12"}, parley.EINVALID},
		{"from after to", parley.EventFilter{From: "2024-12-20", To: "2024-12-01"}, parley.EINVALID},
		{"bad type", parley.EventFilter{Types: []parley.EventType{"duel"}}, parley.EINVALID},
	}
	for _, tt := range tests {
		_, err := s.Events(context.Background(), tt.f)
		wantCode(t, tt.name, err, tt.code)
	}
	page, err := s.Events(context.Background(), parley.EventFilter{First: 0})
	if err != nil || len(page.Events) != 6 {
		t.Errorf("first 0 means the default page: %v, %v", page, err)
	}
}

func testContacts(t *testing.T, open Opener) {
	ctx := context.Background()
	s := loaded(t, open)
	tl := timeline(t)
	got, err := s.Contacts(ctx, zelenskyy, "", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []parley.Contact{
		{Entity: rutte, Count: 2, First: "2024-12-16", Last: "2024-12-21", Events: []string{tl[1], tl[4]}},
		{Entity: macron, Count: 1, First: "2024-12-20", Last: "2024-12-20", Events: []string{tl[3]}}, // "emmanuel macron" < "recep ..."
		{Entity: erdogan, Count: 1, First: "2024-11-05", Last: "2024-11-05", Events: []string{tl[0]}},
	}
	equal(t, "contacts", got, want)

	got, err = s.Contacts(ctx, zelenskyy, "2024-12-01", "2024-12-20", 1)
	if err != nil {
		t.Fatal(err)
	}
	// In the window Rutte and Macron tie at one contact each; "emmanuel macron" sorts first.
	equal(t, "window, first 1", got, want[1:2])

	got, err = s.Contacts(ctx, macron, "", "", 0) // the planned summit with Rutte is no contact
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "macron", contactIDs(got), []string{zelenskyy})

	got, err = s.Contacts(ctx, starmer, "", "", 0) // absent from the meeting
	if err != nil || len(got) != 0 {
		t.Errorf("starmer: %v, %v", got, err)
	}
	_, err = s.Contacts(ctx, "person/nobody", "", "", 0)
	wantCode(t, "unknown entity", err, parley.ENOTFOUND)
	_, err = s.Contacts(ctx, zelenskyy, "", "", parley.MaxPage+1)
	wantCode(t, "first too big", err, parley.ELIMIT)
	_, err = s.Contacts(ctx, zelenskyy, "yesterday", "", 0)
	wantCode(t, "bad from", err, parley.EINVALID)
}

func testArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	s := loaded(t, open)
	x := brusselsArticle(t)
	got, err := s.Article(ctx, x.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := x.Article
	want.Body = ""
	equal(t, "article", got, &want)
	_, err = s.Article(ctx, "article/0000")
	wantCode(t, "unknown article", err, parley.ENOTFOUND)
	_, err = s.Article(ctx, zelenskyy)
	wantCode(t, "entity as article", err, parley.ENOTFOUND)

	ids := []string{ankaraArticle(t).Article.ID, "article/0000", x.Article.ID}
	list, err := s.Articles(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != ids[0] || list[1].ID != ids[2] {
		t.Errorf("articles %v", list)
	}
}

func testCanceled(t *testing.T, open Opener) {
	s := loaded(t, open)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := stats(t, s)
	if _, err := s.Events(ctx, parley.EventFilter{}); err == nil {
		t.Error("Events on a canceled context: no error")
	}
	x := brusselsArticle(t)
	x.Article.URL += "?copy"
	x.Article.ID = parley.ArticleID(x.Article.URL, "")
	if n, err := s.Write(ctx, []*parley.Extraction{x}); err == nil || n != 0 || stats(t, s) != before {
		t.Errorf("Write on a canceled context: n=%d err=%v", n, err)
	}
}
