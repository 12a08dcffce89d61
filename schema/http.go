package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
	"github.com/parleyhq/parley"
	"github.com/rs/cors"
)

// Default limits of the handler; see Options.
const (
	DefaultMaxBodyBytes  = 1 << 20 // 1 MB
	DefaultMaxQueryBytes = 16 << 10
	DefaultMaxNesting    = 32
	DefaultMaxFields     = 1000
	DefaultMaxDepth      = 12
	DefaultMaxAliases    = 30
	DefaultMaxNodes      = 50_000
	DefaultTimeout       = 10 * time.Second
)

// corsMaxAge is how long browsers may cache a CORS preflight answer, in seconds.
const corsMaxAge = 600

// Options configures the handler. A zero field takes its default.
type Options struct {
	// AllowedOrigins are the origins browsers may call the API from ("https://a.org",
	// "https://*.a.org", "*"). With none, no CORS headers are sent: same origin only.
	AllowedOrigins []string
	// AllowCredentials lets browsers send cookies; refused with "*" or pattern origins.
	AllowCredentials bool
	// Logger receives internal errors with their request id; slog.Default() if nil.
	Logger *slog.Logger
	// Token enables the ingest mutation for callers that send it as Authorization:
	// Bearer <token>. With none, ingest answers UNAUTHENTICATED to everyone.
	Token string
	// Ingest extracts the articles an ingest mutation carries; required with Token.
	Ingest IngestFunc

	MaxBodyBytes  int64         // request body size
	MaxQueryBytes int           // query text size
	MaxNesting    int           // nesting of {, [ and ( in the query text
	MaxFields     int           // field selections written in the query
	MaxDepth      int           // depth in fields, fragments expanded
	MaxAliases    int           // aliases, fragments expanded
	MaxNodes      int           // worst-case list items: product of first down each path
	Timeout       time.Duration // per request
}

// withDefaults returns o with every zero limit set to its default.
func (o Options) withDefaults() Options {
	orDefault := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	orDefault(&o.MaxQueryBytes, DefaultMaxQueryBytes)
	orDefault(&o.MaxNesting, DefaultMaxNesting)
	orDefault(&o.MaxFields, DefaultMaxFields)
	orDefault(&o.MaxDepth, DefaultMaxDepth)
	orDefault(&o.MaxAliases, DefaultMaxAliases)
	orDefault(&o.MaxNodes, DefaultMaxNodes)
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// handler serves GraphQL over HTTP.
type handler struct {
	schema graphql.Schema
	bounds map[string]int // introspection list sizes, for the node count
	docs   *docCache      // validated documents by query text; nil caches none
	opts   Options
	slow   bool // run every query with graphql-go's executor, not executeFast
	// verify, if set, is called after each query executeFast answered with its answer
	// and graphql-go's to the same query (tests compare them).
	verify func(query string, fast, slow []byte)
}

// NewHandler returns the HTTP handler of the GraphQL API over store, to be mounted at
// /graphql: GET ?query=&variables=&operationName= and POST application/json {query,
// variables, operationName}. It returns an error if the schema does not build or
// AllowCredentials is set with a wildcard or pattern origin, or Token without Ingest.
func NewHandler(store parley.Store, opts Options) (http.Handler, error) {
	opts = opts.withDefaults()
	for _, o := range opts.AllowedOrigins {
		if opts.AllowCredentials && strings.Contains(o, "*") {
			return nil, fmt.Errorf("cors: credentials are not allowed with origin %q", o)
		}
	}
	if opts.Token != "" && opts.Ingest == nil {
		return nil, errors.New("ingest: a token is configured but no Ingest function")
	}
	s, err := newSchema(&resolver{store: store, ingest: opts.Ingest})
	if err != nil {
		return nil, err
	}
	h := &handler{schema: s, bounds: introspectionBounds(&s), docs: newDocCache(DocumentCacheSize), opts: opts}
	if len(opts.AllowedOrigins) == 0 {
		return h, nil // rs/cors would allow every origin
	}
	return cors.New(cors.Options{
		AllowedOrigins:   opts.AllowedOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Content-Type", "Authorization"},
		AllowCredentials: opts.AllowCredentials,
		MaxAge:           corsMaxAge,
	}).Handler(h), nil
}

// request is a GraphQL request.
type request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
}

// response is a GraphQL response: Data and Errors, or the JSON of a response the
// executor wrote, in a buffer of the pool buffers.
type response struct {
	Data    any                        `json:"data,omitempty"`
	Errors  []gqlerrors.FormattedError `json:"errors,omitempty"`
	encoded *[]byte
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := newRequestID()
	w.Header().Set("X-Request-Id", id)
	ctx := withAuth(withRequest(r.Context(), id, h.opts.Logger), authenticate(r, h.opts.Token))
	ctx, cancel := context.WithTimeout(ctx, h.opts.Timeout)
	defer cancel()
	start := time.Now()

	var status int
	var res response
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		status = http.StatusMethodNotAllowed
		res.Errors = []gqlerrors.FormattedError{errorf(parley.EINVALID, "method %s not allowed: use GET or POST", r.Method).formatted()}
	} else if req, err := h.readRequest(w, r); err != nil {
		status, res.Errors = err.status(), []gqlerrors.FormattedError{err.formatted()}
	} else {
		status, res = h.serve(ctx, req, r.Method)
	}
	switch status {
	case http.StatusUnauthorized:
		w.Header().Set("WWW-Authenticate", `Bearer realm="parley"`)
	case http.StatusMethodNotAllowed:
		w.Header().Set("Allow", "GET, POST")
	}
	h.write(ctx, w, status, &res)
	if h.opts.Logger.Enabled(ctx, slog.LevelDebug) {
		h.opts.Logger.DebugContext(ctx, "graphql request", "request", id, "status", status, "errors", len(res.Errors), "duration", time.Since(start))
	}
}

// maxPooledBuffer is the largest response buffer put back in the pool, so that one huge
// response does not stay allocated.
const maxPooledBuffer = 1 << 20

// buffers holds response buffers (*[]byte) for reuse.
var buffers = sync.Pool{New: func() any { return new([]byte) }}

// write sends res as JSON with the status, encoded into a pooled buffer first so that
// the body goes out in one write with its Content-Length. A response that does not
// encode (a resolver returned a value JSON cannot hold) is logged and answered INTERNAL.
func (h *handler) write(ctx context.Context, w http.ResponseWriter, status int, res *response) {
	buf, body, err := res.encoded, []byte(nil), error(nil)
	if buf != nil {
		body = *buf
	} else {
		buf = buffers.Get().(*[]byte)
		body, err = appendResponse((*buf)[:0], res)
	}
	if err != nil {
		status = http.StatusInternalServerError
		body, _ = appendResponse(body[:0], &response{Errors: []gqlerrors.FormattedError{
			internalError(ctx, fmt.Errorf("encode response: %w", err)).formatted()}})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if _, err := w.Write(body); err != nil { // the client went away: not the server's failure
		h.opts.Logger.DebugContext(ctx, "graphql write response", "request", requestID(ctx), "err", err)
	}
	if cap(body) <= maxPooledBuffer {
		*buf = body
		buffers.Put(buf)
	}
}

// readRequest returns the GraphQL request of r, or the error to answer with.
func (h *handler) readRequest(w http.ResponseWriter, r *http.Request) (*request, *apiError) {
	req := &request{}
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				return nil, errorf(parley.EINVALID, "variables are not a JSON object: %v", err)
			}
		}
		return req, nil
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return nil, errorf(parley.EINVALID, "content type must be application/json")
	}
	body := http.MaxBytesReader(w, r.Body, h.opts.MaxBodyBytes)
	if err := json.NewDecoder(body).Decode(req); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, errorf(parley.ELIMIT, "request body is over the limit of %d bytes", h.opts.MaxBodyBytes)
		}
		return nil, errorf(parley.EINVALID, "request body is not a GraphQL request: %v", err)
	}
	return req, nil
}

// serve checks, parses, bounds, validates and executes req, sent with the HTTP method,
// and returns the HTTP status and the response. A request refused before execution gets
// the status of its error code; an executed one 200, or the status of its error if it
// returned no data. A mutation sent with GET is refused with 405. A document that passed
// validation is cached by its text and only bounded again, with the request's variables,
// when the same text comes back.
func (h *handler) serve(ctx context.Context, req *request, method string) (int, response) {
	doc, validated, err := h.parse(req)
	if err != nil {
		return err.status(), response{Errors: []gqlerrors.FormattedError{err.formatted()}}
	}
	if method == http.MethodGet && isMutation(doc, req.OperationName) {
		err := errorf(parley.EINVALID, "mutations need POST")
		return http.StatusMethodNotAllowed, response{Errors: []gqlerrors.FormattedError{err.formatted()}}
	}
	if !validated {
		if vr := graphql.ValidateDocument(&h.schema, doc, nil); !vr.IsValid {
			for i := range vr.Errors {
				vr.Errors[i].Extensions = (&apiError{Code: parley.EINVALID}).Extensions()
			}
			return codes[parley.EINVALID].Status, response{Errors: vr.Errors}
		}
		h.docs.put(req.Query, doc)
	}
	if !h.slow && !isMutation(doc, req.OperationName) {
		buf := buffers.Get().(*[]byte)
		if body, ok := executeFast(ctx, &h.schema, doc, req.OperationName, req.Variables, (*buf)[:0]); ok {
			*buf = body
			if h.verify != nil {
				h.verifyFast(ctx, req, doc, body)
			}
			return http.StatusOK, response{encoded: buf}
		}
		buffers.Put(buf)
	}
	res := h.execute(ctx, req, doc)
	out := response{Data: res.Data}
	status := http.StatusOK
	for _, e := range res.Errors {
		e, code := h.clean(ctx, e)
		out.Errors = append(out.Errors, e)
		if res.Data == nil && status == http.StatusOK {
			status = codes[code].Status
		}
	}
	return status, out
}

// execute runs doc, the query of req, with graphql-go's executor.
func (h *handler) execute(ctx context.Context, req *request, doc *ast.Document) *graphql.Result {
	return graphql.Execute(graphql.ExecuteParams{
		Schema:        h.schema,
		AST:           doc,
		OperationName: req.OperationName,
		Args:          req.Variables,
		Context:       ctx,
	})
}

// verifyFast runs doc, the query of req that executeFast answered with fast, again with
// graphql-go's executor and passes both encodings to h.verify.
func (h *handler) verifyFast(ctx context.Context, req *request, doc *ast.Document, fast []byte) {
	res := h.execute(ctx, req, doc)
	slow, err := appendResponse(nil, &response{Data: res.Data, Errors: res.Errors})
	if err != nil {
		slow = []byte(err.Error())
	}
	h.verify(req.Query, fast, slow)
}

// parse returns the query of req as a document after checking its size and nesting,
// then its fragments for cycles and its cost with the request's variables, or the error
// to answer with. The document comes from the cache if the same text was validated
// before, which validated reports; otherwise it is parsed.
func (h *handler) parse(req *request) (doc *ast.Document, validated bool, _ *apiError) {
	if strings.TrimSpace(req.Query) == "" {
		return nil, false, errorf(parley.EINVALID, "no query given")
	}
	if len(req.Query) > h.opts.MaxQueryBytes {
		return nil, false, errorf(parley.ELIMIT, "query is %d bytes, over the limit of %d", len(req.Query), h.opts.MaxQueryBytes)
	}
	if err := checkNesting(req.Query, h.opts.MaxNesting); err != nil {
		return nil, false, err
	}
	if doc = h.docs.get(req.Query); doc != nil {
		validated = true
	} else {
		var err error
		doc, err = parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{
			Body: []byte(req.Query), Name: "GraphQL request",
		})})
		if err != nil {
			return nil, false, &apiError{parley.EINVALID, gqlerrors.FormatError(err).Message}
		}
	}
	if err := checkFragmentCycles(doc); err != nil {
		return nil, false, err
	}
	lim := limits{MaxFields: h.opts.MaxFields, MaxDepth: h.opts.MaxDepth, MaxAliases: h.opts.MaxAliases, MaxNodes: h.opts.MaxNodes}
	if err := checkCost(&h.schema, h.bounds, doc, req.Variables, lim); err != nil {
		return nil, false, err
	}
	return doc, validated, nil
}

// clean returns an execution error as the client may see it, with its code. Errors from
// resolvers are apiErrors already; a passed deadline is TIMEOUT; an error with no path
// comes before execution (bad variables, unknown operation) and is BAD_USER_INPUT; any
// other is graphql-go's own failure and becomes INTERNAL, its text logged.
func (h *handler) clean(ctx context.Context, e gqlerrors.FormattedError) (gqlerrors.FormattedError, string) {
	err := e.OriginalError()
	switch ge := err.(type) {
	case *gqlerrors.Error:
		err = ge.OriginalError
	case gqlerrors.Error:
		err = ge.OriginalError
	}
	var a *apiError
	switch {
	case errors.As(err, &a):
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		a = toAPIError(ctx, err)
	case len(e.Path) == 0:
		a = &apiError{parley.EINVALID, e.Message}
	default:
		a = internalError(ctx, fmt.Errorf("graphql at %v: %s", e.Path, e.Message))
	}
	e.Message, e.Extensions = a.Message, a.Extensions()
	return e, a.Code
}

// isMutation reports whether the operation of doc that a request named name runs (the
// only one when name is empty) is a mutation.
func isMutation(doc *ast.Document, name string) bool {
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok || op.Operation != ast.OperationTypeMutation {
			continue
		}
		if name == "" || op.Name != nil && op.Name.Value == name {
			return true
		}
	}
	return false
}
