package gazetteer

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
)

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// load returns the embedded gazetteer, parsed once for all tests.
func load(t testing.TB) *Gazetteer {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func TestTables(t *testing.T) {
	g := load(t)
	counts := map[parley.Kind]int{}
	roles := 0
	for _, e := range g.Entries {
		counts[e.Kind]++
		roles += len(e.Roles)
	}
	t.Logf("countries %d, organizations %d, places %d, people %d (%d office terms), titles %d",
		counts[parley.Country], counts[parley.Organization], counts[parley.Place], counts[parley.Person], roles, len(g.Titles))
	if got, want := counts[parley.Country], 193+2+2; got != want {
		t.Errorf("countries: got %d, want %d (UN members, observers, Taiwan, Kosovo)", got, want)
	}
	capitals := map[string]bool{}
	for _, e := range g.Entries {
		if e.Kind == parley.Place && e.Type == "capital" {
			capitals[e.Country+"/"+e.Name] = true
		}
	}
	for _, e := range g.Entries {
		switch e.Kind {
		case parley.Country:
			if len(e.ISO2) != 2 || len(e.Country) != 3 {
				t.Errorf("%s: ISO codes %q %q", e.Name, e.ISO2, e.Country)
			}
			if !capitals[e.Country+"/"+e.Capital] {
				t.Errorf("%s: capital %q has no places.tsv row of type capital", e.Name, e.Capital)
			}
		case parley.Person:
			if len(e.Roles) == 0 {
				t.Errorf("%s: no roles", e.Name)
			}
			for _, r := range e.Roles {
				if g.ByID(r.Of) == nil {
					t.Errorf("%s: role %s of %q does not resolve", e.Name, r.Title, r.Of)
				}
				if len(r.From) != len("2006-01-02") || (r.To != "" && r.To < r.From) {
					t.Errorf("%s: role %s from %q to %q", e.Name, r.Title, r.From, r.To)
				}
			}
		case parley.Place:
			if e.Type == "landmark" && len(g.Lookup(e.City)) == 0 {
				t.Errorf("%s: city %q is not in the gazetteer", e.Name, e.City)
			}
		}
	}
}

func names(es []*Entry) string {
	var s []string
	for _, e := range es {
		s = append(s, e.ID())
	}
	return strings.Join(s, ",")
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct{ name, want string }{
		{"United States", "country/united-states"},
		{"U.S.", "country/united-states"},
		{"USA", "country/united-states"},
		{"Türkiye", "country/turkey"},
		{"Czechia", "country/czech-republic"},
		{"Côte d'Ivoire", "country/ivory-coast"},
		{"Burma", "country/myanmar"},
		{"DPRK", "country/north-korea"},
		{"Kiev", "place/kyiv"},
		{"ERDOGAN", "person/recep-tayyip-erdogan"},
		{"Zelensky", "person/volodymyr-zelenskyy"},
		{"MBS", "person/mohammed-bin-salman"},
		{"No. 10", "place/downing-street"},
		{"Nato", "organization/north-atlantic-treaty-organization"},
		{"Narnia", ""},
	}
	for _, tt := range tests {
		if got := names(g.Lookup(tt.name)); got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDemonym(t *testing.T) {
	g := load(t)
	tests := []struct{ word, want string }{
		{"French", "France"},
		{"U.S.", "United States"},
		{"American", "United States"},
		{"British", "United Kingdom"},
		{"Saudi", "Saudi Arabia"},
		{"Emirati", "United Arab Emirates"},
		{"Palestinian", "State of Palestine"},
		{"french", ""}, // capitals required
		{"Martian", ""},
	}
	for _, tt := range tests {
		got := ""
		if e := g.Demonym(tt.word); e != nil {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("Demonym(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestHolderOf(t *testing.T) {
	g := load(t)
	tests := []struct{ title, of, date, want string }{
		{"President", "FRA", "2024-12-07", "Emmanuel Macron"},
		{"president", "France", "2010-06-01", "Nicolas Sarkozy"},
		{"Secretary of State", "USA", "2023-06-01", "Antony Blinken"},
		{"Foreign Minister", "USA", "2025-03-01", "Marco Rubio"},
		{"Premier", "CHN", "2024-01-01", "Li Qiang"},
		{"Prime Minister", "CHN", "2015", "Li Keqiang"},
		{"Chancellor", "DEU", "2025-05-06", "Friedrich Merz,Olaf Scholz"}, // handover day: both
		{"Secretary General", "NATO", "2020-01-01", "Jens Stoltenberg"},
		{"Secretary-General", "United Nations", "2010-01-01", "Ban Ki-moon"},
		{"President", "European Commission", "2022-01-01", "Ursula von der Leyen"},
		{"Crown Prince", "SAU", "2019-01-01", "Mohammed bin Salman"},
		{"President", "USA", "2025-06", "Donald Trump"},
		{"President", "USA", "1800-01-01", ""},
		{"President", "Atlantis", "2020-01-01", ""},
		{"President", "FRA", "not a date", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range g.HolderOf(tt.title, tt.of, tt.date) {
			got = append(got, e.Name)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("HolderOf(%q, %q, %q) = %q, want %q", tt.title, tt.of, tt.date, got, tt.want)
		}
	}
}

// spans renders matches as "text=id/kind" for comparison.
func spans(tokens []string, ms []Match) string {
	var s []string
	for _, m := range ms {
		s = append(s, fmt.Sprintf("%s=%s/%s", strings.Join(tokens[m.Start:m.End], " "), m.Entry.ID(), m.Alias))
	}
	return strings.Join(s, "; ")
}

func TestMatch(t *testing.T) {
	g := load(t)
	tests := []struct{ text, want string }{
		{"Xi Jinping met Joe Biden in Bali", "Xi Jinping=person/xi-jinping/name; Joe Biden=person/joe-biden/name; Bali=place/bali/name"},
		{"The U.S. and Russia", "U.S.=country/united-states/alias; Russia=country/russia/name"},
		{"U . S . officials", "U . S=country/united-states/alias"}, // a span ends at a token with letters
		{"let us meet in may", ""},
		{"US officials", "US=country/united-states/alias"},
		{"Us and them", ""},
		{"I ran to Iran", "Iran=country/iran/name"},
		{"Chad and Turkey", "Chad=country/chad/name; Turkey=country/turkey/name"},
		{"roast turkey", ""},
		{"Xi 's visit", "Xi=person/xi-jinping/surname"},
		{"Xi's visit", "Xi's=person/xi-jinping/surname"},
		{"Al-Jazeera reported", "Al-Jazeera=organization/al-jazeera/name"}, // spells the name
		{"Al Jazeera reported", "Al Jazeera=organization/al-jazeera/name"},
		{"in Sharm el - Sheikh", "Sharm el - Sheikh=place/sharm-el-sheikh/name"},
		{"in Panama City", "Panama City=place/panama-city/name"},
		{"the French President", "French=country/france/demonym"},
		{"the Kremlin said", "Kremlin=place/kremlin/name"},
		{"ERDOGAN arrives", "ERDOGAN=person/recep-tayyip-erdogan/surname"}, // capitals fit lowercase letters
		{"erdogan arrives", ""},
		{"I-Kiribati and I ran", "I-Kiribati=country/kiribati/demonym"},
		{"UN Security Council", "UN Security Council=organization/united-nations-security-council/alias"},
		{"Singapore hosts", "Singapore=country/singapore/name; Singapore=place/singapore/name"},
	}
	for _, tt := range tests {
		tokens := strings.Fields(tt.text)
		if got := spans(tokens, g.Match(tokens)); got != tt.want {
			t.Errorf("Match(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestTitles(t *testing.T) {
	g := load(t)
	if tt := g.Title("Minister", "of", "Foreign", "Affairs"); tt == nil || tt.Norm != "Foreign Minister" || tt.Class != Minister {
		t.Errorf("Title(Minister of Foreign Affairs) = %+v", tt)
	}
	if tt := g.Title("Gen."); tt == nil || tt.Class != Military {
		t.Errorf("Title(Gen.) = %+v", tt)
	}
	if tt := g.Title("gen"); tt != nil {
		t.Errorf("Title(gen) = %+v, want nil: the table spells it with a capital", tt)
	}
	tokens := strings.Fields("Chinese Premier Li Qiang and Deputy Secretary of State Kurt Campbell")
	var got []string
	for _, m := range g.MatchTitles(tokens) {
		got = append(got, strings.Join(tokens[m.Start:m.End], " ")+"="+m.Title.Norm)
	}
	want := "Chinese Premier=Prime Minister; Deputy Secretary of State=Deputy Secretary of State"
	if strings.Join(got, "; ") != want {
		t.Errorf("MatchTitles = %q, want %q", strings.Join(got, "; "), want)
	}
}

func TestMayStartTitle(t *testing.T) {
	g := load(t)
	// Never false for the first word of a phrase Title accepts, in any tokenization.
	for _, tt := range g.Titles {
		words := strings.Fields(tt.Phrase)
		parts := strings.FieldsFunc(tt.Phrase, func(r rune) bool { return r == ' ' || r == '-' })
		for _, ws := range [][]string{words, parts} {
			if g.Title(ws...) == nil {
				continue
			}
			for _, first := range []string{ws[0], strings.ToLower(ws[0]), strings.ToUpper(ws[0][:1]) + ws[0][1:]} {
				if !g.MayStartTitle(first) {
					t.Errorf("MayStartTitle(%q) = false, but title %q starts with it", first, tt.Phrase)
				}
			}
		}
	}
	// Most words of a text start no title.
	common := []string{"the", "said", "met", "on", "Tuesday", "with", "talks", "Macron", "and", "in", "which", "after"}
	passed := 0
	for _, w := range common {
		if g.MayStartTitle(w) {
			passed++
		}
	}
	if passed > len(common)/4 {
		t.Errorf("MayStartTitle passes %d of %d common words, want at most %d", passed, len(common), len(common)/4)
	}
}
