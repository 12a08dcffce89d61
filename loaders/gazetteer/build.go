package gazetteer

import (
	"slices"
	"unicode/utf8"
)

// trieBuilder collects the names of a trie before pack lays them out for reading.
// Node 0 is the root.
type trieBuilder struct {
	nodes      []buildNode
	lowerStart [utf8.RuneSelf]bool // some name may start with this letter in lowercase
}

// edge leads from a node to its child by one folded letter.
type edge struct {
	r     rune
	child int32
}

type buildNode struct {
	brk  bool   // some name has a word break after the letters leading here
	refs []ref  // names that end here, strongest kind first
	kids []edge // children sorted by letter
}

func newTrieBuilder() *trieBuilder {
	return &trieBuilder{nodes: make([]buildNode, 1)}
}

// addChild returns the child of node by letter c, creating it if needed.
func (b *trieBuilder) addChild(node int32, c rune) int32 {
	kids := b.nodes[node].kids
	at, found := slices.BinarySearchFunc(kids, c, func(e edge, c rune) int { return int(e.r - c) })
	if found {
		return kids[at].child
	}
	child := int32(len(b.nodes))
	b.nodes = append(b.nodes, buildNode{})
	n := &b.nodes[node]
	n.kids = slices.Insert(n.kids, at, edge{r: c, child: child})
	return child
}

// add stores r under the spelling name. It reports false if name has no letters.
func (b *trieBuilder) add(name string, r ref) bool {
	node, k, anyUpper := int32(0), 0, false
	var upper, breaks []bool
	var first rune
	scan(name, func(c rune, up, brk bool) bool {
		if brk && k > 0 {
			b.nodes[node].brk = true
		}
		node = b.addChild(node, c)
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
		b.lowerStart[first] = true
	}
	if anyUpper {
		r.upper = upper
	}
	r.breaks = breaks
	n := &b.nodes[node]
	for _, old := range n.refs {
		if old.entry == r.entry && old.title == r.title && old.kind <= r.kind &&
			slices.Equal(old.upper, r.upper) && slices.Equal(old.breaks, r.breaks) {
			return true
		}
	}
	at := len(n.refs)
	for at > 0 && n.refs[at-1].kind > r.kind {
		at--
	}
	n.refs = slices.Insert(n.refs, at, r)
	return true
}

// minStartBits is the log2 of the fewest bits of a trie's start filter, and
// startBitsPerWord the bits it has per start word at least: 16 keeps about one word in
// sixteen that starts no name passing the filter.
const (
	minStartBits     = 6
	startBitsPerWord = 16
)

// pack returns the names added so far laid out for reading: nodes renumbered breadth
// first, so that the children of a node are consecutive and their refs and flags sit
// in a few flat arrays.
func (b *trieBuilder) pack() *trie {
	t := &trie{
		nodes:      make([]trieNode, len(b.nodes)),
		lowerStart: b.lowerStart,
	}
	nstarts := 0
	for _, n := range b.nodes {
		if n.brk || len(n.refs) > 0 {
			nstarts++
		}
	}
	t.startShift = 32 - minStartBits
	for 1<<(32-t.startShift) < nstarts*startBitsPerWord {
		t.startShift--
	}
	t.starts = make([]uint64, (1<<(32-t.startShift))/64)
	nrefs := 0
	for _, n := range b.nodes {
		nrefs += len(n.refs)
	}
	t.refs = make([]ref, 0, nrefs)
	hashes := make([]uint32, len(b.nodes)) // hashes[new id]: letterHash of its path
	hashes[0] = letterHashSeed
	order := make([]int32, 1, len(b.nodes)) // order[new id] = builder id
	for id := 0; id < len(order); id++ {
		old := &b.nodes[order[id]]
		n := &t.nodes[id]
		n.first, n.nkids, n.brk = int32(len(order)), int32(len(old.kids)), old.brk
		n.refs, n.nrefs = int32(len(t.refs)), int32(len(old.refs))
		t.refs = append(t.refs, old.refs...)
		if old.brk || len(old.refs) > 0 {
			k := (hashes[id] * startMix) >> t.startShift
			t.starts[k/64] |= 1 << (k % 64)
		}
		n.table = noTable
		if len(old.kids) > linearKids {
			n.table = int32(len(t.tables))
			t.tables = append(t.tables, make([]int32, utf8.RuneSelf)...)
		}
		for k, e := range old.kids {
			child := n.first + int32(k)
			t.nodes[child].letter = e.r
			hashes[child] = letterHash(hashes[id], e.r)
			if n.table != noTable && e.r < utf8.RuneSelf {
				t.tables[n.table+e.r] = child
			}
			order = append(order, e.child)
		}
	}
	return t
}
