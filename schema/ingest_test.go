package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/parleyhq/parley"
)

const testToken = "s3cret-token"

// capitalIngest is a stand-in extractor: every capitalised word of an article is a
// person, and all of them met on the day it was published, as the whole body states.
func capitalIngest(ctx context.Context, arts []*parley.Article) ([]*parley.Extraction, error) {
	var xs []*parley.Extraction
	for _, a := range arts {
		x := &parley.Extraction{Article: *a}
		var ids []string
		for _, w := range strings.Fields(a.Body) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				continue
			}
			id := parley.EntityID(parley.Person, w)
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
				x.Entities = append(x.Entities, parley.Entity{ID: id, Name: w, Kind: parley.Person})
			}
		}
		d := parley.DateRange{Start: a.Published, End: a.Published, Value: a.Published, Granularity: parley.Day}
		x.Events = []parley.Event{{ID: parley.EventID(parley.Meeting, parley.Occurred, ids, d, ""), Type: parley.Meeting, Status: parley.Occurred,
			Participants: ids, Date: d, Sources: []parley.Evidence{{Article: a.ID, Start: 0, End: len([]rune(a.Body)), Text: a.Body}}}}
		xs = append(xs, x)
	}
	return xs, nil
}

// mutate posts the ingest of the articles with the Authorization header, if any.
func mutate(t *testing.T, srv *httptest.Server, auth string, articles []map[string]any) result {
	t.Helper()
	const q = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { articles { count ids } entities { count ids } events { count } quads } }`
	b, err := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"a": articles}})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest("POST", srv.URL, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return decode(t, resp)
}

var oneArticle = []map[string]any{{"body": "Stoltenberg met Kallas in Tallinn.", "url": "https://news.example/tallinn", "published": "2025-02-03", "title": "Tallinn"}}

func TestIngestAuth(t *testing.T) {
	tests := []struct {
		name       string
		token      string // configured
		auth       string // sent
		wantStatus int
		wantCode   string
	}{
		{"no token configured", "", "Bearer " + testToken, 401, "UNAUTHENTICATED"},
		{"no token configured, none sent", "", "", 401, "UNAUTHENTICATED"},
		{"missing", testToken, "", 401, "UNAUTHENTICATED"},
		{"wrong", testToken, "Bearer wrong-token!", 401, "UNAUTHENTICATED"},
		{"prefix of the token", testToken, "Bearer " + testToken[:len(testToken)-1], 401, "UNAUTHENTICATED"},
		{"token with more after it", testToken, "Bearer " + testToken + "x", 401, "UNAUTHENTICATED"},
		{"not the Bearer scheme", testToken, "Basic " + testToken, 401, "UNAUTHENTICATED"},
		{"scheme only", testToken, "Bearer ", 401, "UNAUTHENTICATED"},
		{"right", testToken, "Bearer " + testToken, 200, ""},
		{"right, scheme in lower case", testToken, "bearer " + testToken, 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{Token: tt.token}
			if tt.token != "" {
				opts.Ingest = capitalIngest
			}
			srv, store := newServer(t, opts)
			got := mutate(t, srv, tt.auth, oneArticle)
			if got.Status != tt.wantStatus {
				t.Errorf("status: got %d, want %d (%+v)", got.Status, tt.wantStatus, got.Errors)
			}
			if tt.wantCode == "" {
				if len(got.Errors) > 0 {
					t.Errorf("errors: %+v", got.Errors)
				}
				return
			}
			if !slices.Equal(got.codes(), []string{tt.wantCode}) || got.Data != nil {
				t.Errorf("got %v %v, want [%s] and no data", got.codes(), got.Data, tt.wantCode)
			}
			if h := got.Header.Get("WWW-Authenticate"); !strings.HasPrefix(h, "Bearer") {
				t.Errorf("WWW-Authenticate: got %q, want Bearer", h)
			}
			if n := store.Calls()["Write"]; n != 0 {
				t.Errorf("%d writes, want none", n)
			}
		})
	}
}

func TestTokensEqual(t *testing.T) {
	tests := []struct {
		got, want string
		equal     bool
	}{
		{testToken, testToken, true},
		{"", testToken, false},
		{testToken[:1], testToken, false},
		{testToken + testToken, testToken, false},
		{strings.ToUpper(testToken), testToken, false},
	}
	for _, tt := range tests {
		if got := tokensEqual(tt.got, tt.want); got != tt.equal {
			t.Errorf("tokensEqual(%q, %q): got %v, want %v", tt.got, tt.want, got, tt.equal)
		}
	}
}

func TestIngest(t *testing.T) {
	srv, _ := newServer(t, Options{Token: testToken, Ingest: capitalIngest})
	auth := "Bearer " + testToken
	articleID := parley.ArticleID("https://news.example/tallinn", "")
	got := mutate(t, srv, auth, oneArticle)
	want := `{"ingest": {"articles": {"count": 1, "ids": ["` + articleID + `"]},
		"entities": {"count": 3, "ids": ["person/stoltenberg", "person/kallas", "person/tallinn"]},
		"events": {"count": 1}, "quads": 5}}`
	if !sameJSON(t, got.Data, want) || len(got.Errors) > 0 {
		t.Fatalf("first ingest: got %s %+v, want %s", asJSON(got.Data), got.Errors, want)
	}

	again := mutate(t, srv, auth, oneArticle)
	want = `{"ingest": {"articles": {"count": 0, "ids": []}, "entities": {"count": 0, "ids": []}, "events": {"count": 0}, "quads": 0}}`
	if !sameJSON(t, again.Data, want) || len(again.Errors) > 0 {
		t.Errorf("same ingest again: got %s %+v, want %s", asJSON(again.Data), again.Errors, want)
	}

	// A known entity in a new article: only the new things are listed.
	more := mutate(t, srv, auth, []map[string]any{{"body": "Kallas called Rutte.", "published": "2025-02-04"}})
	want = `{"ingest": {"articles": {"count": 1, "ids": ["` + parley.ArticleID("", "Kallas called Rutte.") + `"]},
		"entities": {"count": 1, "ids": ["person/rutte"]}, "events": {"count": 1}, "quads": 3}}`
	if !sameJSON(t, more.Data, want) || len(more.Errors) > 0 {
		t.Errorf("second article: got %s %+v, want %s", asJSON(more.Data), more.Errors, want)
	}

	read := query(t, srv, `{ meetings(between: ["person/kallas", "person/stoltenberg"]) { edges { node { date { start } sources { article { id title } } } } } }`, nil)
	want = `{"meetings": {"edges": [{"node": {"date": {"start": "2025-02-03"}, "sources": [{"article": {"id": "` + articleID + `", "title": "Tallinn"}}]}}]}}`
	if !sameJSON(t, read.Data, want) || len(read.Errors) > 0 {
		t.Errorf("read back: got %s %+v, want %s", asJSON(read.Data), read.Errors, want)
	}
}

func TestIngestBadInput(t *testing.T) {
	articles := func(n int, body string) []map[string]any {
		out := make([]map[string]any, n)
		for i := range out {
			out[i] = map[string]any{"body": fmt.Sprintf("%s %d", body, i)}
		}
		return out
	}
	tests := []struct {
		name     string
		articles []map[string]any
		wantCode string
		wantMsg  string
	}{
		{"none", []map[string]any{}, "BAD_USER_INPUT", "ingest: no articles given"},
		{"too many", articles(MaxIngestArticles+1, "Text"), "LIMIT_EXCEEDED", "21 articles given, at most 20"},
		{"empty body", []map[string]any{{"body": "  \n"}}, "BAD_USER_INPUT", "articles[0].body is empty"},
		{"body too large", articles(1, strings.Repeat("x", MaxArticleBytes)), "LIMIT_EXCEEDED", "articles[0].body is 65538 bytes, over the limit of 65536"},
		{"title too long", []map[string]any{{"body": "B", "title": strings.Repeat("t", MaxArticleFieldBytes+1)}}, "LIMIT_EXCEEDED", "articles[0].title is 2049 bytes"},
		{"bad date", []map[string]any{{"body": "B", "published": "yesterday"}}, "BAD_USER_INPUT", "Variable \"$a\" got invalid value"},
		{"no body", []map[string]any{{"title": "T"}}, "BAD_USER_INPUT", "Variable \"$a\" got invalid value"},
	}
	srv, store := newServer(t, Options{Token: testToken, Ingest: capitalIngest})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mutate(t, srv, "Bearer "+testToken, tt.articles)
			if !slices.Equal(got.codes(), []string{tt.wantCode}) || !strings.Contains(got.Errors[0].Message, tt.wantMsg) || got.Status != 400 {
				t.Errorf("got %d %+v, want 400 [%s] %q", got.Status, got.Errors, tt.wantCode, tt.wantMsg)
			}
			if n := store.Calls()["Write"]; n != 0 {
				t.Errorf("%d writes, want none", n)
			}
		})
	}
}

// TestIngestFailures checks that extraction and store failures are INTERNAL errors whose
// details reach only the log.
func TestIngestFailures(t *testing.T) {
	tests := []struct {
		name   string
		ingest IngestFunc
		store  error
		secret string
	}{
		{"extraction", func(context.Context, []*parley.Article) ([]*parley.Extraction, error) {
			return nil, errors.New("secret model file missing")
		}, nil, "secret model file missing"},
		{"write", capitalIngest, errors.New("bolt: secret disk full"), "secret disk full"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var log bytes.Buffer
			srv, store := newServer(t, Options{Token: testToken, Ingest: tt.ingest, Logger: slog.New(slog.NewTextHandler(&log, nil))})
			store.fail = tt.store
			got := mutate(t, srv, "Bearer "+testToken, oneArticle)
			id := got.Header.Get("X-Request-Id")
			if !slices.Equal(got.codes(), []string{"INTERNAL"}) || got.Status != 500 || strings.Contains(asJSON(got.Errors), "secret") {
				t.Errorf("got %d %+v, want 500 [INTERNAL] without the secret", got.Status, got.Errors)
			}
			if !strings.Contains(log.String(), tt.secret) || !strings.Contains(log.String(), id) {
				t.Errorf("log lacks %q or request %s:\n%s", tt.secret, id, log.String())
			}
		})
	}
}

func TestMutationNeedsPost(t *testing.T) {
	srv, store := newServer(t, Options{Token: testToken, Ingest: capitalIngest})
	q := url.Values{"query": {`mutation { ingest(articles: [{body: "Kallas met Rutte."}]) { quads } }`}}
	req, _ := http.NewRequest("GET", srv.URL+"?"+q.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got := decode(t, resp)
	if got.Status != http.StatusMethodNotAllowed || !slices.Equal(got.codes(), []string{"BAD_USER_INPUT"}) || store.Calls()["Write"] != 0 {
		t.Errorf("got %d %+v, want 405 BAD_USER_INPUT and no write", got.Status, got.Errors)
	}
}

func TestNewHandlerTokenWithoutIngest(t *testing.T) {
	if _, err := NewHandler(newFakeStore(t, "testdata/graph.json"), Options{Token: testToken}); err == nil {
		t.Error("token without Ingest: got no error")
	}
}
