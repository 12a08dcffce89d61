package schema

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestGraphiQLHandler(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/graphiql/", GraphiQLHandler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	client := srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	tests := []struct {
		path       string
		wantStatus int
		wantType   string
		wantBody   string
	}{
		{"/graphiql/", 200, "text/html; charset=utf-8", `<script src="graphiql.js"></script>`},
		{"/graphiql/graphiql.js", 200, "text/javascript; charset=utf-8", "GraphiQL"},
		{"/graphiql/graphiql.css", 200, "text/css; charset=utf-8", ".graphiql-container"},
		{"/graphiql/page.css", 200, "text/css; charset=utf-8", "#graphiql"},
		{"/graphiql/secret.txt", 404, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := client.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status: got %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if tt.wantStatus != 200 {
				return
			}
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("content type: got %q, want %q", got, tt.wantType)
			}
			if !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("body lacks %q", tt.wantBody)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") || strings.Contains(csp, "unsafe") {
				t.Errorf("policy %q: want script-src 'self' and nothing unsafe", csp)
			}
		})
	}
}

// TestGraphiQLNonce checks that the page's style nonce is fresh on every load and the
// one its policy names, then the redirect to the mount point and the refused POST.
func TestGraphiQLNonce(t *testing.T) {
	h := GraphiQLHandler()
	attr := regexp.MustCompile(`data-style-nonce="([A-Za-z0-9+/=]+)"`)
	seen := map[string]bool{}
	for range 3 {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/graphiql/", nil))
		m := attr.FindStringSubmatch(w.Body.String())
		if m == nil {
			t.Fatalf("page has no nonce:\n%s", w.Body.String())
		}
		if want := "style-src 'self' 'nonce-" + m[1] + "';"; !strings.Contains(w.Header().Get("Content-Security-Policy"), want) {
			t.Errorf("policy %q lacks %q", w.Header().Get("Content-Security-Policy"), want)
		}
		if seen[m[1]] {
			t.Errorf("nonce %s served twice", m[1])
		}
		seen[m[1]] = true
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/graphiql", nil))
	if loc := w.Header().Get("Location"); w.Code != http.StatusMovedPermanently || loc != "/graphiql/" {
		t.Errorf("/graphiql: got %d to %q, want 301 to /graphiql/", w.Code, loc)
	}
	w = httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("POST", "/graphiql/", nil))
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: got %d, want 405", w.Code)
	}
}
