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
	date, query                          graphql.Type
	kind, eventType, status, granularity *graphql.Enum
	entity, role, event, dateRange       *graphql.Object
	evidence, article, connection, edge  *graphql.Object
	pageInfo                             *graphql.Object
}

// newTypes returns the types of the schema with the resolvers of r.
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
			"id":        {Type: graphql.NewNonNull(graphql.ID), Resolve: articleField(func(a *parley.Article) any { return a.ID })},
			"name":      {Type: graphql.NewNonNull(graphql.String), Resolve: articleField(func(a *parley.Article) any { return a.Name })},
			"title":     {Type: graphql.String, Resolve: articleField(func(a *parley.Article) any { return nonEmpty(a.Title) })},
			"url":       {Type: graphql.String, Resolve: articleField(func(a *parley.Article) any { return nonEmpty(a.URL) })},
			"source":    {Type: graphql.String, Resolve: articleField(func(a *parley.Article) any { return nonEmpty(a.Source) })},
			"published": {Type: t.date, Resolve: articleField(func(a *parley.Article) any { return a.Published })},
		},
	})
	t.evidence = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "The span of an article that states a fact, in Unicode code points, half-open.",
		Fields: graphql.Fields{
			"text":    {Type: graphql.NewNonNull(graphql.String), Resolve: evidenceField(func(e parley.Evidence) any { return e.Text })},
			"start":   {Type: graphql.NewNonNull(graphql.Int), Resolve: evidenceField(func(e parley.Evidence) any { return e.Start })},
			"end":     {Type: graphql.NewNonNull(graphql.Int), Resolve: evidenceField(func(e parley.Evidence) any { return e.End })},
			"article": {Type: t.article, Resolve: r.evidenceArticle},
		},
	})
	t.dateRange = graphql.NewObject(graphql.ObjectConfig{
		Name:        "DateRange",
		Description: "A date as the text states it: the inclusive interval of days it covers, its TIMEX3 value and granularity.",
		Fields: graphql.Fields{
			"text":        {Type: graphql.String, Resolve: dateField(func(d parley.DateRange) any { return nonEmpty(d.Text) })},
			"value":       {Type: graphql.String, Resolve: dateField(func(d parley.DateRange) any { return nonEmpty(d.Value) })},
			"start":       {Type: t.date, Resolve: dateField(func(d parley.DateRange) any { return d.Start })},
			"end":         {Type: t.date, Resolve: dateField(func(d parley.DateRange) any { return d.End })},
			"granularity": {Type: t.granularity, Resolve: dateField(func(d parley.DateRange) any { return enumValue(d.Granularity) })},
		},
	})
	t.role = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "A title a person holds, optionally of an entity and over an interval.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"title": {Type: graphql.NewNonNull(graphql.String), Resolve: roleField(func(r parley.Role) any { return r.Title })},
				"of":    {Type: t.entity, Resolve: r.roleOf},
				"from":  {Type: t.date, Resolve: roleField(func(r parley.Role) any { return r.From })},
				"to":    {Type: t.date, Resolve: roleField(func(r parley.Role) any { return r.To })},
			}
		}),
	})
	meetingArgs := func() graphql.FieldConfigArgument {
		return graphql.FieldConfigArgument{
			"from":  {Type: t.date, Description: "Only events whose interval ends on or after this day."},
			"to":    {Type: t.date, Description: "Only events whose interval starts on or before this day."},
			"first": {Type: graphql.Int, Description: "Page size, 1 to 100; 20 when absent."},
			"after": {Type: graphql.String, Description: "The endCursor of the previous page."},
		}
	}
	t.entity = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Entity",
		Description: "A person, organization, country or place.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			args := meetingArgs()
			args["with"] = &graphql.ArgumentConfig{Type: graphql.NewList(graphql.NewNonNull(graphql.ID)),
				Description: "Only meetings every one of these entities also took part in."}
			return graphql.Fields{
				"id":       {Type: graphql.NewNonNull(graphql.ID), Resolve: entityField(func(e *parley.Entity) any { return e.ID })},
				"name":     {Type: graphql.NewNonNull(graphql.String), Resolve: entityField(func(e *parley.Entity) any { return e.Name })},
				"kind":     {Type: graphql.NewNonNull(t.kind), Resolve: entityField(func(e *parley.Entity) any { return e.Kind })},
				"aliases":  {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))), Resolve: entityField(func(e *parley.Entity) any { return nonNil(e.Aliases) })},
				"wikidata": {Type: graphql.String, Resolve: entityField(func(e *parley.Entity) any { return nonEmpty(e.Wikidata) })},
				"roles":    {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.role))), Resolve: r.entityRoles},
				"meetings": {Type: graphql.NewNonNull(t.connection), Args: args, Resolve: r.entityMeetings,
					Description: "The occurred contacts (meetings, visits, calls, summits, negotiations) the entity took part in, in timeline order."},
			}
		}),
	})
	t.event = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Event",
		Description: "Something that happened, or was planned, between entities.",
		Fields: graphql.Fields{
			"id":           {Type: graphql.NewNonNull(graphql.ID), Resolve: eventField(func(e *parley.Event) any { return e.ID })},
			"type":         {Type: graphql.NewNonNull(t.eventType), Resolve: eventField(func(e *parley.Event) any { return e.Type })},
			"status":       {Type: graphql.NewNonNull(t.status), Resolve: eventField(func(e *parley.Event) any { return e.Status })},
			"date":         {Type: graphql.NewNonNull(t.dateRange), Resolve: eventField(func(e *parley.Event) any { return e.Date })},
			"quote":        {Type: graphql.String, Resolve: eventField(func(e *parley.Event) any { return nonEmpty(e.Quote) })},
			"speaker":      {Type: t.entity, Resolve: r.eventSpeaker},
			"location":     {Type: t.entity, Resolve: r.eventLocation},
			"participants": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.entity))), Resolve: r.eventParticipants},
			"absent":       {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.entity))), Resolve: r.eventAbsent, Description: "Entities the sources say were expected but did not take part."},
			"sources":      {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.evidence))), Resolve: r.eventSources},
		},
	})
	t.edge = graphql.NewObject(graphql.ObjectConfig{
		Name: "EventEdge",
		Fields: graphql.Fields{
			"cursor": {Type: graphql.NewNonNull(graphql.String), Resolve: edgeField(func(e edgeRef) any { return e.cursor })},
			"node":   {Type: graphql.NewNonNull(t.event), Resolve: edgeField(func(e edgeRef) any { return e.node })},
		},
	})
	t.pageInfo = graphql.NewObject(graphql.ObjectConfig{
		Name: "PageInfo",
		Fields: graphql.Fields{
			"hasNextPage": {Type: graphql.NewNonNull(graphql.Boolean), Resolve: connectionField(func(c connection) any { return c.page.HasNext })},
			"endCursor":   {Type: graphql.String, Resolve: connectionField(connection.endCursor)},
		},
	})
	t.connection = graphql.NewObject(graphql.ObjectConfig{
		Name:        "EventConnection",
		Description: "A page of events in timeline order (start date, then width, then id).",
		Fields: graphql.Fields{
			"totalCount": {Type: graphql.NewNonNull(graphql.Int), Resolve: connectionField(func(c connection) any { return c.page.TotalCount })},
			"edges":      {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.edge))), Resolve: connectionField(connection.edges)},
			"pageInfo":   {Type: graphql.NewNonNull(t.pageInfo), Resolve: connectionField(func(c connection) any { return c })},
		},
	})
	margs := meetingArgs()
	margs["between"] = &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.ID))),
		Description: "The entities that all took part, 1 to 10 ids."}
	t.query = graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"entity": {Type: t.entity, Resolve: r.entity,
				Description: "The entity with the id, or whose name or alias matches name ignoring case and accents. Give one of the two.",
				Args: graphql.FieldConfigArgument{
					"id":   {Type: graphql.ID},
					"name": {Type: graphql.String},
				}},
			"meetings": {Type: graphql.NewNonNull(t.connection), Args: margs, Resolve: r.meetings,
				Description: "The occurred contacts in which every entity of between took part, in timeline order."},
		},
	})
	return t
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
			if s, ok := v.(string); ok && s != "" {
				return s
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

// nonEmpty returns nil for "" so that optional strings are null, not empty.
func nonEmpty(s string) any {
	if s == "" {
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
