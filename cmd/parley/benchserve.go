package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/synth"
)

// Bounds of `parley bench serve`.
const (
	// MaxBenchRequests bounds how many requests one run sends, whatever its duration.
	MaxBenchRequests = 2_000_000
	// MaxBenchConcurrency bounds the client's concurrent requests.
	MaxBenchConcurrency = 256
	// MaxBenchDuration bounds how long one run sends requests.
	MaxBenchDuration = 10 * time.Minute
	// benchWarmup is how many requests are sent, unmeasured, before timing.
	benchWarmup = 300
	// benchRequestTimeout bounds one request.
	benchRequestTimeout = 10 * time.Second
)

// benchQueries are the GraphQL queries the client mixes, in turn: an entity's timeline,
// the meetings of a pair and an entity's contacts, each asking for what the viewer shows.
var benchQueries = []struct{ name, query string }{
	{"timeline", `query($e: ID!) { timeline(entity: $e, first: 20) { totalCount
		edges { cursor node { id type status date { start end } participants { id name } sources { text article { title } } } }
		pageInfo { hasNextPage endCursor } } }`},
	{"meetings", `query($a: ID!, $b: ID!) { meetings(between: [$a, $b], first: 20) { totalCount
		edges { node { id type date { start end } location { name } sources { text } } } } }`},
	{"contacts", `query($e: ID!) { contacts(entity: $e, first: 20) { entity { id name kind } count first last } }`},
}

// benchServe measures the GraphQL server over real HTTP on loopback: it generates (or
// reuses, if it already holds enough) a store of about --quads quads, serves it with the
// real handler on 127.0.0.1 and fires a mix of timeline, meetings and contacts queries
// from --concurrency client loops for --duration (or MaxBenchRequests requests). It
// prints build time and memory, and last one line
// "p50_ms=<x> p99_ms=<y> rps=<z> quads=<n>". It fails if any request fails.
func (m *Main) benchServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("parley bench serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	quads := fs.Int64("quads", 1_000_000, "size of the store in quads")
	db := fs.String("db", "", "bolt store to generate or reuse (a temporary one if empty)")
	seed := fs.Uint64("seed", 1, "random seed of the generated data and the query mix")
	duration := fs.Duration("duration", 10*time.Second, "how long to send requests")
	concurrency := fs.Int("concurrency", 8, "concurrent client requests")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("bench serve: unexpected arguments %v", fs.Args())
	case *quads <= 0:
		return fmt.Errorf("bench serve: --quads %d must be positive", *quads)
	case *concurrency < 1 || *concurrency > MaxBenchConcurrency:
		return fmt.Errorf("bench serve: --concurrency %d is outside 1..%d", *concurrency, MaxBenchConcurrency)
	case *duration <= 0 || *duration > MaxBenchDuration:
		return fmt.Errorf("bench serve: --duration %v is outside (0, %v]", *duration, MaxBenchDuration)
	}
	dir := *db
	if dir == "" {
		tmp, err := os.MkdirTemp("", "parley-bench-")
		if err != nil {
			return fmt.Errorf("bench serve: %w", err)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	store, err := m.benchStore(ctx, dir, *quads, *seed)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	fmt.Fprintf(m.Stdout, "store: %d quads, %d entities, %d events, %d articles\n", st.Quads, st.Entities, st.Events, st.Articles)
	m.printMemory()

	people, pairs, err := synth.Sample(ctx, store, *seed)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	h, err := m.handler(store, nil)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: benchRequestTimeout}
	go srv.Serve(ln)
	defer srv.Close()

	c := &benchClient{
		url:    "http://" + ln.Addr().String() + "/graphql",
		http:   &http.Client{Timeout: benchRequestTimeout, Transport: &http.Transport{MaxIdleConnsPerHost: *concurrency}},
		people: people, pairs: pairs,
	}
	if _, err := c.run(ctx, *concurrency, benchWarmup, time.Minute, *seed); err != nil {
		return fmt.Errorf("bench serve: warmup: %w", err)
	}
	start := time.Now()
	lat, err := c.run(ctx, *concurrency, MaxBenchRequests, *duration, *seed+1)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	secs := time.Since(start).Seconds()
	slices.Sort(lat)
	fmt.Fprintf(m.Stdout, "%d requests in %.1fs from %d client loops on %d CPUs\n", len(lat), secs, *concurrency, runtime.GOMAXPROCS(0))
	m.printMemory()
	fmt.Fprintf(m.Stdout, "p50_ms=%.3f p99_ms=%.3f rps=%.0f quads=%d\n",
		ms(percentile(lat, 50)), ms(percentile(lat, 99)), float64(len(lat))/secs, st.Quads)
	return nil
}

// benchStore opens the bolt store in dir, first writing synthetic data to it until it
// holds about quads quads, and reports how long generating and opening took.
func (m *Main) benchStore(ctx context.Context, dir string, quads int64, seed uint64) (parley.Store, error) {
	start := time.Now()
	s, err := graph.Open(graph.Config{Backend: graph.Bolt, Path: dir, NoIndex: true})
	if err != nil {
		return nil, err
	}
	st, err := s.Stats(ctx)
	if err == nil && st.Quads < quads {
		fmt.Fprintf(m.Stdout, "generating %d quads into %s (holds %d)\n", quads-st.Quads, dir, st.Quads)
		var n int64
		n, err = synth.Load(ctx, s, synth.New(seed, quads), quads-st.Quads, 0, nil)
		if err == nil {
			secs := time.Since(start).Seconds()
			fmt.Fprintf(m.Stdout, "generated %d quads in %.1fs (%.0f quads/s)\n", n, secs, float64(n)/secs)
		}
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	start = time.Now()
	s, err = graph.Open(graph.Config{Backend: graph.Bolt, Path: dir})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(m.Stdout, "opened with index in %.2fs\n", time.Since(start).Seconds())
	return s, nil
}

// printMemory prints the process's resident set and Go heap.
func (m *Main) printMemory() {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(m.Stdout, "memory: rss_mb=%s heap_mb=%.0f sys_mb=%.0f\n", rssMB(), float64(ms.HeapAlloc)/1e6, float64(ms.Sys)/1e6)
}

// rssMB returns the resident set size in MB from /proc, or "?" where there is none.
func rssMB() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmRSS:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			if err == nil {
				return strconv.FormatFloat(kb/1e3, 'f', 0, 64)
			}
		}
	}
	return "?"
}

// benchClient sends the query mix to one GraphQL endpoint.
type benchClient struct {
	url    string
	http   *http.Client
	people []string
	pairs  [][2]string
}

// run sends requests from workers loops until max requests or d has passed, and
// returns their latencies. It returns the first failed request's error.
func (c *benchClient) run(ctx context.Context, workers, max int, d time.Duration, seed uint64) ([]time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		sent    atomic.Int64
		mu      sync.Mutex
		all     []time.Duration
		firstEr error
		wg      sync.WaitGroup
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			var lat []time.Duration
			var err error
			for ctx.Err() == nil {
				i := sent.Add(1)
				if i > int64(max) {
					break
				}
				start := time.Now()
				if err = c.do(ctx, int(i), rng); err != nil {
					break
				}
				lat = append(lat, time.Since(start))
			}
			mu.Lock()
			defer mu.Unlock()
			all = append(all, lat...)
			if err != nil && ctx.Err() == nil && firstEr == nil {
				firstEr = err
			}
		}()
	}
	wg.Wait()
	return all, firstEr
}

// do sends the i-th query of the mix and checks that it succeeded.
func (c *benchClient) do(ctx context.Context, i int, rng *rand.Rand) error {
	q := benchQueries[i%len(benchQueries)]
	vars := map[string]any{"e": c.people[rng.IntN(len(c.people))]}
	if q.name == "meetings" {
		p := c.pairs[rng.IntN(len(c.pairs))]
		vars = map[string]any{"a": p[0], "b": p[1]}
	}
	body, err := json.Marshal(map[string]any{"query": q.query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", q.name, err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("%s: %w", q.name, err)
	}
	var out struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []json.RawMessage          `json:"errors"`
	}
	if err := json.Unmarshal(got, &out); err != nil || resp.StatusCode != http.StatusOK || len(out.Errors) > 0 || out.Data[q.name] == nil {
		return fmt.Errorf("%s %v: status %d: %s", q.name, vars, resp.StatusCode, errors.Join(err, errors.New(truncate(string(got)))))
	}
	return nil
}

// maxShownBody bounds how much of a failed response an error shows.
const maxShownBody = 300

func truncate(s string) string {
	if len(s) > maxShownBody {
		return s[:maxShownBody] + "..."
	}
	return s
}

// percentile returns the p-th percentile of sorted latencies.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, len(sorted)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
