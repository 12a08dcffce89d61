package schema

import (
	"container/list"
	"sync"

	"github.com/graphql-go/graphql/language/ast"
)

// DocumentCacheSize is how many parsed and validated query documents a handler keeps,
// keyed by their exact text; the least recently used goes first. With queries of at
// most DefaultMaxQueryBytes it holds a few MB of text and their syntax trees.
const DocumentCacheSize = 256

// docCache is a bounded LRU cache of parsed documents that passed validation, keyed by
// the exact query text. graphql-go's executor only reads a document, so one document
// may serve concurrent requests. A nil *docCache caches nothing. It is safe for
// concurrent use.
type docCache struct {
	max int

	mu     sync.Mutex
	order  *list.List               // of *docEntry, most recently used first
	byText map[string]*list.Element // query text -> its element in order
}

// docEntry is one cached document with its query text.
type docEntry struct {
	text string
	doc  *ast.Document
}

// newDocCache returns an empty cache holding at most max documents.
func newDocCache(max int) *docCache {
	return &docCache{max: max, order: list.New(), byText: make(map[string]*list.Element, max)}
}

// get returns the cached document of the query text, or nil.
func (c *docCache) get(text string) *ast.Document {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byText[text]
	if !ok {
		return nil
	}
	c.order.MoveToFront(el)
	return el.Value.(*docEntry).doc
}

// put caches the document of the query text, evicting the least recently used one if
// the cache is full.
func (c *docCache) put(text string, doc *ast.Document) {
	if c == nil || c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byText[text]; ok {
		el.Value.(*docEntry).doc = doc
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() >= c.max {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.byText, oldest.Value.(*docEntry).text)
	}
	c.byText[text] = c.order.PushFront(&docEntry{text: text, doc: doc})
}
