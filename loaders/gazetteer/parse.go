package gazetteer

import (
	"bufio"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/parleyhq/parley"
)

// Table files and their columns, in the order they are read: later tables refer to
// earlier ones (places and organizations to countries, people to both, people's titles
// to the title lexicon).
const (
	countriesFile     = "countries.tsv"
	organizationsFile = "organizations.tsv"
	placesFile        = "places.tsv"
	titlesFile        = "titles.tsv"
	peopleFile        = "people.tsv"
)

var columns = map[string][]string{
	countriesFile:     {"name", "iso2", "iso3", "aliases", "demonyms", "capital", "wikidata"},
	organizationsFile: {"name", "type", "country", "aliases", "wikidata"},
	placesFile:        {"name", "type", "country", "city", "aliases", "wikidata"},
	titlesFile:        {"phrase", "title", "class"},
	peopleFile:        {"name", "aliases", "surnames", "title", "of", "from", "to", "wikidata"},
}

// MaxLineBytes is the longest line a table may have.
const MaxLineBytes = 64 << 10

var (
	placeTypes = []string{"capital", "city", "region", "territory", "landmark", "venue"}
	orgTypes   = []string{"intergovernmental", "un", "eu", "alliance", "forum", "court",
		"government", "legislature", "military", "party", "armed-group", "media", "agency", "company"}
	qidPattern = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	iso2       = regexp.MustCompile(`^[A-Z]{2}$`)
	iso3       = regexp.MustCompile(`^[A-Z]{3}$`)
)

// row is one data line of a table, its fields by column name.
type row struct {
	file string
	line int
	cols map[string]string
}

func (r row) get(col string) string { return r.cols[col] }

func (r row) list(col string) []string {
	v := r.cols[col]
	if v == "" {
		return nil
	}
	parts := strings.Split(v, "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// errf returns an error naming the row's file, line and column.
func (r row) errf(col, format string, args ...any) error {
	return fmt.Errorf("read gazetteer %s line %d column %s: %s", r.file, r.line, col, fmt.Sprintf(format, args...))
}

// Parse returns the gazetteer built from the tables in fsys (countries.tsv, places.tsv,
// organizations.tsv, people.tsv, titles.tsv at its root), or an error naming the file,
// line and column of the first bad field.
func Parse(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		byName:   make(map[string][]*Entry),
		byID:     make(map[string]*Entry),
		byISO3:   make(map[string]*Entry),
		demonyms: make(map[string]*Entry),
		titles:   make(map[string]*Title),
		holders:  make(map[holderKey][]holding),
		building: &builders{names: newTrieBuilder(), titles: newTrieBuilder()},
	}
	steps := []struct {
		file string
		add  func(row) error
	}{
		{countriesFile, g.addCountry},
		{organizationsFile, g.addOrganization},
		{placesFile, g.addPlace},
		{titlesFile, g.addTitle},
		{peopleFile, g.addPerson},
	}
	for _, s := range steps {
		rows, err := readTable(fsys, s.file)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if err := s.add(r); err != nil {
				return nil, err
			}
		}
	}
	for _, hs := range g.holders {
		slices.SortStableFunc(hs, func(a, b holding) int { return strings.Compare(b.from, a.from) })
	}
	g.names, g.titleTrie = g.building.names.pack(), g.building.titles.pack()
	g.building = nil
	return g, nil
}

// readTable returns the data rows of file, checking its header and field counts.
func readTable(fsys fs.FS, file string) ([]row, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer %s: %w", file, err)
	}
	defer f.Close()
	want := columns[file]
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), MaxLineBytes)
	var rows []row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			if got := strings.Split(text, "\t"); !slices.Equal(got, want) {
				return nil, fmt.Errorf("read gazetteer %s line 1: header %q, want %q", file, got, want)
			}
			continue
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != len(want) {
			return nil, fmt.Errorf("read gazetteer %s line %d: %d fields, want %d (%s)", file, line, len(fields), len(want), strings.Join(want, ", "))
		}
		r := row{file: file, line: line, cols: make(map[string]string, len(want))}
		for i, c := range want {
			r.cols[c] = strings.TrimSpace(fields[i])
		}
		if r.cols[want[0]] == "" {
			return nil, r.errf(want[0], "empty")
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gazetteer %s line %d: %w", file, line+1, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("read gazetteer %s: empty file, want header %q", file, want)
	}
	return rows, nil
}

func (g *Gazetteer) addCountry(r row) error {
	e := &Entry{Name: r.get("name"), Kind: parley.Country, Aliases: r.list("aliases"),
		Demonyms: r.list("demonyms"), ISO2: r.get("iso2"), Country: r.get("iso3"),
		Capital: r.get("capital"), Wikidata: r.get("wikidata")}
	if !iso2.MatchString(e.ISO2) {
		return r.errf("iso2", "%q is not two capital letters", e.ISO2)
	}
	if !iso3.MatchString(e.Country) {
		return r.errf("iso3", "%q is not three capital letters", e.Country)
	}
	if g.byISO3[e.Country] != nil {
		return r.errf("iso3", "duplicate code %s", e.Country)
	}
	if e.Capital == "" {
		return r.errf("capital", "empty")
	}
	for _, d := range e.Demonyms {
		key := parley.Fold(d)
		if other := g.demonyms[key]; other != nil && other != e {
			return r.errf("demonyms", "%q is already a demonym of %s", d, other.Name)
		}
		g.demonyms[key] = e
		g.lowerDemonym = g.lowerDemonym || !hasCapital(d)
	}
	if err := g.addEntry(r, e); err != nil {
		return err
	}
	g.byISO3[e.Country] = e
	return nil
}

func (g *Gazetteer) addOrganization(r row) error {
	e := &Entry{Name: r.get("name"), Kind: parley.Organization, Type: r.get("type"),
		Country: r.get("country"), Aliases: r.list("aliases"), Wikidata: r.get("wikidata")}
	if !slices.Contains(orgTypes, e.Type) {
		return r.errf("type", "%q is not one of %s", e.Type, strings.Join(orgTypes, ", "))
	}
	if err := g.checkCountry(r, "country", e.Country); err != nil {
		return err
	}
	return g.addEntry(r, e)
}

func (g *Gazetteer) addPlace(r row) error {
	e := &Entry{Name: r.get("name"), Kind: parley.Place, Type: r.get("type"),
		Country: r.get("country"), City: r.get("city"), Aliases: r.list("aliases"), Wikidata: r.get("wikidata")}
	if !slices.Contains(placeTypes, e.Type) {
		return r.errf("type", "%q is not one of %s", e.Type, strings.Join(placeTypes, ", "))
	}
	if e.Country == "" && e.Type != "region" {
		return r.errf("country", "empty; only a region may span countries")
	}
	if err := g.checkCountry(r, "country", e.Country); err != nil {
		return err
	}
	if e.Type == "landmark" && e.City == "" {
		return r.errf("city", "empty for a landmark")
	}
	return g.addEntry(r, e)
}

func (g *Gazetteer) addTitle(r row) error {
	t := &Title{Phrase: r.get("phrase"), Norm: r.get("title"), Class: Class(r.get("class"))}
	if t.Norm == "" {
		return r.errf("title", "empty")
	}
	if !slices.Contains(classes, t.Class) {
		return r.errf("class", "%q is not a title class", t.Class)
	}
	key := parley.Fold(t.Phrase)
	if g.titles[key] != nil {
		return r.errf("phrase", "duplicate phrase %q", t.Phrase)
	}
	if !g.building.titles.add(t.Phrase, ref{title: t}) {
		return r.errf("phrase", "%q has no letters", t.Phrase)
	}
	g.titles[key] = t
	g.Titles = append(g.Titles, t)
	return nil
}

// addPerson adds one office term; rows with the same name are one person.
func (g *Gazetteer) addPerson(r row) error {
	name := r.get("name")
	of := r.get("of")
	var ofEntry *Entry
	if iso3.MatchString(of) {
		ofEntry = g.byISO3[of]
	} else {
		ofEntry = g.byID[parley.EntityID(parley.Organization, of)]
	}
	if ofEntry == nil {
		return r.errf("of", "%q is neither a country code nor an organization name", of)
	}
	title := r.get("title")
	if title == "" {
		return r.errf("title", "empty")
	}
	from, _, err := dateBounds(r.get("from"))
	if err != nil {
		return r.errf("from", "%v", err)
	}
	var to string
	if r.get("to") != "" {
		var toFrom string
		if toFrom, to, err = dateBounds(r.get("to")); err != nil {
			return r.errf("to", "%v", err)
		}
		if toFrom < from {
			return r.errf("to", "%s is before from %s", r.get("to"), r.get("from"))
		}
	}
	role := parley.Role{Title: title, Of: ofEntry.ID(), From: from, To: to}

	e := g.byID[parley.EntityID(parley.Person, name)]
	if e == nil {
		e = &Entry{Name: name, Kind: parley.Person, Wikidata: r.get("wikidata")}
		if ofEntry.Kind == parley.Country {
			e.Country = ofEntry.Country
		}
		if err := g.addEntry(r, e); err != nil {
			return err
		}
	} else if w := r.get("wikidata"); w != "" && e.Wikidata != "" && w != e.Wikidata {
		return r.errf("wikidata", "%s differs from %s on an earlier row of %s", w, e.Wikidata, name)
	} else if w != "" {
		e.Wikidata = w
	}
	if e.Country == "" && ofEntry.Kind == parley.Country {
		e.Country = ofEntry.Country
	}
	if err := g.addNames(r, e, "aliases", r.list("aliases"), ByAlias, &e.Aliases); err != nil {
		return err
	}
	if err := g.addNames(r, e, "surnames", r.list("surnames"), BySurname, &e.Surnames); err != nil {
		return err
	}
	e.Roles = append(e.Roles, role)
	key := holderKey{g.normTitle(title), role.Of}
	g.holders[key] = append(g.holders[key], holding{entry: e, from: from, to: to})
	return nil
}

// addEntry indexes a new entry by id, name, aliases and (countries) demonyms.
func (g *Gazetteer) addEntry(r row, e *Entry) error {
	if w := e.Wikidata; w != "" && !qidPattern.MatchString(w) {
		return r.errf("wikidata", "%q is not a QID", w)
	}
	id := e.ID()
	if g.byID[id] != nil {
		return r.errf(columns[r.file][0], "duplicate %s %q", e.Kind, e.Name)
	}
	e.id = id
	g.byID[id] = e
	g.Entries = append(g.Entries, e)
	if err := g.addName(r, e, columns[r.file][0], e.Name, ByName); err != nil {
		return err
	}
	aliases := e.Aliases
	e.Aliases = nil
	if err := g.addNames(r, e, "aliases", aliases, ByAlias, &e.Aliases); err != nil {
		return err
	}
	for _, d := range e.Demonyms {
		if !g.building.names.add(d, ref{entry: e, kind: ByDemonym}) {
			return r.errf("demonyms", "%q has no letters", d)
		}
	}
	return nil
}

// addNames indexes names of e and appends the new ones to *list.
func (g *Gazetteer) addNames(r row, e *Entry, col string, names []string, kind AliasKind, list *[]string) error {
	for _, n := range names {
		if slices.Contains(*list, n) {
			continue
		}
		if err := g.addName(r, e, col, n, kind); err != nil {
			return err
		}
		*list = append(*list, n)
	}
	return nil
}

func (g *Gazetteer) addName(r row, e *Entry, col, name string, kind AliasKind) error {
	if !g.building.names.add(name, ref{entry: e, kind: kind}) {
		return r.errf(col, "%q has no letters", name)
	}
	key := parley.Fold(name)
	if !slices.Contains(g.byName[key], e) {
		g.byName[key] = append(g.byName[key], e)
	}
	return nil
}

func (g *Gazetteer) checkCountry(r row, col, code string) error {
	if code != "" && g.byISO3[code] == nil {
		return r.errf(col, "unknown country code %q", code)
	}
	return nil
}

// dateBounds returns the first and last day (YYYY-MM-DD) of a date written YYYY,
// YYYY-MM or YYYY-MM-DD.
func dateBounds(s string) (first, last string, err error) {
	switch len(s) {
	case len("2006"):
		t, err := time.Parse("2006", s)
		if err != nil {
			break
		}
		return t.Format(time.DateOnly), t.AddDate(1, 0, -1).Format(time.DateOnly), nil
	case len("2006-01"):
		t, err := time.Parse("2006-01", s)
		if err != nil {
			break
		}
		return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly), nil
	case len("2006-01-02"):
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			break
		}
		return s, s, nil
	}
	return "", "", fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}
