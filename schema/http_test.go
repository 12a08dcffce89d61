package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// normalQuery is answered after every abusive request to show the server still works.
const normalQuery = `{ entity(name: "zelensky") { id } }`

// nest returns n copies of open, then body, then n copies of close.
func nest(open, body, close string, n int) string {
	return strings.Repeat(open, n) + body + strings.Repeat(close, n)
}

// aliases returns a query with n aliased fields.
func aliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, "a%d:__typename ", i)
	}
	b.WriteString("}")
	return b.String()
}

// fragmentBomb returns a query whose fragments double at each of n levels.
func fragmentBomb(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ entity(id: \"x\") { ...F%d } }\nfragment F0 on Entity { x: id }\n", n)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Entity { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// deepRoles returns a query of depth 2*n+2: entity { roles { of { roles { of ... { id }.
func deepRoles(n int) string {
	return `{ entity(id: "person/mark-rutte") ` + nest("{ roles { of ", "{ id }", "} }", n) + ` }`
}

func TestAbuse(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name       string
		query      string
		vars       map[string]any
		wantStatus int
		wantCode   string
		wantMsg    string
	}{
		{"fragment cycle", `{ entity(id: "x") { ...A } } fragment A on Entity { ...B } fragment B on Entity { id ...A }`, nil, 400, "BAD_USER_INPUT", "fragment cycle: A -> B -> A"},
		{"fragment spreading itself", `{ entity(id: "x") { ...A } } fragment A on Entity { roles { of { ...A } } }`, nil, 400, "BAD_USER_INPUT", "fragment cycle: A -> A"},
		{"cycle through an inline fragment", `{ entity(id: "x") { ...A } } fragment A on Entity { ... on Entity { ...A } }`, nil, 400, "BAD_USER_INPUT", "fragment cycle: A -> A"},
		{"100,000 nested [", `{ meetings(between: ` + nest("[", `"x"`, "]", 100_000) + `) { totalCount } }`, nil, 400, "LIMIT_EXCEEDED", "query is 200041 bytes"},
		{"100,000 nested {", nest("{", "id", "}", 100_000), nil, 400, "LIMIT_EXCEEDED", "query is 200002 bytes"},
		{"100,000 nested ( unclosed", strings.Repeat("(", 100_000), nil, 400, "LIMIT_EXCEEDED", "query is 100000 bytes"},
		{"1,000 aliases", aliases(1000), nil, 400, "LIMIT_EXCEEDED", "query has 1000 aliases"},
		{"31 aliases", aliases(31), nil, 400, "LIMIT_EXCEEDED", "query has 31 aliases"},
		{"aliases multiplied by fragments", fragmentBomb(20), nil, 400, "LIMIT_EXCEEDED", "query has 1048576 aliases"},
		{"depth 14", deepRoles(6), nil, 400, "LIMIT_EXCEEDED", "query depth 14 exceeds the limit of 12"},
		{"5,000 fields", `{ entity(id: "x") { ` + strings.Repeat("id ", 5000) + `} }`, nil, 400, "LIMIT_EXCEEDED", "query has 5001 fields, over the limit of 1000"},
		{"query over 16 KB", "{ __typename }" + strings.Repeat("#", 17<<10), nil, 400, "LIMIT_EXCEEDED", "over the limit of 16384"},
		{"first 101", `{ meetings(between: ["x"], first: 101) { totalCount } }`, nil, 400, "LIMIT_EXCEEDED", "first: 101 is over the page limit of 100"},
		{"first 101 in a variable", `query($n: Int) { meetings(between: ["x"], first: $n) { totalCount } }`, map[string]any{"n": 101}, 400, "LIMIT_EXCEEDED", "first: 101 is over"},
		{"first 101 as a variable default", `query($n: Int = 101) { meetings(between: ["x"], first: $n) { totalCount } }`, nil, 400, "LIMIT_EXCEEDED", "first: 101 is over"},
		{"nested connections over 50,000 nodes", `{ meetings(between: ["x"], first: 100) { edges { node { participants {
			meetings(first: 100) { edges { node { id } } } } } } } }`, nil, 400, "LIMIT_EXCEEDED", "query may return 50600 nodes"},
		{"nested connections through a fragment", `{ meetings(between: ["x"], first: 50) { ...E } }
			fragment E on EventConnection { edges { node { participants { meetings(first: 50) { ...F } } } } }
			fragment F on EventConnection { edges { node { participants { meetings(first: 50) { totalCount } } } } }`, nil, 400, "LIMIT_EXCEEDED", "query may return 3200300 nodes"},
		{"introspection blow-up", `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`, nil, 400, "LIMIT_EXCEEDED", "over the limit of 50000"},
		{"syntax error", `{ entity(`, nil, 400, "BAD_USER_INPUT", "Syntax Error"},
		{"unknown field", `{ nothing }`, nil, 400, "BAD_USER_INPUT", "Cannot query field \"nothing\""},
		{"no query", ``, nil, 400, "BAD_USER_INPUT", "no query given"},
		{"unknown operation", `query A { __typename }`, nil, 400, "BAD_USER_INPUT", "Unknown operation named \"B\""},
		{"bad variable", `query($n: Int) { meetings(between: ["x"], first: $n) { totalCount } }`, map[string]any{"n": "many"}, 400, "BAD_USER_INPUT", "Variable \"$n\" got invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := map[string]any{"query": tt.query, "variables": tt.vars}
			if tt.name == "unknown operation" {
				body["operationName"] = "B"
			}
			b, err := json.Marshal(body)
			if err != nil {
				t.Fatal(err)
			}
			got := post(t, srv, "application/json", bytes.NewReader(b))
			if got.Status != tt.wantStatus || !slices.Equal(got.codes(), []string{tt.wantCode}) || !strings.Contains(got.Errors[0].Message, tt.wantMsg) {
				t.Errorf("got %d %v, want %d [%s] %q (%+v)", got.Status, got.codes(), tt.wantStatus, tt.wantCode, tt.wantMsg, got.Errors)
			}
			if got.Data != nil {
				t.Errorf("data: got %v, want none", got.Data)
			}
			if ok := query(t, srv, normalQuery, nil); len(ok.Errors) > 0 || ok.Status != http.StatusOK {
				t.Errorf("normal query afterwards: %d %+v", ok.Status, ok.Errors)
			}
		})
	}
}

// TestNesting checks the bracket pre-scan through the handler, with a query size limit
// large enough to let deep nesting reach it.
func TestNesting(t *testing.T) {
	srv, _ := newServer(t, Options{MaxQueryBytes: 1 << 20})
	tests := []struct{ name, query string }{
		{"100,000 nested [", `{ meetings(between: ` + nest("[", `"x"`, "]", 100_000) + `) { totalCount } }`},
		{"100,000 nested {", nest("{", "id", "}", 100_000)},
		{"100,000 nested ( unclosed", strings.Repeat("(", 100_000)},
		{"100,000 nested { in object values", `{ entity(id: ` + nest("{a:", "1", "}", 100_000) + `) { id } }`},
		{"33 nested [", `{ meetings(between: ` + nest("[", `"x"`, "]", 31) + `) { totalCount } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, srv, tt.query, nil)
			if want := "query nests brackets deeper than 32"; got.Status != 400 || !slices.Equal(got.codes(), []string{"LIMIT_EXCEEDED"}) || got.Errors[0].Message != want {
				t.Errorf("got %d %+v, want 400 LIMIT_EXCEEDED %q", got.Status, got.Errors, want)
			}
			if ok := query(t, srv, normalQuery, nil); len(ok.Errors) > 0 {
				t.Errorf("normal query afterwards: %+v", ok.Errors)
			}
		})
	}
}

func TestRequestLimits(t *testing.T) {
	srv, _ := newServer(t, Options{})
	tests := []struct {
		name        string
		method      string
		contentType string
		body        string
		wantStatus  int
		wantCode    string
	}{
		{"10 MB body", "POST", "application/json", `{"query": "{ __typename }", "x": "` + strings.Repeat("x", 10<<20) + `"}`, 400, "LIMIT_EXCEEDED"},
		{"not JSON", "POST", "application/json", `{"query": `, 400, "BAD_USER_INPUT"},
		{"form", "POST", "application/x-www-form-urlencoded", `query=%7B__typename%7D`, 400, "BAD_USER_INPUT"},
		{"PUT", "PUT", "application/json", `{"query": "{ __typename }"}`, 405, "BAD_USER_INPUT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Content-Type", tt.contentType)
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			got := decode(t, resp)
			if got.Status != tt.wantStatus || !slices.Equal(got.codes(), []string{tt.wantCode}) {
				t.Errorf("got %d %v, want %d [%s] (%+v)", got.Status, got.codes(), tt.wantStatus, tt.wantCode, got.Errors)
			}
			if ok := query(t, srv, normalQuery, nil); len(ok.Errors) > 0 {
				t.Errorf("normal query afterwards: %+v", ok.Errors)
			}
		})
	}
}

// TestWithinLimits checks that queries just inside the limits run.
func TestWithinLimits(t *testing.T) {
	srv, _ := newServer(t, Options{})
	introspection, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, query string }{
		{"30 aliases", aliases(30)},
		{"depth 12", deepRoles(5)},
		{"first 100", `{ meetings(between: ["person/mark-rutte"], first: 100) { totalCount } }`},
		{"nested connections of 20,100 nodes", `{ meetings(between: ["person/mark-rutte"], first: 100) { edges { node { participants {
			meetings(first: 20) { edges { node { id } } } } } } } }`},
		{"GraphiQL introspection", string(introspection)},
		{"brackets in strings and comments", "# {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n" +
			`{ entity(name: "zelensky ` + strings.Repeat("[", 100) + `") { id } }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, srv, tt.query, nil)
			if len(got.Errors) > 0 || got.Status != http.StatusOK {
				t.Errorf("got %d %+v, want 200 and no errors", got.Status, got.Errors)
			}
		})
	}
}

// TestInternalErrors checks that store failures and panics reach the client only as
// INTERNAL with the request id, and reach the log in full.
func TestInternalErrors(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(*fakeStore)
		secret string
	}{
		{"store error", func(s *fakeStore) { s.fail = errors.New("bolt: secret disk failure") }, "secret disk failure"},
		{"store panic", func(s *fakeStore) { s.panic = true }, "secret panic text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var log bytes.Buffer
			srv, store := newServer(t, Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
			tt.break_(store)
			got := query(t, srv, `{ meetings(between: ["person/mark-rutte"]) { totalCount } }`, nil)
			id := got.Header.Get("X-Request-Id")
			want := fmt.Sprintf("internal error (request %s)", id)
			if len(got.Errors) != 1 || got.Errors[0].Message != want || got.Errors[0].Extensions.Code != "INTERNAL" {
				t.Errorf("errors: got %+v, want one INTERNAL %q", got.Errors, want)
			}
			if got.Status != http.StatusInternalServerError {
				t.Errorf("status: got %d, want 500", got.Status)
			}
			if !strings.Contains(log.String(), tt.secret) || !strings.Contains(log.String(), id) {
				t.Errorf("log lacks %q or request %s:\n%s", tt.secret, id, log.String())
			}
			store.fail, store.panic = nil, false
			if ok := query(t, srv, normalQuery, nil); len(ok.Errors) > 0 {
				t.Errorf("normal query afterwards: %+v", ok.Errors)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	srv, store := newServer(t, Options{Timeout: 50 * time.Millisecond})
	store.block = true
	got := query(t, srv, `{ meetings(between: ["person/mark-rutte"]) { totalCount } }`, nil)
	if !slices.Equal(got.codes(), []string{"TIMEOUT"}) || got.Status != http.StatusGatewayTimeout {
		t.Errorf("got %d %v, want 504 [TIMEOUT] (%+v)", got.Status, got.codes(), got.Errors)
	}
}

func TestCORS(t *testing.T) {
	srv, _ := newServer(t, Options{AllowedOrigins: []string{"https://viewer.example"}})
	tests := []struct{ origin, want string }{
		{"https://viewer.example", "https://viewer.example"},
		{"https://evil.example", ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("OPTIONS", srv.URL, nil)
		req.Header.Set("Origin", tt.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tt.want {
			t.Errorf("origin %s: got Access-Control-Allow-Origin %q, want %q", tt.origin, got, tt.want)
		}
	}

	for _, origin := range []string{"*", "https://*.example"} {
		if _, err := NewHandler(newFakeStore(t, "testdata/graph.json"), Options{AllowedOrigins: []string{origin}, AllowCredentials: true}); err == nil {
			t.Errorf("credentials with origin %q: got no error", origin)
		}
	}
}

func TestNoCORSByDefault(t *testing.T) {
	srv, _ := newServer(t, Options{})
	req, _ := http.NewRequest("POST", srv.URL, strings.NewReader(`{"query": "{ __typename }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "https://evil.example")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("got Access-Control-Allow-Origin %q, want none", got)
	}
}
