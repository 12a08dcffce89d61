package gazetteer

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// trie maps the folded letters of names to what they name. Node 0 is the root.
//
// Children are found without hashing: a node keeps its children in a slice sorted by
// letter and, once it has more than linearKids of them, also in a table indexed by
// ASCII letter, so the wide nodes near the root answer in one read.
//
// Most words of a text start no name, and most names start with a capital, which text
// must repeat: lowerStart lets longest reject a word starting with a lowercase ASCII
// letter without walking, unless some name may start with that letter in lowercase.
type trie struct {
	nodes      []trieNode
	lowerStart [utf8.RuneSelf]bool // some name may start with this letter in lowercase
}

// edge leads from a node to its child by one folded letter.
type edge struct {
	r     rune
	child int32
}

type trieNode struct {
	brk   bool                  // some name has a word break after the letters leading here
	refs  []ref                 // names that end here, strongest kind first
	kids  []edge                // children sorted by letter
	ascii *[utf8.RuneSelf]int32 // child by ASCII letter, 0 if none; nil while kids are few
}

// linearKids is the number of children up to which a node's children are scanned in
// order; wider nodes get an ASCII table and bisect the rest.
const linearKids = 8

// child returns the child of node by letter c, or 0 when there is none.
func (t *trie) child(node int32, c rune) int32 {
	n := &t.nodes[node]
	if n.ascii != nil && c < utf8.RuneSelf {
		return n.ascii[c]
	}
	kids := n.kids
	if len(kids) <= linearKids {
		for _, e := range kids {
			if e.r == c {
				return e.child
			}
		}
		return 0
	}
	lo, hi := 0, len(kids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if kids[m].r < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(kids) && kids[lo].r == c {
		return kids[lo].child
	}
	return 0
}

// addChild returns the child of node by letter c, creating it if needed.
func (t *trie) addChild(node int32, c rune) int32 {
	if n := t.child(node, c); n != 0 {
		return n
	}
	child := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{})
	n := &t.nodes[node]
	at := len(n.kids)
	for at > 0 && n.kids[at-1].r > c {
		at--
	}
	n.kids = slices.Insert(n.kids, at, edge{r: c, child: child})
	switch {
	case n.ascii != nil && c < utf8.RuneSelf:
		n.ascii[c] = child
	case n.ascii == nil && len(n.kids) > linearKids:
		n.ascii = new([utf8.RuneSelf]int32)
		for _, e := range n.kids {
			if e.r < utf8.RuneSelf {
				n.ascii[e.r] = e.child
			}
		}
	}
	return child
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
// stored at its last letter and the letter offsets where its tokens meet
// (bounds[:nb]).
type span struct {
	end    int
	refs   []ref
	bounds [MaxMatchTokens]int
	nb     int
}

// fits reports whether r may be read in tokens: its capitals are capitals there and
// every token boundary falls where r has a space or punctuation.
func (s *span) fits(r ref, tokens []string) bool {
	return fits(r, s.bounds[:s.nb], tokens)
}

// fits reports whether r may be read in tokens that meet at letter offsets bounds.
func fits(r ref, bounds []int, tokens []string) bool {
	for _, k := range bounds {
		if k >= len(r.breaks) || !r.breaks[k] {
			return false
		}
	}
	return caseOK(tokens, r.upper)
}

func newTrie() *trie {
	return &trie{nodes: make([]trieNode, 1)}
}

// add stores r under the spelling name. It reports false if name has no letters.
func (t *trie) add(name string, r ref) bool {
	node, k, anyUpper := int32(0), 0, false
	var upper, breaks []bool
	var first rune
	scan(name, func(c rune, up, brk bool) bool {
		if brk && k > 0 {
			t.nodes[node].brk = true
		}
		node = t.addChild(node, c)
		if k == 0 {
			first = c
		}
		upper = append(upper, up)
		breaks = append(breaks, brk && k > 0)
		anyUpper = anyUpper || up
		k++
		return true
	})
	if k == 0 {
		return false
	}
	if first < utf8.RuneSelf && !upper[0] {
		t.lowerStart[first] = true
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

// longest finds the longest span of tokens from start that spells a name that fits
// (see span.fits) and stores it in best. It reports whether there is one; if not, best
// is left unspecified.
func (t *trie) longest(tokens []string, start int, best *span) bool {
	if tok := tokens[start]; tok != "" && 'a' <= tok[0] && tok[0] <= 'z' && !t.lowerStart[tok[0]] {
		return false // the name would need a capital here
	}
	found, nb := false, 0 // best.bounds[:nb] are the bounds of the tokens walked so far
	node, letters := int32(0), 0
	for j := start; j < len(tokens) && j-start < MaxMatchTokens; j++ {
		if !hasLetter(tokens[j]) {
			if j == start {
				return false // a span starts and ends at tokens with letters
			}
			continue
		}
		if j > start {
			if !t.nodes[node].brk {
				break
			}
			best.bounds[nb] = letters
			nb++
		}
		var n int
		if node, n = t.walk(node, tokens[j]); node == 0 {
			break
		}
		letters += n
		for _, r := range t.nodes[node].refs {
			if fits(r, best.bounds[:nb], tokens[start:j+1]) {
				found = true
				best.end, best.refs, best.nb = j+1, t.nodes[node].refs, nb
				break
			}
		}
	}
	return found
}

// walk follows the folded letters of tok (see scan) down from node. It returns the node
// reached and the number of letters, or node 0 when the trie has no such path.
func (t *trie) walk(node int32, tok string) (int32, int) {
	if !isASCII(tok) {
		n := 0
		scan(tok, func(c rune, _, _ bool) bool {
			node = t.child(node, c)
			n++
			return node != 0
		})
		return node, n
	}
	n := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' && possessive(tok[i+1:]):
			i++ // skip the "s"
			continue
		default:
			continue
		}
		if node = t.child(node, rune(c)); node == 0 {
			return 0, n
		}
		n++
	}
	return node, n
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

// hasLetter reports whether s has a letter or digit that scan would report.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return !scan(s, func(rune, bool, bool) bool { return false })
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			return true
		case c == '\'' && possessive(s[i+1:]):
			i++ // skip the "s"
		}
	}
	return false
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
