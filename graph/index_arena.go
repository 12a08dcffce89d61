package graph

import (
	"encoding/binary"
	"hash/maphash"
	"unsafe"
)

// The index keeps its records in slices of pointer-free structs that refer to each
// other by position, its strings in one byte arena and its lists in one int32 arena,
// so the collector has a few dozen objects to mark instead of millions.

// arenaChunkShift sets the elements per arena chunk (1<<arenaChunkShift); a larger
// allocation gets chunks of its own.
const arenaChunkShift = 20

// An arena hands out runs of elements that stay where they are: it only grows, in
// chunks, and never moves or frees what it has handed out.
type arena[T any] struct {
	chunks [][]T // chunk i holds offsets [i<<arenaChunkShift, (i+1)<<arenaChunkShift); nil after a big chunk
	next   uint64
}

// alloc returns the offset of n new zeroed elements and the elements.
func (a *arena[T]) alloc(n int) (uint64, []T) {
	const size = 1 << arenaChunkShift
	if n == 0 {
		return 0, nil
	}
	if in := a.next & (size - 1); in != 0 && in+uint64(n) > size {
		a.next += size - in // start a new chunk
	}
	c, in := a.next>>arenaChunkShift, a.next&(size-1)
	if n > size {
		k := (uint64(n) + size - 1) / size
		for uint64(len(a.chunks)) < c+k {
			a.chunks = append(a.chunks, nil)
		}
		a.chunks[c] = make([]T, n)
		a.next += k * size
		return c << arenaChunkShift, a.chunks[c]
	}
	if uint64(len(a.chunks)) <= c {
		a.chunks = append(a.chunks, make([]T, size))
	}
	a.next += uint64(n)
	return a.next - uint64(n), a.chunks[c][in : in+uint64(n) : in+uint64(n)]
}

// at returns the n elements at offset off.
func (a *arena[T]) at(off uint64, n int) []T {
	if n == 0 {
		return nil
	}
	in := off & (1<<arenaChunkShift - 1)
	return a.chunks[off>>arenaChunkShift][in : in+uint64(n) : in+uint64(n)]
}

// A str is a string held in the index's byte arena: its offset and length, or, for a
// string of strLong bytes or more, the offset of its 8-byte length and bytes.
type str uint64

const (
	strLenBits = 24
	strLong    = 1<<strLenBits - 1 // the length field of a long string
)

// strs is the byte arena of an index.
type strs struct{ arena[byte] }

// put copies s into the arena and returns its str.
func (a *strs) put(s string) str {
	if len(s) < strLong {
		off, b := a.alloc(len(s))
		copy(b, s)
		return str(off<<strLenBits | uint64(len(s)))
	}
	off, b := a.alloc(8 + len(s))
	binary.LittleEndian.PutUint64(b, uint64(len(s)))
	copy(b[8:], s)
	return str(off<<strLenBits | strLong)
}

// get returns the string s holds; it shares the arena's memory, which never changes.
func (a *strs) get(s str) string {
	off, n := uint64(s)>>strLenBits, int(s&strLong)
	if n == 0 {
		return ""
	}
	if n == strLong {
		n = int(binary.LittleEndian.Uint64(a.at(off, 8)))
		off += 8
	}
	return unsafe.String(&a.at(off, n)[0], n)
}

// suffix returns the str of s from byte i on.
func (a *strs) suffix(s str, i int) str {
	if n := int(s & strLong); n != strLong {
		return str((uint64(s)>>strLenBits+uint64(i))<<strLenBits | uint64(n-i))
	}
	return a.put(a.get(s)[i:])
}

// A list is a run of elements in one of the index's list arenas that grows by moving
// to a run twice its size; the run it leaves is not reused.
type list struct {
	off    uint64
	n, cap uint32
}

// lists is an arena of lists.
type lists[T any] struct{ arena[T] }

// all returns the elements of l; they change with the next write to l.
func (a *lists[T]) all(l list) []T { return a.at(l.off, int(l.n)) }

// insert puts v at position i of l.
func (a *lists[T]) insert(l *list, i int, v T) {
	if l.n == l.cap {
		c := max(2, 2*l.cap)
		off, b := a.alloc(int(c))
		copy(b, a.all(*l))
		l.off, l.cap = off, c
	}
	b := a.at(l.off, int(l.n)+1)
	copy(b[i+1:], b[i:])
	b[i] = v
	l.n++
}

// add appends v to l.
func (a *lists[T]) add(l *list, v T) { a.insert(l, int(l.n), v) }

// A table maps strings in the byte arena to non-negative int32s, without pointers.
type table struct {
	slots []tableSlot // a power of two of them, at most 3/4 used
	used  int
}

type tableSlot struct {
	key  str
	hash uint32
	val  int32 // the value plus one; 0: empty
}

// tableMinSlots is the size of a table's first allocation.
const tableMinSlots = 64

// get returns the value of key, whose hash is h, or -1.
func (t *table) get(a *strs, h uint32, key string) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.val == 0 {
			return -1
		}
		if s.hash == h && a.get(s.key) == key {
			return s.val - 1
		}
	}
}

// put adds key, whose hash is h and which get does not find, with the value v.
func (t *table) put(key str, h uint32, v int32) {
	if (t.used+1)*4 > len(t.slots)*3 {
		old := t.slots
		t.slots = make([]tableSlot, max(tableMinSlots, 2*len(old)))
		t.used = 0
		for _, s := range old {
			if s.val != 0 {
				t.insert(s)
			}
		}
	}
	t.insert(tableSlot{key: key, hash: h, val: v + 1})
}

func (t *table) insert(s tableSlot) {
	mask := uint32(len(t.slots) - 1)
	i := s.hash & mask
	for t.slots[i].val != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
	t.used++
}

// hashOf returns the hash tables use for s.
func hashOf(seed maphash.Seed, s string) uint32 { return uint32(maphash.String(seed, s)) }

// prefix returns the str of the first n bytes of s.
func (a *strs) prefix(s str, n int) str {
	if int(s&strLong) != strLong {
		return str(uint64(s)>>strLenBits<<strLenBits | uint64(n))
	}
	return a.put(a.get(s)[:n])
}
