package parley

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s case-folded, without diacritics, with punctuation turned to spaces and
// runs of space collapsed: "Erdoğan" and "ERDOGAN" both fold to "erdogan". It is the
// form names are compared and looked up in.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '.':
			continue // "Xi's" ~ "Xis", "U.S." ~ "US"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// slug returns Fold(s) with spaces as hyphens.
func slug(s string) string { return strings.ReplaceAll(Fold(s), " ", "-") }

// EntityID returns the deterministic id of an entity: its kind and folded canonical
// name, "person/volodymyr-zelenskyy".
func EntityID(kind Kind, name string) string { return string(kind) + "/" + slug(name) }

// ArticleID returns the deterministic id of an article: a hash of its URL, else of its
// body.
func ArticleID(url, body string) string {
	key := "url:" + strings.TrimSpace(url)
	if strings.TrimSpace(url) == "" {
		key = "body:" + body
	}
	return "article/" + shortHash(key)
}

// EventID returns the deterministic id of an event from its defining fields: type,
// sorted participants, date interval and location. The same meeting reported by two
// articles gets one id.
func EventID(t EventType, status Status, participants []string, d DateRange, location string) string {
	var stack [8]string
	ps := append(stack[:0], participants...)
	slices.Sort(ps)
	// The digest of "type|status|p1,p2,...|start|end|location", built in a buffer on
	// the stack when it fits.
	var buf [256]byte
	key := append(buf[:0], t...)
	key = append(append(append(key, '|'), status...), '|')
	for i, p := range ps {
		if i > 0 {
			key = append(key, ',')
		}
		key = append(key, p...)
	}
	for _, s := range [...]string{d.Start, d.End, location} {
		key = append(append(key, '|'), s...)
	}
	sum := sha256.Sum256(key)
	return "event/" + hexPrefix(sum[:])
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hexPrefix(h[:])
}

// hexPrefix returns the first 10 bytes of a digest in hex.
func hexPrefix(sum []byte) string {
	var buf [20]byte
	hex.Encode(buf[:], sum[:10])
	return string(buf[:])
}
