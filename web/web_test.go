package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// TestHandler checks that each file of the viewer is served with the strict
// Content-Security-Policy.
func TestHandler(t *testing.T) {
	tests := []struct {
		path, wantType string
	}{
		{"/", "text/html; charset=utf-8"},
		{"/app.js", "text/javascript; charset=utf-8"},
		{"/app.css", "text/css; charset=utf-8"},
		{"/favicon.svg", "image/svg+xml"},
	}
	h := Handler()
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
		if got, want := rec.Code, http.StatusOK; got != want {
			t.Errorf("GET %s: status %d, want %d", tt.path, got, want)
		}
		if got := rec.Header().Get("Content-Type"); got != tt.wantType {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, got, tt.wantType)
		}
		if got := rec.Header().Get("Content-Security-Policy"); got != ContentSecurityPolicy {
			t.Errorf("GET %s: Content-Security-Policy %q, want %q", tt.path, got, ContentSecurityPolicy)
		}
	}
}

// TestIndexHasNothingInline checks that the page holds no inline script, style or
// event handler, which the Content-Security-Policy would block.
func TestIndexHasNothingInline(t *testing.T) {
	f, err := dist.Open("dist/index.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	inline := []*regexp.Regexp{
		regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`), // a script with a body
		regexp.MustCompile(`<style`),
		regexp.MustCompile(`\sstyle=`),
		regexp.MustCompile(`\son[a-z]+=`),
	}
	for _, re := range inline {
		if loc := re.FindStringIndex(page); loc != nil {
			t.Errorf("index.html has inline code at byte %d: %q", loc[0], page[loc[0]:min(loc[1]+20, len(page))])
		}
	}
	if !strings.Contains(page, `<script type="module" src="app.js"></script>`) {
		t.Error("index.html does not load app.js")
	}
}
