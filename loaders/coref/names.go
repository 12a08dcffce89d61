package coref

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/gazetteer"
	"github.com/parleyhq/parley/loaders/text"
)

// candidate is a name found in a sentence before resolution.
type candidate struct {
	tok0, tok1 int
	kind       parley.Kind
	entry      *gazetteer.Entry // nil for a name the gazetteer does not know
	alias      gazetteer.AliasKind
}

// sentence adds the mentions of sentence si: gazetteer names and aliases first, then a
// title followed by a capitalised name, then the tagger's spans over what is left, then
// definite descriptions.
func (d *doc) sentence(si int, s *text.Sentence, spans []Span) {
	toks := s.Tokens
	d.words = d.words[:0]
	for _, t := range toks {
		d.words = append(d.words, t.Text)
	}
	words := d.words
	g := d.r.gaz
	// titleAt[k] is the title ending at token k, or covering token k-1; Title is nil if
	// there is none.
	titleAt := resize(d.titleAt, len(toks)+1)
	d.gazSent.Reset(words)
	for _, tm := range g.SentenceTitles(&d.gazSent) {
		for k := tm.Start + 1; k <= tm.End; k++ {
			titleAt[k] = tm
		}
	}
	d.titleAt = titleAt
	d.titled = resize(d.titled, len(toks))
	d.capitals, d.capAt = "", resize(d.capAt, len(toks))
	claimed := resize(d.claimed, len(toks))
	d.claimed = claimed
	cands := d.cands[:0]
	claim := func(c candidate) {
		for k := c.tok0; k < c.tok1; k++ {
			claimed[k] = true
		}
		cands = append(cands, c)
	}
	free := func(a, b int) bool {
		for k := a; k < b; k++ {
			if claimed[k] {
				return false
			}
		}
		return true
	}

	// 1. Gazetteer names and aliases, strongest reading of each span.
	matches := g.AppendSentenceMatches(d.matches[:0], &d.gazSent)
	d.matches = matches
	for i := 0; i < len(matches); {
		j := i
		for j < len(matches) && matches[j].Start == matches[i].Start {
			j++
		}
		m := d.pick(matches[i:j], titleAt)
		i = j
		if m == nil {
			continue
		}
		if m.Alias == gazetteer.ByDemonym {
			if m.End-m.Start == 1 || !isTitleCase(words[m.Start]) || m.Entry.Kind == parley.Country {
				claim(candidate{tok0: m.Start, tok1: m.End, kind: parley.Country, entry: m.Entry, alias: m.Alias})
			}
			continue
		}
		// A longer tagger span (e.g. "Jill Biden" around the surname "Biden") wins over a
		// surname or a shorter place/organization inside it ("Washington" in "Washington
		// Post"), but never over a person's full name ("Barack Obama and Vladimir Putin"
		// mistaken for one organization).
		if sp, ok := covering(spans, m.Start, m.End); ok && (sp.End-sp.Start) > (m.End-m.Start) &&
			(m.Alias == gazetteer.BySurname || sp.Kind != m.Entry.Kind && m.Entry.Kind != parley.Person) {
			continue
		}
		// A known surname followed by a prefixed family name is the given name of
		// someone else ("Mustafa" of "Mustafa al-Kadhimi"), left to the title or tagger.
		if m.Alias == gazetteer.BySurname && m.End < len(words) && prefixedName(words[m.End]) {
			continue
		}
		end := m.End
		if m.Entry.Kind == parley.Person && m.Alias != gazetteer.BySurname {
			end = nameTail(words, m.End, m.Entry.Name)
		}
		claim(candidate{tok0: m.Start, tok1: end, kind: m.Entry.Kind, entry: m.Entry, alias: m.Alias})
	}
	// 2. Title + capitalised name the gazetteer does not know: "Foreign Minister Qin Gang".
	// Titles are taken in text order, so the first claims a name two titles compete for.
	for end, tm := range titleAt {
		if tm.Title == nil || end != tm.End || end >= len(toks) || !free(end, end+1) {
			continue
		}
		if k := nameEnd(words, end); k > end && free(end, k) && !facilityNouns[words[k-1]] {
			claim(candidate{tok0: end, tok1: k, kind: parley.Person})
		}
	}
	// 2b. A capitalised name the gazetteer does not know, in apposition to a title:
	// "Zalmay Khalilzad, the U.S. special envoy who", "Camilla, the Queen Consort,".
	for end, tm := range titleAt {
		if tm.Title == nil || end != tm.End {
			continue
		}
		if i, k := appositiveName(words, tm.Start, end, claimed); k > i && (k-i >= 2 || hasSpan(spans, i, k)) {
			claim(candidate{tok0: i, tok1: k, kind: parley.Person})
		}
	}
	// 3. Tagger spans over unclaimed tokens; a span that is only a title is no name
	// ("the King", left to the descriptions below).
	for _, sp := range spans {
		if !free(sp.Start, sp.End) || sp.Start >= sp.End {
			continue
		}
		if tm := titleAt[sp.End]; tm.Title != nil && tm.End == sp.End && tm.Start <= sp.Start {
			continue
		}
		c := candidate{tok0: sp.Start, tok1: sp.End, kind: sp.Kind}
		if sp.Kind == parley.Person && sp.End-sp.Start == 1 && modifiesPeopleNoun(words, sp.End) {
			if _, named := d.short[parley.Fold(words[sp.Start])]; !named {
				continue // "Muslim, Christian and Yazidi representatives"
			}
		}
		if sp.Kind == parley.Person {
			c.tok1 = restOfName(words, sp.Start, sp.End, claimed)
		}
		if es := g.Lookup(joinTokens(toks[sp.Start:sp.End])); len(es) > 0 {
			c.entry, c.kind = es[0], es[0].Kind
		} else if _, ok := d.short[parley.Fold(words[sp.Start])]; ok && sp.End-sp.Start == 1 {
			c.kind = parley.Person // the short form of a person named before: "Baradar"
		} else if c.kind == parley.Person && c.tok1-c.tok0 >= 2 && facilityNouns[words[c.tok1-1]] {
			c.kind = parley.Place // "the Yasukuni Shrine" is no person
		} else if c.kind == parley.Person && c.tok1-c.tok0 == 1 && (facilityNouns[words[c.tok0]] || roomNouns[words[c.tok0]]) {
			c.kind = parley.Place // "in the gilded Spanish Hall": the demonym took the rest of the name
		} else if c.kind == parley.Person && c.tok1-c.tok0 >= 2 && programNouns[words[c.tok1-1]] {
			c.kind = parley.Organization // "China's Belt and Road Initiative" is no person
		}
		claim(c)
	}
	sortCands(cands)
	d.cands = cands
	for _, c := range cands {
		d.add(si, s, c, titleAt)
	}
	d.nominals(si, s, claimed)
}

// nameTail returns the token after the rest of the full name that follows a short form
// of it ending before token k: "Sheikh Abdullah bin Zayed" + "Al Nahyan" of "Abdullah
// bin Zayed Al Nahyan". Else k.
func nameTail(words []string, k int, name string) int {
	if k >= len(words) || k == 0 || !isTitleCase(words[k]) {
		return k
	}
	// The short form's last word must be a word of the name, the rest of the name
	// must follow it in the text.
	last := words[k-1]
	for i := 0; i+len(last) <= len(name); i++ {
		if !strings.HasPrefix(name[i:], last) || i > 0 && name[i-1] != ' ' || i+len(last) < len(name) && name[i+len(last)] != ' ' {
			continue
		}
		rest, j := name[i+len(last):], k
		for rest != "" && j < len(words) {
			rest = strings.TrimPrefix(rest, " ")
			if !strings.HasPrefix(rest, words[j]) || len(rest) > len(words[j]) && rest[len(words[j])] != ' ' {
				break
			}
			rest, j = rest[len(words[j]):], j+1
		}
		if rest == "" && j > k {
			return j
		}
	}
	return k
}

// restOfName returns the end of a person's name the tagger cut short: the tagged
// tokens [i, k) of two words or more, or one word before a prefixed family name, run on
// over capitalised words nobody claimed, up to the end of the name ("Min Aung" +
// "Hlaing", "Ri Sol" + "Ju", "Ali" + "al-Sistani"). Else k.
func restOfName(words []string, i, k int, claimed []bool) int {
	if k-i < 2 && !(k < len(words) && !claimed[k] && prefixedName(words[k])) {
		return k
	}
	j := k
	for j < len(words) && j-i < MaxNameTokens && !claimed[j] && isNameWord(words[j]) &&
		!text.IsPossessive(words[j]) {
		j++
	}
	if j < len(words) && (isTitleCase(words[j]) || claimed[j]) && j > k {
		return k // runs on into another name or a title: not one name
	}
	return j
}

// MaxAppositionGap is the most words between the comma after a name and the title in
// apposition to it ("the U.S." of "X, the U.S. special envoy").
const MaxAppositionGap = 3

// appositiveName returns the unclaimed capitalised name [i, k) that ends at a comma
// before the title [t0, t1) with at most MaxAppositionGap words between: "the", "a",
// "former" or a claimed country or body. The title must close the apposition (a comma,
// "who", "of", "to", "for" or the end of the sentence follows it), so that "In Kyiv,
// the president said" names nobody. Else i == k.
func appositiveName(words []string, t0, t1 int, claimed []bool) (int, int) {
	if t1 < len(words) {
		switch words[t1] {
		case ",", "who", "of", "to", "for", ".":
		default:
			return 0, 0
		}
	}
	p := t0 - 1
	for p >= 0 && t0-1-p <= MaxAppositionGap && words[p] != "," {
		switch w := words[p]; {
		case w == "the" || w == "a" || w == "former" || claimed[p] || text.IsPossessive(w):
		default:
			return 0, 0
		}
		p--
	}
	if p < 1 || words[p] != "," {
		return 0, 0
	}
	i := p
	for i > 0 && p-i < MaxNameTokens && !claimed[i-1] {
		w := words[i-1]
		if !(isTitleCase(w) && !isFunctionWord(w)) && !(nameParticles[w] && i < p) {
			break
		}
		i--
	}
	for i < p && nameParticles[words[i]] {
		i++
	}
	if i > 0 && (claimed[i-1] || isTitleCase(words[i-1]) && !isFunctionWord(words[i-1])) {
		return 0, 0 // the name runs on into a claimed one or past MaxNameTokens
	}
	return i, p
}

// hasSpan reports whether the tagger found a name at exactly tokens [a, b).
func hasSpan(spans []Span, a, b int) bool {
	for _, sp := range spans {
		if sp.Start == a && sp.End == b {
			return true
		}
	}
	return false
}

// sortCands sorts candidates by their first token.
func sortCands(cs []candidate) {
	slices.SortFunc(cs, func(a, b candidate) int { return a.tok0 - b.tok0 })
}

// covering returns the tagger span that contains tokens [a, b).
func covering(spans []Span, a, b int) (Span, bool) {
	for _, sp := range spans {
		if sp.Start <= a && b <= sp.End {
			return sp, true
		}
	}
	return Span{}, false
}

// facilityNouns end the names of buildings and sites, never of people: a tagger span
// read as a person that ends in one is a place ("Yasukuni Shrine", "Ajodhya Temple").
var facilityNouns = map[string]bool{"Shrine": true, "Temple": true, "Mosque": true, "Cathedral": true,
	"Basilica": true, "Monastery": true, "Palace": true, "Airport": true, "Stadium": true,
	"Museum": true, "Memorial": true, "Mausoleum": true, "Embassy": true, "Square": true}

// roomNouns are halls and buildings that, alone after a demonym or a modifier the tagger
// left out ("the Spanish Hall"), are no person; with a given name before them they may be
// a surname ("Stuart Hall"), so they count only alone.
var roomNouns = map[string]bool{"Hall": true, "Castle": true, "Tower": true, "Gate": true}

// programNouns end the names of plans, programmes, treaties and forums, never of people:
// "Belt and Road Initiative", "Marshall Plan".
var programNouns = map[string]bool{"Initiative": true, "Programme": true, "Program": true,
	"Plan": true, "Project": true, "Fund": true, "Doctrine": true, "Treaty": true, "Accord": true,
	"Accords": true, "Agreement": true, "Forum": true, "Declaration": true, "Charter": true,
	"Convention": true}

// nameParticles may appear lowercase inside a person's name.
var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "al": true, "el": true,
	"de": true, "da": true, "dos": true, "das": true, "do": true, "van": true, "von": true, "der": true,
	"den": true, "la": true, "le": true, "du": true, "di": true, "del": true, "y": true}

// MaxNameTokens is the most tokens an unknown name after a title may have.
const MaxNameTokens = 6

// nameEnd returns the end of a capitalised name starting at token i, or i if none.
func nameEnd(words []string, i int) int {
	j := i
	for j < len(words) && j-i < MaxNameTokens {
		w := words[j]
		switch {
		case isTitleCase(w) && !isFunctionWord(w):
		case prefixedName(w) && j > i: // "Mustafa al-Kadhimi"
		case nameParticles[w] && j > i && j+1 < len(words) && isTitleCase(words[j+1]):
		case len(w) == 2 && w[1] == '.' && unicode.IsUpper(rune(w[0])) && j > i: // initial "J."
		default:
			return trimParticles(words, i, j)
		}
		j++
	}
	return trimParticles(words, i, j)
}

// trimParticles returns j moved back past name particles that end the name [i, j).
func trimParticles(words []string, i, j int) int {
	for j > i && nameParticles[words[j-1]] {
		j--
	}
	return j
}
