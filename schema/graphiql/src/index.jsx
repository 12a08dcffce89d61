// The entry of Parley's bundled GraphiQL page. The page's root element names the API
// endpoint in data-endpoint, so the page needs no inline script, and the nonce of the
// page's Content-Security-Policy in data-style-nonce: GraphiQL's dialogs lock scrolling
// with a <style> element (react-style-singleton), which carries that nonce.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { setNonce } from 'get-nonce';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const root = document.getElementById('graphiql');
const endpoint = root.dataset.endpoint || '/graphql';
if (root.dataset.styleNonce) {
  setNonce(root.dataset.styleNonce);
}

// fetcher posts one GraphQL request with the headers typed in GraphiQL's headers tab
// (an Authorization: Bearer token for the ingest mutation) and returns the JSON answer,
// whatever the HTTP status: the API answers errors as GraphQL JSON too.
async function fetcher(params, opts) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(opts && opts.headers) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const defaultQuery = `# Parley: who met whom, where and when.
{
  search(text: "zelensky", first: 5) {
    id
    name
    kind
  }
  stats {
    entities
    events
    articles
  }
}
`;

createRoot(root).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: false }),
);
