// The relationship network: entities as nodes, contacts as edges weighted by how many
// times they met. Clicking a node (or its Expand button) adds its contacts.
import cytoscape from "cytoscape";
import { h, link } from "../dom.js";
import * as api from "../api.js";
import { day } from "../format.js";
import { entityRoute } from "../events.js";
import { filterForm } from "./entity.js";
import { csv, exportButtons } from "../export.js";
import { navigate, withParams } from "../router.js";

/** MAX_NODES bounds the network so that it stays readable and quick. */
const MAX_NODES = 300;

const COLORS = { PERSON: "#2f6fb0", ORGANIZATION: "#8a4fb8", COUNTRY: "#2e8b57", PLACE: "#a0672a" };

/** networkPage renders the contact network around entity id into main. */
export async function networkPage(main, id, params) {
  const from = params.get("from") || "";
  const to = params.get("to") || "";
  const root = await api.entity(id);
  if (!root) {
    main.append(h("p", {}, "No such entity."));
    return;
  }
  document.title = `Network of ${root.name} — Parley`;
  const status = h("p", { class: "muted", role: "status", "aria-live": "polite" });
  const canvas = h("div", { class: "network", role: "img", "aria-label": `Contact network of ${root.name}` });
  const nodeList = h("ul", { class: "node-list" });
  main.append(
    h("header", {},
      h("h1", {}, "Contact network of ", link(entityRoute(root.id), root.name)),
      h("p", { class: "muted" }, "Lines join entities that met; thicker lines, more meetings. Click a node to add its contacts, double-click to open it.")),
    filterForm({ from, to, types: [] }, (f) =>
      navigate(withParams(`/network/${encodeURIComponent(id)}`, { from: f.from, to: f.to })), { withTypes: false }),
    status, canvas);

  const cy = cytoscape({
    container: canvas,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        label: "data(name)", "background-color": "data(color)", color: "#1d2330",
        "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22,
        "text-wrap": "wrap", "text-max-width": 110, "text-background-color": "#ffffff",
        "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node[kind = 'ORGANIZATION']", style: { shape: "round-rectangle" } },
      { selector: "node[kind = 'COUNTRY']", style: { shape: "triangle" } },
      { selector: "node.root", style: { width: 34, height: 34, "font-weight": "bold", "border-width": 3, "border-color": "#1d2330" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1d2330" } },
      { selector: "edge", style: {
        width: "mapData(count, 1, 10, 1.5, 9)", "line-color": "#9aa5b5", "curve-style": "bezier", opacity: 0.8,
        label: "data(count)", "font-size": 9, color: "#555", "text-background-color": "#fff", "text-background-opacity": 1 } },
    ],
  });

  const expanded = new Set();
  function addNode(e, cls = "") {
    if (cy.getElementById(e.id).nonempty()) return;
    cy.add({ group: "nodes", data: { id: e.id, name: e.name, kind: e.kind, color: COLORS[e.kind] || "#666" }, classes: cls });
    nodeList.append(h("li", { "data-id": e.id },
      link(entityRoute(e.id), e.name), " ",
      h("button", { type: "button", class: "small", on: { click: () => expand(e.id) }, "aria-label": `Add the contacts of ${e.name}` }, "Expand")));
  }

  async function expand(nodeId) {
    if (expanded.has(nodeId)) return;
    expanded.add(nodeId);
    cy.getElementById(nodeId).addClass("expanded");
    const item = nodeList.querySelector(`li[data-id="${CSS.escape(nodeId)}"] button`);
    if (item) item.disabled = true;
    status.textContent = "Loading contacts…";
    let cs;
    try {
      cs = await api.contacts(nodeId, { from: from || null, to: to || null });
    } catch (err) {
      status.textContent = `Could not load contacts: ${err.message}`;
      return;
    }
    for (const c of cs) {
      if (cy.nodes().length >= MAX_NODES) break;
      addNode(c.entity);
      const [a, b] = [nodeId, c.entity.id].sort();
      const edgeId = `${a}|${b}`;
      if (cy.getElementById(edgeId).empty()) {
        cy.add({ group: "edges", data: { id: edgeId, source: a, target: b, count: c.count, first: c.first, last: c.last } });
      }
    }
    cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true, randomize: false, padding: 20 }).run();
    status.textContent = `${cy.nodes().length} entities, ${cy.edges().length} contacts${from || to ? ` between ${from ? day(from) : "…"} and ${to ? day(to) : "…"}` : ""}.`;
  }

  cy.on("tap", "node", (ev) => expand(ev.target.id()));
  cy.on("dbltap", "node", (ev) => navigate(entityRoute(ev.target.id())));

  addNode(root, "root");
  await expand(root.id);

  const slug = root.id.replace(/\W+/g, "-");
  main.append(
    exportButtons("network", {
      PNG: async () => [`${slug}-network.png`, await cy.png({ output: "blob-promise", full: true, bg: "#ffffff", scale: 2 }), "image/png"],
      JSON: () => [`${slug}-network.json`, JSON.stringify(cy.elements().jsons().map((x) => ({ group: x.group, data: x.data })), null, 2), "application/json"],
      CSV: () => [`${slug}-contacts.csv`, csv(["source", "target", "count", "first", "last"],
        cy.edges().map((e) => [e.data("source"), e.data("target"), e.data("count"), e.data("first"), e.data("last")])), "text/csv"],
    }),
    h("section", { "aria-labelledby": "nodes-h" },
      h("h2", { id: "nodes-h" }, "Entities in the network"),
      h("p", { class: "muted" }, "The same network as a list, for the keyboard: expand an entity to add its contacts."),
      nodeList));
}
