// Checks Parley's GraphQL API with the reference JavaScript implementation: the schema
// served by introspection must build into a client schema, and every ```graphql example in
// the README must validate against it and run without errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';

const url = process.env.PARLEY_URL;
if (!url) throw new Error('PARLEY_URL is not set: run this through test/api/run.sh');

async function post(query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, body };
}

function readmeQueries() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const intro = await post(getIntrospectionQuery());
const schema = buildClientSchema(intro.body.data);

test('introspection builds a client schema with the API the issue names', () => {
  assert.equal(intro.status, 200);
  const fields = Object.keys(schema.getQueryType().getFields());
  for (const f of ['entity', 'search', 'timeline', 'meetings', 'contacts', 'path', 'event', 'article', 'articles', 'stats']) {
    assert.ok(fields.includes(f), `Query.${f} missing; have ${fields.join(', ')}`);
  }
});

test('the README has example queries', () => {
  assert.ok(readmeQueries().length >= 3, 'want at least three ```graphql examples in README.md');
});

for (const [i, q] of readmeQueries().entries()) {
  test(`README example ${i + 1} validates and runs`, async () => {
    const errs = validate(schema, parse(q));
    assert.deepEqual(errs.map((e) => e.message), []);
    const { status, body } = await post(q);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.ok(body.data && Object.values(body.data).every((v) => v !== null), JSON.stringify(body.data));
  });
}

test('errors carry extensions.code', async () => {
  const { body } = await post('{ meetings(between: ["person/nobody"], first: 1000) { totalCount } }');
  assert.ok(body.errors?.length > 0);
  assert.equal(body.errors[0].extensions?.code, 'LIMIT_EXCEEDED');
});
