package schema

import "github.com/graphql-go/graphql"

// newQuery returns the Query type of the schema of the types t with the resolvers of r.
func newQuery(t *types, r *resolver) *graphql.Object {
	meetingArgs := t.eventArgs(false)
	meetingArgs["between"] = &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.ID))),
		Description: "The entities that all took part, 1 to 10 ids."}
	timelineArgs := t.eventArgs(true)
	timelineArgs["entity"] = &graphql.ArgumentConfig{Type: graphql.ID, Description: "Only events this entity took part in; the whole graph when absent."}
	contactArgs := t.contactArgs()
	contactArgs["entity"] = &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.ID)}
	articleArgs := t.articleArgs()
	articleArgs["entity"] = &graphql.ArgumentConfig{Type: graphql.ID, Description: "Only articles that are evidence of an event this entity took part in."}
	return graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"entity": {Type: t.entity, Resolve: r.entity,
				Description: "The entity with the id, or whose name or alias matches name ignoring case and accents. Give one of the two.",
				Args: graphql.FieldConfigArgument{
					"id":   {Type: graphql.ID},
					"name": {Type: graphql.String},
				}},
			"search": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.entity))), Resolve: r.search,
				Description: "The entities whose names or aliases best match text, ignoring case and accents: whole names first, then word prefixes, then names within two edits.",
				Args: graphql.FieldConfigArgument{
					"text":  {Type: graphql.NewNonNull(graphql.String), Description: "At most 200 characters, with a letter or digit."},
					"kinds": {Type: graphql.NewList(graphql.NewNonNull(t.kind)), Description: "Only entities of these kinds."},
					"first": {Type: graphql.Int, Description: "The most entities to return, 1 to 100; 20 when absent."},
				}},
			"timeline": {Type: graphql.NewNonNull(t.events), Args: timelineArgs, Resolve: r.timeline,
				Description: "Events of every type and status, in timeline order."},
			"meetings": {Type: graphql.NewNonNull(t.events), Args: meetingArgs, Resolve: r.meetings,
				Description: "The occurred contacts in which every entity of between took part, in timeline order."},
			"contacts": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.contact))), Args: contactArgs, Resolve: r.contacts,
				Description: "Who the entity met or spoke with in occurred contacts: most contacts first, then by name."},
			"path": {Type: graphql.NewList(graphql.NewNonNull(t.hop)), Resolve: r.path,
				Description: "The shortest chain of occurred contacts from one entity to another: null when none is at most maxHops long, empty from an entity to itself.",
				Args: graphql.FieldConfigArgument{
					"from":    {Type: graphql.NewNonNull(graphql.ID)},
					"to":      {Type: graphql.NewNonNull(graphql.ID)},
					"maxHops": {Type: graphql.Int, Description: "The longest chain to look for, 1 to 6; 6 when absent."},
				}},
			"event": {Type: t.event, Resolve: r.event, Description: "The event with the id.",
				Args: graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID)}}},
			"article": {Type: t.article, Resolve: r.article, Description: "The article with the id.",
				Args: graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID)}}},
			"articles": {Type: graphql.NewNonNull(t.articles), Args: articleArgs, Resolve: r.articles,
				Description: "Articles, newest first."},
			"stats": {Type: graphql.NewNonNull(t.stats), Resolve: r.stats, Description: "What the graph holds."},
		},
	})
}
