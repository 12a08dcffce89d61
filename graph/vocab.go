package graph

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/parleyhq/parley"
)

// Namespaces of the IRIs the graph uses.
const (
	// SchemaNS is schema.org, used wherever one of its terms fits.
	SchemaNS = "http://schema.org/"
	// ParleyNS holds the terms schema.org has no fit for.
	ParleyNS = "https://parley.dev/ns#"
	// IDNS prefixes every node id: entity, event, article, evidence and role nodes.
	IDNS = "https://parley.dev/id/"
	// RDFNS is the RDF namespace, for rdf:type.
	RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
)

// Classes, the objects of rdf:type.
var (
	ClassPerson       = quad.IRI(SchemaNS + "Person")
	ClassOrganization = quad.IRI(SchemaNS + "Organization")
	ClassCountry      = quad.IRI(SchemaNS + "Country")
	ClassPlace        = quad.IRI(SchemaNS + "Place")
	ClassEvent        = quad.IRI(SchemaNS + "Event")
	ClassArticle      = quad.IRI(SchemaNS + "NewsArticle")
	ClassEvidence     = quad.IRI(ParleyNS + "Evidence")
	ClassRole         = quad.IRI(ParleyNS + "Role")
)

// Predicates. Each is documented with an example quad in docs/model.md.
var (
	PredType = quad.IRI(RDFNS + "type")

	// Entities.
	PredName       = quad.IRI(SchemaNS + "name")
	PredAlias      = quad.IRI(SchemaNS + "alternateName")
	PredKey        = quad.IRI(ParleyNS + "key") // Fold of the name and of each alias
	PredWikidata   = quad.IRI(ParleyNS + "wikidata")
	PredRole       = quad.IRI(ParleyNS + "role")
	PredRolePerson = quad.IRI(ParleyNS + "person")
	PredRoleTitle  = quad.IRI(ParleyNS + "title")
	PredRoleOf     = quad.IRI(ParleyNS + "of")
	PredRoleFrom   = quad.IRI(ParleyNS + "from")
	PredRoleTo     = quad.IRI(ParleyNS + "to")

	// Events.
	PredEventType   = quad.IRI(ParleyNS + "eventType")
	PredStatus      = quad.IRI(ParleyNS + "status")
	PredAttendee    = quad.IRI(SchemaNS + "attendee")
	PredAbsent      = quad.IRI(ParleyNS + "absentAttendee")
	PredLocation    = quad.IRI(SchemaNS + "location")
	PredStartDate   = quad.IRI(SchemaNS + "startDate")
	PredEndDate     = quad.IRI(SchemaNS + "endDate")
	PredTimex       = quad.IRI(ParleyNS + "timex")
	PredGranularity = quad.IRI(ParleyNS + "granularity")
	PredDateText    = quad.IRI(ParleyNS + "dateText")
	PredQuote       = quad.IRI(ParleyNS + "quote")
	PredSpeaker     = quad.IRI(ParleyNS + "speaker")
	PredEvidence    = quad.IRI(ParleyNS + "evidence")

	// Evidence nodes.
	PredEvidenceArticle = quad.IRI(ParleyNS + "article")
	PredEvidenceStart   = quad.IRI(ParleyNS + "start")
	PredEvidenceEnd     = quad.IRI(ParleyNS + "end")
	PredSentence        = quad.IRI(ParleyNS + "sentence")

	// Articles.
	PredHeadline    = quad.IRI(SchemaNS + "headline")
	PredArticleName = quad.IRI(ParleyNS + "articleName")
	PredPublished   = quad.IRI(SchemaNS + "datePublished")
	PredURL         = quad.IRI(SchemaNS + "url")
	PredSource      = quad.IRI(ParleyNS + "source")
)

// singleValued lists the predicates a node holds at most one value of. The first
// value written wins; later different values are dropped (a later schema:name becomes
// a schema:alternateName instead).
var singleValued = map[quad.IRI]bool{
	PredType: true, PredName: true, PredWikidata: true,
	PredRolePerson: true, PredRoleTitle: true, PredRoleOf: true, PredRoleFrom: true, PredRoleTo: true,
	PredEventType: true, PredStatus: true, PredLocation: true, PredStartDate: true, PredEndDate: true,
	PredTimex: true, PredGranularity: true, PredDateText: true, PredQuote: true, PredSpeaker: true,
	PredEvidenceArticle: true, PredEvidenceStart: true, PredEvidenceEnd: true, PredSentence: true,
	PredHeadline: true, PredArticleName: true, PredPublished: true, PredURL: true, PredSource: true,
}

// kindClass maps an entity kind to its rdf:type class.
var kindClass = map[parley.Kind]quad.IRI{
	parley.Person:       ClassPerson,
	parley.Organization: ClassOrganization,
	parley.Country:      ClassCountry,
	parley.Place:        ClassPlace,
}

// classKind is the inverse of kindClass.
var classKind = map[quad.IRI]parley.Kind{
	ClassPerson:       parley.Person,
	ClassOrganization: parley.Organization,
	ClassCountry:      parley.Country,
	ClassPlace:        parley.Place,
}

// nodeIRI returns the IRI of a parley id: "person/mark-rutte" becomes
// <https://parley.dev/id/person/mark-rutte>.
func nodeIRI(id string) quad.IRI { return quad.IRI(IDNS + id) }

// nodeID returns the parley id of a node IRI and whether v is one.
func nodeID(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), IDNS) {
		return "", false
	}
	return strings.TrimPrefix(string(iri), IDNS), true
}
