package events

import (
	"cmp"
	"iter"
	"slices"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/coref"
	"github.com/parleyhq/parley/loaders/text"
)

// location returns the place the clause [L, R) puts the event in: the place a relative
// "where" opening the clause refers to ("a trip to Kyiv, where he met"); else a place
// after "in", "at" or "to" ("in the southern city of Guangzhou"), after the trigger and
// before the next predicate first, else the nearest before it; "" if the clause names
// none.
func (x *extractor) location(a *sentence, L, R, t int) string {
	if p := x.relativePlace(a, L); p != "" {
		return p
	}
	var before, after, unknown string
	nextPredicate := func(k int) bool { return k > t && x.nextPredicate(a, k) }
	for k, m := range x.locatives(a, L, R, nextPredicate) {
		switch {
		case !m.Known:
			unknown = cmp.Or(unknown, m.Entity)
		case k > t && after == "":
			after = m.Entity
		case k < t:
			before = m.Entity
		}
	}
	return cmp.Or(after, cmp.Or(before, unknown))
}

// locatives yields each place named in tokens [lo, hi) as the object of a locative
// preposition (see isLocative), with the token its name ends on, in text order. It
// stops at the first token it reaches that stop, if not nil, reports true for.
func (x *extractor) locatives(a *sentence, lo, hi int, stop func(k int) bool) iter.Seq2[int, coref.Mention] {
	return func(yield func(int, coref.Mention) bool) {
		for k := lo; k < hi; k++ {
			if stop != nil && stop(k) {
				return
			}
			mi := a.mention[k]
			if mi < 0 || !x.isPlace(mi) {
				continue
			}
			m := x.d.Mentions[mi]
			k = m.Tok1 - 1
			if x.isLocative(a, m) && !yield(k, m) {
				return
			}
		}
	}
}

// relativePlace returns the place a "where" right before token L refers to, or "".
func (x *extractor) relativePlace(a *sentence, L int) string {
	k := L - 1
	if k < 1 || a.words[k] != "where" {
		return ""
	}
	k--
	if a.words[k] == "," {
		k--
	}
	if k >= 0 && a.mention[k] >= 0 && x.isPlace(a.mention[k]) {
		return x.d.Mentions[a.mention[k]].Entity
	}
	return ""
}

// nextPredicate reports whether token k opens another predicate: a trigger, or "and"
// before a verb ("met Zelensky and laid flowers in Bucha").
func (x *extractor) nextPredicate(a *sentence, k int) bool {
	if a.mention[k] >= 0 || a.prefix[k] >= 0 || a.timex[k] >= 0 {
		return false
	}
	if a.is(k, classTrigger) {
		// "exchanged a few words at an Asia-Pacific gathering in Da Nang": a noun after
		// its article names the setting, not another predicate.
		return !(indefinite[a.words[k-1]] || k >= 2 && indefinite[a.words[k-2]])
	}
	if a.words[k] != "and" || k+1 >= len(a.words) {
		return false
	}
	n := k + 1
	if a.mention[n] >= 0 || a.prefix[n] >= 0 || a.timex[n] >= 0 || !isLowerWord(a.s.Tokens[n].Text) {
		return false
	}
	return !nounPhraseStarts[a.words[n]]
}

// nounPhraseStarts may follow "and" inside a list of objects or places.
var nounPhraseStarts = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "other": true, "with": true, "in": true, "at": true, "on": true,
	"then": true, "later": true, "also": true, "several": true, "two": true, "three": true}

// weakLocation returns a place the sentence puts something in outside the event's own
// clause, known places first, or "".
func (x *extractor) weakLocation(a *sentence) string {
	unknown := ""
	for _, m := range x.locatives(a, 0, len(a.words), nil) {
		if m.Known {
			return m.Entity
		}
		unknown = cmp.Or(unknown, m.Entity)
	}
	return unknown
}

// MaxLocativeHead is how many words may stand between "in the" and the "of" before a
// place ("in the Turkish resort of Antalya").
const MaxLocativeHead = 4

// isLocative reports whether the place mention m is the object of "in", "at" or "to"
// ("in the southern city of Guangzhou" too) and not a possessor ("Moscow's forces").
func (x *extractor) isLocative(a *sentence, m coref.Mention) bool {
	if m.Demonym || m.Modifier || (m.Tok1 < len(a.words) && text.IsPossessive(a.words[m.Tok1])) {
		return false
	}
	j := m.Ext0 - 1
	for j >= 0 && a.words[j] == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	if a.words[j] == "of" {
		for i := j - 1; i >= 1 && i >= j-MaxLocativeHead; i-- {
			if a.words[i] == "the" && (a.words[i-1] == "in" || a.words[i-1] == "at" || a.words[i-1] == "on") {
				return true
			}
			if a.mention[i] >= 0 && !x.d.Mentions[a.mention[i]].Demonym {
				return false
			}
		}
		return false
	}
	if a.words[j] == "to" {
		// "flew to Kyiv", "went on from there to Kyiv"
		for i := j - 1; i >= 0 && i >= j-MaxPresenceGap && a.mention[i] < 0 && a.timex[i] < 0; i-- {
			if motionWords[a.words[i]] {
				return true
			}
		}
		return false
	}
	return a.words[j] == "in" || a.words[j] == "at"
}

// arrivalVerbs in a relative clause after a contact's partner tell the trip that
// brought the partner to it, so the trip's date is the contact's ("met X, who flew in on
// Saturday").
var arrivalVerbs = map[string]bool{"flew": true, "arrived": true, "came": true, "travelled": true,
	"traveled": true}

// motionWords before "to" make it give a destination: "a trip to Kyiv", "flew to Ankara".
var motionWords = map[string]bool{"trip": true, "visit": true, "visits": true, "travel": true,
	"travelled": true, "traveled": true, "travelling": true, "traveling": true, "flew": true,
	"fly": true, "went": true, "came": true, "come": true, "returned": true, "journey": true,
	"headed": true, "arrived": true, "moved": true, "back": true, "flying": true, "flies": true,
	"going": true, "goes": true, "heading": true, "travels": true, "returning": true}

// visitParticipants returns the visitors and the country visited.
func (x *extractor) visitParticipants(ids []string, loc string) []string {
	out := x.withoutPlaces(ids)
	if loc == "" {
		return out
	}
	if e := x.d.Entity(loc); e != nil && e.Kind == parley.Country {
		return dedupe(append(out, loc))
	}
	if c := x.d.CountryOf(loc); c != "" {
		return dedupe(append(out, c))
	}
	return out
}

// withoutPlaces drops places (not countries) from participants.
func (x *extractor) withoutPlaces(ids []string) []string {
	return slices.DeleteFunc(ids, func(id string) bool {
		e := x.d.Entity(id)
		return e == nil || e.Kind == parley.Place
	})
}

// unknownPlace reports whether id is a place (not a country) that the article names
// only in ways the gazetteer does not know.
func (x *extractor) unknownPlace(id string) bool {
	if e := x.d.Entity(id); e == nil || e.Kind != parley.Place {
		return false
	}
	for _, m := range x.d.Mentions {
		if m.Entity == id && m.Known {
			return false
		}
	}
	return true
}

// outside reports whether the sentence puts something "outside" or "near" the place
// city: a landmark there is not in the city itself.
func (x *extractor) outside(a *sentence, city string) bool {
	for k := 1; k < len(a.words); k++ {
		if mi := a.mention[k]; mi >= 0 && x.d.Mentions[mi].Entity == city && (a.words[k-1] == "outside" || a.words[k-1] == "near") {
			return true
		}
	}
	return false
}
