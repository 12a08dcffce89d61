package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Limits of the tests that run a real server.
const (
	serverStartTimeout = 20 * time.Second // loading the samples comes first
	serverStopTimeout  = 15 * time.Second // above ShutdownTimeout
	serverPollInterval = 20 * time.Millisecond
)

// freeAddr returns a loopback address with a port that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

// runServer runs m with args until the test cancels it and returns the channel its
// error arrives on.
func runServer(ctx context.Context, m *testMain, args []string) <-chan error {
	errc := make(chan error, 1)
	go func() { errc <- m.Run(ctx, args) }()
	return errc
}

// queryServer posts query to http://addr/graphql until the server answers or
// serverStartTimeout passes, and decodes the answer's data into out. It fails the test
// if Run returns first.
func queryServer(t *testing.T, addr string, errc <-chan error, stderr *bytes.Buffer, query string, out any) {
	t.Helper()
	client := &http.Client{Timeout: serverStartTimeout}
	deadline := time.Now().Add(serverStartTimeout)
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		t.Fatal(err)
	}
	for {
		resp, err := client.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
		if err == nil {
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				t.Fatalf("read answer: %v", err)
			}
			decodeGraphQL(t, resp.StatusCode, b, out)
			return
		}
		select {
		case err := <-errc:
			t.Fatalf("Run returned %v before serving; stderr:\n%s", err, stderr)
		case <-time.After(serverPollInterval):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no answer from %s after %v: %v", addr, serverStartTimeout, err)
		}
	}
}

// stopServer cancels the server's context and fails the test unless Run returns nil in
// time.
func stopServer(t *testing.T, cancel context.CancelFunc, errc <-chan error, stderr *bytes.Buffer) {
	t.Helper()
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run after cancel = %v, want nil; stderr:\n%s", err, stderr)
		}
	case <-time.After(serverStopTimeout):
		t.Fatalf("Run did not return %v after its context was cancelled", serverStopTimeout)
	}
}

// TestHandlerViewer checks that / serves the viewer with a Content-Security-Policy.
func TestHandlerViewer(t *testing.T) {
	m := newTestMain(nil)
	h, err := m.handler(openStore(t, filepath.Join(t.TempDir(), "db")), nil)
	if err != nil {
		t.Fatalf("handler: %v", err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if got, want := rec.Code, http.StatusOK; got != want {
		t.Errorf("GET / status = %d, want %d", got, want)
	}
	if got := rec.Header().Get("Content-Security-Policy"); got == "" {
		t.Errorf("GET / has no Content-Security-Policy header")
	}
	if got := rec.Body.String(); !strings.Contains(strings.ToLower(got), "<html") {
		t.Errorf("GET / body is not an HTML page: %.200q", got)
	}
}

// TestServeMemstore runs `parley serve` on a memory store over real loopback HTTP and
// stops it by cancelling its context.
func TestServeMemstore(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"empty db flag", []string{"--backend", "memstore", "--db", ""}},
		{"backend flag alone", []string{"--backend", "memstore"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			addr := freeAddr(t)
			m := newTestMain(nil)
			errc := runServer(ctx, m, append([]string{"serve", "--addr", addr, "--samples"}, tt.args...))
			var got struct{ Entity *gqlEntity }
			queryServer(t, addr, errc, m.stderr, `{ entity(name: "Zelensky") { id name kind } }`, &got)
			if got.Entity == nil || got.Entity.Kind != "PERSON" {
				t.Errorf("entity(Zelensky) = %+v, want a person from the samples", got.Entity)
			}
			stopServer(t, cancel, errc, m.stderr)
		})
	}
}

// TestRunNoArgs runs `parley` with no arguments on an empty bolt store, configured
// through the environment: it loads the samples and serves them.
func TestRunNoArgs(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := filepath.Join(t.TempDir(), "db")
	addr := freeAddr(t)
	m := newTestMain(map[string]string{"PARLEY_DB": db, "PARLEY_ADDR": addr})
	errc := runServer(ctx, m, nil)
	var got struct {
		Meetings struct{ TotalCount int }
	}
	queryServer(t, addr, errc, m.stderr, `{ meetings(between: ["person/volodymyr-zelenskyy"]) { totalCount } }`, &got)
	if got.Meetings.TotalCount == 0 {
		t.Errorf("meetings of Zelenskyy totalCount = 0, want the samples' meetings")
	}
	stopServer(t, cancel, errc, m.stderr)
	if got, want := m.stderr.String(), "sample articles"; !strings.Contains(got, want) {
		t.Errorf("stderr lacks %q:\n%s", want, got)
	}
	if got := storeStats(t, db).Articles; got == 0 {
		t.Errorf("articles in %s after `parley` = 0, want the samples", db)
	}
}
