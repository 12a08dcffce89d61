package coref

import (
	"strconv"
	"strings"

	"github.com/parleyhq/parley/loaders/gazetteer"
)

// pick chooses among the gazetteer readings of one span; nil rejects a surname without
// support from context. A surname goes to the person named in full earlier who holds an
// office at publication, else to the one named in full most recently, else to the holder
// of an office at publication; a surname that is also a month ("May") needs a title or
// a full-name mention and must not stand where a date would.
func (d *doc) pick(ms []gazetteer.Match, titleAt []gazetteer.TitleMatch) *gazetteer.Match {
	var best *gazetteer.Match
	bestRank, bestSeen := 0, 0
	for i := range ms {
		m := &ms[i]
		if m.Alias != gazetteer.BySurname {
			if best == nil || best.Alias == gazetteer.BySurname {
				best, bestRank = m, surnameRanks
			}
			continue
		}
		rank, seen := d.surnameRank(m, titleAt[m.Start].Title != nil), d.seen[m.Entry.ID()]
		if rank > bestRank || rank == bestRank && rank > 0 && seen > bestSeen {
			best, bestRank, bestSeen = m, rank, seen
		}
	}
	return best
}

// surnameRanks is one more than the highest rank surnameRank returns.
const surnameRanks = 4

// surnameRank returns how well the context supports reading the surname match m as its
// person, from 0 (not at all) to surnameRanks-1. titled says a title stands before it.
func (d *doc) surnameRank(m *gazetteer.Match, titled bool) int {
	seen := d.seen[m.Entry.ID()] > 0
	if month := monthNames[d.words[m.Start]]; month && (!seen && !titled || dateContext(d.words, m.Start)) {
		return 0
	}
	office := d.inOffice(m.Entry)
	switch {
	case seen && office:
		return 3
	case seen:
		return 2
	case titled || office:
		return 1
	}
	return 0
}

// monthNames are the months that are also surnames.
var monthNames = map[string]bool{"May": true, "June": true, "April": true, "August": true, "March": true}

// dateContext reports whether the word at k stands where a month would: after a
// preposition of time or before a number ("by May", "May 3").
func dateContext(words []string, k int) bool {
	if k+1 < len(words) && words[k+1] != "" && words[k+1][0] >= '0' && words[k+1][0] <= '9' {
		return true
	}
	if k == 0 {
		return false
	}
	switch strings.ToLower(words[k-1]) {
	case "in", "by", "since", "until", "till", "of", "early", "late", "mid", "next", "last", "this", "from", "through", "to", "before", "after", "during":
		return true
	}
	return false
}

// inOffice reports whether the person held an office within a year of publication.
func (d *doc) inOffice(e *gazetteer.Entry) bool {
	if d.published == "" || len(e.Roles) == 0 {
		return len(e.Roles) == 0
	}
	y := d.published[:4]
	lo, hi := shiftYear(y, -1), shiftYear(y, 1)
	for _, r := range e.Roles {
		from, to := r.From, r.To
		if to == "" {
			to = "9999"
		}
		if from <= hi+"-12-31" && to >= lo {
			return true
		}
	}
	return false
}

// shiftYear returns the year y (YYYY) moved by d years, or y if it is not a number.
func shiftYear(y string, d int) string {
	n, err := strconv.Atoi(y)
	if err != nil {
		return y
	}
	return strconv.Itoa(n + d)
}
