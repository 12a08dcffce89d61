package graph

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/parleyhq/parley"
)

// maxIDLen is the longest id accepted; ids become IRIs.
const maxIDLen = 512

// dateLayout is the form of every stored date.
const dateLayout = "2006-01-02"

// granularities lists the known date granularities.
var granularities = map[parley.Granularity]bool{
	parley.Day: true, parley.Week: true, parley.Month: true, parley.Quarter: true, parley.Season: true,
	parley.Year: true, parley.Decade: true, parley.Century: true, parley.Vague: true,
}

// validate checks one extraction before anything is written. It returns an EINVALID
// *parley.Error naming the article and the field.
func validate(i int, x *parley.Extraction) error {
	if x == nil {
		return parley.Errorf(parley.EINVALID, "extraction %d: nil", i)
	}
	a := x.Article
	where := fmt.Sprintf("article %q", a.ID)
	if a.ID == "" {
		where = fmt.Sprintf("extraction %d (article %q)", i, a.Name)
	}
	bad := func(format string, args ...any) error {
		return parley.Errorf(parley.EINVALID, "%s: %s", where, fmt.Sprintf(format, args...))
	}
	if err := checkID(a.ID); err != nil {
		return bad("article.id: %v", err)
	}
	if err := checkDate(a.Published); err != nil {
		return bad("article.published: %v", err)
	}
	known := make(map[string]bool, len(x.Entities))
	for _, e := range x.Entities {
		if err := checkID(e.ID); err != nil {
			return bad("entity %q: id: %v", e.Name, err)
		}
		if !e.Kind.Valid() {
			return bad("entity %s: unknown kind %q", e.ID, e.Kind)
		}
		if strings.TrimSpace(e.Name) == "" {
			return bad("entity %s: empty name", e.ID)
		}
		for _, r := range e.Roles {
			if strings.TrimSpace(r.Title) == "" {
				return bad("entity %s: role: empty title", e.ID)
			}
			if r.Of != "" {
				if err := checkID(r.Of); err != nil {
					return bad("entity %s: role %q: of: %v", e.ID, r.Title, err)
				}
			}
			if err := checkRange(r.From, r.To, false); err != nil {
				return bad("entity %s: role %q: %v", e.ID, r.Title, err)
			}
		}
		known[e.ID] = true
	}
	for _, ev := range x.Events {
		if err := checkID(ev.ID); err != nil {
			return bad("event id: %v", err)
		}
		if !ev.Type.Valid() {
			return bad("event %s: unknown type %q", ev.ID, ev.Type)
		}
		if !validStatus(ev.Status) {
			return bad("event %s: unknown status %q", ev.ID, ev.Status)
		}
		refs := []struct {
			field string
			ids   []string
		}{{"participant", ev.Participants}, {"absent", ev.Absent}, {"location", nonEmpty(ev.Location)}, {"speaker", nonEmpty(ev.Speaker)}}
		for _, r := range refs {
			for _, id := range r.ids {
				if !known[id] {
					return bad("event %s: %s %q is not among the article's entities", ev.ID, r.field, id)
				}
			}
		}
		if err := checkRange(ev.Date.Start, ev.Date.End, true); err != nil {
			return bad("event %s: date: %v", ev.ID, err)
		}
		if g := ev.Date.Granularity; g != "" && !granularities[g] {
			return bad("event %s: date: unknown granularity %q", ev.ID, g)
		}
		for _, src := range ev.Sources {
			if src.Article != "" && src.Article != a.ID {
				return bad("event %s: evidence article %q is not this article", ev.ID, src.Article)
			}
			if src.Start < 0 || src.End < src.Start {
				return bad("event %s: evidence span [%d, %d) is not a span", ev.ID, src.Start, src.End)
			}
		}
	}
	return nil
}

// checkID reports whether id can name a node: non-empty, bounded, and free of the
// characters an IRI cannot hold.
func checkID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("empty")
	case len(id) > maxIDLen:
		return fmt.Errorf("longer than %d bytes", maxIDLen)
	}
	for _, r := range id {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune("<>\"{}|^`\\", r) {
			return fmt.Errorf("%q holds %q", id, r)
		}
	}
	return nil
}

// checkDate reports whether s is empty or a YYYY-MM-DD date.
func checkDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(dateLayout, s); err != nil {
		return fmt.Errorf("%q is not a YYYY-MM-DD date", s)
	}
	return nil
}

// checkRange checks an inclusive date interval; with both set, start must not be after
// end, and with paired, either both or neither are set.
func checkRange(start, end string, paired bool) error {
	if err := checkDate(start); err != nil {
		return fmt.Errorf("start: %w", err)
	}
	if err := checkDate(end); err != nil {
		return fmt.Errorf("end: %w", err)
	}
	if paired && (start == "") != (end == "") {
		return fmt.Errorf("start %q and end %q must both be set or both empty", start, end)
	}
	if start != "" && end != "" && start > end {
		return fmt.Errorf("start %s is after end %s", start, end)
	}
	return nil
}

func validStatus(s parley.Status) bool {
	switch s {
	case parley.Occurred, parley.Planned, parley.Cancelled, parley.Hypothetical:
		return true
	}
	return false
}

// nonEmpty returns s as a one-element list, or none if s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
