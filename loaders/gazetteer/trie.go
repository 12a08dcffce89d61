package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// trie maps the folded letters of names to what they name. Node 0 is the root.
type trie struct {
	next  map[edge]int32
	nodes []trieNode
}

type edge struct {
	node int32
	r    rune
}

type trieNode struct {
	brk  bool  // some name has a word break after the letters leading here
	refs []ref // names that end here, strongest kind first
}

// ref is one name of an entry (or one title phrase).
type ref struct {
	entry  *Entry
	title  *Title
	kind   AliasKind
	upper  []bool // upper[k]: letter k must be a capital; nil when the name is all lowercase
	breaks []bool // breaks[k]: a space or punctuation comes before letter k
}

// span is the longest name found from a start token: tokens[start:end], the refs
// stored at its last letter and the letter offsets where its tokens meet.
type span struct {
	end    int
	refs   []ref
	bounds [MaxMatchTokens]int
	nb     int
}

// fits reports whether r may be read in tokens: its capitals are capitals there and
// every token boundary falls where r has a space or punctuation.
func (s *span) fits(r ref, tokens []string) bool {
	for _, k := range s.bounds[:s.nb] {
		if k >= len(r.breaks) || !r.breaks[k] {
			return false
		}
	}
	return caseOK(tokens, r.upper)
}

func newTrie() *trie {
	return &trie{next: make(map[edge]int32), nodes: make([]trieNode, 1)}
}

// add stores r under the spelling name. It reports false if name has no letters.
func (t *trie) add(name string, r ref) bool {
	node, k, anyUpper := int32(0), 0, false
	var upper, breaks []bool
	scan(name, func(c rune, up, brk bool) bool {
		if brk && k > 0 {
			t.nodes[node].brk = true
		}
		child, ok := t.next[edge{node, c}]
		if !ok {
			child = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{})
			t.next[edge{node, c}] = child
		}
		node = child
		upper = append(upper, up)
		breaks = append(breaks, brk && k > 0)
		anyUpper = anyUpper || up
		k++
		return true
	})
	if k == 0 {
		return false
	}
	if anyUpper {
		r.upper = upper
	}
	r.breaks = breaks
	n := &t.nodes[node]
	for _, old := range n.refs {
		if old.entry == r.entry && old.title == r.title && old.kind <= r.kind &&
			sameBools(old.upper, r.upper) && sameBools(old.breaks, r.breaks) {
			return true
		}
	}
	at := len(n.refs)
	for at > 0 && n.refs[at-1].kind > r.kind {
		at--
	}
	n.refs = append(n.refs, ref{})
	copy(n.refs[at+1:], n.refs[at:])
	n.refs[at] = r
	return true
}

func sameBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// longest returns the longest span of tokens from start that spells a name that fits
// (see span.fits); its end is 0 when there is none.
func (t *trie) longest(tokens []string, start int) span {
	var cur, best span
	node, letters := int32(0), 0
	for j := start; j < len(tokens) && j-start < MaxMatchTokens; j++ {
		if !hasLetter(tokens[j]) {
			if j == start {
				return best // a span starts and ends at tokens with letters
			}
			continue
		}
		if j > start {
			if !t.nodes[node].brk {
				break
			}
			cur.bounds[cur.nb] = letters
			cur.nb++
		}
		ok := scan(tokens[j], func(c rune, _, _ bool) bool {
			child, found := t.next[edge{node, c}]
			node = child
			letters++
			return found
		})
		if !ok {
			break
		}
		for _, r := range t.nodes[node].refs {
			if cur.fits(r, tokens[start:j+1]) {
				best = cur
				best.end, best.refs = j+1, t.nodes[node].refs
				break
			}
		}
	}
	return best
}

// caseOK reports whether the letters of tokens have capitals wherever upper says so.
func caseOK(tokens []string, upper []bool) bool {
	if upper == nil {
		return true
	}
	k := 0
	for _, tok := range tokens {
		ok := scan(tok, func(_ rune, up, _ bool) bool {
			if k >= len(upper) || (upper[k] && !up) {
				return false
			}
			k++
			return true
		})
		if !ok {
			return false
		}
	}
	return k == len(upper)
}

// caseFits reports whether text has capitals wherever name has them, letter by letter.
func caseFits(name, text string) bool {
	var upper []bool
	any := false
	scan(name, func(_ rune, up, _ bool) bool {
		upper = append(upper, up)
		any = any || up
		return true
	})
	if !any {
		return true
	}
	return caseOK([]string{text}, upper)
}

func hasLetter(s string) bool {
	return !scan(s, func(rune, bool, bool) bool { return false })
}

// scan calls fn for each letter or digit of s, lower-cased and stripped of diacritics
// (like parley.Fold), with whether it was a capital and whether a space or punctuation
// came before it. A possessive "'s" ending a word is skipped. Scan stops and returns
// false when fn returns false.
func scan(s string, fn func(r rune, upper, brk bool) bool) bool {
	if !isASCII(s) {
		s = norm.NFKD.String(s)
	}
	brk := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if !fn(r, false, brk) {
				return false
			}
			brk = false
		case 'A' <= r && r <= 'Z':
			if !fn(r+'a'-'A', true, brk) {
				return false
			}
			brk = false
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if !fn(unicode.ToLower(r), unicode.IsUpper(r), brk) {
				return false
			}
			brk = false
		case (r == '\'' || r == '’') && possessive(s[i:]):
			i++ // skip the "s"
			brk = true
		default:
			brk = true
		}
	}
	return true
}

// possessive reports whether rest, what follows an apostrophe, is "s" ending a word.
func possessive(rest string) bool {
	if rest == "" || (rest[0] != 's' && rest[0] != 'S') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
