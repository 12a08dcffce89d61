// Package web serves Parley's bundled viewer: static files built into dist/ and
// embedded in the binary, so the viewer works offline with no Node at run time.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed dist
var dist embed.FS

// ContentSecurityPolicy allows scripts, styles, images and connections from the page's
// own origin only.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// Handler returns an http.Handler serving the viewer with a strict
// Content-Security-Policy.
func Handler() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil { // dist is embedded at build time; a failure here is a build bug
		panic("web: embedded dist missing: " + err.Error())
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		files.ServeHTTP(w, r)
	})
}
