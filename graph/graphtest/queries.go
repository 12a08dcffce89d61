package graphtest

import (
	"context"
	"slices"
	"testing"

	"github.com/parleyhq/parley"
)

// namesArticle names entities whose names match "petrov" and "kim" in every way Search
// ranks: whole name, word prefix and within one or two edits.
func namesArticle() *parley.Extraction {
	a := article("https://example.org/names", "names", "Names", "2024-01-01", "Names.")
	ent := func(k parley.Kind, name string, aliases ...string) parley.Entity {
		return parley.Entity{ID: parley.EntityID(k, name), Name: name, Kind: k, Aliases: aliases}
	}
	return &parley.Extraction{Article: a, Entities: []parley.Entity{
		ent(parley.Organization, "Petrov"),
		ent(parley.Person, "Anatoly Petrov"),
		ent(parley.Person, "Maria Petrova"),
		ent(parley.Person, "Ivan Petrof"),
		ent(parley.Person, "Kim Jong Un", "Kim"),
		ent(parley.Person, "Kimberly Ross"),
		ent(parley.Person, "Kin Lee"),
	}}
}

func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	if _, err := s.Write(ctx, append(allArticles(t), namesArticle())); err != nil {
		t.Fatal(err)
	}
	id := parley.EntityID
	petrov, anatoly, maria, ivan := id(parley.Organization, "Petrov"), id(parley.Person, "Anatoly Petrov"), id(parley.Person, "Maria Petrova"), id(parley.Person, "Ivan Petrof")
	tests := []struct {
		text  string
		kinds []parley.Kind
		first int
		want  []string
	}{
		{"petrov", nil, 0, []string{petrov, anatoly, maria, ivan}}, // exact, prefixes by name, fuzzy
		{"petrov", []parley.Kind{parley.Person}, 0, []string{anatoly, maria, ivan}},
		{"petrov", nil, 2, []string{petrov, anatoly}},
		{"PETROW", nil, 0, []string{anatoly, ivan, petrov, maria}},                                      // one edit by name, then two
		{"kim", nil, 0, []string{id(parley.Person, "Kim Jong Un"), id(parley.Person, "Kimberly Ross")}}, // too short for fuzzy "kin"
		{"zelensky", nil, 0, []string{zelenskyy}},                                                       // alias
		{"Zelenski", nil, 0, []string{zelenskyy}},                                                       // one edit from a word
		{"mac", nil, 0, []string{macron}},                                                               // word prefix
		{"erdog", nil, 0, []string{erdogan}},                                                            // prefix, diacritic folded
		{"a", nil, 0, []string{anatoly, ankara, nato}},
		{"a", []parley.Kind{parley.Place}, 0, []string{ankara}},
		{"brusels", nil, 0, []string{brussels}},
		{"atlantis", nil, 0, []string{nato}}, // two edits from a word of an alias
		{"xyzzy", nil, 0, nil},
	}
	for _, tt := range tests {
		got, err := s.Search(ctx, tt.text, tt.kinds, tt.first)
		if err != nil {
			t.Fatalf("Search(%q, %v): %v", tt.text, tt.kinds, err)
		}
		if ids := entityIDs(got); !slices.Equal(ids, tt.want) {
			t.Errorf("Search(%q, %v, %d) = %v, want %v", tt.text, tt.kinds, tt.first, ids, tt.want)
		}
	}
	if got, err := s.Search(ctx, "mark rutte", nil, 0); err != nil || len(got) != 1 || got[0].Name != "Mark Rutte" || len(got[0].Roles) != 1 {
		t.Errorf("search returns whole entities: %+v, %v", got, err)
	}
	_, err := s.Search(ctx, " .. ", nil, 0)
	wantCode(t, "empty text", err, parley.EINVALID)
	_, err = s.Search(ctx, "kim", []parley.Kind{"planet"}, 0)
	wantCode(t, "unknown kind", err, parley.EINVALID)
	_, err = s.Search(ctx, "kim", nil, parley.MaxPage+1)
	wantCode(t, "first too big", err, parley.ELIMIT)
}

func testPath(t *testing.T, open Opener) {
	ctx := context.Background()
	s := loaded(t, open)
	tl := timeline(t)
	tests := []struct {
		name     string
		from, to string
		maxHops  int
		want     []parley.Hop
	}{
		{"two hops", erdogan, macron, parley.MaxHops, []parley.Hop{
			{From: erdogan, To: zelenskyy, Events: []string{tl[0]}},
			{From: zelenskyy, To: macron, Events: []string{tl[3]}},
		}},
		{"planned summit is no contact", rutte, macron, 3, []parley.Hop{
			{From: rutte, To: zelenskyy, Events: []string{tl[1], tl[4]}},
			{From: zelenskyy, To: macron, Events: []string{tl[3]}},
		}},
		{"one hop", macron, zelenskyy, 1, []parley.Hop{{From: macron, To: zelenskyy, Events: []string{tl[3]}}}},
		{"too far", rutte, macron, 1, nil},
		{"absent is no contact", starmer, rutte, parley.MaxHops, nil},
		{"unconnected place", brussels, rutte, parley.MaxHops, nil},
		{"itself", rutte, rutte, 1, []parley.Hop{}},
	}
	for _, tt := range tests {
		got, err := s.Path(ctx, tt.from, tt.to, tt.maxHops)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		equal(t, tt.name, got, tt.want)
	}
	_, err := s.Path(ctx, rutte, "person/nobody", 3)
	wantCode(t, "unknown to", err, parley.ENOTFOUND)
	_, err = s.Path(ctx, "person/nobody", rutte, 3)
	wantCode(t, "unknown from", err, parley.ENOTFOUND)
	for _, n := range []int{0, -1, parley.MaxHops + 1} {
		_, err = s.Path(ctx, rutte, macron, n)
		wantCode(t, "maxHops out of range", err, parley.ELIMIT)
	}
}

func testListArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	s := loaded(t, open)
	b, f, a := brusselsArticle(t).Article.ID, followUpArticle(t).Article.ID, ankaraArticle(t).Article.ID
	tests := []struct {
		name   string
		filter parley.ArticleFilter
		want   []string
	}{
		{"newest first", parley.ArticleFilter{}, []string{f, b, a}},
		{"entity", parley.ArticleFilter{Entity: erdogan}, []string{a}},
		{"absent is not evidence", parley.ArticleFilter{Entity: macron}, []string{f}},
		{"entity in all", parley.ArticleFilter{Entity: zelenskyy}, []string{f, b, a}},
		{"from", parley.ArticleFilter{From: "2024-12-01"}, []string{f, b}},
		{"to", parley.ArticleFilter{To: "2024-12-19"}, []string{b, a}},
		{"entity and window", parley.ArticleFilter{Entity: rutte, From: "2024-12-20", To: "2024-12-31"}, []string{f}},
	}
	for _, tt := range tests {
		page, err := s.ListArticles(ctx, tt.filter)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, x := range page.Articles {
			got = append(got, x.ID)
		}
		if !slices.Equal(got, tt.want) || page.TotalCount != len(tt.want) || page.HasNext {
			t.Errorf("%s: got %v (total %d, hasNext %v), want %v", tt.name, got, page.TotalCount, page.HasNext, tt.want)
		}
	}
	page, err := s.ListArticles(ctx, parley.ArticleFilter{First: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Articles[0].Title != followUpArticle(t).Article.Title || page.Articles[0].Body != "" {
		t.Errorf("first article %+v", page.Articles[0])
	}
	var got []string
	for f := (parley.ArticleFilter{First: 1}); ; {
		page, err := s.ListArticles(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Articles) != 1 || len(page.Cursors) != 1 || page.TotalCount != 3 || len(got) > 3 {
			t.Fatalf("page %d: %d articles, %d cursors, total %d", len(got), len(page.Articles), len(page.Cursors), page.TotalCount)
		}
		got = append(got, page.Articles[0].ID)
		if !page.HasNext {
			break
		}
		f.After = page.Cursors[0]
	}
	equal(t, "pages joined", got, []string{f, b, a})

	errs := []struct {
		name   string
		filter parley.ArticleFilter
		code   string
	}{
		{"bad cursor", parley.ArticleFilter{After: "nope"}, parley.EINVALID},
		{"event cursor", parley.ArticleFilter{After: page.Cursors[0] + "x"}, parley.EINVALID},
		{"first too big", parley.ArticleFilter{First: parley.MaxPage + 1}, parley.ELIMIT},
		{"bad from", parley.ArticleFilter{From: "2024"}, parley.EINVALID},
		{"unknown entity", parley.ArticleFilter{Entity: "person/nobody"}, parley.ENOTFOUND},
	}
	for _, tt := range errs {
		_, err := s.ListArticles(ctx, tt.filter)
		wantCode(t, tt.name, err, tt.code)
	}
}
