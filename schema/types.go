package schema

import (
	"strings"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/parleyhq/parley"
)

// statuses and granularities list the values of the enums the root package does not list.
var (
	statuses      = []parley.Status{parley.Occurred, parley.Planned, parley.Cancelled, parley.Hypothetical}
	granularities = []parley.Granularity{parley.Day, parley.Week, parley.Month, parley.Quarter,
		parley.Season, parley.Year, parley.Decade, parley.Century, parley.Vague}
)

// types holds the GraphQL types of one schema. They are built per schema because New
// wraps their resolvers in place.
type types struct {
	date                                 *graphql.Scalar
	kind, eventType, status, granularity *graphql.Enum
	entity, role, event, dateRange       *graphql.Object
	evidence, article, contact, hop      *graphql.Object
	stats, pageInfo                      *graphql.Object
	events, articles                     *graphql.Object // connections
}

// newTypes returns the object types of the schema with the resolvers of r.
func newTypes(r *resolver) *types {
	t := &types{
		date:        newDateScalar(),
		kind:        newEnum("EntityKind", "The kind of an entity.", parley.Kinds),
		eventType:   newEnum("EventType", "The type of an event. MEETING, VISIT, CALL, SUMMIT and NEGOTIATION are contacts.", parley.EventTypes),
		status:      newEnum("EventStatus", "Whether an event happened.", statuses),
		granularity: newEnum("Granularity", "The precision of a date.", granularities),
	}
	t.article = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Article",
		Description: "A news article.",
		Fields: graphql.Fields{
			"id":        {Type: graphql.NewNonNull(graphql.ID), Resolve: articleField(func(a *parley.Article) any { return &a.ID })},
			"name":      {Type: graphql.NewNonNull(graphql.String), Resolve: articleField(func(a *parley.Article) any { return &a.Name })},
			"title":     {Type: graphql.String, Resolve: articleField(func(a *parley.Article) any { return nonEmpty(&a.Title) })},
			"url":       {Type: graphql.String, Resolve: articleField(func(a *parley.Article) any { return nonEmpty(&a.URL) })},
			"source":    {Type: graphql.String, Resolve: articleField(func(a *parley.Article) any { return nonEmpty(&a.Source) })},
			"published": {Type: t.date, Resolve: articleField(func(a *parley.Article) any { return &a.Published })},
		},
	})
	t.evidence = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "The span of an article that states a fact, in Unicode code points, half-open.",
		Fields: graphql.Fields{
			"text":    {Type: graphql.NewNonNull(graphql.String), Resolve: evidenceField(func(e *parley.Evidence) any { return &e.Text })},
			"start":   {Type: graphql.NewNonNull(graphql.Int), Resolve: evidenceField(func(e *parley.Evidence) any { return e.Start })},
			"end":     {Type: graphql.NewNonNull(graphql.Int), Resolve: evidenceField(func(e *parley.Evidence) any { return e.End })},
			"article": {Type: t.article, Resolve: r.evidenceArticle},
		},
	})
	t.dateRange = graphql.NewObject(graphql.ObjectConfig{
		Name:        "DateRange",
		Description: "A date as the text states it: the inclusive interval of days it covers, its TIMEX3 value and granularity.",
		Fields: graphql.Fields{
			"text":        {Type: graphql.String, Resolve: dateField(func(d *parley.DateRange) any { return nonEmpty(&d.Text) })},
			"value":       {Type: graphql.String, Resolve: dateField(func(d *parley.DateRange) any { return nonEmpty(&d.Value) })},
			"start":       {Type: t.date, Resolve: dateField(func(d *parley.DateRange) any { return &d.Start })},
			"end":         {Type: t.date, Resolve: dateField(func(d *parley.DateRange) any { return &d.End })},
			"granularity": {Type: t.granularity, Resolve: dateField(func(d *parley.DateRange) any { return enumValue(d.Granularity) })},
		},
	})
	t.role = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "A title a person holds, optionally of an entity and over an interval.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"title": {Type: graphql.NewNonNull(graphql.String), Resolve: roleField(func(r *parley.Role) any { return &r.Title })},
				"of":    {Type: t.entity, Resolve: r.roleOf},
				"from":  {Type: t.date, Resolve: roleField(func(r *parley.Role) any { return &r.From })},
				"to":    {Type: t.date, Resolve: roleField(func(r *parley.Role) any { return &r.To })},
			}
		}),
	})
	t.entity = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Entity",
		Description: "A person, organization, country or place.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			meetingArgs := t.eventArgs(false)
			meetingArgs["with"] = &graphql.ArgumentConfig{Type: graphql.NewList(graphql.NewNonNull(graphql.ID)),
				Description: "Only meetings every one of these entities also took part in."}
			return graphql.Fields{
				"id":       {Type: graphql.NewNonNull(graphql.ID), Resolve: entityField(func(e *parley.Entity) any { return &e.ID })},
				"name":     {Type: graphql.NewNonNull(graphql.String), Resolve: entityField(func(e *parley.Entity) any { return &e.Name })},
				"kind":     {Type: graphql.NewNonNull(t.kind), Resolve: entityField(func(e *parley.Entity) any { return e.Kind })},
				"aliases":  {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))), Resolve: entityField(func(e *parley.Entity) any { return nonNil(e.Aliases) })},
				"wikidata": {Type: graphql.String, Resolve: entityField(func(e *parley.Entity) any { return nonEmpty(&e.Wikidata) })},
				"roles": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.role))), Resolve: r.entityRoles,
					Args: graphql.FieldConfigArgument{"at": {Type: t.date, Description: "Only the roles held on this day; an unknown bound is open."}}},
				"events": {Type: graphql.NewNonNull(t.events), Args: t.eventArgs(true), Resolve: r.entityEvents,
					Description: "The events of every type and status the entity took part in, in timeline order."},
				"meetings": {Type: graphql.NewNonNull(t.events), Args: meetingArgs, Resolve: r.entityMeetings,
					Description: "The occurred contacts (meetings, visits, calls, summits, negotiations) the entity took part in, in timeline order."},
				"contacts": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.contact))), Args: t.contactArgs(), Resolve: r.entityContacts,
					Description: "Who the entity met or spoke with in occurred contacts, most contacts first."},
				"articles": {Type: graphql.NewNonNull(t.articles), Args: t.articleArgs(), Resolve: r.entityArticles,
					Description: "The articles that are evidence of an event the entity took part in, newest first."},
			}
		}),
	})
	t.event = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Event",
		Description: "Something that happened, or was planned, between entities.",
		Fields: graphql.Fields{
			"id":           {Type: graphql.NewNonNull(graphql.ID), Resolve: eventField(func(e *parley.Event) any { return &e.ID })},
			"type":         {Type: graphql.NewNonNull(t.eventType), Resolve: eventField(func(e *parley.Event) any { return e.Type })},
			"status":       {Type: graphql.NewNonNull(t.status), Resolve: eventField(func(e *parley.Event) any { return e.Status })},
			"cameo":        {Type: graphql.String, Resolve: eventField(func(e *parley.Event) any { cameo := e.Type.CAMEO(e.Status); return nonEmpty(&cameo) }), Description: "The CAMEO event code, null when none fits."},
			"date":         {Type: graphql.NewNonNull(t.dateRange), Resolve: eventField(func(e *parley.Event) any { return &e.Date })},
			"quote":        {Type: graphql.String, Resolve: eventField(func(e *parley.Event) any { return nonEmpty(&e.Quote) })},
			"speaker":      {Type: t.entity, Resolve: r.eventSpeaker},
			"location":     {Type: t.entity, Resolve: r.eventLocation},
			"participants": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.entity))), Resolve: r.eventParticipants},
			"absent":       {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.entity))), Resolve: r.eventAbsent, Description: "Entities the sources say were expected but did not take part."},
			"sources":      {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.evidence))), Resolve: r.eventSources},
		},
	})
	t.pageInfo = graphql.NewObject(graphql.ObjectConfig{
		Name: "PageInfo",
		Fields: graphql.Fields{
			"hasNextPage": {Type: graphql.NewNonNull(graphql.Boolean), Resolve: connectionField(func(c *connection) any { return c.hasNext })},
			"endCursor":   {Type: graphql.String, Resolve: connectionField((*connection).endCursor)},
		},
	})
	t.events = t.newConnection("Event", t.event, "A page of events in timeline order (start date, then width, then id).")
	t.articles = t.newConnection("Article", t.article, "A page of articles, newest first (published, then id).")
	t.contact = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Contact",
		Description: "Another entity an entity met or spoke with in occurred contacts.",
		Fields: graphql.Fields{
			"entity": {Type: graphql.NewNonNull(t.entity), Resolve: r.contactEntity},
			"count":  {Type: graphql.NewNonNull(graphql.Int), Resolve: contactField(func(c *parley.Contact) any { return c.Count }), Description: "The number of contact events."},
			"first":  {Type: t.date, Resolve: contactField(func(c *parley.Contact) any { return &c.First }), Description: "The start of the earliest contact."},
			"last":   {Type: t.date, Resolve: contactField(func(c *parley.Contact) any { return &c.Last }), Description: "The end of the latest contact."},
			"events": {Type: graphql.NewNonNull(t.events), Args: pageArgs(), Resolve: r.contactEvents,
				Description: "The contact events, in timeline order."},
		},
	})
	t.hop = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Hop",
		Description: "One step of a path of contacts: from met or spoke with to.",
		Fields: graphql.Fields{
			"from":   {Type: graphql.NewNonNull(t.entity), Resolve: r.hopFrom},
			"to":     {Type: graphql.NewNonNull(t.entity), Resolve: r.hopTo},
			"events": {Type: graphql.NewNonNull(t.events), Args: pageArgs(), Resolve: r.hopEvents, Description: "The contact events of the two, in timeline order."},
		},
	})
	t.stats = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Stats",
		Description: "What the graph holds.",
		Fields: graphql.Fields{
			"quads":    {Type: graphql.NewNonNull(graphql.Float), Resolve: statsField(func(s parley.Stats) any { return float64(s.Quads) }), Description: "The number of quads; a Float because it may pass 2^31."},
			"entities": {Type: graphql.NewNonNull(graphql.Int), Resolve: statsField(func(s parley.Stats) any { return s.Entities })},
			"events":   {Type: graphql.NewNonNull(graphql.Int), Resolve: statsField(func(s parley.Stats) any { return s.Events })},
			"articles": {Type: graphql.NewNonNull(graphql.Int), Resolve: statsField(func(s parley.Stats) any { return s.Articles })},
		},
	})
	return t
}

// newConnection returns the Relay connection type of the node type, named
// <name>Connection, with its <name>Edge type.
func (t *types) newConnection(name string, node *graphql.Object, description string) *graphql.Object {
	edge := graphql.NewObject(graphql.ObjectConfig{
		Name: name + "Edge",
		Fields: graphql.Fields{
			"cursor": {Type: graphql.NewNonNull(graphql.String), Resolve: edgeField(func(e *edgeRef) any { return e.cursor })},
			"node":   {Type: graphql.NewNonNull(node), Resolve: edgeField(func(e *edgeRef) any { return e.node })},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Connection",
		Description: description,
		Fields: graphql.Fields{
			"totalCount": {Type: graphql.NewNonNull(graphql.Int), Resolve: connectionField(func(c *connection) any { return c.totalCount })},
			"edges":      {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(edge))), Resolve: connectionField((*connection).edges)},
			"pageInfo":   {Type: graphql.NewNonNull(t.pageInfo), Resolve: connectionField(func(c *connection) any { return c })},
		},
	})
}

// pageArgs returns the arguments of a page of a connection.
func pageArgs() graphql.FieldConfigArgument {
	return graphql.FieldConfigArgument{
		"first": {Type: graphql.Int, Description: "Page size, 1 to 100; 20 when absent."},
		"after": {Type: graphql.String, Description: "The endCursor of the previous page."},
	}
}

// windowArgs adds the from and to arguments, with their descriptions, to args.
func (t *types) windowArgs(args graphql.FieldConfigArgument, from, to string) graphql.FieldConfigArgument {
	args["from"] = &graphql.ArgumentConfig{Type: t.date, Description: from}
	args["to"] = &graphql.ArgumentConfig{Type: t.date, Description: to}
	return args
}

// eventArgs returns the arguments of a page of events, with the types filter if asked.
func (t *types) eventArgs(withTypes bool) graphql.FieldConfigArgument {
	args := t.windowArgs(pageArgs(), "Only events whose interval ends on or after this day.",
		"Only events whose interval starts on or before this day.")
	if withTypes {
		args["types"] = &graphql.ArgumentConfig{Type: graphql.NewList(graphql.NewNonNull(t.eventType)), Description: "Only events of these types."}
	}
	return args
}

// articleArgs returns the arguments of a page of articles.
func (t *types) articleArgs() graphql.FieldConfigArgument {
	return t.windowArgs(pageArgs(), "Only articles published on or after this day.", "Only articles published on or before this day.")
}

// contactArgs returns the arguments of a list of contacts.
func (t *types) contactArgs() graphql.FieldConfigArgument {
	return t.windowArgs(graphql.FieldConfigArgument{
		"first": {Type: graphql.Int, Description: "The most contacts to return, 1 to 100; 20 when absent."},
	}, "Only contacts whose interval ends on or after this day.", "Only contacts whose interval starts on or before this day.")
}

// newEnum returns an enum type whose GraphQL names are the upper-cased values.
func newEnum[T ~string](name, description string, values []T) *graphql.Enum {
	m := graphql.EnumValueConfigMap{}
	for _, v := range values {
		m[strings.ToUpper(string(v))] = &graphql.EnumValueConfig{Value: v}
	}
	return graphql.NewEnum(graphql.EnumConfig{Name: name, Description: description, Values: m})
}

// dateLayout is the layout of the Date scalar.
const dateLayout = "2006-01-02"

// validDate reports whether s is a real calendar day written YYYY-MM-DD.
func validDate(s string) bool {
	_, err := time.Parse(dateLayout, s)
	return err == nil
}

// newDateScalar returns the Date scalar: a calendar day, YYYY-MM-DD. Input that is not a
// real day is rejected by validation (BAD_USER_INPUT); an empty stored date is null.
func newDateScalar() *graphql.Scalar {
	parse := func(v any) any {
		if s, ok := v.(string); ok && validDate(s) {
			return s
		}
		return nil
	}
	return graphql.NewScalar(graphql.ScalarConfig{
		Name:        "Date",
		Description: "A calendar day, YYYY-MM-DD.",
		Serialize: func(v any) any {
			switch s := v.(type) {
			case string:
				if s != "" {
					return s
				}
			case *string:
				if s != nil && *s != "" {
					return *s
				}
			}
			return nil
		},
		ParseValue: parse,
		ParseLiteral: func(v ast.Value) any {
			if s, ok := v.(*ast.StringValue); ok {
				return parse(s.Value)
			}
			return nil
		},
	})
}

// nonEmpty returns nil for "" so that optional strings are null, not empty, and s
// otherwise.
func nonEmpty(s *string) any {
	if *s == "" {
		return nil
	}
	return s
}

// nonNil returns an empty slice for nil.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// enumValue returns nil for an empty enum value so that it is null.
func enumValue[T ~string](v T) any {
	if v == "" {
		return nil
	}
	return v
}
