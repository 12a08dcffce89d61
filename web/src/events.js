// Shared renderings of entities and events.
import { h, link } from "./dom.js";
import { dateRange, kindIcon, label } from "./format.js";

/** entityRoute returns the route of an entity's page. */
export function entityRoute(id) {
  return `/entity/${encodeURIComponent(id)}`;
}

/** eventRoute returns the route of an event's page. */
export function eventRoute(id) {
  return `/event/${encodeURIComponent(id)}`;
}

/** entityLink returns a link to the entity's page, its kind shown as a glyph. */
export function entityLink(e) {
  return h("span", { class: "entity-ref" },
    h("span", { class: `kind kind-${(e.kind || "").toLowerCase()}`, "aria-hidden": "true" }, kindIcon(e.kind)),
    link(entityRoute(e.id), e.name));
}

/** names returns a comma-separated run of entity links. */
export function names(list) {
  const out = [];
  list.forEach((e, i) => {
    if (i) out.push(", ");
    out.push(e.id ? entityLink(e) : e.name);
  });
  return out;
}

/** eventTitle returns "Meeting in Brussels" for an event. */
export function eventTitle(ev) {
  const type = label(ev.type);
  const t = type.charAt(0).toUpperCase() + type.slice(1);
  return ev.location ? `${t} in ${ev.location.name}` : t;
}

/** eventCard returns a list item summarising an event, linking to its page. */
export function eventCard(ev) {
  return h("li", { class: "event-card" },
    h("div", { class: "event-card-head" },
      link(eventRoute(ev.id), eventTitle(ev)),
      ev.status !== "OCCURRED" ? h("span", { class: "badge" }, label(ev.status)) : null,
      h("span", { class: "muted" }, " · ", dateRange(ev.date))),
    h("div", { class: "event-card-who" }, names(ev.participants)));
}
