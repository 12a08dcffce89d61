// "Who met whom": pick two or more entities and a date range, see every meeting between
// them.
import { h, clear } from "../dom.js";
import * as api from "../api.js";
import { day, kindIcon } from "../format.js";
import { entityLink, eventCard } from "../events.js";
import { searchBox } from "../search.js";
import { csv, EVENT_HEADER, eventRows, exportButtons } from "../export.js";
import { navigate, withParams } from "../router.js";

/** MAX_PICKED is the most entities a meetings query may name (the API's limit). */
const MAX_PICKED = 10;

/** meetingsPage renders the who-met-whom page into main, for the ids in params. */
export async function meetingsPage(main, params) {
  const ids = (params.get("ids") || "").split(",").filter(Boolean).slice(0, MAX_PICKED);
  const from = params.get("from") || "";
  const to = params.get("to") || "";
  const picked = await api.entities(ids);
  document.title = "Who met whom — Parley";

  const chips = h("ul", { class: "chips", "aria-label": "Chosen entities" });
  const renderChips = () => {
    clear(chips);
    picked.forEach((e, i) => chips.append(h("li", { class: "chip" },
      h("span", { "aria-hidden": "true" }, kindIcon(e.kind)), " ", e.name, " ",
      h("button", { type: "button", class: "chip-x", "aria-label": `Remove ${e.name}`,
        on: { click: () => { picked.splice(i, 1); renderChips(); } } }, "×"))));
  };
  renderChips();
  const fromIn = h("input", { type: "date", id: "m-from", value: from });
  const toIn = h("input", { type: "date", id: "m-to", value: to });
  const go = () => navigate(withParams("/meetings", { ids: picked.map((e) => e.id).join(","), from: fromIn.value, to: toIn.value }));
  main.append(
    h("h1", {}, "Who met whom"),
    h("p", { class: "muted" }, "Choose two or more people, organizations or countries and, if you like, a date range: every meeting, call, visit, summit or negotiation in which all of them took part is listed."),
    h("form", { class: "filters", on: { submit: (ev) => { ev.preventDefault(); go(); } } },
      searchBox({ label: "Add an entity", clearOnPick: true, onPick: (e) => {
        if (!picked.some((p) => p.id === e.id) && picked.length < MAX_PICKED) picked.push(e);
        renderChips();
      } }),
      chips,
      h("div", { class: "dates" },
        h("label", { for: "m-from" }, "From"), fromIn,
        h("label", { for: "m-to" }, "To"), toIn,
        h("button", { type: "submit" }, "Find meetings"))));

  if (picked.length === 0) return;
  const results = h("section", { "aria-labelledby": "results-h" }, h("h2", { id: "results-h" }, "Meetings"));
  main.append(results);
  let r;
  try {
    r = await api.meetings(picked.map((e) => e.id), { from: from || null, to: to || null });
  } catch (err) {
    results.append(h("p", {}, `Could not load the meetings: ${err.message}`));
    return;
  }
  const between = [];
  picked.forEach((e, i) => between.push(i ? (i === picked.length - 1 ? " and " : ", ") : "", entityLink(e)));
  const when = from || to ? ` between ${from ? day(from) : "…"} and ${to ? day(to) : "…"}` : "";
  results.append(h("p", {}, `${r.total} meeting${r.total === 1 ? "" : "s"} of `, between, when, "."));
  if (!r.events.length) return;
  results.append(
    h("ol", { class: "event-list" }, r.events.map(eventCard)),
    exportButtons("meetings", {
      CSV: () => ["meetings.csv", csv(EVENT_HEADER, eventRows(r.events)), "text/csv"],
      JSON: () => ["meetings.json", JSON.stringify(r.events, null, 2), "application/json"],
    }));
}
