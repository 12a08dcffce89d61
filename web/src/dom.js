// DOM helpers. Every string handed to them becomes a text node or an attribute value,
// never HTML: article text cannot inject markup.

/**
 * h returns a new element with attributes and children. Attributes named on* are
 * refused (listeners go through `on`); children may be nodes, strings (as text),
 * numbers, arrays, null or false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "on") {
      for (const [type, fn] of Object.entries(v)) el.addEventListener(type, fn);
    } else if (k === "class") {
      el.className = v;
    } else if (/^on/i.test(k)) {
      throw new Error(`h: attribute ${k} not allowed`);
    } else if (k in el && typeof v !== "string") {
      el[k] = v;
    } else {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(el, children);
  return el;
}

/** append adds children to el as h does. */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** clear removes every child of el and returns it. */
export function clear(el) {
  el.replaceChildren();
  return el;
}

/** link returns an in-app link to a hash route. */
export function link(route, ...children) {
  return h("a", { href: "#" + route }, ...children);
}

/**
 * highlight returns a fragment of text holding sentence, each occurrence of any of the
 * terms (case-insensitive, longest first) wrapped in a <mark>.
 */
export function highlight(sentence, terms) {
  const frag = document.createDocumentFragment();
  const words = [...new Set(terms.filter((t) => t && t.trim().length > 1))]
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) {
    frag.append(document.createTextNode(sentence));
    return frag;
  }
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  // Whole words only: no letter or digit may touch a match on either side.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "giu");
  let last = 0;
  for (const m of sentence.matchAll(pattern)) {
    if (m.index > last) frag.append(document.createTextNode(sentence.slice(last, m.index)));
    frag.append(h("mark", {}, m[0]));
    last = m.index + m[0].length;
  }
  if (last < sentence.length) frag.append(document.createTextNode(sentence.slice(last)));
  return frag;
}
