package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/data"
	"github.com/parleyhq/parley/loaders"
	"github.com/parleyhq/parley/schema"
	"github.com/parleyhq/parley/web"
)

// Server timeouts.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 15 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 120 * time.Second
	ShutdownTimeout   = 10 * time.Second
)

// serve serves GraphQL at /graphql and the viewer at /. With samples set it first loads
// the bundled sample articles into an empty store.
func (m *Main) serve(ctx context.Context, args []string, samples bool) error {
	fs, cfg := m.flags("serve")
	addr := fs.String("addr", m.env("PARLEY_ADDR", DefaultAddr), "listen address (env PARLEY_ADDR)")
	origins := fs.String("cors-origins", m.env("PARLEY_CORS_ORIGINS", ""), "comma-separated origins allowed to call /graphql from a browser (env PARLEY_CORS_ORIGINS)")
	fs.BoolVar(&samples, "samples", samples, "load the bundled sample articles into an empty store")
	var opts schema.Options
	fs.Int64Var(&opts.MaxBodyBytes, "max-body", schema.DefaultMaxBodyBytes, "largest request body in bytes")
	fs.IntVar(&opts.MaxQueryBytes, "max-query", schema.DefaultMaxQueryBytes, "longest query text in bytes")
	fs.IntVar(&opts.MaxNesting, "max-nesting", schema.DefaultMaxNesting, "deepest bracket nesting in the query text")
	fs.IntVar(&opts.MaxFields, "max-fields", schema.DefaultMaxFields, "most field selections in a query")
	fs.IntVar(&opts.MaxDepth, "max-depth", schema.DefaultMaxDepth, "deepest field nesting, fragments expanded")
	fs.IntVar(&opts.MaxAliases, "max-aliases", schema.DefaultMaxAliases, "most aliases in a query")
	fs.IntVar(&opts.MaxNodes, "max-nodes", schema.DefaultMaxNodes, "most list items a query may ask for (product of first down each path)")
	fs.DurationVar(&opts.Timeout, "timeout", schema.DefaultTimeout, "deadline of one request")
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts.AllowedOrigins = splitList(*origins)
	store, err := m.open(cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	if samples {
		if err := m.loadSamples(ctx, store); err != nil {
			return err
		}
	}
	h, err := m.apiHandler(store, opts)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: ReadHeaderTimeout, ReadTimeout: ReadTimeout,
		WriteTimeout: WriteTimeout, IdleTimeout: IdleTimeout}
	fmt.Fprintf(m.Stderr, "parley: serving %s on http://%s (GraphQL at /graphql)\n", cfg.Display(), displayAddr(ln.Addr()))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// handler returns the routes of the server: the API at /graphql, GraphiQL at
// /graphiql/ and the viewer at /. With PARLEY_TOKEN set, the ingest mutation accepts
// articles from callers that send the token.
func (m *Main) handler(store parley.Store, origins []string) (http.Handler, error) {
	return m.apiHandler(store, schema.Options{AllowedOrigins: origins})
}

// apiHandler is handler with the API's limits and origins taken from opts.
func (m *Main) apiHandler(store parley.Store, opts schema.Options) (http.Handler, error) {
	opts.Logger = slog.New(slog.NewTextHandler(m.Stderr, nil))
	if token := m.Getenv("PARLEY_TOKEN"); token != "" {
		p, err := loaders.NewPipeline()
		if err != nil {
			return nil, fmt.Errorf("serve: %w", err)
		}
		opts.Token, opts.Ingest = token, ingestWith(p)
	}
	api, err := schema.NewHandler(store, opts)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", api)
	mux.Handle("/graphiql/", schema.GraphiQLHandler())
	mux.Handle("/graphiql", http.RedirectHandler("/graphiql/", http.StatusMovedPermanently))
	mux.Handle("/", web.Handler())
	return mux, nil
}

// ingestWith returns the extraction step of the ingest mutation.
func ingestWith(p *loaders.Pipeline) schema.IngestFunc {
	return func(ctx context.Context, arts []*parley.Article) ([]*parley.Extraction, error) {
		xs := make([]*parley.Extraction, 0, len(arts))
		for _, a := range arts {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			xs = append(xs, p.Extract(a))
		}
		return xs, nil
	}
}

// loadSamples loads the sample articles embedded in the binary if the store holds no
// article yet.
func (m *Main) loadSamples(ctx context.Context, store parley.Store) error {
	st, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("load samples: %w", err)
	}
	if st.Articles > 0 {
		return nil
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		return fmt.Errorf("load samples: %w", err)
	}
	var xs []*parley.Extraction
	err = fs.WalkDir(data.Samples, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		b, err := fs.ReadFile(data.Samples, path)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(d.Name(), ".md")
		a, err := loaders.ParseArticle(name, b)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		xs = append(xs, p.Extract(a))
		return nil
	})
	if err != nil {
		return fmt.Errorf("load samples: %w", err)
	}
	n, err := store.Write(ctx, xs)
	if err != nil {
		return fmt.Errorf("load samples: %w", err)
	}
	fmt.Fprintf(m.Stderr, "parley: loaded %d sample articles (%d quads) into an empty store\n", len(xs), n)
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// displayAddr returns addr with an unspecified host shown as localhost.
func displayAddr(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil || host == "::" || host == "0.0.0.0" || host == "" {
		return "localhost:" + port
	}
	return net.JoinHostPort(host, port)
}
