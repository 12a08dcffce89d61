package ner

import "github.com/parleyhq/parley"

// label is a BILOU tag: outside, or a position (begin, inside, last, unit) times an
// entity type.
type label uint8

// Positions of a token in a mention.
const (
	begin = iota
	inside
	last
	unit
	numPositions
)

// entityType is a CoNLL-2003 entity type. MISC is learnt, so the tagger tells it apart
// from the others, but never returned.
type entityType uint8

const (
	per entityType = iota
	org
	loc
	misc
	numTypes
)

var entityTypes = map[string]entityType{"PER": per, "ORG": org, "LOC": loc, "MISC": misc}

// kinds maps entity types to Parley kinds; MISC maps to "".
var kinds = [numTypes]parley.Kind{per: parley.Person, org: parley.Organization, loc: parley.Place}

const (
	outside   label = 0
	numLabels       = 1 + numPositions*int(numTypes)
	// startLabel stands for the tags before the first token in features.
	startLabel = label(numLabels)
)

func makeLabel(pos int, typ entityType) label {
	return label(1 + int(typ)*numPositions + pos)
}

func (l label) position() int          { return (int(l) - 1) % numPositions }
func (l label) entityType() entityType { return entityType((int(l) - 1) / numPositions) }

// successors[prev] lists in order the labels that may follow prev (startLabel included).
var successors = func() (t [numLabels + 1][]label) {
	for prev := range label(numLabels + 1) {
		for l := range label(numLabels) {
			if allowed(prev, l) {
				t[prev] = append(t[prev], l)
			}
		}
	}
	return t
}()

// allowed reports whether l may follow prev in a BILOU sequence.
func allowed(prev, l label) bool {
	open := prev != outside && prev != startLabel && (prev.position() == begin || prev.position() == inside)
	if open {
		return l != outside && (l.position() == inside || l.position() == last) && l.entityType() == prev.entityType()
	}
	return l == outside || l.position() == begin || l.position() == unit
}

// Span is a mention found by Tag: tokens [Start,End) of the tagged sentence.
type Span struct {
	Start, End int
	Kind       parley.Kind
}

// appendSpans appends the person, organization and place spans of a BILOU label
// sequence to out. An unfinished mention at the end of the sentence is closed there.
func appendSpans(out []Span, labels []label) []Span {
	start := -1
	for i, l := range labels {
		if l == outside {
			start = -1
			continue
		}
		if start < 0 || l.position() == begin || l.position() == unit {
			start = i
		}
		if l.position() == last || l.position() == unit || i == len(labels)-1 {
			if k := kinds[l.entityType()]; k != "" {
				out = append(out, Span{Start: start, End: i + 1, Kind: k})
			}
			start = -1
		}
	}
	return out
}
