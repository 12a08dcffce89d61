package schema

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/parleyhq/parley"
)

// fakeStore is an in-memory parley.Store that filters, orders and pages like the real
// one and counts the calls made to it.
type fakeStore struct {
	data     sync.RWMutex // guards the three below; Write changes them
	entities map[string]*parley.Entity
	events   []*parley.Event
	articles map[string]*parley.Article

	fail  error // returned by Events when set
	panic bool  // Events panics when set
	block bool  // Events waits for the context to end when set

	mu    sync.Mutex
	calls map[string]int
}

// fixture is the content of a fake store.
type fixture struct {
	Articles []*parley.Article `json:"articles"`
	Entities []*parley.Entity  `json:"entities"`
	Events   []*parley.Event   `json:"events"`
}

// newFakeStore returns a fake store holding the fixture in the JSON file.
func newFakeStore(t testing.TB, path string) *fakeStore {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var x fixture
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatalf("read fixture %s: %v", path, err)
	}
	s := &fakeStore{entities: map[string]*parley.Entity{}, articles: map[string]*parley.Article{}, calls: map[string]int{}}
	for _, e := range x.Entities {
		s.entities[e.ID] = e
	}
	for _, a := range x.Articles {
		s.articles[a.ID] = a
	}
	s.events = x.Events
	return s
}

func (s *fakeStore) count(method string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls[method]++
}

// Calls returns how many times each method was called, and resets the counts.
func (s *fakeStore) Calls() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.calls
	s.calls = map[string]int{}
	return c
}

func (s *fakeStore) Entity(ctx context.Context, id string) (*parley.Entity, error) {
	s.count("Entity")
	s.data.RLock()
	defer s.data.RUnlock()
	if e := s.entities[id]; e != nil {
		return e, nil
	}
	return nil, parley.Errorf(parley.ENOTFOUND, "no entity with id %q", id)
}

func (s *fakeStore) Entities(ctx context.Context, ids []string) ([]*parley.Entity, error) {
	s.count("Entities")
	s.data.RLock()
	defer s.data.RUnlock()
	var out []*parley.Entity
	for _, id := range ids {
		if e := s.entities[id]; e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *fakeStore) FindEntities(ctx context.Context, name string) ([]*parley.Entity, error) {
	s.count("FindEntities")
	s.data.RLock()
	defer s.data.RUnlock()
	var out []*parley.Entity
	for _, e := range s.entities {
		if slices.ContainsFunc(append([]string{e.Name}, e.Aliases...), func(n string) bool { return parley.Fold(n) == parley.Fold(name) }) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b *parley.Entity) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func (s *fakeStore) Events(ctx context.Context, f parley.EventFilter) (*parley.EventPage, error) {
	s.count("Events")
	s.data.RLock()
	defer s.data.RUnlock()
	switch {
	case s.fail != nil:
		return nil, s.fail
	case s.panic:
		panic("fake store: secret panic text")
	case s.block:
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if f.First == 0 {
		f.First = parley.DefaultPage
	} else if f.First < 0 || f.First > parley.MaxPage {
		return nil, parley.Errorf(parley.ELIMIT, "first %d out of range", f.First)
	}
	var match []*parley.Event
	for _, e := range s.events {
		if s.matches(e, f) {
			match = append(match, e)
		}
	}
	slices.SortFunc(match, func(a, b *parley.Event) int {
		return cmp.Or(cmp.Compare(a.Date.Start, b.Date.Start), cmp.Compare(a.Date.End, b.Date.End), cmp.Compare(a.ID, b.ID))
	})
	start := 0
	if f.After != "" {
		id, err := base64.RawURLEncoding.DecodeString(f.After)
		i := slices.IndexFunc(match, func(e *parley.Event) bool { return e.ID == string(id) })
		if err != nil || i < 0 {
			return nil, parley.Errorf(parley.EINVALID, "bad cursor %q", f.After)
		}
		start = i + 1
	}
	end := min(start+f.First, len(match))
	page := &parley.EventPage{Events: match[start:end], TotalCount: len(match), HasNext: end < len(match)}
	for _, e := range page.Events {
		page.Cursors = append(page.Cursors, base64.RawURLEncoding.EncodeToString([]byte(e.ID)))
	}
	return page, nil
}

func (s *fakeStore) matches(e *parley.Event, f parley.EventFilter) bool {
	for _, id := range f.Entities {
		if !slices.Contains(e.Participants, id) {
			return false
		}
	}
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	if f.Contacts && (!e.Type.IsContact() || e.Status != parley.Occurred) {
		return false
	}
	return e.Date.Overlaps(f.From, f.To)
}

func (s *fakeStore) Article(ctx context.Context, id string) (*parley.Article, error) {
	s.count("Article")
	s.data.RLock()
	defer s.data.RUnlock()
	if a := s.articles[id]; a != nil {
		return a, nil
	}
	return nil, parley.Errorf(parley.ENOTFOUND, "no article with id %q", id)
}

func (s *fakeStore) Articles(ctx context.Context, ids []string) ([]*parley.Article, error) {
	s.count("Articles")
	s.data.RLock()
	defer s.data.RUnlock()
	var out []*parley.Article
	for _, id := range ids {
		if a := s.articles[id]; a != nil {
			out = append(out, a)
		}
	}
	return out, nil
}

func (s *fakeStore) Stats(ctx context.Context) (parley.Stats, error) {
	s.count("Stats")
	s.data.RLock()
	defer s.data.RUnlock()
	return parley.Stats{Entities: len(s.entities), Events: len(s.events), Articles: len(s.articles)}, nil
}

func (s *fakeStore) Close() error { return nil }
