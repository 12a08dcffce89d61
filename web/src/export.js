// Exports of what a view shows, made in the browser: CSV, JSON, and PNG of the network.
import { h } from "./dom.js";

/** download saves data (a string or Blob) as a file named name. */
export function download(name, data, type = "text/plain") {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// csvCell quotes a value for CSV, and defuses cells a spreadsheet would run as formulas.
function csvCell(v) {
  let s = v === null || v === undefined ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** csv returns rows (arrays) as CSV text with a header row. */
export function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** eventRows returns events as CSV rows under EVENT_HEADER. */
export const EVENT_HEADER = ["id", "type", "status", "date_text", "start", "end", "granularity",
  "location", "participants", "absent", "sources"];
export function eventRows(events) {
  return events.map((e) => [
    e.id, e.type, e.status, e.date.text, e.date.start, e.date.end, e.date.granularity,
    e.location && e.location.name,
    e.participants.map((p) => p.name).join("; "),
    (e.absent || []).map((p) => p.name).join("; "),
    (e.sources || []).map((s) => s.article && (s.article.url || s.article.id)).filter(Boolean).join(" "),
  ]);
}

/**
 * exportButtons returns a labelled group of buttons, one per format: formats maps a
 * label ("CSV") to a function returning [fileName, data, mimeType].
 */
export function exportButtons(what, formats) {
  return h("div", { class: "exports", role: "group", "aria-label": `Export ${what}` },
    h("span", { class: "muted" }, "Export:"),
    Object.entries(formats).map(([fmt, make]) =>
      h("button", {
        type: "button",
        class: "small",
        "aria-label": `Export ${what} as ${fmt}`,
        on: { click: async () => download(...(await make())) },
      }, fmt)));
}
