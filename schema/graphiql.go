package schema

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/base64"
	"net/http"
	"path"
	"strings"
	"time"
)

// graphiqlFiles is the GraphiQL page: index.html and page.css written by hand, the
// bundle built by graphiql/build.sh.
//
//go:embed graphiql/index.html graphiql/page.css graphiql/dist/graphiql.js graphiql/dist/graphiql.css
var graphiqlFiles embed.FS

// graphiqlAssets maps the file names the page loads to their embedded paths.
var graphiqlAssets = map[string]string{
	"page.css":     "graphiql/page.css",
	"graphiql.js":  "graphiql/dist/graphiql.js",
	"graphiql.css": "graphiql/dist/graphiql.css",
}

// graphiqlNoncePlaceholder marks where index.html takes the nonce of its policy.
const graphiqlNoncePlaceholder = "{{nonce}}"

// GraphiQLPolicy returns the Content-Security-Policy of the GraphiQL page: scripts,
// styles and connections from its own origin only, and besides those the style
// elements carrying nonce, which GraphiQL's dialogs add to lock scrolling. Its
// stylesheet inlines fonts and icons as data: URLs, which font-src and img-src allow.
// No inline script and no inline style attribute is allowed.
func GraphiQLPolicy(nonce string) string {
	return "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-" + nonce + "'; img-src 'self' data:; font-src 'self' data:; " +
		"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
}

// GraphiQLHandler returns the handler of the GraphiQL page, which queries the API at
// /graphql. Mount it at "/graphiql/": it serves the page at the mount point, with a
// fresh style nonce in its policy each time, and its scripts and styles beside it;
// it redirects the mount point without its final slash there and answers 404 to any
// other file name.
func GraphiQLHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		name := ""
		if !strings.HasSuffix(r.URL.Path, "/") {
			name = path.Base(r.URL.Path)
		}
		file, ok := graphiqlAssets[name]
		switch {
		case name == "":
			file = "graphiql/index.html"
		case !ok && !strings.Contains(name, "."): // the mount point without its slash
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		case !ok:
			http.NotFound(w, r)
			return
		}
		b, err := graphiqlFiles.ReadFile(file)
		if err != nil { // embedded at build time; a failure here is a build bug
			http.Error(w, "graphiql: "+err.Error(), http.StatusInternalServerError)
			return
		}
		nonce := newNonce()
		h.Set("Content-Security-Policy", GraphiQLPolicy(nonce))
		if name == "" {
			b = bytes.ReplaceAll(b, []byte(graphiqlNoncePlaceholder), []byte(nonce))
		}
		http.ServeContent(w, r, path.Base(file), time.Time{}, bytes.NewReader(b))
	})
}

// newNonce returns 16 random bytes in base64.
func newNonce() string {
	var b [16]byte
	rand.Read(b[:])
	return base64.StdEncoding.EncodeToString(b[:])
}
