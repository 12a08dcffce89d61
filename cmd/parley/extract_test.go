package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// contractKeys are the keys of one line of `extract --json`, as the evaluation kit's
// README states them.
var contractKeys = []string{"article", "entities", "events", "mentions", "timexes"}

// fixtureBodies returns the article bodies of testdata/extract by article id, read
// without the loaders package: the text after the front matter, or a JSON Lines record's
// text.
func fixtureBodies(t *testing.T) map[string]string {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile("testdata/extract/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	_, ankara, ok := strings.Cut(strings.TrimPrefix(read("ankara.md"), "---\n"), "\n---\n")
	if !ok {
		t.Fatal("testdata/extract/ankara.md has no front matter")
	}
	bodies := map[string]string{"ankara-2023": ankara, "istanbul": read("istanbul.txt")}
	for i, line := range strings.Split(strings.TrimSpace(read("wire.jsonl")), "\n") {
		var r struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("testdata/extract/wire.jsonl line %d: %v", i+1, err)
		}
		if r.ID == "" {
			r.ID = "wire-" + string(rune('1'+i))
		}
		bodies[r.ID] = r.Text
	}
	return bodies
}

// span is anything with code-point offsets and the text they cover.
type span struct {
	Text       string `json:"text"`
	Start, End int
}

// TestExtractJSON checks the contract of `extract --json`: one object per article per
// line and nothing else, the contract's keys with arrays never null, article ids from
// file names or front matter, and offsets in code points.
func TestExtractJSON(t *testing.T) {
	m := newTestMain(nil)
	if err := m.Run(context.Background(), []string{"extract", "--json", "testdata/extract"}); err != nil {
		t.Fatalf("extract: %v\nstderr:\n%s", err, m.stderr)
	}
	if got := m.stderr.String(); got != "" {
		t.Errorf("extract wrote to stderr:\n%s", got)
	}
	out := m.stdout.Bytes()
	if !bytes.HasSuffix(out, []byte("\n")) {
		t.Errorf("stdout does not end with a newline")
	}
	bodies := fixtureBodies(t)
	var ids []string
	sawMultibyteOffset := false
	for i, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("stdout line %d is not a JSON object: %v\n%s", i+1, err, line)
		}
		var keys []string
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if !slices.Equal(keys, contractKeys) {
			t.Errorf("line %d keys = %q, want %q", i+1, keys, contractKeys)
		}
		for _, k := range contractKeys[1:] {
			if !bytes.HasPrefix(obj[k], []byte("[")) {
				t.Errorf("line %d %s = %s, want an array", i+1, k, obj[k])
			}
		}
		var x struct {
			Article  struct{ ID string }
			Mentions []span
			Timexes  []span
			Events   []struct {
				Evidence []span
			}
		}
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		ids = append(ids, x.Article.ID)
		body, ok := bodies[x.Article.ID]
		if !ok {
			t.Errorf("line %d: article id %q is none of the fixtures'", i+1, x.Article.ID)
			continue
		}
		runes := []rune(body)
		spans := slices.Concat(x.Mentions, x.Timexes)
		for _, ev := range x.Events {
			spans = append(spans, ev.Evidence...)
		}
		if len(x.Mentions) == 0 {
			t.Errorf("%s: no mentions, want the names it holds", x.Article.ID)
		}
		for _, s := range spans {
			if s.Start < 0 || s.End > len(runes) || s.Start > s.End {
				t.Errorf("%s: span %+v out of the body's %d code points", x.Article.ID, s, len(runes))
				continue
			}
			if s.Text == "" {
				continue // evidence may leave text out
			}
			if got := string(runes[s.Start:s.End]); got != s.Text {
				t.Errorf("%s: body[%d:%d] = %q, want %q", x.Article.ID, s.Start, s.End, got, s.Text)
			}
			if len(string(runes[:s.Start])) != s.Start {
				sawMultibyteOffset = true // byte and code-point offsets differ here
			}
		}
	}
	slices.Sort(ids)
	if want := []string{"ankara-2023", "istanbul", "wire-2", "wire-berlin"}; !slices.Equal(ids, want) {
		t.Errorf("article ids = %q, want %q", ids, want)
	}
	if !sawMultibyteOffset {
		t.Errorf("no span follows non-ASCII text: the fixtures do not test code-point offsets")
	}
}

// TestExtractBadInput checks that extract prints the articles it could read, names each
// file it could not on stderr and fails at the end.
func TestExtractBadInput(t *testing.T) {
	m := newTestMain(nil)
	err := m.Run(context.Background(), []string{"extract", "--json", "testdata/bad"})
	if err == nil {
		t.Fatalf("extract of testdata/bad = nil, want an error")
	}
	if got, want := err.Error(), "4 of 5 files"; !strings.Contains(got, want) {
		t.Errorf("error = %q, want it to contain %q", got, want)
	}
	// good.md, the two records of records.jsonl before its bad line, the first of dates.jsonl.
	if got, want := strings.Count(m.stdout.String(), "\n"), 4; got != want {
		t.Errorf("stdout has %d lines, want %d:\n%s", got, want, m.stdout)
	}
	for _, name := range []string{"unterminated.md", "baddate.md", "records.jsonl line 3", "dates.jsonl line 2"} {
		if !strings.Contains(m.stderr.String(), name) {
			t.Errorf("stderr lacks %q:\n%s", name, m.stderr)
		}
	}
}
