// Package loaders turns article files into parley.Extractions: it reads articles
// (front-matter Markdown/text, JSON Lines) and runs the extraction pipeline over them.
package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// Limits on input files.
const (
	// MaxArticleBytes is the largest article body read.
	MaxArticleBytes = 4 << 20
	// MaxLineBytes is the longest JSON Lines record read.
	MaxLineBytes = MaxArticleBytes + 64<<10
)

// Exts lists the file extensions ReadPaths picks up when walking a folder.
var Exts = map[string]bool{".md": true, ".markdown": true, ".txt": true, ".jsonl": true, ".ndjson": true}

// File is one input file and the articles read from it.
type File struct {
	Path     string
	Articles []*parley.Article
	Err      error // why the file (or one of its records) could not be read
}

// ReadPaths reads every article file named by paths; a folder is walked recursively and
// only files with an extension in Exts are read, in lexical order. A file that cannot be
// read is returned with Err set; the others are still read. It returns an error only if a
// path itself does not exist.
func ReadPaths(paths []string) ([]File, error) {
	var files []File
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return files, fmt.Errorf("read %s: %w", p, err)
		}
		if !fi.IsDir() {
			files = append(files, ReadFile(p))
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, File{Path: path, Err: err})
				return nil
			}
			if d.IsDir() || !Exts[strings.ToLower(filepath.Ext(path))] || strings.HasSuffix(path, ".gold.json") {
				return nil
			}
			files = append(files, ReadFile(path))
			return nil
		})
		if err != nil {
			return files, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	return files, nil
}

// ReadFile reads the articles of one file: JSON Lines for .jsonl/.ndjson, else one
// front-matter article.
func ReadFile(path string) File {
	f := File{Path: path}
	data, err := os.ReadFile(path)
	if err != nil {
		f.Err = fmt.Errorf("read %s: %w", path, err)
		return f
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		f.Articles, f.Err = ParseJSONLines(path, name, data)
	default:
		a, err := ParseArticle(name, data)
		if err != nil {
			f.Err = fmt.Errorf("%s: %w", path, err)
			return f
		}
		f.Articles = []*parley.Article{a}
	}
	return f
}

// ParseArticle parses a text or Markdown article with optional front matter between two
// "---" lines at its very start (title, published, url, source, id). The body is
// everything after the closing "---" line, unchanged. name is the article's name unless
// the front matter sets id. The error names the front-matter line at fault.
func ParseArticle(name string, data []byte) (*parley.Article, error) {
	if len(data) > MaxArticleBytes {
		return nil, fmt.Errorf("article is %d bytes, over the limit of %d", len(data), MaxArticleBytes)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("article is not valid UTF-8")
	}
	a := &parley.Article{Name: name}
	text := string(data)
	body := text
	if rest, ok := strings.CutPrefix(text, "---\n"); ok {
		header, after, found := cutFrontMatter(rest)
		if !found {
			return nil, fmt.Errorf("front matter: no closing --- line")
		}
		body = after
		for i, line := range strings.Split(header, "\n") {
			if err := setField(a, line); err != nil {
				return nil, fmt.Errorf("front matter line %d: %w", i+2, err)
			}
		}
	}
	a.Body = body
	a.ID = parley.ArticleID(a.URL, a.Body)
	return a, nil
}

// cutFrontMatter splits s, the text after the opening "---" line, at the first line that
// is exactly "---".
func cutFrontMatter(s string) (header, body string, ok bool) {
	if b, ok := strings.CutPrefix(s, "---\n"); ok {
		return "", b, true
	}
	if i := strings.Index(s, "\n---\n"); i >= 0 {
		return s[:i], s[i+5:], true
	}
	if h, ok := strings.CutSuffix(s, "\n---"); ok {
		return h, "", true
	}
	return "", "", false
}

func setField(a *parley.Article, line string) error {
	if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
		return nil
	}
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("want key: value, got %q", line)
	}
	k, v = strings.ToLower(strings.TrimSpace(k)), unquote(strings.TrimSpace(v))
	switch k {
	case "title":
		a.Title = v
	case "published", "date":
		d, err := ParseDate(v)
		if err != nil {
			return fmt.Errorf("field %s: %w", k, err)
		}
		a.Published = d
	case "url":
		a.URL = v
	case "source":
		a.Source = v
	case "id":
		if v == "" {
			return fmt.Errorf("field id is empty")
		}
		a.Name = v
	}
	return nil // other keys (tags, author, ...) are ignored
}

func unquote(v string) string {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		var s string
		if json.Unmarshal([]byte(v), &s) == nil {
			return s
		}
	}
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	return v
}

// ParseDate parses a publication date given as YYYY-MM-DD or RFC 3339 and returns it as
// YYYY-MM-DD. An empty string is allowed and returned as is.
func ParseDate(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	return "", fmt.Errorf("date %q is neither YYYY-MM-DD nor RFC 3339", s)
}

// jsonArticle is one JSON Lines record.
type jsonArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Text      string `json:"text"`
}

// ParseJSONLines parses one article per line ({"title","published","url","source","text"},
// optional "id"). Records without an id are named name-N for line N. The error names the
// first bad line and field; records before it are returned.
func ParseJSONLines(path, name string, data []byte) ([]*parley.Article, error) {
	var out []*parley.Article
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var r jsonArticle
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			return out, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		if strings.TrimSpace(r.Text) == "" {
			return out, fmt.Errorf("%s line %d: field text is empty", path, n)
		}
		d, err := ParseDate(r.Published)
		if err != nil {
			return out, fmt.Errorf("%s line %d: field published: %w", path, n, err)
		}
		a := &parley.Article{Name: r.ID, Title: r.Title, Published: d, URL: r.URL, Source: r.Source, Body: r.Text}
		if a.Name == "" {
			a.Name = fmt.Sprintf("%s-%d", name, n)
		}
		a.ID = parley.ArticleID(a.URL, a.Body)
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
