package events_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// published is the publication date of every test article: a Friday.
const published = "2024-03-15"

// pipeline is built once and shared by every test.
var (
	pipelineOnce sync.Once
	pipeline     *loaders.Pipeline
	pipelineErr  error
)

// runPipeline runs the real pipeline on body, published on the date published, and
// returns its events and the names of its entities by id.
func runPipeline(t *testing.T, body string) ([]parley.Event, map[string]string) {
	t.Helper()
	pipelineOnce.Do(func() { pipeline, pipelineErr = loaders.NewPipeline() })
	if pipelineErr != nil {
		t.Fatalf("new pipeline: %v", pipelineErr)
	}
	x := pipeline.Extract(&parley.Article{ID: "a", Published: published, Body: body})
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	return x.Events, names
}

// nameAll returns the names of ids, sorted and joined by commas.
func nameAll(names map[string]string, ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, names[id])
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}

// extract runs the real pipeline on body and returns its contacts, each summarised as
// "type status [people] absent[...] start..end @location".
func extract(t *testing.T, body string) []string {
	t.Helper()
	evs, names := runPipeline(t, body)
	var got []string
	for _, ev := range evs {
		if !ev.Type.IsContact() {
			continue
		}
		got = append(got, string(ev.Type)+" "+string(ev.Status)+" ["+nameAll(names, ev.Participants)+"] absent["+
			nameAll(names, ev.Absent)+"] "+ev.Date.Start+".."+ev.Date.End+" @"+names[ev.Location])
	}
	return got
}

// otherEvents runs the real pipeline on body and returns its statements and agreements,
// each summarised as "type [participants] speaker: quote".
func otherEvents(t *testing.T, body string) []string {
	t.Helper()
	evs, names := runPipeline(t, body)
	var got []string
	for _, ev := range evs {
		if ev.Type.IsContact() {
			continue
		}
		got = append(got, string(ev.Type)+" ["+nameAll(names, ev.Participants)+"] "+names[ev.Speaker]+": "+ev.Quote)
	}
	return got
}

// contactTest is a body and the events (contacts unless said otherwise) it must give.
//
// The test sentences are written for the rules they test; none comes from an
// evaluation article. Each family has several phrasings, so that a rule fitted to one
// fails here.
type contactTest struct {
	name, body string
	want       []string
}

// runContactTests runs each test as a subtest, comparing the contacts extract returns.
func runContactTests(t *testing.T, tests []contactTest) {
	t.Helper()
	runEventTests(t, extract, tests)
}

// runEventTests runs each test as a subtest, comparing the events summarise returns.
func runEventTests(t *testing.T, summarise func(*testing.T, string) []string, tests []contactTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarise(t, tt.body)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\ngot  %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}
