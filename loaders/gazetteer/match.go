package gazetteer

// AliasKind says which kind of name a match was found by. Lower values are stronger.
type AliasKind int

// Alias kinds, strongest first.
const (
	ByName    AliasKind = iota // the canonical name
	ByAlias                    // another full name, acronym or spelling
	ByDemonym                  // a country's demonym or adjective: "French"
	BySurname                  // a person's short name: use only when context supports it
)

var aliasKindNames = [...]string{"name", "alias", "demonym", "surname"}

// String returns "name", "alias", "demonym" or "surname".
func (k AliasKind) String() string {
	if k < 0 || int(k) >= len(aliasKindNames) {
		return "unknown"
	}
	return aliasKindNames[k]
}

// MaxMatchTokens is the most tokens one match may span, punctuation tokens included.
const MaxMatchTokens = 16

// Match is a known name found in tokens[Start:End].
type Match struct {
	Start, End int
	Entry      *Entry
	Alias      AliasKind
}

// Match returns the known names in tokens (the texts of a sentence's tokens), found
// left to right, longest first, not overlapping. A span that names several entries
// ("Singapore", the country and the city) yields one Match per entry, strongest alias
// kind first, then in table order (countries, organizations, places, people).
//
// A name matches whole tokens whose letters, folded like parley.Fold, spell it; token
// boundaries may fall only where the name has a space or punctuation ("Al-Jazeera" and
// "Al Jazeera" both match; "I ran" does not match "Iran"), punctuation-only tokens
// inside a name are skipped ("U . S ."), and a trailing possessive "'s" is ignored
// ("Xi's"). Capitals in the table's spelling must be capitals in the text; an
// all-lowercase spelling matches any case.
func (g *Gazetteer) Match(tokens []string) []Match {
	return g.AppendMatches(nil, tokens)
}

// AppendMatches appends the matches in tokens to dst and returns it, like Match but
// without allocating when dst has room.
func (g *Gazetteer) AppendMatches(dst []Match, tokens []string) []Match {
	return g.appendMatches(dst, tokens, nil)
}

// appendMatches is AppendMatches with the first-word hashes of tokens cached in starts,
// when it is not nil.
func (g *Gazetteer) appendMatches(dst []Match, tokens []string, starts *firstWords) []Match {
	var s span
	for i := 0; i < len(tokens); {
		if !g.names.longest(tokens, i, &s, starts) {
			i++
			continue
		}
		first := len(dst)
		for _, r := range s.refs {
			if !s.fits(r, tokens[i:s.end]) || seen(dst[first:], r.entry) {
				continue
			}
			dst = append(dst, Match{Start: i, End: s.end, Entry: r.entry, Alias: r.kind})
		}
		i = s.end
	}
	return dst
}

func seen(ms []Match, e *Entry) bool {
	for _, m := range ms {
		if m.Entry == e {
			return true
		}
	}
	return false
}
