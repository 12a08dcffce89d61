package coref

import (
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/gazetteer"
	"github.com/parleyhq/parley/loaders/text"
)

// MaxTitleWords is the most words a title in a definite description may have.
const MaxTitleWords = 4

// nominals adds mentions for definite descriptions of people already named or known to
// hold the office: "the crown prince", "the Ukrainian president", "the Chinese leader".
func (d *doc) nominals(si int, s *text.Sentence, claimed []bool) {
	words := d.words
	for i := 0; i+1 < len(words); i++ {
		// No letter outside ASCII folds to t, h or e, so "the" in any case has 3 bytes.
		if len(words[i]) != len("the") || !strings.EqualFold(words[i], "the") {
			continue
		}
		j, of := i+1, ""
		if c := d.r.gaz.Demonym(words[j]); c != nil {
			of, j = c.ID(), j+1
		} else if c, n := d.seatOfGovernment(words, j); c != nil {
			of, j = c.ID(), j+n // "the Kremlin leader"
		} else if claimed[i+1] {
			continue
		}
		if of != "" && j < len(words) && leaderNouns[words[j]] && (j+1 == len(words) || !isTitleCase(words[j+1])) {
			// "the Russian leader": whoever the article named with an office of Russia.
			if id := d.officeHolderOf(of); id != "" {
				d.addNominal(si, s, i, j+1, id, "")
				i = j
			}
			continue
		}
		if of != "" && j < len(words) && heirNouns[words[j]] && (j+1 == len(words) || !isTitleCase(words[j+1])) {
			// "the Saudi heir": the crown prince of Saudi Arabia.
			if id := d.holder(heirTitle, of); id != "" {
				d.addNominal(si, s, i, j+1, id, heirTitle)
				i = j
			}
			continue
		}
		if j < len(words) && !d.r.gaz.MayStartTitle(words[j]) {
			continue // no title starts here (capitalising it below changes no letter)
		}
		best, bestEnd := "", 0
		for k := j + 1; k <= len(words) && k-j <= MaxTitleWords; k++ {
			if claimed[k-1] {
				break
			}
			if d.titled[k-1] == "" {
				d.titled[k-1] = d.titleCased(k - 1)
			}
			if t := d.r.gaz.Title(d.titled[j:k]...); t != nil {
				best, bestEnd = t.Norm, k
			}
		}
		if best == "" {
			continue
		}
		if bestEnd < len(words) && isTitleCase(words[bestEnd]) {
			continue // "the President Joe Biden": a name follows, handled as a title
		}
		if of == "" && bestEnd < len(words) && words[bestEnd] == "of" {
			if of = d.ofName(words, bestEnd+1); of == "" {
				continue // "the president of the bloc's commission": not whoever was last president
			}
		}
		id := d.holder(best, of)
		if id == "" {
			continue
		}
		d.addNominal(si, s, i, bestEnd, id, best)
		i = bestEnd - 1
	}
}

// seatOfGovernment returns the country whose seat of government, a landmark of one or
// two words, starts at token j and is followed by a leader noun ("the Kremlin leader"),
// and how many words it has; else nil.
func (d *doc) seatOfGovernment(words []string, j int) (*gazetteer.Entry, int) {
	for n := 1; n <= 2 && j+n < len(words); n++ {
		if !leaderNouns[words[j+n]] || !isTitleCase(words[j+n-1]) {
			continue
		}
		for _, e := range d.r.gaz.Lookup(strings.Join(words[j:j+n], " ")) {
			if e.Type == "landmark" && e.Country != "" {
				if c := d.r.gaz.Country(e.Country); c != nil {
					return c, n
				}
			}
		}
	}
	return nil, 0
}

// MaxOfWords is the most words the name of a country or organization after a title's
// "of" may have ("the president of the United Arab Emirates").
const MaxOfWords = 4

// ofName returns the id of the country or organization named from token j, past a
// "the" ("the president of the United Arab Emirates"), longest name first; else "".
func (d *doc) ofName(words []string, j int) string {
	if j < len(words) && strings.EqualFold(words[j], "the") {
		j++
	}
	for n := min(MaxOfWords, len(words)-j); n > 0; n-- {
		for _, e := range d.r.gaz.Lookup(strings.Join(words[j:j+n], " ")) {
			if e.Kind == parley.Country || e.Kind == parley.Organization {
				return e.ID()
			}
		}
	}
	return ""
}

// heirNouns name a country's heir to the throne without the office ("the Saudi heir").
var heirNouns = map[string]bool{"heir": true}

// heirTitle is the office an heir noun stands for.
const heirTitle = "Crown Prince"

// leaderNouns name whoever leads a country without naming the office.
var leaderNouns = map[string]bool{"leader": true, "strongman": true, "ruler": true}

// addNominal adds the description at tokens [i, end) of sentence si as a mention of
// person id with the title.
func (d *doc) addNominal(si int, s *text.Sentence, i, end int, id, title string) {
	toks := s.Tokens
	m := Mention{Sent: si, Tok0: i, Tok1: end, Ext0: i, Kind: parley.Person, Entity: id,
		Title: title, Nominal: true, Start: toks[i].Start, End: toks[end-1].End}
	m.Text = spanText(s, m.Start, m.End)
	d.res.Mentions = append(d.res.Mentions, m)
}

// headTitles are the offices whose holder a country's "leader" is.
var headTitles = []string{"President", "Prime Minister"}

// officeHolderOf returns the person most recently mentioned with a head's office of the
// country or organization of; else one the gazetteer knows as its president or prime
// minister at publication, though named with no country ("President Vladimir Putin");
// else the person most recently mentioned with any office of it; or "".
func (d *doc) officeHolderOf(of string) string {
	anyOffice := ""
	for i := len(d.res.Mentions) - 1; i >= 0; i-- {
		m := d.res.Mentions[i]
		if m.Kind != parley.Person {
			continue
		}
		for _, r := range d.res.byID[m.Entity].Roles {
			if r.Of != of {
				continue
			}
			if isHeadTitle(r.Title) {
				return m.Entity
			}
			if anyOffice == "" {
				anyOffice = m.Entity
			}
		}
	}
	if d.published != "" {
		for _, t := range headTitles {
			for _, h := range d.r.gaz.HolderOf(t, of, d.published) {
				if _, ok := d.res.byID[h.ID()]; ok {
					return h.ID()
				}
			}
		}
	}
	return anyOffice
}

// isHeadTitle reports whether title is one of headTitles.
func isHeadTitle(title string) bool {
	for _, t := range headTitles {
		if strings.EqualFold(t, title) {
			return true
		}
	}
	return false
}

// holder returns the person a description with the title (and country or organization
// id of, if not empty) refers to: the latest person mentioned with that role, else the
// gazetteer's holder of the office at publication.
func (d *doc) holder(title, of string) string {
	for i := len(d.res.Mentions) - 1; i >= 0; i-- {
		m := d.res.Mentions[i]
		if m.Kind != parley.Person || m.Nominal {
			continue
		}
		e := d.res.byID[m.Entity]
		for _, r := range e.Roles {
			if strings.EqualFold(r.Title, title) && (of == "" || r.Of == of) {
				return e.ID
			}
		}
	}
	if of == "" || d.published == "" {
		return ""
	}
	hs := d.r.gaz.HolderOf(title, of, d.published)
	if len(hs) != 1 {
		return ""
	}
	e := d.entity(hs[0].ID(), hs[0].Name, parley.Person)
	e.Wikidata = hs[0].Wikidata
	return e.ID
}

// titleCased returns word k of the sentence as titleCased(d.words[k]) does. The first
// call in a sentence capitalises every word that starts with an ASCII lower-case letter
// into one string, which those words then share.
func (d *doc) titleCased(k int) string {
	w := d.words[k]
	if w == "" || w[0] < 'a' || 'z' < w[0] || isFunctionWord(w) {
		return titleCased(w)
	}
	if d.capitals == "" {
		buf := d.capBuf[:0]
		for i, w := range d.words {
			d.capAt[i] = len(buf)
			if w != "" && 'a' <= w[0] && w[0] <= 'z' {
				buf = append(append(buf, w[0]-'a'+'A'), w[1:]...)
			}
		}
		d.capBuf, d.capitals = buf, string(buf)
	}
	return d.capitals[d.capAt[k] : d.capAt[k]+len(w)]
}

// titleCased returns w as a title would capitalise it: a function word as it is, any
// other word with its first byte upper-cased.
func titleCased(w string) string {
	switch {
	case w == "" || isFunctionWord(w) || 'A' <= w[0] && w[0] <= 'Z':
		return w
	case 'a' <= w[0] && w[0] <= 'z':
		return string(w[0]-'a'+'A') + w[1:]
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
