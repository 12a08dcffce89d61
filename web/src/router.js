// Hash routes: #/entity/ID, #/event/ID, #/network/ID?from=&to=, #/meetings?ids=&from=&to=.

/** route returns the current route: { path: ["entity", id], params: URLSearchParams }. */
export function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [p, q = ""] = hash.split("?");
  const path = p.split("/").filter(Boolean).map(decodeURIComponent);
  return { path, params: new URLSearchParams(q) };
}

/** navigate goes to a route such as "/entity/person%2Fx". */
export function navigate(to) {
  location.hash = "#" + to;
}

/** withParams returns path with the non-empty params as a query string. */
export function withParams(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
