// Package gazetteer loads Parley's tables of known countries, places, organizations,
// people and titles (data/gazetteer/*.tsv) and finds their names in tokenized text.
//
// Names are matched on their letters, folded like parley.Fold, with the capitalisation
// the table gives them: an alias that has capitals ("US", "Chad", "Kyiv") matches only
// text with capitals at the same letters ("us" and "chad" do not match), while an
// all-lowercase alias ("president") matches any case. See Match.
package gazetteer

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/data"
)

// Entry is one known entity: a country, place, organization or person.
type Entry struct {
	Name     string        // canonical name as English news writes it
	Kind     parley.Kind   // country, place, organization or person
	Type     string        // finer class: "city", "landmark", "intergovernmental", ...
	Aliases  []string      // other full names, acronyms and spellings
	Surnames []string      // people only: short names safe only when context supports them
	Demonyms []string      // countries only: "French", "U.S."
	Wikidata string        // QID, empty if unknown
	Country  string        // ISO 3166 alpha-3: the country itself, a place's or body's country, a person's (first) country
	ISO2     string        // countries only
	Capital  string        // countries only
	City     string        // landmarks only: the city they are in
	Roles    []parley.Role // people only: offices held, Of as an entity id

	id string // parley.EntityID(Kind, Name), set when the gazetteer indexes the entry
}

// ID returns the entry's entity id, parley.EntityID(e.Kind, e.Name). For entries of a
// parsed gazetteer it is computed once, when the entry is indexed.
func (e *Entry) ID() string {
	if e.id != "" {
		return e.id
	}
	return parley.EntityID(e.Kind, e.Name)
}

// Gazetteer is the parsed set of tables. It is safe for concurrent use once built.
type Gazetteer struct {
	Entries []*Entry // countries, organizations, places, people: in table order
	Titles  []*Title

	byName       map[string][]*Entry // parley.Fold of name, alias or surname
	byID         map[string]*Entry
	byISO3       map[string]*Entry
	demonyms     map[string]*Entry // parley.Fold of demonym
	lowerDemonym bool              // some demonym has no capital: a word without one may be a demonym
	titles       map[string]*Title // parley.Fold of title phrase
	holders      map[holderKey][]holding
	names        *trie // names, aliases, surnames and demonyms
	titleTrie    *trie
	building     *builders // the tries while Parse fills them; nil after
}

// builders are the tries of a gazetteer being parsed.
type builders struct{ names, titles *trieBuilder }

type holderKey struct{ title, of string } // normalised title, entity id

type holding struct {
	entry    *Entry
	from, to string // YYYY-MM-DD; to "" is open
}

// Load returns the gazetteer built from the tables embedded in package data, or an
// error naming the file, line and column of the first bad field.
func Load() (*Gazetteer, error) {
	sub, err := fs.Sub(data.Gazetteer, "gazetteer")
	if err != nil {
		return nil, fmt.Errorf("open embedded gazetteer: %w", err)
	}
	return Parse(sub)
}

// Lookup returns the entries that have name as canonical name, alias or (people)
// surname, compared through parley.Fold and ignoring capitalisation; nil if none.
func (g *Gazetteer) Lookup(name string) []*Entry {
	var key [keyBytes]byte
	return g.byName[string(appendFold(key[:0], name))]
}

// ByID returns the entry with the entity id, or nil.
func (g *Gazetteer) ByID(id string) *Entry { return g.byID[id] }

// Country returns the country with the ISO 3166 alpha-3 code, or nil.
func (g *Gazetteer) Country(iso3 string) *Entry { return g.byISO3[strings.ToUpper(iso3)] }

// Demonym returns the country whose demonym or adjective word is ("French" → France,
// "U.S." → United States), or nil. Capitalisation matters: "french" is not "French".
func (g *Gazetteer) Demonym(word string) *Entry {
	if !g.lowerDemonym && isLowerASCII(word) {
		return nil // every demonym has a capital the word would need
	}
	var key [keyBytes]byte
	e := g.demonyms[string(appendFold(key[:0], word))]
	if e == nil {
		return nil
	}
	for _, d := range e.Demonyms {
		if parley.Fold(d) == parley.Fold(word) && caseFits(d, word) {
			return e
		}
	}
	return nil
}

// HolderOf returns the people who held title of the entity on date, newest term first.
// Title is normalised through the title lexicon ("Premier" and "Prime Minister" are one
// office; so are "Secretary of State" and "Foreign Minister"). Of is an ISO alpha-3 code,
// an entity id or a name; date is YYYY, YYYY-MM or YYYY-MM-DD and matches every term
// that overlaps it. It returns nil when nothing matches or the date is malformed.
func (g *Gazetteer) HolderOf(title, of, date string) []*Entry {
	ofID := g.resolveOf(of)
	if ofID == "" {
		return nil
	}
	from, to, err := dateBounds(date)
	if err != nil {
		return nil
	}
	var out []*Entry
	for _, h := range g.holders[holderKey{g.normTitle(title), ofID}] {
		if h.from <= to && (h.to == "" || h.to >= from) {
			out = append(out, h.entry)
		}
	}
	return out
}

// resolveOf returns the entity id named by of: an id, an ISO alpha-3 code or a name.
func (g *Gazetteer) resolveOf(of string) string {
	if g.byID[of] != nil {
		return of
	}
	if e := g.byISO3[of]; e != nil {
		return e.ID()
	}
	for _, e := range g.byName[parley.Fold(of)] {
		if e.Kind == parley.Country || e.Kind == parley.Organization {
			return e.ID()
		}
	}
	return ""
}

// normTitle returns the normalised form of a title phrase, or the phrase folded if the
// lexicon lacks it.
func (g *Gazetteer) normTitle(title string) string {
	if t := g.titles[parley.Fold(title)]; t != nil {
		return parley.Fold(t.Norm)
	}
	return parley.Fold(title)
}

// isLowerASCII reports whether s is all ASCII without a capital letter.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
