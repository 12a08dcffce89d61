package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
)

// samplesDir is the folder of bundled sample articles, relative to this package.
const samplesDir = "../../data/samples"

// testMain is a Main writing to buffers, with an environment of its own.
type testMain struct {
	*Main
	stdout, stderr *bytes.Buffer
}

// newTestMain returns a Main whose Getenv sees only env, so the tests never pick up the
// caller's PARLEY_* variables.
func newTestMain(env map[string]string) *testMain {
	tm := &testMain{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	tm.Main = &Main{Stdout: tm.stdout, Stderr: tm.stderr, Getenv: func(k string) string { return env[k] }}
	return tm
}

// openStore opens the bolt store in dir; it is closed when the test ends.
func openStore(t *testing.T, dir string) parley.Store {
	t.Helper()
	s, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: dir})
	if err != nil {
		t.Fatalf("open store %s: %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// storeStats returns the Stats of the bolt store in dir, closing it again so that a
// command can open it next.
func storeStats(t *testing.T, dir string) parley.Stats {
	t.Helper()
	s, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: dir})
	if err != nil {
		t.Fatalf("open store %s: %v", dir, err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("stats of %s: %v", dir, err)
	}
	return st
}

// gqlResponse is a GraphQL answer with its data left raw.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

// postGraphQL posts the query to h at /graphql and decodes its data into out; any
// status other than 200 or any GraphQL error fails the test.
func postGraphQL(t *testing.T, h http.Handler, query string, vars map[string]any, out any) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	decodeGraphQL(t, rec.Code, rec.Body.Bytes(), out)
}

// decodeGraphQL checks a GraphQL HTTP answer and decodes its data into out.
func decodeGraphQL(t *testing.T, status int, body []byte, out any) {
	t.Helper()
	if status != http.StatusOK {
		t.Fatalf("graphql status = %d, want 200; body %s", status, body)
	}
	var res gqlResponse
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatalf("graphql answer is not JSON: %v; body %s", err, body)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("graphql errors: %+v", res.Errors)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		t.Fatalf("decode graphql data: %v; data %s", err, res.Data)
	}
}

func TestRunHelp(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		t.Run(arg, func(t *testing.T) {
			m := newTestMain(nil)
			if err := m.Run(context.Background(), []string{arg}); err != nil {
				t.Fatalf("Run(%s) = %v, want nil", arg, err)
			}
			got := m.stdout.String()
			for _, want := range []string{"Usage:", "parley load PATH", "parley extract --json PATH", "parley serve", "parley train ner", "--db PATH"} {
				if !strings.Contains(got, want) {
					t.Errorf("usage lacks %q:\n%s", want, got)
				}
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"load without path", []string{"load", "--db", db}, "no PATH"},
		{"load missing path", []string{"load", "--db", db, "testdata/no-such-folder"}, "testdata/no-such-folder"},
		{"extract without --json", []string{"extract", "testdata/brussels.md"}, "--json"},
		{"extract without path", []string{"extract", "--json"}, "no PATH"},
		{"extract missing path", []string{"extract", "--json", "testdata/no-such-file.md"}, "testdata/no-such-file.md"},
		{"train unknown model", []string{"train", "pos"}, "train ner"},
		{"bad flag", []string{"load", "--no-such-flag", "x"}, "no-such-flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestMain(nil)
			err := m.Run(context.Background(), tt.args)
			if err == nil {
				t.Fatalf("Run(%q) = nil, want an error containing %q", tt.args, tt.want)
			}
			if got := err.Error(); !strings.Contains(got, tt.want) {
				t.Errorf("Run(%q) = %q, want it to contain %q", tt.args, got, tt.want)
			}
		})
	}
}
