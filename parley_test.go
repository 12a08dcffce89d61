package parley

import (
	"reflect"
	"testing"
)

func TestMergeRoles(t *testing.T) {
	for _, tt := range []struct {
		name     string
		in, want []Role
	}{
		{"empty", nil, nil},
		{"one", []Role{{Title: "President", Of: "country/france", From: "2024-12-08", To: "2024-12-08"}},
			[]Role{{Title: "President", Of: "country/france", From: "2024-12-08", To: "2024-12-08"}}},
		{"same office from three articles",
			[]Role{
				{Title: "President", Of: "country/russia", From: "2023-03-21", To: "2023-03-21"},
				{Title: "President", Of: "country/russia", From: "2022-07-22", To: "2022-07-22"},
				{Title: "President", Of: "country/russia", From: "2025-08-16", To: "2025-08-16"},
			},
			[]Role{{Title: "President", Of: "country/russia", From: "2022-07-22", To: "2025-08-16"}}},
		{"open bound stays open",
			[]Role{{Title: "King", Of: "country/saudi-arabia", From: "2015-01-23"}, {Title: "King", Of: "country/saudi-arabia", From: "2022-07-15", To: "2022-07-15"}},
			[]Role{{Title: "King", Of: "country/saudi-arabia", From: "2015-01-23"}}},
		{"different offices stay apart",
			[]Role{{Title: "Prime Minister", Of: "country/israel"}, {Title: "Foreign Minister", Of: "country/israel"}},
			[]Role{{Title: "Prime Minister", Of: "country/israel"}, {Title: "Foreign Minister", Of: "country/israel"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := MergeRoles(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("MergeRoles = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Erdoğan", "erdogan"},
		{"ERDOGAN", "erdogan"},
		{"U.S.", "us"},
		{"Xi’s", "xis"},
		{"  Mohammed   bin-Salman ", "mohammed bin salman"},
		{"Élysée Palace", "elysee palace"},
	} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIDs(t *testing.T) {
	if got, want := EntityID(Person, "Volodymyr Zelenskyy"), "person/volodymyr-zelenskyy"; got != want {
		t.Errorf("EntityID = %q, want %q", got, want)
	}
	a, b := ArticleID("https://example.org/a", "x"), ArticleID("https://example.org/a", "y")
	if a != b {
		t.Errorf("ArticleID depends on the body when a URL is given: %q != %q", a, b)
	}
	if ArticleID("", "x") == ArticleID("", "y") {
		t.Error("ArticleID without URL ignores the body")
	}
	d := DateRange{Start: "2024-12-16", End: "2024-12-19"}
	e1 := EventID(Meeting, Occurred, []string{"person/b", "person/a"}, d, "place/brussels")
	e2 := EventID(Meeting, Occurred, []string{"person/a", "person/b"}, d, "place/brussels")
	if e1 != e2 {
		t.Errorf("EventID depends on participant order: %q != %q", e1, e2)
	}
	// Ids are stored: the hash input must never change.
	if want := "event/" + shortHash("meeting|occurred|person/a,person/b|2024-12-16|2024-12-19|place/brussels"); e1 != want {
		t.Errorf("EventID = %q, want %q", e1, want)
	}
}
