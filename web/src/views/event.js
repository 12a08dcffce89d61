// The event page: type, status, date, place, participants, absent parties and every
// evidence sentence with the matched words highlighted, linked to its article.
import { h, highlight } from "../dom.js";
import * as api from "../api.js";
import { TRIGGERS, dateRange, day, granularity, label } from "../format.js";
import { entityLink, eventTitle, names } from "../events.js";
import { exportButtons } from "../export.js";

/** eventPage renders the page of event id into main. */
export async function eventPage(main, id) {
  const ev = await api.event(id);
  if (!ev) {
    main.append(h("p", {}, "No such event (or this server cannot show single events yet)."));
    return;
  }
  document.title = `${eventTitle(ev)} — Parley`;
  const terms = highlightTerms(ev);
  main.append(
    h("header", {},
      h("h1", {}, eventTitle(ev)),
      h("dl", { class: "facts" },
        h("dt", {}, "Type"), h("dd", {}, label(ev.type)),
        h("dt", {}, "Status"), h("dd", {}, label(ev.status)),
        h("dt", {}, "Date"), h("dd", {}, dateRange(ev.date),
          ev.date.text ? h("span", { class: "muted" }, ` — “${ev.date.text}”`) : null,
          ev.date.granularity ? h("span", { class: "muted" }, ` (${granularity(ev.date.granularity)}: ${day(ev.date.start)} – ${day(ev.date.end)})`) : null),
        h("dt", {}, "Place"), h("dd", {}, ev.location ? entityLink(ev.location) : h("span", { class: "muted" }, "not stated")),
        h("dt", {}, "Participants"), h("dd", {}, names(ev.participants)),
        ev.absent && ev.absent.length ? [h("dt", {}, "Absent"), h("dd", {}, names(ev.absent))] : null)),
    h("section", { "aria-labelledby": "evidence-h" },
      h("h2", { id: "evidence-h" }, "Evidence"),
      h("ol", { class: "evidence" }, ev.sources.map((s) => evidence(s, terms)))),
    exportButtons("event", {
      JSON: () => [`${ev.id.replace(/\W+/g, "-")}.json`, JSON.stringify(ev, null, 2), "application/json"],
    }));
}

// highlightTerms returns the words to mark in the event's sentences: the names of its
// participants, absent parties and place (with their aliases and persons' surnames), its date's words and
// the trigger words of its type.
function highlightTerms(ev) {
  const terms = [];
  for (const e of [...ev.participants, ...(ev.absent || []), ...(ev.location ? [ev.location] : [])]) {
    terms.push(e.name, ...(e.aliases || []));
    const words = e.name.split(/\s+/);
    if (e.kind === "PERSON" && words.length > 1) terms.push(words[words.length - 1]);
  }
  if (ev.date.text) terms.push(ev.date.text);
  terms.push(...(TRIGGERS[ev.type] || []));
  return terms;
}

// evidence returns the list item of one evidence sentence.
function evidence(s, terms) {
  const a = s.article;
  const title = a ? a.title || a.id : "unknown article";
  return h("li", {},
    h("blockquote", { class: "sentence" }, highlight(s.text, terms)),
    h("p", { class: "source" },
      "From ",
      a && a.url ? h("a", { href: safeURL(a.url), rel: "noopener noreferrer", target: "_blank" }, title) : h("span", {}, title),
      a && a.published ? h("span", { class: "muted" }, `, published ${day(a.published)}`) : null,
      a && a.source ? h("span", { class: "muted" }, ` (${a.source})`) : null,
      h("span", { class: "muted" }, ` · characters ${s.start}–${s.end}`)));
}

// safeURL returns url if it is http(s), else "#": a javascript: URL must not become a
// link.
function safeURL(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : "#";
  } catch {
    return "#";
  }
}
