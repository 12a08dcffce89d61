package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/location"
	"github.com/parleyhq/parley"
)

// encodeWant returns what json.Encoder writes for res, or its error.
func encodeWant(res *response) (string, error) {
	var buf bytes.Buffer
	err := json.NewEncoder(&buf).Encode(res)
	return buf.String(), err
}

// checkEncode fails t unless appendResponse writes what json.Encoder writes for res.
func checkEncode(t *testing.T, name string, res *response) {
	t.Helper()
	want, wantErr := encodeWant(res)
	got, err := appendResponse(nil, res)
	if (err != nil) != (wantErr != nil) {
		t.Errorf("%s: error %v, want %v", name, err, wantErr)
	} else if err == nil && string(got) != want {
		t.Errorf("%s:\ngot  %s\nwant %s", name, got, want)
	}
}

func TestAppendResponse(t *testing.T) {
	many := map[string]any{}
	for i := range 3 * maxStackKeys {
		many[fmt.Sprintf("k%02d", 3*maxStackKeys-i)] = i
	}
	for _, tc := range []struct {
		name string
		data any
	}{
		{"nil data", nil},
		{"strings", map[string]any{"a": "plain", "b": `q"uo\te` + "\b\f\n\r\t\x00\x1f\x7f", "c": "<a href='x'>&amp;</a>",
			"d": "Ελληνικά 中文 emoji 🙂", "e": "bad \xff\xfe utf8 \xe2\x82", "f": "line\u2028para\u2029", "g": ""}},
		{"numbers", map[string]any{"i": 0, "j": -42, "k": math.MaxInt, "f": 3.5, "g": 1e21, "h": 1e-7, "z": 0.0,
			"n": math.Copysign(0, -1), "s": 123456789.0, "t": 1e20, "u": 1.5e-6}},
		{"nesting", map[string]any{"timeline": map[string]any{"totalCount": 3, "edges": []any{
			map[string]any{"node": map[string]any{"id": "e1", "participants": []any{}}},
			map[string]any{"node": nil}}}}},
		{"nil map and list", map[string]any{"m": map[string]any(nil), "l": []any(nil), "x": true, "y": false}},
		{"many keys", many},
		{"other types", map[string]any{"kind": parley.Person, "ids": []string{"a", "b"}, "p": &[]int{1}}},
		{"unicode keys", map[string]any{"é": 1, "e": 2, "<": 3, "Z": 4}},
	} {
		checkEncode(t, tc.name, &response{Data: tc.data})
	}
	errs := []gqlerrors.FormattedError{{Message: "no <entity> \"x\"", Locations: []location.SourceLocation{{Line: 1, Column: 3}},
		Path: []any{"timeline", 2, "node"}, Extensions: map[string]any{"code": "NOT_FOUND"}}}
	checkEncode(t, "errors only", &response{Errors: errs})
	checkEncode(t, "data and errors", &response{Data: map[string]any{"a": nil}, Errors: errs})
	checkEncode(t, "empty", &response{})
	checkEncode(t, "NaN", &response{Data: map[string]any{"x": math.NaN()}})
	checkEncode(t, "infinity", &response{Data: []any{math.Inf(-1)}})
}

// TestAppendStringRandom compares appendString with encoding/json on random strings
// over an alphabet of every kind of byte the escaper treats apart.
func TestAppendStringRandom(t *testing.T) {
	alphabet := []string{"a", "Z", " ", "\"", "\\", "<", ">", "&", "\x00", "\x1f", "\n", "\t", "\x7f",
		"é", "中", "🙂", "\u2028", "\u2029", "\xff", "\xe2\x82", "\xc3", "/"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var s string
		for range rng.IntN(12) {
			s += alphabet[rng.IntN(len(alphabet))]
		}
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}
