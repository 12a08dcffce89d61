package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/google/pprof/profile"
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
	// benchRoleLabel and benchClientRole are the profiler label of the client's goroutines.
	benchRoleLabel, benchClientRole = "bench", "client"
)

// benchQueries are the GraphQL queries the client mixes, in turn.
var benchQueries = synth.Queries()

// benchServe measures the GraphQL server over real HTTP on loopback: it generates (or
// reuses, if it already holds enough) a store of about --quads quads, serves it with the
// real handler on 127.0.0.1 and fires a mix of timeline, meetings and contacts queries
// from --concurrency client loops for --duration (or MaxBenchRequests requests). It
// prints build time and memory, the process's CPU use per request and the client's
// share of it (from a CPU profile in which the client's goroutines are labeled, written
// to --cpuprofile if given), and last one line
// "p50_ms=<x> p99_ms=<y> rps=<z> quads=<n>". It fails if any request fails.
func (m *Main) benchServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("parley bench serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	quads := fs.Int64("quads", 1_000_000, "size of the store in quads")
	db := fs.String("db", "", "bolt store to generate or reuse (a temporary one if empty)")
	seed := fs.Uint64("seed", 1, "random seed of the generated data and the query mix")
	duration := fs.Duration("duration", 10*time.Second, "how long to send requests")
	concurrency := fs.Int("concurrency", 8, "concurrent client requests")
	rate := fs.Float64("rate", 0, "requests per second sent on a fixed schedule, latency counted from each one's due time (open loop); 0: each client loop sends as fast as answers come (closed loop)")
	cpuProfile := fs.String("cpuprofile", "", "write the CPU profile of the requests (warmup included), client goroutines labeled bench=client, to this file")
	memProfile := fs.String("memprofile", "", "write the allocation profile of the process (opening included) to this file after the run")
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
	case *rate < 0:
		return fmt.Errorf("bench serve: --rate %v must not be negative", *rate)
	case *duration <= 0 || *duration > MaxBenchDuration:
		return fmt.Errorf("bench serve: --duration %v is outside (0, %v]", *duration, MaxBenchDuration)
	}
	gogc := debug.SetGCPercent(100) // read the target GOGC set (restored at once)
	debug.SetGCPercent(gogc)
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

	c, err := newBenchClient("http://"+ln.Addr().String()+"/graphql", people, pairs, *concurrency)
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	var lat []benchSample
	var secs float64
	var prof bytes.Buffer
	profiling := pprof.StartCPUProfile(&prof) == nil // fails if one runs already
	cpuStart := processCPU()
	// The client's goroutines, and the connection goroutines they start, carry a label
	// that tells their CPU samples from the server's.
	pprof.Do(ctx, pprof.Labels(benchRoleLabel, benchClientRole), func(ctx context.Context) {
		if _, err = c.run(ctx, *concurrency, benchWarmup, time.Minute, 0, *seed); err != nil {
			err = fmt.Errorf("warmup: %w", err)
			return
		}
		cpuStart = processCPU()
		start := time.Now()
		lat, err = c.run(ctx, *concurrency, MaxBenchRequests, *duration, *rate, *seed+1)
		secs = time.Since(start).Seconds()
	})
	cpu := processCPU() - cpuStart
	if profiling {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return fmt.Errorf("bench serve: %w", err)
	}
	all := make([]time.Duration, len(lat))
	byQuery := make([][]time.Duration, len(benchQueries))
	for i, s := range lat {
		all[i] = s.latency
		byQuery[s.query] = append(byQuery[s.query], s.latency)
	}
	slices.Sort(all)
	fmt.Fprintf(m.Stdout, "%d requests in %.1fs from %d client loops on %d CPUs, GOGC=%d\n", len(lat), secs, *concurrency, runtime.GOMAXPROCS(0), gogc)
	if *cpuProfile != "" {
		if !profiling {
			return fmt.Errorf("bench serve: --cpuprofile: the profiler was busy")
		}
		if err := os.WriteFile(*cpuProfile, prof.Bytes(), 0o644); err != nil {
			return fmt.Errorf("bench serve: %w", err)
		}
	}
	if *memProfile != "" {
		if err := writeAllocs(*memProfile); err != nil {
			return fmt.Errorf("bench serve: %w", err)
		}
	}
	share := "?"
	if profiling {
		if f, err := labeledShare(prof.Bytes(), benchRoleLabel, benchClientRole); err == nil {
			share = strconv.FormatFloat(100*f, 'f', 0, 64)
		}
	}
	fmt.Fprintf(m.Stdout, "cpu: process_pct=%.0f of %d CPUs, cpu_ms_per_req=%.3f, client_pct=%s of the process's samples\n",
		100*cpu.Seconds()/secs/float64(runtime.GOMAXPROCS(0)), runtime.GOMAXPROCS(0), ms(cpu)/float64(max(len(lat), 1)), share)
	for i, q := range benchQueries {
		slices.Sort(byQuery[i])
		fmt.Fprintf(m.Stdout, "%s: requests=%d p50_ms=%.3f p99_ms=%.3f\n", q.Name, len(byQuery[i]),
			ms(percentile(byQuery[i], 50)), ms(percentile(byQuery[i], 99)))
	}
	m.printMemory()
	fmt.Fprintf(m.Stdout, "p50_ms=%.3f p99_ms=%.3f rps=%.0f quads=%d\n",
		ms(percentile(all, 50)), ms(percentile(all, 99)), float64(len(all))/secs, st.Quads)
	return nil
}

// writeAllocs writes the allocation profile of the process to the file path.
func writeAllocs(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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

// processCPU returns the user and system CPU time the process has used, 0 where
// getrusage is missing.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// labeledShare returns the share of the CPU time in the pprof profile prof whose samples
// carry the label key=value, or an error if prof is not a profile or has no samples.
func labeledShare(prof []byte, key, value string) (float64, error) {
	p, err := profile.ParseData(prof)
	if err != nil {
		return 0, fmt.Errorf("read profile: %w", err)
	}
	var total, labeled int64
	for _, smp := range p.Sample {
		if len(smp.Value) == 0 {
			continue
		}
		v := smp.Value[len(smp.Value)-1] // the last value is CPU time
		total += v
		if slices.Contains(smp.Label[key], value) {
			labeled += v
		}
	}
	if total == 0 {
		return 0, errors.New("read profile: no samples")
	}
	return float64(labeled) / float64(total), nil
}

// benchClient sends the query mix to one GraphQL endpoint. It is built to cost little
// CPU beside the server it measures: request bodies are encoded once, connections are
// kept alive, each loop reuses its response buffer and answers are checked without
// decoding them.
type benchClient struct {
	url    string
	http   *http.Client
	bodies [][][]byte // per query of benchQueries, the request bodies to draw from
}

// newBenchClient returns a client of the GraphQL endpoint at url asking about the
// people (timeline, contacts) and pairs (meetings), from at most conns connections.
func newBenchClient(url string, people []string, pairs [][2]string, conns int) (*benchClient, error) {
	c := &benchClient{
		url: url,
		http: &http.Client{Timeout: benchRequestTimeout, Transport: &http.Transport{
			MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}},
	}
	for _, q := range benchQueries {
		var bodies [][]byte
		add := func(vars map[string]any) error {
			b, err := json.Marshal(map[string]any{"query": q.Text, "variables": vars})
			bodies = append(bodies, b)
			return err
		}
		if q.Pair {
			for _, p := range pairs {
				if err := add(map[string]any{"a": p[0], "b": p[1]}); err != nil {
					return nil, err
				}
			}
		} else {
			for _, e := range people {
				if err := add(map[string]any{"e": e}); err != nil {
					return nil, err
				}
			}
		}
		if len(bodies) == 0 {
			return nil, fmt.Errorf("no subjects for %s", q.Name)
		}
		c.bodies = append(c.bodies, bodies)
	}
	return c, nil
}

// benchSample is the latency of one request of the query benchQueries[query].
type benchSample struct {
	query   int
	latency time.Duration
}

// run sends requests from workers loops until max requests or d has passed, and
// returns their latencies: as fast as answers come, or with rate > 0 on a fixed schedule
// of rate requests per second. It returns the first failed request's error.
func (c *benchClient) run(ctx context.Context, workers, max int, d time.Duration, rate float64, seed uint64) ([]benchSample, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	begin := time.Now()
	var (
		sent    atomic.Int64
		mu      sync.Mutex
		all     []benchSample
		firstEr error
		wg      sync.WaitGroup
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			var lat []benchSample
			var buf bytes.Buffer
			var err error
			for ctx.Err() == nil {
				i := sent.Add(1)
				if i > int64(max) {
					break
				}
				start := time.Now()
				if rate > 0 {
					// Open loop: request i is due at begin + (i-1)/rate, and its latency
					// counts from then, so a late start counts too.
					start = begin.Add(time.Duration(float64(i-1) / rate * float64(time.Second)))
					time.Sleep(time.Until(start))
					if ctx.Err() != nil {
						break
					}
				}
				if err = c.do(ctx, int(i), rng, &buf); err != nil {
					break
				}
				lat = append(lat, benchSample{int(i) % len(benchQueries), time.Since(start)})
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

// do sends the i-th query of the mix, reading the answer into buf, and checks that it
// succeeded: status 200 and data for the query's field first, with no errors member.
// Inside a JSON string a quote is escaped, so `"errors":` in the answer is a member
// name, and no field of the queries is called errors.
func (c *benchClient) do(ctx context.Context, i int, rng *rand.Rand, buf *bytes.Buffer) error {
	q := benchQueries[i%len(benchQueries)]
	bodies := c.bodies[i%len(benchQueries)]
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(bodies[rng.IntN(len(bodies))]))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", q.Name, err)
	}
	defer resp.Body.Close()
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return fmt.Errorf("%s: %w", q.Name, err)
	}
	got := buf.Bytes()
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(got, []byte(`{"data":{"`+q.Name+`":`)) || bytes.Contains(got, []byte(`"errors":`)) {
		return fmt.Errorf("%s: status %d: %s", q.Name, resp.StatusCode, truncate(string(got)))
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
