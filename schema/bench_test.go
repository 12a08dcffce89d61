package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/parleyhq/parley/graph"
	"github.com/parleyhq/parley/graph/synth"
)

// benchHandlerQuads is the size of the generated store the handler benchmark reads.
const benchHandlerQuads = 200_000

// maxBaselineOps bounds the baselines' iterations.
const maxBaselineOps = 3000

// BenchmarkHandler times the three hot queries through the real HTTP handler (without
// the network) on a generated memstore graph with its read index, in the same run, on
// the same sequence of subjects: as served ("fast": cached documents run by
// executeFast), and the baselines "slow" (cached documents run by graphql-go's executor
// and encoded by appendResponse) and "uncached" (every request parsed, validated and run
// by graphql-go). It reports the speedups of fast over both.
func BenchmarkHandler(b *testing.B) {
	ctx := context.Background()
	store, err := graph.Open(graph.Config{Backend: graph.Memstore})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	if _, err := synth.Load(ctx, store, synth.New(1, benchHandlerQuads), benchHandlerQuads, 0, nil); err != nil {
		b.Fatal(err)
	}
	people, pairs, err := synth.Sample(ctx, store, 1)
	if err != nil {
		b.Fatal(err)
	}
	handlers := make([]*handler, 3) // fast, slow, uncached
	for i := range handlers {
		h, err := NewHandler(store, Options{})
		if err != nil {
			b.Fatal(err)
		}
		handlers[i] = h.(*handler)
	}
	fast, slow, uncached := handlers[0], handlers[1], handlers[2]
	slow.slow, uncached.slow, uncached.docs = true, true, nil

	for _, q := range synth.Queries() {
		bodies := make([][]byte, len(people))
		for i := range bodies {
			vars := map[string]any{"e": people[i]}
			if q.Pair {
				p := pairs[i%len(pairs)]
				vars = map[string]any{"a": p[0], "b": p[1]}
			}
			if bodies[i], err = json.Marshal(map[string]any{"query": q.Text, "variables": vars}); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(q.Name+"/encode", func(b *testing.B) { benchEncode(b, slow, bodies) })
		b.Run(q.Name, func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for i := range b.N {
				serveBench(b, fast, bodies[i%len(bodies)])
			}
			perFast := time.Since(start).Seconds() / float64(b.N)
			b.StopTimer()
			ops := min(b.N, maxBaselineOps)
			per := func(h *handler) float64 {
				start := time.Now()
				for i := range ops {
					serveBench(b, h, bodies[i%len(bodies)])
				}
				return time.Since(start).Seconds() / float64(ops)
			}
			perSlow, perUncached := per(slow), per(uncached)
			b.ReportMetric(perFast*1e6, "fast-µs/op")
			b.ReportMetric(perSlow*1e6, "slow-µs/op")
			b.ReportMetric(perUncached*1e6, "uncached-µs/op")
			b.ReportMetric(perSlow/perFast, "speedup-slow")
			b.ReportMetric(perUncached/perFast, "speedup-uncached")
		})
	}
}

// benchEncode times encoding the responses to the request bodies with appendResponse
// against json.Encoder (the baseline), in the same run, and reports the speedup.
func benchEncode(b *testing.B, h *handler, bodies [][]byte) {
	var responses []response
	for _, body := range bodies[:min(len(bodies), maxEncodeResponses)] {
		var req request
		if err := json.Unmarshal(body, &req); err != nil {
			b.Fatal(err)
		}
		status, res := h.serve(context.Background(), &req, http.MethodPost)
		if status != http.StatusOK || len(res.Errors) > 0 {
			b.Fatalf("status %d: %v", status, res.Errors)
		}
		responses = append(responses, res)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var buf []byte
	var err error
	start := time.Now()
	for i := range b.N {
		if buf, err = appendResponse(buf[:0], &responses[i%len(responses)]); err != nil {
			b.Fatal(err)
		}
	}
	perAppend := time.Since(start).Seconds() / float64(b.N)
	b.StopTimer()
	var out bytes.Buffer
	start = time.Now()
	for i := range b.N {
		out.Reset()
		if err := json.NewEncoder(&out).Encode(&responses[i%len(responses)]); err != nil {
			b.Fatal(err)
		}
	}
	perEncoder := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(perAppend*1e6, "append-µs/op")
	b.ReportMetric(perEncoder*1e6, "json-µs/op")
	b.ReportMetric(perEncoder/perAppend, "speedup")
}

// maxEncodeResponses bounds how many distinct responses the encoding benchmark cycles over.
const maxEncodeResponses = 200

// serveBench posts body to h and fails b unless the answer is 200 without errors.
func serveBench(b *testing.B, h http.Handler, body []byte) {
	r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors":`)) {
		b.Fatalf("status %d: %.300s", w.Code, w.Body)
	}
}
