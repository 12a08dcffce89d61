// The start page: what Parley is, a search box and what the store holds.
import { h } from "../dom.js";
import { gql, has } from "../api.js";
import { searchBox } from "../search.js";
import { entityRoute } from "../events.js";
import { navigate } from "../router.js";

/** home renders the start page into main. */
export async function home(main) {
  const stats = h("p", { class: "muted" });
  main.append(
    h("section", { class: "intro" },
      h("h1", {}, "Who met whom, where and when"),
      h("p", {}, "Parley reads news articles and records meetings, calls, visits, summits and negotiations between people, organizations and countries, each traced to the sentence that states it."),
      searchBox({ label: "Find a person, organization or country", onPick: (e) => navigate(entityRoute(e.id)) }),
      stats,
      h("p", {}, "Or compare several entities: ", h("a", { href: "#/meetings" }, "who met whom"), ".")));
  if (await has("stats")) {
    try {
      const d = await gql("{ stats { entities events articles } }");
      const s = d.stats;
      stats.textContent = `${s.articles} articles, ${s.events} events, ${s.entities} entities.`;
    } catch {
      /* stats are a nicety */
    }
  }
}
