// An entity search box with autocomplete, following the ARIA combobox pattern: type,
// move with the arrow keys, pick with Enter, close with Escape.
import { h, clear } from "./dom.js";
import { search } from "./api.js";
import { kindIcon, label } from "./format.js";

/** DEBOUNCE_MS is how long typing must pause before the box asks the server. */
const DEBOUNCE_MS = 150;

let boxes = 0;

/**
 * searchBox returns a labelled combobox that calls onPick(entity) when a suggestion is
 * chosen. kinds limits the suggestions to entity kinds (e.g. ["PERSON"]).
 */
export function searchBox({ label: text, placeholder = "Search people, organizations, countries", kinds = ["PERSON", "ORGANIZATION", "COUNTRY"], onPick, clearOnPick = false }) {
  const n = ++boxes;
  const listId = `search-list-${n}`;
  const inputId = `search-input-${n}`;
  const input = h("input", {
    id: inputId, type: "search", role: "combobox", autocomplete: "off", spellcheck: "false",
    placeholder, "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId,
  });
  const list = h("ul", { id: listId, role: "listbox", class: "suggestions", hidden: true, "aria-label": "Suggestions" });
  const status = h("span", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  let results = [];
  let active = -1;
  let timer = null;
  let asked = 0;
  let shown = ""; // the text the suggestions on show answer

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function pick(e) {
    close();
    input.value = clearOnPick ? "" : e.name;
    onPick(e);
  }

  function render(text) {
    shown = text;
    clear(list);
    results.forEach((e, i) => {
      const other = (e.aliases || []).find((a) => a.toLowerCase().includes(text.toLowerCase()) && a !== e.name);
      list.append(h("li", {
        id: `${listId}-${i}`, role: "option", "aria-selected": "false",
        on: { mousedown: (ev) => { ev.preventDefault(); pick(e); } },
      },
      h("span", { class: `kind kind-${e.kind.toLowerCase()}`, "aria-hidden": "true" }, kindIcon(e.kind)),
      h("span", { class: "name" }, e.name),
      other ? h("span", { class: "muted" }, ` (${other})`) : null,
      h("span", { class: "muted kind-label" }, label(e.kind))));
    });
    if (results.length === 0 && text) {
      list.append(h("li", { class: "muted empty", role: "presentation" }, `No match for “${text}”`));
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = `${results.length} suggestion${results.length === 1 ? "" : "s"}`;
    setActive(results.length ? 0 : -1);
  }

  async function suggest() {
    const text = input.value.trim();
    const ask = ++asked;
    if (!text) {
      results = [];
      close();
      return;
    }
    let found = [];
    try {
      found = await search(text, kinds);
    } catch (err) {
      status.textContent = `Search failed: ${err.message}`;
    }
    if (ask !== asked) return; // a newer query is on its way
    results = found;
    render(text);
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", async (ev) => {
    switch (ev.key) {
      case "ArrowDown":
        ev.preventDefault();
        if (list.hidden) await suggest();
        else if (results.length) setActive((active + 1) % results.length);
        break;
      case "ArrowUp":
        ev.preventDefault();
        if (results.length) setActive((active - 1 + results.length) % results.length);
        break;
      case "Enter":
        ev.preventDefault();
        clearTimeout(timer);
        if (list.hidden || input.value.trim() !== shown) await suggest();
        if (results[active >= 0 ? active : 0]) pick(results[active >= 0 ? active : 0]);
        break;
      case "Escape":
        close();
        break;
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  return h("div", { class: "search" },
    h("label", { for: inputId }, text),
    h("div", { class: "combo" }, input, list),
    status);
}
