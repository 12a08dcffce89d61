package parley

import "context"

// Limits shared by every store and the API.
const (
	// MaxPage is the largest page any list query returns.
	MaxPage = 100
	// DefaultPage is the page size when the caller gives none.
	DefaultPage = 20
)

// EventFilter selects events. Empty fields do not filter.
type EventFilter struct {
	Entities []string    // events in which every listed entity took part
	From, To string      // the event's interval overlaps [From, To] (YYYY-MM-DD)
	Types    []EventType // any of these types
	Contacts bool        // only occurred contacts
	First    int         // page size, 1..MaxPage; 0 means DefaultPage
	After    string      // opaque cursor from a previous page
}

// EventPage is one page of events in timeline order (start date, then width, then id).
type EventPage struct {
	Events     []*Event
	Cursors    []string // Cursors[i] is the cursor of Events[i]
	TotalCount int
	HasNext    bool
}

// Contact is another entity an entity met or spoke with.
type Contact struct {
	Entity string   // the other entity's id
	Count  int      // number of contact events
	First  string   // start of the earliest (YYYY-MM-DD)
	Last   string   // end of the latest
	Events []string // event ids in timeline order
}

// Hop is one step of a path of contacts: From met To in Events (ids, timeline order).
type Hop struct {
	From, To string
	Events   []string
}

// MaxHops is the longest path Path searches.
const MaxHops = 6

// ArticleFilter selects articles. Empty fields do not filter.
type ArticleFilter struct {
	Entity   string // articles that are evidence of an event the entity took part in
	From, To string // published within [From, To] (YYYY-MM-DD)
	First    int    // page size, 1..MaxPage; 0 means DefaultPage
	After    string // opaque cursor from a previous page
}

// ArticlePage is one page of articles, newest first (published, then id).
type ArticlePage struct {
	Articles   []*Article
	Cursors    []string
	TotalCount int
	HasNext    bool
}

// Stats counts what a store holds.
type Stats struct {
	Quads    int64
	Entities int
	Events   int
	Articles int
}

// Store is the knowledge graph. Implementations are safe for concurrent use; all writes
// go through Write, which is atomic per call and idempotent: writing the same
// extraction twice leaves the store unchanged.
type Store interface {
	// Write adds extractions to the graph in one transaction. It returns how many new
	// quads were written.
	Write(ctx context.Context, xs []*Extraction) (int, error)

	// Entity returns the entity with the id, or an ENOTFOUND error.
	Entity(ctx context.Context, id string) (*Entity, error)
	// Entities returns the entities with the ids, in order; unknown ids are skipped.
	Entities(ctx context.Context, ids []string) ([]*Entity, error)
	// FindEntities returns entities whose name or alias folds to the same form as name.
	FindEntities(ctx context.Context, name string) ([]*Entity, error)

	// Events returns a page of events matching the filter in timeline order.
	Events(ctx context.Context, f EventFilter) (*EventPage, error)
	// Event returns the event with the id, or an ENOTFOUND error.
	Event(ctx context.Context, id string) (*Event, error)
	// Contacts returns who the entity met or spoke with in [from, to], most frequent
	// first, at most first of them.
	Contacts(ctx context.Context, entity, from, to string, first int) ([]Contact, error)

	// Search returns the entities whose names or aliases best match text (folded, by
	// whole name, then word prefix, then edit distance), best first, at most first; kinds
	// limits the kinds when not empty.
	Search(ctx context.Context, text string, kinds []Kind, first int) ([]*Entity, error)
	// Path returns the shortest chain of contacts (occurred contact events) from one
	// entity to another, at most maxHops long (1..MaxHops); nil if there is none. It
	// returns ENOTFOUND if either entity is unknown.
	Path(ctx context.Context, from, to string, maxHops int) ([]Hop, error)

	// Article returns the article with the id, or an ENOTFOUND error.
	Article(ctx context.Context, id string) (*Article, error)
	// Articles returns the articles with the ids, in order; unknown ids are skipped.
	Articles(ctx context.Context, ids []string) ([]*Article, error)
	// ListArticles returns a page of articles matching the filter, newest first.
	ListArticles(ctx context.Context, f ArticleFilter) (*ArticlePage, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}
