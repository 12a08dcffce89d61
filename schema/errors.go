package schema

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/parleyhq/parley"
)

// codes maps each parley error code to the GraphQL extensions.code and the HTTP status
// the API answers with. Keep it in step with the codes in the root package.
var codes = map[string]struct {
	GraphQL string
	Status  int
}{
	parley.EINVALID:         {"BAD_USER_INPUT", http.StatusBadRequest},
	parley.ENOTFOUND:        {"NOT_FOUND", http.StatusNotFound},
	parley.ELIMIT:           {"LIMIT_EXCEEDED", http.StatusBadRequest},
	parley.EUNAUTHENTICATED: {"UNAUTHENTICATED", http.StatusUnauthorized},
	parley.ETIMEOUT:         {"TIMEOUT", http.StatusGatewayTimeout},
	parley.EINTERNAL:        {"INTERNAL", http.StatusInternalServerError},
}

// apiError is an error as the client sees it: a parley code and a message safe to show.
// It carries its extensions.code to graphql-go through gqlerrors.ExtendedError.
type apiError struct {
	Code    string
	Message string
}

func (e *apiError) Error() string { return e.Message }

// Extensions returns the GraphQL error extensions: {"code": "NOT_FOUND"}.
func (e *apiError) Extensions() map[string]any {
	return map[string]any{"code": codes[e.Code].GraphQL}
}

// status returns the HTTP status of the error's code.
func (e *apiError) status() int { return codes[e.Code].Status }

// formatted returns the error in the GraphQL response shape.
func (e *apiError) formatted() gqlerrors.FormattedError {
	f := gqlerrors.FormatError(e)
	f.Extensions = e.Extensions()
	return f
}

// toAPIError returns err as the client may see it. Parley errors keep their code and
// message; a passed deadline becomes TIMEOUT; anything else is logged with the request
// id and becomes INTERNAL "internal error (request <id>)".
func toAPIError(ctx context.Context, err error) *apiError {
	var a *apiError
	if errors.As(err, &a) {
		return a
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return &apiError{parley.ETIMEOUT, "request timed out"}
	} else if errors.Is(err, context.Canceled) {
		return &apiError{parley.ETIMEOUT, "request cancelled"}
	}
	if code := parley.ErrorCode(err); code != parley.EINTERNAL {
		if _, ok := codes[code]; ok {
			return &apiError{code, parley.ErrorMessage(err)}
		}
	}
	return internalError(ctx, err)
}

// internalError logs err with the request id and returns the opaque error the client
// sees instead.
func internalError(ctx context.Context, err error) *apiError {
	id := requestID(ctx)
	loggerFrom(ctx).ErrorContext(ctx, "graphql internal error", "request", id, "err", err)
	return &apiError{parley.EINTERNAL, fmt.Sprintf("internal error (request %s)", id)}
}

// errorf returns an apiError with the parley code and a formatted message.
func errorf(code, format string, args ...any) *apiError {
	return &apiError{code, fmt.Sprintf(format, args...)}
}

type contextKey int

const (
	requestIDKey contextKey = iota
	loggerKey
	authKey
)

// withRequest returns ctx carrying the request id and the logger.
func withRequest(ctx context.Context, id string, log *slog.Logger) context.Context {
	ctx = context.WithValue(ctx, requestIDKey, id)
	return context.WithValue(ctx, loggerKey, log)
}

// requestID returns the request id in ctx, or "-" when there is none.
func requestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		return id
	}
	return "-"
}

// loggerFrom returns the logger in ctx, or slog.Default().
func loggerFrom(ctx context.Context) *slog.Logger {
	if log, ok := ctx.Value(loggerKey).(*slog.Logger); ok {
		return log
	}
	return slog.Default()
}

// newRequestID returns 16 random hex digits.
func newRequestID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
