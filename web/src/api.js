// Client of Parley's GraphQL API at /graphql, the only server the viewer talks to. Root
// fields that the running server does not offer yet are detected by introspection and
// replaced by the closest query it does offer.

/** PAGE is the page size the viewer asks for (the API allows at most 100). */
export const PAGE = 100;
/** SUGGESTIONS is how many entities the search box proposes. */
export const SUGGESTIONS = 8;
/** CONTACTS is how many contacts an entity page and a network expansion show. */
export const CONTACTS = 50;

/** GraphQLError is an error answered by the API, with its code when it has one. */
export class GraphQLError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** gql runs a query and returns its data, or throws a GraphQLError. */
export async function gql(query, variables = {}) {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLError(`server answered ${res.status} without JSON`);
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    throw new GraphQLError(e.message, e.extensions && e.extensions.code);
  }
  return body.data;
}

let rootFields;

/** has reports whether the API offers the root query field name. */
export async function has(name) {
  if (!rootFields) {
    rootFields = gql("{ __schema { queryType { fields { name } } } }")
      .then((d) => new Set(d.__schema.queryType.fields.map((f) => f.name)))
      .catch(() => new Set(["entity", "meetings"]));
  }
  return (await rootFields).has(name);
}

const ENTITY_REF = "id name kind";
const DATE = "date { text value start end granularity }";
export const EVENT_FIELDS = `id type status ${DATE}
  participants { ${ENTITY_REF} } absent { ${ENTITY_REF} } location { ${ENTITY_REF} }`;
const EVENT_FULL = `${EVENT_FIELDS}
  sources { text start end article { id title url published source } }`;
const CONNECTION = `totalCount pageInfo { hasNextPage endCursor } edges { node { ${EVENT_FULL} } }`;

/** search returns the entities best matching text, of the kinds if given. */
export async function search(text, kinds = null, first = SUGGESTIONS) {
  if (await has("search")) {
    const d = await gql(
      `query($text: String!, $kinds: [EntityKind!], $first: Int) {
        search(text: $text, kinds: $kinds, first: $first) { ${ENTITY_REF} aliases } }`,
      { text, kinds, first },
    );
    return d.search;
  }
  // Fallback: an exact name or alias lookup.
  try {
    const d = await gql(`query($name: String) { entity(name: $name) { ${ENTITY_REF} aliases } }`, { name: text });
    return d.entity && (!kinds || kinds.includes(d.entity.kind)) ? [d.entity] : [];
  } catch {
    return [];
  }
}

/** entity returns the entity with the id, with its aliases and roles. */
export async function entity(id) {
  const d = await gql(
    `query($id: ID) { entity(id: $id) { ${ENTITY_REF} aliases wikidata
      roles { title from to of { id name kind } } } }`,
    { id },
  );
  return d.entity;
}

/** entities returns the entities with the ids, skipping unknown ones. */
export async function entities(ids) {
  const out = [];
  for (const id of ids) {
    try {
      const e = await gql(`query($id: ID) { entity(id: $id) { ${ENTITY_REF} } }`, { id });
      if (e.entity) out.push(e.entity);
    } catch {
      /* unknown id: skipped */
    }
  }
  return out;
}

// allPages follows a connection through its pages, at most maxPages of them.
async function allPages(fetchPage, maxPages = 10) {
  const events = [];
  let after = null;
  let total = 0;
  for (let i = 0; i < maxPages; i++) {
    const c = await fetchPage(after);
    total = c.totalCount;
    events.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  events.forEach(remember);
  return { events, total };
}

/**
 * timeline returns the events of an entity, filtered by date and types, as
 * { events, total }. Without the timeline field it falls back to the entity's meetings.
 */
export async function timeline(entityId, { from = null, to = null, types = null } = {}) {
  if (await has("timeline")) {
    return allPages(async (after) => (await gql(
      `query($entity: ID, $from: Date, $to: Date, $types: [EventType!], $first: Int, $after: String) {
        timeline(entity: $entity, from: $from, to: $to, types: $types, first: $first, after: $after) { ${CONNECTION} } }`,
      { entity: entityId, from, to, types, first: PAGE, after },
    )).timeline);
  }
  const r = await meetings([entityId], { from, to });
  if (types) r.events = r.events.filter((e) => types.includes(e.type));
  r.total = r.events.length;
  return r;
}

/** meetings returns the occurred contacts in which all the entities took part. */
export async function meetings(between, { from = null, to = null } = {}) {
  return allPages(async (after) => (await gql(
    `query($between: [ID!]!, $from: Date, $to: Date, $first: Int, $after: String) {
      meetings(between: $between, from: $from, to: $to, first: $first, after: $after) { ${CONNECTION} } }`,
    { between, from, to, first: PAGE, after },
  )).meetings);
}

/**
 * contacts returns whom the entity met in [from, to], most frequent first, as
 * [{ entity, count, first, last }]. Without the contacts field it counts
 * the participants of the entity's meetings.
 */
export async function contacts(entityId, { from = null, to = null, first = CONTACTS } = {}) {
  if (await has("contacts")) {
    const d = await gql(
      `query($entity: ID!, $from: Date, $to: Date, $first: Int) {
        contacts(entity: $entity, from: $from, to: $to, first: $first) {
          entity { ${ENTITY_REF} } count first last } }`,
      { entity: entityId, from, to, first },
    );
    return d.contacts;
  }
  const { events } = await meetings([entityId], { from, to });
  const by = new Map();
  for (const ev of events) {
    for (const p of ev.participants) {
      if (p.id === entityId) continue;
      const c = by.get(p.id) || { entity: p, count: 0, first: null, last: null };
      c.count++;
      if (ev.date.start && (!c.first || ev.date.start < c.first)) c.first = ev.date.start;
      if (ev.date.end && (!c.last || ev.date.end > c.last)) c.last = ev.date.end;
      by.set(p.id, c);
    }
  }
  return [...by.values()].sort((a, b) => b.count - a.count).slice(0, first);
}

// seen holds the events already fetched, so that an event can be shown even by a server
// without the event field.
const seen = new Map();
function remember(ev) {
  seen.set(ev.id, ev);
}

/**
 * event returns the event with the id, with its evidence and the aliases of its
 * participants (to find them in the evidence), or null.
 */
export async function event(id) {
  if (await has("event")) {
    const d = await gql(`query($id: ID!) { event(id: $id) { ${EVENT_FULL}
      participants { ${ENTITY_REF} aliases } location { ${ENTITY_REF} aliases } } }`, { id });
    return d.event;
  }
  return seen.get(id) || null;
}
