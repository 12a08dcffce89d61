package synth

// A Query is one GraphQL query of the benchmark mix. Queries about one entity take it
// as $e; queries about a pair take $a and $b.
type Query struct {
	Name string // also the field the query asks for
	Text string
	Pair bool // asks about a pair from Sample, not a person
}

// Queries are the queries `parley bench serve` and the handler benchmark mix, in turn:
// an entity's timeline, the meetings of a pair and an entity's contacts, each asking
// for what the viewer shows.
func Queries() []Query {
	return []Query{
		{Name: "timeline", Text: `query($e: ID!) { timeline(entity: $e, first: 20) { totalCount
		edges { cursor node { id type status date { start end } participants { id name } sources { text article { title } } } }
		pageInfo { hasNextPage endCursor } } }`},
		{Name: "meetings", Pair: true, Text: `query($a: ID!, $b: ID!) { meetings(between: [$a, $b], first: 20) { totalCount
		edges { node { id type date { start end } location { name } sources { text } } } } }`},
		{Name: "contacts", Text: `query($e: ID!) { contacts(entity: $e, first: 20) { entity { id name kind } count first last } }`},
	}
}
