package events_test

import (
	"testing"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders"
)

// TestFacilityIsNoPerson checks that a building or site the tagger or a title reads as
// a person's name ("Sultan Ahmed Mosque") is no person.
func TestFacilityIsNoPerson(t *testing.T) {
	tests := []struct{ body, name string }{
		{"Shinzo Abe visited the Yasukuni Shrine on Monday.", "Yasukuni Shrine"},
		{"Narendra Modi visited the Kashi Vishwanath Temple on Monday.", "Kashi Vishwanath Temple"},
		{"Recep Tayyip Erdogan visited the Sultan Ahmed Mosque on Monday.", "Sultan Ahmed Mosque"},
	}
	pipelineOnce.Do(func() { pipeline, pipelineErr = loaders.NewPipeline() })
	if pipelineErr != nil {
		t.Fatalf("new pipeline: %v", pipelineErr)
	}
	for _, tt := range tests {
		x := pipeline.Extract(&parley.Article{ID: "a", Published: published, Body: tt.body})
		got := parley.Kind("")
		for _, e := range x.Entities {
			if e.Name == tt.name {
				got = e.Kind
			}
		}
		if got == "" || got == parley.Person {
			t.Errorf("%s\nkind of %q = %q, want a place or organization", tt.body, tt.name, got)
		}
	}
}
