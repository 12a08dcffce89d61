// The zoomable, pannable timeline of an entity's events, drawn by vis-timeline (its
// peer build: the standalone one injects <style> elements, which the CSP blocks). Item
// contents are DOM elements built from text, so vis-timeline never parses article text
// as HTML.
import { Timeline } from "vis-timeline";
import { DataSet } from "vis-data/peer/esm/vis-data.js";
import { h } from "./dom.js";
import { dateRange, granularity, label } from "./format.js";
import { eventTitle } from "./events.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** ZOOM_STEP is the share of the window one zoom button press adds or removes. */
const ZOOM_STEP = 0.5;

// nextDay returns the day after YYYY-MM-DD as a Date at UTC midnight.
function nextDay(s) {
  return new Date(Date.parse(s + "T00:00:00Z") + DAY_MS);
}

/**
 * mountTimeline draws events on a timeline with its controls, inside host, which must be
 * in the document (vis-timeline measures its parts when it starts); onOpen(id) is called
 * when an event is picked. Events without a date are left out (the list of events shows
 * them).
 */
export function mountTimeline(host, events, onOpen) {
  const dated = events.filter((e) => e.date && (e.date.start || e.date.end));
  const types = [...new Set(dated.map((e) => e.type))];
  const groups = new DataSet(types.map((t) => ({
    id: t, content: h("span", { class: "group-label" }, label(t)),
  })));
  const items = new DataSet(dated.map((e) => {
    const start = e.date.start || e.date.end;
    const end = e.date.end || e.date.start;
    const coarse = e.date.granularity && e.date.granularity !== "DAY";
    const when = dateRange(e.date);
    return {
      id: e.id,
      group: e.type,
      start: new Date(start + "T00:00:00Z"),
      end: nextDay(end),
      type: "range",
      className: `ev-${e.type.toLowerCase()} status-${e.status.toLowerCase()}${coarse ? " coarse" : ""}`,
      title: `${eventTitle(e)} — ${when}`,
      content: h("span", { class: "item" },
        h("strong", {}, eventTitle(e)),
        " ",
        h("span", { class: "item-date" }, when),
        coarse ? h("span", { class: "item-gran" }, ` (${granularity(e.date.granularity)})`) : null),
    };
  }));
  const element = h("div", { class: "timeline", "aria-label": "Timeline of events; use the list of events with the keyboard" });
  const controls = h("div", { class: "timeline-controls", role: "group", "aria-label": "Timeline view" });
  host.append(h("div", { class: "timeline-wrap" }, controls, element));
  const timeline = new Timeline(element, items, groups, {
    stack: true,
    zoomable: true,
    moveable: true,
    orientation: "top",
    margin: { item: 6 },
    zoomMin: 7 * DAY_MS,
    zoomMax: 200 * 365 * DAY_MS,
    tooltip: { followMouse: true },
    showCurrentTime: false,
    locale: "en",
    xss: { disabled: false },
  });
  timeline.on("select", ({ items: ids }) => {
    if (ids.length) onOpen(ids[0]);
  });
  if (dated.length) fit(timeline, dated);
  const zoom = (f) => () => {
    const w = timeline.getWindow();
    const span = w.end - w.start;
    const mid = w.start.valueOf() + span / 2;
    const half = (span * f) / 2;
    timeline.setWindow(new Date(mid - half), new Date(mid + half));
  };
  const pan = (f) => () => {
    const w = timeline.getWindow();
    const shift = (w.end - w.start) * f;
    timeline.setWindow(new Date(w.start.valueOf() + shift), new Date(w.end.valueOf() + shift));
  };
  controls.append(
    h("button", { type: "button", class: "small", on: { click: pan(-0.3) }, "aria-label": "Move earlier" }, "◀"),
    h("button", { type: "button", class: "small", on: { click: zoom(1 - ZOOM_STEP) }, "aria-label": "Zoom in" }, "+"),
    h("button", { type: "button", class: "small", on: { click: zoom(1 + ZOOM_STEP) }, "aria-label": "Zoom out" }, "−"),
    h("button", { type: "button", class: "small", on: { click: () => fit(timeline, dated) }, "aria-label": "Show all events" }, "Fit"),
    h("button", { type: "button", class: "small", on: { click: pan(0.3) }, "aria-label": "Move later" }, "▶"));
  return timeline;
}

// fit shows every event with a margin either side, at least a month wide.
function fit(timeline, events) {
  const starts = events.map((e) => Date.parse((e.date.start || e.date.end) + "T00:00:00Z"));
  const ends = events.map((e) => nextDay(e.date.end || e.date.start).valueOf());
  let lo = Math.min(...starts);
  let hi = Math.max(...ends);
  const minSpan = 30 * DAY_MS;
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  // More room on the right, where the labels of the last events run.
  const span = hi - lo;
  timeline.setWindow(new Date(lo - span * 0.05), new Date(hi + span * 0.25), { animation: false });
}
