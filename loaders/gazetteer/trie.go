package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// trie maps the folded letters of names to what they name, laid out by
// trieBuilder.pack for reading. Node 0 is the root.
//
// Children are found without hashing: the children of a node have consecutive ids,
// sorted by letter. Each node holds the letter leading to it, so that finding a child
// reads the children themselves, often a single one, which the next step reads again,
// rather than a separate array of letters as well. A node with more than linearKids children also has
// a table indexed by ASCII letter, so the wide nodes near the root answer in one read.
//
// Most words of a text start no name. Names start with a capital, which text must
// repeat: lowerStart lets longest reject a word starting with a lowercase ASCII letter
// without walking, unless some name may start with that letter in lowercase. The first
// word of a name must spell a path to a node where a name ends or breaks: starts, a
// filter of the hashes of those paths (see letterHash), rejects most other ASCII words
// in one read; words it lets through are walked.
type trie struct {
	nodes      []trieNode
	refs       []ref   // the refs of every node, node by node
	tables     []int32 // ASCII child tables of wide nodes, utf8.RuneSelf entries each
	lowerStart [utf8.RuneSelf]bool
	starts     []uint64 // bit set of the letter hashes of every word a name may start with
	startShift uint     // 32 minus log2 of the bits in starts
}

type trieNode struct {
	first, nkids int32 // children are nodes first .. first+nkids-1, by letter
	refs, nrefs  int32 // names that end here, strongest kind first: refs[refs:refs+nrefs]
	table        int32 // offset of the ASCII child table in tables, or noTable
	letter       rune  // the letter leading here
	brk          bool  // some name has a word break after the letters leading here
}

// noTable marks a node whose children are few enough to scan.
const noTable = -1

// linearKids is the number of children up to which a node's children are scanned in
// order; wider nodes get an ASCII table and bisect the rest.
const linearKids = 8

// child returns the child of node by letter c, or 0 when there is none.
func (t *trie) child(node int32, c rune) int32 {
	n := &t.nodes[node]
	if n.table != noTable && c < utf8.RuneSelf {
		return t.tables[n.table+c]
	}
	kids := t.nodes[n.first : n.first+n.nkids]
	if len(kids) <= linearKids {
		for k := range kids {
			if kids[k].letter == c {
				return n.first + int32(k)
			}
		}
		return 0
	}
	lo, hi := 0, len(kids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if kids[m].letter < c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(kids) && kids[lo].letter == c {
		return n.first + int32(lo)
	}
	return 0
}

// nodeRefs returns the refs of the names that end at node.
func (t *trie) nodeRefs(node int32) []ref {
	n := &t.nodes[node]
	return t.refs[n.refs : n.refs+n.nrefs : n.refs+n.nrefs]
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

// longest finds the longest span of tokens from start that spells a name that fits
// (see span.fits) and stores it in best. It reports whether there is one; if not, best
// is left unspecified.
// Starts, when not nil, caches the first-word hashes of tokens (see firstWords.mayStart).
func (t *trie) longest(tokens []string, start int, best *span, starts *firstWords) bool {
	if tok := tokens[start]; tok != "" && 'a' <= tok[0] && tok[0] <= 'z' && !t.lowerStart[tok[0]] {
		return false // the name would need a capital here
	}
	if !starts.mayStart(t, tokens, start) {
		return false // a span starts and ends at tokens with letters
	}
	found, nb := false, 0 // best.bounds[:nb] are the bounds of the tokens walked so far
	node, letters := int32(0), 0
	for j := start; j < len(tokens) && j-start < MaxMatchTokens; j++ {
		if j > start {
			if !hasLetter(tokens[j]) {
				continue
			}
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
		refs := t.nodeRefs(node)
		for _, r := range refs {
			if fits(r, best.bounds[:nb], tokens[start:j+1]) {
				found = true
				best.end, best.refs, best.nb = j+1, refs, nb
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

// mayStart reports whether tok may be the first word of a name: it has a letter (see
// hasLetter) and, if it is ASCII, the hash of its letters is in starts.
func (t *trie) mayStart(tok string) bool {
	h, n, ascii := startHash(tok)
	if !ascii {
		return hasLetter(tok)
	}
	return n > 0 && t.hasStart(h)
}

// startHash returns the letter hash of the ASCII word tok (see letterHash) and its number
// of letters, or ascii false, and no hash, when tok is not all ASCII.
func startHash(tok string) (h uint32, n int, ascii bool) {
	h = letterHashSeed
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c >= utf8.RuneSelf:
			return 0, 0, false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' && possessive(tok[i+1:]):
			i++ // skip the "s"
			continue
		default:
			continue
		}
		h = letterHash(h, rune(c))
		n++
	}
	return h, n, true
}

// hasStart reports whether the bit of letter hash h is set in starts.
func (t *trie) hasStart(h uint32) bool {
	k := (h * startMix) >> t.startShift
	return t.starts[k/64]&(1<<(k%64)) != 0
}

// letterHashSeed and letterHash hash a word letter by letter (FNV-1a); startMix spreads
// the hash before its top bits pick a bit of trie.starts.
const (
	letterHashSeed uint32 = 2166136261
	startMix       uint32 = 0x9e3779b1
)

func letterHash(h uint32, c rune) uint32 { return (h ^ uint32(c)) * 16777619 }

// caseOK reports whether the letters of tokens have capitals wherever upper says so.
func caseOK(tokens []string, upper []bool) bool {
	if upper == nil {
		return true
	}
	k := 0
	for _, tok := range tokens {
		if isASCII(tok) {
			var ok bool
			if k, ok = caseOKASCII(tok, upper, k); !ok {
				return false
			}
			continue
		}
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

// caseOKASCII is caseOK for one ASCII token whose letters start at letter k of upper.
// It returns the letter after them and false if one must be a capital and is not, or if
// upper is too short.
func caseOKASCII(tok string, upper []bool, k int) (int, bool) {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if k >= len(upper) || upper[k] {
				return k, false
			}
		case 'A' <= c && c <= 'Z':
			if k >= len(upper) {
				return k, false
			}
		case c == '\'' && possessive(tok[i+1:]):
			i++ // skip the "s"
			continue
		default:
			continue
		}
		k++
	}
	return k, true
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

// hasCapital reports whether s has a capital letter that scan would report.
func hasCapital(s string) bool {
	return !scan(s, func(_ rune, upper, _ bool) bool { return !upper })
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
