// Parley's viewer: a small single-page app over /graphql. Every view builds its DOM from
// text nodes (see dom.js), never from HTML strings.
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./app.css";
import { h, clear } from "./dom.js";
import { navigate, route } from "./router.js";
import { searchBox } from "./search.js";
import { entityRoute } from "./events.js";
import { home } from "./views/home.js";
import { entityPage } from "./views/entity.js";
import { eventPage } from "./views/event.js";
import { networkPage } from "./views/network.js";
import { meetingsPage } from "./views/meetings.js";

const main = document.getElementById("main");

// show renders the view of the current route.
async function show() {
  const { path, params } = route();
  clear(main);
  main.setAttribute("aria-busy", "true");
  document.title = "Parley";
  try {
    switch (path[0]) {
      case "entity":
        await entityPage(main, path.slice(1).join("/"), params);
        break;
      case "event":
        await eventPage(main, path.slice(1).join("/"));
        break;
      case "network":
        await networkPage(main, path.slice(1).join("/"), params);
        break;
      case "meetings":
        await meetingsPage(main, params);
        break;
      default:
        await home(main);
    }
  } catch (err) {
    main.append(h("p", { class: "error", role: "alert" }, `Something went wrong: ${err.message}`));
  } finally {
    main.removeAttribute("aria-busy");
  }
}

function header() {
  document.querySelector(".skip").addEventListener("click", (ev) => {
    ev.preventDefault(); // the hash is the route: focus the content instead
    main.focus();
  });
  const nav = document.getElementById("top");
  nav.append(
    h("a", { href: "#/", class: "brand" }, "Parley"),
    searchBox({ label: "Search", onPick: (e) => navigate(entityRoute(e.id)) }),
    h("a", { href: "#/meetings" }, "Who met whom"));
}

header();
window.addEventListener("hashchange", () => {
  show();
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
});
show();
