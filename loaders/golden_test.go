package loaders_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/parleyhq/parley/loaders"
)

// update rewrites the golden files from the pipeline's output: go test ./loaders -run Golden -update
var update = flag.Bool("update", false, "rewrite testdata/golden/*/golden.json")

// TestGolden runs the pipeline on every testdata/golden/<case>/article.md and compares
// its extraction, as indented JSON, with golden.json beside it.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	p, err := loaders.NewPipeline()
	if err != nil {
		t.Fatalf("new pipeline: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, err := loaders.ReadPaths([]string{filepath.Join(dir, "article.md")})
			if err != nil || len(files) != 1 || files[0].Err != nil || len(files[0].Articles) != 1 {
				t.Fatalf("read %s: %v", dir, err)
			}
			got, err := json.MarshalIndent(p.Extract(files[0].Articles[0]), "", "  ")
			if err != nil {
				t.Fatalf("marshal: %v", err)
			}
			got = append(got, '\n')
			path := filepath.Join(dir, "golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatalf("write %s: %v", path, err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read %s: %v (run go test ./loaders -run Golden -update)", path, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the pipeline's output; review the diff and run go test ./loaders -run Golden -update\n%s", path, firstDiff(got, want))
			}
		})
	}
}

// firstDiff returns the lines around the first difference between got and want.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + strconv.Itoa(i+1) + "\ngot:  " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return ""
}
