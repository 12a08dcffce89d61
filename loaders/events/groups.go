package events

import (
	"slices"
	"strings"

	"github.com/parleyhq/parley"
	"github.com/parleyhq/parley/loaders/text"
)

// Groups stand for the people who lead them: "the leaders of Japan and South Korea" are
// the persons the article names with a leader's role of those countries, "Russian and
// Ukrainian negotiators" the heads of the two delegations when the article says who led
// them ("The Russian delegation was led by X", "X headed Russia's team").

// delegationNouns name a country's team at talks.
var delegationNouns = map[string]bool{"delegation": true, "delegations": true, "team": true,
	"teams": true, "side": true, "sides": true, "negotiators": true, "negotiator": true,
	"envoys": true, "officials": true, "representatives": true, "diplomats": true}

// leadVerbs say who heads a delegation.
var leadVerbs = map[string]bool{"led": true, "headed": true, "leads": true, "heads": true,
	"leading": true, "heading": true}

// leaderNouns make a group of countries stand for their leaders.
var leaderNouns = map[string]bool{"leaders": true, "leader": true, "heads": true, "presidents": true}

// leaderTitles are the roles of a country's leader, as the gazetteer normalises them.
var leaderTitles = map[string]bool{"president": true, "prime minister": true, "chancellor": true,
	"premier": true, "king": true, "queen": true, "emir": true, "crown prince": true, "leader": true,
	"supreme leader": true, "sultan": true, "president-elect": true}

// MaxDelegationGap is how many tokens may stand between a delegation noun and the verb
// or "by" that names its head ("the Russian side was led by").
const MaxDelegationGap = 3

// findHeads returns the heads of delegations the article names, by country id.
func (x *extractor) findHeads() map[string]string {
	heads := map[string]string{}
	for si := range x.sents {
		a := &x.sents[si]
		for k := 1; k < len(a.words); k++ {
			if !a.is(k, classDelegationNoun) {
				continue
			}
			country := x.countryBefore(a, k)
			if country == "" || heads[country] != "" {
				continue
			}
			if p := x.headAfter(a, k+1); p != "" {
				heads[country] = p
			} else if p := x.headBefore(a, k); p != "" {
				heads[country] = p
			}
		}
	}
	return heads
}

// countryBefore returns the country of the demonym or possessive country right before
// the noun at k ("the Russian delegation", "Russia's team"), or "".
func (x *extractor) countryBefore(a *sentence, k int) string {
	j := k - 1
	if j >= 0 && text.IsPossessive(a.words[j]) {
		j--
	}
	if j < 0 || a.mention[j] < 0 {
		return ""
	}
	m := x.d.Mentions[a.mention[j]]
	if m.Kind != parley.Country {
		return ""
	}
	return m.Entity
}

// headAfter returns the person named by "was led by X", ", headed by X" or a gapped "by
// X" within MaxDelegationGap tokens from k, or "".
func (x *extractor) headAfter(a *sentence, k int) string {
	for j := k; j < len(a.words) && j-k <= MaxDelegationGap; j++ {
		if a.words[j] != "by" {
			if a.mention[j] >= 0 || isBreak(a, j) {
				return ""
			}
			continue
		}
		if j > k && !a.is(j-1, classLeadVerb) {
			return ""
		}
		return x.personAt(a, j+1)
	}
	return ""
}

// headBefore returns the person of "X led the Russian delegation" or "X, who heads
// Russia's team", or "".
func (x *extractor) headBefore(a *sentence, k int) string {
	j := k - 1
	for j >= 0 && (a.mention[j] >= 0 || text.IsPossessive(a.words[j])) {
		j--
	}
	for j >= 0 && (a.words[j] == "the" || a.words[j] == "his" || a.words[j] == "her") {
		j--
	}
	if j < 0 || !a.is(j, classLeadVerb) {
		return ""
	}
	j--
	for j >= 0 && a.is(j, classSkipBack) {
		j--
	}
	if j >= 0 && a.words[j] == "who" {
		j--
		if j >= 0 && a.words[j] == "," {
			j--
		}
	}
	if j >= 0 && a.mention[j] >= 0 && x.isPerson(a.mention[j]) {
		return x.d.Mentions[a.mention[j]].Entity
	}
	return ""
}

// demonymGroup returns the countries and their delegation heads of a group noun at k
// qualified by coordinated demonyms ("Russian and Ukrainian negotiators"), and the first
// token of the group; nil if there is none.
func (x *extractor) demonymGroup(a *sentence, k int) ([]string, int) {
	if !a.is(k, classDelegationNoun|classLeaderNoun) {
		return nil, k
	}
	var ids []string
	j := k - 1
	for j >= 0 {
		switch {
		case a.mention[j] >= 0:
			m := x.d.Mentions[a.mention[j]]
			if !m.Demonym || m.Kind != parley.Country {
				return nil, k
			}
			ids = append(ids, m.Entity)
			j = m.Tok0 - 1
			continue
		case (a.words[j] == "and" || a.words[j] == ",") && len(ids) > 0:
		default:
			if len(ids) < 2 {
				return nil, k
			}
			slices.Reverse(ids)
			return x.withHeads(ids, a.words[k]), j + 1
		}
		j--
	}
	if len(ids) < 2 {
		return nil, k
	}
	slices.Reverse(ids)
	return x.withHeads(ids, a.words[k]), 0
}

// withHeads returns the countries with the people who stand for each of them in a group
// named by noun: its leader for "leaders", else its delegation's head.
func (x *extractor) withHeads(countries []string, noun string) []string {
	out := slices.Clone(countries)
	for _, c := range countries {
		if p := x.standFor(c, noun); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// standFor returns the person who stands for country c in a group named by noun, or "".
func (x *extractor) standFor(c, noun string) string {
	if leaderNouns[noun] {
		return x.leaderOf(c)
	}
	return x.heads[c]
}

// leaderOf returns the first person the article names with a leader's role of country
// c, or "".
func (x *extractor) leaderOf(c string) string {
	for _, m := range x.d.Mentions {
		if m.Kind != parley.Person || m.Entity == "" {
			continue
		}
		e := x.d.Entity(m.Entity)
		if e == nil {
			continue
		}
		for _, r := range e.Roles {
			if r.Of == c && leaderTitles[strings.ToLower(r.Title)] {
				return e.ID
			}
		}
	}
	return ""
}
