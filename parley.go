// Package parley holds the domain types of Parley, a knowledge graph of diplomatic
// events: who met whom, where and when, each fact traced to the sentence that states it.
//
// The root package has no dependencies beyond the standard library. Subpackages wrap one
// dependency each: graph (Cayley), schema (graphql-go), loaders (text → facts), web (the
// viewer).
package parley

// Kind is the kind of an entity.
type Kind string

// Entity kinds.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Country      Kind = "country"
	Place        Kind = "place"
)

// Kinds lists every entity kind in display order.
var Kinds = []Kind{Person, Organization, Country, Place}

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool {
	switch k {
	case Person, Organization, Country, Place:
		return true
	}
	return false
}

// EventType is the type of an event.
type EventType string

// Event types. Meeting, Visit, Call, Summit and Negotiation are contacts: the people in
// them met or spoke. The others are recorded but are not contacts.
const (
	Meeting     EventType = "meeting"
	Visit       EventType = "visit"
	Call        EventType = "call"
	Summit      EventType = "summit"
	Negotiation EventType = "negotiation"
	Statement   EventType = "statement"
	Agreement   EventType = "agreement"
)

// EventTypes lists every event type.
var EventTypes = []EventType{Meeting, Visit, Call, Summit, Negotiation, Statement, Agreement}

// IsContact reports whether an event of type t means its participants met or spoke.
func (t EventType) IsContact() bool {
	switch t {
	case Meeting, Visit, Call, Summit, Negotiation:
		return true
	}
	return false
}

// Valid reports whether t is one of the known event types.
func (t EventType) Valid() bool {
	for _, x := range EventTypes {
		if x == t {
			return true
		}
	}
	return false
}

// CAMEO returns the CAMEO event code of an event of type t with status s, or "" when
// none fits: 040 consult, 041 discuss by telephone, 042 make a visit, 046 engage in
// negotiation, 036 express intent to meet or negotiate (planned contacts), 010 make a
// statement, 057 sign a formal agreement.
func (t EventType) CAMEO(s Status) string {
	if t.IsContact() && s == Planned {
		return "036"
	}
	if s != "" && s != Occurred {
		return ""
	}
	switch t {
	case Meeting, Summit:
		return "040"
	case Call:
		return "041"
	case Visit:
		return "042"
	case Negotiation:
		return "046"
	case Statement:
		return "010"
	case Agreement:
		return "057"
	}
	return ""
}

// Status says whether an event happened.
type Status string

// Event statuses. Only Occurred contacts count as having met.
const (
	Occurred     Status = "occurred"
	Planned      Status = "planned"
	Cancelled    Status = "cancelled"
	Hypothetical Status = "hypothetical"
)

// Granularity is the precision of a date.
type Granularity string

// Date granularities, finest first.
const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Quarter Granularity = "quarter"
	Season  Granularity = "season"
	Year    Granularity = "year"
	Decade  Granularity = "decade"
	Century Granularity = "century"
	Vague   Granularity = "vague"
)

// DateRange is a date as the text states it: the inclusive calendar-day interval it
// covers (Start, End as YYYY-MM-DD), its TIMEX3 value and granularity. "Earlier this
// week" in an article published 2024-12-19 is {Value: "2024-W51", Start: "2024-12-16",
// End: "2024-12-19", Granularity: Week}.
type DateRange struct {
	Text        string      `json:"text,omitempty"`
	Value       string      `json:"value,omitempty"`
	Granularity Granularity `json:"granularity,omitempty"`
	Start       string      `json:"start,omitempty"`
	End         string      `json:"end,omitempty"`
}

// IsZero reports whether d holds no interval.
func (d DateRange) IsZero() bool { return d.Start == "" && d.End == "" }

// Overlaps reports whether d intersects the inclusive interval [from, to]; an empty
// bound is open.
func (d DateRange) Overlaps(from, to string) bool {
	if d.IsZero() {
		return from == "" && to == ""
	}
	if from != "" && d.End < from {
		return false
	}
	if to != "" && d.Start > to {
		return false
	}
	return true
}

// Article is one news article.
type Article struct {
	ID        string `json:"id"`   // stable key: hash of URL, else of body (see ArticleID)
	Name      string `json:"name"` // file name without extension, or front matter id
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Body      string `json:"-"`
}

// Role is a title a person holds, optionally of an entity and over an interval:
// {Title: "President", Of: "country/france"}.
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"`
	From  string `json:"from,omitempty"` // YYYY-MM-DD, empty if unknown
	To    string `json:"to,omitempty"`
}

// Entity is a person, organization, country or place.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     Kind     `json:"kind"`
	Aliases  []string `json:"aliases,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"`
	Roles    []Role   `json:"roles,omitempty"`
}

// Evidence is a span of an article's body that states a fact, in Unicode code points,
// half-open, with the sentence it lies in.
type Evidence struct {
	Article string `json:"article,omitempty"` // Article.ID
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text,omitempty"`
}

// Event is something that happened (or was planned) between entities.
type Event struct {
	ID           string     `json:"id"`
	Type         EventType  `json:"type"`
	Status       Status     `json:"status"`
	Participants []string   `json:"participants"`
	Absent       []string   `json:"absent,omitempty"`
	Location     string     `json:"location,omitempty"`
	Date         DateRange  `json:"date"`
	Quote        string     `json:"quote,omitempty"`   // statements: the quoted words
	Speaker      string     `json:"speaker,omitempty"` // statements: who said them
	Sources      []Evidence `json:"evidence"`
}

// Mention is one span of text that names an entity.
type Mention struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Kind   Kind   `json:"kind"`
	Entity string `json:"entity,omitempty"`
}

// Timex is one temporal expression, TIMEX3 style.
type Timex struct {
	Text        string      `json:"text"`
	Start       int         `json:"start"`
	End         int         `json:"end"`
	Type        string      `json:"type"` // DATE, TIME, DURATION, SET
	Value       string      `json:"value"`
	Granularity Granularity `json:"granularity,omitempty"`
	From        string      `json:"from,omitempty"` // inclusive day interval for DATEs
	To          string      `json:"to,omitempty"`
}

// Extraction is everything read from one article.
type Extraction struct {
	Article  Article   `json:"article"`
	Entities []Entity  `json:"entities"`
	Mentions []Mention `json:"mentions"`
	Events   []Event   `json:"events"`
	Timexes  []Timex   `json:"timexes"`
}
