// The entity page: name, kind, aliases, roles; its timeline with filters; its contacts.
import { h, clear, link } from "../dom.js";
import * as api from "../api.js";
import { EVENT_TYPES, day, label, kindIcon } from "../format.js";
import { entityLink, eventCard, eventRoute } from "../events.js";
import { mountTimeline } from "../timeline.js";
import { csv, EVENT_HEADER, eventRows, exportButtons } from "../export.js";
import { navigate, withParams } from "../router.js";

/** entityPage renders the page of entity id into main, filtered by params. */
export async function entityPage(main, id, params) {
  const e = await api.entity(id);
  if (!e) {
    main.append(h("p", {}, "No such entity."));
    return;
  }
  document.title = `${e.name} — Parley`;
  const from = params.get("from") || "";
  const to = params.get("to") || "";
  const chosen = params.get("types") ? params.get("types").split(",") : [];
  main.append(
    h("header", { class: "entity-head" },
      h("h1", {}, h("span", { class: `kind kind-${e.kind.toLowerCase()}`, "aria-hidden": "true" }, kindIcon(e.kind)), " ", e.name),
      h("p", { class: "muted" }, label(e.kind),
        e.wikidata ? [" · Wikidata ", h("a", { href: `https://www.wikidata.org/wiki/${encodeURIComponent(e.wikidata)}`, rel: "noopener noreferrer", target: "_blank" }, e.wikidata)] : null),
      e.aliases.length ? h("p", {}, h("span", { class: "muted" }, "Also known as: "), e.aliases.join(", ")) : null,
      roles(e.roles),
      h("p", { class: "actions" },
        link(withParams(`/network/${encodeURIComponent(e.id)}`, { from, to }), "Contact network"),
        link(withParams("/meetings", { ids: e.id, from, to }), "Who met whom"))));

  const filters = filterForm({ from, to, types: chosen }, (f) =>
    navigate(withParams(`/entity/${encodeURIComponent(e.id)}`, { from: f.from, to: f.to, types: f.types.join(",") })));
  const timelineSection = h("section", { "aria-labelledby": "timeline-h" },
    h("h2", { id: "timeline-h" }, "Timeline"), filters, h("p", { class: "muted" }, "Loading events…"));
  const eventsSection = h("section", { "aria-labelledby": "events-h" }, h("h2", { id: "events-h" }, "Events"));
  const contactsSection = h("section", { "aria-labelledby": "contacts-h" },
    h("h2", { id: "contacts-h" }, "Contacts"), h("p", { class: "muted" }, "Loading contacts…"));
  main.append(timelineSection, h("div", { class: "entity-body" }, eventsSection, contactsSection));

  await Promise.all([
    fillTimeline(timelineSection, eventsSection, e, { from: from || null, to: to || null, types: chosen.length ? chosen : null }),
    fillContacts(contactsSection, e, { from: from || null, to: to || null }),
  ]);
}

// roles returns the list of an entity's roles, or null without any. The roles of one
// title and entity are merged into one line spanning the dates they were seen at.
function roles(rs) {
  if (!rs || !rs.length) return null;
  const merged = new Map();
  for (const r of rs) {
    const key = `${r.title}|${r.of ? r.of.id : ""}`;
    const m = merged.get(key) || { ...r, from: null, to: null };
    if (r.from && (!m.from || r.from < m.from)) m.from = r.from;
    if (r.to && (!m.to || r.to > m.to)) m.to = r.to;
    merged.set(key, m);
  }
  return h("ul", { class: "roles", "aria-label": "Roles" }, [...merged.values()].map((r) =>
    h("li", {}, r.title,
      r.of ? [" of ", entityLink(r.of)] : null,
      r.from || r.to ? h("span", { class: "muted" }, " (", span(r.from, r.to), ")") : null)));
}

// span returns "16 Dec 2024", or "16 Dec 2024 – 19 Dec 2024" with "…" for an open end,
// each day kept on one line; "date unknown" without either.
function span(from, to) {
  if (!from && !to) return "date unknown";
  const one = (d) => h("span", { class: "nowrap" }, d ? day(d) : "…");
  if (from === to) return one(from);
  return [one(from), " – ", one(to)];
}

/**
 * filterForm returns a form choosing event types and a date range; onApply receives
 * { from, to, types }.
 */
export function filterForm({ from, to, types }, onApply, { withTypes = true } = {}) {
  const fromIn = h("input", { type: "date", id: "f-from", name: "from", value: from });
  const toIn = h("input", { type: "date", id: "f-to", name: "to", value: to });
  const boxes = withTypes ? EVENT_TYPES.map((t) => h("label", { class: "check" },
    h("input", { type: "checkbox", name: "type", value: t, checked: types.includes(t) }), " ", label(t))) : [];
  const form = h("form", { class: "filters", on: { submit: (ev) => {
    ev.preventDefault();
    onApply({
      from: fromIn.value, to: toIn.value,
      types: boxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value),
    });
  } } },
  withTypes ? h("fieldset", { class: "types" }, h("legend", {}, "Event types (none ticked: all)"), boxes) : null,
  h("div", { class: "dates" },
    h("label", { for: "f-from" }, "From"), fromIn,
    h("label", { for: "f-to" }, "To"), toIn,
    h("button", { type: "submit" }, "Apply")));
  return form;
}

async function fillTimeline(section, eventsSection, e, filter) {
  const placeholder = section.lastChild;
  let r;
  try {
    r = await api.timeline(e.id, filter);
  } catch (err) {
    placeholder.textContent = `Could not load the timeline: ${err.message}`;
    return;
  }
  const events = r.events;
  placeholder.remove();
  if (!events.length) {
    section.append(h("p", {}, "No events recorded for these filters."));
    eventsSection.remove();
    return;
  }
  const slug = e.id.replace(/\W+/g, "-");
  section.append(h("p", { class: "muted" }, `${r.total} event${r.total === 1 ? "" : "s"}. Drag to pan, scroll or pinch to zoom, click an event to open it.`));
  mountTimeline(section, events, (id) => navigate(eventRoute(id)));
  section.append(
    exportButtons("events", {
      CSV: () => [`${slug}-events.csv`, csv(EVENT_HEADER, eventRows(events)), "text/csv"],
      JSON: () => [`${slug}-events.json`, JSON.stringify(events, null, 2), "application/json"],
    }));
  eventsSection.append(h("ol", { class: "event-list" }, events.map(eventCard)));
}

async function fillContacts(section, e, filter) {
  const placeholder = section.lastChild;
  let cs;
  try {
    cs = await api.contacts(e.id, filter);
  } catch (err) {
    placeholder.textContent = `Could not load the contacts: ${err.message}`;
    return;
  }
  clear(section).append(h("h2", { id: "contacts-h" }, "Contacts"));
  if (!cs.length) {
    section.append(h("p", {}, "No contacts recorded."));
    return;
  }
  const slug = e.id.replace(/\W+/g, "-");
  section.append(
    h("div", { class: "table-wrap" }, h("table", { class: "contacts" },
      h("caption", { class: "visually-hidden" }, `Whom ${e.name} met, most often first`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Who"), h("th", { scope: "col" }, "Times"),
        h("th", { scope: "col" }, "First – last"))),
      h("tbody", {}, cs.map((c) => h("tr", {},
        h("td", {}, entityLink(c.entity)),
        h("td", { class: "num" }, link(withParams("/meetings", { ids: `${e.id},${c.entity.id}` }), String(c.count),
          h("span", { class: "visually-hidden" }, ` meetings with ${c.entity.name}`))),
        h("td", { class: "dates-cell" }, span(c.first, c.last))))))),
    exportButtons("contacts", {
      CSV: () => [`${slug}-contacts.csv`, csv(["id", "name", "kind", "count", "first", "last"],
        cs.map((c) => [c.entity.id, c.entity.name, c.entity.kind, c.count, c.first, c.last])), "text/csv"],
      JSON: () => [`${slug}-contacts.json`, JSON.stringify(cs, null, 2), "application/json"],
    }));
}
