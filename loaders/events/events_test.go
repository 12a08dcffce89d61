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

var (
	pipelineOnce sync.Once
	pipeline     *loaders.Pipeline
	pipelineErr  error
)

// extract runs the real pipeline on body and returns its contacts, each summarised as
// "type status [people] absent[...] start..end @location", and names of the entities.
func extract(t *testing.T, body string) []string {
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
	nameAll := func(ids []string) string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			out = append(out, names[id])
		}
		slices.Sort(out)
		return strings.Join(out, ", ")
	}
	var got []string
	for _, ev := range x.Events {
		if !ev.Type.IsContact() {
			continue
		}
		got = append(got, string(ev.Type)+" "+string(ev.Status)+" ["+nameAll(ev.Participants)+"] absent["+
			nameAll(ev.Absent)+"] "+ev.Date.Start+".."+ev.Date.End+" @"+names[ev.Location])
	}
	return got
}

type contactTest struct {
	name, body string
	want       []string
}

func runContactTests(t *testing.T, tests []contactTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, tt.body)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\ngot  %q\nwant %q", tt.body, got, tt.want)
			}
		})
	}
}
