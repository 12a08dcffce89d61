package events

import (
	"slices"
	"strconv"
	"strings"

	"github.com/parleyhq/parley"
)

// corefer attaches a definite description ("the meeting", "Friday's talks") to the
// event last told: it adds the sentence as evidence and the names the description
// includes ("The gathering included leaders from Germany, Poland ..."). It reports
// whether there was an event to attach to.
func (x *extractor) corefer(a *sentence, L, R, t int, typ parley.EventType) bool {
	ev := x.lastFullContact(typ != parley.Visit)
	if ti := x.nearestTimex(a, L, R, t); ti >= 0 {
		ev = x.contactOn(x.d.Timexes[ti])
	}
	if ev == nil {
		return false
	}
	ev.lastSent = a.idx
	x.last = lastTrigger{ev: ev, sent: a.idx, end: t + 1}
	x.addEvidence(ev, a)
	for k := L; k < len(a.words); k++ {
		w := a.words[k]
		if k < R && (w == "included" || w == "including" || w == "brought") || w == "with" && x.presentAfter(a, k+1) {
			if k+1 < len(a.words) && a.words[k+1] == "only" {
				k++
			}
			for _, sg := range x.objects(a, k+1, len(a.words), false) {
				ev.Participants = dedupe(append(ev.Participants, x.withoutPlaces(sg.ids)...))
			}
			break
		}
	}
	return true
}

// presenceWords say the people before them were there: "with only X and Y alongside
// the two presidents", "with their aides present".
var presenceWords = map[string]bool{"alongside": true, "present": true, "beside": true, "attending": true}

// presentAfter reports whether the names from token k (after a "with") end in a
// presence word.
func (x *extractor) presentAfter(a *sentence, k int) bool {
	named := false
	for ; k < len(a.words); k++ {
		switch {
		case a.mention[k] >= 0:
			named = true
			k = x.d.Mentions[a.mention[k]].Tok1 - 1
		case presenceWords[a.words[k]]:
			return named
		case a.prefix[k] >= 0, a.words[k] == "only", a.is(k, classObjectLink):
		default:
			return false
		}
	}
	return false
}

// contactOn returns the last contact told whose date overlaps the date tx, or nil.
func (x *extractor) contactOn(tx parley.Timex) *event {
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if ev.Type.IsContact() && !ev.negated && tx.From != "" && ev.Date.Start != "" && ev.Date.Start <= tx.To && tx.From <= ev.Date.End {
			return ev
		}
	}
	return nil
}

// contactAt returns the last contact held at the place named right after token k ("to
// Alaska", "in Riyadh"), or nil.
func (x *extractor) contactAt(a *sentence, k int) *event {
	if k+1 >= len(a.words) || !(a.words[k] == "to" || a.words[k] == "in" || a.words[k] == "at") || a.mention[k+1] < 0 {
		return nil
	}
	place := x.datelineCity(x.d.Mentions[a.mention[k+1]].Entity)
	for i := len(x.events) - 1; i >= 0; i-- {
		if ev := x.events[i]; ev.Type.IsContact() && !ev.negated && ev.Location == place {
			return ev
		}
	}
	return nil
}

func (x *extractor) lastContact() *event {
	for i := len(x.events) - 1; i >= 0; i-- {
		if ev := x.events[i]; ev.Type.IsContact() && !ev.negated {
			return ev
		}
	}
	return nil
}

// lastFullContact returns the last contact told that has the participants its type
// needs, passing over one still lacking them ("greeted the two leaders") and, if
// noVisit, a visit ("the meeting" is not the trip told after it); else the last full
// contact of any type, or nil.
func (x *extractor) lastFullContact(noVisit bool) *event {
	var any *event
	for i := len(x.events) - 1; i >= 0; i-- {
		ev := x.events[i]
		if !ev.Type.IsContact() || ev.negated || !enough(ev) {
			continue
		}
		if !noVisit || ev.Type != parley.Visit {
			return ev
		}
		if any == nil {
			any = ev
		}
	}
	return any
}

func (x *extractor) addEvidence(ev *event, a *sentence) {
	for _, s := range ev.Sources {
		if s.Start == a.s.Start {
			return
		}
	}
	ev.Sources = append(ev.Sources, parley.Evidence{Article: x.d.Article.ID, Start: a.s.Start, End: a.s.End, Text: a.s.Text})
}

// add records ev and returns it, or the event already told that it is the same as: the
// same participants at a compatible date, or, for a noun ("Trump's first meeting with
// Zelensky"), a subset of them with no date of its own.
func (x *extractor) add(ev event) *event {
	if !ev.negated && ev.Type.IsContact() {
		for _, old := range x.events {
			if old.negated || !old.Type.IsContact() || old.Status != ev.Status {
				continue
			}
			same := sameSet(old.Participants, ev.Participants) && compatible(old.Date, ev.Date)
			// "the three leaders appeared together" after the summit they held that day.
			same = same || !ev.explicit && compatible(old.Date, ev.Date) && x.samePeople(old, &ev)
			sub := ev.noun && !ev.explicit && subset(ev.Participants, old.Participants) && len(ev.Participants) >= 2
			// "hosted the leaders of ... on Friday, the first time the three have held a
			// summit": a noun in the sentence that told an event, naming some of its people.
			sub = sub || ev.noun && old.lastSent == ev.sent && subset(ev.Participants, old.Participants) &&
				len(ev.Participants) >= 1 && compatible(old.Date, ev.Date)
			if same || sub {
				x.merge(old, &ev)
				old.lastSent = ev.sent
				return old
			}
		}
	}
	e := ev
	x.events = append(x.events, &e)
	if ev.explicit && !ev.negated {
		d := ev.Date
		x.lastDate = &d
		if x.leadDate == nil && ev.Type != parley.Statement && ev.Status == parley.Occurred {
			x.leadDate = &d
		}
	}
	return &e
}

// samePeople reports whether two events have the same two or more people, whatever
// countries or bodies either also names.
func (x *extractor) samePeople(a, b *event) bool {
	n := x.countPeopleIn(b.Participants, a.Participants)
	return n >= 2 && n == x.countPeopleIn(b.Participants, b.Participants) && n == x.countPeopleIn(a.Participants, a.Participants)
}

// countPeopleIn returns how many of ids are people listed in among, or -1 if one of the
// people of ids is not.
func (x *extractor) countPeopleIn(ids, among []string) int {
	n := 0
	for _, id := range ids {
		if e := x.d.Entity(id); e == nil || e.Kind != parley.Person {
			continue
		}
		if !slices.Contains(among, id) {
			return -1
		}
		n++
	}
	return n
}

func (x *extractor) merge(old, ev *event) {
	for _, s := range ev.Sources {
		if !slices.ContainsFunc(old.Sources, func(o parley.Evidence) bool { return o.Start == s.Start }) {
			old.Sources = append(old.Sources, s)
		}
	}
	if ev.explicit && (!old.explicit || narrower(ev.Date, old.Date)) {
		old.Date, old.explicit = ev.Date, true
	}
	if old.Location == "" {
		old.Location = ev.Location
	}
	if ev.Type != old.Type && old.Type == parley.Meeting && ev.Type != parley.Visit {
		old.Type = ev.Type
	}
}

// AbsenceWindow is how many sentences after the last mention of an event an absence cue
// ("X was unable to attend") may still refer to it.
const AbsenceWindow = 2

// absence marks the subjects of "X and Y were unable to attend", "X did not attend",
// "X skipped" as absent from the event of the sentence, else the last one told.
func (x *extractor) absence(a *sentence) {
	for k := range a.words {
		if !a.is(k, classCueStart) {
			continue
		}
		for _, c := range absenceCues {
			if a.words[k] != c[0] || !hasWords(a.words, k, c) {
				continue
			}
			ids := x.subjects(a, 0, k)
			ev := x.lastContact()
			if at := x.contactAt(a, k+len(c)); at != nil {
				ev = at // "was not invited to Alaska": the event held there
			}
			if len(ids) == 0 || ev == nil || ev.lastSent < a.idx-AbsenceWindow {
				continue
			}
			for _, id := range ids {
				ev.Participants = slices.DeleteFunc(ev.Participants, func(p string) bool { return p == id })
				if !slices.Contains(ev.Absent, id) {
					ev.Absent = append(ev.Absent, id)
				}
			}
		}
	}
}

// statement records a quotation with its speaker: the name before or after a verb of
// saying in a sentence holding quoted words.
func (x *extractor) statement(a *sentence) {
	quote := quoted(a.s.Text)
	if quote == "" {
		return
	}
	for k := range a.words {
		if !a.is(k, classQuoteVerb) {
			continue
		}
		speaker := ""
		if ids := x.subjects(a, 0, k); len(ids) == 1 {
			speaker = ids[0]
		} else if len(ids) > 1 {
			continue // several speakers ("The leaders described ...")
		} else if k+1 < len(a.words) && a.mention[k+1] >= 0 && x.isPerson(a.mention[k+1]) {
			speaker = x.d.Mentions[a.mention[k+1]].Entity
		} else if ids := x.scratchSubject(a, k); len(ids) > 0 {
			speaker = ids[0]
		}
		if e := x.d.Entity(speaker); e == nil || e.Kind != parley.Person {
			continue
		}
		ev := event{sent: a.idx}
		ev.Type, ev.Status, ev.Speaker, ev.Quote = parley.Statement, parley.Occurred, speaker, quote
		ti := x.nearestTimex(a, 0, len(a.words), k)
		x.fill(&ev, a, []string{speaker}, nil, "", ti)
		ev.Location = ""
		x.events = append(x.events, &ev)
		return
	}
}

// quoted returns the text between the first pair of quotation marks in s, or "".
func quoted(s string) string {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		i := strings.Index(s, q[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(q[0]):], q[1])
		if j > 0 {
			return strings.TrimRight(s[i+len(q[0]):i+len(q[0])+j], ", ")
		}
	}
	return ""
}

// scratchSubject returns mainSubject(a, t) in scratch memory, valid until its next call.
func (x *extractor) scratchSubject(a *sentence, t int) []string {
	x.subjectBuf = x.appendMainSubject(x.subjectBuf[:0], a, t)
	return x.subjectBuf
}

// updateSalience makes the subject of the sentence the person "he" or "she" refers to
// next.
func (x *extractor) updateSalience(a *sentence) {
	subj := x.scratchSubject(a, len(a.words))
	if x.countPeople(subj) >= 2 {
		x.group = namedGroup{ids: x.appendPeople(x.group.ids[:0], subj), sent: a.idx}
	}
	for _, id := range subj {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
			x.salient = slices.DeleteFunc(x.salient, func(s string) bool { return s == id })
			if len(x.salient) == MaxSalient {
				x.salient = append(x.salient[:0], x.salient[1:]...)
			}
			x.salient = append(x.salient, id)
			return
		}
	}
}

// countPeople returns how many of ids are people.
func (x *extractor) countPeople(ids []string) int {
	n := 0
	for _, id := range ids {
		if e := x.d.Entity(id); e != nil && e.Kind == parley.Person {
			n++
		}
	}
	return n
}

// noteDates keeps the last specific date of a sentence without events as the date the
// discourse is about.
func (x *extractor) noteDates(a *sentence) {
	for k := len(a.words) - 1; k >= 0; k-- {
		if ti := a.timex[k]; ti >= 0 && !parenthetical(a, k) {
			t := x.d.Timexes[ti]
			if t.From != "" && t.Type == "DATE" && (t.Granularity == parley.Day || t.Granularity == parley.Week) {
				d := parley.DateRange{Text: t.Text, Value: t.Value, Granularity: t.Granularity, Start: t.From, End: t.To}
				x.lastDate = &d
				return
			}
		}
	}
}

// MaxParenthetical is how many tokens a phrase set off by commas may have on either side
// of a date in it.
const MaxParenthetical = 10

// parenthetical reports whether token k lies in a phrase set off by commas that opens
// with a lower-case word, a participle or relative clause about something else ("For
// Merz, sworn in on Tuesday, it was").
func parenthetical(a *sentence, k int) bool {
	open := -1
	for j := k - 1; j >= 0 && k-j <= MaxParenthetical; j-- {
		if a.words[j] == "," && a.mention[j] < 0 {
			open = j
			break
		}
	}
	if open < 0 || open+1 >= k || a.mention[open+1] >= 0 || a.prefix[open+1] >= 0 || !isLowerWord(a.s.Tokens[open+1].Text) ||
		a.words[open+1] == "and" || a.is(open+1, classPreposition) {
		return false
	}
	for j := k + 1; j < len(a.words) && j-k <= MaxParenthetical; j++ {
		if a.words[j] == "," && a.mention[j] < 0 {
			return true
		}
	}
	return false
}

// finish drops what did not happen or lacks participants and gives every event its id.
func (x *extractor) finish() []parley.Event {
	var out []parley.Event
	seen := map[string]bool{}
	for i, ev := range x.events {
		if ev.negated || !enough(ev) {
			continue
		}
		if ev.Status == "" {
			ev.Status = parley.Occurred
		}
		if ev.Type == parley.Visit {
			if people := x.people(ev.Participants); len(people) >= 2 {
				// A visitor and a host: they met; the visit's other party is a country.
				ev.Type, ev.Participants = parley.Meeting, people
			}
		}
		if ev.Type == parley.Statement {
			ev.ID = parley.EventID(ev.Type, ev.Status, ev.Participants, ev.Date, strconv.Itoa(ev.Sources[0].Start))
		} else {
			ev.ID = parley.EventID(ev.Type, ev.Status, ev.Participants, ev.Date, ev.Location)
		}
		if seen[ev.ID] {
			continue
		}
		seen[ev.ID] = true
		if out == nil {
			out = make([]parley.Event, 0, len(x.events)-i)
		}
		out = append(out, ev.Event)
	}
	return out
}

// enough reports whether an event has the participants its type needs: two for a
// meeting, call or negotiation, one otherwise.
func enough(ev *event) bool {
	switch ev.Type {
	case parley.Meeting, parley.Call, parley.Negotiation:
		return len(ev.Participants) >= 2
	}
	return len(ev.Participants) >= 1
}

func sameSet(a, b []string) bool { return len(a) == len(b) && subset(a, b) }

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// compatible reports whether two dates may be the same day: either is unknown, or their
// intervals overlap.
func compatible(a, b parley.DateRange) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	return a.Start <= b.End && b.Start <= a.End
}

func narrower(a, b parley.DateRange) bool {
	return b.IsZero() || (a.End > "" && a.Start >= b.Start && a.End <= b.End && (a.Start != b.Start || a.End != b.End))
}
