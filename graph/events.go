package graph

import (
	"cmp"
	"context"
	"encoding/base64"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// summary is what ordering and filtering an event needs, read without its lists.
type summary struct {
	id     string
	typ    parley.EventType
	status parley.Status
	date   parley.DateRange // Start and End only
}

// set records q's object if q states one of the summary's fields, and reports whether
// it did.
func (e *summary) set(q quad.Quad) bool {
	switch q.Predicate {
	case PredEventType:
		e.typ = parley.EventType(stringOf(q.Object))
	case PredStatus:
		e.status = parley.Status(stringOf(q.Object))
	case PredStartDate:
		e.date.Start = stringOf(q.Object)
	case PredEndDate:
		e.date.End = stringOf(q.Object)
	default:
		return false
	}
	return true
}

// compareTimeline orders events on the timeline: dated before undated, then by start,
// then by width (for equal starts, by end), then by id.
func compareTimeline(a, b summary) int {
	return cmp.Or(
		cmp.Compare(boolInt(a.date.IsZero()), boolInt(b.date.IsZero())),
		cmp.Compare(a.date.Start, b.date.Start),
		cmp.Compare(a.date.End, b.date.End),
		cmp.Compare(a.id, b.id),
	)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cursorSep separates the fields of a cursor; no date or id holds it.
const cursorSep = "|"

// encodeCursor returns the opaque cursor of an event's timeline position.
func encodeCursor(e summary) string {
	return base64.RawURLEncoding.EncodeToString([]byte(e.date.Start + cursorSep + e.date.End + cursorSep + e.id))
}

// decodeCursor returns the timeline position a cursor names, or an EINVALID error.
func decodeCursor(c string) (summary, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	parts := strings.SplitN(string(b), cursorSep, 3)
	if err != nil || len(parts) != 3 || checkRange(parts[0], parts[1], true) != nil || checkID(parts[2]) != nil {
		return summary{}, parley.Errorf(parley.EINVALID, "after: %q is not a cursor from this API", c)
	}
	return summary{id: parts[2], date: parley.DateRange{Start: parts[0], End: parts[1]}}, nil
}

// pageSize returns the page size for a requested first: DefaultPage for 0, an EINVALID
// error below 0 and an ELIMIT error above parley.MaxPage.
func pageSize(first int) (int, error) {
	switch {
	case first == 0:
		return parley.DefaultPage, nil
	case first < 0:
		return 0, parley.Errorf(parley.EINVALID, "first: %d is negative", first)
	case first > parley.MaxPage:
		return 0, parley.Errorf(parley.ELIMIT, "first: %d is above the limit of %d", first, parley.MaxPage)
	}
	return first, nil
}

// checkWindow validates a [from, to] date filter.
func checkWindow(from, to string) error {
	if err := checkRange(from, to, false); err != nil {
		return parley.Errorf(parley.EINVALID, "from/to: %v", err)
	}
	return nil
}

// Events returns a page of the events matching f in timeline order, with the total
// count of matches. It returns an EINVALID error for a bad date, type or cursor, and an
// ELIMIT error if f.First is above parley.MaxPage.
func (s *Store) Events(ctx context.Context, f parley.EventFilter) (*parley.EventPage, error) {
	n, err := pageSize(f.First)
	if err != nil {
		return nil, err
	}
	if err := checkWindow(f.From, f.To); err != nil {
		return nil, err
	}
	for _, t := range f.Types {
		if !t.Valid() {
			return nil, parley.Errorf(parley.EINVALID, "types: unknown event type %q", t)
		}
	}
	var after *summary
	if f.After != "" {
		c, err := decodeCursor(f.After)
		if err != nil {
			return nil, err
		}
		after = &c
	}
	if s.idx != nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return s.idx.eventsPage(f, n, after), nil
	}

	var nodes []quad.Value
	if len(f.Entities) > 0 {
		nodes, err = s.values(ctx, attendedByAll(s, f.Entities))
	} else {
		nodes, err = s.subjectsOf(ctx, PredType, ClassEvent)
	}
	if err != nil {
		return nil, err
	}
	all, err := s.summaries(ctx, nodes)
	if err != nil {
		return nil, err
	}
	matches := all[:0]
	for _, e := range all {
		if matchEvent(e, f) {
			matches = append(matches, e)
		}
	}
	slices.SortFunc(matches, compareTimeline)

	page := &parley.EventPage{TotalCount: len(matches)}
	start := 0
	if after != nil {
		start, _ = slices.BinarySearchFunc(matches, *after, compareTimeline)
		if start < len(matches) && compareTimeline(matches[start], *after) == 0 {
			start++
		}
	}
	end := min(start+n, len(matches))
	page.HasNext = end < len(matches)
	ids := make([]string, 0, end-start)
	for _, e := range matches[start:end] {
		ids = append(ids, e.id)
		page.Cursors = append(page.Cursors, encodeCursor(e))
	}
	events, err := s.loadEvents(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		page.Events = append(page.Events, events[id])
	}
	return page, nil
}

// attendedByAll returns the path to the events every one of the entities attended.
func attendedByAll(s *Store, entities []string) *path.Path {
	p := path.StartPath(s.qs, nodeIRI(entities[0])).In(PredAttendee)
	for _, id := range entities[1:] {
		p = p.And(path.StartPath(s.qs, nodeIRI(id)).In(PredAttendee))
	}
	return p
}

// matchEvent reports whether e passes the type, contact and date filters of f.
func matchEvent(e summary, f parley.EventFilter) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.typ) {
		return false
	}
	if f.Contacts && !(e.typ.IsContact() && e.status == parley.Occurred) {
		return false
	}
	return e.date.Overlaps(f.From, f.To)
}

// summaries reads the type, status and dates of the event nodes in one bulk read.
// Nodes that are not events are left out.
func (s *Store) summaries(ctx context.Context, nodes []quad.Value) ([]summary, error) {
	rows, err := s.outgoing(ctx, nodes, PredEventType, PredStatus, PredStartDate, PredEndDate)
	if err != nil {
		return nil, err
	}
	out := make([]summary, 0, len(rows))
	for node, qs := range rows {
		id, _ := nodeID(node)
		e := summary{id: id}
		for _, q := range qs {
			e.set(q)
		}
		if e.typ != "" {
			out = append(out, e)
		}
	}
	return out, nil
}

// Event returns the event with the id, or an ENOTFOUND error.
func (s *Store) Event(ctx context.Context, id string) (*parley.Event, error) {
	got, err := s.loadEvents(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	e, ok := got[id]
	if !ok {
		return nil, parley.Errorf(parley.ENOTFOUND, "event %q not found", id)
	}
	return e, nil
}

// loadEvents reads the events with the ids and their evidence in two bulk reads, keyed
// by id. Ids that are not events are absent from the result.
func (s *Store) loadEvents(ctx context.Context, ids []string) (map[string]*parley.Event, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if s.idx != nil {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return s.idx.loadEvents(ids), nil
	}
	rows, err := s.outgoing(ctx, iris(ids))
	if err != nil {
		return nil, err
	}
	out := make(map[string]*parley.Event, len(rows))
	evidenceOf := make(map[quad.Value][]*parley.Event)
	var evidence []quad.Value
	for node, qs := range rows {
		if firstValue(qs, PredType) != ClassEvent {
			continue
		}
		id, _ := nodeID(node)
		e := &parley.Event{ID: id, Participants: []string{}, Sources: []parley.Evidence{}}
		for _, q := range qs {
			ref, _ := nodeID(q.Object)
			switch q.Predicate {
			case PredEventType:
				e.Type = parley.EventType(stringOf(q.Object))
			case PredStatus:
				e.Status = parley.Status(stringOf(q.Object))
			case PredAttendee:
				e.Participants = append(e.Participants, ref)
			case PredAbsent:
				e.Absent = append(e.Absent, ref)
			case PredLocation:
				e.Location = ref
			case PredStartDate:
				e.Date.Start = stringOf(q.Object)
			case PredEndDate:
				e.Date.End = stringOf(q.Object)
			case PredTimex:
				e.Date.Value = stringOf(q.Object)
			case PredGranularity:
				e.Date.Granularity = parley.Granularity(stringOf(q.Object))
			case PredDateText:
				e.Date.Text = stringOf(q.Object)
			case PredQuote:
				e.Quote = stringOf(q.Object)
			case PredSpeaker:
				e.Speaker = ref
			case PredEvidence:
				if len(evidenceOf[q.Object]) == 0 {
					evidence = append(evidence, q.Object)
				}
				evidenceOf[q.Object] = append(evidenceOf[q.Object], e)
			}
		}
		slices.Sort(e.Participants)
		slices.Sort(e.Absent)
		out[id] = e
	}
	srcRows, err := s.outgoing(ctx, evidence)
	if err != nil {
		return nil, err
	}
	for node, qs := range srcRows {
		article, _ := nodeID(firstValue(qs, PredEvidenceArticle))
		start, _ := firstValue(qs, PredEvidenceStart).(quad.Int)
		end, _ := firstValue(qs, PredEvidenceEnd).(quad.Int)
		src := parley.Evidence{Article: article, Start: int(start), End: int(end), Text: stringOf(firstValue(qs, PredSentence))}
		for _, e := range evidenceOf[node] {
			e.Sources = append(e.Sources, src)
		}
	}
	for _, e := range out {
		slices.SortFunc(e.Sources, func(a, b parley.Evidence) int {
			return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
	}
	return out, nil
}
