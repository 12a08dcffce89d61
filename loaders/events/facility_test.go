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

// TestSurnameOfKnownPerson checks that the surname alone of a person the gazetteer
// knows, named in full before, is that person even where the tagger reads it as an
// organization or place.
func TestSurnameOfKnownPerson(t *testing.T) {
	tests := []struct{ body, short, want string }{
		{"Raúl Castro received Barack Obama in Havana on Monday. Obama was welcomed at the airport by Bruno Rodriguez rather than by Castro himself.",
			"Castro", "Raúl Castro"},
	}
	pipelineOnce.Do(func() { pipeline, pipelineErr = loaders.NewPipeline() })
	if pipelineErr != nil {
		t.Fatalf("new pipeline: %v", pipelineErr)
	}
	for _, tt := range tests {
		x := pipeline.Extract(&parley.Article{ID: "a", Published: published, Body: tt.body})
		names := map[string]string{}
		for _, e := range x.Entities {
			names[e.ID] = e.Name
		}
		for _, m := range x.Mentions {
			if m.Text == tt.short && names[m.Entity] != tt.want {
				t.Errorf("%s\n%q at %d is %q (%s), want %q", tt.body, m.Text, m.Start, names[m.Entity], m.Kind, tt.want)
			}
		}
	}
}

func TestRatherThan(t *testing.T) {
	runContactTests(t, []contactTest{
		{"an agent set apart by rather than is not there",
			"Raúl Castro received Barack Obama in Havana on Monday. Obama was welcomed at the airport by Foreign Minister Bruno Rodriguez rather than by Castro himself.",
			[]string{"meeting occurred [Barack Obama, Raúl Castro] absent[] 2024-03-11..2024-03-11 @Havana",
				"meeting occurred [Barack Obama, Bruno Rodriguez] absent[] 2024-03-11..2024-03-11 @"}},
	})
}

// TestNoPersonNames checks that the names of rooms, programmes and faiths the tagger may
// read as people are none: "the Spanish Hall", "the Belt and Road Initiative", "Iraq's
// Christian population", "Muslim, Christian and Yazidi representatives", and that a
// family name with an article prefix stays on the person's name.
func TestNoPersonNames(t *testing.T) {
	tests := []struct {
		body, name string
		person     bool
	}{
		{"The two presidents signed the treaty in the gilded Spanish Hall of Prague Castle.", "Hall", false},
		{"Viktor Orbán met Vladimir Putin at a forum on China's Belt and Road Initiative.", "Road Initiative", false},
		{"Iraq's Christian population has fallen.", "Christian", false},
		{"Pope Francis attended a gathering with Muslim, Christian and Yazidi representatives.", "Yazidi", false},
		{"Pope Francis met Grand Ayatollah Ali al-Sistani in Najaf on Saturday.", "Ali al-Sistani", true},
		{"He was met at the airport by Prime Minister Mustafa al-Kadhimi.", "Mustafa al-Kadhimi", true},
	}
	pipelineOnce.Do(func() { pipeline, pipelineErr = loaders.NewPipeline() })
	if pipelineErr != nil {
		t.Fatalf("new pipeline: %v", pipelineErr)
	}
	for _, tt := range tests {
		x := pipeline.Extract(&parley.Article{ID: "a", Published: published, Body: tt.body})
		got := false
		for _, e := range x.Entities {
			if e.Name == tt.name && e.Kind == parley.Person {
				got = true
			}
		}
		if got != tt.person {
			t.Errorf("%s\n%q is a person = %v, want %v", tt.body, tt.name, got, tt.person)
		}
	}
}
