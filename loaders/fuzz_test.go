package loaders_test

import (
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley/loaders"
)

// FuzzExtract feeds arbitrary files through the article reader and the whole pipeline:
// they must never panic, and every span they report must lie inside the body.
func FuzzExtract(f *testing.F) {
	arts, _ := sampleArticles(f)
	for _, a := range arts[:3] {
		f.Add([]byte("---\ntitle: t\npublished: " + a.Published + "\n---\n" + a.Body))
	}
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("PARIS — Macron met Scholz on Monday, “the two leaders” said.\n\n\n"))
	f.Add([]byte("---\npublished: 2024-12-19\n---\nEarlier this week, Zelenskyy met Rutte in Brussels. He and she didn't."))
	p, err := loaders.NewPipeline()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := loaders.ParseArticle("fuzz", data)
		if err != nil {
			return // a clear error is a fine answer to bad input
		}
		n := utf8.RuneCountInString(a.Body)
		x := p.Extract(a)
		for _, m := range x.Mentions {
			if m.Start < 0 || m.End > n || m.Start >= m.End {
				t.Fatalf("mention %+v outside body of %d code points", m, n)
			}
		}
		for _, tx := range x.Timexes {
			if tx.Start < 0 || tx.End > n || tx.Start >= tx.End {
				t.Fatalf("timex %+v outside body of %d code points", tx, n)
			}
		}
		for _, ev := range x.Events {
			for _, s := range ev.Sources {
				if s.Start < 0 || s.End > n || s.Start > s.End {
					t.Fatalf("evidence %+v outside body of %d code points", s, n)
				}
			}
		}
	})
}
