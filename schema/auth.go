package schema

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"

	"github.com/parleyhq/parley"
)

// authResult is the outcome of a request's token check: err is nil when the caller
// gave the server's token.
type authResult struct{ err *apiError }

// authenticate returns nil if r carries token as Authorization: Bearer <token>, or the
// UNAUTHENTICATED error to answer a mutation with. With no token configured every
// caller is refused.
func authenticate(r *http.Request, token string) *apiError {
	if token == "" {
		return errorf(parley.EUNAUTHENTICATED, "ingest is disabled on this server: it has no token configured")
	}
	got, ok := bearer(r.Header.Get("Authorization"))
	if !ok {
		return errorf(parley.EUNAUTHENTICATED, "ingest needs the server's token as Authorization: Bearer <token>")
	}
	if !tokensEqual(got, token) {
		return errorf(parley.EUNAUTHENTICATED, "wrong token")
	}
	return nil
}

// bearer returns the token of an Authorization header of the Bearer scheme (the scheme
// name in any case, RFC 6750), and whether there was one.
func bearer(header string) (string, bool) {
	scheme, token, ok := strings.Cut(strings.TrimSpace(header), " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "", false
	}
	return token, true
}

// tokensEqual reports whether two tokens are equal in time independent of where they
// differ and of their lengths: it compares their SHA-256 digests with
// subtle.ConstantTimeCompare, which by itself returns early on a length mismatch.
func tokensEqual(got, want string) bool {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// withAuth returns ctx carrying the outcome of the token check.
func withAuth(ctx context.Context, err *apiError) context.Context {
	return context.WithValue(ctx, authKey, authResult{err})
}

// authenticated returns nil if ctx carries a passed token check, else the
// UNAUTHENTICATED error to answer with: a schema used without the handler checks no
// token and refuses every mutation.
func authenticated(ctx context.Context) *apiError {
	res, ok := ctx.Value(authKey).(authResult)
	if !ok {
		return errorf(parley.EUNAUTHENTICATED, "ingest is disabled: no token was checked")
	}
	return res.err
}
