package main

import (
	"bytes"
	"context"
	"regexp"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBenchServe runs a short benchmark on a small generated store, then again on the
// same store, which it must reuse rather than regenerate.
func TestBenchServe(t *testing.T) {
	dir := t.TempDir()
	last := regexp.MustCompile(`p50_ms=[0-9.]+ p99_ms=[0-9.]+ rps=[0-9]+ quads=[0-9]+\n$`)
	rps := regexp.MustCompile(` rps=([0-9]+) `)
	cpu := regexp.MustCompile(`cpu: process_pct=[0-9]+ of [0-9]+ CPUs, cpu_ms_per_req=[0-9.]+, client_pct=([0-9]+|\?) of`)
	for run := range 2 {
		tm := newTestMain(nil)
		args := []string{"--quads", "20000", "--db", dir, "--duration", "300ms", "--concurrency", "2"}
		if run == 1 { // the second run reuses the store, on a fixed schedule
			args = append(args, "--rate", "200")
		}
		err := tm.benchServe(context.Background(), args)
		if err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, tm.stderr)
		}
		out := tm.stdout.String()
		perQuery := regexp.MustCompile(`(?m)^(timeline|meetings|contacts): requests=[1-9][0-9]* p50_ms=[0-9.]+ p99_ms=[0-9.]+$`)
		if !last.MatchString(out) || !strings.Contains(out, "rss_mb=") || !cpu.MatchString(out) || len(perQuery.FindAllString(out, -1)) != 3 {
			t.Errorf("run %d: output does not end with the figures line:\n%s", run, out)
		}
		if run == 1 {
			n := -1
			if m := rps.FindStringSubmatch(out); m != nil {
				n, _ = strconv.Atoi(m[1])
			}
			if n < 100 || n > 230 {
				t.Errorf("--rate 200: want 100 to 230 req/s, got %d:\n%s", n, out)
			}
		}
		if generated := strings.Contains(out, "generating"); generated != (run == 0) {
			t.Errorf("run %d: generated %v:\n%s", run, generated, out)
		}
	}
}

func TestBenchServeFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--quads", "0"},
		{"--concurrency", "0"},
		{"--duration", "0s"},
		{"--rate", "-1"},
		{"extra"},
	} {
		tm := newTestMain(nil)
		if err := tm.benchServe(context.Background(), args); err == nil {
			t.Errorf("bench serve %v: no error", args)
		}
	}
}

func TestGen(t *testing.T) {
	dir := t.TempDir()
	tm := newTestMain(nil)
	if err := tm.gen(context.Background(), []string{"--quads", "5000", "--db", dir, "--seed", "3"}); err != nil {
		t.Fatalf("%v\n%s", err, tm.stderr)
	}
	if !regexp.MustCompile(`^quads=[0-9]+ seconds=[0-9.]+ quads_per_s=[0-9]+\n$`).MatchString(tm.stdout.String()) {
		t.Errorf("output %q", tm.stdout)
	}
	st, err := openStore(t, dir).Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads < 5000 || st.Events == 0 || st.Articles == 0 {
		t.Errorf("generated store: %+v", st)
	}
	if err := newTestMain(nil).gen(context.Background(), []string{"--quads", "-1", "--db", dir}); err == nil {
		t.Error("negative --quads: no error")
	}
}

// TestLabeledShare profiles a goroutine burning CPU, labeled or not, and checks that
// the labeled share of the samples is high in the first case and low in the second.
func TestLabeledShare(t *testing.T) {
	for _, labeled := range []bool{true, false} {
		var prof bytes.Buffer
		if err := pprof.StartCPUProfile(&prof); err != nil {
			t.Skipf("profiler busy: %v", err)
		}
		stop := time.Now().Add(300 * time.Millisecond)
		burn := func(context.Context) {
			for x := 0; time.Now().Before(stop); x++ {
				_ = x * x
			}
		}
		if labeled {
			pprof.Do(context.Background(), pprof.Labels("role", "client"), burn)
		} else {
			burn(context.Background())
		}
		pprof.StopCPUProfile()
		got, err := labeledShare(prof.Bytes(), "role", "client")
		if err != nil {
			t.Fatal(err)
		}
		if labeled && got < 0.5 || !labeled && got > 0.5 {
			t.Errorf("labeled %v: share %.2f", labeled, got)
		}
	}
	if _, err := labeledShare([]byte("not a profile"), "role", "client"); err == nil {
		t.Error("bad profile: no error")
	}
}
