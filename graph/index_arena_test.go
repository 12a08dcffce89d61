package graph

import (
	"fmt"
	"hash/maphash"
	"reflect"
	"strings"
	"testing"
)

func TestStrs(t *testing.T) {
	var a strs
	long := strings.Repeat("x", strLong) + "yz" // stored with its length in front
	huge := strings.Repeat("h", 3<<arenaChunkShift)
	tests := []string{"", "a", "Volodymyr Zelenskyy", long, strings.Repeat("b", 1<<arenaChunkShift-3), huge, "after"}
	var got []str
	for _, s := range tests {
		got = append(got, a.put(s))
	}
	for i, want := range tests {
		if g := a.get(got[i]); g != want {
			t.Errorf("get(put(%d)): got %d bytes %.20q, want %d bytes %.20q", i, len(g), g, len(want), want)
		}
	}
	for _, s := range []str{got[2], got[3]} {
		full := a.get(s)
		for _, i := range []int{0, 1, 9, len(full)} {
			if g, w := a.get(a.suffix(s, i)), full[i:]; g != w {
				t.Errorf("suffix(%.10q, %d): got %.10q (%d bytes), want %.10q (%d bytes)", full, i, g, len(g), w, len(w))
			}
			if g, w := a.get(a.prefix(s, i)), full[:i]; g != w {
				t.Errorf("prefix(%.10q, %d): got %.10q, want %.10q", full, i, g, w)
			}
		}
	}
}

func TestLists(t *testing.T) {
	var a lists[int32]
	var l, m list
	var want []int32
	for i := range 3 << arenaChunkShift { // grows past a chunk, into chunks of its own
		a.add(&l, int32(i))
		want = append(want, int32(i))
		if i%1000 == 0 {
			a.insert(&m, 0, int32(i)) // interleaved with l's moves
		}
	}
	a.insert(&l, 5, -1)
	want = append(want[:5:5], append([]int32{-1}, want[5:]...)...)
	got := a.all(l)
	if len(got) != len(want) {
		t.Fatalf("got %d elements, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("element %d: got %d, want %d", i, got[i], want[i])
		}
	}
	if g := a.all(m); len(g) != (3<<arenaChunkShift+999)/1000 || g[0] != int32((len(g)-1)*1000) || g[len(g)-1] != 0 {
		t.Errorf("second list: got %d elements from %d to %d", len(g), g[0], g[len(g)-1])
	}
}

func TestTable(t *testing.T) {
	var a strs
	var tb table
	seed := maphash.MakeSeed()
	const n = 50_000
	for i := range n {
		k := fmt.Sprintf("person/%d", i)
		if got := tb.get(&a, hashOf(seed, k), k); got != -1 {
			t.Fatalf("get(%q) before put: got %d, want -1", k, got)
		}
		tb.put(a.put(k), hashOf(seed, k), int32(i))
	}
	for i := range n {
		k := fmt.Sprintf("person/%d", i)
		if got := tb.get(&a, hashOf(seed, k), k); got != int32(i) {
			t.Fatalf("get(%q): got %d, want %d", k, got, i)
		}
	}
	if got := tb.get(&a, hashOf(seed, "person/x"), "person/x"); got != -1 {
		t.Errorf("get of a missing key: got %d, want -1", got)
	}
}

// TestIndexRecordsPointerFree keeps the collector's work small: the index's records,
// table slots and cached contacts must hold no pointer, so the arrays of them are not
// scanned. A string or slice field added to one of them fails here.
func TestIndexRecordsPointerFree(t *testing.T) {
	for _, v := range []any{entityRec{}, eventRec{}, articleRec{}, evidenceRec{}, roleRec{}, keyRec{}, tableSlot{}, nameEntry{}, indexContact{}} {
		if path, ok := pointerIn(reflect.TypeOf(v), reflect.TypeOf(v).Name()); ok {
			t.Errorf("%s holds a pointer", path)
		}
	}
}

// pointerIn returns the path of a field of t that holds a pointer, if one does.
func pointerIn(t reflect.Type, path string) (string, bool) {
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if p, ok := pointerIn(t.Field(i).Type, path+"."+t.Field(i).Name); ok {
				return p, true
			}
		}
		return "", false
	case reflect.Array:
		return pointerIn(t.Elem(), path+"[]")
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "", false
	}
	return path + " (" + t.String() + ")", true
}
